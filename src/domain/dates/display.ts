/**
 * Dates as the user reads them: date-only values in the user's locale (the same day in every time
 * zone), date-and-time values in the user's locale AND time zone (the browser's, unless one is given).
 */
import { partsOfDay, type IsoDay } from './dateOnly';

/** How a day is written: 'medium' = "Mar 1, 2027" / "1. März 2027"; 'numeric' = "03/01/2027" / "01.03.2027". */
export type DayStyle = 'medium' | 'numeric';

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' }
};

const formats: Map<string, Intl.DateTimeFormat> = new Map();

/** A formatter; cached when its zone is fixed (the user's own zone is the runtime's and may change, e.g. in tests). */
function format(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  if (!timeZone) return new Intl.DateTimeFormat(locale, options);
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/**
 * A date-only value ('YYYY-MM-DD') as the locale writes it. The day is shown as it is, whatever the
 * browser's or the site's time zone. Empty or invalid input gives ''.
 */
export function formatDateOnly(day: IsoDay | undefined, locale: string, style: DayStyle = 'medium'): string {
  const p = partsOfDay(day);
  if (!p) return '';
  return format(locale, DAY_OPTIONS[style], 'UTC').format(Date.UTC(p.year, p.month - 1, p.day));
}

function instant(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return isNaN(t) ? undefined : t;
}

/**
 * A date-and-time value (an ISO instant such as SubmittedDate or Modified) as the locale writes it, in
 * the user's time zone: the browser's, or `timeZone` (IANA) when given. E.g. "21.11.2026, 09:30".
 * Empty or invalid input gives ''.
 */
export function formatDateTime(value: string | undefined, locale: string, timeZone?: string): string {
  const t = instant(value);
  if (t === undefined) return '';
  return format(locale, { ...DAY_OPTIONS.numeric, hour: '2-digit', minute: '2-digit' }, timeZone).format(t);
}

/** The day of a date-and-time value as the user sees it (their time zone, or `timeZone`), in the locale. */
export function formatDayOfInstant(value: string | undefined, locale: string, style: DayStyle = 'numeric', timeZone?: string): string {
  const t = instant(value);
  if (t === undefined) return '';
  return format(locale, DAY_OPTIONS[style], timeZone).format(t);
}
