import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { List, type IList } from '@fluentui/react/lib/List';
import styles from './Portfolio.module.scss';
import { budgetSum, type IPortfolioGroup, type IPortfolioRow, type IPortfolioView, type PortfolioColumnKey, type PortfolioGroupBy, type Rag } from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import { Glyph } from '../controls';
import { formatMoney, ragLabel, stageLabel, statusLabel } from './labels';
import { renderCell, useGridColumns, type ICellContext, type IGridColumn } from './gridColumns';
import { GridHeader, useColumnWidths } from './GridHeader';
import { SR_ONLY } from '../controls/srOnly';

/** The heading of a group: the localized stage, status or RAG, the programme's or department's name. */
function groupName(g: IPortfolioGroup, by: PortfolioGroupBy): string {
  if (g.value === undefined) return by === 'programme' ? strings.Portfolio_NoProgramme : by === 'rag' ? ragLabel('None') : strings.Portfolio_None;
  if (by === 'stage') return stageLabel(g.value);
  if (by === 'status') return statusLabel(g.value);
  if (by === 'rag') return ragLabel(g.value as Rag);
  return g.value;
}

/** One line of the grid's body: a group's heading or a project. */
type GridLine =
  | { kind: 'group'; key: string; name: string; count: number; budget: number; collapsed: boolean }
  | { kind: 'row'; key: string; row: IPortfolioRow };

/** The lines shown: every row, or, when grouped, each group's heading followed by its rows unless it is collapsed. */
function gridLines(rows: IPortfolioRow[], groups: IPortfolioGroup[] | undefined, by: PortfolioGroupBy | undefined, collapsed: Record<string, boolean>): GridLine[] {
  const rowLine = (row: IPortfolioRow): GridLine => ({ kind: 'row', key: String(row.id), row });
  if (!groups || !by) return rows.map(rowLine);
  const lines: GridLine[] = [];
  for (const g of groups) {
    if (g.count === 0) continue;
    const key = `g-${g.key}`;
    const isCollapsed = !!collapsed[key];
    lines.push({ kind: 'group', key, name: groupName(g, by), count: g.count, budget: g.budget, collapsed: isCollapsed });
    if (!isCollapsed) for (let i = g.startIndex; i < g.startIndex + g.count; i++) lines.push(rowLine(rows[i]));
  }
  return lines;
}

/** The totals under the grid: the budget of every project shown (collapsed groups included), under the Budget column. */
function TotalRow(props: { columns: IGridColumn[]; rows: IPortfolioRow[]; rowIndex: number; locale: string }): React.ReactElement {
  const total = React.useMemo(() => budgetSum(props.rows), [props.rows]);
  return (
    <div role="rowgroup">
      <div role="row" aria-rowindex={props.rowIndex} className={styles.totalRow} data-testid="portfolio-total">
        {props.columns.map((c, i) => (
          <div role={i === 0 ? 'rowheader' : 'gridcell'} key={c.key} className={styles.cell}>
            {i === 0 ? strings.Portfolio_Total : c.key === 'budget' ? <span className={styles.num}>{formatMoney(total, props.locale)}</span> : ''}
          </div>
        ))}
      </div>
    </div>
  );
}

export interface IPortfolioGridProps extends ICellContext {
  /** Rows in display order (group order when grouped). */
  rows: IPortfolioRow[];
  /** Groups over `rows`, when the view is grouped. */
  groups?: IPortfolioGroup[];
  /** The view: its columns, sort and grouping. */
  view: IPortfolioView;
  /** A click on a column header: sorts by it (`add`: shift held, as a further sort key). */
  onSort: (column: PortfolioColumnKey, add: boolean) => void;
}

/**
 * Up to this many lines the grid renders them all: nothing to gain from virtualizing, and the
 * totals row sits right under the last line at once.
 */
const VIRTUALIZE_ABOVE = 150;
/** A line's height as the List estimates pages it has not rendered yet (px; one-line rows are 45). */
const ESTIMATED_LINE_PX = 50;
const shouldVirtualize = (p: { items?: unknown[] }): boolean => (p.items ? p.items.length : 0) > VIRTUALIZE_ABOVE;
/** The height the List reserves for a page it has not rendered: its lines times the estimate. */
const estimatedPageHeight = (_i?: number, _r?: unknown, itemCount?: number): number => (itemCount ?? 10) * ESTIMATED_LINE_PX;

/** Keys that move the focused line, and where to: by one, by a page, to the first or last. */
const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: i => i + 1, ArrowUp: i => i - 1, PageDown: i => i + 10, PageUp: i => i - 10, Home: () => 0, End: (_i, last) => last
};

/**
 * The project register as an ARIA grid, virtualized by Fluent UI's `List` (only the rows in and near
 * the viewport are in the DOM, so 5,000 projects render as fast as 50).
 * - One tab stop for the whole grid (the header or the line focused last). In the body the focused
 *   line moves with the arrow keys, Page Up/Down, Home and End; Enter opens the focused project's
 *   panel, or collapses or expands the focused group (so do the left and right arrow keys on a
 *   group); Up on the first line goes to the header.
 * - In the header, Left/Right/Home/End move between the column headers and Down goes to the lines.
 *   A header sorts (click, Enter or Space; Shift adds a further sort key); Ctrl+Left/Right narrows or
 *   widens its column, and so does dragging its edge.
 * Text takes the host's colours (SharePoint or Teams theme), so rows keep their contrast in Teams'
 * dark and high-contrast themes.
 */
export function PortfolioGrid(props: IPortfolioGridProps): React.ReactElement {
  const { view, rows, groups, onOpenProject } = props;
  const columns = useGridColumns(view);
  const widths = useColumnWidths(columns);
  const [collapsed, setCollapsed] = React.useState<Record<string, boolean>>({});
  const [active, setActive] = React.useState(0);
  // Where the grid's one tab stop is: a column header (activeCol) or a line (active).
  const [inHeader, setInHeader] = React.useState(true);
  const [activeCol, setActiveCol] = React.useState(0);
  const list = React.useRef<IList>(null);
  const body = React.useRef<HTMLDivElement>(null);
  const grid = React.useRef<HTMLDivElement>(null);
  const lines = React.useMemo(() => gridLines(rows, groups, view.groupBy, collapsed), [rows, groups, view.groupBy, collapsed]);
  const focusIndex = Math.min(active, Math.max(lines.length - 1, 0));
  const toggle = React.useCallback((key: string, open?: boolean) => setCollapsed(c => ({ ...c, [key]: open === undefined ? !c[key] : !open })), []);

  const focusLine = (i: number): void => {
    setActive(i);
    if (list.current) list.current.scrollToIndex(i);
    window.requestAnimationFrame(() => {
      const el = body.current ? body.current.querySelector<HTMLElement>(`[data-line="${i}"]`) : null;
      if (el) el.focus();
    });
  };
  const focusHeader = (col: number): void => {
    const c = Math.max(0, Math.min(columns.length - 1, col));
    setInHeader(true);
    setActiveCol(c);
    const el = grid.current ? grid.current.querySelector<HTMLElement>(`[data-col="${c}"]`) : null;
    if (el) el.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    const lineEl = (e.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (!lineEl) return;
    const i = Number(lineEl.getAttribute('data-line'));
    const line = lines[i];
    const move = MOVES[e.key];
    if (e.key === 'ArrowUp' && i === 0) {
      e.preventDefault();
      focusHeader(activeCol);
    } else if (move) {
      e.preventDefault();
      focusLine(Math.max(0, Math.min(lines.length - 1, move(i, lines.length - 1))));
    } else if (line && line.kind === 'group' && (e.key === 'Enter' || e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      toggle(line.key, e.key === 'Enter' ? undefined : e.key === 'ArrowRight');
    } else if (line && line.kind === 'row' && e.key === 'Enter' && e.target === lineEl) {
      e.preventDefault();
      onOpenProject(line.row.id);
    }
  };

  const ctx: ICellContext = { locale: props.locale, service: props.service, onOpenProject, today: props.today };
  const grouped = !!props.groups;
  const renderLine = (line: GridLine | undefined, index: number | undefined): React.ReactNode => {
    if (!line || index === undefined) return null;
    const common = {
      'data-line': index, 'aria-rowindex': index + 2, tabIndex: !inHeader && index === focusIndex ? 0 : -1,
      onFocus: () => { setActive(index); setInHeader(false); }
    };
    if (line.kind === 'group') {
      return (
        <div role="row" className={styles.groupRow} aria-expanded={!line.collapsed} aria-level={1} {...common}>
          <div role="gridcell" aria-colspan={columns.length} className={styles.groupCell}>
            <button type="button" tabIndex={-1} className={styles.groupToggle} aria-label={strings.Portfolio_ExpandGroup} aria-expanded={!line.collapsed} onClick={() => toggle(line.key)}>
              <Glyph name={line.collapsed ? 'chevronRight' : 'chevronDown'} />
            </button>
            <span className={styles.groupTitle} data-testid="group-title">{line.name}<span className={styles.groupCount}>({line.count})</span></span>
            <span className={styles.groupBudget} data-testid="group-budget">{formatString(strings.Portfolio_GroupBudget, formatMoney(line.budget, props.locale))}</span>
          </div>
        </div>
      );
    }
    return (
      <div role="row" className={styles.row} onDoubleClick={() => onOpenProject(line.row.id)} aria-level={grouped ? 2 : undefined} {...common}>
        {columns.map(c => (
          <div role="gridcell" key={c.key} className={styles.cell} data-automation-key={c.key}>{renderCell(c.key, line.row, ctx)}</div>
        ))}
      </div>
    );
  };

  return (
    <div className={styles.grid} data-testid="portfolio-grid">
      <p id="pf-sort-hint" className={SR_ONLY}>{strings.Portfolio_SortHint}</p>
      {/* Grouped, the lines are a tree (group rows expand and collapse): WAI-ARIA's treegrid, whose rows carry aria-expanded and aria-level. */}
      <div
        role={grouped ? 'treegrid' : 'grid'}
        aria-label={strings.Portfolio_GridLabel}
        aria-rowcount={lines.length + 2}
        aria-colcount={columns.length}
        className={styles.gridTable}
        style={widths.style}
        ref={grid}
      >
        <GridHeader
          columns={columns}
          widths={widths}
          onSort={props.onSort}
          tabColumn={inHeader ? Math.min(activeCol, columns.length - 1) : -1}
          onFocusColumn={i => { setInHeader(true); setActiveCol(i); }}
          onMoveTo={focusHeader}
          onLeaveDown={() => { if (lines.length) focusLine(focusIndex); }}
        />
        <div role="rowgroup" ref={body} onKeyDown={onKeyDown}>
          <List
            componentRef={list}
            role="presentation"
            items={lines}
            getKey={(line: GridLine) => line.key}
            onRenderCell={renderLine}
            onShouldVirtualize={shouldVirtualize}
            getPageHeight={estimatedPageHeight}
            version={{ columns, focusIndex, inHeader, ctx }}
          />
        </div>
        <TotalRow columns={columns} rows={rows} rowIndex={lines.length + 2} locale={props.locale} />
      </div>
    </div>
  );
}
