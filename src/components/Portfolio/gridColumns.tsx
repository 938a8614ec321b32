import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { LinkButton } from '../controls';
import styles from './Portfolio.module.scss';
import { hasEnded, isRagColumn, LIFECYCLE_STATES, RAG_FILTER_VALUES, STAGES, type IPortfolioRow, type IPortfolioView, type PortfolioColumnKey, type RagDimension } from '../../domain/portfolio';
import type { IPortfolioService } from '../../services/PortfolioService';
import { formatString } from '../../domain/text';
import { columnLabel, dimensionLabel, formatDate, formatMoney, ragLabel, stageLabel, statusLabel } from './labels';
import { RagBadge } from './RagBadge';
import { PersonCell } from './PersonCell';

const RAG_COLUMN_DIM: Partial<Record<PortfolioColumnKey, RagDimension>> = {
  ragOverall: 'overall', ragSchedule: 'schedule', ragCost: 'cost', ragScope: 'scope', ragRisk: 'risk'
};

/** Minimum and maximum width (px) of a column; RAG columns and the rest have defaults. */
const WIDTH: Partial<Record<PortfolioColumnKey, [number, number]>> = {
  title: [180, 320], code: [120, 140], programme: [140, 220], department: [120, 180], projectManager: [150, 200],
  budget: [90, 120], nextMilestone: [140, 220], objectives: [160, 260]
};

/** What a grid cell needs besides its row. */
export interface ICellContext {
  /** UI locale: dates and amounts are shown in it. */
  locale: string;
  /** Loads the project managers' photos. */
  service: IPortfolioService;
  /** Opens the project panel of a project (by item id). */
  onOpenProject: (id: number) => void;
  /** Today in the user's calendar, 'YYYY-MM-DD': an open milestone before it is overdue. */
  today: string;
}

/** Whether a running project's next milestone is due before today. */
export function isOverdue(row: IPortfolioRow, today: string): boolean {
  return !!row.nextMilestone && row.nextMilestone.date < today && !hasEnded(row.status);
}

/** The next milestone's day, marked "Overdue" in words and colour when it has passed. */
function milestoneDate(row: IPortfolioRow, ctx: ICellContext): React.ReactNode {
  const day = formatDate(row.nextMilestone ? row.nextMilestone.date : undefined, ctx.locale);
  if (!isOverdue(row, ctx.today)) return day;
  return <span className={styles.overdue} data-testid={`overdue-${row.id}`}>{day} <span className={styles.overdueTag}>{strings.Portfolio_Overdue}</span></span>;
}

/** The content of one grid cell: text, a RAG badge, a person with photo, or the title as a link to the project panel. */
export function renderCell(key: PortfolioColumnKey, row: IPortfolioRow, ctx: ICellContext): React.ReactNode {
  switch (key) {
    case 'title':
      return (
        <LinkButton className={styles.titleLink} tabIndex={-1} onClick={() => ctx.onOpenProject(row.id)} aria-label={formatString(strings.Portfolio_OpenProject, row.title)} data-testid={`open-${row.id}`}>
          {row.title}
        </LinkButton>
      );
    case 'code': return row.code;
    case 'programme': return row.programme ? row.programme.title : '';
    case 'department': return row.department;
    case 'projectManager': return <PersonCell person={row.projectManager} service={ctx.service} />;
    case 'stage': return row.stage ? stageLabel(row.stage) : '';
    case 'status': return row.status ? statusLabel(row.status) : '';
    case 'budget': return <span className={styles.num}>{formatMoney(row.budget, ctx.locale)}</span>;
    case 'nextMilestone': return row.nextMilestone ? row.nextMilestone.title : '';
    case 'nextMilestoneDate': return milestoneDate(row, ctx);
    case 'lastReportDate': return formatDate(row.lastReportDate, ctx.locale);
    case 'startDate': return formatDate(row.startDate, ctx.locale);
    case 'endDate': return formatDate(row.endDate, ctx.locale);
    case 'objectives': return row.objectives.map(o => o.title).join(', ');
    default: {
      const dim = RAG_COLUMN_DIM[key];
      if (!dim) return '';
      // A closed or cancelled project has no current status: say so rather than "No report".
      return hasEnded(row.status) ? <span className={styles.muted}>{strings.Portfolio_RagNoCurrent}</span> : <RagBadge value={row.rag[dim] ?? 'None'} />;
    }
  }
}

/** One column of the grid: what its header shows, how wide it may be, and how it is sorted. */
export interface IGridColumn {
  key: PortfolioColumnKey;
  /** The header's text. */
  label: string;
  /** Narrowest and widest width in px when the user has not resized it (extra room goes to wide columns). */
  minWidth: number;
  maxWidth: number;
  /** Its place among the sort keys (0 = first), or undefined when the view does not sort by it. */
  sortIndex?: number;
  descending: boolean;
}

/** Average advance of a character at 14px in Segoe UI (px): regular text, and the headers' semibold. */
const CHAR_PX = 7.6;
const BOLD_CHAR_PX = 8.4;
/** Room around a header's word (padding, sort arrow, resize edge) and a cell's (padding, RAG mark). */
const HEADER_PAD = 44;
const CELL_PAD = 40;

/** The longest word of some texts, in characters (words break at spaces and hyphens only). */
function longestWord(texts: ReadonlyArray<string>): number {
  let n = 0;
  for (const t of texts) for (const w of t.split(/[\s\-–]+/)) n = Math.max(n, w.length);
  return n;
}

/** The labels a column's cells can show, where they come from a fixed set (stages, statuses, RAG). */
function valueLabels(key: PortfolioColumnKey): string[] {
  if (key === 'stage') return STAGES.map(stageLabel);
  if (key === 'status') return LIFECYCLE_STATES.map(statusLabel);
  if (isRagColumn(key)) return [...RAG_FILTER_VALUES.map(ragLabel), strings.Portfolio_RagNoCurrent];
  return [];
}

/**
 * The narrowest a column may get in the user's language: wide enough for its header's longest word
 * and, for stage, status and RAG, the longest word of their labels ("Lebenszyklusstatus",
 * "Durchführung"), so words are not broken; never below the column's default.
 */
export function columnMinWidth(key: PortfolioColumnKey, label: string, defaultMin: number): number {
  const header = Math.ceil(longestWord([label]) * BOLD_CHAR_PX + HEADER_PAD);
  const values = valueLabels(key);
  const cells = values.length ? Math.ceil(longestWord(values) * CHAR_PX + CELL_PAD) : 0;
  return Math.max(defaultMin, header, cells);
}

/** The grid's column of one key: label, width and sort state. */
function gridColumn(key: PortfolioColumnKey, sort: IPortfolioView['sort']): IGridColumn {
  const sortIndex = sort.map(s => s.column).indexOf(key);
  const w = WIDTH[key] ?? (isRagColumn(key) ? [100, 120] : [100, 140]);
  const label = columnLabel(key);
  const minWidth = columnMinWidth(key, label, w[0]);
  return {
    key,
    label,
    minWidth,
    maxWidth: Math.max(w[1], minWidth),
    sortIndex: sortIndex >= 0 ? sortIndex : undefined,
    descending: sortIndex >= 0 && sort[sortIndex].descending
  };
}

/** The grid's columns for the view's columns and sort, rebuilt only when those change. */
export function useGridColumns(view: Pick<IPortfolioView, 'columns' | 'sort'>): IGridColumn[] {
  const { columns, sort } = view;
  return React.useMemo(() => columns.map(key => gridColumn(key, sort)), [columns, sort]);
}

/** The dimension label of a RAG column (for tests and the export's header). */
export function ragColumnLabel(key: PortfolioColumnKey): string {
  const d = RAG_COLUMN_DIM[key];
  return d ? dimensionLabel(d) : columnLabel(key);
}
