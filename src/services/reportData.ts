/**
 * The report data of projects (src/domain/reports `IProjectReportData`) as the PMO site holds it:
 * for each project, in `$batch`es of 20 projects, the project, its latest published status report
 * (every dimension with its RAG and comment, achievements and next steps, earned value, escalations),
 * its milestones, risks and issues, each list read by its indexed Project lookup, and the PMO's
 * dimension settings (order and titles, in the first `$batch`); and the appendix of a multi-project report.
 */
import type { SPFI } from '../platform/pnp';
import { readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { DEFAULT_RISK_THRESHOLDS, effectiveRiskThresholds, isOpenIssue, isOpenRisk, riskBand, riskScore, type IRiskThresholds } from '../domain/governance';
import { currentRag, hasEnded, RAG_DIMENSIONS, type IPortfolioRow, type Rag, type RagDimension } from '../domain/portfolio';
import { OVERALL_DIMENSION } from '../domain/rag';
import {
  boardMilestoneOrder, reportEarnedValue, reportMilestone, type IPortfolioReportData, type IProjectReportData, type IReportDecision, type IReportDimension, type IReportOverviewRow, type IReportRaidItem
} from '../domain/reports';
import { PRIORITIES } from '../domain/vocabulary';
import { MILESTONE_SELECT, milestoneOf, PUBLISHED_SELECT, REPORT_SELECT, reportOf, sortMilestones, type IStatusReport } from './controllingRows';
import { configuredThresholds } from './configValues';
import { RISK_THRESHOLDS_CONFIG_KEY } from '../schema/settings';
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

/** A project's open risks, highest score first (then the nearest proximity); `high` by the register's High band under `thresholds`. */
function openRisks(rows: ReadonlyArray<Row>, zone: ISiteTimeZone, thresholds: IRiskThresholds): IReportRaidItem[] {
  return rows.filter(r => isOpenRisk({ status: text(r[RK.RiskStatus]) ?? '' })).map(r => {
    const scored = riskScore({ probability: num(r[RK.Probability]), impact: num(r[RK.Impact]) });
    const item: IReportRaidItem = { kind: 'risk', title: text(r[RK.Title]) ?? '', owner: ownerOf(r[RK.RiskOwner]), due: readDateOnly(text(r[RK.Proximity]), zone) };
    if (scored.ok) item.score = scored.score;
    item.high = scored.ok && riskBand(scored.score, thresholds) === 'High';
    return item;
  }).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

/** The issue priorities the board's appendix takes. */
const HIGH_PRIORITIES: ReadonlyArray<string> = ['High', 'Critical'];

/** A project's open issues, highest priority first (then the earliest due day); `high` for High and Critical. */
function openIssues(rows: ReadonlyArray<Row>, zone: ISiteTimeZone): IReportRaidItem[] {
  const rank = (p: string | undefined): number => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number]);
  return rows.filter(r => isOpenIssue({ status: text(r[IS.IssueStatus]) ?? '' }))
    .map((r): IReportRaidItem => {
      const priority = text(r[IS.Priority]);
      return { kind: 'issue', title: text(r[IS.Title]) ?? '', priority, owner: ownerOf(r[IS.IssueOwner]), due: readDateOnly(text(r[IS.DueDate]), zone), high: HIGH_PRIORITIES.indexOf(priority ?? '') >= 0 };
    })
    .sort((a, b) => rank(b.priority) - rank(a.priority) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
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
function projectReportOf(rows: IProjectRows, zone: ISiteTimeZone, at: IsoDay, settings: IReportSettings): IProjectReportData {
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
    dimensions: reportDimensions(report, settings.dimensions, hasEnded(status)),
    ...(report?.achievements?.trim() ? { achievements: report.achievements.trim() } : {}),
    ...(report?.nextSteps?.trim() ? { nextSteps: report.nextSteps.trim() } : {}),
    milestones: boardMilestoneOrder(sortMilestones(rows.milestones.map(m => milestoneOf(m, zone))).map(m => reportMilestone(m, statusDate ?? at))),
    earnedValue: report ? reportEarnedValue({ pv: report.evm.pv, ev: report.evm.ev, ac: report.evm.ac, bac: report.evm.bac, eacMethod: report.evm.eacMethod }) : undefined,
    risksAndIssues: [...openRisks(rows.risks, zone, settings.riskThresholds), ...openIssues(rows.issues, zone)],
    highRiskScore: settings.riskThresholds.high,
    decisions: decisionsOf(report?.escalations)
  };
}

/** The PMO's settings a report reads: the status report's dimensions and the risk register's bands. */
export interface IReportSettings {
  dimensions: IDimensionSetting[];
  riskThresholds: IRiskThresholds;
}

/** The settings from PmoHubConfig rows (ConfigKey, ConfigValue): missing or invalid ones give PMO Hub's defaults. */
function reportSettingsOf(rows: ReadonlyArray<Row>): IReportSettings {
  const value = (key: string): string | undefined => text(rows.filter(r => r[C.ConfigKey] === key)[0]?.[C.ConfigValue]);
  return {
    dimensions: dimensionSettingsOf(parseJson<unknown>(value(CONTROLLING_CONFIG_KEY), undefined)),
    riskThresholds: effectiveRiskThresholds(configuredThresholds(value(RISK_THRESHOLDS_CONFIG_KEY))).thresholds
  };
}

/**
 * The report data of each project, in the order given, read in `$batch`es of 20 projects. `at` is
 * the day a project without a published report is judged at (its milestones' state).
 */
export async function readProjectReports(sp: SPFI, site: ISiteAddress, projects: ReadonlyArray<{ id: number }>, zone: ISiteTimeZone, at: IsoDay): Promise<IProjectReportData[]> {
  const out: IProjectReportData[] = [];
  let settings: IReportSettings | undefined;
  for (let i = 0; i < projects.length; i += PROJECTS_PER_BATCH) {
    const [b, execute] = sp.batched();
    // The PMO's dimensions (order and titles) and risk bands ride along in the first $batch.
    const settingsP = settings ? undefined : listOn(b, site, PmoHubConfigList).items.select(C.ConfigKey, C.ConfigValue)
      .filter(`${odataEq(C.ConfigKey, CONTROLLING_CONFIG_KEY)} or ${odataEq(C.ConfigKey, RISK_THRESHOLDS_CONFIG_KEY)}`).top(2)<Row[]>();
    const ps = projects.slice(i, i + PROJECTS_PER_BATCH).map(p => queueProject(b, site, p.id));
    await execute();
    if (settingsP) settings = reportSettingsOf(await settingsP);
    const current = settings ?? reportSettingsOf([]);
    for (const rows of await Promise.all(ps)) out.push(projectReportOf(rows, zone, at, current));
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

/**
 * The appendix for the board: the open risks and issues the board must see (`high`: the register's
 * High band, issues of High or Critical priority; risks by score, then issues by priority) and every
 * decision needed, with the project's title; `leftOut` counts the other open risks and issues.
 * `highRiskScore`: the score from which a risk is high, as the projects' data was read with it
 * (PMO Hub's default without projects).
 */
export function reportAppendix(projects: ReadonlyArray<IProjectReportData>): IPortfolioReportData['appendix'] {
  const all = projects.flatMap(p => p.risksAndIssues.map(i => ({ ...i, project: p.title })));
  const rank = (p: string | undefined): number => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number]);
  const high = all.filter(i => i.high);
  const risks = high.filter(i => i.kind === 'risk').sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const issues = high.filter(i => i.kind === 'issue').sort((a, b) => rank(b.priority) - rank(a.priority));
  return {
    risksAndIssues: [...risks, ...issues],
    decisions: projects.flatMap(p => p.decisions.map(d => ({ ...d, project: p.title }))),
    leftOut: all.length - high.length,
    highRiskScore: projects[0]?.highRiskScore ?? DEFAULT_RISK_THRESHOLDS.high
  };
}
