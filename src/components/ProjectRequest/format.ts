/** Localized display of intake values: states, urgencies, months, amounts, typed dates and errors (dates are shown by domain/dates). */
import { strings } from './strings';
import type { IntakeState, Urgency } from '../../domain/intake';
import { errorText as sharedErrorText } from '../ErrorMessage/errorText';
import { RequestRefusedError } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { localDateOfDay } from '../../domain/dates';
import { parseDayText } from '../controls/dateText';

/** An intake state in the user's language (`Choice_IntakeState_<Code>` when the site has it, else `Request_State_<Code>`). */
export function stateLabel(state: IntakeState): string {
  return strings[`Choice_IntakeState_${state}`] || strings[`Request_State_${state}`] || state;
}

/** An urgency in the user's language. */
export function urgencyLabel(u: Urgency): string {
  return strings[`Request_Urgency_${u}`] || u;
}

/** A month key 'YYYY-MM' as the locale writes it, e.g. "Mar 2027". */
export function formatMonth(month: string, locale: string): string {
  const d = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(d);
}

/** Days with at most one decimal (6.5). */
export function formatDays(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/**
 * A typed date as a local Date, read as the form's date fields read it (parseDayText: ISO 2027-03-01
 * or the locale's order, en-us 3/1/2027, de-de 1.3.2027, fr-fr and it-it 1/3/2027, nl-nl 1-3-2027);
 * null when it is not a date.
 */
export function parseTypedDate(text: string, locale: string): Date | null { // eslint-disable-line @rushstack/no-new-null -- null as Fluent's date parsers return for "not a date"
  return localDateOfDay(parseDayText(text, locale)) ?? null;
}

/** What to tell the user about an error: a refusal of the intake workflow in its own words, else the shared error text. */
export function errorText(e: unknown): string {
  if (e instanceof RequestRefusedError) {
    // 'roundOpen' names the scoring round that holds the request.
    const t = strings[`Request_Refused_${e.refusal}`];
    return t ? formatString(t, e.round ?? '') : e.message;
  }
  return sharedErrorText(e);
}
