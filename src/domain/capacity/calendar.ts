/**
 * Months and working days for capacity planning. A month is 'YYYY-MM' (the key Assignments.Month,
 * CapacityByMonthJson and request demand grids use). Working days are Monday to Friday; public
 * holidays are not built in (they differ by country and region): the PMO records them as absences
 * without a person (src/domain/capacity/capacity.ts).
 */
import { partsOfDay, type IsoDay } from '../dates';

/** A calendar month as 'YYYY-MM'. */
export type MonthKey = string;

const MONTH_KEY: RegExp = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a value is a month key 'YYYY-MM' (month 01–12). */
export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

/** The month as a count of months since year 0 (for arithmetic). @throws RangeError for a value that is not 'YYYY-MM'. */
export function monthIndex(month: MonthKey): number {
  const m = MONTH_KEY.exec(month);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The month key of a month index (inverse of monthIndex). */
export function monthOfIndex(index: number): MonthKey {
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${mo < 10 ? `0${mo}` : mo}`;
}

/** The month `n` months after `month` (before, when negative): shiftMonth('2027-11', 3) is '2028-02'. @throws RangeError for an invalid month. */
export function shiftMonth(month: MonthKey, n: number): MonthKey {
  return monthOfIndex(monthIndex(month) + Math.trunc(n));
}

/** `count` consecutive months from `first`: monthRange('2027-11', 3) is ['2027-11', '2027-12', '2028-01']. */
export function monthRange(first: MonthKey, count: number): MonthKey[] {
  const start = monthIndex(first);
  return Array.from({ length: Math.max(0, Math.trunc(count)) }, (_, i) => monthOfIndex(start + i));
}

/** The month of a day: monthOfDay('2027-03-31') is '2027-03'. @throws RangeError for an invalid day. */
export function monthOfDay(day: IsoDay): MonthKey {
  if (!partsOfDay(day)) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  return day.slice(0, 7);
}

/** Whole months from the month of `from` to the month of `to` (days ignored): '2027-01-31' → '2027-03-01' is 2. */
export function monthsBetweenDays(from: IsoDay, to: IsoDay): number {
  return monthIndex(monthOfDay(to)) - monthIndex(monthOfDay(from));
}

const DAY_MS = 86400000;

/** Days since 1970-01-01 of a valid day (UTC calendar arithmetic). */
function epochDay(day: IsoDay): number {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
}

/** Monday–Friday days among the epoch days [a, b] (inclusive; 0 when b < a). 1970-01-01 was a Thursday. */
function weekdaysOfEpochRange(a: number, b: number): number {
  if (b < a) return 0;
  // Weekdays in [0, n): full weeks give 5 each; the rest counted one by one (at most 6 days).
  const before = (n: number): number => {
    const weeks = Math.floor(n / 7);
    let count = weeks * 5;
    for (let d = weeks * 7; d < n; d++) {
      const dow = (((d + 4) % 7) + 7) % 7; // 0 = Sunday
      if (dow !== 0 && dow !== 6) count++;
    }
    return count;
  };
  return before(b + 1) - before(a);
}

/** The first and last epoch day of a month. */
function monthSpan(month: MonthKey): [number, number] {
  const i = monthIndex(month);
  const y = Math.floor(i / 12);
  const mo = i - y * 12;
  return [Math.round(Date.UTC(y, mo, 1) / DAY_MS), Math.round(Date.UTC(y, mo + 1, 0) / DAY_MS)];
}

/** Monday–Friday days of a month: workingDaysInMonth('2027-02') is 20. @throws RangeError for an invalid month. */
export function workingDaysInMonth(month: MonthKey): number {
  const [a, b] = monthSpan(month);
  return weekdaysOfEpochRange(a, b);
}

/** Monday–Friday days from `start` to `end`, both inclusive (0 when end is before start). @throws RangeError for an invalid day. */
export function workingDaysBetween(start: IsoDay, end: IsoDay): number {
  return weekdaysOfEpochRange(epochDay(start), epochDay(end));
}

/**
 * Monday–Friday days of `month` covered by at least one of the ranges (first and last day inclusive):
 * overlapping ranges count each day once, and a range across a month boundary counts only its days
 * inside the month. Ranges with an invalid day or an end before the start cover nothing.
 */
export function coveredWorkingDays(month: MonthKey, ranges: ReadonlyArray<{ start: IsoDay; end: IsoDay }>): number {
  const [m0, m1] = monthSpan(month);
  const clipped: Array<[number, number]> = [];
  for (const r of ranges) {
    if (!partsOfDay(r.start) || !partsOfDay(r.end)) continue;
    const a = Math.max(m0, epochDay(r.start));
    const b = Math.min(m1, epochDay(r.end));
    if (a <= b) clipped.push([a, b]);
  }
  clipped.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curA = NaN;
  let curB = NaN;
  for (const [a, b] of clipped) {
    if (!Number.isNaN(curB) && a <= curB + 1) {
      curB = Math.max(curB, b);
      continue;
    }
    if (!Number.isNaN(curA)) total += weekdaysOfEpochRange(curA, curB);
    curA = a;
    curB = b;
  }
  if (!Number.isNaN(curA)) total += weekdaysOfEpochRange(curA, curB);
  return total;
}
