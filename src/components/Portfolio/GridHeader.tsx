import * as React from 'react';
import * as strings from 'PmoHubStrings';
import styles from './Portfolio.module.scss';
import type { PortfolioColumnKey } from '../../domain/portfolio';
import { formatString } from '../../domain/text';
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

/** The edge of a column header: drag it, or focus it and press the left and right arrow keys. */
function ResizeHandle(props: { column: IGridColumn; widths: IColumnWidths }): React.ReactElement {
  const { column, widths } = props;
  const handle = React.useRef<HTMLDivElement>(null);
  const current = (): number => widths.set[column.key] ?? (handle.current && handle.current.parentElement ? handle.current.parentElement.getBoundingClientRect().width : column.minWidth);
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>): void => {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = current();
    const move = (ev: PointerEvent): void => widths.resize(column.key, startWidth + ev.clientX - startX);
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    widths.resize(column.key, current() + (e.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP));
  };
  const now = widths.set[column.key];
  return (
    <div
      ref={handle}
      role="separator"
      aria-orientation="vertical"
      aria-label={formatString(strings.Portfolio_ResizeColumn, column.label)}
      aria-valuenow={now ?? column.minWidth}
      aria-valuemin={MIN_RESIZED}
      tabIndex={0}
      className={styles.resizeHandle}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

/** The header row of the grid: one sort button and one resize edge per column. */
export function GridHeader(props: { columns: IGridColumn[]; widths: IColumnWidths; onSort: (column: PortfolioColumnKey, add: boolean) => void }): React.ReactElement {
  const { columns, widths, onSort } = props;
  return (
    <div role="rowgroup" className={styles.headerGroup}>
      <div role="row" aria-rowindex={1} className={styles.headerRow}>
        {columns.map(c => (
          <div role="columnheader" key={c.key} aria-sort={ariaSort(c)} data-item-key={c.key} className={styles.headerCell}>
            <button type="button" className={styles.headerButton} aria-describedby="pf-sort-hint" onClick={e => onSort(c.key, e.shiftKey)}>
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
