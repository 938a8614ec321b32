/** Date helpers of the generator: pure, UTC, on ISO strings. No clock is read. */

/** The date the demo data is current at. */
export const REFERENCE_DATE: string = '2026-11-01T00:00:00Z';

const DAY_MS: number = 86400000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/** ISO date (midnight UTC) of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10) + 'T00:00:00Z';
}

/** ISO date and time of a day number plus hours and minutes. */
export function isoOfDayTime(day: number, hours: number, minutes: number = 0): string {
  return new Date(day * DAY_MS + (hours * 60 + minutes) * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Month number (year * 12 + month - 1) of an ISO date. */
export function monthOf(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** First day of a month number, as a day number. */
export function monthStartDay(month: number): number {
  return Math.floor(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);
}

/** Last day of a month number, as a day number. */
export function monthEndDay(month: number): number {
  return monthStartDay(month + 1) - 1;
}

/** 'YYYY-MM' of a month number. */
export function monthKey(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The calendar year of a month number. */
export function yearOfMonth(month: number): number {
  return Math.floor(month / 12);
}

/** Moves a day number to the nearest working day (Saturday → Friday, Sunday → Monday). */
export function workday(day: number): number {
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (dow === 6) return day - 1;
  if (dow === 0) return day + 1;
  return day;
}

/** Moves a day number back to the last working day on or before it (Saturday and Sunday → Friday). */
export function workdayOnOrBefore(day: number): number {
  const dow = (day + 4) % 7; // 0 = Sunday
  if (dow === 6) return day - 1;
  if (dow === 0) return day - 2;
  return day;
}
