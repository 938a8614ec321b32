/**
 * The Project web part's texts built from codes: dimensions, RAG values and trends, earned-value
 * figures and the reason a figure is not available, the source of each EV input, KPI metrics, and
 * amounts, ratios and days in the user's locale.
 */
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import * as reportStrings from 'ReportStrings';
import { formatPlural, formatString } from '../../domain/text';
import { formatAmountFor, formatMoney, withMinusSign } from '../../domain/numbers';
import { formatEvmAmount, formatEvmFigure, formatEvmIndex, type EvmFigureKey, type EvmInputKey, type EvmInputSource, type IEvmFigure } from '../../domain/evm';
import type { Rag } from '../../domain/portfolio';
import type { RagTrend } from '../../domain/rag';
import type { MtaTrend } from '../../domain/milestones';
import type { IReportRules } from '../../services/reportRules';
import type { IBudgetLine } from '../../services/controllingRows';

/** A loc string by key (ProjectStrings, then PmoHubStrings), the key itself when missing (a test checks every key exists). */
export function text(key: string): string {
  return projectStrings[key] || strings[key] || key;
}

/**
 * A report dimension's name: the title the PMO gave a dimension of its own (controlling settings),
 * else PMO Hub's name of a standard one ("Schedule", "Overall"), else its code.
 */
export function dimensionName(dimension: string, rules?: Pick<IReportRules, 'dimensions'>): string {
  const own = rules?.dimensions.filter(d => d.dimension === dimension)[0]?.title;
  if (own) return own;
  const key = `Report_Dim_${dimension}`; // in ReportStrings: the Dashboard's reports name dimensions without ProjectStrings
  return reportStrings[key] || dimension;
}

/** A RAG value in words ("Green"); "No report" / "Not rated" for none (never shown as green). */
export function ragName(rag: Rag | undefined, none: 'noReport' | 'notRated' = 'notRated'): string {
  return rag ? text(`Portfolio_Rag_${rag}`) : none === 'noReport' ? text('Portfolio_Rag_None') : projectStrings.Project_Rag_NotRated;
}

/** A RAG trend in words ("Better than the report before"). */
export function trendName(trend: RagTrend): string {
  return text(`Project_Trend_${trend}`);
}

/** An amount as PMO Hub shows money in the user's locale ("1,250,000", "1,250,000.50", "−250"); "–" for none. */
export function money(value: number | undefined | null, locale: string): string { // eslint-disable-line @rushstack/no-new-null -- EV figures are null where not available
  return value === undefined || value === null ? '–' : withMinusSign(formatMoney(value, locale));
}

/** An earned-value input (PV, EV, AC, BAC) as a whole amount in the user's locale (domain/evm formatEvmAmount); "–" for none. */
export function evmAmount(value: number | undefined, locale: string): string {
  return value === undefined ? '–' : formatEvmAmount(value, locale);
}

/** A ratio such as SPI in the user's locale with exactly two decimals ("0.93", "1.00", "0,70"). */
export function ratio(value: number, locale: string): string {
  return formatEvmIndex(value, locale);
}

/** An earned-value figure's value in the user's locale: an index with two decimals, an amount whole (domain/evm formatEvmFigure). */
export function figureValue(key: EvmFigureKey, value: number, locale: string): string {
  return formatEvmFigure(key, value, locale);
}

/** An EV input's short name ("PV"). */
export function inputName(key: EvmInputKey): string {
  return text(`Project_Input_${key}`);
}

/**
 * Why a figure is not available, as the page says it: "Not available: AC is missing",
 * "Not available: division by zero (PV is 0)", "Not available: the work is complete".
 */
export function unavailableText(figure: IEvmFigure): string {
  const reason = figure.reason ?? 'outOfRange';
  let detail: string;
  if (reason === 'missingInput' || reason === 'invalidInput') {
    detail = formatString(text(`Project_Reason_${reason}`), (figure.inputs ?? []).map(inputName).join(', '));
  } else if (reason === 'divisionByZero') {
    detail = formatString(projectStrings.Project_Reason_divisionByZero, text(`Project_Divisor_${figure.divisor ?? 'pv'}`));
  } else {
    detail = text(`Project_Reason_${reason}`);
  }
  return formatString(projectStrings.Project_NotAvailable, detail);
}

/** Where an EV input of a report comes from ("Typed in the report", "Derived from the budget lines"). */
export function sourceText(source: EvmInputSource): string {
  return text(`Project_Source_${source}`);
}

/** A KPI figure's short name as a suggestion names it ("SPI", "Milestone slip (days)"). */
export function metricName(metric: string): string {
  return text(`Project_Metric_${metric}`);
}

/** A KPI value in the user's locale: days as a whole number, ratios with two decimals. */
export function metricValue(metric: string, value: number, locale: string): string {
  return metric === 'MilestoneSlipDays' ? formatAmountFor(value, locale, 0) : ratio(value, locale);
}

/** A number of days with its sign in the user's locale ("+12", "−3", "0"). */
export function signedDays(days: number, locale: string): string {
  const n = formatAmountFor(Math.abs(days), locale, 0);
  return days > 0 ? `+${n}` : days < 0 ? `−${n}` : n;
}

/** A milestone's trend in the MTA with its days ("Slipping (+76 days)", "On plan (0 days)"). */
export function mtaTrendText(trend: MtaTrend, slipDays: number, locale: string): string {
  return formatPlural({ one: text(`Project_MtaTrend_${trend}_one`), other: text(`Project_MtaTrend_${trend}`) }, Math.abs(slipDays), locale, signedDays(slipDays, locale));
}

/** A line's name for headings and messages: "2027 · Opex · Software". */
export function budgetLineName(line: Pick<IBudgetLine, 'fiscalYear' | 'costType' | 'category'>): string {
  const code = (prefix: string, v?: string): string => (v ? projectStrings[`${prefix}${v}`] ?? v : '');
  return [String(line.fiscalYear), code('Project_CostType_', line.costType), code('Project_Category_', line.category)].filter(Boolean).join(' · ');
}

const publishedFormats: Record<string, Intl.DateTimeFormat> = {};

/**
 * When a report was published (an ISO instant), in the report date's style plus the time, in the
 * user's locale and time zone: "Nov 30, 2026, 02:00 PM", "30 nov 2026, 14:00" (never the numeric
 * "30-11-2026, 14:00" next to a report date written "30 nov 2026"). Empty for no or an unreadable value.
 */
export function publishedText(value: string | undefined, locale: string, timeZone?: string): string {
  const t = value ? Date.parse(value) : NaN;
  if (isNaN(t)) return '';
  const key = `${locale}|${timeZone ?? ''}`;
  const f = publishedFormats[key] ?? (publishedFormats[key] = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }));
  return f.format(t);
}
