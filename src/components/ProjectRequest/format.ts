/** Localized display of intake values: states, urgencies, months, amounts, typed dates and errors (dates are shown by domain/dates). */
import * as strings from 'PmoHubStrings';
import { DayOfWeek } from '@fluentui/react/lib/DateTimeUtilities';
import type { IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import type { IntakeState, Urgency } from '../../domain/intake';
import { errorText as sharedErrorText } from '../ErrorMessage/errorText';
import { RequestRefusedError } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { formatDateOnly } from '../../domain/dates';

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

/** An amount grouped as the locale does: whole amounts without decimals, others with two (12,500.50). */
export function formatAmount(n: number, locale: string): string {
  const digits = Math.round(n * 100) % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** Days with at most one decimal (6.5). */
export function formatDays(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** Parses a number typed in either decimal style (1234.5, 1234,5, 1 234,50); NaN when it is not a number. */
export function parseAmount(text: string): number {
  const t = text.replace(/[\s\u00a0']/g, '');
  if (t === '') return 0;
  const normalized = t.indexOf(',') >= 0 && t.indexOf('.') >= 0
    ? (t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''))
    : t.replace(',', '.');
  return /^-?\d*\.?\d+$/.test(normalized) || /^-?\d+\.$/.test(normalized) ? Number(normalized) : NaN;
}

/** Parses a typed date: ISO (2027-03-01) or the locale's order (en-us: 3/1/2027; others: 1.3.2027, 1/3/2027). */
export function parseTypedDate(text: string, locale: string): Date | null { // eslint-disable-line @rushstack/no-new-null -- Fluent's DatePicker expects null for "not a date"
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]); mo = Number(m[2]); d = Number(m[3]);
  } else {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
    if (!m) return null;
    const monthFirst = locale.toLowerCase() === 'en-us';
    y = Number(m[3]); mo = Number(monthFirst ? m[1] : m[2]); d = Number(monthFirst ? m[2] : m[1]);
  }
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** Monday first except in the United States. */
export function firstDayOfWeek(locale: string): DayOfWeek {
  return locale.toLowerCase() === 'en-us' ? DayOfWeek.Sunday : DayOfWeek.Monday;
}

/** The DatePicker's strings: month and day names from the browser's Intl in the locale, the rest from src/loc. */
export function datePickerStrings(locale: string): IDatePickerStrings {
  const month = (style: 'long' | 'short'): string[] => {
    const f = new Intl.DateTimeFormat(locale, { month: style });
    const out: string[] = [];
    for (let i = 0; i < 12; i++) out.push(f.format(new Date(2021, i, 1)));
    return out;
  };
  const day = (style: 'long' | 'short'): string[] => {
    const f = new Intl.DateTimeFormat(locale, { weekday: style });
    const out: string[] = [];
    // 2021-01-03 was a Sunday.
    for (let i = 0; i < 7; i++) out.push(f.format(new Date(2021, 0, 3 + i)));
    return out;
  };
  return {
    months: month('long'),
    shortMonths: month('short'),
    days: day('long'),
    shortDays: day('short').map(s => s.slice(0, 2)),
    goToToday: strings.Request_Date_GoToToday,
    prevMonthAriaLabel: strings.Request_Date_PrevMonth,
    nextMonthAriaLabel: strings.Request_Date_NextMonth,
    prevYearAriaLabel: strings.Request_Date_PrevYear,
    nextYearAriaLabel: strings.Request_Date_NextYear,
    closeButtonAriaLabel: strings.Request_Date_Close,
    invalidInputErrorMessage: formatString(strings.Request_Date_Invalid, formatDateOnly('2027-03-01', locale, 'numeric'))
  };
}

/** What to tell the user about an error: a refusal of the intake workflow in its own words, else the shared error text. */
export function errorText(e: unknown): string {
  if (e instanceof RequestRefusedError) return strings[`Request_Refused_${e.refusal}`] || e.message;
  return sharedErrorText(e);
}
