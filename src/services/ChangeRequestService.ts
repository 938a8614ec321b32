import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { etagOf, num, text } from './itemValues';
import type { IMilestoneService } from './MilestoneService';
import type { IBudgetService } from './BudgetService';
import { dayAt, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isCode } from '../domain/vocabulary';
import { isTooLong } from '../domain/text';
import { changeRebaseline, checkChangeTransition, type ChangeStatus, type IChangeRebaseline, type IProblem } from '../domain/governance';
import { ChangeRequestsList, lookupId } from '../schema/refs';

/** A change request as raised or assessed: its impact on scope, schedule (calendar days) and cost (the project's currency). */
export interface IChangeInput {
  title: string;
  summary?: string;
  scopeImpact?: string;
  /** Calendar days the schedule moves: positive later, negative earlier. */
  scheduleImpactDays?: number;
  /** Positive adds to the budget. */
  costImpact?: number;
  /** Low, Medium, High or Critical. */
  priority?: string;
}

/** A change request. */
export interface IChange extends IChangeInput {
  id: number;
  projectId?: number;
  status: string;
  /** The day it was approved or rejected. */
  decisionDate?: IsoDay;
  etag: string;
}

/** How an approved change re-baselines: the milestones its schedule impact moves, and where its cost goes. */
export interface IChangeApproval {
  /** The milestones whose baselines move by the schedule impact. */
  milestoneIds: ReadonlyArray<number>;
  /** The fiscal year of the budget line that carries the cost impact (default: the site's current year). */
  fiscalYear?: number;
  /** Capex or Opex (default Opex). */
  costType?: string;
}

/** Why a change request is refused (nothing is written); transitions name both states. */
export interface IChangeProblem extends IProblem<string> {
  /** For a refused transition: the state it is in and the one asked for. */
  from?: string;
  to?: string;
  /** For milestone problems: the milestones. */
  milestoneIds?: number[];
}

/** A change request was refused before anything was written. */
export class ChangeRefusedError extends Error {
  public readonly problems: ReadonlyArray<IChangeProblem>;

  public constructor(problems: ReadonlyArray<IChangeProblem>) {
    super(`Change request refused: ${problems.map(p => `${p.code} (${p.field ?? ''}${p.from ? `: ${p.from} → ${p.to ?? ''}` : ''})`).join(', ')}`);
    this.name = 'ChangeRefusedError';
    this.problems = problems;
    Object.setPrototypeOf(this, ChangeRefusedError.prototype);
  }
}

/** The change request was changed since the user read it: like SharePoint's 412, `describeError(e).kind` is 'conflict'. */
export class ChangeConflictError extends Error {
  public readonly status: number = 412;

  public constructor() {
    super('The change request was changed by someone else since it was read (412).');
    this.name = 'ChangeConflictError';
    Object.setPrototypeOf(this, ChangeConflictError.prototype);
  }
}

/**
 * A project's change requests through the domain's state flow (Submitted → Assessed → Approved |
 * Rejected; `checkChangeTransition`). Approving can re-baseline: `changeRebaseline` gives the new
 * baselines, applied through {@link IMilestoneService.rebaseline} (the reason names the change:
 * "CR-<id>: <title>") and a budget line of the cost impact through {@link IBudgetService.add} (titled
 * the same). The change's status is written LAST: a call that fails half-way leaves the change
 * Assessed, and the next call skips the milestones and the budget line that already name the change.
 */
export interface IChangeRequestService {
  /** The project's change requests, newest first. */
  list(projectId: number): Promise<IChange[]>;
  /** Raises a change (status Submitted); refused without a title or with an invalid impact. */
  create(projectId: number, input: IChangeInput): Promise<IChange>;
  /** Records the assessed impact and moves the change to Assessed (ETag-guarded). */
  assess(changeId: number, impact: Partial<IChangeInput>, etag: string): Promise<IChange>;
  /** Rejects an assessed change (ETag-guarded). */
  reject(changeId: number, etag: string): Promise<IChange>;
  /** Approves an assessed change, re-baselining milestones and budget first (ETag-guarded, repeatable after a failure). */
  approve(changeId: number, approval: IChangeApproval, etag: string): Promise<IChange>;
}

/** What the change request service receives from the other services. */
export interface IChangeRequestServiceDeps {
  milestones: IMilestoneService;
  budget: IBudgetService;
  siteTimeZone: ISiteTimeZoneSource;
}

const C = ChangeRequestsList.fields;
const SELECT: ReadonlyArray<string> = [C.Id, C.Title, lookupId(C.Project), C.ChangeStatus, C.Priority, C.CostImpact, C.ScheduleImpactDays, C.Summary, C.ScopeImpact, C.DecisionDate];

function changeOf(r: Record<string, unknown>, zone: ISiteTimeZone): IChange {
  return {
    id: r[C.Id] as number, projectId: num(r[lookupId(C.Project)]), title: text(r[C.Title]) ?? '', status: text(r[C.ChangeStatus]) ?? 'Submitted', priority: text(r[C.Priority]),
    costImpact: num(r[C.CostImpact]), scheduleImpactDays: num(r[C.ScheduleImpactDays]), summary: text(r[C.Summary]), scopeImpact: text(r[C.ScopeImpact]),
    decisionDate: readDateOnly(text(r[C.DecisionDate]), zone), etag: etagOf(r as { 'odata.etag'?: string })
  };
}

/** The reference a re-baselining writes into the milestone's reason and the budget line's title. */
export function changeReference(change: Pick<IChange, 'id' | 'title'>): string {
  return `CR-${change.id}: ${change.title}`.slice(0, 255);
}

/** Checked column values of a change's input (only what it names). */
function valuesOf(input: Partial<IChangeInput>, creating: boolean): Record<string, unknown> {
  const problems: IChangeProblem[] = [];
  if ((creating || input.title !== undefined) && !(input.title ?? '').trim()) problems.push({ code: 'titleRequired', field: 'title' });
  else if (isTooLong(input.title)) problems.push({ code: 'tooLong', field: 'title' });
  if (input.scheduleImpactDays !== undefined && !Number.isInteger(input.scheduleImpactDays)) problems.push({ code: 'scheduleImpactNotInteger', field: 'scheduleImpactDays' });
  if (input.costImpact !== undefined && !Number.isFinite(input.costImpact)) problems.push({ code: 'costImpactInvalid', field: 'costImpact' });
  if (input.priority !== undefined && !isCode(ChangeRequestsList.choices.Priority, input.priority)) problems.push({ code: 'invalidChoice', field: 'priority' });
  if (problems.length) throw new ChangeRefusedError(problems);
  const values: Record<string, unknown> = {};
  if (input.title !== undefined) values[C.Title] = input.title.trim();
  const put: Array<[keyof IChangeInput, string]> = [['summary', C.Summary], ['scopeImpact', C.ScopeImpact], ['scheduleImpactDays', C.ScheduleImpactDays], ['costImpact', C.CostImpact], ['priority', C.Priority]];
  for (const [field, column] of put) if (input[field] !== undefined) values[column] = input[field];
  return values;
}

/** {@link IChangeRequestService} over PnPjs (ChangeRequests), composing milestones and the budget. */
export class ChangeRequestService implements IChangeRequestService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IChangeRequestServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IChangeRequestServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private changes(): ListHandle {
    return listOn(this.sp, this.site, ChangeRequestsList);
  }

  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get(this.sp.web);
  }

  private async read(changeId: number): Promise<IChange> {
    const zone = await this.zone();
    return changeOf(await this.changes().items.getById(changeId).select(...SELECT)<Record<string, unknown>>(), zone);
  }

  public async list(projectId: number): Promise<IChange[]> {
    const zone = await this.zone();
    const rows = await this.changes().items.select(...SELECT).filter(odataEq(lookupId(C.Project), projectId)).orderBy(C.Id, false).top(2000)<Array<Record<string, unknown>>>();
    return rows.map(r => changeOf(r, zone));
  }

  public async create(projectId: number, input: IChangeInput): Promise<IChange> {
    const values = valuesOf(input, true);
    const added = (await this.changes().items.add({ ...values, [lookupId(C.Project)]: projectId, [C.ChangeStatus]: 'Submitted' })) as { Id: number };
    return this.read(added.Id);
  }

  /** The change as stored, refused when the ETag is stale or the flow has no step to `to`. */
  private async readFor(changeId: number, to: ChangeStatus, etag: string): Promise<IChange> {
    if (!etag) throw new Error('A change request is saved with the ETag the user saw.');
    const current = await this.read(changeId);
    if (current.etag !== etag) throw new ChangeConflictError();
    const problems = checkChangeTransition(current.status, to);
    if (problems.length) throw new ChangeRefusedError(problems.map(p => ({ ...p, from: current.status, to })));
    return current;
  }

  public async assess(changeId: number, impact: Partial<IChangeInput>, etag: string): Promise<IChange> {
    const values = valuesOf(impact, false);
    await this.readFor(changeId, 'Assessed', etag);
    await this.changes().items.getById(changeId).update({ ...values, [C.ChangeStatus]: 'Assessed' }, etag);
    return this.read(changeId);
  }

  public async reject(changeId: number, etag: string): Promise<IChange> {
    await this.readFor(changeId, 'Rejected', etag);
    return this.decide(changeId, 'Rejected', etag);
  }

  public async approve(changeId: number, approval: IChangeApproval, etag: string): Promise<IChange> {
    const change = await this.readFor(changeId, 'Approved', etag);
    const projectId = change.projectId as number;
    const [milestones, budget, zone] = await Promise.all([this.deps.milestones.list(projectId), this.deps.budget.getBudget(projectId), this.zone()]);
    const derived = changeRebaseline({ ...change, status: 'Approved', milestoneIds: approval.milestoneIds }, milestones, budget.totals.planned);
    if (!derived.ok) throw new ChangeRefusedError(derived.problems);
    // A saving (negative cost impact) moves the milestones but books no budget line (budget lines hold no
    // negative plan): the project's manager or the PMO lowers the lines it saves on, as the Project page does.
    const rebaseline = (derived.rebaseline.budget?.delta ?? 0) < 0 ? { ...derived.rebaseline, budget: undefined } : derived.rebaseline;
    await this.applyRebaseline(change, rebaseline, approval, zone);
    return this.decide(changeId, 'Approved', etag);
  }

  /** Moves each named milestone and adds the cost line, skipping what already names the change (an earlier, interrupted approval). */
  private async applyRebaseline(change: IChange, rebaseline: IChangeRebaseline, approval: IChangeApproval, zone: ISiteTimeZone): Promise<void> {
    const reference = changeReference(change);
    const projectId = change.projectId as number;
    const current = new Map((await this.deps.milestones.list(projectId)).map(m => [m.id, m]));
    for (const move of rebaseline.milestones) {
      const milestone = current.get(move.milestoneId);
      if (!milestone || milestone.baselineHistory.some(h => h.reason === reference)) continue;
      await this.deps.milestones.rebaseline(move.milestoneId, move.newBaseline, reference, milestone.etag);
    }
    if (!rebaseline.budget) return;
    const lines = (await this.deps.budget.getBudget(projectId)).lines;
    if (lines.some(l => l.title === reference)) return;
    const year = approval.fiscalYear ?? Number(dayAt(Date.now(), zone.iana).slice(0, 4));
    await this.deps.budget.add(projectId, { fiscalYear: year, costType: approval.costType ?? 'Opex', planned: rebaseline.budget.delta, title: reference });
  }

  /** Writes the decided status and its day (the last write of a decision). */
  private async decide(changeId: number, status: ChangeStatus, etag: string): Promise<IChange> {
    const zone = await this.zone();
    await this.changes().items.getById(changeId).update({ [C.ChangeStatus]: status, [C.DecisionDate]: writeDateOnly(dayAt(Date.now(), zone.iana), zone) }, etag);
    return this.read(changeId);
  }
}
