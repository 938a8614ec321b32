import * as projectStrings from 'ProjectStrings';
import { readAmount } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import { amountProblemText } from '../controls/amountText';

/**
 * Reads an amount typed in the user's locale (src/domain/numbers readAmount: ambiguous input is
 * refused): null when the field is empty (the value is derived, or cleared), the amount, or the
 * problem's message naming the field ("“Planned”: enter an amount such as 1,234,567.89.",
 * "“Planned”: enter 0 or more."). Negative amounts are refused.
 */
export function readAmountInput(textValue: string, label: string, locale: string): { value: number | null } | { problem: string } { // eslint-disable-line @rushstack/no-new-null -- the services' "derive again" / "clear"
  const reading = readAmount(textValue, locale);
  if (!reading.ok) return { problem: amountProblemText(reading.problem, label, locale) };
  if (reading.value === undefined) return { value: null };
  if (reading.value < 0) return { problem: formatString(projectStrings.Project_Problem_Negative, label) };
  return { value: reading.value };
}
