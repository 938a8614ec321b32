import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly, type IsoDay } from '../../../domain/dates';
import { formatPlural, formatString } from '../../../domain/text';
import type { ICapacityService } from '../../../services/CapacityService';
import type { IProjectService } from '../../../services/ProjectService';
import { describeError } from '../../../services/errors';
import { Button, TextField } from '../../controls';
import { DayField, FormFrame, type IFormTexts } from '../../controls/form';
import { errorText } from '../../ErrorMessage/errorText';
import { movePhrase } from './labels';
import styles from './Assignments.module.scss';

const TEXTS: IFormTexts = { problems: projectStrings.Project_Assign_Problems, save: projectStrings.Project_Move_Submit, cancel: projectStrings.Project_Assign_Cancel, working: projectStrings.Project_Assign_Saving };

/** Props of {@link MoveStart}. */
export interface IMoveStartProps {
  projectId: number;
  /** The project's start as the page read it (undefined: none yet, nothing to shift). */
  startDate?: IsoDay;
  /** The project's ETag as the page read it (the change is saved with it; 412 when someone saved first). */
  etag: string;
  capacity: Pick<ICapacityService, 'previewShift' | 'shiftProjectAssignments'>;
  projects: Pick<IProjectService, 'update'>;
  locale: string;
  today: IsoDay;
  /** Done: the message, and whether something is left to do (the start moved, the assignments did not). */
  onDone: (message: string, kind: 'success' | 'warning') => void;
  onCancel: () => void;
}

type MoveField = 'start' | 'reason';

/** What keeps a move from being sent, each message naming its field. */
export function moveProblems(start: IsoDay | undefined, typed: string | undefined, reason: string, current: IsoDay | undefined): Array<[MoveField, string]> {
  const out: Array<[MoveField, string]> = [];
  if (typed) out.push(['start', typed]);
  else if (!start) out.push(['start', formatString(projectStrings.Project_Move_Problem_Required, projectStrings.Project_Move_NewStart)]);
  else if (start === current) out.push(['start', formatString(projectStrings.Project_Move_Problem_Same, projectStrings.Project_Move_NewStart)]);
  if (!reason.trim()) out.push(['reason', formatString(projectStrings.Project_Move_Problem_Required, projectStrings.Project_Move_Reason)]);
  return out;
}

/**
 * Moving the project's start (a change of its baseline: it needs a reason, kept in the project's
 * versions). When assignments would move with it (previewShift: whole months between the old and the
 * new start), the form asks "Shift N assignments M months later as well?": the start moves, then the
 * assignments with it (shiftProjectAssignments), or the start only.
 */
export function MoveStart(props: IMoveStartProps): React.ReactElement {
  const { locale } = props;
  const [start, setStart] = React.useState<IsoDay | undefined>(undefined);
  const [typed, setTyped] = React.useState<string | undefined>(undefined);
  const [reason, setReason] = React.useState('');
  const [problems, setProblems] = React.useState<Array<[MoveField, string]>>([]);
  const [confirm, setConfirm] = React.useState<{ months: number; rows: number } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ kind: 'error'; text: string } | undefined>(undefined);
  const question = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => { if (confirm) question.current?.focus(); }, [confirm]);
  const fail = (e: unknown): void => {
    // Someone saved the project first: the form closes and the page reads it again (its new start and ETag).
    if (describeError(e).kind === 'conflict') { props.onDone(projectStrings.Project_Move_Conflict, 'warning'); return; }
    setBusy(false);
    setConfirm(undefined);
    setNotice({ kind: 'error', text: errorText(e) });
  };
  const apply = async (months: number): Promise<void> => {
    const day = start as IsoDay;
    setBusy(true);
    try {
      await props.projects.update(props.projectId, { startDate: day, reason: reason.trim() }, props.etag);
    } catch (e) { fail(e); return; }
    const when = formatDateOnly(day, locale);
    if (months === 0) { props.onDone(formatString(projectStrings.Project_Move_Done, when), 'success'); return; }
    try {
      const moved = await props.capacity.shiftProjectAssignments(props.projectId, months);
      props.onDone(formatPlural({ one: projectStrings.Project_Move_DoneShifted_one, other: projectStrings.Project_Move_DoneShifted }, moved, locale, when, moved), 'success');
    } catch (e) {
      props.onDone(formatString(projectStrings.Project_Move_ShiftFailed, when, errorText(e)), 'warning');
    }
  };
  const save = async (): Promise<void> => {
    const found = moveProblems(start, typed, reason, props.startDate);
    setProblems(found);
    setNotice(undefined);
    if (found.length) { document.getElementById(`move-${found[0][0]}`)?.focus(); return; }
    if (!props.startDate) { await apply(0); return; }
    setBusy(true);
    try {
      const preview = await props.capacity.previewShift(props.projectId, props.startDate, start as IsoDay);
      setBusy(false);
      if (preview.rows > 0 && preview.months !== 0) setConfirm(preview);
      else await apply(0);
    } catch (e) { fail(e); }
  };
  const ask = confirm && formatPlural({ one: projectStrings.Project_Move_Confirm_one, other: projectStrings.Project_Move_Confirm }, confirm.rows, locale, confirm.rows, movePhrase(confirm.months, locale));
  return (
    <FormFrame
      idPrefix="move" heading={projectStrings.Project_Move_Heading} texts={TEXTS} form={{ notice, problemList: problems, busy, save }} onCancel={props.onCancel}
      before={<p className={styles.hint}>{props.startDate ? formatString(projectStrings.Project_Move_Current, formatDateOnly(props.startDate, locale)) : projectStrings.Project_Move_NoStart}</p>}
      after={ask && <p ref={question} tabIndex={-1} className={styles.question} data-testid="move-confirm">{ask}</p>}
      actions={confirm && (
        <>
          <Button primary disabled={busy} onClick={() => void apply(confirm.months)} data-testid="move-shift">{projectStrings.Project_Move_ShiftToo}</Button>
          <Button disabled={busy} onClick={() => void apply(0)} data-testid="move-start-only">{projectStrings.Project_Move_StartOnly}</Button>
        </>
      )}
    >
      <DayField
        idPrefix="move" field="start" label={projectStrings.Project_Move_NewStart} value={start} required locale={locale} today={props.today}
        onChange={d => { setStart(d); setConfirm(undefined); }} error={problems.filter(p => p[0] === 'start')[0]?.[1]} onProblem={setTyped} invalidTemplate={projectStrings.Project_Move_Problem_Date}
      />
      <TextField
        id="move-reason" label={projectStrings.Project_Move_Reason} value={reason} onChange={t => { setReason(t); setConfirm(undefined); }} required maxLength={255}
        errorMessage={problems.filter(p => p[0] === 'reason')[0]?.[1]} data-testid="move-reason"
      />
    </FormFrame>
  );
}
