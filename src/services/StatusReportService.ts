import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { describeError } from './errors';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IProjectService } from './ProjectService';
import type { IMilestoneService } from './MilestoneService';
import type { IRiskSnapshots } from './RiskService';
import { text } from './itemValues';
import {
  BUDGET_SELECT, budgetLineOf, MILESTONE_SELECT, milestoneOf, PUBLISHED_SELECT, REPORT_SELECT, reportOf, type IDimensionRag, type IStatusReport
} from './controllingRows';
import { amountsOf } from './BudgetService';
import {
  CONTROLLING_CONFIG_KEY, KPI_SELECT, kpiRulesOf, prepareReport, settingsOf, type IReportData, type IReportDraftChanges, type IReportRules
} from './reportRules';
import { addDays, isIsoDay, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import type { IRagChoiceIssue } from '../domain/rag';
import {
  BudgetLinesList, KpiDefinitionsList, lookupId, MilestonesList, PmoHubConfigList, StatusReportDraftsList, StatusReportsList
} from '../schema/refs';

/** Why a report was refused before anything was written: overrides without a justification (each names its dimension), or an invalid date. */
export class ReportRefusedError extends Error {
  public readonly refusal: 'justificationRequired' | 'invalidDate';
  /** For 'justificationRequired': one issue per dimension (the overall RAG is 'overall'). */
  public readonly issues: IRagChoiceIssue[];
  /** The field the refusal is about: 'rag.<dimension>' (its justification) or the date field. */
  public readonly field: string;

  public constructor(refusal: ReportRefusedError['refusal'], field: string, issues: IRagChoiceIssue[] = []) {
    super(`Status report refused: ${refusal} (${field})`);
    this.name = 'ReportRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.issues = issues;
    Object.setPrototypeOf(this, ReportRefusedError.prototype);
  }
}

/** A draft changed since the user read it: SharePoint's 412, so `describeError(e).kind` is 'conflict'. */
export class ReportConflictError extends Error {
  public readonly status: number = 412;

  public constructor() {
    super('The status report draft was changed by someone else since it was read (412).');
    this.name = 'ReportConflictError';
    Object.setPrototypeOf(this, ReportConflictError.prototype);
  }
}

/** The outcome of publishing a draft. */
export interface IPublishResult {
  report: IStatusReport;
  /** False when an earlier (interrupted or repeated) publish of the same draft had added the report. */
  created: boolean;
  /** MilestoneSnapshots rows this call added. */
  snapshots: number;
  /** RiskSnapshots rows this call added (one per open risk of the project, once per report). */
  riskSnapshots: number;
}

/**
 * Status (highlight) reports: a project's draft, pre-filled from its previous published report with
 * the earned-value inputs derived (PV from the budget lines' planned phasing, AC from their actuals,
 * EV from % complete × BAC, each with its source); saves guarded by the draft's ETag; RAG suggestions
 * from the KPI rules; overrides only with a justification; publishing that writes the report, one
 * milestone snapshot per milestone, one risk snapshot per open risk and the project's summary (through the project register), and
 * repeats without duplicating anything.
 */
export interface IStatusReportService {
  /** The PMO's dimensions, fiscal year start and KPI rules (PmoHubConfig and KpiDefinitions). */
  getRules(): Promise<IReportRules>;
  /** The project's draft, if there is one. */
  getDraft(projectId: number): Promise<IStatusReport | undefined>;
  /**
   * The project's draft for a report date: the existing draft, or a new one pre-filled from the latest
   * published report (texts, ratings of dimensions without a suggestion, comments, % complete, EAC
   * method, inputs given there) with the inputs derived at the new date and the suggestions taken.
   */
  startDraft(projectId: number, reportDate: IsoDay): Promise<IStatusReport>;
  /**
   * Saves changes with the ETag the user saw ('conflict' when stale). Suggestions are computed again.
   * A draft may hold an override without its justification yet (the project manager saves half-way);
   * publishing refuses it.
   */
  saveDraft(draftId: number, changes: IReportDraftChanges, etag: string): Promise<IStatusReport>;
  /**
   * Publishes a draft (an override without a justification is refused, {@link ReportRefusedError}
   * naming the dimension; 'conflict' when `etag` is stale): adds the StatusReports item (its
   * DraftNumber = the draft), a snapshot per milestone not reached before the previous report, a
   * snapshot per open risk (the risk trend since the last report), the project's summary through
   * `IProjectService.refreshSummary`, then deletes the draft. A repeated call finds the report by its
   * indexed DraftNumber and only finishes what is missing.
   */
  publish(draftId: number, etag?: string): Promise<IPublishResult>;
  /** The project's published reports, newest first (at most `top`). */
  listReports(projectId: number, top?: number): Promise<IStatusReport[]>;
}

/** What the status report service receives from the other services. */
export interface IStatusReportServiceDeps {
  projects: IProjectService;
  milestones: IMilestoneService;
  /** The risk register: a published report snapshots the project's open risks. */
  risks: IRiskSnapshots;
  siteTimeZone: ISiteTimeZoneSource;
}

const R = StatusReportsList.fields;
const D = StatusReportDraftsList.fields;
const C = PmoHubConfigList.fields;
const K = KpiDefinitionsList.fields;

/** {@link IStatusReportService} over PnPjs (StatusReportDrafts, StatusReports), composing the project register and milestones. */
export class StatusReportService implements IStatusReportService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IStatusReportServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IStatusReportServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private reports(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, StatusReportsList);
  }

  private drafts(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, StatusReportDraftsList);
  }

  /** Reads rules, data (budget lines, milestones) and the project's latest published report in one $batch. */
  private async context(projectId: number): Promise<{ rules: IReportRules; data: IReportData; latest?: IStatusReport; zone: ISiteTimeZone }> {
    const [b, execute] = this.sp.batched();
    const rulesP = readRules(b, this.site);
    const linesP = listOn(b, this.site, BudgetLinesList).items.select(...BUDGET_SELECT).filter(odataEq(lookupId(BudgetLinesList.fields.Project), projectId)).top(5000)<Array<Record<string, unknown>>>();
    const milestonesP = listOn(b, this.site, MilestonesList).items.select(...MILESTONE_SELECT).filter(odataEq(lookupId(MilestonesList.fields.Project), projectId)).top(500)<Array<Record<string, unknown>>>();
    const latestP = this.latestQuery(b, projectId, 1);
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [rules, lines, milestones, latest, zone] = await Promise.all([rulesP, linesP, milestonesP, latestP, zoneP]);
    return {
      rules,
      data: { budgetLines: amountsOf(lines.map(budgetLineOf)), milestones: milestones.map(m => milestoneOf(m, zone)) },
      latest: latest.length ? reportOf(latest[0], 'Published', zone) : undefined,
      zone
    };
  }

  private latestQuery(sp: SPFI, projectId: number, top: number): Promise<Array<Record<string, unknown>>> {
    // The Project lookup is indexed and narrows ~100,000 reports to one project's first.
    return this.reports(sp).items.select(...REPORT_SELECT, ...PUBLISHED_SELECT)
      .filter(`${odataEq(lookupId(R.Project), projectId)} and ${odataEq(R.ReportStatus, 'Published')}`)
      .orderBy(R.ReportDate, false).orderBy(R.Id, false).top(top)<Array<Record<string, unknown>>>();
  }

  public async getRules(): Promise<IReportRules> {
    const [b, execute] = this.sp.batched();
    const rulesP = readRules(b, this.site);
    await execute();
    return rulesP;
  }

  public async getDraft(projectId: number): Promise<IStatusReport | undefined> {
    const zone = await this.deps.siteTimeZone.get(this.sp.web);
    const rows = await this.drafts().items.select(...REPORT_SELECT).filter(odataEq(lookupId(D.Project), projectId)).orderBy(D.Id, false).top(1)<Array<Record<string, unknown>>>();
    return rows.length ? reportOf(rows[0], 'Draft', zone) : undefined;
  }

  public async startDraft(projectId: number, reportDate: IsoDay): Promise<IStatusReport> {
    if (!isIsoDay(reportDate)) throw new ReportRefusedError('invalidDate', 'reportDate');
    const existing = await this.getDraft(projectId);
    if (existing) return existing;
    const { rules, data, latest, zone } = await this.context(projectId);
    const previous = prefillFrom(latest, projectId, reportDate);
    const prepared = prepareReport(previous, { reportDate, achievements: latest?.achievements, nextSteps: latest?.nextSteps, escalations: latest?.escalations }, data, rules);
    const values = prepareReport({ ...previous, dimensions: carriedRatings(prepared.dimensions, previous.dimensions) }, { reportDate }, data, rules).values;
    const periodStart = latest?.reportDate && latest.reportDate < reportDate ? addDays(latest.reportDate, 1) : undefined;
    const added = (await this.drafts().items.add({
      ...values,
      [D.Title]: latest ? `${latest.title.replace(/\s*[–-]\s*\d{4}-\d\d(-\d\d)?$/, '')} – ${reportDate}`.slice(0, 255) : `${reportDate}`,
      [lookupId(D.Project)]: projectId,
      [D.ReportDate]: writeDateOnly(reportDate, zone),
      [D.PeriodStart]: writeDateOnly(periodStart, zone),
      [D.PeriodEnd]: writeDateOnly(reportDate, zone),
      [D.Highlights]: latest?.achievements ?? null,
      [D.NextSteps]: latest?.nextSteps ?? null,
      [D.Escalations]: latest?.escalations ?? null
    })) as { Id: number };
    return this.readDraft(added.Id);
  }

  private async readDraft(draftId: number): Promise<IStatusReport> {
    const zone = await this.deps.siteTimeZone.get(this.sp.web);
    return reportOf(await this.drafts().items.getById(draftId).select(...REPORT_SELECT)<Record<string, unknown>>(), 'Draft', zone);
  }

  public async saveDraft(draftId: number, changes: IReportDraftChanges, etag: string): Promise<IStatusReport> {
    if (!etag) throw new Error('A status report draft is saved with the ETag the user saw.');
    for (const f of ['reportDate', 'periodStart', 'periodEnd'] as const) if (changes[f] !== undefined && !isIsoDay(changes[f])) throw new ReportRefusedError('invalidDate', f);
    const draft = await this.readDraft(draftId);
    const { rules, data, zone } = await this.context(draft.projectId);
    const prepared = prepareReport(draft, changes, data, rules);
    const values = { ...prepared.values };
    if (changes.reportDate !== undefined) values[D.ReportDate] = writeDateOnly(changes.reportDate, zone);
    if (changes.periodStart !== undefined) values[D.PeriodStart] = writeDateOnly(changes.periodStart, zone);
    if (changes.periodEnd !== undefined) values[D.PeriodEnd] = writeDateOnly(changes.periodEnd, zone);
    await this.drafts().items.getById(draftId).update(values, etag);
    return this.readDraft(draftId);
  }

  public async publish(draftId: number, etag?: string): Promise<IPublishResult> {
    const zone = await this.deps.siteTimeZone.get(this.sp.web);
    const earlier = await this.reports().items.select(...REPORT_SELECT, ...PUBLISHED_SELECT).filter(odataEq(R.DraftNumber, draftId)).top(1)<Array<Record<string, unknown>>>();
    let report = earlier.length ? reportOf(earlier[0], 'Published', zone) : undefined;
    const created = !report;
    if (!report) report = await this.addPublished(draftId, etag, zone);
    const snapshots = await this.deps.milestones.snapshotForReport(report.projectId, report.id, report.reportDate as IsoDay);
    const riskSnapshots = await this.deps.risks.snapshotForReport(report.projectId, report.id, report.reportDate as IsoDay);
    await this.deps.projects.refreshSummary(report.projectId);
    await this.drafts().items.getById(draftId).delete().catch((e: unknown) => {
      if (describeError(e).kind !== 'notFound') throw e;
    });
    return { report, created, snapshots, riskSnapshots };
  }

  /** Checks the draft (ETag, overrides, report date) and adds its published report. */
  private async addPublished(draftId: number, etag: string | undefined, zone: ISiteTimeZone): Promise<IStatusReport> {
    const row = await this.drafts().items.getById(draftId).select(...REPORT_SELECT, D.ReportDate)<Record<string, unknown>>();
    const draft = reportOf(row, 'Draft', zone);
    if (etag && etag !== draft.etag) throw new ReportConflictError();
    if (!draft.reportDate) throw new ReportRefusedError('invalidDate', 'reportDate');
    const { rules, data } = await this.context(draft.projectId);
    const prepared = prepareReport(draft, {}, data, rules);
    refuseUnjustified(prepared.issues);
    const added = (await this.reports().items.add({
      ...prepared.values,
      [R.Title]: draft.title || draft.reportDate,
      [lookupId(R.Project)]: draft.projectId,
      [R.ReportDate]: row[D.ReportDate],
      [R.PeriodStart]: writeDateOnly(draft.periodStart, zone),
      [R.PeriodEnd]: writeDateOnly(draft.periodEnd, zone),
      [R.Highlights]: draft.achievements ?? null,
      [R.NextSteps]: draft.nextSteps ?? null,
      [R.Escalations]: draft.escalations ?? null,
      [R.ReportStatus]: 'Published',
      [R.PublishedDate]: new Date().toISOString(),
      [R.DraftNumber]: draftId
    })) as { Id: number };
    return reportOf(await this.reports().items.getById(added.Id).select(...REPORT_SELECT, ...PUBLISHED_SELECT)<Record<string, unknown>>(), 'Published', zone);
  }

  public async listReports(projectId: number, top: number = 24): Promise<IStatusReport[]> {
    const zone = await this.deps.siteTimeZone.get(this.sp.web);
    return (await this.latestQuery(this.sp, projectId, top)).map(r => reportOf(r, 'Published', zone));
  }
}

/** Reads the controlling settings and KPI rules on a (batched) PnPjs root. */
export async function readRules(sp: SPFI, site: ISiteAddress): Promise<IReportRules> {
  const configP = listOn(sp, site, PmoHubConfigList).items.select(C.ConfigValue).filter(odataEq(C.ConfigKey, CONTROLLING_CONFIG_KEY)).top(1)<Array<Record<string, unknown>>>();
  const kpisP = listOn(sp, site, KpiDefinitionsList).items.select(...KPI_SELECT).filter(odataEq(K.IsActive, true)).top(500)<Array<Record<string, unknown>>>();
  const [config, kpis] = await Promise.all([configP, kpisP]);
  return { ...settingsOf(config.length ? text(config[0][C.ConfigValue]) : undefined), rules: kpiRulesOf(kpis) };
}

/** The report a new draft starts from: the previous one's content at the new date, or an empty one. */
function prefillFrom(latest: IStatusReport | undefined, projectId: number, reportDate: IsoDay): IStatusReport {
  const base: IStatusReport = latest ?? { id: 0, projectId, title: '', status: 'Draft', dimensions: [], evm: { eacMethod: 'cpi', sources: { pv: 'missing', ev: 'missing', ac: 'missing', bac: 'missing' } }, etag: '' };
  return { ...base, status: 'Draft', reportDate, dimensions: base.dimensions.map(d => ({ dimension: d.dimension, rag: d.rag, suggested: d.suggested, justification: d.justification, comment: d.comment })) };
}

/**
 * The ratings a new draft starts with, from the previous report's (`previous`) as rated again with
 * fresh suggestions (`rated`):
 * - a rating that followed its suggestion follows the new one;
 * - an override keeps its rating and its justification while it still differs from the new
 *   suggestion (the PM sees both and may change either); one that now equals it is no override and
 *   loses the justification;
 * - a rating filed without a recorded suggestion (reports filed before suggestions were kept) gives
 *   way to the new suggestion, as there is no justification to carry;
 * - a dimension without a suggestion keeps its rating.
 */
function carriedRatings(rated: ReadonlyArray<IDimensionRag>, previous: ReadonlyArray<IDimensionRag>): IDimensionRag[] {
  const before = new Map(previous.map(d => [d.dimension, d]));
  return rated.map(d => {
    if (!d.suggested) return d;
    if (before.get(d.dimension)?.suggested === undefined || d.rag === d.suggested) return { ...d, rag: d.suggested, justification: undefined };
    return d;
  });
}

/** Throws {@link ReportRefusedError} naming the first dimension whose override lacks a justification. */
function refuseUnjustified(issues: IRagChoiceIssue[]): void {
  if (issues.length) throw new ReportRefusedError('justificationRequired', `rag.${issues[0].dimension}`, issues);
}

