import * as React from 'react';
import { strings } from './strings';
import { CheckboxGroup, Notice, SelectField, TextField, type IChoiceOption, type ISelectOption } from '../controls';
import { formatString } from '../../domain/text';
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

/**
 * The business units to choose from: the active units the PMO lists, and the request's own unit
 * when it is not among them any more (a draft keeps what it was filed under until changed).
 */
export function businessUnitOptions(units: IIntakeReferenceData['businessUnits'], current: string): ISelectOption[] {
  const options: ISelectOption[] = [{ key: '', text: strings.Request_BusinessUnit_Choose }, ...units.map(u => ({ key: u.title, text: u.title }))];
  if (current && units.every(u => u.title !== current)) options.push({ key: current, text: formatString(strings.Request_BusinessUnit_Unlisted, current) });
  return options;
}

/** The request itself: title, business unit, problem statement, goals, strategic objectives, expected benefits, sponsor. */
export function BasicsSection(props: IBasicsSectionProps): React.ReactElement {
  const { form } = props;
  const input = form.state.input;
  const objectiveOptions: IChoiceOption[] = props.reference.objectives.map(o => ({ key: String(o.id), text: o.code ? `${o.code} – ${o.title}` : o.title }));
  const text = (field: TextKey, options: { required?: boolean; rows?: number; maxLength?: number } = {}): React.ReactElement => (
    <TextField
      id={fieldId(field)}
      label={fieldLabel(field)}
      required={options.required}
      multiline={options.rows !== undefined}
      rows={options.rows}
      maxLength={options.maxLength}
      value={input[field]}
      onChange={v => form.update({ [field]: v } as Partial<IRequestInput>)}
      errorMessage={form.fieldErrors[field]}
      className={styles.field}
    />
  );

  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Basics}</legend>
      {text('title', { required: true, maxLength: 255 })}
      {props.reference.businessUnits.length
        ? (
          <SelectField
            id={fieldId('businessUnit')}
            label={fieldLabel('businessUnit')}
            required={true}
            options={businessUnitOptions(props.reference.businessUnits, input.businessUnit)}
            selectedKey={input.businessUnit}
            onChange={key => form.update({ businessUnit: key })}
            errorMessage={form.fieldErrors.businessUnit}
            className={styles.field}
          />
        )
        // A site whose PMO has listed no units yet: the unit is typed.
        : text('businessUnit', { required: true })}
      {text('problemStatement', { required: true, rows: 4 })}
      {text('goals', { required: true, rows: 3 })}
      {objectiveOptions.length
        ? (
          <CheckboxGroup
            id={fieldId('objectives')}
            label={fieldLabel('objectives')}
            required={true}
            options={objectiveOptions}
            selectedKeys={input.objectiveIds.map(String)}
            onChange={keys => form.update({ objectiveIds: keys.map(Number) })}
            errorMessage={form.fieldErrors.objectives}
            className={styles.field}
          />
        )
        : <div id={fieldId('objectives')}><Notice kind="info">{strings.Request_Objectives_None}</Notice></div>}
      {text('expectedBenefits', { rows: 3 })}
      <SponsorPicker
        id={fieldId('sponsor')}
        label={fieldLabel('sponsor')}
        required={true}
        service={props.service}
        value={input.sponsor}
        errorMessage={form.fieldErrors.sponsor}
        onChange={sponsor => form.update({ sponsor })}
        className={styles.field}
      />
      <SponsorPicker
        id={fieldId('proposedManager')}
        label={fieldLabel('proposedManager')}
        description={strings.Request_ProposedManager_Hint}
        service={props.service}
        value={input.proposedManager}
        errorMessage={form.fieldErrors.proposedManager}
        onChange={proposedManager => form.update({ proposedManager })}
        className={styles.field}
        data-testid="proposed-manager-picker"
      />
    </fieldset>
  );
}
