/**
 * The Prioritization charts, in the lazily loaded 'charts' chunk: the candidates' score versus cost
 * (a bubble chart: bubble area = total demand, the rank under each bubble) and the efficient
 * frontier (a line chart whose points load their selection). Both are the library's LineChart: its
 * points are in a focus zone (Tab, then the arrow keys) and each says its figures to a screen
 * reader. Both have a table next to them on the screen, which is their accessible alternative. The
 * axes are named in the caption: the library's axis titles are aria-hidden yet focusable (an axe
 * violation).
 */
import * as React from 'react';
// The package root: its `exports` map offers no sub-paths (webpack still keeps only what is used).
import { LineChart, ResponsiveContainer, type ILineChartPoints } from '@fluentui/react-charting';
import { themed } from '../controls/FluentHost';
import { bubbleAxisMin, compactNumber, ticksWithin } from './chartScale';

/** One point of a chart. */
export interface IChartPoint {
  id: string;
  /** Its name (the candidate's title, the budget level). */
  label: string;
  x: number;
  y: number;
  /** Bubble chart: what the bubble's area shows (for example total demand in days); ≥ 0. */
  size?: number;
  /** Bubble chart: the short text drawn under the bubble (the rank, as in the table beside it). */
  text?: string;
  /** What a screen reader says on the point (its name and every figure, in words). */
  description?: string;
}

/** Props of {@link PrioritizationChart}. */
export interface IChartProps {
  kind: 'bubble' | 'line';
  /** The chart's accessible name and caption. */
  title: string;
  points: ReadonlyArray<IChartPoint>;
  xLabel: string;
  yLabel: string;
  /** Bubble chart: what the bubble size shows, named in the caption. */
  sizeLabel?: string;
  locale: string;
  /** Called with a point's id when it is clicked (line chart). */
  onPointClick?: (id: string) => void;
}

const PRIMARY = 'var(--themePrimary, #0078d4)';
/** The smallest bubble, as a share of the largest one's radius: every candidate stays visible and can be pointed at. */
const MIN_BUBBLE_SHARE = 0.3;

/**
 * Marker sizes of a bubble chart. The library draws radius = markerSize × room / largest markerSize,
 * so a size ∝ √value gives an area ∝ value (as a bubble chart reads). Without two distinct x and y
 * values the library has no room to scale into (its padding is a share of the data's range: radius
 * 0), so the bubbles keep its fixed radius then (no size).
 */
export function bubbleSizes(points: ReadonlyArray<IChartPoint>): Array<number | undefined> {
  const distinct = (v: number[]): number => new Set(v).size;
  const roots = points.map(p => Math.sqrt(Math.max(0, p.size ?? 0)));
  const largest = Math.max(0, ...roots);
  if (!(largest > 0) || distinct(points.map(p => p.x)) < 2 || distinct(points.map(p => p.y)) < 2) return points.map(() => undefined);
  return roots.map(r => Math.max(r, largest * MIN_BUBBLE_SHARE));
}

function chartData(props: IChartProps): { chartTitle: string; lineChartData: ILineChartPoints[] } {
  const fmt = new Intl.NumberFormat(props.locale, { maximumFractionDigits: 0 });
  const data = props.points.map(p => ({
    x: p.x, y: p.y, xAxisCalloutData: `${props.xLabel}: ${fmt.format(p.x)}`, yAxisCalloutData: `${props.yLabel}: ${fmt.format(p.y)}`,
    ...(p.description ? { callOutAccessibilityData: { ariaLabel: p.description } } : {}),
    ...(props.onPointClick ? { onDataPointClick: () => props.onPointClick?.(p.id) } : {})
  }));
  if (props.kind === 'line') return { chartTitle: props.title, lineChartData: [{ legend: props.title, data, color: PRIMARY }] };
  // One series per candidate: the library keys a one-point series' marker (its scatter chart and
  // multi-point markers render unkeyed fragments, which React warns about), and a legend of its own
  // (made unique) names it in the callout. 'markers' mode turns the marker sizes on.
  const sizes = bubbleSizes(props.points);
  const seen = new Map<string, number>();
  return {
    chartTitle: props.title,
    lineChartData: data.map((d, i) => {
      const label = props.points[i].label;
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      const text = props.points[i].text;
      return {
        legend: n > 1 ? `${label} (${n})` : label, color: PRIMARY,
        lineOptions: { mode: text ? 'markers+text' as const : 'markers' as const },
        data: [{ ...d, ...(sizes[i] !== undefined ? { markerSize: sizes[i] } : {}), ...(text ? { text } : {}) }]
      };
    })
  };
}

/**
 * The axes of a bubble chart: total cost across with compact labels in the user's locale (ticks
 * within the data, so no label is cut at the plot's edge), the score axis from just below the data
 * (see chartScale.ts: the bubbles' sizes scale with the room the library leaves around the data).
 */
function bubbleAxes(props: IChartProps): { tickValues?: number[]; xAxis?: { tickText: string[] }; yMinValue?: number } {
  if (props.kind !== 'bubble' || props.points.length < 2) return {};
  const ticks = ticksWithin(props.points.map(p => p.x));
  const yMin = bubbleAxisMin(props.points.map(p => p.y));
  return {
    ...(ticks.length > 1 ? { tickValues: ticks, xAxis: { tickText: ticks.map(t => compactNumber(t, props.locale)) } } : {}),
    ...(yMin !== undefined ? { yMinValue: yMin } : {})
  };
}

function Chart(props: IChartProps): React.ReactElement {
  return (
    <figure style={{ margin: '12px 0' }} aria-label={props.title} data-testid={`prio-chart-${props.kind}`}>
      <figcaption>
        <strong>{props.title}</strong> ({props.xLabel} → {props.yLabel} ↑{props.sizeLabel ? `; ${props.sizeLabel}` : ''})
      </figcaption>
      <div style={{ height: 320 }}>
        <ResponsiveContainer>
          <LineChart data={chartData(props)} hideLegend={true} culture={props.locale} {...bubbleAxes(props)} />
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The chart, themed like the host (SharePoint or Teams). */
export const PrioritizationChart: React.ComponentType<IChartProps> = themed(Chart);
