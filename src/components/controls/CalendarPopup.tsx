/**
 * The calendar of a DateField: Fluent UI's Calendar in a non-modal dialog under the input. It is
 * its own chunk ('calendar'), loaded the first time a user opens a calendar, so no web part's first
 * view carries it.
 */
import * as React from 'react';
import { Calendar, DayOfWeek, type ICalendar, type ICalendarStrings, type IDateFormatting } from '@fluentui/react/lib/Calendar';
import fields from './fields.module.scss';
import { dayOfLocalDate, localDateOfDay, type IsoDay } from '../../domain/dates';
import { themed } from './FluentHost';

/** The calendar's texts in the user's language (month and day names come from the browser's Intl). */
export interface ICalendarLabels {
  /** The calendar button's accessible name, e.g. "Open the calendar for Desired start". */
  open: string;
  /** Shown while the calendar loads. */
  loading: string;
  goToToday: string;
  prevMonth: string;
  nextMonth: string;
  prevYear: string;
  nextYear: string;
  /** The close button's accessible name. */
  close: string;
}

/** The props of the calendar dialog. */
export interface ICalendarPopupProps {
  /** The dialog's id (the input's `aria-controls`). */
  id: string;
  /** The field's label (names the dialog). */
  label: string;
  labels: ICalendarLabels;
  locale: string;
  /** The day shown selected (today's month when undefined). */
  value: IsoDay | undefined;
  min?: IsoDay;
  max?: IsoDay;
  /** Closes the dialog: with the picked day, or undefined when dismissed (Escape, close button, a click outside). */
  onClose: (picked?: IsoDay) => void;
}

/** Month and day names in the locale, and the rest of the calendar's texts. */
export function calendarStrings(locale: string, labels: ICalendarLabels): ICalendarStrings {
  const names = (count: number, options: Intl.DateTimeFormatOptions, date: (i: number) => Date): string[] => {
    const f = new Intl.DateTimeFormat(locale, options);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(f.format(date(i)));
    return out;
  };
  const month = (style: 'long' | 'short'): string[] => names(12, { month: style }, i => new Date(2021, i, 1));
  // 2021-01-03 was a Sunday: Fluent's days start on Sunday.
  const day = (style: 'long' | 'short'): string[] => names(7, { weekday: style }, i => new Date(2021, 0, 3 + i));
  return {
    // The month picker shows `shortMonths` and names each button with `months`: a visible label must
    // be part of the accessible name (WCAG 2.5.3), and "Jan" is no word of "January", while full names
    // do not fit the picker's buttons. So both are the short names; the days' names and the heading
    // come from calendarFormatter (the full date, in the locale).
    months: month('short'),
    shortMonths: month('short'),
    days: day('long'),
    shortDays: day('short').map(s => s.slice(0, 2)),
    goToToday: labels.goToToday,
    prevMonthAriaLabel: labels.prevMonth,
    nextMonthAriaLabel: labels.nextMonth,
    prevYearAriaLabel: labels.prevYear,
    nextYearAriaLabel: labels.nextYear,
    closeButtonAriaLabel: labels.close
  };
}

/** The calendar's dates in the locale: each day's name is the full date ("Monday, 30 November 2026"), the heading "Nov 2026". */
export function calendarFormatter(locale: string): IDateFormatting {
  const full = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short' });
  return {
    formatDay: d => String(d.getDate()),
    formatYear: d => String(d.getFullYear()),
    formatMonth: d => monthOnly.format(d),
    formatMonthDayYear: d => full.format(d),
    formatMonthYear: d => monthYear.format(d)
  };
}

/** Monday first, except in the United States. */
export function firstDayOfWeek(locale: string): DayOfWeek {
  return locale.toLowerCase() === 'en-us' ? DayOfWeek.Sunday : DayOfWeek.Monday;
}

function CalendarPopupView(props: ICalendarPopupProps): React.ReactElement {
  const { onClose } = props;
  const calendar = React.useRef<ICalendar>(null);
  const root = React.useRef<HTMLDivElement>(null);
  const strings = React.useMemo(() => calendarStrings(props.locale, props.labels), [props.locale, props.labels]);
  const formatter = React.useMemo(() => calendarFormatter(props.locale), [props.locale]);
  React.useEffect(() => {
    calendar.current?.focus();
    const outside = (e: MouseEvent): void => {
      const target = e.target as Node;
      // The field's own input and button toggle the dialog themselves.
      if (root.current && !root.current.contains(target) && !(root.current.parentElement?.contains(target))) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);
  return (
    <div
      ref={root}
      id={props.id}
      role="dialog"
      aria-modal="false"
      aria-label={props.label}
      className={fields.popover}
      onKeyDown={e => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(); } }}
    >
      <Calendar
        componentRef={calendar}
        value={localDateOfDay(props.value)}
        minDate={localDateOfDay(props.min)}
        maxDate={localDateOfDay(props.max)}
        onSelectDate={d => onClose(dayOfLocalDate(d))}
        onDismiss={() => onClose()}
        firstDayOfWeek={firstDayOfWeek(props.locale)}
        strings={strings}
        dateTimeFormatter={formatter}
        showGoToToday={true}
        showCloseButton={true}
        isMonthPickerVisible={true}
        highlightSelectedMonth={true}
      />
    </div>
  );
}

/** A calendar dialog: focus starts on the selected day; a day picked, Escape, the close button or a click outside closes it. */
export const CalendarPopup = themed(CalendarPopupView);
