/**
 * Resource management on the PMO site: the resource pool (Roles, Resources, Absences), demand
 * (Assignments and the grids of undecided project requests), the committed assignments a request
 * becomes when approved or converted, shifting a project's assignments with its dates, a project's
 * assignments as its manager maintains them, and capacity what-ifs saved as portfolio scenarios.
 * The figures come from src/domain/capacity, the one capacity model the optimizer uses too.
 *
 * CONTRACT (interface first; the implementation follows in this file).
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { isIsoDay, isStorableDay, writeDateOnly, type IsoDay, type ISiteTimeZone } from '../domain/dates';
import { isTooLong } from '../domain/text';
import {
  commitPlan, DEFAULT_CAPACITY_SETTINGS, isMonthKey, monthRange, monthsBetweenDays, requestDemand, shiftMonth, UNDECIDED_INTAKE_STATES,
  type IAbsence, type ICapacitySettings, type IDemandEntry, type IResourcePool, type IWhatIf, type MonthKey
} from '../domain/capacity';
import { demandFromJson } from '../domain/intake';
import { emptyParameters, readScenarioContent, type IScenarioContent } from '../domain/prioritization/scenario';
import { ChangedMeanwhileError, describeError } from './errors';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import { configVersionOf, writeConfigValue } from './configWrite';
import { odataEq } from './odata';
import type { IListLocation, ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { ABSENCE_SELECT, absenceOf, completePool, followPages, POOL_PAGE, poolOf, poolPersonOf, poolRoleOf, queuePoolReads, type IAbsenceItem } from './capacityPool';
import {
  allAssignments, ASSIGNMENT_SELECT, demandOfRows, isCommitmentKey, monthOfRow, queueAssignmentReads, stateOfRow, type IAssignmentItem
} from './capacityAssignments';
import {
  AbsencesList, AssignmentsList, lookupId, PmoHubConfigList, PortfolioScenariosList, ProjectRequestsList, ProjectsList, ResourcesList, RolesList, type CheckedRow
} from '../schema/refs';

/** Everything the Capacity web part shows, for a range of months. */
export interface ICapacityData {
  /** The months shown ('YYYY-MM', consecutive). */
  months: MonthKey[];
  pool: IResourcePool;
  /** Committed and proposed demand of the months (proposed: Assignments in state Proposed, and undecided requests' grids). */
  demand: IDemandEntry[];
  settings: ICapacitySettings;
  /** The version of the stored settings as read ('' when none are stored): saveSettings takes it back. */
  settingsVersion: string;
  /** What the current user may do: the PMO maintains the pool and saves scenarios. */
  canEditPool: boolean;
  canSaveScenario: boolean;
  /** Absences with their ids and kinds, for the PMO's list. */
  absences: IAbsenceRow[];
}

/** An Absences item. */
export interface IAbsenceRow extends IAbsence {
  id: number;
  type: 'Leave' | 'PublicHoliday' | 'Training' | 'NonProject' | 'Other';
  title: string;
}

/** A person of the pool as the PMO edits it (Resources item). Undefined leaves a value. */
export interface IPersonInput {
  roleId?: number;
  team?: string;
  /** 0–1. */
  fte?: number;
  /** 0–100. */
  nonProjectPercent?: number;
  active?: boolean;
}

/** A role's set capacity as the PMO edits it: days per month, and single months that differ. */
export interface IRoleCapacityInput {
  monthlyDays: number;
  byMonth: Array<{ month: MonthKey; days: number }>;
}

/** An absence as the PMO enters it. */
export interface IAbsenceInput {
  /** Resources item id; undefined for everyone (public holiday, closure). */
  personId?: number;
  start: IsoDay;
  end: IsoDay;
  type: IAbsenceRow['type'];
  title?: string;
}

/** One committed or proposed assignment of a project, as its manager maintains them. */
export interface IAssignmentRow {
  /** Assignments item id; undefined for a new row. */
  id?: number;
  roleId: number;
  personId?: number;
  month: MonthKey;
  days: number;
  state: 'Proposed' | 'Committed';
  /** The row's ETag when read (getProjectAssignments); undefined for a new row. */
  etag?: string;
}

/** The result of writing a request's committed demand. */
export interface ICommitResult {
  /** Rows added by this call. */
  added: number;
  /** Duplicate rows removed (left by a writer that ran at the same time). */
  removed: number;
  /** Rows linked to the project by this call (written at approval, before the project existed). */
  linked: number;
}

/** A what-if saved with a portfolio scenario. */
export interface ICapacityScenarioInput {
  title: string;
  whatIf: IWhatIf;
  includeProposed: boolean;
  months: MonthKey[];
}

/**
 * A project's assignments changed since the user read them (someone else added, changed or removed a
 * row): nothing was written. `status` 412 as SharePoint's stale-ETag answer, so the screens say
 * "someone else saved first" (describeError kind 'conflict').
 */
export class AssignmentsChangedError extends ChangedMeanwhileError {
  public readonly rowIds: ReadonlyArray<number>;

  public constructor(rowIds: ReadonlyArray<number>) {
    super(`The project's assignments changed since they were read (rows ${rowIds.join(', ')})`);
    this.name = 'AssignmentsChangedError';
    this.rowIds = rowIds;
  }
}

/** Why a write was refused before anything was written, and the field it is about. */
export class CapacityRefusedError extends Error {
  /** 'personInvalid' (additive): the person named is not one of the role's people. */
  /** 'typeInvalid': an absence kind that is not one of ABSENCE_TYPES; 'tooLong': a title over 255 characters (never cut); 'dateOutOfRange': a day before 1900 or after 8900, which SharePoint does not hold. */
  public readonly refusal: 'numberInvalid' | 'dateInvalid' | 'dateOrder' | 'roleRequired' | 'monthInvalid' | 'notPermitted' | 'titleRequired' | 'personInvalid'
    | 'typeInvalid' | 'tooLong' | 'dateOutOfRange';
  public readonly field: string;
  public constructor(refusal: CapacityRefusedError['refusal'], field: string) {
    super(`${refusal}: ${field}`);
    this.name = 'CapacityRefusedError';
    this.refusal = refusal;
    this.field = field;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, CapacityRefusedError.prototype);
  }
}

/** Resource capacity and demand. Every write is also enforced by SharePoint's permissions (the PMO edits the pool; project managers their projects' assignments). */
export interface ICapacityService {
  /** The pool, demand and settings for `count` months from `first`. */
  getCapacityData(first: MonthKey, count: number): Promise<ICapacityData>;
  /**
   * Writes a request's demand grid as committed assignments (Title = commitmentKey), exactly once
   * even when run concurrently or retried after 429s; with `projectId`, rows written before the
   * project existed are linked to it. Idempotent. The PMO only, for an approved or converted request
   * (else CapacityRefusedError 'notPermitted', field 'request').
   */
  commitRequestDemand(requestId: number, projectId?: number): Promise<ICommitResult>;
  /** A project's assignments (committed and proposed), by month then role. */
  getProjectAssignments(projectId: number): Promise<IAssignmentRow[]>;
  /** The active roles and every person (active or not), without absences: what a project's assignments are given to (the project page's editor). Added for the project page. */
  getRolesAndPeople(): Promise<Pick<IResourcePool, 'roles' | 'people'>>;
  /**
   * Saves a project's assignments: adds new rows, updates changed ones, deletes rows not in `rows`.
   * Validates all before writing. `loaded`: the rows as getProjectAssignments gave them before the
   * user edited (with their ETags); when given, a row someone else added, changed or removed since
   * then refuses the whole save before anything is written (AssignmentsChangedError, status 412), and
   * each update and delete is sent with its ETag, so SharePoint refuses a change made in between.
   */
  saveProjectAssignments(projectId: number, rows: ReadonlyArray<IAssignmentRow>, loaded?: ReadonlyArray<IAssignmentRow>): Promise<IAssignmentRow[]>;
  /** How many of a project's assignments a move of its start from `oldStart` to `newStart` shifts, and by how many months. */
  previewShift(projectId: number, oldStart: IsoDay, newStart: IsoDay): Promise<{ months: number; rows: number }>;
  /** Moves every assignment of a project by `months` (after the user confirmed). Returns the rows moved. */
  shiftProjectAssignments(projectId: number, months: number): Promise<number>;
  /** PMO: a role's set capacity. */
  saveRoleCapacity(roleId: number, input: IRoleCapacityInput): Promise<void>;
  /** PMO: a person's role, team, FTE, non-project time. */
  savePerson(personId: number, input: IPersonInput): Promise<void>;
  /** PMO: absences. */
  addAbsence(input: IAbsenceInput): Promise<IAbsenceRow>;
  deleteAbsence(id: number): Promise<void>;
  /**
   * PMO: hours per week of one FTE, amber and red thresholds.
   * @param seen `settingsVersion` as read: settings saved meanwhile are not overwritten (a conflict, 412).
   */
  saveSettings(settings: ICapacitySettings, seen?: string): Promise<void>;
  /** PMO: saves a what-if as a PortfolioScenarios item (ScenarioJson with the what-if); returns its id. */
  saveWhatIf(input: ICapacityScenarioInput): Promise<number>;
  /**
   * The what-ifs saved in portfolio scenarios, newest first.
   * @throws SharePoint's error for a user who may not read portfolio scenarios (404: the list does not
   * exist for them, or 403) — "none saved" would be untrue; the screen says who may read them.
   */
  listWhatIfs(): Promise<Array<ICapacityScenarioInput & { id: number }>>;
}

// ---------------------------------------------------------------- implementation

/** The PmoHubConfig key of the capacity settings (JSON ICapacitySettings). */
export const CAPACITY_SETTINGS_CONFIG_KEY: string = 'Capacity.Settings';

/** What the capacity service receives from the other services. */
export interface ICapacityServiceDeps {
  /** The site's time zone: Assignments.Month, absences' days. */
  siteTimeZone: ISiteTimeZoneSource;
}

const A = AssignmentsList.fields;
const Q = ProjectRequestsList.fields;
const P = ProjectsList.fields;
const CF = PmoHubConfigList.fields;
const RL = RolesList.fields;
const RS = ResourcesList.fields;
const AB = AbsencesList.fields;
const SC = PortfolioScenariosList.fields;
const PAGE = POOL_PAGE;
/** SharePoint's EditListItems right (PermissionKind). */
const EDIT_LIST_ITEMS: PermissionKind = PermissionKind.EditListItems;
/** Writes per `$batch`. */
const WRITE_BATCH = 100;

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
type IRequestItem = CheckedRow<'ProjectRequests', { Id: number; Title?: string | null; ResourceDemandJson?: string | null; ProjectId?: number | null }>;
type ITitleItem = { Id: number; Title?: string | null };
type IConfigItem = { Id: number; ConfigValue?: string | null };
/* eslint-enable @rushstack/no-new-null */

/** The capacity settings of a config value; the defaults for anything missing or out of range (hours 1–168, 0 < amber ≤ red ≤ 10). */
export function capacitySettingsFromJson(json: string | undefined): ICapacitySettings {
  let raw: Partial<Record<keyof ICapacitySettings, unknown>> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as typeof raw;
  } catch {
    raw = {};
  }
  return settingsProblem(raw) === undefined ? { hoursPerWeek: raw.hoursPerWeek as number, amberFrom: raw.amberFrom as number, redAbove: raw.redAbove as number } : { ...DEFAULT_CAPACITY_SETTINGS };
}

/** The field of settings that is not usable (hours 1–168, 0 < amber ≤ red ≤ 10); undefined when all are. */
function settingsProblem(s: Partial<Record<keyof ICapacitySettings, unknown>>): keyof ICapacitySettings | undefined {
  const n = (v: unknown): v is number => typeof v === 'number' && isFinite(v);
  if (!n(s.hoursPerWeek) || s.hoursPerWeek < 1 || s.hoursPerWeek > 168) return 'hoursPerWeek';
  if (!n(s.amberFrom) || s.amberFrom <= 0 || s.amberFrom > 10) return 'amberFrom';
  if (!n(s.redAbove) || s.redAbove < s.amberFrom || s.redAbove > 10) return 'redAbove';
  return undefined;
}

/** Days as a person-day figure of an assignment: 0 < d ≤ 31 with at most one decimal. */
export function isAssignmentDays(d: unknown): d is number {
  return typeof d === 'number' && isFinite(d) && d > 0 && d <= 31 && Math.abs(d * 10 - Math.round(d * 10)) < 1e-9;
}

/** A capacity figure the PMO sets (days per month): 0 ≤ d ≤ 100,000 with at most one decimal. */
function isCapacityDays(d: unknown): d is number {
  return typeof d === 'number' && isFinite(d) && d >= 0 && d <= 100000 && Math.abs(d * 10 - Math.round(d * 10)) < 1e-9;
}

/**
 * {@link ICapacityService} over PnPjs. Reads in one `$batch` (the pool, settings, requests' grids,
 * project titles, the user's rights, the site's time zone and the first page of Assignments); writes
 * are checked first (nothing is written when one value is refused) and enforced again by SharePoint.
 */
export class CapacityService implements ICapacityService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: ICapacityServiceDeps;
  private pmo: Promise<boolean> | undefined;

  public constructor(sp: SPFI, site: ISiteAddress, deps: ICapacityServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: IListLocation, sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, l);
  }

  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get();
  }

  /** Whether the user belongs to the PMO: Manage Lists on ProjectRequests, as intake decides it (once per instance). */
  private isPmo(): Promise<boolean> {
    if (!this.pmo) {
      this.pmo = this.list(ProjectRequestsList).currentUserHasPermissions(PermissionKind.ManageLists);
      this.pmo.catch(() => { this.pmo = undefined; });
    }
    return this.pmo;
  }

  private async requirePmo(field: string): Promise<void> {
    if (!(await this.isPmo())) throw new CapacityRefusedError('notPermitted', field);
  }

  public async getCapacityData(first: MonthKey, count: number): Promise<ICapacityData> {
    if (!isMonthKey(first)) throw new CapacityRefusedError('monthInvalid', 'first');
    const months = monthRange(first, count);
    const [b, execute] = this.sp.batched();
    const pool = queuePoolReads(b, this.site, `${first}-01`);
    const assignments = queueAssignmentReads(b, this.site);
    const requestReads = [...UNDECIDED_INTAKE_STATES, 'Approved'].map(state => ({ state, rows: this.queueRequests(b, state).catch(unlessUnreadable) }));
    const projectsP = this.list(ProjectsList, b).items.select(P.Id, P.Title).top(PAGE)<ITitleItem[]>();
    const configP = this.queueConfig(b);
    const permsP = this.list(ProjectRequestsList, b).getCurrentUserEffectivePermissions().catch(unlessUnreadable);
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [zone, perms, config] = await Promise.all([zoneP, permsP, configP]);
    const [poolRows, rows, projects, requests] = await Promise.all([
      completePool(this.sp, this.site, pool, `${first}-01`),
      allAssignments(this.sp, this.site, assignments),
      projectsP.then(p => followPages(p, after => this.list(ProjectsList).items.select(P.Id, P.Title).top(PAGE).skip(after)<ITitleItem[]>())),
      Promise.all(requestReads.map(r => r.rows.then(p => followPages(p, after => this.requestPage(r.state, after)))))
    ]);
    const isPmo = !Array.isArray(perms) && this.sp.web.hasPermissions(perms, PermissionKind.ManageLists);
    return {
      months, settings: capacitySettingsFromJson(text(config[0]?.ConfigValue)), settingsVersion: configVersionOf(config as Array<{ 'odata.etag'?: string }>), canEditPool: isPmo, canSaveScenario: isPmo,
      pool: poolOf(poolRows, zone),
      absences: poolRows.absences.map(r => absenceOf(r, zone)).filter((a): a is NonNullable<typeof a> => !!a).map(a => ({ ...a, type: absenceType(a.type) })),
      demand: this.demandOf(rows, months, zone, projects, requests.slice(0, UNDECIDED_INTAKE_STATES.length), requests[requests.length - 1])
    };
  }

  /** Committed and proposed demand of the months: Assignments rows, then the undecided requests' grids. */
  private demandOf(rows: IAssignmentItem[], months: MonthKey[], zone: ISiteTimeZone, projects: ITitleItem[], undecided: IRequestItem[][], approved: IRequestItem[]): IDemandEntry[] {
    const titles = new Map<string, string>();
    for (const p of projects) titles.set(`project:${p.Id}`, p.Title ?? '');
    for (const r of [...approved, ...undecided.flat()]) titles.set(`request:${r.Id}`, r.Title ?? '');
    const inMonths = new Set(months);
    const demand = demandOfRows(rows, inMonths, zone, titles);
    for (const r of undecided.flat()) {
      if (num(r.ProjectId) !== undefined) continue;
      for (const e of requestDemand({ id: r.Id, title: r.Title ?? '' }, demandFromJson(r.ResourceDemandJson ?? undefined))) if (inMonths.has(e.month)) demand.push(e);
    }
    return demand;
  }

  /** Requests in one intake state (indexed IntakeState): undecided ones with their grid, approved ones for their titles. */
  private queueRequests(sp: SPFI, state: string, after?: number): Promise<IRequestItem[]> {
    const select = state === 'Approved' ? [Q.Id, Q.Title, lookupId(Q.Project)] : [Q.Id, Q.Title, Q.ResourceDemandJson, lookupId(Q.Project)];
    const q = this.list(ProjectRequestsList, sp).items.select(...select).filter(odataEq(Q.IntakeState, state)).top(PAGE);
    return (after !== undefined ? q.skip(after) : q)<IRequestItem[]>();
  }

  private requestPage(state: string, after: number): Promise<IRequestItem[]> {
    return this.queueRequests(this.sp, state, after);
  }

  private queueConfig(sp: SPFI): Promise<IConfigItem[]> {
    return this.list(PmoHubConfigList, sp).items.select(CF.Id, CF.ConfigValue).filter(odataEq(CF.ConfigKey, CAPACITY_SETTINGS_CONFIG_KEY)).top(1)<IConfigItem[]>();
  }

  // ---------------------------------------------------------------- a request's committed demand

  /** The Assignments rows written from a request (indexed RequestNumber). */
  private requestRows(sp: SPFI, requestId: number): Promise<IAssignmentItem[]> {
    return this.list(AssignmentsList, sp).items.select(...ASSIGNMENT_SELECT).filter(odataEq(A.RequestNumber, requestId)).top(PAGE)<IAssignmentItem[]>();
  }

  public async commitRequestDemand(requestId: number, projectId?: number): Promise<ICommitResult> {
    const [b, execute] = this.sp.batched();
    // Settled, not thrown, here: whoever may not read the request is told they may not commit it.
    const requestP = this.list(ProjectRequestsList, b).items.getById(requestId).select(Q.Id, Q.Title, Q.ResourceDemandJson, Q.IntakeState, lookupId(Q.Project))<IRequestItem & { IntakeState?: string }>()
      .catch((e: unknown): Error => (e instanceof Error ? e : new Error(String(e))));
    const rowsP = this.requestRows(b, requestId);
    const zoneP = this.deps.siteTimeZone.get(b.web);
    const permsP = this.list(ProjectRequestsList, b).getCurrentUserEffectivePermissions();
    await execute();
    const [request, existing, zone, perms] = await Promise.all([requestP, rowsP, zoneP, permsP]);
    // The PMO approves and converts (intake's rule); project managers may write Assignments, but not a request's commitment.
    if (!this.sp.web.hasPermissions(perms, PermissionKind.ManageLists)) throw new CapacityRefusedError('notPermitted', 'request');
    if (request instanceof Error) throw request;
    const project = projectId ?? num(request.ProjectId);
    if (request.IntakeState !== 'Approved' && project === undefined) throw new CapacityRefusedError('notPermitted', 'request');
    const plan = commitPlan(requestId, demandFromJson(request.ResourceDemandJson ?? undefined), keyedRows(existing, requestId));
    const added = await this.addCommitted(requestId, plan.add, project, zone);
    // Read again after adding: a writer that ran at the same time may have added the same keys. Of each
    // key the lowest id stays (every writer keeps the same one), so exactly one row remains per cell.
    const after = added > 0 ? await this.requestRows(this.sp, requestId) : existing;
    const { remove } = commitPlan(requestId, [], keyedRows(after, requestId));
    const gone = new Set(remove);
    const unlinked = project === undefined ? [] : after.filter(r => !gone.has(r.Id) && isCommitmentKey(text(r.Title)) && text(r.Title)?.startsWith(`R${requestId}|`) && num(r.ProjectId) === undefined);
    const [removed, linked] = await this.writeAll([
      ...remove.map(id => (sp: SPFI) => this.list(AssignmentsList, sp).items.getById(id).delete()),
      ...unlinked.map(r => (sp: SPFI) => this.list(AssignmentsList, sp).items.getById(r.Id).update({ [lookupId(A.Project)]: project }))
    ], remove.length);
    return { added, removed, linked };
  }

  /** Adds a request's committed rows (Title = commitmentKey), in `$batch`es; returns how many were added. */
  private async addCommitted(requestId: number, cells: ReadonlyArray<{ key: string; role: number; month: MonthKey; days: number }>, project: number | undefined, zone: ISiteTimeZone): Promise<number> {
    const writes = cells.map(c => (sp: SPFI) => this.list(AssignmentsList, sp).items.add({
      [A.Title]: c.key, [lookupId(A.ResourceRole)]: c.role, [A.Month]: writeDateOnly(`${c.month}-01`, zone), [A.DemandDays]: Math.round(c.days * 10) / 10,
      [A.DemandState]: 'Committed', [A.RequestNumber]: requestId, ...(project !== undefined ? { [lookupId(A.Project)]: project } : {})
    }));
    const [done] = await this.writeAll(writes, writes.length, false);
    return done;
  }

  /**
   * Runs writes in `$batch`es of 100. Returns how many of the first `split` succeeded and how many of
   * the rest. A delete or update of a row already gone (404: another writer removed it) counts as not
   * done; with `tolerate404` false every failure is thrown.
   */
  private async writeAll(writes: ReadonlyArray<(sp: SPFI) => Promise<unknown>>, split: number, tolerate404: boolean = true): Promise<[number, number]> {
    let first = 0;
    let rest = 0;
    for (let i = 0; i < writes.length; i += WRITE_BATCH) {
      const [b, execute] = this.sp.batched();
      const ps = writes.slice(i, i + WRITE_BATCH).map((w, k) => w(b).then(() => true, (e: unknown) => {
        if (tolerate404 && describeError(e).kind === 'notFound') return false;
        throw e;
      }).then(ok => ({ ok, index: i + k })));
      await execute();
      for (const r of await Promise.all(ps)) {
        if (!r.ok) continue;
        if (r.index < split) first++;
        else rest++;
      }
    }
    return [first, rest];
  }

  // ---------------------------------------------------------------- a project's assignments

  private projectRows(sp: SPFI, projectId: number): Promise<IAssignmentItem[]> {
    return this.list(AssignmentsList, sp).items.select(...ASSIGNMENT_SELECT).filter(odataEq(lookupId(A.Project), projectId)).top(PAGE)<IAssignmentItem[]>();
  }

  public async getProjectAssignments(projectId: number): Promise<IAssignmentRow[]> {
    const [b, execute] = this.sp.batched();
    const rowsP = this.projectRows(b, projectId);
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const zone = await zoneP;
    return (await rowsP).map(r => assignmentRowOf(r, zone)).filter((r): r is IAssignmentRow => !!r)
      .sort((x, y) => x.month.localeCompare(y.month) || x.roleId - y.roleId || (x.id ?? 0) - (y.id ?? 0));
  }

  public async getRolesAndPeople(): Promise<Pick<IResourcePool, 'roles' | 'people'>> {
    const [b, execute] = this.sp.batched();
    const reads = queuePoolReads(b, this.site, false);
    await execute();
    const rows = await completePool(this.sp, this.site, reads);
    return { roles: rows.roles.map(poolRoleOf), people: rows.people.map(poolPersonOf) };
  }

  /** The project's rows, the pool's roles and people, whether the user may edit the project, and the zone: one `$batch`. */
  private async projectContext(projectId: number): Promise<{ rows: IAssignmentItem[]; pool: IResourcePool; canEdit: boolean; zone: ISiteTimeZone }> {
    const [b, execute] = this.sp.batched();
    const rowsP = this.projectRows(b, projectId);
    const poolP = queuePoolReads(b, this.site, false);
    const permsP = this.list(ProjectsList, b).items.getById(projectId).getCurrentUserEffectivePermissions();
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [rows, zone, perms] = await Promise.all([rowsP, zoneP, permsP]);
    const pool = poolOf(await completePool(this.sp, this.site, poolP), zone);
    return { rows, pool, canEdit: this.sp.web.hasPermissions(perms, EDIT_LIST_ITEMS), zone };
  }

  public async saveProjectAssignments(projectId: number, rows: ReadonlyArray<IAssignmentRow>, loaded?: ReadonlyArray<IAssignmentRow>): Promise<IAssignmentRow[]> {
    const ctx = await this.projectContext(projectId);
    if (!ctx.canEdit) throw new CapacityRefusedError('notPermitted', 'project');
    const existing = new Map(ctx.rows.map(r => [r.Id, r] as const));
    // What changed since the user read it comes first: a row removed meanwhile is a conflict, not a foreign id.
    if (loaded) {
      const changed = changedSince(loaded, ctx.rows);
      if (changed.length) throw new AssignmentsChangedError(changed);
    }
    rows.forEach((row, i) => checkAssignment(row, i, ctx.pool, existing));
    const etag = (id: number): string | undefined => (loaded ? etagOf((existing.get(id) ?? {}) as { 'odata.etag'?: string }) : undefined);
    const kept = new Set(rows.filter(r => r.id !== undefined).map(r => r.id as number));
    const values = (r: IAssignmentRow): Record<string, unknown> => ({
      [lookupId(A.ResourceRole)]: r.roleId, [lookupId(A.Resource)]: r.personId ?? null, [A.Month]: writeDateOnly(`${r.month}-01`, ctx.zone),
      [A.DemandDays]: r.days, [A.DemandState]: r.state
    });
    const writes: Array<(sp: SPFI) => Promise<unknown>> = [];
    for (const r of rows) {
      if (r.id === undefined) {
        writes.push(sp => this.list(AssignmentsList, sp).items.add({ [A.Title]: `P${projectId}|${r.roleId}|${r.month}`, [lookupId(A.Project)]: projectId, ...values(r) }));
        continue;
      }
      const before = assignmentRowOf(existing.get(r.id) as IAssignmentItem, ctx.zone);
      if (!before || before.roleId !== r.roleId || before.personId !== r.personId || before.month !== r.month || before.days !== r.days || before.state !== r.state) {
        writes.push(sp => this.list(AssignmentsList, sp).items.getById(r.id as number).update(values(r), etag(r.id as number)));
      }
    }
    for (const r of ctx.rows) if (!kept.has(r.Id)) writes.push(sp => this.list(AssignmentsList, sp).items.getById(r.Id).delete(etag(r.Id)));
    await this.writeAll(writes, writes.length);
    return this.getProjectAssignments(projectId);
  }

  public async previewShift(projectId: number, oldStart: IsoDay, newStart: IsoDay): Promise<{ months: number; rows: number }> {
    if (!isIsoDay(oldStart)) throw new CapacityRefusedError('dateInvalid', 'oldStart');
    if (!isIsoDay(newStart)) throw new CapacityRefusedError('dateInvalid', 'newStart');
    const months = monthsBetweenDays(oldStart, newStart);
    return { months, rows: months === 0 ? 0 : (await this.projectRows(this.sp, projectId)).length };
  }

  public async shiftProjectAssignments(projectId: number, months: number): Promise<number> {
    if (!Number.isInteger(months)) throw new CapacityRefusedError('numberInvalid', 'months');
    const ctx = await this.projectContext(projectId);
    if (!ctx.canEdit) throw new CapacityRefusedError('notPermitted', 'project');
    if (months === 0) return 0;
    // The Title stays: a committed row's key names the request's grid cell it was written from, wherever it is booked now.
    const writes = ctx.rows.map(r => ({ r, month: monthOfRow(r, ctx.zone) })).filter(x => !!x.month)
      .map(x => (sp: SPFI) => this.list(AssignmentsList, sp).items.getById(x.r.Id).update({ [A.Month]: writeDateOnly(`${shiftMonth(x.month as MonthKey, months)}-01`, ctx.zone) }));
    const [moved] = await this.writeAll(writes, writes.length);
    return moved;
  }

  // ---------------------------------------------------------------- the PMO's pool and settings

  public async saveRoleCapacity(roleId: number, input: IRoleCapacityInput): Promise<void> {
    if (!isCapacityDays(input.monthlyDays)) throw new CapacityRefusedError('numberInvalid', 'monthlyDays');
    input.byMonth.forEach((c, i) => {
      if (!isMonthKey(c.month)) throw new CapacityRefusedError('monthInvalid', `byMonth[${i}].month`);
      if (!isCapacityDays(c.days)) throw new CapacityRefusedError('numberInvalid', `byMonth[${i}].days`);
    });
    await this.requirePmo('role');
    const byMonth = Array.from(new Map(input.byMonth.map(c => [c.month, c.days] as const)).entries()).sort((a, b) => a[0].localeCompare(b[0])).map(([month, days]) => ({ month, days }));
    await this.list(RolesList).items.getById(roleId).update({ [RL.MonthlyCapacityDays]: input.monthlyDays, [RL.CapacityByMonthJson]: byMonth.length ? JSON.stringify(byMonth) : null });
  }

  public async savePerson(personId: number, input: IPersonInput): Promise<void> {
    if (input.fte !== undefined && !(typeof input.fte === 'number' && input.fte >= 0 && input.fte <= 1 && Math.abs(input.fte * 100 - Math.round(input.fte * 100)) < 1e-9)) throw new CapacityRefusedError('numberInvalid', 'fte');
    if (input.nonProjectPercent !== undefined && !(Number.isInteger(input.nonProjectPercent) && input.nonProjectPercent >= 0 && input.nonProjectPercent <= 100)) throw new CapacityRefusedError('numberInvalid', 'nonProjectPercent');
    if (input.roleId !== undefined && !(input.roleId > 0)) throw new CapacityRefusedError('roleRequired', 'roleId');
    await this.requirePmo('person');
    const changes: Record<string, unknown> = {};
    if (input.roleId !== undefined) changes[lookupId(RS.ResourceRole)] = input.roleId;
    if (input.team !== undefined) changes[RS.Team] = input.team.trim().slice(0, 100) || null;
    if (input.fte !== undefined) changes[RS.Fte] = input.fte;
    if (input.nonProjectPercent !== undefined) changes[RS.NonProjectPercent] = input.nonProjectPercent;
    if (input.active !== undefined) changes[RS.IsActive] = input.active;
    if (Object.keys(changes).length) await this.list(ResourcesList).items.getById(personId).update(changes);
  }

  public async addAbsence(input: IAbsenceInput): Promise<IAbsenceRow> {
    for (const field of ['start', 'end'] as const) {
      if (!isIsoDay(input[field])) throw new CapacityRefusedError('dateInvalid', field);
      if (!isStorableDay(input[field])) throw new CapacityRefusedError('dateOutOfRange', field);
    }
    if (input.end < input.start) throw new CapacityRefusedError('dateOrder', 'end');
    // An unknown kind is refused, not stored as 'Other' (what the user chose would change without a word).
    if ((ABSENCE_TYPES as ReadonlyArray<string>).indexOf(input.type) < 0) throw new CapacityRefusedError('typeInvalid', 'type');
    if (isTooLong(input.title)) throw new CapacityRefusedError('tooLong', 'title');
    await this.requirePmo('absence');
    const zone = await this.zone();
    const type = absenceType(input.type);
    const added = (await this.list(AbsencesList).items.add({
      [AB.Title]: input.title?.trim() || `${input.start} – ${input.end}`, [lookupId(AB.Resource)]: input.personId ?? null,
      [AB.StartDate]: writeDateOnly(input.start, zone), [AB.EndDate]: writeDateOnly(input.end, zone), [AB.AbsenceType]: type
    })) as { Id: number };
    const row = await this.list(AbsencesList).items.getById(added.Id).select(...ABSENCE_SELECT)<IAbsenceItem>();
    const a = absenceOf(row, zone);
    if (!a) throw new Error(`Absence ${added.Id} has no days`);
    return { ...a, type: absenceType(a.type) };
  }

  public async deleteAbsence(id: number): Promise<void> {
    await this.requirePmo('absence');
    await this.list(AbsencesList).items.getById(id).delete();
  }

  public async saveSettings(settings: ICapacitySettings, seen?: string): Promise<void> {
    const problem = settingsProblem(settings);
    if (problem) throw new CapacityRefusedError('numberInvalid', problem);
    await this.requirePmo('settings');
    const value = JSON.stringify({ hoursPerWeek: settings.hoursPerWeek, amberFrom: settings.amberFrom, redAbove: settings.redAbove });
    await writeConfigValue(this.list(PmoHubConfigList), CAPACITY_SETTINGS_CONFIG_KEY, value, seen);
  }

  // ---------------------------------------------------------------- what-ifs in portfolio scenarios

  public async saveWhatIf(input: ICapacityScenarioInput): Promise<number> {
    const title = input.title.trim();
    if (!title) throw new CapacityRefusedError('titleRequired', 'title');
    const badMonth = input.months.findIndex(m => !isMonthKey(m));
    if (badMonth >= 0) throw new CapacityRefusedError('monthInvalid', `months[${badMonth}]`);
    const badShift = input.whatIf.shifts.findIndex(s => !Number.isInteger(s.months));
    if (badShift >= 0) throw new CapacityRefusedError('numberInvalid', `whatIf.shifts[${badShift}].months`);
    await this.requirePmo('title');
    const content: IScenarioContent = {
      format: 1, parameters: emptyParameters(), selection: [], titles: {}, figures: { objective: 0, costByYear: [], daysByRole: [] }, rounds: [],
      capacity: { whatIf: { shifts: input.whatIf.shifts.map(s => ({ source: s.source, months: s.months })), leaveOut: input.whatIf.leaveOut.slice() }, includeProposed: input.includeProposed, months: input.months.slice() }
    };
    const added = (await this.list(PortfolioScenariosList).items.add({ [SC.Title]: title.slice(0, 255), [SC.ScenarioStatus]: 'Draft', [SC.ScenarioJson]: JSON.stringify(content) })) as { Id: number };
    return added.Id;
  }

  public async listWhatIfs(): Promise<Array<ICapacityScenarioInput & { id: number }>> {
    const rows: Array<{ Id: number; Title?: string; ScenarioJson?: string }> = [];
    // Portfolio scenarios are the PMO's and the board's: to others the list does not exist (404), which
    // is thrown as it is — telling them that nothing is saved would be untrue.
    for await (const page of this.list(PortfolioScenariosList).items.select(SC.Id, SC.Title, SC.ScenarioJson).orderBy(SC.Id, false).top(PAGE)) rows.push(...(page as typeof rows));
    const out: Array<ICapacityScenarioInput & { id: number }> = [];
    for (const r of rows) {
      const c = readScenarioContent(r.ScenarioJson ?? undefined).capacity;
      if (c) out.push({ id: r.Id, title: r.Title ?? '', whatIf: c.whatIf, includeProposed: c.includeProposed, months: c.months });
    }
    return out;
  }
}

/**
 * Nothing, for a list the user may not read (404 or 403: PMO Visitors do not read project requests,
 * so they see committed work and no request's grid); any other error is thrown.
 */
function unlessUnreadable(e: unknown): never[] {
  const kind = describeError(e).kind;
  if (kind === 'notFound' || kind === 'forbidden') return [];
  throw e;
}

/** The rows of a request whose Title is its commitmentKey, as commitPlan takes them. */
function keyedRows(rows: ReadonlyArray<IAssignmentItem>, requestId: number): Array<{ id: number; key: string }> {
  const prefix = `R${requestId}|`;
  return rows.map(r => ({ id: r.Id, key: text(r.Title) ?? '' })).filter(r => isCommitmentKey(r.key) && r.key.startsWith(prefix));
}

const ABSENCE_TYPES: ReadonlyArray<IAbsenceRow['type']> = ['Leave', 'PublicHoliday', 'Training', 'NonProject', 'Other'];

/** An absence kind (Other for anything unknown). */
function absenceType(v: string): IAbsenceRow['type'] {
  return (ABSENCE_TYPES as ReadonlyArray<string>).indexOf(v) >= 0 ? (v as IAbsenceRow['type']) : 'Other';
}

/** An Assignments item as the project page edits it; undefined without a role or month. */
function assignmentRowOf(r: IAssignmentItem, zone: ISiteTimeZone): IAssignmentRow | undefined {
  const roleId = num(r.ResourceRoleId);
  const month = monthOfRow(r, zone);
  if (roleId === undefined || !month) return undefined;
  const personId = num(r.ResourceId);
  return { id: r.Id, roleId, ...(personId !== undefined ? { personId } : {}), month, days: num(r.DemandDays) ?? 0, state: stateOfRow(r), etag: etagOf(r as { 'odata.etag'?: string }) };
}

/**
 * The ids of a project's rows that changed between two reads: on the site now but not read then
 * (added), read then but gone (removed), or read with another ETag (changed). Empty: unchanged.
 */
export function changedSince(loaded: ReadonlyArray<IAssignmentRow>, now: ReadonlyArray<{ Id: number }>): number[] {
  const then = new Map(loaded.filter(r => r.id !== undefined).map(r => [r.id as number, r.etag] as const));
  const out: number[] = [];
  for (const r of now) {
    if (!then.has(r.Id)) out.push(r.Id);
    else if (then.get(r.Id) !== undefined && then.get(r.Id) !== etagOf(r as { 'odata.etag'?: string })) out.push(r.Id);
    then.delete(r.Id);
  }
  then.forEach((_, id) => out.push(id));
  return out.sort((a, b) => a - b);
}

/**
 * Checks one row of a project's assignments before anything is written (the field named `rows[i].…`):
 * an active role, a valid month, 0 < days ≤ 31 with one decimal, a person of that role, a known state,
 * and an id of this project's own rows.
 * @throws CapacityRefusedError
 */
function checkAssignment(row: IAssignmentRow, i: number, pool: IResourcePool, existing: ReadonlyMap<number, IAssignmentItem>): void {
  const at = (f: string): string => `rows[${i}].${f}`;
  if (row.id !== undefined && !existing.has(row.id)) throw new CapacityRefusedError('notPermitted', at('id'));
  if (!pool.roles.some(r => r.id === row.roleId)) throw new CapacityRefusedError('roleRequired', at('roleId'));
  if (!isMonthKey(row.month)) throw new CapacityRefusedError('monthInvalid', at('month'));
  if (!isAssignmentDays(row.days)) throw new CapacityRefusedError('numberInvalid', at('days'));
  if (row.personId !== undefined && !pool.people.some(p => p.id === row.personId && p.role === row.roleId)) throw new CapacityRefusedError('personInvalid', at('personId'));
  if (row.state !== 'Proposed' && row.state !== 'Committed') throw new CapacityRefusedError('numberInvalid', at('state'));
}
