/**
 * The KPI formulas' inputs as the PMO site holds them (src/domain/kpi `IKpiData`), read whole: the
 * rows a day's figures are taken from (kpiFigures.ts). Every list is paged by ID without a filter,
 * so it works above the 5,000-item list view threshold; the lists are read at the same time.
 *
 * What each input is made of:
 * - projects: LifecycleStatus, and EndDate as the day a closed or cancelled project ended;
 * - reports: the published status reports (day, overall RAG, PV, EV, AC, BAC);
 * - milestones: baseline, forecast, actual, status;
 * - risks: rating, status, raised on Created; a risk no longer open counts as closed on its last
 *   change (Modified), the day it was closed or later;
 * - issues: status, due day, raised on Created; resolved on Modified when no longer open;
 * - benefits: baseline, target, planned day and their BenefitMeasurements;
 * - budget lines; requests: the moves of the intake history that count (`foldTrustedHistory`);
 * - gate decisions: Decisions with a GateOutcome by a member of the strategy board or the PMO (the
 *   trust rule of gate decisions), with their review's project and gate.
 * Only the PMO reads every request: for anyone else the intake inputs are their own requests.
 */
import type { SPFI } from '../platform/pnp';
import { dayAt, readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isOpenIssue, isOpenRisk } from '../domain/governance';
import { hasEnded } from '../domain/portfolio';
import { foldTrustedHistory, type IHistoryRowFacts } from '../domain/intakeTrust';
import type { IKpiBenefit, IKpiData, IKpiGateDecision, IKpiIssue, IKpiMilestone, IKpiProject, IKpiRequest, IKpiRisk, IKpiStatusReport } from '../domain/kpi';
import { toRag } from '../domain/portfolio';
import { BUDGET_SELECT, budgetLineOf } from './controllingRows';
import { loadTrustedAuthors } from './gateRecords';
import { num, text } from './itemValues';
import { listOn } from './lists';
import { loadPmoMemberIds } from './pmoMembers';
import type { IListLocation, ISiteAddress } from './site';
import {
  BenefitMeasurementsList, BenefitsList, BudgetLinesList, DecisionsList, GateReviewsList, IssuesList, lookupId, MilestonesList, ProjectRequestsList, ProjectsList,
  RequestHistoryList, RisksList, StatusReportsList
} from '../schema/refs';

type Row = Record<string, unknown>;

const PAGE = 5000;

/** Every item of a list (the columns `select`), page by page in ID order. */
export async function allItems(sp: SPFI, site: ISiteAddress, list: IListLocation, select: ReadonlyArray<string>): Promise<Row[]> {
  const out: Row[] = [];
  for await (const page of listOn(sp, site, list).items.select(...select).top(PAGE)) for (const r of page as Row[]) out.push(r);
  return out;
}

const P = ProjectsList.fields;
const SR = StatusReportsList.fields;
const MS = MilestonesList.fields;
const RK = RisksList.fields;
const IS = IssuesList.fields;
const BN = BenefitsList.fields;
const BM = BenefitMeasurementsList.fields;
const RQ = ProjectRequestsList.fields;
const RH = RequestHistoryList.fields;
const DC = DecisionsList.fields;
const GR = GateReviewsList.fields;

/** The Projects columns a KPI project is made of. */
export const KPI_PROJECT_SELECT: ReadonlyArray<string> = [P.Id, P.LifecycleStatus, P.EndDate];

/** A Projects item as a KPI project: a closed or cancelled one ended on its end day. */
export function kpiProjectOf(r: Row, zone: ISiteTimeZone): IKpiProject {
  const status = text(r[P.LifecycleStatus]);
  const endedOn = hasEnded(status) ? readDateOnly(text(r[P.EndDate]), zone) : undefined;
  return { id: r[P.Id] as number, status, ...(endedOn ? { endedOn } : {}) };
}

function day(v: unknown, zone: ISiteTimeZone): IsoDay | undefined {
  return readDateOnly(text(v), zone);
}

/** The day of an instant column (Created, Modified) in the site's zone. */
function instantDay(v: unknown, zone: ISiteTimeZone): IsoDay | undefined {
  const t = Date.parse(String(v ?? ''));
  return Number.isNaN(t) ? undefined : dayAt(t, zone.iana);
}

function reportOf(r: Row, zone: ISiteTimeZone): IKpiStatusReport | undefined {
  const reportDate = day(r[SR.ReportDate], zone);
  const projectId = num(r[lookupId(SR.Project)]);
  if (!reportDate || projectId === undefined) return undefined;
  const overall = toRag(r[SR.RagOverall]);
  return {
    id: r[SR.Id] as number, projectId, reportDate, status: text(r[SR.ReportStatus]) ?? 'Published', rag: overall ? { overall } : {},
    pv: num(r[SR.PlannedValue]), ev: num(r[SR.EarnedValue]), ac: num(r[SR.ActualCost]), bac: num(r[SR.BudgetAtCompletion])
  };
}

function milestoneOf(r: Row, zone: ISiteTimeZone): IKpiMilestone | undefined {
  const projectId = num(r[lookupId(MS.Project)]);
  if (projectId === undefined) return undefined;
  return {
    projectId, title: text(r[MS.Title]) ?? '', status: text(r[MS.MilestoneStatus]),
    baselineDate: day(r[MS.BaselineDate], zone), forecastDate: day(r[MS.ForecastDate], zone), actualDate: day(r[MS.ActualDate], zone)
  };
}

function riskOf(r: Row, zone: ISiteTimeZone): IKpiRisk | undefined {
  const projectId = num(r[lookupId(RK.Project)]);
  if (projectId === undefined) return undefined;
  const risk: IKpiRisk = { id: r[RK.Id] as number, projectId, status: text(r[RK.RiskStatus]) ?? '', probability: num(r[RK.Probability]), impact: num(r[RK.Impact]), raisedOn: instantDay(r[RK.Created], zone) };
  if (!isOpenRisk(risk)) risk.closedOn = instantDay(r[RK.Modified], zone);
  return risk;
}

function issueOf(r: Row, zone: ISiteTimeZone): IKpiIssue | undefined {
  const projectId = num(r[lookupId(IS.Project)]);
  if (projectId === undefined) return undefined;
  const issue: IKpiIssue = { projectId, status: text(r[IS.IssueStatus]) ?? '', dueDate: day(r[IS.DueDate], zone), raisedOn: instantDay(r[IS.Created], zone) };
  if (!isOpenIssue(issue)) issue.resolvedOn = instantDay(r[IS.Modified], zone);
  return issue;
}

function benefitsOf(benefits: Row[], measurements: Row[], zone: ISiteTimeZone): IKpiBenefit[] {
  const byBenefit = new Map<number, Array<{ on: IsoDay; value: number }>>();
  for (const m of measurements) {
    const id = num(m[lookupId(BM.Benefit)]);
    const on = day(m[BM.MeasureDate], zone);
    const value = num(m[BM.RealisedValue]);
    if (id === undefined || !on || value === undefined) continue;
    const list = byBenefit.get(id) ?? [];
    list.push({ on, value });
    byBenefit.set(id, list);
  }
  const out: IKpiBenefit[] = [];
  for (const b of benefits) {
    const projectId = num(b[lookupId(BN.Project)]);
    if (projectId === undefined) continue;
    out.push({ projectId, baseline: num(b[BN.BaselineValue]), target: num(b[BN.TargetValue]), plannedDate: day(b[BN.DueDate], zone), measurements: byBenefit.get(b[BN.Id] as number) ?? [] });
  }
  return out;
}

/** Each request's counted moves (the intake history's trust rule). */
function requestsOf(requests: Row[], history: Row[], pmoIds: ReadonlySet<number>): IKpiRequest[] {
  const byRequest = new Map<number, IHistoryRowFacts[]>();
  for (const h of history) {
    const request = num(h[RH.RequestNumber]);
    const to = text(h[RH.ToState]);
    if (request === undefined || !to) continue;
    const rows = byRequest.get(request) ?? [];
    rows.push({ id: h[RH.Id] as number, from: text(h[RH.FromState]), to, authorId: num(h[lookupId(RH.Author)]) ?? 0, authorName: '', created: text(h[RH.Created]) ?? '' });
    byRequest.set(request, rows);
  }
  return requests.map(r => {
    const id = r[RQ.Id] as number;
    const folded = foldTrustedHistory(byRequest.get(id) ?? [], num(r[lookupId(RQ.Author)]) ?? 0, pmoIds, { state: text(r[RQ.IntakeState]), submittedAt: text(r[RQ.SubmittedDate]), authorName: '' });
    return { id, log: folded.entries.map(e => ({ at: e.at, to: e.to })) };
  });
}

/** Gate decisions that count (by the board or the PMO), with their review's project and gate. */
function gateDecisionsOf(decisions: Row[], reviews: Row[], deciders: ReadonlySet<number>, zone: ISiteTimeZone): IKpiGateDecision[] {
  const reviewById = new Map<number, { projectId: number; gate: number }>();
  for (const r of reviews) {
    const projectId = num(r[lookupId(GR.Project)]);
    const gate = num(r[lookupId(GR.Gate)]);
    if (projectId !== undefined && gate !== undefined) reviewById.set(r[GR.Id] as number, { projectId, gate });
  }
  const out: IKpiGateDecision[] = [];
  for (const d of decisions) {
    const outcome = text(d[DC.GateOutcome]);
    const review = reviewById.get(num(d[lookupId(DC.GateReview)]) ?? -1);
    const decidedOn = day(d[DC.DecisionDate], zone) ?? instantDay(d[DC.Created], zone);
    if (!outcome || !review || !decidedOn || !deciders.has(num(d[lookupId(DC.Author)]) ?? -1)) continue;
    out.push({ projectId: review.projectId, gate: review.gate, decidedOn, decision: outcome, id: d[DC.Id] as number });
  }
  return out;
}

/** Reads every input of the KPI formulas (see the module's description); the lists at the same time. */
export async function readKpiInputs(sp: SPFI, site: ISiteAddress, zone: ISiteTimeZone): Promise<IKpiData> {
  const read = (list: IListLocation, select: ReadonlyArray<string>): Promise<Row[]> => allItems(sp, site, list, select);
  const [projects, reports, milestones, risks, issues, benefits, measurements, lines, requests, history, decisions, reviews, pmoIds, trusted] = await Promise.all([
    read(ProjectsList, KPI_PROJECT_SELECT),
    read(StatusReportsList, [SR.Id, lookupId(SR.Project), SR.ReportDate, SR.ReportStatus, SR.RagOverall, SR.PlannedValue, SR.EarnedValue, SR.ActualCost, SR.BudgetAtCompletion]),
    read(MilestonesList, [MS.Id, MS.Title, lookupId(MS.Project), MS.MilestoneStatus, MS.BaselineDate, MS.ForecastDate, MS.ActualDate]),
    read(RisksList, [RK.Id, lookupId(RK.Project), RK.RiskStatus, RK.Probability, RK.Impact, RK.Created, RK.Modified]),
    read(IssuesList, [IS.Id, lookupId(IS.Project), IS.IssueStatus, IS.DueDate, IS.Created, IS.Modified]),
    read(BenefitsList, [BN.Id, lookupId(BN.Project), BN.BaselineValue, BN.TargetValue, BN.DueDate]),
    read(BenefitMeasurementsList, [BM.Id, lookupId(BM.Benefit), BM.MeasureDate, BM.RealisedValue]),
    read(BudgetLinesList, BUDGET_SELECT),
    read(ProjectRequestsList, [RQ.Id, lookupId(RQ.Author), RQ.IntakeState, RQ.SubmittedDate]).catch(unreadable),
    read(RequestHistoryList, [RH.Id, RH.RequestNumber, RH.FromState, RH.ToState, lookupId(RH.Author), RH.Created]).catch(unreadable),
    read(DecisionsList, [DC.Id, lookupId(DC.GateReview), DC.GateOutcome, DC.DecisionDate, DC.Created, lookupId(DC.Author)]),
    read(GateReviewsList, [GR.Id, lookupId(GR.Project), lookupId(GR.Gate)]),
    loadPmoMemberIds(sp, site),
    loadTrustedAuthors(sp, site)
  ]);
  const pick = <T>(rows: Row[], of: (r: Row, z: ISiteTimeZone) => T | undefined): T[] => rows.map(r => of(r, zone)).filter((x): x is T => x !== undefined);
  return {
    projects: projects.map(r => kpiProjectOf(r, zone)),
    reports: pick(reports, reportOf),
    milestones: pick(milestones, milestoneOf),
    risks: pick(risks, riskOf),
    issues: pick(issues, issueOf),
    benefits: benefitsOf(benefits, measurements, zone),
    budgetLines: lines.map(budgetLineOf).filter(l => l.projectId > 0),
    requests: requestsOf(requests, history, pmoIds),
    gateDecisions: gateDecisionsOf(decisions, reviews, trusted.deciders, zone)
  };
}

/** A list the caller may not read (intake, for all but the PMO and the board) gives no rows. */
function unreadable(e: unknown): Row[] {
  const status = (e as { status?: number } | undefined)?.status;
  if (status === 403 || status === 404) return [];
  throw e;
}
