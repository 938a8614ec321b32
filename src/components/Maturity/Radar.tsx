import * as React from 'react';
import * as maturityStrings from 'MaturityStrings';
import { MATURITY_LEVELS, PERSPECTIVES, radarPoints, type IMaturityResult, type MaturityLevel, type Perspective } from '../../domain/maturity';
import { levelText, perspectiveName } from './labels';
import styles from './Maturity.module.scss';

/** The radar's radius in SVG units; the view box leaves room for the axis labels around it. */
const RADIUS = 120;
const LABEL_GAP = 14;
const VIEW = { x: -230, y: -150, width: 460, height: 300 };

/** SVG `points` of a polygon. */
function polygon(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map(p => `${p.x},${p.y}`).join(' ');
}

/** Where an axis label goes and how it is anchored (left of the centre: its end; right: its start). */
function labelAt(p: { x: number; y: number }): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const len = Math.sqrt(p.x * p.x + p.y * p.y) || 1;
  const x = p.x + (p.x / len) * LABEL_GAP;
  const y = p.y + (p.y / len) * LABEL_GAP + 4;
  return { x, y, anchor: Math.abs(p.x) < 1 ? 'middle' : p.x < 0 ? 'end' : 'start' };
}

/**
 * The person's levels on a radar chart: PMO Hub's own SVG (geometry from `radarPoints`, one axis per
 * perspective clockwise from the top, rings at levels 1–5), the result filled, the PMO's target dashed.
 * The chart is an image named by its title and description; the table beside it has every value.
 */
export function Radar(props: { result: IMaturityResult; targets: Record<Perspective, MaturityLevel> }): React.ReactElement {
  const ends = radarPoints(PERSPECTIVES.map(() => 5), 5, RADIUS);
  const yours = radarPoints(PERSPECTIVES.map(p => props.result.perspectives[p]), 5, RADIUS);
  const target = radarPoints(PERSPECTIVES.map(p => props.targets[p]), 5, RADIUS);
  return (
    <figure className={styles.radarFigure}>
      <svg className={styles.radar} viewBox={`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`} role="img" aria-labelledby="maturity-radar-title maturity-radar-desc" data-testid="maturity-radar">
        <title id="maturity-radar-title">{maturityStrings.Maturity_Radar_Title}</title>
        <desc id="maturity-radar-desc">{maturityStrings.Maturity_Radar_Desc}</desc>
        {MATURITY_LEVELS.map(l => <polygon key={l} className={styles.ring} points={polygon(radarPoints(PERSPECTIVES.map(() => l), 5, RADIUS))} />)}
        {ends.map((p, i) => <line key={PERSPECTIVES[i]} className={styles.axis} x1={0} y1={0} x2={p.x} y2={p.y} />)}
        <polygon className={styles.yours} points={polygon(yours)} data-testid="maturity-radar-yours" />
        <polygon className={styles.target} points={polygon(target)} data-testid="maturity-radar-target" />
        {ends.map((p, i) => {
          const at = labelAt(p);
          return <text key={PERSPECTIVES[i]} className={styles.axisLabel} x={at.x} y={at.y} textAnchor={at.anchor} aria-hidden="true">{perspectiveName(PERSPECTIVES[i])}</text>;
        })}
      </svg>
      <figcaption className={styles.legend} aria-hidden="true">
        <span>■ {maturityStrings.Maturity_Legend_Yours}</span>
        <span>┅ {maturityStrings.Maturity_Legend_Target}</span>
      </figcaption>
    </figure>
  );
}

/** The radar's values as a table: per perspective the person's level, the target and the gap; the overall level last. */
export function LevelsTable(props: { result: IMaturityResult; targets: Record<Perspective, MaturityLevel> }): React.ReactElement {
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} data-testid="maturity-levels">
        <caption>{maturityStrings.Maturity_Table_Caption}</caption>
        <thead>
          <tr>
            <th scope="col">{maturityStrings.Maturity_Col_Perspective}</th>
            <th scope="col">{maturityStrings.Maturity_Col_Level}</th>
            <th scope="col">{maturityStrings.Maturity_Col_Target}</th>
            <th scope="col">{maturityStrings.Maturity_Col_Gap}</th>
          </tr>
        </thead>
        <tbody>
          {PERSPECTIVES.map(p => {
            const level = props.result.perspectives[p];
            const gap = level === undefined ? undefined : Math.max(0, props.targets[p] - level);
            return (
              <tr key={p} data-testid={`maturity-level-${p}`}>
                <th scope="row">{perspectiveName(p)}</th>
                <td>{levelText(level)}</td>
                <td>{levelText(props.targets[p])}</td>
                <td>{gap === undefined ? '–' : gap}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
