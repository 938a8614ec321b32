import * as React from 'react';
import * as strings from 'PmoHubStrings';
import styles from './Portfolio.module.scss';
import type { PortfolioColumnKey } from '../../domain/portfolio';
import { Glyph } from '../controls';
import type { IGridColumn } from './gridColumns';

/** The narrowest a user can make a column, and the step of one arrow key press (px). */
const MIN_RESIZED = 48;
const KEY_STEP = 16;

/** The grid's column widths: the user's resized widths (px) over the columns' flexible defaults. */
export interface IColumnWidths {
  /** Widths the user set, by column. */
  set: Partial<Record<PortfolioColumnKey, number>>;
  /** Sets one column's width (px, at least 48). */
  resize: (key: PortfolioColumnKey, px: number) => void;
  /** The CSS grid template of every row, and the grid's minimum width, as style of the grid. */
  style: React.CSSProperties;
}

/**
 * The widths of the grid's columns. A column the user has not resized takes at least its minimum
 * and shares the spare room in proportion to its maximum; a resized one keeps its width.
 */
export function useColumnWidths(columns: IGridColumn[]): IColumnWidths {
  const [set, setWidths] = React.useState<Partial<Record<PortfolioColumnKey, number>>>({});
  const resize = React.useCallback((key: PortfolioColumnKey, px: number) => setWidths(w => ({ ...w, [key]: Math.max(MIN_RESIZED, Math.round(px)) })), []);
  const style = React.useMemo((): React.CSSProperties => {
    const template = columns.map(c => {
      const w = set[c.key];
      return w !== undefined ? `${w}px` : `minmax(${c.minWidth}px, ${c.maxWidth}fr)`;
    }).join(' ');
    const minWidth = columns.reduce((sum, c) => sum + (set[c.key] ?? c.minWidth), 0);
    return { ['--pf-columns' as string]: template, minWidth } as React.CSSProperties;
  }, [columns, set]);
  return { set, resize, style };
}

/** The sort state of a column for `aria-sort`. */
function ariaSort(c: IGridColumn): 'ascending' | 'descending' | 'none' {
  if (c.sortIndex === undefined) return 'none';
  return c.descending ? 'descending' : 'ascending';
}

/** The edge of a column header, to drag (keyboard users press Ctrl+Left/Right on the header). */
function ResizeHandle(props: { column: IGridColumn; widths: IColumnWidths }): React.ReactElement {
  const { column, widths } = props;
  const handle = React.useRef<HTMLDivElement>(null);
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>): void => {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = currentWidth(column, widths, handle.current?.parentElement ?? undefined);
    const move = (ev: PointerEvent): void => widths.resize(column.key, startWidth + ev.clientX - startX);
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return <div ref={handle} aria-hidden="true" className={styles.resizeHandle} onPointerDown={onPointerDown} />;
}

/** A column's width now (px): the user's, or as laid out. */
function currentWidth(column: IGridColumn, widths: IColumnWidths, cell: HTMLElement | undefined): number {
  return widths.set[column.key] ?? (cell ? cell.getBoundingClientRect().width : column.minWidth);
}

export interface IGridHeaderProps {
  columns: IGridColumn[];
  widths: IColumnWidths;
  /** A header pressed: sorts by its column (`add`: Shift held, as a further sort key). */
  onSort: (column: PortfolioColumnKey, add: boolean) => void;
  /** The header that holds the grid's tab stop (-1: a line holds it). */
  tabColumn: number;
  /** A header got the focus. */
  onFocusColumn: (index: number) => void;
  /** Moves the focus to another header (index, clamped by the grid). */
  onMoveTo: (index: number) => void;
  /** Down from the header: to the focused line. */
  onLeaveDown: () => void;
}

/** The header row of the grid: one sort button per column (the grid's roving focus) and a resize edge. */
export function GridHeader(props: IGridHeaderProps): React.ReactElement {
  const { columns, widths, onSort } = props;
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const c = columns[i];
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      widths.resize(c.key, currentWidth(c, widths, e.currentTarget.parentElement ?? undefined) + (e.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP));
      return;
    }
    const to = e.key === 'ArrowLeft' ? i - 1 : e.key === 'ArrowRight' ? i + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? columns.length - 1 : undefined;
    if (to !== undefined) {
      e.preventDefault();
      props.onMoveTo(to);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      props.onLeaveDown();
    }
  };
  return (
    <div role="rowgroup" className={styles.headerGroup}>
      <div role="row" aria-rowindex={1} className={styles.headerRow}>
        {columns.map((c, i) => (
          <div role="columnheader" key={c.key} aria-sort={ariaSort(c)} data-item-key={c.key} className={styles.headerCell}>
            <button
              type="button"
              data-col={i}
              tabIndex={i === props.tabColumn ? 0 : -1}
              className={styles.headerButton}
              aria-describedby="pf-sort-hint"
              onClick={e => onSort(c.key, e.shiftKey)}
              onFocus={() => props.onFocusColumn(i)}
              onKeyDown={e => onKeyDown(e, i)}
            >
              <span className={styles.headerLabel}>{c.label}</span>
              {c.sortIndex !== undefined && (
                <span className={styles.sortMark} title={c.descending ? strings.Portfolio_SortedDescending : strings.Portfolio_SortedAscending}>
                  <Glyph name={c.descending ? 'sortDown' : 'sortUp'} />
                </span>
              )}
            </button>
            <ResizeHandle column={c} widths={widths} />
          </div>
        ))}
      </div>
    </div>
  );
}
