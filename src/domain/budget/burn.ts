/**
 * The burn series of a budget: spend per month and cumulative, against a planned monthly spend,
 * for the burn chart (and its table alternative).
 */
import { partsOfDay } from '../dates';

/** An amount booked (or planned) in a month: `month` is 'YYYY-MM' (a 'YYYY-MM-DD' counts for its month). */
export interface IMonthAmount {
  month: string;
  amount: number;
}

/** One month of the burn series. */
export interface IBurnPoint {
  /** The month, 'YYYY-MM'. */
  month: string;
  /** Actual cost booked in the month. */
  actual: number;
  /** Actual cost booked up to the end of the month. */
  cumulativeActual: number;
  /** Planned spend in the month (0 without a plan for it). */
  planned: number;
  /** Planned spend up to the end of the month. */
  cumulativePlanned: number;
}

/** The 'YYYY-MM' of a month or day; throws RangeError for anything else. */
export function monthOf(value: string): string {
  const day = value.length === 7 ? `${value}-01` : value;
  if (day.length !== 10 || !partsOfDay(day)) throw new RangeError(`Not a month (YYYY-MM) or day (YYYY-MM-DD): ${value}`);
  return day.slice(0, 7);
}

/** The month after a 'YYYY-MM'. */
export function nextMonth(month: string): string {
  const p = partsOfDay(`${month}-01`);
  if (!p) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  const year = p.month === 12 ? p.year + 1 : p.year;
  const m = p.month === 12 ? 1 : p.month + 1;
  return `${String(year).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

function byMonth(amounts: ReadonlyArray<IMonthAmount>): Map<string, number> {
  const map = new Map<string, number>();
  for (const a of amounts) {
    if (!Number.isFinite(a.amount)) continue;
    const month = monthOf(a.month);
    map.set(month, (map.get(month) ?? 0) + a.amount);
  }
  return map;
}

/**
 * The cumulative burn by month: every month from the first to the last that has an actual or a
 * planned amount (months without bookings included, at 0), each with the month's actual and planned
 * amounts and both running totals. Bookings in the same month add up; non-finite amounts are
 * ignored. Empty when there is nothing. Throws RangeError for a month that is not 'YYYY-MM' or a day.
 */
export function burnSeries(actuals: ReadonlyArray<IMonthAmount>, planned: ReadonlyArray<IMonthAmount> = []): IBurnPoint[] {
  const actualBy = byMonth(actuals);
  const plannedBy = byMonth(planned);
  const months = [...actualBy.keys(), ...plannedBy.keys()].sort();
  if (months.length === 0) return [];
  const last = months[months.length - 1];
  const out: IBurnPoint[] = [];
  let cumulativeActual = 0;
  let cumulativePlanned = 0;
  for (let month = months[0]; month <= last; month = nextMonth(month)) {
    const actual = actualBy.get(month) ?? 0;
    const plan = plannedBy.get(month) ?? 0;
    cumulativeActual += actual;
    cumulativePlanned += plan;
    out.push({ month, actual, cumulativeActual, planned: plan, cumulativePlanned });
  }
  return out;
}
