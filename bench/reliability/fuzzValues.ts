/**
 * The hostile values of reliability.fuzz, generated from a seeded PRNG (the same cases each run):
 * empty values, huge, negative and unreadable numbers, invalid and far dates, text over its column's
 * limit, control characters, emoji, right-to-left text and formula prefixes (= + - @).
 */
import { prng } from '../../workbench/emulator';

/** What a form field holds, as the fuzz sees it. */
export type FuzzKind = 'text' | 'note' | 'amount' | 'number' | 'rating' | 'days' | 'day' | 'time' | 'choice';

/** The seeded PRNG of the fuzz: the workbench's (mulberry32), the same sequence for the same seed. */
export { prng };

/** One element of `items`, chosen by `rnd`. */
export function pick<T>(rnd: () => number, items: ReadonlyArray<T>): T {
  return items[Math.floor(rnd() * items.length)];
}

/** Control characters (C0, DEL, C1), zero-width and bidirectional marks. */
export const CONTROL_CHARS: ReadonlyArray<string> = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff'];

/** Emoji, including surrogate pairs, skin tones, ZWJ sequences and flags. */
export const EMOJI: ReadonlyArray<string> = ['📈', '🚀 Go-live', '👩🏽‍💻', '👨‍👩‍👧‍👦', '🇪🇺', '✅ done', '🔥🔥🔥', '⚠️'];

/** Right-to-left text (Arabic, Hebrew), and an override that reverses what follows. */
export const RTL: ReadonlyArray<string> = ['تحديث المشروع', 'פרויקט חדש', 'مرحلة ٣ ‏(2027)', '\u202egnp.exe', 'שלב א׳ – Phase 1'];

/** Formula prefixes a spreadsheet runs (CSV/Excel injection). */
export const FORMULAS: ReadonlyArray<string> = ['=1+2', '+SUM(A1:A9)', '-2+3', '@SUM(1,2)', '=HYPERLINK("https://example.org","x")', '=cmd|\' /C calc\'!A0', '\t=1+1', '\r=1'];

/** A text value: empty, blank, at and over `max` characters, control characters, emoji, RTL, formulas, mixed. */
export function hostileText(rnd: () => number, max: number, base: string): string {
  const n = Math.floor(rnd() * 12);
  switch (n) {
    case 0: return pick(rnd, ['', ' ', '   ', '\t\n']);
    case 1: return 'x'.repeat(max + 1 + Math.floor(rnd() * 40));
    case 2: return pick(rnd, ['y'.repeat(max), `${'z'.repeat(max - 1)}📈`, 'w'.repeat(max * 4 + 3)]);
    case 3: return `${base}${pick(rnd, CONTROL_CHARS)}${base.slice(0, 3)}`;
    case 4: return `${pick(rnd, CONTROL_CHARS)}${base}`;
    case 5: return `${base} ${pick(rnd, EMOJI)}`;
    case 6: return pick(rnd, EMOJI).repeat(1 + Math.floor(rnd() * 3));
    case 7: return pick(rnd, RTL);
    case 8: return `${pick(rnd, RTL)} ${base}`;
    case 9: return pick(rnd, FORMULAS);
    case 10: return `${pick(rnd, ['=', '+', '-', '@'])}${base}`;
    default: return `  ${pick(rnd, FORMULAS)} ${pick(rnd, EMOJI)} ${pick(rnd, RTL)}${pick(rnd, CONTROL_CHARS)}  `;
  }
}

/** An amount typed in en-us: empty, negative, huge, unreadable, more decimals than cents, formula-like. */
export const HOSTILE_AMOUNTS: ReadonlyArray<string> = [
  '', ' ', '-1', '-0.01', '−250', '0', '-0', '1e308', '1e21', '99999999999999999999999999999', '179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
  'NaN', 'Infinity', '-Infinity', '0x10', '12abc', 'abc', '1,234.56', '1.234,56', '  42  ', '0.001', '1.23456789', '123456789012345.67', '9007199254740993',
  '=1+1', '+5', '@1', '1 000', '1\u00a0000', '١٢٣', '💰100'
];

/** A whole or decimal number as typed: the amounts' hostile values and a few more. */
export const HOSTILE_NUMBERS: ReadonlyArray<string> = [...HOSTILE_AMOUNTS, '2147483648', '-2147483649', '3.5', '1e-7'];

/** A 1–5 rating as a select would hold it (a request made by hand holds anything). */
export const HOSTILE_RATINGS: ReadonlyArray<string> = ['', '0', '6', '-1', '2.5', '1e3', 'NaN', 'abc', '=3', ' 3 ', '3'];

/** Whole days as typed: too many digits, decimals, signs, letters. */
export const HOSTILE_DAYS: ReadonlyArray<string> = ['', '-7', '−7', '+14', '0', '99999', '100000', '1.5', '1e3', 'abc', '=7', '-0', '  12  ', '٧'];

/**
 * A day as a date field holds it (yyyy-mm-dd) or as typed: far days (year 1, before 1900, after 8900,
 * year 9999), leap days, days that do not exist, other formats and words.
 */
export const HOSTILE_DAYS_TYPED: ReadonlyArray<string> = [
  '', '0001-01-01', '1000-06-15', '1899-12-31', '1900-01-01', '1900-01-02', '8900-12-31', '8901-01-01', '9999-12-31', '2028-02-29',
  '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '31.12.2027', '12/31/2027', '2027-1-5', 'tomorrow', '=TODAY()', '2027-03-01T00:00:00Z', '٢٠٢٧-٠٣-٠١'
];

/** A choice as a select would hold it, or as sent by hand: empty, unknown, a formula, another case. */
export function hostileChoice(rnd: () => number, choices: ReadonlyArray<string>): string {
  const c = pick(rnd, choices);
  return pick(rnd, ['', 'Bogus', '=1+1', c.toUpperCase(), ` ${c} `, `${c}\u0000`, c]);
}

/** A local time as typed ('YYYY-MM-DD HH:mm' in the session's zone): far, missing, skipped by daylight saving, malformed. */
export const HOSTILE_TIMES: ReadonlyArray<string> = [
  '', '2027-03-28 02:30', '2027-10-31 02:30', '1899-12-31 10:00', '1900-01-01 00:00', '8900-12-31 23:59', '8901-01-01 10:00', '9999-12-31 23:59', '0001-01-01 10:00',
  '2027-02-29 10:00', '2027-06-15 24:00', '2027-06-15 10:60', '2027-06-15T10:00', '2027-06-15 10:00:00', '15.06.2027 10:00', 'tomorrow 10:00', '=NOW()', ' 2027-06-15 10:00 '
];
