import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import type { IsoDay } from '../../../domain/dates';
import type { ICapacityService, IAssignmentRow } from '../../../services/CapacityService';
import type { IProjectService } from '../../../services/ProjectService';
import { Button, Notice, Spinner } from '../../controls';
import { useFocusReturn } from '../../controls/form/useFocusReturn';
import { ErrorMessage } from '../../ErrorMessage';
import { useLoad } from '../../Raid/useLoad';
import { gridMonths, gridOf } from './assignmentGrid';
import { AssignmentTable } from './AssignmentTable';
import { AssignmentEditor } from './AssignmentEditor';
import { MoveStart } from './MoveStart';
import type { IAssignmentNames } from './labels';
import styles from './Assignments.module.scss';

/** Props of {@link ProjectAssignments}. */
export interface IProjectAssignmentsProps {
  capacity: Pick<ICapacityService, 'getProjectAssignments' | 'getRolesAndPeople' | 'saveProjectAssignments' | 'previewShift' | 'shiftProjectAssignments'>;
  /** The project register (moving the start); without it, or without the project's ETag, the start is not moved here. */
  projects?: Pick<IProjectService, 'update'>;
  projectId: number;
  startDate?: IsoDay;
  endDate?: IsoDay;
  /** The project's ETag as the page read it. */
  etag?: string;
  /** Whether the user may change the project (its manager, deputy, the PMO): editing and moving the start. */
  canEdit: boolean;
  locale: string;
  today: IsoDay;
  /** Reads the project page again (its dates and ETag, after the start moved). */
  reloadPage: () => Promise<void>;
}

/**
 * The project's resources on its page: the assignments as a table of lines (role, person, committed or
 * proposed) × months; for its manager, deputy and the PMO "Edit the assignments" (the grid editor) and
 * "Move the start" (with the question whether the assignments move too). Loads its rows and the pool's
 * roles and people; states: loading, error with "Try again", none yet.
 */
export function ProjectAssignments(props: IProjectAssignmentsProps): React.ReactElement {
  const { capacity, projectId, locale } = props;
  const { load, reload } = useLoad(
    () => Promise.all([capacity.getProjectAssignments(projectId), capacity.getRolesAndPeople()]).then(([rows, names]) => ({ rows, names })),
    String(projectId)
  );
  const [mode, setMode] = React.useState<'view' | 'edit' | 'move'>('view');
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'warning'; text: string } | undefined>(undefined);
  const focus = useFocusReturn();
  if (load.status === 'loading') return <Spinner label={projectStrings.Project_Assign_Loading} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const { rows, names } = load.data as { rows: IAssignmentRow[]; names: IAssignmentNames };
  const grid = gridOf(rows, gridMonths(rows, props.startDate, props.endDate, props.today), locale);
  const open = (m: 'edit' | 'move', control: EventTarget): void => { setNotice(undefined); focus.opening(control); setMode(m); };
  const close = (): void => { setMode('view'); focus.closed(); };
  const done = (text: string, kind: 'success' | 'warning' = 'success'): void => { close(); setNotice({ kind, text }); void reload(); void props.reloadPage(); };
  const canMove = props.canEdit && !!props.projects && !!props.etag;
  return (
    <>
      {notice && <Notice kind={notice.kind} data-testid="assignments-notice">{notice.text}</Notice>}
      {mode === 'edit' ? (
        <AssignmentEditor grid={grid} names={names} locale={locale} save={async r => { await capacity.saveProjectAssignments(projectId, r, rows); }} onDone={t => done(t)} onCancel={close} />
      ) : grid.lines.length === 0
        ? <p className={styles.empty} data-testid="assignments-none">{projectStrings.Project_Assign_None}</p>
        : <AssignmentTable grid={grid} names={names} locale={locale} />}
      {mode === 'move' && props.projects && props.etag && (
        <MoveStart
          projectId={projectId} startDate={props.startDate} etag={props.etag} capacity={capacity} projects={props.projects} locale={locale} today={props.today}
          onDone={(t, kind) => done(t, kind)} onCancel={close}
        />
      )}
      {props.canEdit && mode === 'view' && (
        <div className={styles.toolbar}>
          <Button icon="edit" onClick={e => open('edit', e.currentTarget)} data-testid="assignments-edit">{projectStrings.Project_Assign_Edit}</Button>
          {canMove && <Button icon="calendar" onClick={e => open('move', e.currentTarget)} data-testid="assignments-move">{projectStrings.Project_Move_Open}</Button>}
        </div>
      )}
    </>
  );
}
