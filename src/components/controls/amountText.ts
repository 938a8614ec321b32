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

/**
 * The sentences of a number field's problems, from the strings module of the area that asks
 * ({0} the field's name, {1} an example or the largest number): "“{0}”: enter a number such as {1}."
 */
export interface INumberProblemTexts {
  invalid: string;
  tooLarge: string;
}

/**
 * The number variant of {@link amountProblemText}, for a number read with readAmount that is not
 * money (a count of tickets, days, a percentage, a benefit's baseline or target): the same rules
 * (at most two decimals, at most MAX_AMOUNT) but the sentence says "number", never "amount", and the
 * example is a plain number in the user's locale (1,234.5 / 1.234,5).
 */
export function numberProblemText(problem: AmountProblem, fieldLabel: string, locale: string, texts: INumberProblemTexts): string {
  if (problem === 'decimals') return formatString(strings.Amount_Decimals, fieldLabel);
  if (problem === 'tooLarge') return formatString(texts.tooLarge, fieldLabel, formatAmountFor(MAX_AMOUNT, locale));
  return formatString(texts.invalid, fieldLabel, formatAmountFor(1234.5, locale));
}
