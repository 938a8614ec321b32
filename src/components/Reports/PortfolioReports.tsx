/**
 * The multi-project report for IT management, in the lazily loaded 'dashboard-reports' chunk: for the
 * dashboard's filter or a saved view of the Portfolio, as a PowerPoint deck (title, portfolio summary
 * with the KPIs, RAG overview, one slide per project, appendix) or an Excel workbook, with progress
 * (projects done of total) and Cancel; the report made can be stored in the Reports library with its
 * date, and the stored reports are listed. The builders (pptxgenjs, write-excel-file) load from their
 * own chunks on the first report.
 */
import * as React from 'react';
import * as reportStrings from 'ReportStrings';
import { formatString } from '../../domain/text';
import type { IDashboardFilter, IDashboardService, ReportSource } from '../../services/DashboardService';
import type { IPortfolioService, ISavedPortfolioView } from '../../services/PortfolioService';
import { Button, SelectField, type ISelectOption } from '../controls';
import { useLoad } from '../Raid/useLoad';
import { reportKpiTile } from '../Dashboard/kpiText';
import { buildPortfolioReportPptx, buildReportWorkbook } from './documents';
import { reportLabels } from './reportLabels';
import { ReportJobStatus } from './ReportJobStatus';
import { StoredReports } from './StoredReports';
import { ReportNotMadeError, useReportJob, type IBuildControl, type IMadeReport } from './useReportJob';
import styles from './Reports.module.scss';

/** Props of {@link PortfolioReports}. */
export interface IPortfolioReportsProps {
  /** The report's data (the grid's rows), the Reports library. */
  dashboard: Pick<IDashboardService, 'getReportData' | 'storeReport' | 'listReports'>;
  /** The saved views a report can be made for; without it, the dashboard's filter only. */
  portfolio?: Pick<IPortfolioService, 'loadViews'>;
  /** The dashboard's filter (programme, department, objective). */
  filter: IDashboardFilter;
  /** The filter in words ("Programme: …" or "All projects"): the report's title and scope. */
  filterText: string;
  /** The user's locale: the documents' numbers and days, the list's dates. */
  locale: string;
  /** The site's time zone (IANA) for the generation time on the title slide. */
  timeZone?: string;
  /** The site's origin: the base of the stored reports' links (server-relative URLs); the page's when absent. */
  origin?: string;
}

/** The source choice of the dashboard's filter. */
export const FILTER_SOURCE: string = 'filter';

/** A saved view's key in the source choice. */
export const viewSourceKey = (v: Pick<ISavedPortfolioView, 'scope' | 'id'>): string => `view:${v.scope}:${v.id}`;

/** The source choices: the dashboard's filter, then the shared views and the user's own (each under its heading). */
export function sourceOptions(filterText: string, views: ReadonlyArray<ISavedPortfolioView>): ISelectOption[] {
  return [
    { key: FILTER_SOURCE, text: formatString(reportStrings.Report_Source_Filter, filterText) },
    ...views.map(v => ({ key: viewSourceKey(v), text: v.view.name, group: v.scope === 'shared' ? reportStrings.Report_Source_Shared : reportStrings.Report_Source_Personal }))
  ];
}

/** What a choice stands for: the report's source, its title and scope, and the name the Reports library keeps. */
export function reportSubject(key: string, filter: IDashboardFilter, filterText: string, views: ReadonlyArray<ISavedPortfolioView>): { source: ReportSource; title: string; scope: string; viewName: string } {
  const view = views.filter(v => viewSourceKey(v) === key)[0];
  if (view) return { source: { kind: 'view', viewId: view.id, scope: view.scope }, title: '{0}', scope: formatString(reportStrings.Report_Scope_View, view.view.name), viewName: view.view.name };
  return { source: { kind: 'filter', filters: { ...filter } }, title: filterText, scope: formatString(reportStrings.Report_Scope_Filter, filterText), viewName: filterText };
}

/** The multi-project report's panel and the list of stored reports. */
export function PortfolioReports(props: IPortfolioReportsProps): React.ReactElement {
  const { dashboard, locale } = props;
  const [key, setKey] = React.useState(FILTER_SOURCE);
  const views = useLoad(() => (props.portfolio ? props.portfolio.loadViews() : Promise.resolve([])), 'views');
  const stored = useLoad(() => dashboard.listReports(), 'stored');
  const job = useReportJob((content, input) => dashboard.storeReport(content, input), locale, () => void stored.reload());
  const savedViews = views.load.status === 'ready' ? views.load.data : [];
  const make = (format: 'pptx' | 'xlsx'): ((control: IBuildControl) => Promise<IMadeReport>) => async control => {
    const subject = reportSubject(key, props.filter, props.filterText, savedViews);
    const data = await dashboard.getReportData(subject.source, { title: subject.title, scope: subject.scope, locale, formatKpi: k => reportKpiTile(k, locale) });
    control.signal.throwIfAborted();
    if (data.overview.length === 0) throw new ReportNotMadeError(reportStrings.Report_NoProjects);
    const options = { locale, timeZone: props.timeZone, onProgress: control.onProgress, signal: control.signal };
    const labels = reportLabels();
    const file = format === 'pptx' ? await buildPortfolioReportPptx(data, labels, options) : await buildReportWorkbook(data, labels, options);
    return { file, kind: format === 'pptx' ? 'PortfolioReport' : 'ReportWorkbook', date: data.generatedOn, viewName: subject.viewName };
  };
  const busy = job.state.phase !== 'idle';
  return (
    <div className={styles.reports} data-testid="portfolio-reports">
      <section aria-labelledby="report-portfolio-heading" className={styles.part}>
        <h3 id="report-portfolio-heading" className={styles.heading}>{reportStrings.Report_Portfolio_Heading}</h3>
        <p className={styles.intro}>{reportStrings.Report_Portfolio_Intro}</p>
        <div className={styles.controls}>
          <SelectField
            label={reportStrings.Report_Source}
            options={sourceOptions(props.filterText, savedViews)}
            selectedKey={key}
            onChange={setKey}
            disabled={busy}
            data-testid="report-source"
          />
          <div className={styles.buttons}>
            <Button primary icon="save" disabled={busy} onClick={() => void job.run(make('pptx'))} data-testid="report-pptx">{reportStrings.Report_Pptx}</Button>
            <Button icon="excel" disabled={busy} onClick={() => void job.run(make('xlsx'))} data-testid="report-xlsx">{reportStrings.Report_Xlsx}</Button>
          </div>
        </div>
        {views.load.status === 'loading' && props.portfolio && <p className={styles.hint}>{reportStrings.Report_Source_Loading}</p>}
        <ReportJobStatus job={job} locale={locale} />
      </section>
      <StoredReports load={stored.load} reload={stored.reload} locale={locale} origin={props.origin ?? (typeof window === 'undefined' ? '' : window.location.origin)} />
    </div>
  );
}
