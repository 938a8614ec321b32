import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatString } from '../../domain/text';
import type { HeatDimension, ICapacitySettings, IHeatRow, MonthKey } from '../../domain/capacity';
import { SR_ONLY } from '../controls';
import { monthLong, monthShort } from './format';
import { bandMarker, cellFigures, cellLabel, cellValueText, legendEntries, rowTitle, unitName, type CapacityUnit } from './labels';
import styles from './Capacity.module.scss';

/** A cell of the map: its row's key and its month. */
export interface ICellRef {
  row: string;
  month: MonthKey;
}

/** Props of {@link HeatMap}. */
export interface IHeatMapProps {
  rows: ReadonlyArray<IHeatRow>;
  months: ReadonlyArray<MonthKey>;
  dimension: HeatDimension;
  settings: ICapacitySettings;
  unit: CapacityUnit;
  locale: string;
  /** The cell whose drill-down is shown (its button is pressed). */
  selected?: ICellRef;
  /** A click, Enter or Space on a cell: selects it; on the selected cell, clears the selection. */
  onSelect: (cell: ICellRef | undefined) => void;
  /** The caption (what the map shows: committed only, or with proposed; a what-if). */
  caption: string;
}

/**
 * Where a key moves the focus from cell (r, c) of a map of `rows` × `cols` cells, or undefined for any
 * other key: the arrow keys one cell (stopping at the edges), Home and End the first and last cell of
 * the row, with Ctrl the first and last cell of the map; Page Up and Page Down the first and last row.
 */
export function moveInGrid(key: string, r: number, c: number, rows: number, cols: number, ctrlKey: boolean = false): [number, number] | undefined {
  const clamp = (v: number, n: number): number => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowUp': return [clamp(r - 1, rows), c];
    case 'ArrowDown': return [clamp(r + 1, rows), c];
    case 'ArrowLeft': return [r, clamp(c - 1, cols)];
    case 'ArrowRight': return [r, clamp(c + 1, cols)];
    case 'Home': return ctrlKey ? [0, 0] : [r, 0];
    case 'End': return ctrlKey ? [rows - 1, cols - 1] : [r, cols - 1];
    case 'PageUp': return [0, c];
    case 'PageDown': return [rows - 1, c];
    default: return undefined;
  }
}

/** The legend: each band's marker, its colour swatch and the thresholds it stands for. */
export function Legend(props: { settings: ICapacitySettings; locale: string }): React.ReactElement {
  return (
    <div className={styles.legend} data-testid="capacity-legend">
      <h3 className={styles.legendTitle} id="capacity-legend-title">{capacityStrings.Capacity_Legend}</h3>
      <ul aria-labelledby="capacity-legend-title">
        {legendEntries(props.settings, props.locale).map(e => (
          <li key={e.band}>
            <span className={`${styles.swatch} ${styles[`band_${e.band}`]}`} aria-hidden="true"><span className={styles.marker}>{e.marker}</span></span>
            {e.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The heat map: a table of rows (roles, teams or people; row headers) × months (column headers). Each
 * cell is a button showing the utilisation as text ("112%"), a marker for the near and over bands
 * (▲ over, ● near: readable without colour) and demand / capacity in the chosen unit, on the band's
 * colour and pattern from the theme; its accessible name says the row, month, demand, capacity,
 * utilisation and band. The map is one tab stop: the arrow keys, Home/End (with Ctrl: the whole map)
 * and Page Up/Down move between cells; Enter or Space selects a cell for the drill-down.
 */
export function HeatMap(props: IHeatMapProps): React.ReactElement {
  const { rows, months, settings, unit, locale, selected } = props;
  const [active, setActive] = React.useState<[number, number]>([0, 0]);
  const targets = React.useRef<Map<string, HTMLButtonElement>>(new Map());
  const at: [number, number] = [Math.min(active[0], Math.max(0, rows.length - 1)), Math.min(active[1], Math.max(0, months.length - 1))];
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const next = moveInGrid(e.key, at[0], at[1], rows.length, months.length, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    targets.current.get(`${next[0]}:${next[1]}`)?.focus();
  };
  const headerOfRows = capacityStrings[`Capacity_Dimension_${props.dimension}`];
  return (
    <div className={styles.mapBox}>
      <table role="grid" className={styles.heatMap} data-testid="capacity-heatmap" aria-describedby="capacity-map-hint" onKeyDown={onKeyDown}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.rowHeader}>{headerOfRows}</th>
            {months.map(m => <th key={m} scope="col" className={styles.monthHeader}><span aria-hidden="true">{monthShort(m, locale)}</span><span className={SR_ONLY}>{monthLong(m, locale)}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const title = rowTitle(row);
            return (
              <tr key={row.key} data-testid="capacity-row" data-row={row.key}>
                <th scope="row" className={styles.rowHeader}>{title}</th>
                {row.cells.map((cell, c) => {
                  const pressed = !!selected && selected.row === row.key && selected.month === cell.month;
                  const marker = bandMarker(cell.band);
                  return (
                    <td key={cell.month} className={`${styles.cell} ${styles[`band_${cell.band}`]}`} data-band={cell.band}>
                      <button
                        type="button"
                        ref={el => { const k = `${r}:${c}`; if (el) targets.current.set(k, el); else targets.current.delete(k); }}
                        tabIndex={at[0] === r && at[1] === c ? 0 : -1}
                        className={pressed ? `${styles.cellButton} ${styles.cellPressed}` : styles.cellButton}
                        aria-pressed={pressed}
                        aria-label={cellLabel(title, cell, settings, unit, locale)}
                        data-testid={`capacity-cell-${row.key}-${cell.month}`}
                        onFocus={() => { if (at[0] !== r || at[1] !== c) setActive([r, c]); }}
                        onClick={() => props.onSelect(pressed ? undefined : { row: row.key, month: cell.month })}
                      >
                        <span className={styles.cellValue}>
                          {marker && <span className={styles.marker} aria-hidden="true">{marker} </span>}
                          {cellValueText(cell, unit, settings, locale)}
                        </span>
                        <span className={styles.cellFigures}>
                          {cell.utilisation === undefined ? '' : cellFigures(cell, unit, settings, locale)}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={styles.hint} id="capacity-map-hint">{formatString(capacityStrings.Capacity_MapHint, unitName(unit))}</p>
    </div>
  );
}
