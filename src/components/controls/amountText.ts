import * as strings from 'PmoHubStrings';
import { formatAmountFor, MAX_AMOUNT, type AmountProblem } from '../../domain/numbers';
import { formatString } from '../../domain/text';

/**
 * The message for an amount PMO Hub could not read (readAmount), naming the field and showing an
 * example in the user's locale: "“Budget”: enter an amount such as 1,234,567.89." The field's name
 * is quoted, so the sentence is right for every field in every language.
 */
export function amountProblemText(problem: AmountProblem, fieldLabel: string, locale: string): string {
  if (problem === 'decimals') return formatString(strings.Amount_Decimals, fieldLabel);
  if (problem === 'tooLarge') return formatString(strings.Amount_TooLarge, fieldLabel, formatAmountFor(MAX_AMOUNT, locale));
  return formatString(strings.Amount_Invalid, fieldLabel, formatAmountFor(1234567.89, locale));
}
