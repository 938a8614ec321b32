import * as React from 'react';
import * as strings from 'PmoHubStrings';
import styles from './controls.module.scss';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';
import { describedBy, type IFieldProps } from './TextField';
import { Glyph } from './Glyph';
import { Spinner } from './Spinner';
import { parseDayText } from './dateText';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { ICalendarLabels, ICalendarPopupProps } from './CalendarPopup';

export type { ICalendarLabels } from './CalendarPopup';

/** The props of a DateField. */
export interface IDateFieldProps extends IFieldProps {
  /** The day ('YYYY-MM-DD'); empty when undefined. */
  value: IsoDay | undefined;
  /** Called with the day the user typed or picked, or undefined when the field was emptied. */
  onChange: (day: IsoDay | undefined) => void;
  /** The field's description (default: the expected format, e.g. "For example, 31/12/2026", in the user's locale). */
  description?: string;
  /** The user's locale: how the day is shown ('numeric') and typed, and the calendar's names. */
  locale: string;
  /** Shown when the typed text is not a date (e.g. "Enter a date such as 03/01/2027."); the text goes back to the last valid day. */
  invalidMessage: string;
  /** The earliest and latest day accepted ('YYYY-MM-DD'); a day outside is refused with `outOfBoundsMessage`. */
  min?: IsoDay;
  max?: IsoDay;
  outOfBoundsMessage?: string;
  /** The calendar's labels; with them a calendar button opens Fluent's Calendar (loaded on first use). */
  calendar?: ICalendarLabels;
  /**
   * Called when the typed text's problem changes: its message (`invalidMessage` or
   * `outOfBoundsMessage`), or undefined once the text is a day again. A form lists it in its
   * summary in place of its own message for the field, so that the field has one message.
   */
  onProblem?: (message: string | undefined) => void;
}

let calendarPopup: React.LazyExoticComponent<React.ComponentType<ICalendarPopupProps>> | undefined;

/**
 * Fluent's Calendar, in its own chunk: it loads the first time a user opens a calendar. Made on
 * first use, not at import, so that a web part that shows no date field carries no trace of it.
 */
function LazyCalendarPopup(props: ICalendarPopupProps): React.ReactElement {
  if (!calendarPopup) calendarPopup = React.lazy(() => import(/* webpackChunkName: 'calendar' */ './CalendarPopup').then(m => ({ default: m.CalendarPopup })));
  const Popup = calendarPopup;
  return <Popup {...props} />;
}

/** What the typed text means: a day, nothing, text that is not a date, or a day outside min–max. */
function readTyped(text: string, props: IDateFieldProps): { day?: IsoDay; problem?: 'invalid' | 'outOfBounds' } {
  if (!text.trim()) return {};
  const day = parseDayText(text, props.locale);
  if (!day) return { problem: 'invalid' };
  // 'YYYY-MM-DD' strings compare in calendar order.
  if ((props.min && day < props.min) || (props.max && day > props.max)) return { day, problem: 'outOfBounds' };
  return { day };
}

/**
 * A date typed as text in the user's locale (the way users fill forms fastest and screen readers
 * handle best), read when the field loses focus or on Enter. Text that is not a date is refused
 * with `invalidMessage` (announced) and stays in the field to be corrected; the form keeps the last
 * valid day meanwhile. With `calendar` the input is a combobox (WAI-ARIA date picker combobox):
 * the button beside it (in the tab order), Alt+Down or Down opens a calendar dialog; Escape closes
 * it and focus returns to the input. The expected format is the field's description (e.g. "For
 * example, 31/12/2026"), tied to the input by aria-describedby, before any error.
 */
export function DateField(props: IDateFieldProps): React.ReactElement {
  const { value, locale } = props;
  const id = useFieldId('date', props.id);
  const shown = (day: IsoDay | undefined): string => formatDateOnly(day, locale, 'numeric');
  const [text, setText] = React.useState(() => shown(value));
  const [problem, setProblem] = React.useState<'invalid' | 'outOfBounds' | undefined>();
  // The text last refused: it stays in the field, and its refusal stands until the text changes.
  const [refused, setRefused] = React.useState<string | undefined>(undefined);
  const [open, setOpen] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => { setText(shown(value)); }, [value, locale]); // eslint-disable-line react-hooks/exhaustive-deps -- `shown` follows value and locale

  const report = (p: 'invalid' | 'outOfBounds' | undefined): void => {
    setProblem(p);
    if (p !== problem) props.onProblem?.(p === 'invalid' ? props.invalidMessage : p === 'outOfBounds' ? props.outOfBoundsMessage ?? props.invalidMessage : undefined);
  };
  const commit = (): void => {
    // Nothing typed since the text was refused: the refusal stands.
    if (problem === 'invalid' && text === refused) return;
    if (value && text === shown(value)) { report(undefined); return; }
    const typed = readTyped(text, props);
    report(typed.problem);
    setRefused(typed.problem === 'invalid' ? text : undefined);
    if (typed.problem) return;
    setText(shown(typed.day));
    if (typed.day !== value) props.onChange(typed.day);
  };
  const close = (picked?: IsoDay): void => {
    setOpen(false);
    if (picked !== undefined) { report(undefined); setText(shown(picked)); if (picked !== value) props.onChange(picked); }
    if (input.current) input.current.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') { e.preventDefault(); commit(); }
    if (e.key === 'ArrowDown' && props.calendar && !open) { e.preventDefault(); commit(); setOpen(true); }
    if (e.key === 'Escape' && open) { e.preventDefault(); setOpen(false); }
  };

  const typedMessage = problem === 'invalid' ? props.invalidMessage : problem === 'outOfBounds' ? props.outOfBoundsMessage ?? props.invalidMessage : undefined;
  // One message per field: what is wrong with the typed text comes first (a required day with text
  // that is not a date is wrong because of the text); else the form's message.
  const message = typedMessage ?? props.errorMessage;
  // The expected format, before any error: a date of this year in the user's numeric format (or the form's own description).
  const hint = props.description ?? formatString(strings.DateField_Hint, shown(`${new Date().getFullYear()}-12-31`));
  // While there is a message it alone describes the input (each message shows the expected format too).
  const d = describedBy(id, message ? undefined : hint, message);
  const popupId = `${id}-calendar`;
  const popupProps: ICalendarPopupProps | undefined = props.calendar && { id: popupId, label: props.label, labels: props.calendar, locale, value, min: props.min, max: props.max, onClose: close };
  return (
    <div className={props.className ? `${styles.field} ${fields.dateField} ${props.className}` : `${styles.field} ${fields.dateField}`} data-testid={props['data-testid']}>
      <label className={props.required ? `${styles.label} ${styles.required}` : styles.label} htmlFor={id}>{props.label}</label>
      <div className={fields.dateInput}>
        <input
          ref={input}
          id={id}
          type="text"
          className={styles.input}
          role={props.calendar ? 'combobox' : undefined}
          aria-haspopup={props.calendar ? 'dialog' : undefined}
          aria-expanded={props.calendar ? open : undefined}
          aria-controls={open ? popupId : undefined}
          aria-required={props.required ? true : undefined}
          aria-invalid={!!message}
          aria-describedby={d.describedBy}
          autoComplete="off"
          value={text}
          placeholder={props.placeholder}
          disabled={props.disabled}
          onChange={e => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {props.calendar && (
          <button
            type="button"
            className={`${styles.button} ${styles.iconOnly} ${fields.calendarButton}`}
            aria-label={props.calendar.open}
            title={props.calendar.open}
            aria-expanded={open}
            aria-haspopup="dialog"
            disabled={props.disabled}
            onClick={() => setOpen(o => !o)}
          >
            <Glyph name="calendar" />
          </button>
        )}
        {open && popupProps && (
          <React.Suspense fallback={<div className={fields.popover}><Spinner label={props.calendar?.loading ?? ''} inline={true} /></div>}>
            <LazyCalendarPopup {...popupProps} />
          </React.Suspense>
        )}
      </div>
      <p id={d.descId} className={fields.fieldHint}>{hint}</p>
      {message && <p id={d.errId} className={styles.fieldError} role={typedMessage ? 'alert' : undefined}>{message}</p>}
    </div>
  );
}
