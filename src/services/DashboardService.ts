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
 * else (the RAG and earned value at each past period end, milestones, risks, issues, benefits, budget
 * lines, gate decisions, intake) comes from KpiSnapshots: per project, each KPI formula's partial sum
 * (kpiFigures.ts) at each reporting period's end and at the day the figures were last taken. A reader
 * who may add to KpiSnapshots (the PMO) takes the figures that are missing (README, "KPIs and reports").
 *
 * CONTRACT (interface first; the implementation follows in this file).
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { addDays, dayAt, UTC_TIME_ZONE, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { effectiveRiskThresholds } from '../domain/governance';
import type { IntakeState } from '../domain/intake';
import {
  checkKpiDefinition, reportingPeriodEnds,
  type IKpiContext, type IKpiDefinition, type IKpiDefinitionInput, type IKpiDefinitionProblem, type IKpiTrend, type KpiFormulaCode, type KpiResult, type KpiStatus
} from '../domain/kpi';
import { applyView, compactFilters, defaultView, matchesFilters, textComparer, type IPortfolioFilters, type IPortfolioRef, type IPortfolioView, type Rag } from '../domain/portfolio';
import type { IPortfolioReportData, IProjectReportData, IReportKpiTile } from '../domain/reports';
import { formatString } from '../domain/text';
import { dashboardCharts, dashboardKpis, dashboardOptions, definitionRows, kpiProjectOf, shownDefinitions, type IDashboardProject, type IKpiScope } from './dashboardModel';
import { describeError } from './errors';
import { etagOf, num, text } from './itemValues';
import { dayOfFirstPartKey, decodeDayFigures, encodeDayFigures, figuresKey, figuresKeyRange, groupByProject, takeDayFigures, type IDayFigures } from './kpiFigures';
import { listOn, type ListHandle } from './lists';
import { odataEq, odataString } from './odata';
import { PROJECT_SELECT, toPortfolioRow, type IPortfolioData, type IPortfolioService } from './PortfolioService';
import { CONTROLLING_CONFIG_KEY, parseJson } from './reportDimensions';
import { configuredThresholds, fiscalYearStartMonthOf } from './configValues';
import { configVersionOf, writeConfigValue } from './configWrite';
import type { IListLocation, ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { DASHBOARD_CONFIG_KEY, RISK_THRESHOLDS_CONFIG_KEY } from '../schema/settings';
import { KpiDefinitionsList, KpiSnapshotsList, PmoHubConfigList, ProgrammesList, ProjectsList, ReportsList, StrategicObjectivesList } from '../schema/refs';

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
  /**
   * The version of the saved configuration as read ('' when none is saved). saveConfiguration sends it
   * back: a configuration saved meanwhile (another PMO officer, another tab) is refused as a conflict.
   * Absent: the save writes over whatever is stored.
   */
  version?: string;
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
   * The dashboard for a filter. Two requests in SharePoint (Projects' first page, and one `$batch` of
   * everything else; one request more per further 5,000 projects; a second `$batch` when the current
   * figures are an earlier day's; locally the digest as well) once the day's figures are taken; the
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
  /**
   * Whether the current user may store a report: SharePoint's effective permissions on the Reports
   * library (add and edit items: PMO officers and project managers; the board and IT management read).
   * False when the library cannot be read. SharePoint refuses a store without them anyway (403).
   */
  canStoreReports(): Promise<boolean>;
}

/** A formula's code, as the dashboard's definitions name it (re-exported for the web part). */
export type { KpiFormulaCode };

// ---------------------------------------------------------------- implementation

/** The services and settings the dashboard service receives. */
export interface IDashboardServiceDeps {
  /** The Portfolio's register and saved views: the report's rows are the grid's rows. */
  portfolio: IPortfolioService;
  /** The site's time zone (read inside the first `$batch` when not known yet). */
  siteTimeZone: ISiteTimeZoneSource;
  /** The user's locale: the order of programme, department and objective titles. */
  locale: string;
  /** The current instant in ms (tests fix the day); `Date.now` when absent. */
  now?: () => number;
}

/** How old (days) the figures of the current period may be for a reader who may not take them. */
export const FIGURES_MAX_AGE_DAYS: number = 6;

const P = ProjectsList.fields;
const K = KpiDefinitionsList.fields;
const S = KpiSnapshotsList.fields;
const CF = PmoHubConfigList.fields;
const PAGE = 5000;

/** The Projects columns the dashboard reads: the Portfolio grid's, and the latest report's earned value. */
export const DASHBOARD_PROJECT_SELECT: ReadonlyArray<string> = [...PROJECT_SELECT, P.PlannedValue, P.EarnedValue, P.ActualCost, P.BudgetAtCompletion];

/** The KpiDefinitions columns a definition is read from. */
const KPI_SELECT: ReadonlyArray<string> = [K.Id, K.Code, K.Title, K.Summary, K.KpiFormula, K.Unit, K.HigherIsBetter, K.GreenThreshold, K.AmberThreshold, K.IsActive];

type Row = Record<string, unknown>;

/** The `$filter` of every part of one day's figures in the current format (a range of the indexed, unique key). */
export function dayFilter(day: IsoDay): string {
  const range = figuresKeyRange(day);
  return `${S.SnapshotKey} ge ${odataString(range.from)} and ${S.SnapshotKey} lt ${odataString(range.to)}`;
}

/** A KpiDefinitions item as a definition's input (empty columns as null). */
function definitionInput(r: Row): IKpiDefinitionInput {
  const n = (v: unknown): number | null => (typeof v === 'number' ? v : null); // eslint-disable-line @rushstack/no-new-null -- an empty column
  const b = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null); // eslint-disable-line @rushstack/no-new-null -- an empty column
  return {
    code: text(r[K.Code]) ?? null, name: text(r[K.Title]) ?? null, description: text(r[K.Summary]) ?? null, formula: text(r[K.KpiFormula]) ?? null, // eslint-disable-line @rushstack/no-new-null -- empty columns
    unit: text(r[K.Unit]) ?? null, higherIsBetter: b(r[K.HigherIsBetter]), greenThreshold: n(r[K.GreenThreshold]), amberThreshold: n(r[K.AmberThreshold]), active: b(r[K.IsActive]) // eslint-disable-line @rushstack/no-new-null -- empty columns
  };
}

/** The saved configuration in a PmoHubConfig value; empty when absent or invalid. */
export function configurationOf(value: string | undefined): IDashboardConfiguration {
  const parsed = parseJson<{ kpiCodes?: unknown } | undefined>(value, undefined);
  const codes = parsed?.kpiCodes;
  return Array.isArray(codes) && codes.every(c => typeof c === 'string') ? { kpiCodes: (codes as string[]).slice() } : {};
}

/** Everything one dashboard read knows before a filter is applied. */
interface IDashboardState {
  at: IsoDay;
  periods: IsoDay[];
  projects: IDashboardProject[];
  definitions: IKpiDefinitionRow[];
  configuration: IDashboardConfiguration;
  programmes: IPortfolioRef[];
  objectives: IPortfolioRef[];
  canConfigure: boolean;
  past: Map<IsoDay, IDayFigures>;
  current: IDayFigures;
  context: Omit<IKpiContext, 'at'>;
  zone: ISiteTimeZone;
}

/** What the first `$batch` of a dashboard read gives. */
interface IFirstRead {
  /** Projects' first page: its own request, still arriving when the batch has answered. */
  items: Promise<Row[]>;
  itemCount: number;
  definitions: Row[];
  config: Row[];
  programmes: Row[];
  objectives: Row[];
  canConfigure: boolean;
  canTake: boolean;
  /** Part 0 of each stored day since the first candidate period end: key, parts. */
  days: Row[];
  /** The parts read for the days expected (by day). */
  parts: Map<IsoDay, string[]>;
  zone: ISiteTimeZone;
}

/**
 * {@link IDashboardService} over PnPjs. A dashboard read is Projects' first page and, at the same
 * time, one `$batch` (the definitions, the settings, programmes and objectives, the rights, the
 * figures' index and the parts of the days expected, the zone); a second `$batch` only for the parts
 * of days it did not expect (the current period's figures of an earlier day, a period end the site's
 * zone puts on another day than UTC), and one more request per further 5,000 projects.
 */
export class DashboardService implements IDashboardService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IDashboardServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IDashboardServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: IListLocation, sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, l);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  public async getDashboard(filter: IDashboardFilter = {}): Promise<IDashboardData> {
    const state = await this.state();
    // The Portfolio's filter rule, so that a drill-down lands on the same projects.
    const compact = compactFilters({ programmeIds: filter.programmeIds, departments: filter.departments, objectiveIds: filter.objectiveIds });
    return this.dashboardOf(state, state.projects.filter(p => matchesFilters(p.row, compact)), compact);
  }

  /** The dashboard of a set of projects (a filter's, or a report's rows). */
  private dashboardOf(state: IDashboardState, projects: IDashboardProject[], filter: IDashboardFilter): IDashboardData {
    const compare = textComparer(this.deps.locale);
    const shown = shownDefinitions(state.definitions, state.configuration);
    const scope: IKpiScope = { projects, periods: state.periods, past: state.past, current: state.current, context: state.context };
    return {
      at: state.at,
      periods: state.periods,
      filter,
      projectCount: projects.length,
      kpis: dashboardKpis(shown, scope),
      definitions: state.definitions,
      configuration: state.configuration,
      charts: dashboardCharts(projects, state.current, compare),
      options: dashboardOptions(state.projects.map(p => p.row), state.programmes, state.objectives, compare),
      canConfigure: state.canConfigure,
      figuresAsOf: state.current.day
    };
  }

  /** Reads the dashboard's state: the first `$batch`, the days' figures (taken when missing), further Projects pages. */
  private async state(): Promise<IDashboardState> {
    const expected = reportingPeriodEnds(dayAt(this.now(), UTC_TIME_ZONE.iana));
    const first = await this.firstRead(expected);
    const zone = first.zone;
    const at = dayAt(this.now(), zone.iana);
    const periods = reportingPeriodEnds(at);
    const context = contextOf(first.config, zone);
    // The figures are read (or taken) while Projects' page may still be arriving.
    const figuresP = this.figuresFor(first, periods, at, context, zone);
    figuresP.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    const items = await this.remainingProjects(await first.items, first.itemCount);
    const programmes = first.programmes.map(p => ({ id: p[ProgrammesList.fields.Id] as number, title: text(p[ProgrammesList.fields.Title]) ?? '' }));
    const objectiveRefs = first.objectives.map(o => ({ id: o[StrategicObjectivesList.fields.Id] as number, title: text(o[StrategicObjectivesList.fields.Title]) ?? '' }));
    const progById: Record<number, IPortfolioRef> = Object.fromEntries(programmes.map(p => [p.id, p] as const));
    const objById: Record<number, IPortfolioRef> = Object.fromEntries(objectiveRefs.map(o => [o.id, o] as const));
    const projects = items.map(i => dashboardProjectOf(i, progById, objById, zone));
    const figures = await figuresP;
    return {
      at, periods, projects,
      definitions: definitionRows(first.definitions.map(r => ({ id: r[K.Id] as number, etag: etagOf(r as { 'odata.etag'?: string }), input: definitionInput(r) }))),
      configuration: { ...configurationOf(configValue(first.config, DASHBOARD_CONFIG_KEY)), version: configVersionOf(first.config.filter(c => c[CF.ConfigKey] === DASHBOARD_CONFIG_KEY)) },
      programmes,
      objectives: first.objectives.filter(o => text(o[StrategicObjectivesList.fields.ObjectiveStatus]) !== 'Retired').map(o => objById[o[StrategicObjectivesList.fields.Id] as number]),
      canConfigure: first.canConfigure,
      past: figures.past, current: figures.current, context, zone
    };
  }

  /** The first `$batch`: see the class's description. `expected`: the period ends by UTC's day (the site's zone is read in the same batch). */
  private async firstRead(expected: ReadonlyArray<IsoDay>): Promise<IFirstRead> {
    const [b, execute] = this.sp.batched();
    const countP = this.list(ProjectsList, b).select('ItemCount')<{ ItemCount: number }>();
    const definitionsP = this.list(KpiDefinitionsList, b).items.select(...KPI_SELECT).top(PAGE)<Row[]>();
    const keys = [DASHBOARD_CONFIG_KEY, CONTROLLING_CONFIG_KEY, RISK_THRESHOLDS_CONFIG_KEY];
    const configP = Promise.all(keys.map(k => this.list(PmoHubConfigList, b).items.select(CF.ConfigKey, CF.ConfigValue).filter(odataEq(CF.ConfigKey, k)).top(1)<Row[]>())).then(r => r.flat());
    const programmesP = this.list(ProgrammesList, b).items.select(ProgrammesList.fields.Id, ProgrammesList.fields.Title).top(PAGE)<Row[]>();
    const SO = StrategicObjectivesList.fields;
    const objectivesP = this.list(StrategicObjectivesList, b).items.select(SO.Id, SO.Title, SO.ObjectiveStatus).top(PAGE)<Row[]>();
    const configPermsP = this.list(KpiDefinitionsList, b).getCurrentUserEffectivePermissions();
    const takePermsP = this.list(KpiSnapshotsList, b).getCurrentUserEffectivePermissions();
    const daysP = this.list(KpiSnapshotsList, b).items.select(S.Id, S.SnapshotKey, S.SnapshotParts)
      .filter(`${odataEq(S.SnapshotPart, 0)} and ${S.SnapshotKey} ge ${odataString(addDays(expected[0], -1))}`).top(PAGE)<Row[]>();
    const partsP = expected.map(day => this.queueParts(b, day).then(parts => [day, parts] as const));
    const zoneP = this.deps.siteTimeZone.get(b.web);
    // Projects' first page is its own request, read while the batch runs: parsing one big JSON body is
    // cheaper than taking it out of the batch's multipart answer (5,000 projects are some 5 MB).
    const projectsP = this.list(ProjectsList).items.select(...DASHBOARD_PROJECT_SELECT).expand(P.ProjectManager).top(PAGE)<Row[]>();
    projectsP.catch(() => undefined); // awaited by the caller; not an unhandled rejection meanwhile
    await execute();
    const [count, definitions, config, programmes, objectives, configPerms, takePerms, days, parts, zone] = await Promise.all([
      countP, definitionsP, configP, programmesP, objectivesP, configPermsP, takePermsP, daysP, Promise.all(partsP), zoneP
    ]);
    return {
      items: projectsP, itemCount: count.ItemCount, definitions, config, programmes, objectives, days, zone,
      canConfigure: this.sp.web.hasPermissions(configPerms, PermissionKind.EditListItems),
      canTake: this.sp.web.hasPermissions(takePerms, PermissionKind.AddListItems),
      parts: new Map(parts.filter(p => p[1].length > 0))
    };
  }

  private queueParts(sp: SPFI, day: IsoDay): Promise<string[]> {
    return this.list(KpiSnapshotsList, sp).items.select(S.Id, S.KpiFiguresJson).filter(dayFilter(day)).top(PAGE)<Row[]>()
      .then(rows => rows.map(r => text(r[S.KpiFiguresJson]) ?? ''));
  }

  /** More than one page only above 5,000 projects: further pages by ID (no filter, no threshold). */
  private async remainingProjects(firstPage: Row[], itemCount: number): Promise<Row[]> {
    const items = firstPage.slice();
    let last = firstPage;
    while (last.length === PAGE && items.length < itemCount) {
      last = await this.list(ProjectsList).items.select(...DASHBOARD_PROJECT_SELECT).expand(P.ProjectManager).top(PAGE).skip(items[items.length - 1][P.Id] as number)<Row[]>();
      for (const i of last) items.push(i);
    }
    return items;
  }

  /**
   * The figures of the past period ends and of the current period: read where stored (a second
   * `$batch` for days the first did not expect), taken where missing (see `takeFigures`).
   */
  private async figuresFor(first: IFirstRead, periods: ReadonlyArray<IsoDay>, at: IsoDay, context: Omit<IKpiContext, 'at'>, zone: ISiteTimeZone): Promise<{ past: Map<IsoDay, IDayFigures>; current: IDayFigures }> {
    const stored = new Set(first.days.map(d => dayOfFirstPartKey(text(d[S.SnapshotKey]))).filter((d): d is IsoDay => !!d));
    const pastEnds = periods.slice(0, -1);
    const oldest = addDays(at, -FIGURES_MAX_AGE_DAYS);
    const lastEnd = pastEnds[pastEnds.length - 1] ?? '';
    const recent = [...stored].filter(d => d <= at && d > lastEnd && d >= oldest).sort();
    const currentDay = stored.has(at) || first.canTake ? at : recent[recent.length - 1] ?? at;
    const wanted = [...pastEnds, currentDay];
    const parts = new Map(first.parts);
    const unread = wanted.filter(d => stored.has(d) && !parts.has(d));
    if (unread.length > 0) {
      const [b, execute] = this.sp.batched();
      const ps = unread.map(d => this.queueParts(b, d).then(p => [d, p] as const));
      await execute();
      for (const [d, p] of await Promise.all(ps)) parts.set(d, p);
    }
    const figures = new Map<IsoDay, IDayFigures>();
    for (const d of wanted) {
      const f = parts.has(d) ? decodeDayFigures(parts.get(d) ?? []) : undefined;
      if (f) figures.set(d, f);
    }
    const missing = wanted.filter(d => !figures.has(d));
    if (missing.length > 0) for (const f of await this.takeFigures(missing, currentDay, context, zone, first.canTake)) figures.set(f.day, f);
    const past = new Map<IsoDay, IDayFigures>();
    for (const d of pastEnds) {
      const f = figures.get(d);
      if (f) past.set(d, f);
    }
    return { past, current: figures.get(currentDay) as IDayFigures };
  }

  /**
   * Takes the figures of `days` from the lists (read once) and, when the user may (the PMO), stores
   * them; `currentDay` also gets each fiscal year's budget sums. A day someone stored meanwhile is
   * kept as it is (its parts' keys are unique: the second writer's parts are refused and skipped).
   */
  private async takeFigures(days: ReadonlyArray<IsoDay>, currentDay: IsoDay, context: Omit<IKpiContext, 'at'>, zone: ISiteTimeZone, store: boolean): Promise<IDayFigures[]> {
    // The lists' readers load with their own chunk: only the PMO's first view of a day (or an old day's) takes figures.
    const { readKpiInputs } = await import(/* webpackChunkName: 'dashboard-figures' */ './kpiInputs');
    const grouped = groupByProject(await readKpiInputs(this.sp, this.site, zone));
    const out = days.map(day => takeDayFigures(grouped, { ...context, at: day }, day === currentDay));
    if (store) for (const f of out) await this.storeFigures(f, zone);
    return out;
  }

  /** Writes a day's figures as KpiSnapshots parts, in `$batch`es of 20; a part already there (a duplicate key) is left. */
  private async storeFigures(figures: IDayFigures, zone: ISiteTimeZone): Promise<void> {
    const parts = encodeDayFigures(figures);
    for (let i = 0; i < parts.length; i += 20) {
      const [b, execute] = this.sp.batched();
      const ps = parts.slice(i, i + 20).map((json, k) => this.list(KpiSnapshotsList, b).items.add({
        [S.Title]: figuresKey(figures.day, i + k), [S.SnapshotKey]: figuresKey(figures.day, i + k), [S.SnapshotDate]: writeDateOnly(figures.day, zone),
        [S.SnapshotPart]: i + k, [S.SnapshotParts]: parts.length, [S.KpiFiguresJson]: json
      }).then(() => undefined, (e: unknown) => {
        if (describeError(e).kind !== 'conflict' && !/SPDuplicateValuesFoundException|duplicate/i.test(String((e as Error)?.message))) throw e;
      }));
      await execute();
      await Promise.all(ps);
    }
  }

  public async refreshFigures(): Promise<IsoDay[]> {
    const state = await this.state();
    return [...state.past.keys(), state.current.day];
  }

  public async saveConfiguration(configuration: IDashboardConfiguration): Promise<void> {
    const codes = (configuration.kpiCodes ?? []).map(c => c.trim()).filter(c => !!c);
    const definitions = await this.list(KpiDefinitionsList).items.select(K.Id, K.Code).top(PAGE)<Row[]>();
    const known = new Set(definitions.map(d => (text(d[K.Code]) ?? '').toLowerCase()));
    if (codes.some(c => !known.has(c.toLowerCase())) || new Set(codes.map(c => c.toLowerCase())).size !== codes.length) throw new DashboardRefusedError('unknownKpi', 'kpiCodes');
    await writeConfigValue(this.list(PmoHubConfigList), DASHBOARD_CONFIG_KEY, JSON.stringify({ kpiCodes: codes }), configuration.version);
  }

  public async saveKpiDefinition(input: IKpiDefinitionInput, replace?: { id: number; etag: string }): Promise<IKpiDefinitionRow> {
    const check = checkKpiDefinition(input);
    if (!check.ok) throw new DashboardRefusedError('invalidDefinition', check.problems[0].field ?? 'code', check.problems);
    const d = check.definition;
    const taken = await this.list(KpiDefinitionsList).items.select(K.Id).filter(odataEq(K.Code, d.code)).top(2)<Row[]>();
    if (taken.some(t => t[K.Id] !== replace?.id)) throw new DashboardRefusedError('codeTaken', 'code');
    const values = {
      [K.Title]: d.name, [K.Code]: d.code, [K.Summary]: d.description, [K.KpiFormula]: d.formula, [K.Unit]: d.unit, [K.HigherIsBetter]: d.higherIsBetter,
      [K.GreenThreshold]: d.greenThreshold, [K.AmberThreshold]: d.amberThreshold, [K.IsActive]: d.active
    };
    const items = this.list(KpiDefinitionsList).items;
    let id: number;
    try {
      if (replace) {
        await items.getById(replace.id).update(values, replace.etag);
        id = replace.id;
      } else {
        const added = (await items.add(values)) as { Id?: number; ID?: number; data?: { Id?: number } };
        id = (added.Id ?? added.ID ?? added.data?.Id) as number;
      }
    } catch (e) {
      if (/SPDuplicateValuesFoundException/.test(String((e as Error)?.message))) throw new DashboardRefusedError('codeTaken', 'code');
      throw e;
    }
    const row = await items.getById(id).select(...KPI_SELECT)<Row>();
    return definitionRows([{ id, etag: etagOf(row as { 'odata.etag'?: string }), input: definitionInput(row) }])[0];
  }

  public async getReportData(source: ReportSource, options: IReportDataOptions): Promise<IPortfolioReportData> {
    const portfolio = await this.deps.portfolio.load();
    const selection = reportSelection(portfolio, source);
    const rows = applyView(portfolio.rows, selection.view, textComparer(options.locale));
    const [state, zone] = await Promise.all([options.formatKpi ? this.state() : Promise.resolve(undefined), this.deps.siteTimeZone.get()]);
    const ids = new Set(rows.map(r => r.id));
    const kpis = state && options.formatKpi
      ? this.dashboardOf(state, state.projects.filter(p => ids.has(p.row.id)), {}).kpis.map(options.formatKpi)
      : [];
    const slides = options.maxProjectSlides === undefined ? rows : rows.slice(0, Math.max(0, options.maxProjectSlides));
    const at = dayAt(this.now(), zone.iana);
    const { overviewRow, readProjectReports, reportAppendix } = await loadReportData();
    const projects = await readProjectReports(this.sp, this.site, slides, zone, at);
    return {
      title: formatString(options.title, selection.name ?? ''),
      generatedAt: new Date(this.now()).toISOString(),
      generatedOn: at,
      scope: options.scope,
      kpis,
      overview: rows.map(overviewRow),
      projects,
      appendix: reportAppendix(projects)
    };
  }

  public async getProjectReportData(projectId: number): Promise<IProjectReportData> {
    const zone = await this.deps.siteTimeZone.get();
    const { readProjectReports } = await loadReportData();
    const [project] = await readProjectReports(this.sp, this.site, [{ id: projectId }], zone, dayAt(this.now(), zone.iana));
    return project;
  }

  public async storeReport(content: Blob | ArrayBuffer, input: IStoreReportInput): Promise<IStoredReport> {
    const { storeProblem, storeReportFile } = await loadReportLibrary();
    const problem = storeProblem(input);
    if (problem) throw new DashboardRefusedError('invalidReport', problem);
    return storeReportFile(this.sp, this.site, await this.deps.siteTimeZone.get(), content, input);
  }

  public async canStoreReports(): Promise<boolean> {
    try {
      const perms = await this.list(ReportsList).getCurrentUserEffectivePermissions();
      return this.sp.web.hasPermissions(perms, PermissionKind.AddListItems) && this.sp.web.hasPermissions(perms, PermissionKind.EditListItems);
    } catch {
      return false; // no access to the library at all (e.g. a member): nothing to store into
    }
  }

  public async listReports(): Promise<IStoredReport[]> {
    const { listReportFiles } = await loadReportLibrary();
    return listReportFiles(this.sp, this.site, await this.deps.siteTimeZone.get());
  }
}

/** The report data's readers, from their own chunk (the dashboard's first view does not need them). */
const loadReportData = (): Promise<typeof import('./reportData')> => import(/* webpackChunkName: 'dashboard-reports' */ './reportData');
/** The Reports library's reader and writer, with the report data's chunk's neighbour. */
const loadReportLibrary = (): Promise<typeof import('./reportLibrary')> => import(/* webpackChunkName: 'dashboard-reports' */ './reportLibrary');

/** A Projects item as a dashboard project (its Portfolio row, its KPI project and its earned value). */
function dashboardProjectOf(item: Row, programmes: Record<number, IPortfolioRef>, objectives: Record<number, IPortfolioRef>, zone: ISiteTimeZone): IDashboardProject {
  const row = toPortfolioRow(item as unknown as Parameters<typeof toPortfolioRow>[0], programmes, objectives, zone);
  return { row, kpi: kpiProjectOf(item, zone), pv: num(item[P.PlannedValue]), ev: num(item[P.EarnedValue]), ac: num(item[P.ActualCost]), bac: num(item[P.BudgetAtCompletion]) };
}

/** The view a report source stands for (a saved view, or the filter with the default view's order) and its name. */
function reportSelection(portfolio: IPortfolioData, source: ReportSource): { view: Pick<IPortfolioView, 'filters' | 'search' | 'sort'>; name?: string } {
  if (source.kind === 'filter') return { view: { filters: source.filters, search: source.search ?? '', sort: defaultView().sort } };
  const saved = portfolio.views.filter(v => v.id === source.viewId && (source.scope === undefined || v.scope === source.scope))[0];
  if (!saved) throw new DashboardRefusedError('invalidReport', 'view');
  return { view: saved.view, name: saved.view.name };
}

function configValue(config: ReadonlyArray<Row>, key: string): string | undefined {
  return text(config.filter(c => c[CF.ConfigKey] === key)[0]?.[CF.ConfigValue]);
}

/** The KPI context's settings: the site's zone, the controlling settings' fiscal year start, the PMO's risk bands. */
function contextOf(config: ReadonlyArray<Row>, zone: ISiteTimeZone): Omit<IKpiContext, 'at'> {
  return {
    timeZone: zone.iana,
    fiscalYearStartMonth: fiscalYearStartMonthOf(parseJson<unknown>(configValue(config, CONTROLLING_CONFIG_KEY), undefined)),
    riskThresholds: effectiveRiskThresholds(configuredThresholds(configValue(config, RISK_THRESHOLDS_CONFIG_KEY))).thresholds
  };
}
