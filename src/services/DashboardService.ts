/**
 * KPIs and reports on the PMO site: the portfolio dashboard (the PMO's KPI definitions with their
 * current value, status and six-period trend, the charts' series and the filter options), the data
 * of the single- and multi-project reports (the multi-project report's rows are the Portfolio grid's
 * rows for the same filter or saved view), the Reports library where a generated report is stored
 * with its date (the audit trail), and the PMO's KPI configuration (which KPIs show, in which order)
 * and KPI definitions.
 *
 * How a view stays small at 5,000 projects and ~100,000 status reports: the current RAG and earned
 * value come from Projects (the latest published report's values, denormalised there); everything
 * else (the status reports valid at each past period end, milestones, risks, issues, benefits,
 * budget lines, gate decisions, intake) comes from KpiSnapshots: per project, the figures each KPI
 * formula adds up, at each reporting period's end and at the day the figures were last taken.
 * A reader who may add to KpiSnapshots (the PMO) takes the figures that are missing (README,
 * "KPIs and reports").
 *
 * CONTRACT (interface first; the implementation follows in this file).
 */
import type { IsoDay } from '../domain/dates';
import type { IntakeState } from '../domain/intake';
import type { IKpiDefinition, IKpiDefinitionInput, IKpiDefinitionProblem, IKpiTrend, KpiFormulaCode, KpiResult, KpiStatus } from '../domain/kpi';
import type { IPortfolioFilters, IPortfolioRef, Rag } from '../domain/portfolio';
import type { IPortfolioReportData, IProjectReportData, IReportKpiTile } from '../domain/reports';

// ---------------------------------------------------------------- the dashboard

/** The dashboard's filter: projects of any of the programmes, departments and objectives given (AND between filters, as the Portfolio's filter pane). Empty or absent: every project. */
export interface IDashboardFilter {
  programmeIds?: number[];
  departments?: string[];
  objectiveIds?: number[];
}

/** A KpiDefinitions item as the dashboard reads it: valid (with its definition) or not (with its problems, so the PMO can fix it). */
export interface IKpiDefinitionRow {
  /** KpiDefinitions item id. */
  id: number;
  /** The item's ETag (an update sends it: a change saved meanwhile answers 412). */
  etag: string;
  /** The stored values. */
  input: IKpiDefinitionInput;
  /** The valid definition (empty columns filled from the formula); undefined when the item has problems. */
  definition?: IKpiDefinition;
  /** The item's problems (empty when valid): a KPI with problems is never computed. */
  problems: IKpiDefinitionProblem[];
}

/** One KPI tile of the dashboard. */
export interface IDashboardKpi {
  /** KpiDefinitions item id. */
  id: number;
  definition: IKpiDefinition;
  /** The value at the dashboard's day (`IDashboardData.at`), or no data (never 0 or green). */
  result: KpiResult;
  /** The threshold colour of the value as shown (`kpiStatus`), `noData` without a value. */
  status: KpiStatus;
  /** The value at each of the last six reporting periods' ends (`IDashboardData.periods`) and the direction. */
  trend: IKpiTrend;
}

/** The saved dashboard configuration (PmoHubConfig `Dashboard.Configuration`, written by the PMO). */
export interface IDashboardConfiguration {
  /** The KPI codes (KpiDefinitions.Code) the dashboard shows, in order; absent: every active KPI, by title. */
  kpiCodes?: string[];
}

/** Running projects per overall RAG (the RAG distribution chart), from Projects. */
export interface IDashboardRagSeries {
  counts: Record<Rag, number>;
  /** Running projects without a published overall RAG. */
  notReported: number;
}

/** Budget against actual cost of one programme (or of projects without one) in one fiscal year, summed over its projects' budget lines. */
export interface IDashboardBudgetPoint {
  /** Undefined: projects without a programme. */
  programme?: IPortfolioRef;
  /** The fiscal year (named by the calendar year it starts in). */
  fiscalYear: number;
  planned: number;
  forecast: number;
  actual: number;
}

/** One project of the SPI/CPI scatter: its latest published report's indices (from Projects). */
export interface IDashboardIndexPoint {
  projectId: number;
  title: string;
  code?: string;
  spi: number;
  cpi: number;
  /** Planned value (the bubble's size, when the chart draws one). */
  pv?: number;
}

/** Milestone adherence of the projects in scope (baselined milestones). */
export interface IDashboardMilestoneSeries {
  /** Fell due in the last twelve months and achieved on or before the baseline day. */
  onTime: number;
  /** Fell due in the last twelve months and achieved after the baseline day, or not achieved. */
  late: number;
  /** Of running projects: late and still open at the day. */
  lateOpen: number;
}

/** Requests in one intake state at the day (the intake pipeline). */
export interface IDashboardIntakePoint {
  state: IntakeState;
  count: number;
}

/** The charts' series (each chart also has a data-table alternative built from the same series). */
export interface IDashboardCharts {
  rag: IDashboardRagSeries;
  /** By programme (title order, projects without a programme last), then fiscal year. */
  budget: IDashboardBudgetPoint[];
  /** Running projects whose latest report has both indices. */
  earnedValue: IDashboardIndexPoint[];
  milestones: IDashboardMilestoneSeries;
  /** Every submitted intake state, in the workflow's order (the pipeline covers the whole intake: requests belong to no programme yet). */
  intake: IDashboardIntakePoint[];
}

/** The filter's options. */
export interface IDashboardOptions {
  /** Programmes, by title. */
  programmes: IPortfolioRef[];
  /** Departments the projects name, sorted. */
  departments: string[];
  /** Active strategic objectives, by title. */
  objectives: IPortfolioRef[];
}

/** Everything the Dashboard web part shows, for one filter. */
export interface IDashboardData {
  /** The day the values are for (today in the site's time zone). */
  at: IsoDay;
  /** The ends of the trend's six reporting periods, oldest first (the last one is `at`). */
  periods: IsoDay[];
  /** The filter applied (compacted). */
  filter: IDashboardFilter;
  /** Projects in scope (every status). */
  projectCount: number;
  /** The KPIs that show (the saved configuration's, else every active valid one), in order. */
  kpis: IDashboardKpi[];
  /** Every KpiDefinitions item (for the PMO's configuration), by title. */
  definitions: IKpiDefinitionRow[];
  /** The saved configuration (empty when none is saved). */
  configuration: IDashboardConfiguration;
  charts: IDashboardCharts;
  options: IDashboardOptions;
  /** The current user may change the configuration and the KPI definitions (the PMO; SharePoint enforces it). */
  canConfigure: boolean;
  /**
   * The day the figures from lists other than Projects were taken (KpiSnapshots): `at`, or an
   * earlier day when the current user may not take them and nobody has today (the tile says "as of").
   */
  figuresAsOf: IsoDay;
}

// ---------------------------------------------------------------- reports

/** What a multi-project report covers: a filter of the Portfolio's filter pane, or a saved view of it. */
export type ReportSource =
  | { kind: 'filter'; filters: IPortfolioFilters; search?: string }
  | { kind: 'view'; viewId: number; scope?: 'shared' | 'personal' };

/** The caller's texts and formatting for a multi-project report (every text in the user's language). */
export interface IReportDataOptions {
  /** The report's title; for a saved view, `{0}` is replaced by the view's name. */
  title: string;
  /** What it covers, in words (e.g. the view's name or the filter described). */
  scope: string;
  /** The user's locale: the grid's sort order of titles. */
  locale: string;
  /** A KPI tile as the dashboard shows it (value formatted, trend as text); no tiles when absent. */
  formatKpi?: (kpi: IDashboardKpi) => IReportKpiTile;
  /** Projects with a slide of their own, at most (the overview lists all); every project when absent. */
  maxProjectSlides?: number;
}

/** The kinds of stored reports (Reports.ReportKind). */
export type ReportKind = 'ProjectReport' | 'PortfolioReport' | 'ReportWorkbook';

/** A report to store in the Reports library. */
export interface IStoreReportInput {
  kind: ReportKind;
  /** The file's name (reportFileName); a name taken gets ' (2)', ' (3)' … */
  fileName: string;
  /** The project of a single-project report. */
  projectId?: number;
  /** The saved view (or the filter described) of a multi-project report. */
  viewName?: string;
  /** The report's day (its data's day), 'YYYY-MM-DD'. */
  date: IsoDay;
}

/** A report stored in the Reports library. */
export interface IStoredReport {
  /** The file's list item id. */
  id: number;
  kind: ReportKind;
  fileName: string;
  /** Server-relative URL of the file. */
  url: string;
  date: IsoDay;
  projectId?: number;
  projectTitle?: string;
  viewName?: string;
  /** Who stored it and when (set by SharePoint, not by the client). */
  storedBy: string;
  storedAt: string;
}

/** Why a write was refused before anything was written. */
export type DashboardRefusal = 'invalidDefinition' | 'codeTaken' | 'unknownKpi' | 'invalidReport';

/** A refused write; `problems` name the fields (a KPI definition's), `field` the first. */
export class DashboardRefusedError extends Error {
  public readonly refusal: DashboardRefusal;
  public readonly field: string;
  public readonly problems: IKpiDefinitionProblem[];
  public constructor(refusal: DashboardRefusal, field: string, problems: IKpiDefinitionProblem[] = []) {
    super(`${refusal}: ${field}`);
    this.name = 'DashboardRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.problems = problems;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, DashboardRefusedError.prototype);
  }
}

// ---------------------------------------------------------------- the service

/**
 * The dashboard, the report data and the Reports library. Reads are batched (`$batch`); writes are
 * validated first and enforced again by SharePoint (PmoHubConfig and KpiDefinitions: the PMO edits;
 * Reports: the PMO and project managers add, nobody but PMO Owners deletes).
 */
export interface IDashboardService {
  /**
   * The dashboard for a filter. Two requests in SharePoint at any size (the page's digest and one
   * `$batch`; one request more per further 5,000 projects) once the day's figures are taken; the
   * first PMO reader of a day takes them (reads the lists, writes KpiSnapshots).
   */
  getDashboard(filter?: IDashboardFilter): Promise<IDashboardData>;
  /** PMO: saves which KPIs show, in which order (unknown codes refused: 'unknownKpi', field 'kpiCodes'); 403 from SharePoint for anyone else. */
  saveConfiguration(configuration: IDashboardConfiguration): Promise<void>;
  /**
   * PMO: adds a KPI definition, or updates the one given (with the ETag read: 412 when changed
   * meanwhile). Refused before anything is written when `validateKpiDefinition` finds problems
   * ('invalidDefinition', `problems` naming the fields) or the code is taken ('codeTaken', field 'code').
   */
  saveKpiDefinition(input: IKpiDefinitionInput, replace?: { id: number; etag: string }): Promise<IKpiDefinitionRow>;
  /**
   * Takes the KPI figures missing for the trend's period ends and today (PMO: writes KpiSnapshots;
   * anyone else gets them computed, not stored). Returns the days taken. `getDashboard` calls it.
   */
  refreshFigures(): Promise<IsoDay[]>;
  /**
   * The multi-project report's data: the overview's rows are the Portfolio grid's rows for the same
   * filter or saved view (same rows, same order), each project's slide data, the appendix, and the
   * dashboard's KPI tiles for the projects covered (through `formatKpi`).
   */
  getReportData(source: ReportSource, options: IReportDataOptions): Promise<IPortfolioReportData>;
  /** The single-project status report's data: RAG per dimension with comments, milestones, earned value, top risks and issues, decisions needed. */
  getProjectReportData(projectId: number): Promise<IProjectReportData>;
  /** Stores a generated report in the Reports library with its kind, date, project or view; returns it as listed. */
  storeReport(content: Blob | ArrayBuffer, input: IStoreReportInput): Promise<IStoredReport>;
  /** The stored reports, newest first (by day, then storing order). */
  listReports(): Promise<IStoredReport[]>;
}

/** A formula's code, as the dashboard's definitions name it (re-exported for the web part). */
export type { KpiFormulaCode };
