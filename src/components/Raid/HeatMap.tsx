import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import { RATING_MAX, RATING_MIN, type IHeatMap, type IHeatMapCell } from '../../domain/governance';
import { SR_ONLY } from '../controls';
import { bandLabel, formatCount } from './labels';
import styles from './Raid.module.scss';

/** A cell's position on the map. */
export interface ICellKey {
  probability: number;
  impact: number;
}

/** Props of {@link HeatMap}. */
export interface IHeatMapProps {
  heatMap: IHeatMap;
  locale: string;
  /** The cell whose risks the list shows (its button is pressed). */
  selected?: ICellKey;
  /** Makes each cell a button: a click (or Enter/Space) selects the cell, on the selected cell clears. Without it the map is read only. */
  onSelect?: (cell: ICellKey | undefined) => void;
  /** Prefix of the ids of the map's hint and announcement (unique on the page). */
  idPrefix?: string;
}

const descending = (): number[] => { const out: number[] = []; for (let v = RATING_MAX; v >= RATING_MIN; v--) out.push(v); return out; };
const ascending = (): number[] => descending().reverse();
const clamp = (v: number): number => Math.min(RATING_MAX, Math.max(RATING_MIN, v));

/**
 * The cell a key moves the focus to from `cell` on the map (probability rows 5 → 1 from top to
 * bottom, impact columns 1 → 5 from left to right), or undefined for any other key. As in the
 * methodology's process map: the arrow keys move one cell (stopping at the edges), Home and End go to
 * the first and last cell of the row, with Ctrl to the first and last cell of the map.
 */
export function moveCell(key: string, cell: ICellKey, ctrlKey: boolean = false): ICellKey | undefined {
  const { probability: p, impact: i } = cell;
  switch (key) {
    case 'ArrowUp': return { probability: clamp(p + 1), impact: i };
    case 'ArrowDown': return { probability: clamp(p - 1), impact: i };
    case 'ArrowLeft': return { probability: p, impact: clamp(i - 1) };
    case 'ArrowRight': return { probability: p, impact: clamp(i + 1) };
    case 'Home': return ctrlKey ? { probability: RATING_MAX, impact: RATING_MIN } : { probability: p, impact: RATING_MIN };
    case 'End': return ctrlKey ? { probability: RATING_MIN, impact: RATING_MAX } : { probability: p, impact: RATING_MAX };
    default: return undefined;
  }
}

const same = (a: ICellKey | undefined, p: number, i: number): boolean => !!a && a.probability === p && a.impact === i;

/** A cell's sentence: its position, band and count ("Probability 4, impact 5, band High. Open risks: 2."). */
function cellName(cell: IHeatMapCell, locale: string): string {
  return formatString(raidStrings.Raid_HeatMap_Cell, cell.probability, cell.impact, bandLabel(cell.band), formatCount(cell.count, locale));
}

interface ICellProps {
  cell: IHeatMapCell;
  locale: string;
  pressed: boolean;
  /** Whether this cell is the map's one tab stop. */
  active: boolean;
  onSelect?: IHeatMapProps['onSelect'];
  onFocus: () => void;
  focusRef: (el: HTMLElement | null) => void; // eslint-disable-line @rushstack/no-new-null -- React's ref callback passes null on unmount
}

/**
 * One cell: its count and its band in words (and a pattern), never its colour alone; screen readers
 * hear the whole sentence (no aria-label, so the name is the content). Only the active cell is in the
 * tab order (roving tabindex): the button of a selectable map, the cell itself of a read-only one.
 */
function Cell(props: ICellProps): React.ReactElement {
  const { cell, locale, onSelect } = props;
  const content = (
    <>
      <span className={styles.cellCount} aria-hidden="true">{formatCount(cell.count, locale)}</span>
      <span className={styles.cellBand} aria-hidden="true">{bandLabel(cell.band)}</span>
      <span className={SR_ONLY}>{cellName(cell, locale)}</span>
    </>
  );
  const tid = `raid-cell-${cell.probability}-${cell.impact}`;
  const tabIndex = props.active ? 0 : -1;
  if (!onSelect) {
    return (
      <td className={`${styles.cell} ${styles.cellFocusable} ${styles[`band${cell.band}`]}`} data-band={cell.band} tabIndex={tabIndex} ref={props.focusRef} onFocus={props.onFocus}>
        <span className={styles.cellStatic} data-testid={tid}>{content}</span>
      </td>
    );
  }
  return (
    <td className={`${styles.cell} ${styles[`band${cell.band}`]}`} data-band={cell.band}>
      <button
        type="button"
        ref={props.focusRef}
        tabIndex={tabIndex}
        className={props.pressed ? `${styles.cellButton} ${styles.cellPressed}` : styles.cellButton}
        aria-pressed={props.pressed}
        data-testid={tid}
        onFocus={props.onFocus}
        onClick={() => onSelect(props.pressed ? undefined : { probability: cell.probability, impact: cell.impact })}
      >
        {content}
      </button>
    </td>
  );
}

/**
 * The 5 × 5 heat map of open risks: a grid with probability rows 5 → 1 and impact columns 1 → 5
 * (row and column headers), each cell its count of open risks and its band (Low, Medium, High under
 * the PMO's thresholds) in words and as a pattern as well as a colour from the theme. The map is one
 * tab stop: the arrow keys, Home and End move between its cells ({@link moveCell}). With `onSelect`
 * each cell is a toggle button (Enter, Space or a click) that filters the register to its risks, and
 * the selection is announced through a polite live region; without it the map is read only and still
 * navigable.
 */
export function HeatMap(props: IHeatMapProps): React.ReactElement {
  const { heatMap, locale, selected, onSelect } = props;
  const prefix = props.idPrefix ?? 'raid-heatmap';
  const [active, setActive] = React.useState<ICellKey>(() => selected ?? { probability: RATING_MAX, impact: RATING_MIN });
  const targets = React.useRef<Map<string, HTMLElement>>(new Map());
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const next = moveCell(e.key, active, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    targets.current.get(`${next.probability}-${next.impact}`)?.focus();
  };
  const chosen = selected ? heatMap.cells[selected.probability - 1]?.[selected.impact - 1] : undefined;
  return (
    <div className={styles.heatMapBox}>
      <table
        role="grid" aria-readonly={onSelect ? undefined : true} aria-describedby={`${prefix}-keys`}
        className={styles.heatMap} data-testid="raid-heatmap" onKeyDown={onKeyDown}
      >
        <caption className={styles.caption}>{raidStrings.Raid_HeatMap_Caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.axis}><span aria-hidden="true">{raidStrings.Raid_HeatMap_Probability} ↓ · {raidStrings.Raid_HeatMap_Impact} →</span><span className={SR_ONLY}>{raidStrings.Raid_HeatMap_Probability}</span></th>
            {ascending().map(i => <th key={i} scope="col"><span className={SR_ONLY}>{raidStrings.Raid_HeatMap_Impact} </span>{i}</th>)}
          </tr>
        </thead>
        <tbody>
          {descending().map(p => (
            <tr key={p}>
              <th scope="row"><span className={SR_ONLY}>{raidStrings.Raid_HeatMap_Probability} </span>{p}</th>
              {ascending().map(i => {
                const key = `${p}-${i}`;
                return (
                  <Cell
                    key={i} cell={heatMap.cells[p - 1][i - 1]} locale={locale} pressed={same(selected, p, i)} active={same(active, p, i)} onSelect={onSelect}
                    onFocus={() => { if (!same(active, p, i)) setActive({ probability: p, impact: i }); }}
                    focusRef={el => { if (el) targets.current.set(key, el); else targets.current.delete(key); }}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.hint} id={`${prefix}-keys`}>{onSelect ? raidStrings.Raid_HeatMap_Hint : raidStrings.Raid_HeatMap_KeysHint}</p>
      {onSelect && (
        <p className={SR_ONLY} aria-live="polite" data-testid="raid-heatmap-announce">
          {chosen ? formatString(raidStrings.Raid_HeatMap_Selected, cellName(chosen, locale)) : ''}
        </p>
      )}
      {heatMap.unrated > 0 && <p className={styles.hint} data-testid="raid-unrated">{formatString(raidStrings.Raid_HeatMap_Unrated, formatCount(heatMap.unrated, locale))}</p>}
    </div>
  );
}
