import * as React from 'react';
import { strings } from './strings';
import styles from './ProjectRequest.module.scss';
import { DateField, SelectField, type ICalendarLabels } from '../controls';
import { URGENCIES, type Urgency } from '../../domain/intake';
import { formatDateOnly } from '../../domain/dates';
import type { IRequestSectionProps } from './BasicsSection';
import { fieldId, fieldLabel } from './formFields';
import { urgencyLabel } from './format';
import { formatString } from '../../domain/text';

/** Props of the schedule section. */
export interface IScheduleSectionProps extends IRequestSectionProps {
  /** UI locale: how dates are written and typed, and the first day of the week. */
  locale: string;
}

/** The calendar's texts for a date field labelled `label`. */
function calendarLabels(label: string): ICalendarLabels {
  return {
    open: formatString(strings.Request_Date_OpenCalendar, label),
    loading: strings.LoadingLabel,
    goToToday: strings.Request_Date_GoToToday,
    prevMonth: strings.Request_Date_PrevMonth,
    nextMonth: strings.Request_Date_NextMonth,
    prevYear: strings.Request_Date_PrevYear,
    nextYear: strings.Request_Date_NextYear,
    close: strings.Request_Date_Close
  };
}

/** The desired start and end (date-only values, 'YYYY-MM-DD') and the urgency. */
export function ScheduleSection(props: IScheduleSectionProps): React.ReactElement {
  const { form, locale } = props;
  const input = form.state.input;
  const example = formatDateOnly('2027-03-01', locale, 'numeric');

  const dateField = (field: 'desiredStart' | 'desiredEnd'): React.ReactElement => (
    <DateField
      id={fieldId(field)}
      label={fieldLabel(field)}
      required={true}
      locale={locale}
      value={input[field]}
      onChange={day => form.update({ [field]: day })}
      invalidMessage={formatString(strings.Request_Date_Invalid, fieldLabel(field), example)}
      onProblem={message => form.setUnreadable(field, field, message)}
      calendar={calendarLabels(fieldLabel(field))}
      placeholder={strings.Request_DatePlaceholder}
      errorMessage={form.fieldErrors[field]}
      className={styles.field}
      data-testid={`date-${field}`}
    />
  );

  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Schedule}</legend>
      <div className={styles.row}>
        {dateField('desiredStart')}
        {dateField('desiredEnd')}
        <SelectField
          id={fieldId('urgency')}
          label={fieldLabel('urgency')}
          options={URGENCIES.map(u => ({ key: u, text: urgencyLabel(u) }))}
          selectedKey={input.urgency}
          onChange={key => form.update({ urgency: key as Urgency })}
          className={styles.field}
        />
      </div>
    </fieldset>
  );
}
