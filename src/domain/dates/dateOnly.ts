/**
 * Date-only values (start and end dates, milestone and report dates, desired start): how PMO Hub
 * writes them to SharePoint and reads them back.
 *
 * SharePoint stores a DateTime column in UTC. For a column with Format="DateOnly" it keeps the day in
 * the SITE's time zone: it turns the value it receives into site-local time, drops the time of day,
 * and stores that local midnight as UTC. REST returns the stored instant: 1 March 2027 on a UTC+1
 * site comes back as `2027-02-28T23:00:00Z`, on a UTC−10 site as `2027-03-01T10:00:00Z`. A value sent
 * as `2027-03-01T00:00:00Z` is a UTC instant, i.e. 28 February 14:00 on a UTC−10 site, and is stored
 * as 28 February there; so PMO Hub never sends UTC midnight for a day.
 *
 * PMO Hub sends the instant of the site's local midnight (what SharePoint stores anyway) and reads a
 * value back as the day of the NEAREST site-local midnight, so that an hour of disagreement between
 * SharePoint's and the runtime's daylight-saving rules cannot move a date by a day.
 */
import { instantOf, wallClockAt, type ISiteTimeZone } from './zone';

/** A calendar day as 'YYYY-MM-DD' (no time, no zone). */
export type IsoDay = string;

const ISO_DAY: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dayString(year: number, month: number, day: number): IsoDay {
  return `${year < 1000 ? `000${year}`.slice(-4) : year}-${two(month)}-${two(day)}`;
}

/** The year, month (1–12) and day of a valid 'YYYY-MM-DD'; undefined for anything else (including 2027-02-30). */
export function partsOfDay(day: string | undefined): { year: number; month: number; day: number } | undefined {
  const m = day ? ISO_DAY.exec(day) : null;
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? { year: y, month: mo, day: d } : undefined;
}

/** Whether a string is a valid calendar day 'YYYY-MM-DD'. */
export function isIsoDay(value: unknown): value is IsoDay {
  return typeof value === 'string' && partsOfDay(value) !== undefined;
}

/** The first day a SharePoint date column holds (1/1/1900). */
export const FIRST_STORABLE_DAY: IsoDay = '1900-01-01';

/** The last day a SharePoint date column holds (12/31/8900). */
export const LAST_STORABLE_DAY: IsoDay = '8900-12-31';

/**
 * Whether a value is a valid day that a SharePoint date column holds: from 1900-01-01 to 8900-12-31.
 * SharePoint refuses a day outside that range (HTTP 400), so a service checks it first and names its
 * field instead.
 */
export function isStorableDay(value: unknown): value is IsoDay {
  return isIsoDay(value) && value >= FIRST_STORABLE_DAY && value <= LAST_STORABLE_DAY;
}

/** The day `days` days after (or before, when negative) a day. Throws RangeError for an invalid day. */
export function addDays(day: IsoDay, days: number): IsoDay {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return dayString(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The number of calendar days from `from` to `to` (negative when `to` is earlier): 2027-02-28 →
 * 2027-03-01 is 1. Pure calendar arithmetic, no time zone. Throws RangeError for an invalid day.
 */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  const a = partsOfDay(from);
  const b = partsOfDay(to);
  if (!a || !b) throw new RangeError(`Not a date (YYYY-MM-DD): ${a ? to : from}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

/** The calendar day an instant has in an IANA zone. */
export function dayAt(epochMs: number, iana: string): IsoDay {
  const w = wallClockAt(epochMs, iana);
  return dayString(w.year, w.month, w.day);
}

/** The instant (ms since the epoch) at which a day begins in the site's time zone. Throws RangeError for an invalid day. */
export function siteMidnight(day: IsoDay, zone: ISiteTimeZone): number {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  return instantOf({ year: p.year, month: p.month, day: p.day, hour: 0, minute: 0, second: 0 }, zone.iana);
}

/** An instant as SharePoint writes it: 2027-02-28T23:00:00Z. */
export function toSharePointInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/* eslint-disable @rushstack/no-new-null -- SharePoint clears a column with null */
/**
 * The value to send to SharePoint for a date-only column: the UTC instant of the day's midnight in the
 * site's time zone, e.g. '2027-03-01' on a Berlin site → '2027-02-28T23:00:00Z'. An empty day is null
 * (clears the column). Throws RangeError for anything that is not a valid 'YYYY-MM-DD'.
 */
export function writeDateOnly(day: IsoDay | undefined, zone: ISiteTimeZone): string | null {
  if (day === undefined || day === '') return null;
  return toSharePointInstant(siteMidnight(day, zone));
}
/* eslint-enable @rushstack/no-new-null */

const ZONED: RegExp = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL: RegExp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A date-only column's value as SharePoint returns it → the day in the site's time zone. The value
 * is an instant (`2027-02-28T23:00:00Z`); the day is that of the nearest site-local midnight (a time
 * of 12:00 or later belongs to the next day). A value without a zone is read as site-local wall time;
 * a plain 'YYYY-MM-DD' is kept. Empty or unreadable values are undefined.
 */
export function readDateOnly(value: string | null | undefined, zone: ISiteTimeZone): IsoDay | undefined { // eslint-disable-line @rushstack/no-new-null -- SharePoint returns null for an empty column
  if (!value) return undefined;
  if (ISO_DAY.test(value)) return isIsoDay(value) ? value : undefined;
  if (!ZONED.test(value)) {
    const m = LOCAL.exec(value);
    if (!m) return undefined;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isIsoDay(day)) return undefined;
    return Number(m[4]) >= 12 ? addDays(day, 1) : day;
  }
  const cache = zonedDays.get(zone.iana) ?? new Map<string, IsoDay | undefined>();
  zonedDays.set(zone.iana, cache);
  if (cache.has(value)) return cache.get(value);
  if (cache.size >= ZONED_DAYS_MAX) cache.clear();
  const t = Date.parse(value);
  const w = isNaN(t) ? undefined : wallClockAt(t, zone.iana);
  const day = w ? dayString(w.year, w.month, w.day) : undefined;
  const read = w && day ? (w.hour >= 12 ? addDays(day, 1) : day) : undefined;
  cache.set(value, read);
  return read;
}

/**
 * Days already read from zoned instants, per IANA zone. A list returns the same few midnights over
 * and over (the portfolio reads four date columns of 5,000 projects), and each fresh read costs an
 * Intl formatToParts: remembering them keeps the portfolio's load within its benchmark.
 */
const zonedDays: Map<string, Map<string, IsoDay | undefined>> = new Map();
const ZONED_DAYS_MAX: number = 50000;

/** A local Date (the browser's zone, as Fluent's DatePicker hands it out) → its calendar day. */
export function dayOfLocalDate(date: Date): IsoDay {
  return dayString(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A day → a local Date at its midnight (for Fluent's DatePicker); undefined for an empty or invalid day. */
export function localDateOfDay(day: IsoDay | undefined): Date | undefined {
  const p = partsOfDay(day);
  return p ? new Date(p.year, p.month - 1, p.day) : undefined;
}

/**
 * A day as the Excel export writes it: a Date at UTC midnight of that day. write-excel-file turns a
 * Date into Excel's serial number from its UTC time, so the cell shows the day in every zone.
 */
export function excelDateOf(day: IsoDay | undefined): Date | undefined {
  const p = partsOfDay(day);
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : undefined;
}
