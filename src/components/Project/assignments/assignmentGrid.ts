/**
 * A project's assignments as the project page's grid edits them: lines (a role, optionally a person,
 * proposed or committed) × months, each cell the days typed in the user's locale. Pure: building the
 * grid from the rows, the months it shows, reading it back into rows (each problem naming its cell).
 */
import { formatAmountFor, readAmount } from '../../../domain/numbers';
import { monthIndex, monthOfDay, monthOfIndex, monthRange, type MonthKey } from '../../../domain/capacity';
import type { IAssignmentRow } from '../../../services/CapacityService';

/** Proposed or committed. */
export type AssignmentState = IAssignmentRow['state'];

/** A line of the grid: one role, optionally one person, in one state. */
export interface IAssignmentLine {
  key: string;
  roleId: number;
  personId?: number;
  state: AssignmentState;
}

/** The grid: its lines, its months, the text of each cell (`${line}|${month}`) and the id of the row a cell was read from. */
export interface IAssignmentGrid {
  lines: IAssignmentLine[];
  months: MonthKey[];
  cells: Readonly<Record<string, string>>;
  ids: Readonly<Record<string, number>>;
}

/** The most months a project's dates open in the grid (the months of its rows are always shown). */
export const MAX_GRID_MONTHS: number = 36;

/** Days in a cell: more than 0, at most 31, one decimal at most. */
export const MAX_CELL_DAYS: number = 31;

/** A line's key. */
export function lineKey(roleId: number, personId: number | undefined, state: AssignmentState): string {
  return `${roleId}|${personId ?? ''}|${state}`;
}

/** A cell's key. */
export function cellKey(line: string, month: MonthKey): string {
  return `${line}|${month}`;
}

/**
 * The months the grid shows: the project's start to its end month (at most 36, from its start), widened
 * to every month that has a row (a row never drops out of sight, since saving keeps only what the grid
 * holds); without dates or rows, six months from `today`'s month.
 */
export function gridMonths(rows: ReadonlyArray<Pick<IAssignmentRow, 'month'>>, start: string | undefined, end: string | undefined, today: string): MonthKey[] {
  const idx: number[] = rows.map(r => monthIndex(r.month));
  const s = start ? monthIndex(monthOfDay(start)) : undefined;
  const e = end ? monthIndex(monthOfDay(end)) : undefined;
  if (s !== undefined) idx.push(s);
  if (s !== undefined && e !== undefined && e >= s) idx.push(Math.min(e, s + MAX_GRID_MONTHS - 1));
  if (idx.length === 0) return monthRange(monthOfDay(today), 6);
  const first = Math.min(...idx);
  return monthRange(monthOfIndex(first), Math.max(...idx) - first + 1);
}

/** The grid of a project's rows (cells of the same line and month summed; the first row's id kept). */
export function gridOf(rows: ReadonlyArray<IAssignmentRow>, months: ReadonlyArray<MonthKey>, locale: string): IAssignmentGrid {
  const lines: IAssignmentLine[] = [];
  const days: Record<string, number> = {};
  const ids: Record<string, number> = {};
  for (const r of rows) {
    const key = lineKey(r.roleId, r.personId, r.state);
    if (!lines.some(l => l.key === key)) lines.push({ key, roleId: r.roleId, ...(r.personId !== undefined ? { personId: r.personId } : {}), state: r.state });
    const c = cellKey(key, r.month);
    days[c] = (days[c] ?? 0) + r.days;
    if (r.id !== undefined && ids[c] === undefined) ids[c] = r.id;
  }
  const cells: Record<string, string> = {};
  for (const c of Object.keys(days)) cells[c] = formatAmountFor(days[c], locale, 1);
  return { lines, months: [...months], cells, ids };
}

/** A problem of a cell: its key and the cell's label for the message. */
export interface ICellProblem {
  cell: string;
  label: string;
  kind: 'invalid' | 'range';
}

/**
 * The rows a grid stands for: every cell with days (blank or 0: no row), with the id of the row it was
 * read from; or, when a cell cannot be read (not a number, more than one decimal, above 31 days, below
 * 0), the problems, each naming its cell with `labelOf`.
 */
export function rowsOfGrid(grid: IAssignmentGrid, locale: string, labelOf: (line: IAssignmentLine, month: MonthKey) => string): { rows: IAssignmentRow[]; problems: ICellProblem[] } {
  const rows: IAssignmentRow[] = [];
  const problems: ICellProblem[] = [];
  for (const line of grid.lines) {
    for (const month of grid.months) {
      const c = cellKey(line.key, month);
      const text = (grid.cells[c] ?? '').trim();
      if (!text) continue;
      const r = readAmount(text, locale, 1);
      if (!r.ok || r.value === undefined) { problems.push({ cell: c, label: labelOf(line, month), kind: 'invalid' }); continue; }
      if (r.value < 0 || r.value > MAX_CELL_DAYS) { problems.push({ cell: c, label: labelOf(line, month), kind: 'range' }); continue; }
      if (r.value === 0) continue;
      const id = grid.ids[c];
      rows.push({ ...(id !== undefined ? { id } : {}), roleId: line.roleId, ...(line.personId !== undefined ? { personId: line.personId } : {}), month, days: r.value, state: line.state });
    }
  }
  return { rows, problems };
}

/** The grid with a line added (nothing changes when it is there already). */
export function withLine(grid: IAssignmentGrid, roleId: number, personId: number | undefined, state: AssignmentState): IAssignmentGrid {
  const key = lineKey(roleId, personId, state);
  if (grid.lines.some(l => l.key === key)) return grid;
  return { ...grid, lines: [...grid.lines, { key, roleId, ...(personId !== undefined ? { personId } : {}), state }] };
}

/** The grid without a line (its cells go: saving deletes their rows). */
export function withoutLine(grid: IAssignmentGrid, key: string): IAssignmentGrid {
  const cells: Record<string, string> = {};
  for (const c of Object.keys(grid.cells)) if (!c.startsWith(`${key}|`)) cells[c] = grid.cells[c];
  return { ...grid, lines: grid.lines.filter(l => l.key !== key), cells };
}

/** The grid with one more month before its first (-1) or after its last (+1). */
export function withMonth(grid: IAssignmentGrid, side: -1 | 1): IAssignmentGrid {
  const first = monthIndex(grid.months[0]);
  const last = monthIndex(grid.months[grid.months.length - 1]);
  return { ...grid, months: side < 0 ? [monthOfIndex(first - 1), ...grid.months] : [...grid.months, monthOfIndex(last + 1)] };
}
