/**
 * The Prioritization charts, in the lazily loaded 'charts' chunk: the candidates' score versus cost
 * (a bubble chart) and the efficient frontier (a line chart whose points load their selection).
 * Both have a table next to them on the screen, which is their accessible alternative. The axes are
 * named in the caption: the library's axis titles are aria-hidden yet focusable (an axe violation).
 */
import * as React from 'react';
// The package root: its `exports` map offers no sub-paths (webpack still keeps only what is used).
import { LineChart, ResponsiveContainer } from '@fluentui/react-charting';
import { themed } from '../controls/FluentHost';

/** One point of a chart. */
export interface IChartPoint {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** Props of {@link PrioritizationChart}. */
export interface IChartProps {
  kind: 'bubble' | 'line';
  /** The chart's accessible name and caption. */
  title: string;
  points: ReadonlyArray<IChartPoint>;
  xLabel: string;
  yLabel: string;
  locale: string;
  /** Called with a point's id when it is clicked (line chart). */
  onPointClick?: (id: string) => void;
}

const PRIMARY = 'var(--themePrimary, #0078d4)';

function Chart(props: IChartProps): React.ReactElement {
  const fmt = new Intl.NumberFormat(props.locale, { maximumFractionDigits: 0 });
  const data = props.points.map(p => ({
    x: p.x, y: p.y, xAxisCalloutData: `${props.xLabel}: ${fmt.format(p.x)}`, yAxisCalloutData: `${props.yLabel}: ${fmt.format(p.y)}`,
    ...(props.onPointClick ? { onDataPointClick: () => props.onPointClick?.(p.id) } : {}),
    markerSize: 8
  }));
  // The frontier is one line; score versus cost is one series per candidate (a dot each, labelled
  // with its title in the callout), as the library's scatter chart warns in React's development build.
  const chartData = {
    chartTitle: props.title,
    lineChartData: props.kind === 'line'
      ? [{ legend: props.title, data, color: PRIMARY }]
      : data.map((d, i) => ({ legend: props.points[i].label, data: [d], color: PRIMARY }))
  };
  return (
    <figure style={{ margin: '12px 0' }} aria-label={props.title}>
      <figcaption><strong>{props.title}</strong> ({props.xLabel} → {props.yLabel} ↑)</figcaption>
      <div style={{ height: 320 }}>
        <ResponsiveContainer>
          <LineChart data={chartData} hideLegend={true} />
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The chart, themed like the host (SharePoint or Teams). */
export const PrioritizationChart: React.ComponentType<IChartProps> = themed(Chart);
