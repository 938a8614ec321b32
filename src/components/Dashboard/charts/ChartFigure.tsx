import * as React from 'react';
import { SR_ONLY } from '../../controls/srOnly';
import styles from './charts.module.scss';

/** Takes every element under `root` out of the tab order (tabindex −1), now and whenever the charting library sets a tabindex again. */
function untabbable(root: HTMLElement): MutationObserver | undefined {
  const fix = (): void => {
    root.querySelectorAll('[tabindex]').forEach(e => { if (e.getAttribute('tabindex') !== '-1') e.setAttribute('tabindex', '-1'); });
    root.querySelectorAll('[data-is-focusable="true"]').forEach(e => e.setAttribute('data-is-focusable', 'false'));
  };
  fix();
  if (typeof MutationObserver === 'undefined') return undefined;
  const observer = new MutationObserver(fix);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex', 'data-is-focusable'] });
  return observer;
}

/** Props of {@link ChartFigure}. */
export interface IChartFigureProps {
  /** The chart's key (test ids `dashboard-chart-<id>`, ids of its title and description). */
  id: string;
  title: string;
  /** What the chart shows and how to read it, in words (read to screen readers with the figure; the table follows). */
  description: string;
  /** Controls above the drawing (the budget chart's fiscal year). */
  controls?: React.ReactNode;
  /** The drawing; none when the chart has no data (`empty` says so). */
  drawing?: React.ReactNode;
  /** Under the drawing: the legend. */
  legend?: React.ReactNode;
  /** What an empty chart says instead of the drawing. */
  empty?: string;
  /** The data table: the chart's accessible alternative, with the drill-down links. */
  table: React.ReactNode;
}

/**
 * One dashboard chart as a figure: its title, its description for screen readers, the drawing and
 * the data table with the same figures. The library's drawing is hidden from assistive technology
 * and out of the tab order (its bars and points stay clickable with a pointer: a bar opens the
 * Portfolio like the table's link); keyboard and screen-reader users use the table.
 */
export function ChartFigure(props: IChartFigureProps): React.ReactElement {
  const observer = React.useRef<MutationObserver | undefined>(undefined);
  const drawing = React.useCallback((el: HTMLDivElement | null): void => {
    observer.current?.disconnect();
    observer.current = el ? untabbable(el) : undefined;
  }, []);
  React.useEffect(() => () => observer.current?.disconnect(), []);
  return (
    <figure className={styles.figure} aria-labelledby={`dashboard-chart-${props.id}-title`} aria-describedby={`dashboard-chart-${props.id}-desc`} data-testid={`dashboard-chart-${props.id}`}>
      <h3 id={`dashboard-chart-${props.id}-title`} className={styles.title}>{props.title}</h3>
      <p id={`dashboard-chart-${props.id}-desc`} className={SR_ONLY}>{props.description}</p>
      {props.controls}
      {props.drawing ? (
        <div ref={drawing} className={styles.plot} aria-hidden="true" data-chart-drawing="">{props.drawing}</div>
      ) : (
        <p className={styles.empty} data-testid="dashboard-chart-empty">{props.empty}</p>
      )}
      {props.drawing && props.legend}
      {props.table}
    </figure>
  );
}

/** A legend under a chart: each series' swatch and name (the bars' order is the legend's). */
export function ChartLegend(props: { label: string; items: ReadonlyArray<{ text: string; color: string }> }): React.ReactElement {
  return (
    <ul className={styles.legend} aria-label={props.label}>
      {props.items.map(i => (
        <li key={i.text} className={styles.legendItem}>
          <span className={styles.swatch} style={{ background: i.color }} aria-hidden="true" />
          {i.text}
        </li>
      ))}
    </ul>
  );
}
