import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { num, RAG_SELECT, text } from './itemValues';
import { hasPermission, PROJECT_SELECT, toPortfolioRow } from './PortfolioService';
import {
  BUDGET_SELECT, budgetLineOf, MILESTONE_SELECT, milestoneOf, PUBLISHED_SELECT, REPORT_SELECT, reportOf, sortMilestones, type IMilestone, type IStatusReport
} from './controllingRows';
import { projectBudgetOf, type IProjectBudget } from './BudgetService';
import { mtaOf } from './MilestoneService';
import { readRules } from './StatusReportService';
import { settingsOf, type IDimensionSetting, type IReportRules, type KpiMetric } from './reportRules';
import { earnedValueDetailed, rollUpEarnedValue, rollUpEarnedValueBy, type IEarnedValueDetailed, type IEarnedValueGroupRollup, type IEarnedValueRollup } from '../domain/evm';
import type { IMtaSeries } from '../domain/milestones';
import { evaluateRag, OVERALL_DIMENSION, ragTrend, type IRagRuleInput, type RagTrend } from '../domain/rag';
import { hasEnded, toRag, type IPortfolioRow, type Rag } from '../domain/portfolio';
import {
  BudgetLinesList, lookupId, MilestoneSnapshotsList, MilestonesList, projected, ProjectsList, REPORT_RAG_COLUMNS, StatusReportDraftsList, StatusReportsList
} from '../schema/refs';

/** One report's ratings for the RAG trend. */
export interface IRagTrendPoint {
  reportId: number;
  reportDate?: string;
  /** The rating per dimension (and 'overall'). */
  rag: Record<string, Rag | undefined>;
}

/** Everything the project page shows, read in one `$batch`. */
export interface IProjectPage {
  /** The project as the portfolio shows it (Projects, with its denormalised summary). */
  overview: IPortfolioRow;
  /** The latest published report (undefined: "no report", never green). */
  latestReport?: IStatusReport;
  /** The last published reports' ratings, oldest first (at most `trendReports`). */
  trend: IRagTrendPoint[];
  /** Per dimension of the latest report: better, worse or the same as the report before. */
  trendByDimension: Record<string, RagTrend | undefined>;
  /** The project manager's draft, if one is being written. */
  draft?: IStatusReport;
  milestones: IMilestone[];
  /** The milestone trend analysis from the snapshots. */
  mta: IMtaSeries;
  budget: IProjectBudget;
  /** Earned value of the latest report (each figure with its reason when not available, the EAC formula). */
  earnedValue?: IEarnedValueDetailed;
  /** The PMO's dimensions and KPI rules (the page names the dimensions in this order). */
  rules: IReportRules;
  /**
   * Whether the signed-in user may file the project's status reports: they can edit its Projects item
   * (its manager and deputy by their item grant, the PMO by its level on the list), which publishing
   * needs to update the project's summary. Others read; SharePoint refuses their writes anyway.
   */
  canFile: boolean;
  /** The project item's ETag as read (moving its start on the page saves with it); undefined when SharePoint sent none. */
  etag?: string;
}

/** How many projects have each RAG in one dimension; `noReport` counts running projects without a published report. */
export interface IRagDistribution {
  /** The dimension's code ('overall', 'schedule', … or one the PMO added). */
  dimension: string;
  /** The title the PMO gave a dimension of its own (standard dimensions are named by the page's strings). */
  title?: string;
  Green: number;
  Amber: number;
  Red: number;
  /** Running projects with a published report that does not rate this dimension. */
  notRated: number;
  /** Running projects without any published report ("no report", never green). */
  noReport: number;
}

/** SPI and CPI of a roll-up marked against the PMO's KPI rules (KpiDefinitions with metric Spi / Cpi); none without a rule or a value. */
export interface IIndexMarks {
  spi?: Rag;
  cpi?: Rag;
}

/** Earned value of one programme's running projects. */
export interface IProgrammeControlling extends IEarnedValueGroupRollup<number> {
  /** Running projects of the programme (those without a published report are not in the sums). */
  running: number;
  marks: IIndexMarks;
}

/** The portfolio's controlling roll-up, from Projects' denormalised columns only. */
export interface IPortfolioControlling {
  /** Running projects (not closed or cancelled) counted. */
  projects: number;
  /** Earned value over all running projects with a published report. */
  portfolio: IEarnedValueRollup;
  /** The portfolio's SPI and CPI marked against the KPI rules. */
  portfolioMarks: IIndexMarks;
  /** Earned value per programme (key: the programme's id, 0 for projects outside any), each programme with running projects once. */
  programmes: IProgrammeControlling[];
  /** RAG counts per dimension: overall first, then the PMO's configured dimensions in their order. */
  ragDistribution: IRagDistribution[];
  /**
   * Configured dimensions the roll-up cannot count: those the PMO added beyond the standard ones live
   * only in each report's RagDetailsJson, not on Projects.
   */
  uncountedDimensions: IDimensionSetting[];
}

/**
 * Read models of project controlling: one project's page (at most 3 round trips; one `$batch` as a
 * rule) and the portfolio's roll-up (earned value per programme and portfolio, RAG distribution per
 * dimension) from Projects' denormalised columns, which works above the 5,000-item threshold.
 */
export interface IControllingService {
  /** The project page's data in one `$batch` (plus the site's time zone, read once per environment). */
  getProjectPage(projectId: number, trendReports?: number): Promise<IProjectPage>;
  /** The portfolio roll-up: Projects paged by ID (no filter, so no threshold), summed in one pass. */
  getPortfolioControlling(): Promise<IPortfolioControlling>;
  /**
   * The projects of a Teams team: those whose Projects.TeamsGroupId is the team's Entra group id
   * (compared without case), by title, each with its overall RAG, last report date and next milestone
   * (the portfolio's row, without manager, programme or objectives). Projects is paged by ID and
   * filtered here: TeamsGroupId is not indexed, and a filter on it is refused above 5,000 projects.
   * @param groupId The team's group id (TeamsJS `team.groupId`); '' gives none.
   */
  getTeamProjects(groupId: string): Promise<IPortfolioRow[]>;
}

const P = ProjectsList.fields;
const R = StatusReportsList.fields;
const PAGE: number = 5000;
/** SharePoint's EditListItems base permission (SP.PermissionKind). */
const EDIT_LIST_ITEMS: number = 4;
/** The Projects columns the portfolio roll-up reads (the benchmark reads the same with plain fetch). */
export const ROLLUP_SELECT: ReadonlyArray<string> = [
  P.Id, lookupId(P.Programme), P.LifecycleStatus, P.LastReportDate, ...Object.values(REPORT_RAG_COLUMNS), P.PlannedValue, P.EarnedValue, P.ActualCost, P.BudgetAtCompletion
];

/** The Projects columns a team's project list reads. */
const TEAM_PROJECT_SELECT: ReadonlyArray<string> = [
  P.Id, P.Title, P.ProjectCode, P.TeamsGroupId, P.LifecycleStatus, ...RAG_SELECT, P.LastReportDate, P.NextMilestoneTitle, P.NextMilestoneDate
];

/** {@link IControllingService} over PnPjs. */
export class ControllingService implements IControllingService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  public async getProjectPage(projectId: number, trendReports: number = 6): Promise<IProjectPage> {
    const [b, execute] = this.sp.batched();
    const byProject = (field: string): string => odataEq(lookupId(field), projectId);
    const projectP = listOn(b, this.site, ProjectsList).items.getById(projectId)
      .select(...PROJECT_SELECT, projected(P.Programme, 'Title')).expand(P.ProjectManager, P.Programme)<Record<string, unknown>>();
    const reportsP = listOn(b, this.site, StatusReportsList).items.select(...REPORT_SELECT, ...PUBLISHED_SELECT)
      .filter(`${byProject(R.Project)} and ${odataEq(R.ReportStatus, 'Published')}`).orderBy(R.ReportDate, false).orderBy(R.Id, false).top(Math.max(1, trendReports))<Array<Record<string, unknown>>>();
    const draftP = listOn(b, this.site, StatusReportDraftsList).items.select(...REPORT_SELECT).filter(byProject(R.Project)).top(1)<Array<Record<string, unknown>>>();
    const milestonesP = listOn(b, this.site, MilestonesList).items.select(...MILESTONE_SELECT).filter(byProject(MilestonesList.fields.Project)).top(500)<Array<Record<string, unknown>>>();
    const N = MilestoneSnapshotsList.fields;
    const snapshotsP = listOn(b, this.site, MilestoneSnapshotsList).items.select(lookupId(N.Milestone), N.SnapshotDate, N.ForecastDate, N.ActualDate)
      .filter(byProject(N.Project)).top(5000)<Array<Record<string, unknown>>>();
    const linesP = listOn(b, this.site, BudgetLinesList).items.select(...BUDGET_SELECT).filter(byProject(BudgetLinesList.fields.Project)).top(5000)<Array<Record<string, unknown>>>();
    const rulesP = readRules(b, this.site);
    const zoneP = this.siteTimeZone.get(b.web);
    const permsP = listOn(b, this.site, ProjectsList).items.getById(projectId).getCurrentUserEffectivePermissions().catch(() => undefined);
    await execute();
    const [project, reportRows, draftRows, milestoneRows, snapshots, lines, rules, zone, perms] = await Promise.all([projectP, reportsP, draftP, milestonesP, snapshotsP, linesP, rulesP, zoneP, permsP]);
    const canFile = hasPermission(perms, EDIT_LIST_ITEMS);
    const programme = project[P.Programme] as { Title?: string } | undefined;
    const programmeId = num(project[lookupId(P.Programme)]);
    const programmes = programmeId !== undefined ? { [programmeId]: { id: programmeId, title: text(programme?.Title) ?? `#${programmeId}` } } : {};
    const reports = reportRows.map(r => reportOf(r, 'Published', zone));
    const milestones = sortMilestones(milestoneRows.map(m => milestoneOf(m, zone)));
    const latest = reports[0];
    const trend = reports.slice().reverse().map(trendPoint);
    return {
      // The row as Projects answers it, with PROJECT_SELECT's columns (the portfolio's own mapping).
      overview: toPortfolioRow(project as unknown as Parameters<typeof toPortfolioRow>[0], programmes, {}, zone),
      latestReport: latest,
      trend,
      trendByDimension: trendOf(trend),
      draft: draftRows.length ? reportOf(draftRows[0], 'Draft', zone) : undefined,
      milestones,
      mta: mtaOf(snapshots, milestones, zone),
      budget: projectBudgetOf(lines.map(budgetLineOf)),
      earnedValue: latest ? earnedValueDetailed({ pv: latest.evm.pv, ev: latest.evm.ev, ac: latest.evm.ac, bac: latest.evm.bac, eacMethod: latest.evm.eacMethod }) : undefined,
      rules,
      canFile,
      etag: text(project['odata.etag'])
    };
  }

  public async getPortfolioControlling(): Promise<IPortfolioControlling> {
    const [running, rules] = await Promise.all([this.runningProjects(), this.rules()]);
    return portfolioControllingOf(running, rules);
  }

  public async getTeamProjects(groupId: string): Promise<IPortfolioRow[]> {
    const wanted = groupId.trim().toLowerCase();
    if (!wanted) return [];
    const [rows, zone] = await Promise.all([this.projectsWhere(TEAM_PROJECT_SELECT, p => (text(p[P.TeamsGroupId]) ?? '').toLowerCase() === wanted), this.siteTimeZone.get()]);
    return rows
      .map(p => toPortfolioRow(p as unknown as Parameters<typeof toPortfolioRow>[0], {}, {}, zone))
      .sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
  }

  /** Projects' `select` columns of the items `keep` accepts, paged by ID without a filter: SharePoint serves any list size this way (no list view threshold). */
  private async projectsWhere(select: ReadonlyArray<string>, keep: (item: Record<string, unknown>) => boolean): Promise<Array<Record<string, unknown>>> {
    const found: Array<Record<string, unknown>> = [];
    for await (const page of listOn(this.sp, this.site, ProjectsList).items.select(...select).top(PAGE)) {
      for (const p of page as Array<Record<string, unknown>>) if (keep(p)) found.push(p);
    }
    return found;
  }

  /** Running projects' roll-up columns (any list size). */
  private runningProjects(): Promise<Array<Record<string, unknown>>> {
    return this.projectsWhere(ROLLUP_SELECT, p => !hasEnded(text(p[P.LifecycleStatus])));
  }

  /** The PMO's dimensions and KPI rules in one `$batch` (read while the projects are paged). */
  private async rules(): Promise<IReportRules> {
    const [b, execute] = this.sp.batched();
    const rulesP = readRules(b, this.site);
    await execute();
    return rulesP;
  }
}

/** The first KPI rule of a metric (SPI or CPI), as the report form suggests from it. */
function ruleOf(rules: IReportRules | undefined, metric: KpiMetric): IRagRuleInput | undefined {
  return rules?.rules.filter(r => r.metric === metric)[0]?.rule;
}

/** SPI and CPI of a roll-up marked against the KPI rules. */
function marksOf(rollup: IEarnedValueRollup, rules: IReportRules | undefined): IIndexMarks {
  return { spi: evaluateRag(rollup.spi.value, ruleOf(rules, 'Spi')).rag, cpi: evaluateRag(rollup.cpi.value, ruleOf(rules, 'Cpi')).rag };
}

/**
 * The roll-up of running projects' Projects rows (pure): EV sums per programme and portfolio (SPI = ΣEV / ΣPV,
 * CPI = ΣEV / ΣAC, `rollUpEarnedValue`), SPI and CPI marked against the KPI rules, RAG counts per dimension.
 * A project without a published report (no LastReportDate) is left out of the sums and counted as "no report"
 * in every dimension, never as green.
 * @param rules The PMO's dimensions (order and titles) and KPI rules; without them the standard dimensions, unmarked.
 */
export function portfolioControllingOf(rows: ReadonlyArray<Record<string, unknown>>, rules?: IReportRules): IPortfolioControlling {
  const programmeOf = (p: Record<string, unknown>): number => num(p[lookupId(P.Programme)]) ?? 0;
  const reported = rows.filter(p => !!text(p[P.LastReportDate]));
  const inputs = reported.map(p => ({
    programme: programmeOf(p),
    pv: num(p[P.PlannedValue]), ev: num(p[P.EarnedValue]), ac: num(p[P.ActualCost]), bac: num(p[P.BudgetAtCompletion])
  }));
  const running = new Map<number, number>();
  for (const p of rows) running.set(programmeOf(p), (running.get(programmeOf(p)) ?? 0) + 1);
  const byProgramme = new Map(rollUpEarnedValueBy(inputs, i => i.programme).map(g => [g.key, g]));
  const programmes = [...running].map(([key, count]): IProgrammeControlling => {
    const group = byProgramme.get(key) ?? { key, ...rollUpEarnedValue([]) };
    return { ...group, running: count, marks: marksOf(group, rules) };
  });
  const settings = rules ?? settingsOf(undefined);
  const columns: Record<string, string> = REPORT_RAG_COLUMNS;
  const counted = settings.dimensions.filter(d => d.dimension !== OVERALL_DIMENSION && Object.prototype.hasOwnProperty.call(columns, d.dimension));
  const ragDistribution = [{ dimension: OVERALL_DIMENSION }, ...counted].map(({ dimension, title }) => {
    const d: IRagDistribution = { dimension, ...(title ? { title } : {}), Green: 0, Amber: 0, Red: 0, notRated: 0, noReport: rows.length - reported.length };
    for (const p of reported) {
      const rag = toRag(p[columns[dimension]]);
      if (rag) d[rag]++;
      else d.notRated++;
    }
    return d;
  });
  const portfolio = rollUpEarnedValue(inputs);
  return {
    projects: rows.length,
    portfolio,
    portfolioMarks: marksOf(portfolio, rules),
    programmes,
    ragDistribution,
    uncountedDimensions: settings.dimensions.filter(d => d.dimension !== OVERALL_DIMENSION && !Object.prototype.hasOwnProperty.call(columns, d.dimension))
  };
}

function trendPoint(r: IStatusReport): IRagTrendPoint {
  const rag: Record<string, Rag | undefined> = { [OVERALL_DIMENSION]: r.overall };
  for (const d of r.dimensions) if (d.dimension !== OVERALL_DIMENSION) rag[d.dimension] = d.rag;
  return { reportId: r.id, reportDate: r.reportDate, rag };
}

/** Each dimension's move from the second-to-last report to the last. */
function trendOf(points: ReadonlyArray<IRagTrendPoint>): Record<string, RagTrend | undefined> {
  const out: Record<string, RagTrend | undefined> = {};
  if (points.length === 0) return out;
  const last = points[points.length - 1];
  const before = points.length > 1 ? points[points.length - 2] : undefined;
  for (const dimension of Object.keys(last.rag)) out[dimension] = ragTrend(before?.rag[dimension], last.rag[dimension]);
  return out;
}
