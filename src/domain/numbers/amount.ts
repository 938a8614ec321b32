/**
 * Amounts as users type and read them, in their locale. One parser for the whole product: what
 * PMO Hub displays in a locale (Intl.NumberFormat) it also reads back, and input it cannot read
 * without guessing is refused, never stored as another number (issue 9, item 1: "250.000" in German
 * was saved as 250, "1,250,000" in English was refused).
 */

/** The separators of a locale, as Intl.NumberFormat writes them. */
export interface INumberSymbols {
  /** Thousands separator: ',' (en), '.' (de, nl, it), U+202F narrow no-break space (fr). */
  group: string;
  /** Decimal separator: '.' (en), ',' (de, fr, nl, it). */
  decimal: string;
}

const symbolCache: Record<string, INumberSymbols> = {};

/** The thousands and decimal separators of a locale (from Intl.NumberFormat's parts of 1234567.5). */
export function numberSymbols(locale: string): INumberSymbols {
  let s = symbolCache[locale];
  if (!s) {
    // formatToParts is ES2018, which the SPFx type library predates; every browser SPFx supports has it.
    type Parts = Array<{ type: string; value: string }>;
    const nf = new Intl.NumberFormat(locale, { useGrouping: true }) as unknown as { formatToParts(n: number): Parts };
    const parts = nf.formatToParts(1234567.5);
    s = {
      group: parts.filter(p => p.type === 'group').map(p => p.value)[0] ?? ',',
      decimal: parts.filter(p => p.type === 'decimal').map(p => p.value)[0] ?? '.'
    };
    symbolCache[locale] = s;
  }
  return s;
}

/** The largest amount PMO Hub stores: 999,999,999,999.99 (a double keeps every cent up to here). */
export const MAX_AMOUNT = 999999999999.99;

/** Why a typed amount was refused. */
export type AmountProblem =
  /** Not a number in the user's locale, or a separator that could mean either (e.g. "1.5" in German). */
  | 'invalid'
  /** More decimal places than the amount allows. */
  | 'decimals'
  /** Beyond ±MAX_AMOUNT. */
  | 'tooLarge';

/** The result of reading an amount: its value (undefined for empty input), or why it was refused. */
export type AmountReading = { ok: true; value: number | undefined } | { ok: false; problem: AmountProblem };

/** Every space a user or Intl may put between digit groups: space, no-break, narrow no-break, thin. */
const SPACES = /[\u0020\u00a0\u202f\u2009]/g;
/** Minus signs: hyphen-minus and U+2212. */
const MINUS = /^[-\u2212]/;

/** Whole part (1) and fraction (2) of an amount, per grouping and decimal separator. */
const PLAIN_DOT = /^(\d+)(?:\.(\d+))?$/;
const PLAIN_COMMA = /^(\d+)(?:,(\d+))?$/;
const SPACED_DOT = /^(\d{1,3}(?: \d{3})+)(?:\.(\d+))?$/;
const SPACED_COMMA = /^(\d{1,3}(?: \d{3})+)(?:,(\d+))?$/;
const COMMA_GROUPS_DOT = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPS_COMMA = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;

/**
 * Reads an amount typed in `locale`.
 * - Digit groups may be separated by the locale's thousands separator (then in groups of exactly
 *   three: "1,250,000" in English, "1.250.000" in German) or by spaces of any kind in every locale
 *   ("1 250 000", and fr-fr's own narrow no-break space).
 * - The decimal separator is the locale's only; at most `decimals` places (default 2).
 * - A leading minus ('-' or '−') makes it negative; the caller decides whether that is allowed.
 * - Anything else is refused as 'invalid', including the other locale's style where it would be
 *   read differently ("1,5" in English, "1.5" or "1,250,000" in German) and exponents ("1e5").
 * @returns `{ ok: true, value }` (value undefined for blank input) or `{ ok: false, problem }`
 */
export function readAmount(text: string, locale: string, decimals: number = 2): AmountReading {
  let t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const negative = MINUS.test(t);
  if (negative) t = t.replace(MINUS, '').trim();
  const { group, decimal } = numberSymbols(locale);
  t = t.replace(SPACES, ' ');
  const comma = decimal === ',';
  // Groups separated by the locale's own separator, or by spaces; never both in one amount.
  const patterns = [comma ? PLAIN_COMMA : PLAIN_DOT, comma ? SPACED_COMMA : SPACED_DOT];
  if (group === ',' && !comma) patterns.push(COMMA_GROUPS_DOT);
  if (group === '.' && comma) patterns.push(DOT_GROUPS_COMMA);
  let m: RegExpExecArray | null = null;
  for (const p of patterns) {
    m = p.exec(t);
    if (m) break;
  }
  if (!m) return { ok: false, problem: 'invalid' };
  const whole = m[1].replace(/\D/g, '');
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) return { ok: false, problem: 'decimals' };
  const value = Number(`${whole}${fraction ? `.${fraction}` : ''}`);
  if (!isFinite(value) || value > MAX_AMOUNT) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** The minus sign PMO Hub shows before negative numbers: U+2212, not the hyphen-minus. */
export const MINUS_SIGN = '\u2212';

/**
 * A number Intl formatted, with its minus written as U+2212 (Intl writes a hyphen-minus in en, de,
 * fr, nl and it). readAmount reads either back.
 */
export function withMinusSign(formatted: string): string {
  return formatted.replace('-', MINUS_SIGN);
}

const formatCache: Record<string, Intl.NumberFormat> = {};
const moneyCache: Record<string, Intl.NumberFormat> = {};

/**
 * A money amount as PMO Hub shows it everywhere (grids, panels, totals, forms' read-only views):
 * grouped as the locale does, whole amounts without decimals and others with exactly two
 * (1,500,000 and 1,500,000.50; never 1,500,001 for 1,500,000.50). Formatters are made once per
 * locale: the portfolio's first render formats hundreds of amounts. Pass the result through
 * `withMinusSign` where negative amounts are shown to readers.
 */
export function formatMoney(value: number, locale: string): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  const key = `${locale}|${cents ? 2 : 0}`;
  let f = moneyCache[key];
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 });
    moneyCache[key] = f;
  }
  return f.format(value);
}

/**
 * An amount as PMO Hub shows it in `locale`, with grouping and `decimals` places at most
 * (readAmount reads it back to the same number).
 */
export function formatAmountFor(value: number, locale: string, decimals: number = 2): string {
  const key = `${locale}|${decimals}`;
  let f = formatCache[key];
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, useGrouping: true });
    formatCache[key] = f;
  }
  return f.format(value);
}
