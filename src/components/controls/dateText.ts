/**
 * How a date field reads what a user typed. A day may be typed year first (ISO 2027-03-01, or
 * ja-jp's 2027/03/01) or in the
 * locale's numeric order with `.`, `/` or `-` between day, month and four-digit year (en-us
 * 3/1/2027; de-de 1.3.2027; fr-fr and it-it 1/3/2027; nl-nl 1-3-2027): exactly what
 * formatDateOnly(day, locale, 'numeric') shows, with or without leading zeros.
 */
import { isIsoDay, type IsoDay } from '../../domain/dates';

const monthFirstByLocale: Map<string, boolean> = new Map();

/** Whether the locale's numeric dates put the month before the day (en-us: 03/01/2027), from Intl. */
export function monthBeforeDay(locale: string): boolean {
  const key = locale.toLowerCase();
  let v = monthFirstByLocale.get(key);
  if (v === undefined) {
    // 25 March 2027 written by the locale: "03/25/2027", "25.03.2027", "2027-03-25" …
    const written = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2027, 2, 25));
    v = written.indexOf('03') < written.indexOf('25');
    monthFirstByLocale.set(key, v);
  }
  return v;
}

function pad(n: string): string {
  return n.length < 2 ? `0${n}` : n;
}

/** The day a user typed, or undefined when the text is not a valid date (such as 31.02.2027 or 2027-13-01). */
export function parseDayText(text: string, locale: string): IsoDay | undefined {
  const t = text.trim();
  let day: string;
  const iso = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(t);
  if (iso) {
    day = `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`;
  } else {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
    if (!m) return undefined;
    const monthFirst = monthBeforeDay(locale);
    day = `${m[3]}-${pad(monthFirst ? m[1] : m[2])}-${pad(monthFirst ? m[2] : m[1])}`;
  }
  return isIsoDay(day) ? day : undefined;
}
