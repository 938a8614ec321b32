import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import { formatAmountFor } from '../../../domain/numbers';
import { CapacityRefusedError, type IAssignmentRow } from '../../../services/CapacityService';
import { describeError } from '../../../services/errors';
import { Button, SelectField } from '../../controls';
import { FormFrame, type IFormTexts } from '../../controls/form';
import { errorText } from '../../ErrorMessage/errorText';
import { rowsOfGrid, withLine, withMonth, withoutLine, type AssignmentState, type IAssignmentGrid } from './assignmentGrid';
import { AssignmentTable, cellInputId } from './AssignmentTable';
import { assignmentStateLabel, cellName, lineName, type IAssignmentNames } from './labels';
import styles from './Assignments.module.scss';

const TEXTS: IFormTexts = { problems: projectStrings.Project_Assign_Problems, save: projectStrings.Project_Assign_Save, cancel: projectStrings.Project_Assign_Cancel, working: projectStrings.Project_Assign_Saving };
const STATES: ReadonlyArray<AssignmentState> = ['Committed', 'Proposed'];

/** Props of {@link AssignmentEditor}. */
export interface IAssignmentEditorProps {
  /** The grid as read. */
  grid: IAssignmentGrid;
  names: IAssignmentNames;
  locale: string;
  /** Saves the rows (the service adds, changes and deletes so that the project has exactly these). */
  save: (rows: IAssignmentRow[]) => Promise<void>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The message of a service's refusal, naming the cell of the row it is about (`rows[3].days`), else the project. */
export function refusalText(e: CapacityRefusedError, rows: ReadonlyArray<IAssignmentRow>, names: IAssignmentNames, locale: string): string {
  const m = /^rows\[(\d+)\]/.exec(e.field);
  const row = m ? rows[Number(m[1])] : undefined;
  const where = row ? cellName(names, { key: '', roleId: row.roleId, personId: row.personId, state: row.state }, row.month, locale) : projectStrings.Project_Assign_Heading;
  return formatString(projectStrings[`Project_Assign_Refused_${e.refusal}`] ?? projectStrings.Project_Assign_Refused_numberInvalid, where);
}

/** The new line's choices: a role, a person of that role (or no one named), a state. */
function AddLine(props: { names: IAssignmentNames; onAdd: (roleId: number, personId: number | undefined, state: AssignmentState) => void }): React.ReactElement {
  const { names } = props;
  const [role, setRole] = React.useState('');
  const [person, setPerson] = React.useState('');
  const [state, setState] = React.useState<AssignmentState>('Committed');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const people = names.people.filter(p => String(p.role) === role && p.active !== false);
  const add = (): void => {
    if (!role) {
      setProblem(projectStrings.Project_Assign_Problem_Role);
      document.getElementById('assignment-new-role')?.focus();
      return;
    }
    setProblem(undefined);
    props.onAdd(Number(role), person ? Number(person) : undefined, state);
  };
  return (
    <fieldset className={styles.addLine}>
      <legend className={styles.legend}>{projectStrings.Project_Assign_AddHeading}</legend>
      <SelectField
        id="assignment-new-role" label={projectStrings.Project_Assign_Role} selectedKey={role} errorMessage={problem} data-testid="assignment-new-role"
        onChange={k => { setRole(k); setPerson(''); setProblem(undefined); }}
        options={[{ key: '', text: projectStrings.Project_Assign_ChooseRole }, ...names.roles.map(r => ({ key: String(r.id), text: r.title }))]}
      />
      <SelectField
        id="assignment-new-person" label={projectStrings.Project_Assign_Person} selectedKey={person} onChange={setPerson} data-testid="assignment-new-person"
        options={[{ key: '', text: projectStrings.Project_Assign_NoPerson }, ...people.map(p => ({ key: String(p.id), text: p.title }))]}
      />
      <SelectField
        id="assignment-new-state" label={projectStrings.Project_Assign_State} selectedKey={state} onChange={k => setState(k as AssignmentState)} data-testid="assignment-new-state"
        options={STATES.map(s => ({ key: s, text: assignmentStateLabel(s) }))}
      />
      <Button icon="add" onClick={add} className={styles.addButton} data-testid="assignment-add-line">{projectStrings.Project_Assign_AddLine}</Button>
    </fieldset>
  );
}

/**
 * Editing a project's assignments: the days of each line and month typed in the user's locale, lines
 * added (role, optional person of the role, committed or proposed) and removed, months added before and
 * after. Save checks every cell first (a problem names its cell, and nothing is sent) and then saves
 * all rows at once; the service's refusal is told naming the cell it is about.
 */
export function AssignmentEditor(props: IAssignmentEditorProps): React.ReactElement {
  const { names, locale } = props;
  const [grid, setGrid] = React.useState(props.grid);
  const [problems, setProblems] = React.useState<Array<[string, string]>>([]);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const [notice, setNotice] = React.useState<{ kind: 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [added, setAdded] = React.useState('');
  const save = async (): Promise<void> => {
    const read = rowsOfGrid(grid, locale, (l, m) => cellName(names, l, m, locale));
    const found = read.problems.map(p => [p.cell, formatString(projectStrings.Project_Assign_Problem_Cell, p.label, formatAmountFor(2.5, locale, 1))] as [string, string]);
    setProblems(found);
    setRefusal(undefined);
    setNotice(undefined);
    if (found.length) {
      document.getElementById(cellInputId(found[0][0]))?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.save(read.rows);
      props.onDone(projectStrings.Project_Assign_Saved);
    } catch (e) {
      setBusy(false);
      if (e instanceof CapacityRefusedError) setRefusal(refusalText(e, read.rows, names, locale));
      else setNotice({ kind: 'error', text: describeError(e).kind === 'forbidden' ? formatString(projectStrings.Project_Assign_Refused_notPermitted, projectStrings.Project_Assign_Heading) : errorText(e) });
    }
  };
  const invalid = new Set(problems.map(p => p[0]));
  return (
    <FormFrame
      idPrefix="assignments" heading={projectStrings.Project_Assign_EditHeading} texts={TEXTS} form={{ notice, refusal, problemList: problems, busy, save }}
      problemHref={cell => `#${cellInputId(cell)}`} onCancel={props.onCancel} stacked
    >
      {grid.lines.length === 0 && <p className={styles.empty}>{projectStrings.Project_Assign_None}</p>}
      <AssignmentTable
        grid={grid} names={names} locale={locale}
        editing={{
          invalid, problemsId: 'assignments-problems',
          onCell: (c, t) => setGrid(g => ({ ...g, cells: { ...g.cells, [c]: t } })),
          onRemove: line => setGrid(g => withoutLine(g, line.key))
        }}
      />
      <div className={styles.toolbar}>
        <Button icon="chevronLeft" onClick={() => setGrid(g => withMonth(g, -1))} data-testid="assignment-earlier">{projectStrings.Project_Assign_EarlierMonth}</Button>
        <Button icon="chevronRight" onClick={() => setGrid(g => withMonth(g, 1))} data-testid="assignment-later">{projectStrings.Project_Assign_LaterMonth}</Button>
      </div>
      <AddLine names={names} onAdd={(r, p, s) => { setGrid(g => withLine(g, r, p, s)); setAdded(formatString(projectStrings.Project_Assign_LineAdded, lineName(names, { roleId: r, personId: p, state: s }))); }} />
      <p className={styles.hint} aria-live="polite" data-testid="assignment-added">{added}</p>
    </FormFrame>
  );
}
