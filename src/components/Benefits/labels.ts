/** The Benefits web part's names for fields, codes and figures, in the user's language. */
import * as benefitsStrings from 'BenefitsStrings';
import * as governanceStrings from 'GovernanceStrings';
import { formatAmountFor, withMinusSign, type AmountProblem } from '../../domain/numbers';
import { numberProblemText } from '../controls/amountText';
import { formatString, TEXT_MAX_LENGTH } from '../../domain/text';

/** A form field's visible label (Benefit, Baseline, …). */
export function fieldLabel(field: string): string {
  return benefitsStrings[`Benefits_Field_${field}`] ?? field;
}

/** A benefit status' name (GovernanceStrings' Choice_BenefitStatus_<code>); the code when unknown. */
export function statusLabel(code: string | undefined): string {
  return code ? governanceStrings[`Choice_BenefitStatus_${code}`] ?? code : '';
}

/** A value in the user's locale with its unit ("1,234.5 h"); '' when there is none. */
export function valueText(value: number | undefined, locale: string, unit?: string): string {
  if (value === undefined || !isFinite(value)) return '';
  const n = withMinusSign(formatAmountFor(value, locale));
  return unit ? `${n} ${unit}` : n;
}

/** A problem's message naming its field: required, invalid, too long (over 255 characters), a day outside 1900–8900. */
export function fieldProblem(field: string, code: 'required' | 'invalid' | 'tooLong' | 'dateRange', maxLength: number = TEXT_MAX_LENGTH): string {
  return formatString(benefitsStrings[`Benefits_Problem_${code}`], fieldLabel(field), maxLength);
}

/**
 * The message for a benefit's number that can't be read (baseline, target, a realised value: counts,
 * days, percentages as well as money), naming its field and asking for a number, not an amount.
 */
export function numberProblem(problem: AmountProblem, field: string, locale: string): string {
  return numberProblemText(problem, fieldLabel(field), locale, { invalid: benefitsStrings.Benefits_Problem_number, tooLarge: benefitsStrings.Benefits_Problem_numberTooLarge });
}
