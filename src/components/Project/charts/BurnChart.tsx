/**
 * The budget burn chart, in the lazily loaded 'project-budget-chart' chunk
 * (@fluentui/react-charting's LineChart): cumulative actual cost against cumulative planned cost
 * by fiscal year (BudgetLines hold no monthly actuals; the chart says so). The two lines differ by
 * colour, dash and end shape; the chart is one named image, and the table under it gives the same
 * figures.
 */
import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
// The package root: its `exports` map offers no sub-paths (webpack still keeps only what is used).
import { getNextColor, LineChart, ResponsiveContainer, type ILineChartPoints } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formatAmountFor } from '../../../domain/numbers';
import type { IProjectBudget } from '../../../services/BudgetService';
import { themed } from '../../controls/FluentHost';
import { money } from '../labels';
import { burnByFiscalYear, type IBurnYear } from './burnModel';
import { ShapeGlyph } from './ShapeGlyph';
import { ChartImage } from './ChartImage';
import styles from './charts.module.scss';
import page from '../Project.module.scss';

/** Props of {@link BurnChart}: what the Project page's `budgetChart` slot passes. */
export interface IBurnChartProps {
  budget: IProjectBudget;
  locale: string;
}

const MARGINS = { left: 88, right: 40, top: 16, bottom: 36 };

/** The two series: cumulative planned (dashed, circles) and cumulative actual (solid, squares). */
function seriesOf(years: IBurnYear[], colours: [string, string], locale: string): ILineChartPoints[] {
  const point = (y: IBurnYear, value: number): { x: Date; y: number; xAxisCalloutData: string; yAxisCalloutData: string } =>
    ({ x: new Date(Date.UTC(y.fiscalYear, 0, 1)), y: value, xAxisCalloutData: String(y.fiscalYear), yAxisCalloutData: money(value, locale) });
  return [
    { legend: projectStrings.Project_Burn_Planned, color: colours[0], lineOptions: { strokeDasharray: '8 4', strokeWidth: 2.5 }, data: years.map(y => point(y, y.cumulativePlanned)) },
    { legend: projectStrings.Project_Burn_Actual, color: colours[1], lineOptions: { strokeWidth: 2.5 }, data: years.map(y => point(y, y.cumulativeActual)) }
  ];
}

function Chart(props: IBurnChartProps): React.ReactElement {
  const { locale } = props;
  const theme = useTheme();
  const years = React.useMemo(() => burnByFiscalYear(props.budget.lines), [props.budget.lines]);
  if (years.length === 0) return <></>;
  const colours: [string, string] = [getNextColor(0, 0, theme.isInverted), getNextColor(1, 0, theme.isInverted)];
  const legend = [{ text: projectStrings.Project_Burn_Planned, dash: '8 4', shape: 0 }, { text: projectStrings.Project_Burn_Actual, dash: '', shape: 1 }];
  return (
    <figure className={styles.figure} data-testid="project-burn-chart">
      <ChartImage name={projectStrings.Project_Burn_ChartName} className={styles.plot}>
        <ResponsiveContainer>
          <LineChart
            data={{ chartTitle: projectStrings.Project_Burn_ChartName, lineChartData: seriesOf(years, colours, locale) }}
            hideLegend={true}
            allowMultipleShapesForPoints={true}
            useUTC={true}
            culture={locale}
            customDateTimeFormatter={(d: Date) => String(d.getUTCFullYear())}
            tickValues={years.map(y => new Date(Date.UTC(y.fiscalYear, 0, 1)))}
            yMinValue={0}
            yAxisTickFormat={(v: number) => formatAmountFor(v, locale, 0)}
            margins={MARGINS}
          />
        </ResponsiveContainer>
      </ChartImage>
      <figcaption className={styles.caption}>{projectStrings.Project_Burn_ByYear}</figcaption>
      <ul className={styles.legend} aria-label={projectStrings.Project_Burn_Legend}>
        {legend.map((l, i) => (
          <li key={l.text} className={styles.legendItem}>
            <svg className={styles.legendSwatch} width={44} height={16} viewBox="0 0 44 16" aria-hidden="true" focusable="false">
              <line x1={2} y1={8} x2={42} y2={8} stroke={colours[i]} strokeWidth={2.5} strokeDasharray={l.dash || undefined} />
              <ShapeGlyph shape={l.shape} cx={22} cy={8} size={10} fill={colours[i]} />
            </svg>
            <span>{l.text}</span>
          </li>
        ))}
      </ul>
      <table className={page.table} data-testid="project-burn-table">
        <caption className={page.caption}>{projectStrings.Project_Burn_TableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{projectStrings.Project_Col_FiscalYear}</th>
            <th scope="col" className={page.number}>{projectStrings.Project_Burn_Planned}</th>
            <th scope="col" className={page.number}>{projectStrings.Project_Burn_Actual}</th>
          </tr>
        </thead>
        <tbody>
          {years.map(y => (
            <tr key={y.fiscalYear}>
              <th scope="row">{y.fiscalYear}</th>
              <td className={page.number}>{money(y.cumulativePlanned, locale)}</td>
              <td className={page.number}>{money(y.cumulativeActual, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The burn chart, themed like the host (SharePoint or Teams, light, dark or high contrast). */
export const BurnChart: React.ComponentType<IBurnChartProps> = themed(Chart);
