import * as React from 'react';
import * as dashboardStrings from 'DashboardStrings';
import type { KpiStatus } from '../../domain/kpi';
import type { IDashboardFilter, IDashboardKpi } from '../../services/DashboardService';
import { SR_ONLY } from '../controls/srOnly';
import { kpiLink } from './drillDown';
import { kpiStatusText, kpiValueText, noDataReasonText, thresholdText, trendAlternative, trendText } from './kpiText';
import { Sparkline } from './Sparkline';
import styles from './Dashboard.module.scss';

/** A KPI status as a shape with its colour (green square, amber diamond, red circle, no data a dashed ring) beside its words: never colour alone. */
export function StatusMark(props: { status: KpiStatus }): React.ReactElement {
  return (
    <span className={styles.status} data-status={props.status} data-testid="dashboard-kpi-status">
      <span className={styles.statusShape} aria-hidden="true" />
      {kpiStatusText(props.status)}
    </span>
  );
}

/** Props of {@link KpiTile}. */
export interface IKpiTileProps {
  /** The KPI: definition, result, status and trend. */
  kpi: IDashboardKpi;
  /** The dashboard's filter (the drill-down keeps it). */
  filter: IDashboardFilter;
  /** Absolute URL of the PMO site (the Portfolio's address). */
  siteUrl: string;
  /** The user's locale: the value and the months. */
  locale: string;
}

/**
 * One KPI tile: its name (a link to its projects in the Portfolio, filtered like the dashboard, or to the
 * project requests for a KPI of requests), the
 * value in the user's locale and unit (or "No data" with the reason, never 0 or green), the status in
 * words with its colour and shape, the six-period sparkline with the trend in words (improving,
 * worsening, steady) and the values as text for screen readers, and the thresholds.
 */
export function KpiTile(props: IKpiTileProps): React.ReactElement {
  const { kpi, locale } = props;
  const d = kpi.definition;
  const id = `dashboard-kpi-${kpi.id}`;
  const values = kpi.trend.points.map(p => (p.result.kind === 'value' ? p.result.value : undefined));
  const link = kpiLink(props.siteUrl, props.filter, d.formula);
  return (
    <li className={styles.tile} data-status={kpi.status} data-code={d.code} data-testid="dashboard-kpi">
      <h3 id={id} className={styles.tileName}>
        <a href={link.href} className={styles.tileLink} data-testid="dashboard-kpi-link">
          {d.name}<span className={SR_ONLY}> {link.opens === 'requests' ? dashboardStrings.Dashboard_DrillHint_Requests : dashboardStrings.Dashboard_DrillHint}</span>
        </a>
      </h3>
      <p className={styles.tileValue} data-testid="dashboard-kpi-value">{kpiValueText(kpi.result, d.unit, locale)}</p>
      <p className={styles.tileLine}><StatusMark status={kpi.status} /></p>
      {kpi.result.kind === 'noData' && <p className={styles.tileHint} data-testid="dashboard-kpi-reason">{noDataReasonText(kpi.result.reason)}</p>}
      <div className={styles.trend} data-direction={kpi.trend.direction} data-testid="dashboard-kpi-trend">
        <Sparkline values={values} />
        <span aria-hidden="true">{trendText(kpi.trend, d.unit, locale)}</span>
        <span className={SR_ONLY}>{trendAlternative(kpi.trend, d.unit, locale)}</span>
      </div>
      <p className={styles.tileHint}>{thresholdText(d, locale)}</p>
      {d.description && <p className={styles.tileHint}>{d.description}</p>}
    </li>
  );
}

/** Props of {@link KpiTiles}. */
export interface IKpiTilesProps {
  /** The KPIs shown, in the configured order. */
  kpis: ReadonlyArray<IDashboardKpi>;
  /** The dashboard's filter: the tiles' drill-down keeps it. */
  filter: IDashboardFilter;
  /** Absolute URL of the PMO site. */
  siteUrl: string;
  /** The user's locale. */
  locale: string;
}

/** The KPI tiles in the configured order, as a list (a screen reader announces how many). */
export function KpiTiles(props: IKpiTilesProps): React.ReactElement {
  return (
    <ul className={styles.tiles} aria-label={dashboardStrings.Dashboard_KpisHeading} data-testid="dashboard-kpis">
      {props.kpis.map(k => <KpiTile key={k.id} kpi={k} filter={props.filter} siteUrl={props.siteUrl} locale={props.locale} />)}
    </ul>
  );
}
