import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as dashboardStrings from 'DashboardStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatPlural, formatString } from '../../domain/text';
import type { IDashboardData, IDashboardFilter, IDashboardOptions } from '../../services/DashboardService';
import { describeError } from '../../services/errors';
import { Button, Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { lazySurface, type ILazySurface } from '../Portfolio/lazySurface';
import { FILTER_PARAMS } from '../Portfolio/addressFilters';
import { useLoad } from '../Raid/useLoad';
import type { IPortfolioReportsProps } from '../Reports/PortfolioReports';
import type { IKpiConfigProps } from './config/KpiConfig';
import { lazyDashboardCharts } from './charts/lazyCharts';
import { DashboardFilters } from './DashboardFilters';
import { dashboardFilterOf, dashboardSearchOf, filterKey } from './drillDown';
import type { IDashboardProps } from './IDashboardProps';
import { KpiTiles } from './KpiTiles';
import { filterDescription } from './filterText';
import styles from './Dashboard.module.scss';

// The PMO's configuration and the reports load in their own chunks once the tiles are on screen.
const KpiConfig = lazySurface<IKpiConfigProps>(() => import(/* webpackChunkName: 'dashboard-config' */ './config/KpiConfig').then(m => m.KpiConfig));
const PortfolioReports = lazySurface<IPortfolioReportsProps>(() => import(/* webpackChunkName: 'dashboard-report-panel' */ '../Reports/PortfolioReports').then(m => m.PortfolioReports));

/** Whether a lazy surface's chunk is there (a spinner shows until then); starts loading it. Without a surface (a host's own component), at once. */
function useChunk(surface: ILazySurface<never> | undefined): boolean {
  const [ready, setReady] = React.useState(!surface);
  React.useEffect(() => {
    if (!surface) return undefined;
    let active = true;
    surface.preload().then(() => { if (active) setReady(true); }, () => { if (active) setReady(true); });
    return () => { active = false; };
  }, [surface]);
  return ready;
}

/** Keeps the filter in the page's address (other parameters, such as the workbench's user, stay), so that a reload or a shared link shows the same dashboard. */
function writeAddress(filter: IDashboardFilter): void {
  if (typeof window === 'undefined' || !window.history?.replaceState) return;
  const q = new URLSearchParams(window.location.search);
  for (const p of [FILTER_PARAMS.programme, FILTER_PARAMS.department, FILTER_PARAMS.objective]) q.delete(p);
  for (const [k, v] of new URLSearchParams(dashboardSearchOf(filter))) q.append(k, v);
  const query = q.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

/** Props of {@link DashboardView}. */
interface IDashboardViewProps extends IDashboardProps {
  data: IDashboardData;
  filter: IDashboardFilter;
  reload: () => Promise<void>;
}

/** The dashboard of a filter: scope, KPI tiles (with the PMO's configuration), charts and reports. */
function DashboardView(props: IDashboardViewProps): React.ReactElement {
  const { data, locale } = props;
  const [configOpen, setConfigOpen] = React.useState(false);
  const Charts = props.charts ?? lazyDashboardCharts.Component;
  const chartsReady = useChunk(props.charts ? undefined : lazyDashboardCharts as ILazySurface<never>);
  const reportsReady = useChunk(PortfolioReports as ILazySurface<never>);
  React.useEffect(() => { if (data.canConfigure) void KpiConfig.preload().catch(() => undefined); }, [data.canConfigure]);
  const scope = formatPlural({ one: dashboardStrings.Dashboard_Scope_one, other: dashboardStrings.Dashboard_Scope }, data.projectCount, locale, data.projectCount, formatDateOnly(data.at, locale));
  return (
    <>
      <p className={styles.scope} data-testid="dashboard-scope">{scope}</p>
      {data.figuresAsOf !== data.at && <Notice kind="info" data-testid="dashboard-figures-as-of">{formatString(dashboardStrings.Dashboard_FiguresAsOf, formatDateOnly(data.figuresAsOf, locale))}</Notice>}
      <section aria-labelledby="dashboard-kpis-heading" className={styles.section}>
        <div className={styles.sectionHead}>
          <h2 id="dashboard-kpis-heading" className={styles.heading}>{dashboardStrings.Dashboard_KpisHeading}</h2>
          {data.canConfigure && (
            <Button icon="edit" aria-expanded={configOpen} onClick={() => setConfigOpen(!configOpen)} data-testid="dashboard-configure">{dashboardStrings.Dashboard_Configure}</Button>
          )}
        </div>
        {configOpen && (
          <KpiConfig.Component
            service={props.dashboard}
            definitions={data.definitions}
            configuration={data.configuration}
            locale={locale}
            onChanged={props.reload}
            onClose={() => setConfigOpen(false)}
          />
        )}
        {data.kpis.length === 0
          ? <p className={styles.empty} data-testid="dashboard-no-kpis">{data.canConfigure ? dashboardStrings.Dashboard_NoKpis_Pmo : dashboardStrings.Dashboard_NoKpis}</p>
          : <KpiTiles kpis={data.kpis} filter={props.filter} siteUrl={props.siteUrl} locale={locale} />}
      </section>
      <section aria-labelledby="dashboard-charts-heading" className={styles.section}>
        <h2 id="dashboard-charts-heading" className={styles.heading}>{dashboardStrings.Dashboard_ChartsHeading}</h2>
        {chartsReady
          ? <Charts charts={data.charts} at={data.at} filter={props.filter} siteUrl={props.siteUrl} locale={locale} />
          : <Spinner label={strings.LoadingLabel} />}
      </section>
      <section aria-labelledby="dashboard-reports-heading" className={styles.section}>
        <h2 id="dashboard-reports-heading" className={styles.heading}>{dashboardStrings.Dashboard_ReportsHeading}</h2>
        {reportsReady
          ? (
            <PortfolioReports.Component
              dashboard={props.dashboard}
              portfolio={props.portfolio}
              filter={props.filter}
              filterText={filterDescription(props.filter, data.options)}
              locale={locale}
              timeZone={props.timeZone}
            />
          )
          : <Spinner label={strings.LoadingLabel} />}
      </section>
    </>
  );
}

/**
 * The "Dashboard" web part: the portfolio's KPIs as tiles (value in the user's locale and unit, the
 * threshold colour with its words, "No data" never 0 or green, the six-period trend as a sparkline
 * with its values in words), filtered by programme, department and strategic objective (kept in the
 * page address); the charts (RAG distribution, budget against actual cost by programme and year,
 * SPI/CPI per project, milestone adherence, intake pipeline) from their own chunk, each with its data
 * table; tiles, bars and table rows open the Portfolio filtered the same way; for the PMO the choice
 * and order of the KPIs and their definitions; the multi-project report (PowerPoint, Excel) for the
 * filter or a saved view, stored in the Reports library with its date. States: loading, no access,
 * error with "Try again".
 */
export function Dashboard(props: IDashboardProps): React.ReactElement {
  const [filter, setFilter] = React.useState<IDashboardFilter>(() => dashboardFilterOf(props.search ?? (typeof window === 'undefined' ? '' : window.location.search)));
  const { load, reload } = useLoad(() => props.dashboard.getDashboard(filter), filterKey(filter));
  const options = React.useRef<IDashboardOptions | undefined>(undefined);
  if (load.status === 'ready') options.current = load.data.options;
  const change = (f: IDashboardFilter): void => {
    setFilter(f);
    writeAddress(f);
  };
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    if (describeError(load.error).kind === 'forbidden') return <NoAccess pageTitle={strings.Dashboard_WebPartTitle} />;
    body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else {
    body = <DashboardView {...props} data={load.data} filter={filter} reload={reload} />;
  }
  return (
    <section className={styles.dashboard} aria-labelledby="pmo-dashboard-heading" data-testid="dashboard-page" data-theme={props.teamsTheme}>
      <h1 id="pmo-dashboard-heading" className={styles.title}>{strings.Dashboard_WebPartTitle}</h1>
      <p className={styles.intro}>{dashboardStrings.Dashboard_Intro}</p>
      <DashboardFilters filter={filter} options={options.current} onChange={change} disabled={load.status === 'loading' && !options.current} />
      {body}
    </section>
  );
}
