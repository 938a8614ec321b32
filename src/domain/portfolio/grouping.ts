/** Grouping the portfolio grid: the group-by options and the groups with their counts. */
import { codeIndex } from '../vocabulary';
import { ragSeverity } from './rag';
import { LIFECYCLE_STATES, STAGES, type IPortfolioRow } from './row';
import { foldText } from './search';
import { textComparer, type TextCompare } from './sort';
import { budgetSum } from './rollup';

/** What the grid can be grouped by. */
export type PortfolioGroupBy = 'programme' | 'department' | 'stage' | 'status' | 'rag' | 'projectManager';

/** Every group-by option. */
export const GROUP_BY_OPTIONS: ReadonlyArray<PortfolioGroupBy> = ['programme', 'department', 'stage', 'status', 'rag', 'projectManager'];

/** One group of the grid: rows [startIndex, startIndex + count) of the grouped row order. */
export interface IPortfolioGroup {
  /** Stable key ('' for "none"). */
  key: string;
  /** The value shown (a code for stage/status/RAG, a name otherwise); undefined for "none". */
  value?: string;
  startIndex: number;
  count: number;
  /** Sum of its projects' budgets (the group's subtotal). */
  budget: number;
}

function groupValue(row: IPortfolioRow, by: PortfolioGroupBy): { key: string; value?: string; order: number | string } {
  switch (by) {
    case 'programme': return row.programme ? { key: `p${row.programme.id}`, value: row.programme.title, order: row.programme.title } : { key: '', order: '' };
    case 'department': return row.department ? { key: `d${foldText(row.department)}`, value: row.department, order: row.department } : { key: '', order: '' };
    case 'projectManager': return row.projectManager ? { key: `u${row.projectManager.id}`, value: row.projectManager.name, order: row.projectManager.name } : { key: '', order: '' };
    case 'stage': return row.stage ? { key: row.stage, value: row.stage, order: codeIndex(STAGES, row.stage) } : { key: '', order: 0 };
    case 'status': return row.status ? { key: row.status, value: row.status, order: codeIndex(LIFECYCLE_STATES, row.status) } : { key: '', order: 0 };
    default: {
      const r = row.rag.overall;
      return r ? { key: r, value: r, order: -ragSeverity(r) } : { key: '', order: 0 };
    }
  }
}

/**
 * Groups rows (already filtered and sorted): groups in their natural order (names alphabetically,
 * stages and lifecycle states in lifecycle order, RAG worst first) with "none" last; inside a group
 * the rows keep their order. Returns the rows in group order and the groups with their counts.
 */
export function groupRows(rows: ReadonlyArray<IPortfolioRow>, by: PortfolioGroupBy, compare: TextCompare = textComparer('en')): { rows: IPortfolioRow[]; groups: IPortfolioGroup[] } {
  const buckets: Array<{ key: string; value?: string; order: number | string; rows: IPortfolioRow[] }> = [];
  const byKey: Record<string, number> = {};
  for (const row of rows) {
    const g = groupValue(row, by);
    let i = byKey[g.key];
    if (i === undefined) {
      i = buckets.length;
      byKey[g.key] = i;
      buckets.push({ ...g, rows: [] });
    }
    buckets[i].rows.push(row);
  }
  buckets.sort((a, b) => {
    if (a.key === '' || b.key === '') return a.key === b.key ? 0 : a.key === '' ? 1 : -1;
    if (typeof a.order === 'number' && typeof b.order === 'number') return a.order - b.order;
    return compare(String(a.order), String(b.order));
  });
  const out: IPortfolioRow[] = [];
  const groups: IPortfolioGroup[] = [];
  for (const b of buckets) {
    groups.push({ key: b.key, value: b.value, startIndex: out.length, count: b.rows.length, budget: budgetSum(b.rows) });
    for (const r of b.rows) out.push(r);
  }
  return { rows: out, groups };
}
