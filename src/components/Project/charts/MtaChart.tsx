/**
 * The milestone trend analysis chart, in the lazily loaded 'project-mta-chart' chunk
 * (@fluentui/react-charting's LineChart): report dates across, forecast dates up (as days after the
 * axis' first day, written as dates), the diagonal "report date = milestone date", one line per
 * milestone that ends where it meets the diagonal. Lines differ by colour, dash pattern and the
 * shape at their ends (the library's `allowMultipleShapesForPoints`); the legend below shows all
 * three with the milestone's name and trend. The chart is one image with our name (`ChartImage`: the library's DOM hidden and inert);
 * its points are not in the tab order: the MTA table on the page is its alternative.
 */
import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
// The package root: its `exports` map offers no sub-paths (webpack still keeps only what is used).
import { getNextColor, LineChart, ResponsiveContainer, type ILineChartDataPoint, type ILineChartPoints } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formatDateOnly } from '../../../domain/dates';
import type { IMtaSeries } from '../../../domain/milestones';
import { formatString } from '../../../domain/text';
import { themed } from '../../controls/FluentHost';
import { mtaTrendText } from '../labels';
import { dayOfUtc, dayOfY, mtaChartModel, type IMtaChartLine, type IMtaChartModel } from './mtaChartModel';
import { ShapeGlyph } from './ShapeGlyph';
import { ChartImage } from './ChartImage';
import styles from './charts.module.scss';

/** Props of {@link MtaChart}: what the Project page's `mtaChart` slot passes. */
export interface IMtaChartProps {
  series: IMtaSeries;
  /** The user's locale: the axes' and callouts' dates. */
  locale: string;
}

const DIAGONAL_COLOUR = 'var(--neutralSecondary, #605e5c)';
/** Room for the y axis' dates ("Sep 30, 2027", "30 sept. 2027") left of the plot. */
const MARGINS = { left: 96, right: 40, top: 16, bottom: 36 };

function seriesOf(model: IMtaChartModel, colours: string[], locale: string): ILineChartPoints[] {
  const day = (d: string): string => formatDateOnly(d, locale);
  const lines = model.lines.map((l, i): ILineChartPoints => ({
    legend: l.title,
    color: colours[i],
    lineOptions: { strokeDasharray: l.dash || undefined, strokeWidth: 2.5 },
    data: l.points.map((p): ILineChartDataPoint => ({
      x: p.x, y: p.y,
      xAxisCalloutData: day(p.reportDate),
      yAxisCalloutData: p.reached ? formatString(projectStrings.Project_MtaReached, day(p.forecastDate)) : day(p.forecastDate),
      callOutAccessibilityData: { ariaLabel: formatString(projectStrings.Project_MtaPoint, l.title, day(p.reportDate), day(p.forecastDate)) }
    }))
  }));
  // The diagonal last, so each milestone keeps the shape of its place in the legend.
  const diagonal: ILineChartPoints = {
    legend: projectStrings.Project_MtaDiagonal,
    color: DIAGONAL_COLOUR,
    lineOptions: { strokeWidth: 1 },
    hideNonActiveDots: true,
    data: model.diagonal.map(p => ({ x: p.x, y: p.y, xAxisCalloutData: day(p.reportDate), yAxisCalloutData: day(p.forecastDate) }))
  };
  return [...lines, diagonal];
}

function LegendItem(props: { line: IMtaChartLine; colour: string; locale: string }): React.ReactElement {
  const { line, colour, locale } = props;
  return (
    <li className={styles.legendItem} data-milestone={line.milestoneId} data-trend={line.trend}>
      <svg className={styles.legendSwatch} width={44} height={16} viewBox="0 0 44 16" aria-hidden="true" focusable="false">
        <line x1={2} y1={8} x2={42} y2={8} stroke={colour} strokeWidth={2.5} strokeDasharray={line.dash || undefined} />
        <ShapeGlyph shape={line.shape} cx={22} cy={8} size={10} fill={colour} />
      </svg>
      <span>
        <strong>{line.title}</strong>{formatString(strings.LabelValue, '', mtaTrendText(line.trend, line.slipDays, locale))}
        {line.reached ? `, ${projectStrings.Project_MtaLegendReached}` : ''}
      </span>
    </li>
  );
}

function Chart(props: IMtaChartProps): React.ReactElement {
  const { series, locale } = props;
  const theme = useTheme();
  const model = React.useMemo(() => mtaChartModel(series), [series]);
  if (!model) return <></>;
  const colours = model.lines.map((_, i) => getNextColor(i, 0, theme.isInverted));
  const day = (d: string): string => formatDateOnly(d, locale);
  return (
    <figure className={styles.figure} data-testid="project-mta-chart">
      <ChartImage name={projectStrings.Project_MtaChartName} className={styles.plot}>
        <ResponsiveContainer>
          <LineChart
            data={{ chartTitle: projectStrings.Project_MtaChartName, lineChartData: seriesOf(model, colours, locale) }}
            hideLegend={true}
            allowMultipleShapesForPoints={true}
            useUTC={true}
            culture={locale}
            customDateTimeFormatter={(d: Date) => day(dayOfUtc(d))}
            tickValues={model.xTicks}
            yMinValue={0}
            yMaxValue={model.yDays}
            yAxisTickCount={6}
            yAxisTickFormat={(y: number) => day(dayOfY(model, y))}
            margins={MARGINS}
          />
        </ResponsiveContainer>
      </ChartImage>
      <figcaption className={styles.caption}>
        {projectStrings.Project_MtaAxisX} → · {projectStrings.Project_MtaAxisY} ↑ · {projectStrings.Project_MtaReading}
      </figcaption>
      <ul className={styles.legend} aria-label={projectStrings.Project_MtaLegend} data-testid="project-mta-legend">
        {model.lines.map((l, i) => <LegendItem key={l.milestoneId} line={l} colour={colours[i]} locale={locale} />)}
        <li className={styles.legendItem}>
          <svg className={styles.legendSwatch} width={44} height={16} viewBox="0 0 44 16" aria-hidden="true" focusable="false">
            <line x1={2} y1={14} x2={42} y2={2} stroke={DIAGONAL_COLOUR} strokeWidth={1} />
          </svg>
          <span>{projectStrings.Project_MtaDiagonal}</span>
        </li>
      </ul>
    </figure>
  );
}

/** The MTA chart, themed like the host (SharePoint or Teams, light, dark or high contrast). */
export const MtaChart: React.ComponentType<IMtaChartProps> = themed(Chart);
