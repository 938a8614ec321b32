/**
 * A KPI in words, in the user's language and locale (DashboardStrings, ReportStrings): its value in its
 * unit, its status (the threshold colour's text equivalent), its thresholds, its trend and the trend's
 * text alternative, and the tile the multi-project report's summary shows. Values are rounded as the
 * domain judges them (`roundKpiValue`: the colour always belongs to the value shown).
 */
import * as dashboardStrings from 'DashboardStrings';
import * as reportStrings from 'ReportStrings';
import { partsOfDay, type IsoDay } from '../../domain/dates';
import { KPI_PRECISION, roundKpiValue, type IKpiDefinition, type IKpiTrend, type KpiNoDataReason, type KpiResult, type KpiStatus, type KpiTrendDirection, type KpiUnit } from '../../domain/kpi';
import { withMinusSign } from '../../domain/numbers';
import { formatReportAmount, type IReportKpiTile } from '../../domain/reports';
import { formatPlural, formatString } from '../../domain/text';
import type { IDashboardKpi } from '../../services/DashboardService';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** A number in a unit's precision (fixed decimals for percent, ratio and days; whole counts and amounts), optionally signed. */
function plain(value: number, unit: KpiUnit, locale: string, signed: boolean): string {
  const digits = KPI_PRECISION[unit];
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(signed ? { signDisplay: 'exceptZero' } : {}) };
  return withMinusSign(numberFormat(locale, options).format(roundKpiValue(value, unit)));
}

/**
 * A KPI value in its unit, as the user's locale writes it: "82.5%" / "82,5 %" (percent), "0.98" (an
 * index), "22" (a count), "1,234,567" (an amount, the portfolio's currency, grouped from 1,000 up in
 * every locale as the reports write amounts: `formatReportAmount`), "98.5 days" (days).
 */
export function kpiNumberText(value: number, unit: KpiUnit, locale: string): string {
  const v = roundKpiValue(value, unit);
  if (unit === 'percent') return withMinusSign(numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v / 100));
  if (unit === 'amount') return formatReportAmount(v, locale);
  if (unit === 'days') return formatPlural({ one: dashboardStrings.Dashboard_Days_one, other: dashboardStrings.Dashboard_Days }, v, locale, plain(v, unit, locale, false));
  return plain(v, unit, locale, false);
}

/** A KPI result as a tile shows it: the value in its unit, or "No data" (never 0). */
export function kpiValueText(result: KpiResult, unit: KpiUnit, locale: string): string {
  return result.kind === 'value' ? kpiNumberText(result.value, unit, locale) : dashboardStrings.Dashboard_NoData;
}

/** Why a KPI has no value, in words ("No running project has a published status report."). */
export function noDataReasonText(reason: KpiNoDataReason): string {
  return dashboardStrings[`Dashboard_NoData_${reason}`] ?? dashboardStrings.Dashboard_NoData;
}

/** The text equivalent of a threshold colour: "Green: on target", "Amber: watch", "Red: off target", "No data". */
export function kpiStatusText(status: KpiStatus): string {
  return reportStrings[`Report_KpiStatus_${status}`] ?? status;
}

/** A change of a KPI's value with its sign, in its unit: "+3.2 points" (percent), "−0.02", "+3", "+12,000", "+1.5 days". */
export function kpiChangeText(change: number, unit: KpiUnit, locale: string): string {
  const v = roundKpiValue(change, unit);
  if (unit === 'percent') return formatPlural({ one: dashboardStrings.Dashboard_Points_one, other: dashboardStrings.Dashboard_Points }, Math.abs(v), locale, plain(v, unit, locale, true));
  if (unit === 'days') return formatPlural({ one: dashboardStrings.Dashboard_Days_one, other: dashboardStrings.Dashboard_Days }, Math.abs(v), locale, plain(v, unit, locale, true));
  if (unit === 'amount') return withMinusSign(numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(v));
  return plain(v, unit, locale, true);
}

/** The thresholds in words: "Green at 80.0% or more, amber at 60.0% or more" (lower is better: "or less"). */
export function thresholdText(definition: Pick<IKpiDefinition, 'greenThreshold' | 'amberThreshold' | 'higherIsBetter' | 'unit'>, locale: string): string {
  const template = definition.higherIsBetter ? dashboardStrings.Dashboard_Thresholds_Higher : dashboardStrings.Dashboard_Thresholds_Lower;
  return formatString(template, kpiNumberText(definition.greenThreshold, definition.unit, locale), kpiNumberText(definition.amberThreshold, definition.unit, locale));
}

/** A reporting period's month, "June 2026" ("Juni 2026"), from its end day. */
export function periodText(end: IsoDay, locale: string): string {
  const p = partsOfDay(end);
  if (!p) return end;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(p.year, p.month - 1, 1));
}

/** The trend's direction in a word: "Improving", "Worsening", "Steady", "No trend yet". */
export function trendWord(direction: KpiTrendDirection): string {
  return dashboardStrings[`Dashboard_Trend_${direction}`] ?? direction;
}

/**
 * The trend in words: "Improving: +3.2 points since June 2026" (the change from the earliest month
 * with a value), "Steady since June 2026", or "No trend yet: fewer than two months have a value".
 */
export function trendText(trend: IKpiTrend, unit: KpiUnit, locale: string): string {
  if (trend.direction === 'noData' || trend.change === undefined) return dashboardStrings.Dashboard_Trend_NoDataLine;
  const first = trend.points.filter(p => p.result.kind === 'value')[0];
  const since = first ? periodText(first.end, locale) : '';
  if (trend.direction === 'flat') {
    return roundKpiValue(trend.change, unit) === 0
      ? formatString(dashboardStrings.Dashboard_Trend_FlatNoChange, trendWord('flat'), since)
      : formatString(dashboardStrings.Dashboard_Trend_FlatLine, trendWord('flat'), since, kpiChangeText(trend.change, unit, locale));
  }
  return formatString(dashboardStrings.Dashboard_Trend_Line, trendWord(trend.direction), kpiChangeText(trend.change, unit, locale), since);
}

/** The sparkline's text alternative: every month's value (or "no data") in order, then the trend: "Last 6 months: June 2026 75.0%; … Improving: …". */
export function trendAlternative(trend: IKpiTrend, unit: KpiUnit, locale: string): string {
  const points = trend.points.map(p => formatString(dashboardStrings.Dashboard_Trend_Point, periodText(p.end, locale), p.result.kind === 'value' ? kpiNumberText(p.result.value, unit, locale) : dashboardStrings.Dashboard_Trend_NoValue));
  return formatString(dashboardStrings.Dashboard_Trend_Alternative, trend.points.length, points.join('; '), trendText(trend, unit, locale));
}

/** The tile of the multi-project report's portfolio summary: the KPI as the dashboard shows it. */
export function reportKpiTile(kpi: IDashboardKpi, locale: string): IReportKpiTile {
  return {
    name: kpi.definition.name,
    value: kpiValueText(kpi.result, kpi.definition.unit, locale),
    status: kpi.status,
    trend: trendText(kpi.trend, kpi.definition.unit, locale)
  };
}
