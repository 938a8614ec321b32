/**
 * The columns of the portfolio grid (and of the Excel export), and the value of a column for
 * sorting, searching and export.
 */
import { codeIndex } from '../vocabulary';
import { RAG_DIMENSIONS, ragSeverity, type RagDimension } from './rag';
import { LIFECYCLE_STATES, STAGES, type IPortfolioRow } from './row';

/** The columns of the portfolio grid (and of the Excel export). */
export type PortfolioColumnKey =
  | 'title' | 'code' | 'programme' | 'department' | 'projectManager' | 'stage' | 'status'
  | 'ragOverall' | 'ragSchedule' | 'ragCost' | 'ragScope' | 'ragRisk'
  | 'budget' | 'nextMilestone' | 'nextMilestoneDate' | 'lastReportDate' | 'startDate' | 'endDate' | 'objectives';

/** Every column, in the order the column chooser lists them. */
export const PORTFOLIO_COLUMNS: ReadonlyArray<PortfolioColumnKey> = [
  'title', 'code', 'programme', 'department', 'projectManager', 'stage', 'status',
  'ragOverall', 'ragSchedule', 'ragCost', 'ragScope', 'ragRisk',
  'budget', 'nextMilestone', 'nextMilestoneDate', 'lastReportDate', 'startDate', 'endDate', 'objectives'
];

/** The columns of the built-in default view. */
export const DEFAULT_COLUMNS: ReadonlyArray<PortfolioColumnKey> = [
  'title', 'code', 'programme', 'projectManager', 'stage', 'status', 'ragOverall', 'budget', 'nextMilestone', 'nextMilestoneDate'
];

/** Columns every view shows: without the project's name a row cannot be told apart or opened. */
export const REQUIRED_COLUMNS: ReadonlyArray<PortfolioColumnKey> = ['title'];

/** The columns with the required ones added in front where missing (order otherwise kept). */
export function withRequiredColumns(columns: ReadonlyArray<PortfolioColumnKey>): PortfolioColumnKey[] {
  const missing = REQUIRED_COLUMNS.filter(c => columns.indexOf(c) < 0);
  return [...missing, ...columns];
}

const RAG_DIM_COLUMN: Record<RagDimension, PortfolioColumnKey> = {
  overall: 'ragOverall', schedule: 'ragSchedule', cost: 'ragCost', scope: 'ragScope', risk: 'ragRisk'
};

/** The grid column of a RAG dimension. */
export function ragColumn(dimension: RagDimension): PortfolioColumnKey {
  return RAG_DIM_COLUMN[dimension];
}

/** The RAG dimension a column shows, or undefined for a column that shows no RAG. */
export function ragDimensionOf(column: PortfolioColumnKey): RagDimension | undefined {
  for (const d of RAG_DIMENSIONS) if (RAG_DIM_COLUMN[d] === column) return d;
  return undefined;
}

/** Whether a column shows a RAG value. */
export function isRagColumn(column: PortfolioColumnKey): boolean {
  return ragDimensionOf(column) !== undefined;
}

/**
 * The value of a column for sorting, searching and export: a string, a number (budget, dates as
 * epoch ms, RAG severity) or undefined when the project has none.
 */
export function columnValue(row: IPortfolioRow, column: PortfolioColumnKey): string | number | undefined {
  switch (column) {
    case 'title': return row.title;
    case 'code': return row.code || undefined;
    case 'programme': return row.programme?.title;
    case 'department': return row.department || undefined;
    case 'projectManager': return row.projectManager?.name;
    case 'stage': return row.stage ? codeIndex(STAGES, row.stage) : undefined;
    case 'status': return row.status ? codeIndex(LIFECYCLE_STATES, row.status) : undefined;
    case 'budget': return row.budget;
    case 'nextMilestone': return row.nextMilestone?.title;
    case 'nextMilestoneDate': return dateValue(row.nextMilestone?.date);
    case 'lastReportDate': return dateValue(row.lastReportDate);
    case 'startDate': return dateValue(row.startDate);
    case 'endDate': return dateValue(row.endDate);
    case 'objectives': return row.objectives.length ? row.objectives.map(o => o.title).join(', ') : undefined;
    default: {
      const d = ragDimensionOf(column);
      const sev = d ? ragSeverity(row.rag[d]) : 0;
      return sev === 0 ? undefined : sev;
    }
  }
}

function dateValue(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return isNaN(t) ? undefined : t;
}
