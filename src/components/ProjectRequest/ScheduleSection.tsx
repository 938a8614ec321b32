import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { DatePicker } from '@fluentui/react/lib/DatePicker';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import styles from './ProjectRequest.module.scss';
import { URGENCIES, type Urgency } from '../../domain/intake';
import { dayOfLocalDate, formatDateOnly, localDateOfDay } from '../../domain/dates';
import type { IRequestSectionProps } from './BasicsSection';
import { fieldId, fieldLabel } from './formFields';
import { datePickerStrings, firstDayOfWeek, parseTypedDate, urgencyLabel } from './format';

/** Props of the schedule section. */
export interface IScheduleSectionProps extends IRequestSectionProps {
  /** UI locale: how dates are written and typed, and the first day of the week. */
  locale: string;
}

/** The desired start and end (date-only values, 'YYYY-MM-DD') and the urgency. */
export function ScheduleSection(props: IScheduleSectionProps): React.ReactElement {
  const { form, locale } = props;
  const input = form.state.input;
  const dpStrings = React.useMemo(() => datePickerStrings(locale), [locale]);
  const urgencyOptions: IDropdownOption[] = URGENCIES.map(u => ({ key: u, text: urgencyLabel(u) }));

  // Fluent's DatePicker works with local Dates; the form keeps the day, so no time zone can move it.
  const datePicker = (field: 'desiredStart' | 'desiredEnd'): React.ReactElement => (
    <DatePicker
      label={fieldLabel(field)}
      isRequired={false}
      value={localDateOfDay(input[field])}
      onSelectDate={d => form.update({ [field]: d ? dayOfLocalDate(d) : undefined })}
      allowTextInput={true}
      parseDateFromString={text => parseTypedDate(text, locale)}
      formatDate={d => (d ? formatDateOnly(dayOfLocalDate(d), locale, 'numeric') : '')}
      firstDayOfWeek={firstDayOfWeek(locale)}
      strings={dpStrings}
      placeholder={strings.Request_DatePlaceholder}
      textField={{ id: fieldId(field), errorMessage: form.fieldErrors[field], required: true, 'aria-required': true }}
      className={styles.field}
      data-testid={`date-${field}`}
    />
  );

  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Schedule}</legend>
      <div className={styles.row}>
        {datePicker('desiredStart')}
        {datePicker('desiredEnd')}
        <Dropdown
          id={fieldId('urgency')}
          label={fieldLabel('urgency')}
          options={urgencyOptions}
          selectedKey={input.urgency}
          onChange={(_, o) => { if (o) form.update({ urgency: o.key as Urgency }); }}
          className={styles.field}
        />
      </div>
    </fieldset>
  );
}
