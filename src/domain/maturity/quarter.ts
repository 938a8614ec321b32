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

/**
 * How each language names a quarter in running text and table headings ({q} the quarter 1–4, {y} the
 * year): English and German business usage "Q4 2026"; French and Italian "T4 2026" (trimestre);
 * Dutch "K4 2026" (kwartaal). Another language: the English form.
 */
const QUARTER_PATTERNS: Readonly<Record<string, string>> = { en: 'Q{q} {y}', de: 'Q{q} {y}', fr: 'T{q} {y}', nl: 'K{q} {y}', it: 'T{q} {y}' };

/**
 * A stored quarter key ('2026-Q4') as the user reads it in `locale` (BCP 47: 'en-us', 'de-DE', 'fr-fr',
 * 'nl-nl', 'it-it'): "Q4 2026", "T4 2026", "K4 2026". The stored key itself never changes; a value that
 * is not a quarter key is returned as it is.
 */
export function quarterLabel(key: string, locale: string): string {
  if (!isQuarter(key)) return key;
  const language = (locale || 'en').slice(0, 2).toLowerCase();
  const pattern = QUARTER_PATTERNS[language] ?? QUARTER_PATTERNS.en;
  return pattern.replace('{q}', key.slice(6)).replace('{y}', key.slice(0, 4));
}
