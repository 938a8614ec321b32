import * as React from 'react';
import styles from './Dashboard.module.scss';

/** Props of {@link Sparkline}. */
export interface ISparklineProps {
  /** The values, oldest first; `undefined` is a period without data (a gap in the line). */
  values: ReadonlyArray<number | undefined>;
  /** Width and height in CSS pixels. */
  width?: number;
  height?: number;
}

/** The sparkline's geometry: one path segment per run of periods with values, and the dots (x, y) of every value. */
export function sparklineGeometry(values: ReadonlyArray<number | undefined>, width: number, height: number, pad: number = 3): { paths: string[]; dots: Array<[number, number]> } {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return { paths: [], dots: [] };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (n: number): number => Math.round(n * 10) / 10;
  const at = (v: number, i: number): [number, number] => [round(pad + i * step), round(span === 0 ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad))];
  const paths: string[] = [];
  const dots: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const flush = (): void => {
    if (run.length > 1) paths.push(run.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${x} ${y}`).join(' '));
    run = [];
  };
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) { flush(); return; }
    const p = at(v, i);
    run.push(p);
    dots.push(p);
  });
  flush();
  return { paths, dots };
}

/**
 * A small inline line of a KPI's last periods (own SVG, no charting library: it is part of the first
 * view). Decorative for assistive technology (`aria-hidden`): the tile writes the values and the
 * trend as text beside it. A period without data is a gap; the last value has a larger dot.
 */
export function Sparkline(props: ISparklineProps): React.ReactElement {
  const width = props.width ?? 96;
  const height = props.height ?? 28;
  const { paths, dots } = sparklineGeometry(props.values, width, height);
  return (
    <svg className={styles.sparkline} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" data-testid="dashboard-sparkline">
      {paths.map(d => <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />)}
      {dots.map(([x, y], i) => <circle key={`${x}-${y}`} cx={x} cy={y} r={i === dots.length - 1 ? 2.5 : 1.25} fill="currentColor" />)}
    </svg>
  );
}
