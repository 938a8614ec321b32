/** Calendar quarters, as MaturityAssessments.Quarter and MaturityResults store them ('YYYY-Qn'). */
import { isIsoDay } from '../dates';

/**
 * The calendar quarter of a day: '2026-11-30' → '2026-Q4' (Q1 = January–March).
 * @throws RangeError when the value is not a valid 'YYYY-MM-DD' day.
 */
export function quarterOf(isoDay: string): string {
  if (!isIsoDay(isoDay)) throw new RangeError(`quarterOf: not a day 'YYYY-MM-DD': ${isoDay}`);
  const month = Number(isoDay.slice(5, 7));
  return `${isoDay.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Whether a value is a quarter 'YYYY-Qn'. */
export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-Q[1-4]$/.test(value);
}
