import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { etagOf, num, ragOf, RAG_SELECT, text } from './itemValues';
import { describeError } from './errors';
import type { ISiteAddress } from './site';
import { listOn, type ListHandle } from './lists';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { readDateOnly, writeDateOnly, type ISiteTimeZone } from '../domain/dates';
import { projectSummary, RAG_DIMENSIONS, toRag, type IMilestoneInput, type IProjectSummary, type IStatusReportInput, type Rag } from '../domain/portfolio';
import type { IProjectFromRequest } from '../domain/intake';
import { lookupId, MilestonesList, ProjectsList, RAG_COLUMNS, StatusReportsList } from '../schema/refs';
import { setProjectEditors } from './projectEditors';
import { isCode, PRINCE2_STAGES, type LifecycleStatus } from '../domain/vocabulary';
import type { IProjectLifecycleState, IStagePosition } from '../domain/governance/lifecycle';

/** What a project's editors can change in the project panel. */
export interface IProjectChanges {
  stage?: string;
  status?: string;
  /** A budget; undefined leaves it, NaN or a negative number is refused. */
  budget?: number;
  /** Baseline start and end ('YYYY-MM-DD'; empty clears): like the budget, a change needs a reason. */
  startDate?: string;
  endDate?: string;
  /** Why the budget or the baseline changed (required then; kept in the item's version history). */
  reason?: string;
  /** The project manager (site user id); the PMO changes it, and the grants follow. */
  projectManagerId?: number;
  /** The deputy (site user id; 0 removes the deputy); the PMO changes it, and the grants follow. */
  deputyId?: number;
}

/** Why a project change was refused before anything was written. */
export class ProjectChangeRefusedError extends Error {
  public readonly refusal: 'reasonRequired';
  /** The field the refusal is about ('budget', 'startDate' or 'endDate'). */
  public readonly field: string;

  public constructor(refusal: 'reasonRequired', field: string) {
    super(`Project change refused: ${refusal} (${field})`);
    this.name = 'ProjectChangeRefusedError';
    this.refusal = refusal;
    this.field = field;
    Object.setPrototypeOf(this, ProjectChangeRefusedError.prototype);
  }
}

/**
 * The summary as the register wrote it: the domain's summary (RAG of the five portfolio dimensions,
 * last report date, next milestone) plus what schema 6 denormalises from the latest published report
 * for the portfolio's controlling roll-up: the quality and resources RAG and the earned-value inputs.
 */
export interface IRefreshedSummary extends IProjectSummary {
  /** The latest published report's quality and resources RAG (the standard dimensions beyond the portfolio's five). */
  moreRag: { quality?: Rag; resources?: Rag };
  /** The latest published report's PV, EV, AC and BAC (cumulative at its date, in the project's currency); empty without a report. */
  evm: { pv?: number; ev?: number; ac?: number; bac?: number };
}

/** The outcome of creating a project from a request. */
export interface IProjectCreation {
  projectId: number;
  /** False when the project existed already (an earlier, interrupted or concurrent conversion). */
  created: boolean;
}

/**
 * The project register (Projects) and the rules that keep it consistent. The one owner of the
 * denormalised summary on Projects (latest published RAG, last report date, next milestone): every
 * service that writes StatusReports or Milestones receives this interface and calls
 * {@link IProjectService.refreshSummary} after its write, so no web part or component has to.
 */
export interface IProjectService {
  /**
   * Saves the panel's changes with the ETag the user saw (412 when someone else saved first). A change
   * of the budget or the baseline dates needs a reason ({@link ProjectChangeRefusedError}), written with
   * it into ChangeReason, so that the item's versions keep who changed what, when and why. A change of
   * manager or deputy moves the item-level grants with it (only the PMO can).
   */
  update(projectId: number, changes: IProjectChanges, etag: string): Promise<void>;
  /**
   * Creates the project of a converted request, once: Projects.RequestNumber is indexed and ProjectCode
   * unique, so a repeated or concurrent call finds the project the first one created.
   */
  createFromRequest(requestId: number, project: IProjectFromRequest, projectManagerId: number): Promise<IProjectCreation>;
  /**
   * Recomputes what Projects carries from StatusReports and Milestones (latest published RAG per
   * dimension, last report date, next milestone) and writes it when it changed.
   */
  refreshSummary(projectId: number): Promise<IRefreshedSummary>;
  /** Rewrites the next milestone of every project from Milestones (maintenance / upgrade); returns projects changed. */
  backfillNextMilestones(): Promise<number>;
  /**
   * Moves the project's stage as a trusted gate decision says (the gate service is its only caller:
   * a stage moves only through a board's go). Writes StageCode, Prince2Stage (PRINCE2 and hybrid
   * stages), DeliveryStageNo and LifecycleStatus, guarded by the ETag of its own read, and only while
   * the project is still where `from` says; a project already at `to` is left as it is.
   * @returns 'moved' when it wrote, 'already' when the project was at `to`, 'elsewhere' when it is
   *   neither at `from` nor at `to` (nothing written). Throws SharePoint's 403 for a user who may not
   *   edit the project (a board member: Read on Projects).
   */
  applyStage(projectId: number, from: IStageState, to: IStageState): Promise<'moved' | 'already' | 'elsewhere'>;
}

/** A project's stage and status as Projects stores them (the stage move's before and after). */
export interface IStageState extends IStagePosition {
  status: LifecycleStatus;
}

/** A project's lifecycle columns as read (Lifecycle and StageCode empty on rows written before schema 7: prince2 and Prince2Stage then). */
export function stageStateOf(row: Record<string, unknown>): Pick<IProjectLifecycleState, 'lifecycle' | 'stage' | 'deliveryStageNo' | 'deliveryStageCount' | 'status'> {
  const lifecycle = text(row[ProjectsList.fields.Lifecycle]);
  const deliveryStageNo = num(row[ProjectsList.fields.DeliveryStageNo]);
  return {
    lifecycle: lifecycle === 'agile' || lifecycle === 'hybrid' ? lifecycle : 'prince2',
    stage: (text(row[ProjectsList.fields.StageCode]) ?? text(row[ProjectsList.fields.Prince2Stage]) ?? 'StartingUp') as IProjectLifecycleState['stage'],
    deliveryStageNo,
    // Projects holds no planned number of delivery stages: the delivery stage a project is in counts as
    // its last, so a go at its gate leads on (a project in its second stage is never stuck there).
    deliveryStageCount: Math.max(1, deliveryStageNo ?? 1),
    status: (text(row[ProjectsList.fields.LifecycleStatus]) ?? 'Proposed') as LifecycleStatus
  };
}

/** The Projects columns {@link stageStateOf} reads. */
export const STAGE_SELECT: ReadonlyArray<string> = [ProjectsList.fields.Lifecycle, ProjectsList.fields.StageCode, ProjectsList.fields.Prince2Stage, ProjectsList.fields.DeliveryStageNo, ProjectsList.fields.LifecycleStatus];

function sameStage(a: IStageState, b: IStageState): boolean {
  return a.stage === b.stage && (a.deliveryStageNo ?? undefined) === (b.deliveryStageNo ?? undefined) && a.status === b.status;
}

/** SharePoint's page size limit for list items. */
const PAGE: number = 5000;
/** Writes per $batch when many projects change. */
const WRITE_BATCH: number = 100;

const P = ProjectsList.fields;
const SR = StatusReportsList.fields;
const MS = MilestonesList.fields;
/**
 * Columns the latest published report hands to Projects as they are (the same internal names in both
 * lists): the quality and resources RAG and the earned-value inputs (schema 6).
 */
const REPORT_FIGURES = [P.RagQuality, P.RagResources, P.PlannedValue, P.EarnedValue, P.ActualCost, P.BudgetAtCompletion] as const;
const SUMMARY_SELECT: ReadonlyArray<string> = [...RAG_SELECT, P.LastReportDate, P.NextMilestoneTitle, P.NextMilestoneDate, ...REPORT_FIGURES];
const MILESTONE_SELECT: ReadonlyArray<string> = [MS.Title, MS.MilestoneStatus, MS.BaselineDate, MS.ForecastDate, MS.ActualDate];

/** {@link IProjectService} over PnPjs. */
export class ProjectService implements IProjectService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  /**
   * @param sp PnPjs root of the PMO site.
   * @param site The PMO site's address.
   * @param siteTimeZone The site's time zone: date-only columns are written and read for it.
   */
  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  private projects(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, ProjectsList);
  }

  public async update(projectId: number, changes: IProjectChanges, etag: string): Promise<void> {
    if (!etag) throw new Error('A project is saved with the ETag the user saw.');
    const values: Record<string, unknown> = {};
    if (changes.stage !== undefined) values[P.Prince2Stage] = changes.stage || null;
    if (changes.status !== undefined) values[P.LifecycleStatus] = changes.status || null;
    if (changes.budget !== undefined) {
      if (!isFinite(changes.budget) || changes.budget < 0) throw new Error('The budget must be a number of 0 or more.');
      values[P.Budget] = changes.budget;
    }
    const zone = await this.siteTimeZone.get();
    if (changes.startDate !== undefined) values[P.StartDate] = writeDateOnly(changes.startDate || undefined, zone);
    if (changes.endDate !== undefined) values[P.EndDate] = writeDateOnly(changes.endDate || undefined, zone);
    if (changes.projectManagerId !== undefined) values[lookupId(P.ProjectManager)] = changes.projectManagerId;
    if (changes.deputyId !== undefined) values[lookupId(P.DeputyProjectManager)] = changes.deputyId || null;
    if (Object.keys(values).length === 0) return;
    const item = this.projects().items.getById(projectId);
    const current = await item.select(P.Budget, P.StartDate, P.EndDate, lookupId(P.ProjectManager), lookupId(P.DeputyProjectManager))<Record<string, unknown>>();
    // Budget and baseline: a change needs its reason, written with it (the versions keep each one);
    // any other save clears it, so that a version's reason always belongs to that version.
    const changed = [
      changes.budget !== undefined && changes.budget !== (current[P.Budget] ?? undefined) ? 'budget' : '',
      changes.startDate !== undefined && (changes.startDate || undefined) !== readDateOnly(text(current[P.StartDate]), zone) ? 'startDate' : '',
      changes.endDate !== undefined && (changes.endDate || undefined) !== readDateOnly(text(current[P.EndDate]), zone) ? 'endDate' : ''
    ].filter(Boolean);
    const reason = (changes.reason ?? '').trim();
    if (changed.length && !reason) throw new ProjectChangeRefusedError('reasonRequired', changed[0]);
    values[P.ChangeReason] = changed.length ? reason : null;
    if (changes.projectManagerId !== undefined || changes.deputyId !== undefined) {
      // The grants move first: only the PMO can move them (403 otherwise), and then nothing is written.
      const pm = changes.projectManagerId ?? (current[lookupId(P.ProjectManager)] as number | undefined);
      const deputy = changes.deputyId !== undefined ? changes.deputyId : (current[lookupId(P.DeputyProjectManager)] as number | undefined);
      await setProjectEditors(this.sp, this.site.listPath(ProjectsList), projectId, [pm ?? 0, deputy ?? 0]);
    }
    await item.update(values, etag);
  }

  public async createFromRequest(requestId: number, p: IProjectFromRequest, projectManagerId: number): Promise<IProjectCreation> {
    const items = this.projects().items;
    // Projects.RequestNumber is indexed: find a project an earlier, interrupted call created.
    const existing = async (): Promise<number | undefined> => {
      const found = await items.select(P.Id).filter(odataEq(P.RequestNumber, requestId)).top(1)<Array<{ Id: number }>>();
      return found.length ? found[0].Id : undefined;
    };
    const grant = (projectId: number): Promise<number> => setProjectEditors(this.sp, this.site.listPath(ProjectsList), projectId, [projectManagerId]);
    const before = await existing();
    if (before !== undefined) {
      // An earlier, interrupted conversion created it: make sure its manager got the grant.
      await grant(before);
      return { projectId: before, created: false };
    }
    const zone = await this.siteTimeZone.get();
    let created: number;
    try {
      const added = (await items.add({
        [P.Title]: p.title,
        [P.ProjectCode]: p.code,
        [P.Department]: p.department || null,
        [P.Summary]: p.summary || null,
        [lookupId(P.ProjectManager)]: projectManagerId,
        [lookupId(P.Sponsor)]: p.sponsorId ?? null,
        [lookupId(P.Programme)]: p.programmeId ?? null,
        [lookupId(P.StrategicObjectives)]: p.objectiveIds,
        [P.Prince2Stage]: 'StartingUp',
        [P.LifecycleStatus]: 'Active',
        [P.RequestNumber]: requestId,
        [P.Budget]: p.budget,
        [P.StartDate]: writeDateOnly(p.startDate, zone),
        [P.EndDate]: writeDateOnly(p.endDate, zone)
      })) as { Id: number };
      created = added.Id;
    } catch (e) {
      // ProjectCode is unique: a concurrent conversion of the same request created it first.
      const after = await existing();
      if (after === undefined) throw e;
      await grant(after);
      return { projectId: after, created: false };
    }
    // The project's manager edits it through an item-level grant (project managers only read the list).
    await grant(created);
    return { projectId: created, created: true };
  }

  public async refreshSummary(projectId: number): Promise<IRefreshedSummary> {
    try {
      return await this.refreshSummaryOnce(projectId);
    } catch (e) {
      // Someone saved the project between the read and the write: read and compute again, once.
      if (describeError(e).kind !== 'conflict') throw e;
      return this.refreshSummaryOnce(projectId);
    }
  }

  /** One read-compute-write of the summary, the write guarded by the ETag of the read (412 when the item changed meanwhile). */
  private async refreshSummaryOnce(projectId: number): Promise<IRefreshedSummary> {
    const [b, execute] = this.sp.batched();
    const reportsP = listOn(b, this.site, StatusReportsList).items
      .select(SR.Id, SR.ReportDate, SR.ReportStatus, ...RAG_SELECT, ...REPORT_FIGURES)
      .filter(`${odataEq(`${SR.Project}/Id`, projectId)} and ${odataEq(SR.ReportStatus, 'Published')}`).orderBy(SR.ReportDate, false).orderBy(SR.Id, false).top(1)<Array<Record<string, unknown>>>();
    const milestonesP = listOn(b, this.site, MilestonesList).items.select(...MILESTONE_SELECT)
      .filter(odataEq(`${MS.Project}/Id`, projectId)).top(500)<Array<Record<string, unknown>>>();
    const currentP = this.projects(b).items.getById(projectId).select(...SUMMARY_SELECT)<Record<string, unknown>>();
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [reports, milestones, current, zone] = await Promise.all([reportsP, milestonesP, currentP, zoneP]);
    const summary = projectSummary(reports.map(r => toReportInput(r, zone)), milestones.map(m => toMilestoneInput(m, zone)));
    const latest: Record<string, unknown> = reports[0] ?? {};
    const values = summaryValues(summary, zone);
    for (const c of REPORT_FIGURES) values[c] = latest[c] ?? null;
    const changed = Object.keys(values).some(k => !sameValue(current[k], values[k], zone));
    if (changed) await this.projects().items.getById(projectId).update(values, etagOf(current as { 'odata.etag'?: string }));
    return {
      ...summary,
      moreRag: { quality: toRag(latest[SR.RagQuality]), resources: toRag(latest[SR.RagResources]) },
      evm: { pv: num(latest[SR.PlannedValue]), ev: num(latest[SR.EarnedValue]), ac: num(latest[SR.ActualCost]), bac: num(latest[SR.BudgetAtCompletion]) }
    };
  }

  public async applyStage(projectId: number, from: IStageState, to: IStageState): Promise<'moved' | 'already' | 'elsewhere'> {
    const item = this.projects().items.getById(projectId);
    const row = await item.select(...STAGE_SELECT)<Record<string, unknown>>();
    const current = stageStateOf(row);
    if (sameStage(current, to)) return 'already';
    if (!sameStage(current, from)) return 'elsewhere';
    await item.update({
      [P.StageCode]: to.stage,
      [P.Prince2Stage]: isCode(PRINCE2_STAGES, to.stage) ? to.stage : null,
      [P.DeliveryStageNo]: to.deliveryStageNo ?? null,
      [P.LifecycleStatus]: to.status,
      [P.ChangeReason]: null
    }, etagOf(row as { 'odata.etag'?: string }));
    return 'moved';
  }

  public async backfillNextMilestones(): Promise<number> {
    const zone = await this.siteTimeZone.get();
    const byProject: Record<number, IMilestoneInput[]> = {};
    for await (const page of listOn(this.sp, this.site, MilestonesList).items.select(...MILESTONE_SELECT, lookupId(MS.Project)).top(PAGE)) {
      for (const m of page as Array<Record<string, unknown>>) {
        const pid = m[lookupId(MS.Project)];
        if (typeof pid !== 'number') continue;
        (byProject[pid] = byProject[pid] ?? []).push(toMilestoneInput(m, zone));
      }
    }
    const changes: Array<{ id: number; values: Record<string, unknown> }> = [];
    for await (const page of this.projects().items.select(P.Id, P.NextMilestoneTitle, P.NextMilestoneDate).top(PAGE)) {
      for (const p of page as Array<Record<string, unknown>>) {
        const next = projectSummary([], byProject[p.Id as number] ?? []).nextMilestone;
        const values: Record<string, unknown> = { [P.NextMilestoneTitle]: next ? next.title : null, [P.NextMilestoneDate]: writeDateOnly(next?.date, zone) };
        if (Object.keys(values).some(k => !sameValue(p[k], values[k], zone))) changes.push({ id: p.Id as number, values });
      }
    }
    for (let i = 0; i < changes.length; i += WRITE_BATCH) {
      const [b, execute] = this.sp.batched();
      const list = this.projects(b);
      const writes = changes.slice(i, i + WRITE_BATCH).map(c => list.items.getById(c.id).update(c.values));
      await execute();
      await Promise.all(writes);
    }
    return changes.length;
  }
}

function toReportInput(r: Record<string, unknown>, zone: ISiteTimeZone): IStatusReportInput {
  return { id: r[SR.Id] as number, reportDate: readDateOnly(text(r[SR.ReportDate]), zone) ?? '', status: text(r[SR.ReportStatus]), rag: ragOf(r) };
}

function toMilestoneInput(m: Record<string, unknown>, zone: ISiteTimeZone): IMilestoneInput {
  const day = (v: unknown): string | undefined => readDateOnly(text(v), zone);
  return { title: text(m[MS.Title]) ?? '', status: text(m[MS.MilestoneStatus]), baselineDate: day(m[MS.BaselineDate]), forecastDate: day(m[MS.ForecastDate]), actualDate: day(m[MS.ActualDate]) };
}

/** The Projects values of a summary (null clears a column; dates as the site stores date-only values). */
function summaryValues(s: IProjectSummary, zone: ISiteTimeZone): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const d of RAG_DIMENSIONS) values[RAG_COLUMNS[d]] = s.rag[d] ?? null;
  values[P.LastReportDate] = writeDateOnly(s.lastReportDate, zone);
  values[P.NextMilestoneTitle] = s.nextMilestone ? s.nextMilestone.title : null;
  values[P.NextMilestoneDate] = writeDateOnly(s.nextMilestone?.date, zone);
  return values;
}

/** Equal as stored: empty is empty; dates compared as the site's days. */
function sameValue(a: unknown, b: unknown, zone: ISiteTimeZone): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b)) return readDateOnly(a, zone) === readDateOnly(b, zone);
  return a === b;
}
