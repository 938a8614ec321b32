import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IProjectService } from './ProjectService';
import { MILESTONE_SELECT, milestoneOf, sortMilestones, type IMilestone } from './controllingRows';
import { dayAt, isIsoDay, isStorableDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isTooLong } from '../domain/text';
import { buildMta, rebaseline, type IMtaOptions, type IMtaSeries, type RebaselineIssueCode } from '../domain/milestones';
import { lookupId, MilestoneSnapshotsList, MilestonesList } from '../schema/refs';
import { text } from './itemValues';

/** A new milestone. Dates are the site's days ('YYYY-MM-DD'). */
export interface IMilestoneInput {
  title: string;
  baselineDate?: IsoDay;
  forecastDate?: IsoDay;
  gateId?: number;
  sortOrder?: number;
}

/** What a project manager changes on a milestone (the baseline changes only through {@link IMilestoneService.rebaseline}). */
export interface IMilestoneChanges {
  title?: string;
  /** A day, or '' to clear. */
  forecastDate?: IsoDay | '';
  /** A day, or '' to clear. */
  actualDate?: IsoDay | '';
  /** Planned, Achieved, Late or Cancelled. */
  status?: string;
  sortOrder?: number;
}

/** Why a milestone write was refused before anything was written, and the field it is about. */
export class MilestoneRefusedError extends Error {
  /** `tooLong`: a title over the 255 characters its column holds (never cut); `dateOutOfRange`: a day before 1900-01-01 or after 8900-12-31, which SharePoint does not hold. */
  public readonly refusal: RebaselineIssueCode | 'titleRequired' | 'statusInvalid' | 'tooLong' | 'dateOutOfRange';
  public readonly field: string;

  public constructor(refusal: MilestoneRefusedError['refusal'], field: string) {
    super(`Milestone refused: ${refusal} (${field})`);
    this.name = 'MilestoneRefusedError';
    this.refusal = refusal;
    this.field = field;
    Object.setPrototypeOf(this, MilestoneRefusedError.prototype);
  }
}

/** Refuses (naming `field`) a value that is not a calendar day, or a day SharePoint does not hold. */
function checkDay(day: string | undefined, field: string): void {
  if (!isIsoDay(day)) throw new MilestoneRefusedError('invalidDate', field);
  if (!isStorableDay(day)) throw new MilestoneRefusedError('dateOutOfRange', field);
}

/**
 * A project's milestones: CRUD guarded by ETags, re-baselining with a reason that keeps the old
 * baseline, the snapshots a published report takes, and the milestone trend analysis. Every write
 * ends with the project register's summary refresh (next milestone), so no caller has to.
 */
export interface IMilestoneService {
  /** The project's milestones in their order (SortOrder, baseline, id). Filters on the indexed Project lookup. */
  list(projectId: number): Promise<IMilestone[]>;
  /** Adds a milestone (refused without a title) and refreshes the project's summary. */
  create(projectId: number, input: IMilestoneInput): Promise<IMilestone>;
  /**
   * Saves forecast, actual, status, title or order with the ETag the user saw ('conflict' when someone
   * saved first) and refreshes the project's next milestone.
   */
  update(milestoneId: number, changes: IMilestoneChanges, etag: string): Promise<IMilestone>;
  /**
   * Sets a new baseline with a reason (src/domain/milestones rebaseline: refused as 'reasonRequired',
   * 'invalidDate' or 'unchanged'); the old baseline and the reason go into the history, the reason
   * into ChangeReason (kept by the item's versions). ETag-guarded; refreshes the summary.
   */
  rebaseline(milestoneId: number, baselineDate: IsoDay, reason: string, etag: string): Promise<IMilestone>;
  /** Deletes a milestone (ETag-guarded) and refreshes the summary. */
  remove(milestoneId: number, etag: string): Promise<void>;
  /**
   * Writes one MilestoneSnapshots row per milestone of the project for a published report (its dates
   * as they are now), except for milestones reached (actual date) before the previous report: their
   * MTA line has ended (one reached within the period gets this last snapshot, on the diagonal). Idempotent: milestones the report already has a snapshot of are skipped (the
   * StatusReport lookup is indexed). Returns the rows added.
   */
  snapshotForReport(projectId: number, reportId: number, reportDate: IsoDay): Promise<number>;
  /** The milestone trend analysis of a project from its snapshots (src/domain/milestones buildMta), lines titled by milestone. */
  getMta(projectId: number, options?: IMtaOptions): Promise<IMtaSeries>;
}

/** What the milestone service receives from the other services. */
export interface IMilestoneServiceDeps {
  projects: IProjectService;
  siteTimeZone: ISiteTimeZoneSource;
}

const M = MilestonesList.fields;
const N = MilestoneSnapshotsList.fields;
const STATUSES: ReadonlyArray<string> = MilestonesList.choices.MilestoneStatus;
/** Writes per $batch when a report snapshots many milestones. */
const WRITE_BATCH: number = 100;

/** {@link IMilestoneService} over PnPjs (Milestones, MilestoneSnapshots), composing the project register. */
export class MilestoneService implements IMilestoneService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IMilestoneServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IMilestoneServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private milestones(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, MilestonesList);
  }

  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get(this.sp.web);
  }

  private async read(milestoneId: number): Promise<IMilestone> {
    const zone = await this.zone();
    return milestoneOf(await this.milestones().items.getById(milestoneId).select(...MILESTONE_SELECT)<Record<string, unknown>>(), zone);
  }

  public async list(projectId: number): Promise<IMilestone[]> {
    const zone = await this.zone();
    const rows = await this.milestones().items.select(...MILESTONE_SELECT).filter(odataEq(lookupId(M.Project), projectId)).top(500)<Array<Record<string, unknown>>>();
    return sortMilestones(rows.map(r => milestoneOf(r, zone)));
  }

  public async create(projectId: number, input: IMilestoneInput): Promise<IMilestone> {
    const title = (input.title ?? '').trim();
    if (!title) throw new MilestoneRefusedError('titleRequired', 'title');
    if (isTooLong(title)) throw new MilestoneRefusedError('tooLong', 'title');
    for (const f of ['baselineDate', 'forecastDate'] as const) if (input[f] !== undefined) checkDay(input[f], f);
    const zone = await this.zone();
    const added = (await this.milestones().items.add({
      [M.Title]: title,
      [lookupId(M.Project)]: projectId,
      [M.BaselineDate]: writeDateOnly(input.baselineDate, zone),
      [M.ForecastDate]: writeDateOnly(input.forecastDate ?? input.baselineDate, zone),
      [M.MilestoneStatus]: 'Planned',
      [lookupId(M.Gate)]: input.gateId ?? null,
      [M.SortOrder]: input.sortOrder ?? null
    })) as { Id: number };
    await this.deps.projects.refreshSummary(projectId);
    return this.read(added.Id);
  }

  public async update(milestoneId: number, changes: IMilestoneChanges, etag: string): Promise<IMilestone> {
    const zone = await this.zone();
    const values: Record<string, unknown> = {};
    if (changes.title !== undefined) {
      if (!changes.title.trim()) throw new MilestoneRefusedError('titleRequired', 'title');
      if (isTooLong(changes.title)) throw new MilestoneRefusedError('tooLong', 'title');
      values[M.Title] = changes.title.trim();
    }
    for (const [field, column] of [['forecastDate', M.ForecastDate], ['actualDate', M.ActualDate]] as const) {
      const day = changes[field];
      if (day === undefined) continue;
      if (day !== '') checkDay(day, field);
      values[column] = writeDateOnly(day || undefined, zone);
    }
    if (changes.status !== undefined) {
      if (STATUSES.indexOf(changes.status) < 0) throw new MilestoneRefusedError('statusInvalid', 'status');
      values[M.MilestoneStatus] = changes.status;
    }
    if (changes.sortOrder !== undefined) values[M.SortOrder] = changes.sortOrder;
    return this.write(milestoneId, values, etag);
  }

  /** One ETag-guarded write of a milestone, then the project's summary. */
  private async write(milestoneId: number, values: Record<string, unknown>, etag: string): Promise<IMilestone> {
    if (!etag) throw new Error('A milestone is saved with the ETag the user saw.');
    await this.milestones().items.getById(milestoneId).update(values, etag);
    const saved = await this.read(milestoneId);
    await this.deps.projects.refreshSummary(saved.projectId);
    return saved;
  }

  public async rebaseline(milestoneId: number, baselineDate: IsoDay, reason: string, etag: string): Promise<IMilestone> {
    const zone = await this.zone();
    const [current, me] = await Promise.all([this.read(milestoneId), this.sp.web.currentUser.select('Title')<{ Title: string }>()]);
    const result = rebaseline(current, { baselineDate, reason, changedOn: dayAt(Date.now(), zone.iana), changedBy: me.Title });
    if (!result.ok) throw new MilestoneRefusedError(result.issue, result.field);
    return this.write(milestoneId, {
      [M.BaselineDate]: writeDateOnly(result.milestone.baselineDate, zone),
      [M.BaselineHistoryJson]: JSON.stringify(result.milestone.baselineHistory),
      [M.ChangeReason]: result.change.reason
    }, etag);
  }

  public async remove(milestoneId: number, etag: string): Promise<void> {
    const current = await this.read(milestoneId);
    await this.milestones().items.getById(milestoneId).delete(etag);
    await this.deps.projects.refreshSummary(current.projectId);
  }

  public async snapshotForReport(projectId: number, reportId: number, reportDate: IsoDay): Promise<number> {
    const zone = await this.zone();
    const [b, execute] = this.sp.batched();
    const milestonesP = this.milestones(b).items.select(...MILESTONE_SELECT).filter(odataEq(lookupId(M.Project), projectId)).top(500)<Array<Record<string, unknown>>>();
    const takenP = listOn(b, this.site, MilestoneSnapshotsList).items.select(lookupId(N.Milestone))
      .filter(odataEq(lookupId(N.StatusReport), reportId)).top(500)<Array<Record<string, unknown>>>();
    // The previous report's snapshot date (the Project lookup is indexed and narrows to one project's rows).
    const previousP = listOn(b, this.site, MilestoneSnapshotsList).items.select(N.SnapshotDate)
      .filter(`${odataEq(lookupId(N.Project), projectId)} and ${N.SnapshotDate} lt datetime'${writeDateOnly(reportDate, zone) ?? ''}'`)
      .orderBy(N.SnapshotDate, false).top(1)<Array<Record<string, unknown>>>();
    await execute();
    const [rows, taken, previousRows] = await Promise.all([milestonesP, takenP, previousP]);
    const done = new Set(taken.map(t => t[lookupId(N.Milestone)] as number));
    const previous = previousRows.length ? readDateOnly(text(previousRows[0][N.SnapshotDate]), zone) : undefined;
    const missing = rows.map(r => milestoneOf(r, zone)).filter(m => !done.has(m.id) && !reachedBefore(m, previous));
    for (let i = 0; i < missing.length; i += WRITE_BATCH) {
      const [wb, run] = this.sp.batched();
      const list = listOn(wb, this.site, MilestoneSnapshotsList);
      const writes = missing.slice(i, i + WRITE_BATCH).map(m => list.items.add({
        [N.Title]: `${m.title} @ ${reportDate}`.slice(0, 255),
        [lookupId(N.Milestone)]: m.id,
        [lookupId(N.Project)]: projectId,
        [lookupId(N.StatusReport)]: reportId,
        [N.SnapshotDate]: writeDateOnly(reportDate, zone),
        [N.BaselineDate]: writeDateOnly(m.baselineDate, zone),
        [N.ForecastDate]: writeDateOnly(m.forecastDate ?? m.baselineDate, zone),
        [N.ActualDate]: writeDateOnly(m.actualDate, zone)
      }));
      await run();
      await Promise.all(writes);
    }
    return missing.length;
  }

  public async getMta(projectId: number, options?: IMtaOptions): Promise<IMtaSeries> {
    const zone = await this.zone();
    const [b, execute] = this.sp.batched();
    const snapshotsP = listOn(b, this.site, MilestoneSnapshotsList).items.select(lookupId(N.Milestone), N.SnapshotDate, N.ForecastDate, N.ActualDate)
      .filter(odataEq(lookupId(N.Project), projectId)).top(5000)<Array<Record<string, unknown>>>();
    const milestonesP = this.milestones(b).items.select(...MILESTONE_SELECT).filter(odataEq(lookupId(M.Project), projectId)).top(500)<Array<Record<string, unknown>>>();
    await execute();
    const [snapshots, milestones] = await Promise.all([snapshotsP, milestonesP]);
    return mtaOf(snapshots, milestones.map(m => milestoneOf(m, zone)), zone, options);
  }
}

/** Whether a milestone was reached (its actual date) before the previous report's date (none: never). */
function reachedBefore(milestone: IMilestone, previousReport: IsoDay | undefined): boolean {
  return previousReport !== undefined && milestone.actualDate !== undefined && milestone.actualDate < previousReport;
}

/**
 * The MTA from MilestoneSnapshots rows and the project's milestones (for the lines' titles, order
 * and actual dates): snapshots → src/domain/milestones buildMta.
 */
export function mtaOf(snapshots: ReadonlyArray<Record<string, unknown>>, milestones: ReadonlyArray<IMilestone>, zone: ISiteTimeZone, options: IMtaOptions = {}): IMtaSeries {
  const day = (v: unknown): IsoDay | undefined => readDateOnly(text(v), zone);
  const ordered = sortMilestones(milestones.slice());
  return buildMta(
    snapshots
      .map(s => ({ milestoneId: s[lookupId(N.Milestone)] as number, reportDate: day(s[N.SnapshotDate]) as IsoDay, forecastDate: day(s[N.ForecastDate]), actualDate: day(s[N.ActualDate]) }))
      .filter(s => typeof s.milestoneId === 'number' && !!s.reportDate),
    { milestones: ordered.map(m => ({ id: m.id, title: m.title, ...(m.actualDate ? { actualDate: m.actualDate } : {}) })), ...options }
  );
}
