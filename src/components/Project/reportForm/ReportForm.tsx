import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import * as reportStrings from 'ReportStrings';
import { formatDateOnly, type IsoDay } from '../../../domain/dates';
import { formatString } from '../../../domain/text';
import { OVERALL_DIMENSION } from '../../../domain/rag';
import type { IStatusReportService } from '../../../services/StatusReportService';
import type { IStatusReport } from '../../../services/controllingRows';
import type { IReportData, IReportRules } from '../../../services/reportRules';
import { Button, Link, Notice, Spinner, TextField } from '../../controls';
import { ratedDimensions, type IFormProblem, type IReportFormValues } from './formModel';
import { useReportForm } from './useReportForm';
import { RatingFields } from './RatingFields';
import { EvmFields } from './EvmFields';
import styles from '../Project.module.scss';

/** Props of {@link ReportForm}. */
export interface IReportFormProps {
  service: IStatusReportService;
  /** The draft to edit (from `startDraft` or the project page). */
  draft: IStatusReport;
  /** The PMO's dimensions and KPI rules (the suggestions' figures). */
  rules: IReportRules;
  /** The project's budget lines and milestones: derived EV inputs and the live suggestions come from them. */
  data: IReportData;
  /** The date of the published report the draft was pre-filled from, if any. */
  previousReportDate?: IsoDay;
  locale: string;
  /** Called after the report was published (the page reads itself again). */
  onPublished: (report: IStatusReport) => void;
  /** Closes the form (the draft stays as last saved). */
  onClose: () => void;
}

/** The problems above the form: each a link that moves focus to its field. Focus lands here after a failed save. */
function ProblemSummary(props: { problems: ReadonlyArray<IFormProblem> }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (props.problems.length) ref.current?.focus();
  }, [props.problems]);
  if (!props.problems.length) return null;
  const go = (e: React.MouseEvent, field: string): void => {
    e.preventDefault();
    const el = document.getElementById(field);
    const target = el?.matches('input, textarea, select') ? el : el?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  };
  return (
    <div ref={ref} tabIndex={-1} className={styles.problemSummary} data-testid="report-problems">
      <Notice kind="error">
        <strong>{projectStrings.Project_ProblemsTitle}</strong>
        <ul>
          {props.problems.map(p => <li key={p.field}><Link href={`#${p.field}`} onClick={e => go(e, p.field)}>{p.message}</Link></li>)}
        </ul>
      </Notice>
    </div>
  );
}

/** Achievements, next steps and escalations to the board. */
function TextsFields(props: { values: IReportFormValues; change: (update: (v: IReportFormValues) => IReportFormValues) => void }): React.ReactElement {
  const { values, change } = props;
  const field = (key: 'achievements' | 'nextSteps' | 'escalations', label: string): React.ReactElement => (
    <TextField label={label} value={values[key]} onChange={v => change(x => ({ ...x, [key]: v }))} multiline rows={3} maxLength={5000} data-testid={`report-${key}`} />
  );
  return (
    <fieldset className={styles.group}>
      <legend className={styles.subheading}>{projectStrings.Project_Progress}</legend>
      {field('achievements', reportStrings.Report_Achievements)}
      {field('nextSteps', reportStrings.Report_NextSteps)}
      {field('escalations', projectStrings.Project_Escalations)}
    </fieldset>
  );
}

/**
 * The status report form of a draft: the overall RAG and the RAG per configured dimension with the
 * service's suggestions from the KPI rules (an override needs a justification, named in the problem),
 * a comment per dimension, achievements, next steps and escalations, the EV inputs (typed in the
 * user's locale or derived, the form says which) and the EAC formula; "Save draft" (with the ETag
 * read), "Publish" after a confirmation (a published report can no longer be changed).
 */
export function ReportForm(props: IReportFormProps): React.ReactElement {
  const { service, rules, locale } = props;
  const form = useReportForm(service, props.draft, rules, props.data, locale, props.onPublished);
  const [confirming, setConfirming] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { heading.current?.focus(); }, []);
  const date = formatDateOnly(form.draft.reportDate, locale);
  return (
    <form className={styles.reportForm} aria-labelledby="pr-form-title" onSubmit={e => { e.preventDefault(); void form.save(); }} noValidate data-testid="report-form">
      <h2 id="pr-form-title" ref={heading} tabIndex={-1} className={styles.heading}>{formatString(projectStrings.Project_FormTitle, date)}</h2>
      <p className={styles.meta}>
        {props.previousReportDate ? formatString(projectStrings.Project_PrefilledFrom, formatDateOnly(props.previousReportDate, locale)) : projectStrings.Project_FirstReport}
      </p>
      <ProblemSummary problems={form.problems} />
      <fieldset className={styles.group}>
        <legend className={styles.subheading}>{projectStrings.Project_Ratings}</legend>
        <RatingFields form={form} dimension={OVERALL_DIMENSION} rules={rules} locale={locale} />
        {ratedDimensions(form.draft).map(d => <RatingFields key={d} form={form} dimension={d} rules={rules} locale={locale} />)}
      </fieldset>
      <TextsFields values={form.values} change={form.change} />
      <EvmFields form={form} locale={locale} />
      {form.notice && <Notice kind={form.notice.kind} data-testid="report-notice">{form.notice.text}</Notice>}
      {confirming && (
        <Notice
          kind="warning"
          data-testid="publish-confirm"
          actions={(
            <>
              <Button primary autoFocus disabled={form.busy} onClick={() => { setConfirming(false); void form.publish(); }} data-testid="publish-yes">{projectStrings.Project_Publish}</Button>
              <Button disabled={form.busy} onClick={() => setConfirming(false)}>{projectStrings.Project_KeepDraft}</Button>
            </>
          )}
        >
          {formatString(projectStrings.Project_ConfirmPublish, date)}
        </Notice>
      )}
      <div className={styles.actions}>
        <Button primary submit icon="save" disabled={form.busy} data-testid="report-save">{projectStrings.Project_SaveDraft}</Button>
        <Button icon="check" disabled={form.busy} onClick={() => setConfirming(true)} data-testid="report-publish">{projectStrings.Project_PublishEllipsis}</Button>
        <Button icon="dismiss" disabled={form.busy} onClick={props.onClose}>{projectStrings.Project_CloseForm}</Button>
        {form.busy && <Spinner label={projectStrings.Project_Working} />}
      </div>
    </form>
  );
}
