/**
 * The dashboard's charts, in the lazily loaded 'dashboard-charts' chunk (@fluentui/react-charting):
 * RAG distribution, budget against actual cost by programme and fiscal year, SPI/CPI per project,
 * milestone adherence and the intake pipeline. Each is a figure with its description and a data table
 * of the same figures; a bar or point, and the table's link, open the Portfolio filtered the same way.
 */
import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as dashboardStrings from 'DashboardStrings';
import { getNextColor, GroupedVerticalBarChart, HorizontalBarChartWithAxis, LineChart, ResponsiveContainer, VerticalBarChart, type IHorizontalBarChartWithAxisDataPoint, type ILineChartPoints, type IVerticalBarChartDataPoint } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IsoDay } from '../../../domain/dates';
import { formatAmountFor, formatMoney } from '../../../domain/numbers';
import type { RagFilterValue } from '../../../domain/portfolio';
import { formatString } from '../../../domain/text';
import type { IDashboardCharts, IDashboardFilter } from '../../../services/DashboardService';
import { SelectField } from '../../controls';
import { themed } from '../../controls/FluentHost';
import { SR_ONLY } from '../../controls/srOnly';
import { portfolioHref, type IDrillTarget } from '../drillDown';
import { axisTicks, budgetRows, budgetYears, defaultBudgetYear, evAxis, evRows, intakeRows, milestoneRows, ragRows, valueAxis, type EvQuadrant, type IIndexAxis } from './chartModel';
import { ChartFigure, ChartLegend } from './ChartFigure';
import styles from './charts.module.scss';
import tables from '../../Reports/tables.module.scss';

/** Props of {@link DashboardCharts}. */
export interface IDashboardChartsProps {
  /** The charts' series of the dashboard's filter (`IDashboardData.charts`). */
  charts: IDashboardCharts;
  /** The dashboard's day (the budget chart opens on its fiscal year). */
  at: IsoDay;
  /** The dashboard's filter: every drill-down keeps it. */
  filter: IDashboardFilter;
  /** Absolute URL of the PMO site (the Portfolio's address). */
  siteUrl: string;
  /** The user's locale: numbers and amounts. */
  locale: string;
  /** Opens a drill-down address (default: the browser goes there). */
  navigate?: (href: string) => void;
}

/** The RAG colours (the same as the Portfolio's badges); no report is grey. */
const RAG_COLOURS: Record<RagFilterValue, string> = { Green: '#107c10', Amber: '#ffb900', Red: '#d13438', None: '#8a8886' };

const count = (n: number, locale: string): string => formatAmountFor(n, locale, 0);
const index = (n: number, locale: string): string => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const ragText = (rag: RagFilterValue): string => strings[`Portfolio_Rag_${rag}`] ?? rag;

/** The library's props for a value axis from 0 with round ticks (`yAxis` of a vertical chart). */
const roundAxis = (axis: IIndexAxis): { yMaxValue: number; yAxis: { tickStep: number; tick0: number } } => ({ yMaxValue: axis.max, yAxis: { tickStep: axis.step, tick0: 0 } });

/** A table row's header with its drill-down link (the link's name ends with where it leads, for screen readers). */
function DrillLink(props: { href: string; children: React.ReactNode }): React.ReactElement {
  return <a href={props.href} data-testid="dashboard-drill">{props.children}<span className={SR_ONLY}> {dashboardStrings.Dashboard_DrillHint}</span></a>;
}

type Drill = (target: IDrillTarget) => { href: string; onClick: () => void };

function RagChart(props: { rag: IDashboardCharts['rag']; drill: Drill; locale: string }): React.ReactElement {
  const rows = ragRows(props.rag);
  const total = rows.reduce((s, r) => s + r.count, 0);
  const data: IVerticalBarChartDataPoint[] = rows.map(r => ({ x: ragText(r.rag), y: r.count, legend: ragText(r.rag), color: RAG_COLOURS[r.rag], onClick: props.drill(r.target).onClick }));
  const summary = rows.map(r => `${ragText(r.rag)} ${count(r.count, props.locale)}`).join(', ');
  return (
    <ChartFigure
      id="rag"
      title={dashboardStrings.Dashboard_Chart_Rag_Title}
      description={formatString(dashboardStrings.Dashboard_Chart_Rag_Description, summary)}
      empty={dashboardStrings.Dashboard_Chart_Empty}
      drawing={total > 0 && <ResponsiveContainer><VerticalBarChart data={data} hideLegend={true} culture={props.locale} barWidth={48} xAxis={{ tickLayout: 'auto' }} {...roundAxis(valueAxis(Math.max(...rows.map(r => r.count)), true))} yAxisTickFormat={(v: number) => count(v, props.locale)} /></ResponsiveContainer>}
      table={(
        <table className={tables.table} data-testid="dashboard-chart-table">
          <caption className={SR_ONLY}>{dashboardStrings.Dashboard_Chart_Rag_Title}</caption>
          <thead><tr><th scope="col">{dashboardStrings.Dashboard_Col_Rag}</th><th scope="col" className={tables.number}>{dashboardStrings.Dashboard_Col_Projects}</th></tr></thead>
          <tbody>
            {rows.map(r => (
              <tr key={r.rag} data-rag={r.rag}>
                <th scope="row"><span className={styles.ragSwatch} style={{ background: RAG_COLOURS[r.rag] }} aria-hidden="true" /><DrillLink href={props.drill(r.target).href}>{ragText(r.rag)}</DrillLink></th>
                <td className={tables.number}>{count(r.count, props.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

function BudgetChart(props: { budget: IDashboardCharts['budget']; at: IsoDay; drill: Drill; locale: string }): React.ReactElement {
  const theme = useTheme();
  const years = React.useMemo(() => budgetYears(props.budget), [props.budget]);
  const [year, setYear] = React.useState<number | undefined>(() => defaultBudgetYear(years, props.at));
  const shown = year !== undefined && years.indexOf(year) >= 0 ? year : defaultBudgetYear(years, props.at);
  const rows = shown === undefined ? [] : budgetRows(props.budget, shown);
  const series = [
    { key: 'planned', text: dashboardStrings.Dashboard_Budget_Planned, color: getNextColor(0, 0, theme.isInverted) },
    { key: 'forecast', text: dashboardStrings.Dashboard_Budget_Forecast, color: getNextColor(1, 0, theme.isInverted) },
    { key: 'actual', text: dashboardStrings.Dashboard_Budget_Actual, color: getNextColor(2, 0, theme.isInverted) }
  ] as const;
  const name = (r: (typeof rows)[number]): string => r.programme?.title ?? dashboardStrings.Dashboard_NoProgramme;
  const data = rows.map(r => ({ name: name(r), series: series.map(s => ({ key: s.key, data: r[s.key], color: s.color, legend: s.text, onClick: props.drill(r.target).onClick, yAxisCalloutData: formatMoney(r[s.key], props.locale) })) }));
  return (
    <ChartFigure
      id="budget"
      title={dashboardStrings.Dashboard_Chart_Budget_Title}
      description={formatString(dashboardStrings.Dashboard_Chart_Budget_Description, shown ?? '')}
      empty={dashboardStrings.Dashboard_Chart_Empty}
      controls={years.length > 0 && (
        <SelectField
          className={styles.control}
          label={dashboardStrings.Dashboard_Chart_Budget_Year}
          options={years.map(y => ({ key: String(y), text: String(y) }))}
          selectedKey={String(shown)}
          onChange={k => setYear(Number(k))}
          data-testid="dashboard-budget-year"
        />
      )}
      drawing={rows.length > 0 && <ResponsiveContainer><GroupedVerticalBarChart data={data} hideLegend={true} hideLabels={true} xAxis={{ tickLayout: 'auto' }} culture={props.locale} margins={{ left: 96, right: 16, top: 16 }} {...roundAxis(valueAxis(Math.max(...rows.map(r => Math.max(r.planned, r.forecast, r.actual))), false))} yAxisTickFormat={(v: number) => formatAmountFor(v, props.locale, 0)} /></ResponsiveContainer>}
      legend={<ChartLegend label={dashboardStrings.Dashboard_Legend} items={series} />}
      table={(
        <table className={tables.table} data-testid="dashboard-chart-table">
          <caption className={SR_ONLY}>{formatString(dashboardStrings.Dashboard_Chart_Budget_Caption, shown ?? '')}</caption>
          <thead>
            <tr>
              <th scope="col">{dashboardStrings.Dashboard_Col_Programme}</th>
              {series.map(s => <th key={s.key} scope="col" className={tables.number}>{s.text}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(r => (
              <tr key={r.programme?.id ?? 0}>
                <th scope="row"><DrillLink href={props.drill(r.target).href}>{name(r)}</DrillLink></th>
                {series.map(s => <td key={s.key} className={tables.number}>{formatMoney(r[s.key], props.locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

const QUADRANT_KEYS: Record<EvQuadrant, string> = { onPlan: 'Dashboard_Quadrant_onPlan', behind: 'Dashboard_Quadrant_behind', over: 'Dashboard_Quadrant_over', both: 'Dashboard_Quadrant_both' };

/**
 * The quadrants' colours, told apart by lightness as well as hue on light, dark and high-contrast
 * backgrounds: on plan the theme's first chart colour, one index below 1 amber, both below 1 red.
 */
function quadrantColours(inverted: boolean): Record<EvQuadrant, string> {
  const one = inverted ? '#ffb900' : '#986f0b';
  return { onPlan: getNextColor(0, 0, inverted), behind: one, over: one, both: inverted ? '#ff8c8c' : '#c50f1f' };
}

function EarnedValueChart(props: { points: IDashboardCharts['earnedValue']; drill: Drill; locale: string }): React.ReactElement {
  const theme = useTheme();
  const rows = evRows(props.points);
  const axis = evAxis(rows);
  const colours = quadrantColours(!!theme.isInverted);
  // One series of one point per project (the library's line chart draws a lone point as a dot): each
  // dot opens its project; the quadrant's colour repeats the table's "Position". Two dashed lines
  // mark 1.0 on both axes (the library draws a two-point series as a line).
  const guide = (legend: string, from: [number, number], to: [number, number]): ILineChartPoints => ({
    legend, color: theme.palette.neutralSecondary, lineOptions: { strokeDasharray: '4 4', strokeWidth: 1 },
    data: [{ x: from[0], y: from[1], hideCallout: true }, { x: to[0], y: to[1], hideCallout: true }]
  });
  const series: ILineChartPoints[] = [
    guide(`${dashboardStrings.Dashboard_Col_Spi} 1`, [1, axis.min], [1, axis.max]),
    guide(`${dashboardStrings.Dashboard_Col_Cpi} 1`, [axis.min, 1], [axis.max, 1]),
    ...rows.map(r => ({
      legend: r.title,
      color: colours[r.quadrant],
      data: [{ x: r.spi, y: r.cpi, xAxisCalloutData: r.title, yAxisCalloutData: `SPI ${index(r.spi, props.locale)}, CPI ${index(r.cpi, props.locale)}`, onDataPointClick: props.drill(r.target).onClick }]
    }))
  ];
  const legend = [
    { text: dashboardStrings.Dashboard_Quadrant_onPlan, color: colours.onPlan },
    { text: dashboardStrings.Dashboard_Ev_OneBelow, color: colours.behind },
    { text: dashboardStrings.Dashboard_Quadrant_both, color: colours.both }
  ];
  const ticks = { tickStep: axis.step, tick0: axis.min };
  return (
    <ChartFigure
      id="earned-value"
      title={dashboardStrings.Dashboard_Chart_Ev_Title}
      description={formatString(dashboardStrings.Dashboard_Chart_Ev_Description, rows.length)}
      empty={dashboardStrings.Dashboard_Chart_Empty}
      drawing={rows.length > 0 && (
        <ResponsiveContainer>
          <LineChart
            data={{ chartTitle: dashboardStrings.Dashboard_Chart_Ev_Title, lineChartData: series }} hideLegend={true} culture={props.locale}
            xAxisTitle={dashboardStrings.Dashboard_Col_Spi} yAxisTitle={dashboardStrings.Dashboard_Col_Cpi} margins={{ left: 64, bottom: 56, right: 16, top: 16 }}
            xMinValue={axis.min} xMaxValue={axis.max} yMinValue={axis.min} yMaxValue={axis.max} xAxis={ticks} yAxis={ticks} tickValues={axisTicks(axis)}
            yAxisTickFormat={(v: number) => index(v, props.locale)}
          />
        </ResponsiveContainer>
      )}
      legend={<ChartLegend label={dashboardStrings.Dashboard_Legend} items={legend} />}
      table={(
        <table className={tables.table} data-testid="dashboard-chart-table">
          <caption className={SR_ONLY}>{dashboardStrings.Dashboard_Chart_Ev_Title}</caption>
          <thead>
            <tr>
              <th scope="col">{dashboardStrings.Dashboard_Col_Project}</th>
              <th scope="col" className={tables.number}>{dashboardStrings.Dashboard_Col_Spi}</th>
              <th scope="col" className={tables.number}>{dashboardStrings.Dashboard_Col_Cpi}</th>
              <th scope="col">{dashboardStrings.Dashboard_Col_Position}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(r => (
              <tr key={r.projectId} data-quadrant={r.quadrant}>
                <th scope="row"><DrillLink href={props.drill(r.target).href}>{r.code ? `${r.title} (${r.code})` : r.title}</DrillLink></th>
                <td className={tables.number}>{index(r.spi, props.locale)}</td>
                <td className={tables.number}>{index(r.cpi, props.locale)}</td>
                <td>{dashboardStrings[QUADRANT_KEYS[r.quadrant]]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

/** A chart of counts by category (milestone adherence, intake pipeline) with its two-column table. */
function CountChart(props: { id: string; title: string; description: string; column: string; rows: ReadonlyArray<{ key: string; label: string; count: number; color: string }>; note?: string; locale: string }): React.ReactElement {
  const total = props.rows.reduce((s, r) => s + r.count, 0);
  // Horizontal bars: the categories' names in full beside their bars in every language, first on top
  // (the library draws the first category at the bottom).
  // The library keys a bar by its value (`${index}_${x}`, react-charting 5.25): equal counts in two
  // categories gave React duplicate keys, so each bar's value differs by k × 1e-9 (never visible).
  // The library's own value label would show that (a 0 as "1e-9"): the count follows the category's
  // name instead ("Approved (18)"), and the callout and the table show it too.
  const data: IHorizontalBarChartWithAxisDataPoint[] = props.rows.slice().reverse().map((r, k) => ({
    x: r.count + k * 1e-9, y: `${r.label} (${count(r.count, props.locale)})`, legend: r.label, color: r.color, xAxisCalloutData: r.label, yAxisCalloutData: count(r.count, props.locale)
  }));
  const axis = valueAxis(Math.max(...props.rows.map(r => r.count)), true);
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      description={props.description}
      empty={dashboardStrings.Dashboard_Chart_Empty}
      drawing={total > 0 && (
        <ResponsiveContainer>
          <HorizontalBarChartWithAxis
            data={data} hideLegend={true} hideLabels={true} culture={props.locale} showYAxisLables={true} yAxisCategoryOrder="data" barHeight={20}
            xMaxValue={axis.max} xAxis={{ tickStep: axis.step, tick0: 0 }} margins={{ right: 24, top: 16 }}
          />
        </ResponsiveContainer>
      )}
      legend={props.note && <p className={styles.note}>{props.note}</p>}
      table={(
        <table className={tables.table} data-testid="dashboard-chart-table">
          <caption className={SR_ONLY}>{props.title}</caption>
          <thead><tr><th scope="col">{props.column}</th><th scope="col" className={tables.number}>{dashboardStrings.Dashboard_Col_Count}</th></tr></thead>
          <tbody>{props.rows.map(r => <tr key={r.key}><th scope="row">{r.label}</th><td className={tables.number}>{count(r.count, props.locale)}</td></tr>)}</tbody>
        </table>
      )}
    />
  );
}

function Charts(props: IDashboardChartsProps): React.ReactElement {
  const { charts, locale } = props;
  const theme = useTheme();
  const navigate = props.navigate ?? ((href: string) => window.location.assign(href));
  const drill: Drill = target => {
    const href = portfolioHref(props.siteUrl, props.filter, target);
    return { href, onClick: () => navigate(href) };
  };
  const m = charts.milestones;
  const milestones = milestoneRows(m).map((r, i) => ({ key: r.key, label: dashboardStrings[`Dashboard_Ms_${r.key}`] ?? r.key, count: r.count, color: [RAG_COLOURS.Green, RAG_COLOURS.Red, '#a4262c'][i] }));
  const intake = intakeRows(charts.intake).map(r => ({ key: r.state, label: strings[`Request_State_${r.state}`] ?? r.state, count: r.count, color: getNextColor(3, 0, theme.isInverted) }));
  return (
    <div className={styles.charts} data-testid="dashboard-charts">
      <RagChart rag={charts.rag} drill={drill} locale={locale} />
      <BudgetChart budget={charts.budget} at={props.at} drill={drill} locale={locale} />
      <EarnedValueChart points={charts.earnedValue} drill={drill} locale={locale} />
      <CountChart
        id="milestones" title={dashboardStrings.Dashboard_Chart_Ms_Title} column={dashboardStrings.Dashboard_Col_Milestones} rows={milestones} locale={locale}
        description={formatString(dashboardStrings.Dashboard_Chart_Ms_Description, count(m.onTime, locale), count(m.late, locale), count(m.lateOpen, locale))}
      />
      <CountChart
        id="intake" title={dashboardStrings.Dashboard_Chart_Intake_Title} column={dashboardStrings.Dashboard_Col_State} rows={intake} locale={locale}
        description={formatString(dashboardStrings.Dashboard_Chart_Intake_Description, intake.map(r => `${r.label} ${count(r.count, locale)}`).join(', '))}
        note={dashboardStrings.Dashboard_Chart_Intake_Note}
      />
    </div>
  );
}

/** The dashboard's charts, themed like the host (SharePoint or Teams, light, dark or high contrast). */
export const DashboardCharts: React.ComponentType<IDashboardChartsProps> = themed(Charts);
