/**
 * The numbers of the Training and Maturity forms (a module's duration, a session's seats, a path step,
 * an order), read as the user types them in their locale with the product's one parser
 * (`readAmount` in src/domain/numbers): "3,5" is 3.5 in de/fr/nl/it and refused in English, where the
 * comma separates thousands (issue 15, finding 5).
 */
import { formatAmountFor, readAmount, type AmountProblem } from '../numbers';

/** Why a form's number was refused: readAmount's reasons, a fraction where a whole number is asked, or below the least value. */
export type FieldNumberProblem = AmountProblem | 'whole' | 'tooSmall';

/** The rules of one number field. */
export interface IFieldNumberRule {
  /** Decimal places allowed (0: a whole number). */
  decimals: number;
  /** The least value allowed (inclusive), unless `above`. */
  min: number;
  /** The value must be greater than `min` (a duration: more than 0 hours). */
  above?: boolean;
}

/** A form's number: its value (undefined when blank), or why it was refused. */
export type FieldNumberReading = { ok: true; value: number | undefined } | { ok: false; problem: FieldNumberProblem };

/**
 * Reads a form's number typed in `locale` (BCP 47). A fraction where `rule.decimals` is 0 is 'whole'
 * (not readAmount's 'decimals'), a value under `rule.min` (or at it, with `above`) is 'tooSmall'.
 */
export function readFieldNumber(text: string, locale: string, rule: IFieldNumberRule): FieldNumberReading {
  const r = readAmount(text, locale, Math.max(rule.decimals, 2));
  if (!r.ok) return r;
  if (r.value === undefined) return r;
  if (rule.decimals === 0 && !Number.isInteger(r.value)) return { ok: false, problem: 'whole' };
  if (rule.decimals > 0 && Math.round(r.value * 10 ** rule.decimals) !== r.value * 10 ** rule.decimals) return { ok: false, problem: 'decimals' };
  if (r.value < rule.min || (rule.above && r.value === rule.min)) return { ok: false, problem: 'tooSmall' };
  return r;
}

/** A stored number as the form shows it in `locale` (readFieldNumber reads it back): 3.5 → "3,5" in German; undefined → ''. */
export function fieldNumberText(value: number | undefined, locale: string): string {
  return value === undefined ? '' : formatAmountFor(value, locale);
}
