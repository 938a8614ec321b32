import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import styles from './ProjectRequest.module.scss';
import type { IIntakeReferenceData, IRequestService } from '../../services/RequestService';
import type { IRequestInput } from '../../domain/intake';
import type { IRequestFormApi } from './useRequestForm';
import { SponsorPicker } from './SponsorPicker';
import { fieldId, fieldLabel } from './formFields';

/** Props of a section of the request form. */
export interface IRequestSectionProps {
  /** The form's state and actions. */
  form: IRequestFormApi;
  /** Disables the section's inputs (while saving). */
  disabled: boolean;
}

/** Props of the basics section. */
export interface IBasicsSectionProps extends IRequestSectionProps {
  /** The strategic objectives to choose from. */
  reference: IIntakeReferenceData;
  /** People search for the sponsor. */
  service: IRequestService;
}

type TextKey = 'title' | 'businessUnit' | 'problemStatement' | 'goals' | 'expectedBenefits';

/** The request itself: title, business unit, problem statement, goals, strategic objectives, expected benefits, sponsor. */
export function BasicsSection(props: IBasicsSectionProps): React.ReactElement {
  const { form } = props;
  const input = form.state.input;
  const objectiveOptions: IDropdownOption[] = props.reference.objectives.map(o => ({ key: o.id, text: o.code ? `${o.code} – ${o.title}` : o.title }));
  const text = (field: TextKey, options: { required?: boolean; rows?: number; maxLength?: number } = {}): React.ReactElement => (
    <TextField
      id={fieldId(field)}
      label={fieldLabel(field)}
      required={options.required}
      multiline={options.rows !== undefined}
      rows={options.rows}
      maxLength={options.maxLength}
      value={input[field]}
      onChange={(_, v) => form.update({ [field]: v ?? '' } as Partial<IRequestInput>)}
      errorMessage={form.fieldErrors[field]}
    />
  );
  const toggleObjective = (id: number, selected: boolean | undefined): void =>
    form.update({ objectiveIds: selected ? [...input.objectiveIds.filter(x => x !== id), id] : input.objectiveIds.filter(x => x !== id) });

  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Basics}</legend>
      {text('title', { required: true, maxLength: 255 })}
      {text('businessUnit', { required: true })}
      {text('problemStatement', { required: true, rows: 4 })}
      {text('goals', { required: true, rows: 3 })}
      {objectiveOptions.length
        ? (
          <Dropdown
            id={fieldId('objectives')}
            label={fieldLabel('objectives')}
            required={true}
            multiSelect={true}
            placeholder={strings.Request_Objectives_Placeholder}
            options={objectiveOptions}
            selectedKeys={input.objectiveIds}
            onChange={(_, option) => { if (option) toggleObjective(Number(option.key), option.selected); }}
            errorMessage={form.fieldErrors.objectives}
          />
        )
        : <MessageBar id={fieldId('objectives')}>{strings.Request_Objectives_None}</MessageBar>}
      {text('expectedBenefits', { rows: 3 })}
      <SponsorPicker
        id={fieldId('sponsor')}
        label={fieldLabel('sponsor')}
        required={true}
        service={props.service}
        value={input.sponsor}
        errorMessage={form.fieldErrors.sponsor}
        onChange={sponsor => form.update({ sponsor })}
      />
    </fieldset>
  );
}
