/**
 * The report data of projects (src/domain/reports `IProjectReportData`) as the PMO site holds it:
 * for each project, in `$batch`es of 20 projects, the project, its latest published status report
 * (every dimension with its RAG and comment, achievements and next steps, earned value, escalations),
 * its milestones, risks and issues, each list read by its indexed Project lookup, and the PMO's
 * dimension settings (order and titles, in the first `$batch`); and the appendix of a multi-project report.
 */
import type { SPFI } from '../platform/pnp';
import { readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isOpenIssue, isOpenRisk, riskScore } from '../domain/governance';
import { currentRag, hasEnded, RAG_DIMENSIONS, type IPortfolioRow, type Rag, type RagDimension } from '../domain/portfolio';
import { OVERALL_DIMENSION } from '../domain/rag';
import {
  boardMilestoneOrder, reportEarnedValue, reportMilestone, type IPortfolioReportData, type IProjectReportData, type IReportDecision, type IReportDimension, type IReportOverviewRow, type IReportRaidItem
} from '../domain/reports';
import { PRIORITIES } from '../domain/vocabulary';
import { MILESTONE_SELECT, milestoneOf, PUBLISHED_SELECT, REPORT_SELECT, reportOf, sortMilestones, type IStatusReport } from './controllingRows';
import { CONTROLLING_CONFIG_KEY, dimensionSettingsOf, inConfiguredOrder, parseJson, type IDimensionRag, type IDimensionSetting } from './reportDimensions';
import { num, text } from './itemValues';
import { listOn } from './lists';
import { odataEq } from './odata';
import { PROJECT_SELECT } from './PortfolioService';
import type { ISiteAddress } from './site';
import { IssuesList, lookupId, MilestonesList, PmoHubConfigList, projected, ProjectsList, RisksList, StatusReportsList } from '../schema/refs';

type Row = Record<string, unknown>;

/** Projects read per `$batch` (five queries each). */
const PROJECTS_PER_BATCH = 20;
/** Risks and issues a project's report shows, each. */
export const TOP_RAID_ITEMS: number = 5;

const P = ProjectsList.fields;
const SR = StatusReportsList.fields;
const MS = MilestonesList.fields;
const RK = RisksList.fields;
const IS = IssuesList.fields;
const C = PmoHubConfigList.fields;

interface IProjectRows {
  project: Row;
  report?: Row;
  milestones: Row[];
  risks: Row[];
  issues: Row[];
}

function queueProject(sp: SPFI, site: ISiteAddress, id: number): Promise<IProjectRows> {
  const byProject = (field: string): string => odataEq(lookupId(field), id);
  const projectP = listOn(sp, site, ProjectsList).items.getById(id).select(...PROJECT_SELECT).expand(P.ProjectManager)<Row>();
  const reportP = listOn(sp, site, StatusReportsList).items.select(...REPORT_SELECT, ...PUBLISHED_SELECT)
    .filter(`${byProject(SR.Project)} and ${odataEq(SR.ReportStatus, 'Published')}`).orderBy(SR.ReportDate, false).top(1)<Row[]>();
  const milestonesP = listOn(sp, site, MilestonesList).items.select(...MILESTONE_SELECT).filter(byProject(MS.Project)).top(500)<Row[]>();
  const risksP = listOn(sp, site, RisksList).items
    .select(RK.Id, RK.Title, RK.RiskStatus, RK.Probability, RK.Impact, RK.Proximity, projected(RK.RiskOwner, 'Title')).expand(RK.RiskOwner).filter(byProject(RK.Project)).top(500)<Row[]>();
  const issuesP = listOn(sp, site, IssuesList).items
    .select(IS.Id, IS.Title, IS.IssueStatus, IS.Priority, IS.DueDate, projected(IS.IssueOwner, 'Title')).expand(IS.IssueOwner).filter(byProject(IS.Project)).top(500)<Row[]>();
  return Promise.all([projectP, reportP, milestonesP, risksP, issuesP]).then(([project, reports, milestones, risks, issues]) => ({ project, report: reports[0], milestones, risks, issues }));
}

const ownerOf = (v: unknown): string | undefined => text((v as { Title?: string } | undefined)?.Title);

/** A project's open risks, highest score first (then the nearest proximity), at most `TOP_RAID_ITEMS`. */
function topRisks(rows: ReadonlyArray<Row>, zone: ISiteTimeZone): IReportRaidItem[] {
  return rows.filter(r => isOpenRisk({ status: text(r[RK.RiskStatus]) ?? '' })).map(r => {
    const scored = riskScore({ probability: num(r[RK.Probability]), impact: num(r[RK.Impact]) });
    const item: IReportRaidItem = { kind: 'risk', title: text(r[RK.Title]) ?? '', owner: ownerOf(r[RK.RiskOwner]), due: readDateOnly(text(r[RK.Proximity]), zone) };
    if (scored.ok) item.score = scored.score;
    return item;
  }).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.due ?? '9999').localeCompare(b.due ?? '9999')).slice(0, TOP_RAID_ITEMS);
}

/** A project's open issues, highest priority first (then the earliest due day), at most `TOP_RAID_ITEMS`. */
function topIssues(rows: ReadonlyArray<Row>, zone: ISiteTimeZone): IReportRaidItem[] {
  const rank = (p: string | undefined): number => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number]);
  return rows.filter(r => isOpenIssue({ status: text(r[IS.IssueStatus]) ?? '' }))
    .map((r): IReportRaidItem => ({ kind: 'issue', title: text(r[IS.Title]) ?? '', priority: text(r[IS.Priority]), owner: ownerOf(r[IS.IssueOwner]), due: readDateOnly(text(r[IS.DueDate]), zone) }))
    .sort((a, b) => rank(b.priority) - rank(a.priority) || (a.due ?? '9999').localeCompare(b.due ?? '9999')).slice(0, TOP_RAID_ITEMS);
}

/** The decisions a report asks for: each line of its escalations. */
function decisionsOf(escalations: string | undefined): IReportDecision[] {
  return (escalations ?? '').split(/\r?\n/).map(l => l.replace(/^\s*[-•*]\s*/, '').trim()).filter(l => !!l).map(title => ({ title }));
}

/**
 * The report's dimensions: every dimension the status report has (RagDetailsJson, else the RAG
 * columns), in the PMO's configured order with its titles, each with its RAG and comment; without a
 * report, the configured dimensions unrated. An ended project keeps the comments but no RAG.
 */
function reportDimensions(report: IStatusReport | undefined, settings: ReadonlyArray<IDimensionSetting>, ended: boolean): IReportDimension[] {
  const stored = report?.dimensions.length ? report.dimensions : [OVERALL_DIMENSION, ...settings.map(d => d.dimension)].map(dimension => ({ dimension }) as IDimensionRag);
  const titles = new Map(settings.filter(d => d.title).map(d => [d.dimension, d.title as string]));
  return inConfiguredOrder(stored, settings).map(d => {
    const out: IReportDimension = { dimension: d.dimension };
    const title = titles.get(d.dimension);
    if (title) out.title = title;
    if (d.rag && !ended) out.rag = d.rag;
    const comment = d.comment?.trim();
    if (comment) out.comment = comment;
    return out;
  });
}

/** One project's report data at `at` (the status date when it has a published report). */
function projectReportOf(rows: IProjectRows, zone: ISiteTimeZone, at: IsoDay, settings: ReadonlyArray<IDimensionSetting>): IProjectReportData {
  const p = rows.project;
  const report = rows.report ? reportOf(rows.report, 'Published', zone) : undefined;
  const rag: Partial<Record<RagDimension, Rag>> = {};
  for (const d of report?.dimensions ?? []) {
    if (RAG_DIMENSIONS.indexOf(d.dimension as RagDimension) >= 0 && d.rag) rag[d.dimension as RagDimension] = d.rag;
  }
  const status = text(p[P.LifecycleStatus]);
  const statusDate = report?.reportDate;
  const manager = ownerOf(p[P.ProjectManager]);
  return {
    id: p[P.Id] as number,
    ...(text(p[P.ProjectCode]) ? { code: text(p[P.ProjectCode]) } : {}),
    title: text(p[P.Title]) ?? '',
    ...(manager ? { manager } : {}),
    stage: text(p[P.Prince2Stage]),
    status,
    ...(statusDate ? { statusDate } : {}),
    rag: currentRag(status, rag),
    dimensions: reportDimensions(report, settings, hasEnded(status)),
    ...(report?.achievements?.trim() ? { achievements: report.achievements.trim() } : {}),
    ...(report?.nextSteps?.trim() ? { nextSteps: report.nextSteps.trim() } : {}),
    milestones: boardMilestoneOrder(sortMilestones(rows.milestones.map(m => milestoneOf(m, zone))).map(m => reportMilestone(m, statusDate ?? at))),
    earnedValue: report ? reportEarnedValue({ pv: report.evm.pv, ev: report.evm.ev, ac: report.evm.ac, bac: report.evm.bac, eacMethod: report.evm.eacMethod }) : undefined,
    risksAndIssues: [...topRisks(rows.risks, zone), ...topIssues(rows.issues, zone)],
    decisions: decisionsOf(report?.escalations)
  };
}

/**
 * The report data of each project, in the order given, read in `$batch`es of 20 projects. `at` is
 * the day a project without a published report is judged at (its milestones' state).
 */
export async function readProjectReports(sp: SPFI, site: ISiteAddress, projects: ReadonlyArray<{ id: number }>, zone: ISiteTimeZone, at: IsoDay): Promise<IProjectReportData[]> {
  const out: IProjectReportData[] = [];
  let settings: IDimensionSetting[] | undefined;
  for (let i = 0; i < projects.length; i += PROJECTS_PER_BATCH) {
    const [b, execute] = sp.batched();
    // The PMO's dimensions (order and titles) ride along in the first $batch.
    const settingsP = settings ? undefined : listOn(b, site, PmoHubConfigList).items.select(C.ConfigValue).filter(odataEq(C.ConfigKey, CONTROLLING_CONFIG_KEY)).top(1)<Row[]>();
    const ps = projects.slice(i, i + PROJECTS_PER_BATCH).map(p => queueProject(b, site, p.id));
    await execute();
    if (settingsP) settings = dimensionSettingsOf(parseJson<unknown>((await settingsP)[0]?.[C.ConfigValue], undefined));
    for (const rows of await Promise.all(ps)) out.push(projectReportOf(rows, zone, at, settings ?? []));
  }
  return out;
}

/** A Portfolio row as the RAG overview's row. */
export function overviewRow(r: IPortfolioRow): IReportOverviewRow {
  return {
    id: r.id, title: r.title, code: r.code, projectManager: r.projectManager, programme: r.programme, stage: r.stage, status: r.status, rag: r.rag,
    lastReportDate: r.lastReportDate, budget: r.budget, startDate: r.startDate, endDate: r.endDate, nextMilestone: r.nextMilestone
  };
}

/** The appendix: every project's risks and issues (risks by score, then issues by priority) and decisions needed, with the project's title. */
export function reportAppendix(projects: ReadonlyArray<IProjectReportData>): IPortfolioReportData['appendix'] {
  const risks = projects.flatMap(p => p.risksAndIssues.filter(i => i.kind === 'risk').map(i => ({ ...i, project: p.title }))).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const issues = projects.flatMap(p => p.risksAndIssues.filter(i => i.kind === 'issue').map(i => ({ ...i, project: p.title })))
    .sort((a, b) => PRIORITIES.indexOf(b.priority as (typeof PRIORITIES)[number]) - PRIORITIES.indexOf(a.priority as (typeof PRIORITIES)[number]));
  return { risksAndIssues: [...risks, ...issues], decisions: projects.flatMap(p => p.decisions.map(d => ({ ...d, project: p.title }))) };
}
