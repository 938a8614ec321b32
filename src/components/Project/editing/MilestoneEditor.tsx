/**
 * The milestone editor of the Project page, for the project's manager and the PMO (in the lazily
 * loaded 'project-editors' chunk; readers never load it): a new milestone, or an existing one's
 * name, forecast and actual date and status; deleting it; re-baselining with a required reason
 * and the baseline history. Every save sends the ETag the milestone was read with: when someone
 * saved first, the editor says so and the page reads the milestone again.
 */
import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly, type IsoDay } from '../../../domain/dates';
import { formatString } from '../../../domain/text';
import type { IMilestone } from '../../../services/controllingRows';
import type { IMilestoneService } from '../../../services/MilestoneService';
import { Button, DateField, Notice, SelectField, Spinner, TextField } from '../../controls';
import { milestoneStatusLabel } from '../../Portfolio/labels';
import { BaselineHistory } from './BaselineHistory';
import { useMilestoneEditor } from './useMilestoneEditor';
import { milestoneFieldLabel, type MilestoneField } from './milestoneForm';
import styles from './editing.module.scss';

/** Props of {@link MilestoneEditor}. */
export interface IMilestoneEditorProps {
  /** The milestone edited, as the page read it; undefined: a new milestone. */
  milestone?: IMilestone;
  projectId: number;
  service: IMilestoneService;
  locale: string;
  /** Today's date (the date fields' example). */
  today: IsoDay;
  /** After a save, delete or re-baselining: the page reads itself again; `message` says what was done. */
  onDone: (message: string) => void;
  /** The page reads itself again (after a conflict: the milestone comes back with its new ETag). */
  onReload: () => Promise<void>;
  onClose: () => void;
}

const STATUSES: ReadonlyArray<string> = ['Planned', 'Achieved', 'Late', 'Cancelled'];

/** A date field of the editor, with its message naming the field. */
function DayField(props: { field: MilestoneField; value?: IsoDay; onChange: (d?: IsoDay) => void; problems: Partial<Record<MilestoneField, string>>; onProblem: (f: MilestoneField, m?: string) => void; locale: string; today: IsoDay; required?: boolean }): React.ReactElement {
  const label = milestoneFieldLabel(props.field);
  return (
    <DateField
      id={`ms-${props.field}`}
      label={label}
      value={props.value}
      onChange={props.onChange}
      onProblem={m => props.onProblem(props.field, m)}
      locale={props.locale}
      invalidMessage={formatString(projectStrings.Project_Ms_Problem_date, label, formatDateOnly(props.today, props.locale, 'numeric'))}
      errorMessage={props.problems[props.field]}
      required={props.required}
      data-testid={`ms-${props.field}`}
    />
  );
}

/** The milestone editor (see the module's description). */
export function MilestoneEditor(props: IMilestoneEditorProps): React.ReactElement {
  const { milestone, locale, today } = props;
  const e = useMilestoneEditor(props);
  const day = { problems: e.problems, onProblem: e.setProblem, locale, today };
  const heading = milestone ? formatString(projectStrings.Project_Ms_EditHeading, milestone.title) : projectStrings.Project_Ms_NewHeading;
  return (
    <section className={styles.editor} aria-labelledby="ms-editor-heading" data-testid="milestone-editor">
      <h3 id="ms-editor-heading" className={styles.heading}>{heading}</h3>
      {e.notice && <Notice kind={e.notice.kind} data-testid="ms-notice">{e.notice.text}</Notice>}
      {e.problemList.length > 0 && (
        <Notice kind="error" data-testid="ms-problems">
          <ul className={styles.problems}>{e.problemList.map(([f, m]) => <li key={f}><a href={`#ms-${f}`}>{m}</a></li>)}</ul>
        </Notice>
      )}
      <div className={styles.fields}>
        <TextField id="ms-title" label={milestoneFieldLabel('title')} value={e.values.title} onChange={v => e.change({ title: v })} errorMessage={e.problems.title} required maxLength={255} data-testid="ms-title" />
        {!milestone && <DayField field="baselineDate" value={e.values.baselineDate} onChange={d => e.change({ baselineDate: d })} {...day} />}
        <DayField field="forecastDate" value={e.values.forecastDate} onChange={d => e.change({ forecastDate: d })} {...day} />
        {milestone && <DayField field="actualDate" value={e.values.actualDate} onChange={d => e.change({ actualDate: d })} {...day} />}
        {milestone && (
          <SelectField id="ms-status" label={milestoneFieldLabel('status')} options={STATUSES.map(s => ({ key: s, text: milestoneStatusLabel(s) }))} selectedKey={e.values.status} onChange={s => e.change({ status: s })} />
        )}
      </div>
      <div className={styles.actions}>
        <Button primary icon="save" disabled={e.busy} onClick={() => void e.save()} data-testid="ms-save">{projectStrings.Project_Ms_Save}</Button>
        {milestone && !e.confirmDelete && <Button icon="delete" disabled={e.busy} onClick={() => e.setConfirmDelete(true)} data-testid="ms-delete">{projectStrings.Project_Ms_Delete}</Button>}
        <Button icon="dismiss" disabled={e.busy} onClick={props.onClose}>{projectStrings.Project_Ms_Close}</Button>
        {e.busy && <Spinner label={projectStrings.Project_Working} />}
      </div>
      {milestone && e.confirmDelete && (
        <div role="group" aria-labelledby="ms-delete-q" className={styles.confirm}>
          <p id="ms-delete-q">{formatString(projectStrings.Project_Ms_DeleteConfirm, milestone.title)}</p>
          <Button primary icon="delete" disabled={e.busy} onClick={() => void e.remove()} data-testid="ms-delete-yes">{projectStrings.Project_Ms_DeleteYes}</Button>
          <Button onClick={() => e.setConfirmDelete(false)}>{projectStrings.Project_Ms_DeleteNo}</Button>
        </div>
      )}
      {milestone && (
        <section className={styles.subsection} aria-labelledby="ms-rebaseline-heading" data-testid="ms-rebaseline">
          <h4 id="ms-rebaseline-heading" className={styles.subheading}>{projectStrings.Project_Ms_RebaselineHeading}</h4>
          <p className={styles.hint}>{formatString(projectStrings.Project_Ms_CurrentBaseline, milestone.baselineDate ? formatDateOnly(milestone.baselineDate, locale) : '–')}</p>
          <div className={styles.fields}>
            <DayField field="newBaseline" value={e.rebaseline.baselineDate} onChange={d => e.changeRebaseline({ baselineDate: d })} required {...day} />
            <TextField id="ms-reason" label={milestoneFieldLabel('reason')} value={e.rebaseline.reason} onChange={v => e.changeRebaseline({ reason: v })} errorMessage={e.problems.reason} required multiline rows={2} maxLength={1000} data-testid="ms-reason" />
          </div>
          <Button icon="calendar" disabled={e.busy} onClick={() => void e.applyRebaseline()} data-testid="ms-rebaseline-save">{projectStrings.Project_Ms_Rebaseline}</Button>
          <BaselineHistory history={milestone.baselineHistory} locale={locale} />
        </section>
      )}
    </section>
  );
}
