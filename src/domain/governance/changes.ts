/**
 * Change request rules (pure): the state flow and what an approved change implies for the baselines.
 *
 * Flow (issue 12: raised → assessed → approved / rejected; an approved change is then implemented):
 * Submitted → Assessed → Approved | Rejected; Approved → Implemented. "Raised" is stored as
 * `Submitted`, the code ChangeRequests already has. Rejected and Implemented are final.
 * Re-baselining itself is the controlling code's (`../milestones` rebaseline, the budget service);
 * this module only computes the new baselines an approved change implies, so the services can apply
 * them with the change referenced.
 */
import { addDays, isIsoDay, type IsoDay } from '../dates';
import { isCode } from '../vocabulary';
import { CHANGE_STATUSES, type ChangeStatus, type IProblem } from './vocabulary';

const FLOW: Readonly<Record<ChangeStatus, ReadonlyArray<ChangeStatus>>> = {
  Submitted: ['Assessed'],
  Assessed: ['Approved', 'Rejected'],
  Approved: ['Implemented'],
  Rejected: [],
  Implemented: []
};

/** The states a change in `from` may move to (empty for a final or unknown state). */
export function nextChangeStates(from: ChangeStatus | string): ReadonlyArray<ChangeStatus> {
  return isCode(CHANGE_STATUSES, from) ? FLOW[from] : [];
}

/** Why a state change is refused. */
export type ChangeTransitionProblemCode = 'unknownStatus' | 'sameStatus' | 'transitionNotAllowed';
/** A transition problem, naming the side. */
export type IChangeTransitionProblem = IProblem<ChangeTransitionProblemCode, 'from' | 'to'>;

/**
 * The problems of moving a change from `from` to `to`: `unknownStatus` for a code that is not a
 * change status, `sameStatus`, or `transitionNotAllowed` (on `to`) when the flow has no such step.
 */
export function checkChangeTransition(from: ChangeStatus | string, to: ChangeStatus | string): IChangeTransitionProblem[] {
  const problems: IChangeTransitionProblem[] = [];
  if (!isCode(CHANGE_STATUSES, from)) problems.push({ code: 'unknownStatus', field: 'from' });
  if (!isCode(CHANGE_STATUSES, to)) problems.push({ code: 'unknownStatus', field: 'to' });
  if (problems.length > 0) return problems;
  if (from === to) return [{ code: 'sameStatus', field: 'to' }];
  return nextChangeStates(from).includes(to as ChangeStatus) ? [] : [{ code: 'transitionNotAllowed', field: 'to' }];
}

/** A change request's impact and what it names, as the rebaselining reads it. */
export interface IChangeRequest {
  /** The ChangeRequests item id (referenced by the re-baselining). */
  id: number;
  status: ChangeStatus | string;
  /** The impact on scope, as written (not interpreted). */
  scopeImpact?: string;
  /** Calendar days the schedule moves (ScheduleImpactDays): positive later, negative earlier. */
  scheduleImpactDays?: number;
  /** Cost impact in the project's currency (CostImpact): positive adds to the budget. */
  costImpact?: number;
  /** The milestones whose baselines the change moves. */
  milestoneIds: ReadonlyArray<number>;
}

/** A milestone's id and current baseline. */
export interface IMilestoneBaseline {
  id: number;
  baselineDate?: IsoDay;
}

/** A new baseline a change implies for a milestone. */
export interface IMilestoneRebaseline {
  milestoneId: number;
  previousBaseline: IsoDay;
  newBaseline: IsoDay;
}

/** The re-baselining an approved change implies. */
export interface IChangeRebaseline {
  /** The change to reference in each re-baselining. */
  changeId: number;
  /** New baselines of the named milestones (none when the schedule impact is 0 or absent). */
  milestones: IMilestoneRebaseline[];
  /** The budget's new planned total, when a budget was given and the cost impact is not 0. */
  budget?: { previousPlanned: number; newPlanned: number; delta: number };
}

/** Why a re-baselining cannot be derived. */
export type ChangeRebaselineProblemCode = 'notApproved' | 'scheduleImpactNotInteger' | 'costImpactInvalid' | 'milestoneNotFound' | 'milestoneWithoutBaseline';
/** A re-baselining problem; milestone problems name the milestones. */
export interface IChangeRebaselineProblem extends IProblem<ChangeRebaselineProblemCode, 'status' | 'scheduleImpactDays' | 'costImpact' | 'milestoneIds'> {
  milestoneIds?: number[];
}

function checkImpact(change: IChangeRequest): IChangeRebaselineProblem[] {
  const problems: IChangeRebaselineProblem[] = [];
  if (change.status !== 'Approved') problems.push({ code: 'notApproved', field: 'status' });
  if (change.scheduleImpactDays !== undefined && !Number.isInteger(change.scheduleImpactDays)) problems.push({ code: 'scheduleImpactNotInteger', field: 'scheduleImpactDays' });
  if (change.costImpact !== undefined && !Number.isFinite(change.costImpact)) problems.push({ code: 'costImpactInvalid', field: 'costImpact' });
  return problems;
}

/**
 * The new baselines an APPROVED change implies: each milestone it names moves by its schedule impact
 * (calendar days), and the planned budget (when given) by its cost impact. Problems: the change is not
 * Approved, a non-integer schedule impact, a non-finite cost impact, named milestones not among
 * `milestones` or without a (valid) baseline (`milestoneIds` lists them). Milestones the change does
 * not name are left alone; a 0 impact gives no entry.
 */
export function changeRebaseline(
  change: IChangeRequest,
  milestones: ReadonlyArray<IMilestoneBaseline>,
  plannedBudget?: number
): { ok: true; rebaseline: IChangeRebaseline } | { ok: false; problems: IChangeRebaselineProblem[] } {
  const problems = checkImpact(change);
  const days = change.scheduleImpactDays ?? 0;
  const byId = new Map(milestones.map(m => [m.id, m]));
  const named = [...new Set(change.milestoneIds)];
  const missing = days === 0 ? [] : named.filter(id => !byId.has(id));
  const undated = days === 0 ? [] : named.filter(id => byId.has(id) && !isIsoDay(byId.get(id)?.baselineDate));
  if (missing.length > 0) problems.push({ code: 'milestoneNotFound', field: 'milestoneIds', milestoneIds: missing });
  if (undated.length > 0) problems.push({ code: 'milestoneWithoutBaseline', field: 'milestoneIds', milestoneIds: undated });
  if (problems.length > 0) return { ok: false, problems };
  const rebaseline: IChangeRebaseline = { changeId: change.id, milestones: [] };
  if (days !== 0) {
    for (const id of named) {
      const previous = byId.get(id)?.baselineDate as IsoDay;
      rebaseline.milestones.push({ milestoneId: id, previousBaseline: previous, newBaseline: addDays(previous, days) });
    }
  }
  const cost = change.costImpact ?? 0;
  if (plannedBudget !== undefined && Number.isFinite(plannedBudget) && cost !== 0) {
    rebaseline.budget = { previousPlanned: plannedBudget, newPlanned: plannedBudget + cost, delta: cost };
  }
  return { ok: true, rebaseline };
}
