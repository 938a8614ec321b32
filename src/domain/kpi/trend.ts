/**
 * A KPI's trend: its values at the ends of the last reporting periods (months), with the periods
 * that have no data kept as gaps, and whether it is improving, worsening or flat in its direction.
 *
 * Periods are calendar months. The last period is the current one, to date: its end is the day
 * the trend is drawn at (so the last point is the value the tile shows); each earlier period ends
 * on its month's last day. Each point is the formula evaluated at its period's end: the inputs as
 * they stood then (the status report valid at that day, the milestones achieved by then …).
 *
 * Direction: the change from the earliest to the latest point that has a value (gaps skipped), both
 * rounded as shown (`roundKpiValue`). Within the tolerance (`KPI_TREND_TOLERANCE` for the unit, or
 * the caller's) it is flat; otherwise improving when it moved in the KPI's better direction and
 * worsening when it moved the other way. Fewer than two points with a value: `noData`.
 */
import { addDays, type IsoDay } from '../dates';
import { monthOfDay, shiftMonth } from '../capacity';
import { computeKpi, kpiFormula, type KpiRating } from './catalogue';
import type { IKpiContext, IKpiData, KpiResult } from './inputs';
import { roundKpiValue } from './thresholds';
import type { KpiFormulaCode, KpiTrendDirection, KpiUnit } from './vocabulary';

/** How many reporting periods a trend shows. */
export const KPI_TREND_PERIODS: number = 6;

/** The change (in the unit) within which a trend is flat: one percentage point, 0.02 of an index, one day; any change of a count or amount. */
export const KPI_TREND_TOLERANCE: Readonly<Record<KpiUnit, number>> = { percent: 1, ratio: 0.02, count: 0, amount: 0, days: 1 };

/** One point of a trend: the period's end and the KPI's result there (a gap when it is `noData`). */
export interface IKpiTrendPoint {
  end: IsoDay;
  result: KpiResult;
}

/** A KPI's trend. */
export interface IKpiTrend {
  /** One point per period, oldest first. */
  points: IKpiTrendPoint[];
  direction: KpiTrendDirection;
  /** The change from the earliest to the latest value (rounded as shown); undefined with `noData`. */
  change?: number;
}

/** Options of `kpiTrend`. */
export interface IKpiTrendOptions {
  /** How many periods (default `KPI_TREND_PERIODS`). */
  periods?: number;
  /** The KPI's direction (its definition's); the formula's natural direction when absent. */
  higherIsBetter?: boolean;
  /** The flat band (default `KPI_TREND_TOLERANCE` of the formula's unit). */
  tolerance?: number;
}

/**
 * The ends of the last `count` monthly reporting periods up to `at`, oldest first: the last day of
 * each of the `count − 1` months before the month of `at`, then `at` itself (the current period, to
 * date). `reportingPeriodEnds('2027-03-15', 3)` is ['2027-01-31', '2027-02-28', '2027-03-15'].
 * Throws RangeError for an invalid day.
 */
export function reportingPeriodEnds(at: IsoDay, count: number = KPI_TREND_PERIODS): IsoDay[] {
  const month = monthOfDay(at);
  const ends: IsoDay[] = [];
  for (let k = Math.max(1, Math.floor(count)) - 1; k >= 1; k--) ends.push(addDays(`${shiftMonth(month, 1 - k)}-01`, -1));
  ends.push(at);
  return ends;
}

/**
 * The direction of a series of values (oldest first, `undefined` for a gap), by the rule of the
 * module's description: values rounded to `unit`'s precision, change = latest − earliest.
 */
export function trendDirection(values: ReadonlyArray<number | undefined>, higherIsBetter: boolean, unit: KpiUnit, tolerance: number = KPI_TREND_TOLERANCE[unit]): Pick<IKpiTrend, 'direction' | 'change'> {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length < 2) return { direction: 'noData' };
  const change = roundKpiValue(roundKpiValue(present[present.length - 1], unit) - roundKpiValue(present[0], unit), unit);
  if (Math.abs(change) <= tolerance) return { direction: 'flat', change };
  return { direction: change > 0 === higherIsBetter ? 'improving' : 'worsening', change };
}

/**
 * The direction of a series as a formula rates it (`IKpiFormula.rates`): 'absolute' judges the
 * direction by |value| (a budget variance going from −50 % to −60 % is worsening, though lower),
 * while `change` stays the change of the values themselves (latest − earliest, −10 points).
 */
export function ratedTrendDirection(values: ReadonlyArray<number | undefined>, higherIsBetter: boolean, unit: KpiUnit, rates: KpiRating = 'value'): Pick<IKpiTrend, 'direction' | 'change'> {
  const raw = trendDirection(values, higherIsBetter, unit);
  if (rates !== 'absolute' || raw.direction === 'noData') return raw;
  const judged = trendDirection(values.map(v => (v === undefined ? v : Math.abs(v))), higherIsBetter, unit);
  return { direction: judged.direction, change: raw.change };
}

/**
 * A KPI's trend over the last reporting periods up to the context's day: the formula computed at
 * each period's end (`reportingPeriodEnds`; the context's other settings apply to every point),
 * no-data periods kept as gaps, and the direction (`trendDirection`). Throws RangeError for an
 * unknown formula or an invalid day.
 */
export function kpiTrend(code: KpiFormulaCode | string, data: IKpiData, context: IKpiContext, options: IKpiTrendOptions = {}): IKpiTrend {
  const formula = kpiFormula(code);
  const points = reportingPeriodEnds(context.at, options.periods).map(end => ({ end, result: computeKpi(formula.code, data, { ...context, at: end }) }));
  const values = points.map(p => (p.result.kind === 'value' ? p.result.value : undefined));
  const direction = options.tolerance === undefined ? ratedTrendDirection(values, options.higherIsBetter ?? formula.higherIsBetter, formula.unit, formula.rates) : trendDirection(values, options.higherIsBetter ?? formula.higherIsBetter, formula.unit, options.tolerance);
  return { points, ...direction };
}
