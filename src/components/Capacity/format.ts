/**
 * How capacity figures are written in the user's locale: months, days, hours, FTE and utilisation.
 * No strings module: the project page's assignments editor uses these too, without loading the
 * Capacity web part's strings. Formatters are made once per locale (a heat map formats hundreds).
 */
import { withMinusSign } from '../../domain/numbers';
import type { MonthKey } from '../../domain/capacity';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n|${locale}|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(k, f);
  }
  return f;
}

function dateFormat(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d|${locale}|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(k, f);
  }
  return f;
}

/** The first day of a month key as a UTC date (formatted in UTC, so the user's zone never moves it). */
function monthDate(month: MonthKey): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** A month as a column header writes it: "Mar 2027", "März 2027". */
export function monthShort(month: MonthKey, locale: string): string {
  return dateFormat(locale, 'short', { month: 'short', year: 'numeric' }).format(monthDate(month));
}

/** A month in full, for sentences and screen readers: "March 2027", "März 2027". */
export function monthLong(month: MonthKey, locale: string): string {
  return dateFormat(locale, 'long', { month: 'long', year: 'numeric' }).format(monthDate(month));
}

/** Days with at most one decimal, grouped as the locale does ("1,234.5"; negatives with U+2212). */
export function daysText(days: number, locale: string): string {
  return withMinusSign(numberFormat(locale, 'd', { maximumFractionDigits: 1 }).format(days));
}

/** Hours, whole ("180"; negatives with U+2212). */
export function hoursText(hours: number, locale: string): string {
  return withMinusSign(numberFormat(locale, 'h', { maximumFractionDigits: 0 }).format(hours));
}

/** FTE with two decimals at most ("1.25"). */
export function fteText(fte: number, locale: string): string {
  return withMinusSign(numberFormat(locale, 'f', { maximumFractionDigits: 2 }).format(fte));
}

/**
 * A utilisation (demand ÷ capacity) as the locale writes a whole percentage ("112%", "112 %" in
 * German and French); "∞" for demand without capacity; '' for none (no capacity and no demand).
 */
export function utilisationText(u: number | undefined, locale: string): string {
  if (u === undefined) return '';
  if (!isFinite(u)) return '∞';
  return numberFormat(locale, 'p', { style: 'percent', maximumFractionDigits: 0 }).format(u);
}

/** A share (0.85) as a whole percentage in the locale ("85%", "85 %"). */
export function percentText(share: number, locale: string): string {
  return numberFormat(locale, 'p', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
