import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import { Button, SR_ONLY } from '../../controls';
import { monthLong, monthShort } from '../../Capacity/format';
import { cellKey, type IAssignmentGrid, type IAssignmentLine } from './assignmentGrid';
import { cellName, lineName, type IAssignmentNames } from './labels';
import styles from './Assignments.module.scss';

/** What makes the table editable: a cell's text changed, a line removed, the cells with a problem. */
export interface IAssignmentTableEditing {
  onCell: (cell: string, text: string) => void;
  onRemove: (line: IAssignmentLine) => void;
  /** Cells with a problem (`aria-invalid`, tied to the list of problems). */
  invalid: ReadonlySet<string>;
  /** The id of the list of problems (the invalid cells' `aria-describedby`). */
  problemsId: string;
}

/** The id of a cell's input (the list of problems links to it). */
export function cellInputId(cell: string): string {
  return `assignment-${cell.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/**
 * A project's assignments as a table: a line per role, person and state (row headers) × months
 * (column headers), each cell its days. Editable, each cell is a text input named by its line and
 * month, and each line has "Remove".
 */
export function AssignmentTable(props: { grid: IAssignmentGrid; names: IAssignmentNames; locale: string; editing?: IAssignmentTableEditing }): React.ReactElement {
  const { grid, names, locale, editing } = props;
  return (
    // Read only, the table has nothing to focus: the region it scrolls in takes the focus, so the keyboard scrolls it (named by the caption).
    <div className={styles.scroll} {...(editing ? {} : { role: 'region', tabIndex: 0, 'aria-labelledby': 'assignments-caption' })}>
      <table className={styles.grid} data-testid={editing ? 'assignments-editor-table' : 'assignments-table'}>
        <caption id={editing ? undefined : 'assignments-caption'} className={styles.caption}>{projectStrings.Project_Assign_Caption}</caption>
        <thead>
          <tr>
            <th scope="col">{projectStrings.Project_Assign_Col_Line}</th>
            {grid.months.map(m => <th key={m} scope="col"><span aria-hidden="true">{monthShort(m, locale)}</span><span className={SR_ONLY}>{monthLong(m, locale)}</span></th>)}
            {editing && <th scope="col"><span className={SR_ONLY}>{projectStrings.Project_Assign_Col_Actions}</span></th>}
          </tr>
        </thead>
        <tbody>
          {grid.lines.map(line => (
            <tr key={line.key} data-testid="assignment-line">
              <th scope="row" className={styles.lineHeader}>{lineName(names, line)}</th>
              {grid.months.map(m => {
                const c = cellKey(line.key, m);
                const text = grid.cells[c] ?? '';
                if (!editing) return <td key={m} className={styles.num}>{text}</td>;
                const bad = editing.invalid.has(c);
                return (
                  <td key={m}>
                    <input
                      id={cellInputId(c)} className={styles.dayInput} inputMode="decimal" value={text} aria-label={cellName(names, line, m, locale)}
                      aria-invalid={bad ? true : undefined} aria-describedby={bad ? editing.problemsId : undefined}
                      onChange={e => editing.onCell(c, e.target.value)} data-testid={`assignment-cell-${line.key}-${m}`}
                    />
                  </td>
                );
              })}
              {editing && (
                <td>
                  <Button icon="delete" onClick={() => editing.onRemove(line)} aria-label={formatString(projectStrings.Project_Assign_RemoveFor, lineName(names, line))} data-testid="assignment-remove">
                    {projectStrings.Project_Assign_Remove}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
