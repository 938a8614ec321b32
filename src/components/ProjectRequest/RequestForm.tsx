import * as React from 'react';
import { strings } from './strings';
import { Button, ProgressBar } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { IRequestFormProps } from './IProjectRequestProps';
import { useRequestForm, type IRequestFormState } from './useRequestForm';
import { CostPlanTable } from './CostPlanTable';
import { DemandGrid } from './DemandGrid';
import { FormNotice, ValidationSummary } from './FormMessages';
import { BasicsSection } from './BasicsSection';
import { ScheduleSection } from './ScheduleSection';
import { ComplianceSection } from './ComplianceSection';
import { AttachmentsSection } from './AttachmentsSection';
import { fieldId } from './formFields';
import { demandMonths, yearsBetween } from '../../domain/intake';
import { formatString } from '../../domain/text';

/** The progress of a save or submit: saving, or uploading file n of m. */
function SaveProgress(props: { state: IRequestFormState }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const { busy, progress } = props.state;
  if (!busy) return null;
  const uploading = progress?.step === 'uploading' ? progress : undefined;
  return (
    <ProgressBar
      className={styles.progress}
      label={busy === 'submitting' ? strings.Request_Submitting : strings.Request_Saving}
      description={uploading && uploading.file ? formatString(strings.Request_Uploading, uploading.file, uploading.done + 1, uploading.total) : undefined}
      percentComplete={uploading && uploading.total ? uploading.done / uploading.total : undefined}
      data-testid="form-progress"
    />
  );
}

/** The project request form: the request, costs, schedule, resources, compliance, attachments; save as draft and submit. */
export function RequestForm(props: IRequestFormProps): React.ReactElement {
  const { service, reference, locale, today } = props;
  const form = useRequestForm(service, reference, locale, props.draft, props.onSubmitted);
  const { state, fieldErrors } = form;
  const input = state.input;
  const busy = !!state.busy;

  return (
    <form className={styles.form} noValidate onSubmit={e => { e.preventDefault(); form.submit(); }} aria-busy={busy}>
      <ValidationSummary summary={form.summary} failedAttempts={state.failedAttempts} />
      <FormNotice notice={state.notice} onReload={form.reload} />
      <BasicsSection form={form} disabled={busy} reference={reference} service={service} />
      <ScheduleSection form={form} disabled={busy} locale={locale} />

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
          onProblem={(key, message) => form.setUnreadable(key, 'costPlan', message)}
        />
      </fieldset>

      <fieldset className={styles.section} disabled={busy}>
        <legend className={styles.legend}>{strings.Request_Section_Resources}</legend>
        <DemandGrid
          id={fieldId('resourceDemand')}
          roles={reference.roles}
          months={demandMonths(input.desiredStart, input.desiredEnd, today)}
          cells={input.resourceDemand}
          locale={locale}
          errorMessage={fieldErrors.resourceDemand}
          onChange={resourceDemand => form.update({ resourceDemand })}
          onProblem={(key, message) => form.setUnreadable(key, 'resourceDemand', message)}
        />
      </fieldset>

      <ComplianceSection form={form} disabled={busy} />
      <AttachmentsSection form={form} disabled={busy} service={service} />

      <SaveProgress state={state} />
      <div className={styles.actions}>
        <Button onClick={form.saveDraft} disabled={busy} data-testid="save-draft">{strings.Request_SaveDraft}</Button>
        <Button primary={true} submit={true} disabled={busy} data-testid="submit-request">{strings.Request_Submit}</Button>
      </div>
    </form>
  );
}
