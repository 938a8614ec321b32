import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DatePicker } from '@fluentui/react/lib/DatePicker';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { PrimaryButton, DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Link } from '@fluentui/react/lib/Link';
import styles from './ProjectRequest.module.scss';
import type { IRequestFormProps } from './IProjectRequestProps';
import { useRequestForm } from './useRequestForm';
import { CostPlanTable } from './CostPlanTable';
import { DemandGrid } from './DemandGrid';
import { SponsorPicker } from './SponsorPicker';
import { datePickerStrings, firstDayOfWeek, formatDay, fromIsoDay, parseTypedDate, toIsoDay, urgencyLabel } from './format';
import { COMPLIANCE_QUESTIONS, demandMonths, FIELD_LABEL_KEYS, URGENCIES, yearsBetween, type RequestField } from '../../domain/intake';
import { formatString } from '../../domain/text';

/** The DOM id of a field's focus target. */
export function fieldId(field: RequestField): string {
  return `pmo-request-${field}`;
}

/** Moves focus to a field (its input, or the first focusable element inside its wrapper). */
function focusField(field: RequestField): void {
  const el = document.getElementById(fieldId(field));
  if (!el) return;
  const focusable = /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName) || el.getAttribute('tabindex') === '0' || el.getAttribute('role') === 'combobox'
    ? el
    : el.querySelector<HTMLElement>('input, textarea, button, [tabindex="0"]');
  if (focusable) focusable.focus();
}

const label = (field: RequestField): string => strings[FIELD_LABEL_KEYS[field]];

/** The project request form: the request, costs, schedule, resources, compliance, attachments; save as draft and submit. */
export function RequestForm(props: IRequestFormProps): React.ReactElement {
  const { service, reference, locale, today } = props;
  const form = useRequestForm(service, reference, locale, props.draft, props.onSubmitted);
  const { state, fieldErrors, summary } = form;
  const input = state.input;
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const fileRef = React.useRef<HTMLInputElement>(null);
  const dpStrings = React.useMemo(() => datePickerStrings(locale), [locale]);
  const busy = !!state.busy;

  // A failed attempt moves focus to the summary, so that screen readers read the problems.
  React.useEffect(() => {
    if (state.failedAttempts && summaryRef.current) summaryRef.current.focus();
  }, [state.failedAttempts]);

  const objectiveOptions: IDropdownOption[] = reference.objectives.map(o => ({ key: o.id, text: o.code ? `${o.code} – ${o.title}` : o.title }));
  const urgencyOptions: IDropdownOption[] = URGENCIES.map(u => ({ key: u, text: urgencyLabel(u) }));
  const months = demandMonths(input.desiredStart, input.desiredEnd, today);
  const yesNo = [{ key: 'yes', text: strings.Request_Yes }, { key: 'no', text: strings.Request_No }];

  const datePicker = (field: 'desiredStart' | 'desiredEnd'): React.ReactElement => (
    <DatePicker
      label={label(field)}
      isRequired={false}
      value={fromIsoDay(input[field])}
      onSelectDate={d => form.update({ [field]: d ? toIsoDay(d) : undefined })}
      allowTextInput={true}
      parseDateFromString={text => parseTypedDate(text, locale)}
      formatDate={d => (d ? formatDay(toIsoDay(d), locale) : '')}
      firstDayOfWeek={firstDayOfWeek(locale)}
      strings={dpStrings}
      placeholder={strings.Request_DatePlaceholder}
      textField={{ id: fieldId(field), errorMessage: fieldErrors[field], required: true, 'aria-required': true }}
      className={styles.field}
      data-testid={`date-${field}`}
    />
  );

  return (
    <form className={styles.form} noValidate onSubmit={e => { e.preventDefault(); form.submit(); }} aria-busy={busy}>
      {summary.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} className={styles.summary} data-testid="validation-summary">
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            <strong>{strings.Request_ValidationSummary}</strong>
            <ul className={styles.summaryList}>
              {summary.map((s, i) => (
                <li key={`${s.field}-${i}`}>
                  <Link href={`#${fieldId(s.field)}`} onClick={e => { e.preventDefault(); focusField(s.field); }}>{s.message}</Link>
                </li>
              ))}
            </ul>
          </MessageBar>
        </div>
      )}
      {state.notice && (
        <MessageBar
          messageBarType={state.notice.kind === 'success' ? MessageBarType.success : state.notice.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
          isMultiline={true}
          data-testid="form-notice"
        >
          {state.notice.text}
        </MessageBar>
      )}

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Basics}</legend>
        <TextField id={fieldId('title')} label={label('title')} required={true} value={input.title} maxLength={255} onChange={(_, v) => form.update({ title: v ?? '' })} errorMessage={fieldErrors.title} />
        <TextField id={fieldId('businessUnit')} label={label('businessUnit')} required={true} value={input.businessUnit} onChange={(_, v) => form.update({ businessUnit: v ?? '' })} errorMessage={fieldErrors.businessUnit} />
        <TextField id={fieldId('problemStatement')} label={label('problemStatement')} required={true} multiline={true} rows={4} value={input.problemStatement} onChange={(_, v) => form.update({ problemStatement: v ?? '' })} errorMessage={fieldErrors.problemStatement} />
        <TextField id={fieldId('goals')} label={label('goals')} required={true} multiline={true} rows={3} value={input.goals} onChange={(_, v) => form.update({ goals: v ?? '' })} errorMessage={fieldErrors.goals} />
        {objectiveOptions.length
          ? (
            <Dropdown
              id={fieldId('objectives')}
              label={label('objectives')}
              required={true}
              multiSelect={true}
              placeholder={strings.Request_Objectives_Placeholder}
              options={objectiveOptions}
              selectedKeys={input.objectiveIds}
              onChange={(_, option) => {
                if (!option) return;
                const id = Number(option.key);
                form.update({ objectiveIds: option.selected ? [...input.objectiveIds.filter(x => x !== id), id] : input.objectiveIds.filter(x => x !== id) });
              }}
              errorMessage={fieldErrors.objectives}
            />
          )
          : <MessageBar id={fieldId('objectives')}>{strings.Request_Objectives_None}</MessageBar>}
        <TextField id={fieldId('expectedBenefits')} label={label('expectedBenefits')} multiline={true} rows={3} value={input.expectedBenefits} onChange={(_, v) => form.update({ expectedBenefits: v ?? '' })} errorMessage={fieldErrors.expectedBenefits} />
        <SponsorPicker id={fieldId('sponsor')} label={label('sponsor')} required={true} service={service} value={input.sponsor} errorMessage={fieldErrors.sponsor} onChange={sponsor => form.update({ sponsor })} />
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Schedule}</legend>
        <div className={styles.row}>
          {datePicker('desiredStart')}
          {datePicker('desiredEnd')}
          <Dropdown
            id={fieldId('urgency')}
            label={label('urgency')}
            options={urgencyOptions}
            selectedKey={input.urgency}
            onChange={(_, o) => { if (o) form.update({ urgency: o.key as typeof input.urgency }); }}
            className={styles.field}
          />
        </div>
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Costs}</legend>
        <CostPlanTable
          id={fieldId('costPlan')}
          plan={input.costPlan}
          suggestedYears={yearsBetween(input.desiredStart, input.desiredEnd)}
          currentYear={Number(today.slice(0, 4))}
          locale={locale}
          errorMessage={fieldErrors.costPlan}
          onChange={costPlan => form.update({ costPlan })}
        />
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Resources}</legend>
        <DemandGrid
          id={fieldId('resourceDemand')}
          roles={reference.roles}
          months={months}
          cells={input.resourceDemand}
          locale={locale}
          errorMessage={fieldErrors.resourceDemand}
          onChange={resourceDemand => form.update({ resourceDemand })}
        />
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Compliance}</legend>
        <p className={styles.hint}>{strings.Request_Compliance_Intro}</p>
        {COMPLIANCE_QUESTIONS.map(q => {
          const v = input.compliance[q];
          return (
            <div key={q} id={fieldId(q)} className={styles.question}>
              <ChoiceGroup
                label={label(q)}
                required={true}
                options={yesNo.map(o => ({ ...o, id: `${fieldId(q)}-${o.key}` }))}
                selectedKey={v === undefined ? null : v ? 'yes' : 'no'} // eslint-disable-line @rushstack/no-new-null -- Fluent's ChoiceGroup clears the selection with null
                onChange={(_, o) => form.update({ compliance: { ...input.compliance, [q]: o?.key === 'yes' } })}
                styles={{ flexContainer: { display: 'flex', gap: 16 } }}
                aria-describedby={fieldErrors[q] ? `${fieldId(q)}-error` : undefined}
              />
              {fieldErrors[q] && <p id={`${fieldId(q)}-error`} className={styles.error} role="alert">{fieldErrors[q]}</p>}
            </div>
          );
        })}
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Attachments}</legend>
        <label htmlFor="pmo-request-files" className={styles.fileLabel}>{strings.Request_Attachments_Add}</label>
        <input
          id="pmo-request-files"
          ref={fileRef}
          type="file"
          multiple={true}
          className={styles.fileInput}
          data-testid="attachments-input"
          onChange={e => {
            const files = e.target.files ? Array.prototype.slice.call(e.target.files) as File[] : [];
            form.addFiles(files);
            if (fileRef.current) fileRef.current.value = '';
          }}
        />
        {state.attachments.length + state.newFiles.length === 0
          ? <p className={styles.hint}>{strings.Request_Attachments_None}</p>
          : (
            <ul className={styles.files} aria-label={strings.Request_Section_Attachments}>
              {state.attachments.map(name => (
                <li key={`a-${name}`}>
                  <span>{name}</span>
                  <IconButton iconProps={{ iconName: 'Cancel' }} title={formatString(strings.Request_Attachments_Remove, name)} ariaLabel={formatString(strings.Request_Attachments_Remove, name)} onClick={() => form.removeAttachment(name)} />
                </li>
              ))}
              {state.newFiles.map((f, i) => (
                <li key={`n-${f.name}`}>
                  <span>{formatString(strings.Request_Attachments_New, f.name)}</span>
                  <IconButton iconProps={{ iconName: 'Cancel' }} title={formatString(strings.Request_Attachments_Remove, f.name)} ariaLabel={formatString(strings.Request_Attachments_Remove, f.name)} onClick={() => form.removeNewFile(i)} />
                </li>
              ))}
            </ul>
          )}
      </fieldset>

      {state.busy && (
        <ProgressIndicator
          className={styles.progress}
          label={state.busy === 'submitting' ? strings.Request_Submitting : strings.Request_Saving}
          description={state.progress?.step === 'uploading' && state.progress.file ? formatString(strings.Request_Uploading, state.progress.file, state.progress.done + 1, state.progress.total) : undefined}
          percentComplete={state.progress?.step === 'uploading' && state.progress.total ? state.progress.done / state.progress.total : undefined}
          data-testid="form-progress"
        />
      )}
      <div className={styles.actions}>
        <DefaultButton text={strings.Request_SaveDraft} onClick={form.saveDraft} disabled={busy} data-testid="save-draft" />
        <PrimaryButton text={strings.Request_Submit} type="submit" disabled={busy} data-testid="submit-request" />
      </div>
    </form>
  );
}
