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
}

const descending = (): number[] => { const out: number[] = []; for (let v = RATING_MAX; v >= RATING_MIN; v--) out.push(v); return out; };
const ascending = (): number[] => descending().reverse();

/** One cell: its count and its band in words (and a pattern), never its colour alone; screen readers hear the whole sentence (no aria-label, so the name is the content). */
function Cell(props: { cell: IHeatMapCell; locale: string; pressed: boolean; onSelect?: IHeatMapProps['onSelect'] }): React.ReactElement {
  const { cell, locale, onSelect } = props;
  const name = formatString(raidStrings.Raid_HeatMap_Cell, cell.probability, cell.impact, bandLabel(cell.band), formatCount(cell.count, locale));
  const content = (
    <>
      <span className={styles.cellCount} aria-hidden="true">{formatCount(cell.count, locale)}</span>
      <span className={styles.cellBand} aria-hidden="true">{bandLabel(cell.band)}</span>
      <span className={SR_ONLY}>{name}</span>
    </>
  );
  const tid = `raid-cell-${cell.probability}-${cell.impact}`;
  return (
    <td className={`${styles.cell} ${styles[`band${cell.band}`]}`} data-band={cell.band}>
      {onSelect ? (
        <button
          type="button"
          className={props.pressed ? `${styles.cellButton} ${styles.cellPressed}` : styles.cellButton}
          aria-pressed={props.pressed}
          data-testid={tid}
          onClick={() => onSelect(props.pressed ? undefined : { probability: cell.probability, impact: cell.impact })}
        >
          {content}
        </button>
      ) : (
        <span className={styles.cellStatic} data-testid={tid}>{content}</span>
      )}
    </td>
  );
}

/**
 * The 5 × 5 heat map of open risks: a table with probability rows 5 → 1 and impact columns 1 → 5
 * (row and column headers), each cell its count of open risks and its band (Low, Medium, High under
 * the PMO's thresholds) in words and as a pattern as well as a colour from the theme. With
 * `onSelect` each cell is a toggle button that filters the register to its risks.
 */
export function HeatMap(props: IHeatMapProps): React.ReactElement {
  const { heatMap, locale, selected, onSelect } = props;
  return (
    <div className={styles.heatMapBox}>
      <table className={styles.heatMap} data-testid="raid-heatmap">
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
                const cell = heatMap.cells[p - 1][i - 1];
                const pressed = !!selected && selected.probability === p && selected.impact === i;
                return <Cell key={i} cell={cell} locale={locale} pressed={pressed} onSelect={onSelect} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {onSelect && <p className={styles.hint}>{raidStrings.Raid_HeatMap_Hint}</p>}
      {heatMap.unrated > 0 && <p className={styles.hint} data-testid="raid-unrated">{formatString(raidStrings.Raid_HeatMap_Unrated, formatCount(heatMap.unrated, locale))}</p>}
    </div>
  );
}
