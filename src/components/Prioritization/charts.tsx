/**
 * The Prioritization charts, in the lazily loaded 'charts' chunk: the candidates' score versus cost
 * (a bubble chart) and the efficient frontier (a line chart whose points load their selection).
 * Both have a table next to them on the screen, which is their accessible alternative.
 */
import * as React from 'react';
// The package root: its `exports` map offers no sub-paths (webpack still keeps only what is used).
import { LineChart, ResponsiveContainer, ScatterChart } from '@fluentui/react-charting';
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
  const chartData = {
    chartTitle: props.title,
    lineChartData: [{ legend: props.title, data, color: PRIMARY }]
  };
  return (
    <figure style={{ margin: '12px 0' }} aria-label={props.title}>
      <figcaption style={{ fontWeight: 600 }}>{props.title}</figcaption>
      <div style={{ height: 320 }}>
        <ResponsiveContainer>
          {props.kind === 'line'
            ? <LineChart data={chartData} xAxisTitle={props.xLabel} yAxisTitle={props.yLabel} hideLegend={true} />
            : <ScatterChart data={{ chartTitle: props.title, scatterChartData: [{ legend: props.title, data, color: PRIMARY }] }} xAxisTitle={props.xLabel} yAxisTitle={props.yLabel} hideLegend={true} />}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The chart, themed like the host (SharePoint or Teams). */
export const PrioritizationChart: React.ComponentType<IChartProps> = themed(Chart);
