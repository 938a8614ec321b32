/**
 * Re-baselining a milestone: a new baseline date needs a reason, and the old baseline is kept in
 * the history (as Projects keeps a budget or date change's reason in ChangeReason and its versions).
 */
import { isIsoDay, isStorableDay, type IsoDay } from '../dates';

/** One baseline change. */
export interface IBaselineChange {
  /** The baseline before the change (undefined: the first baseline). */
  previousBaseline?: IsoDay;
  newBaseline: IsoDay;
  /** Why, as the user wrote it (trimmed). */
  reason: string;
  /** The day of the change. */
  changedOn: IsoDay;
  /** Who changed it (a display name or login), when known. */
  changedBy?: string;
}

/** A milestone's baseline and its history of changes, oldest first. */
export interface IBaselinedMilestone {
  baselineDate?: IsoDay;
  baselineHistory?: ReadonlyArray<IBaselineChange>;
}

/** What a re-baselining asks for. */
export interface IRebaselineRequest {
  baselineDate: IsoDay;
  reason: string;
  changedOn: IsoDay;
  changedBy?: string;
}

/** Why a re-baselining is refused, and the field to tie the message to. */
export type RebaselineIssueCode = 'reasonRequired' | 'invalidDate' | 'unchanged';

/** The outcome: the milestone with its new baseline and the history entry, or the issue. */
export type RebaselineResult<T extends IBaselinedMilestone> =
  | { ok: true; milestone: T; change: IBaselineChange }
  | { ok: false; issue: RebaselineIssueCode; field: 'baselineDate' | 'reason' | 'changedOn' };

/**
 * Sets a new baseline date on a milestone (a new object; the input is not changed). Refused with
 * `invalidDate` for a baseline or change date that is not a valid 'YYYY-MM-DD', `unchanged` when the
 * date is the current baseline, `reasonRequired` for an empty (or white-space) reason. Otherwise the
 * returned milestone carries the new date and its history gains the change (previous baseline, new
 * one, reason, day, author) after the earlier ones, which stay as they were.
 */
export function rebaseline<T extends IBaselinedMilestone>(milestone: T, request: IRebaselineRequest): RebaselineResult<T> {
  if (!isStorableDay(request.baselineDate)) return { ok: false, issue: 'invalidDate', field: 'baselineDate' };
  if (!isIsoDay(request.changedOn)) return { ok: false, issue: 'invalidDate', field: 'changedOn' };
  if (request.baselineDate === milestone.baselineDate) return { ok: false, issue: 'unchanged', field: 'baselineDate' };
  const reason = (request.reason ?? '').trim();
  if (!reason) return { ok: false, issue: 'reasonRequired', field: 'reason' };
  const change: IBaselineChange = {
    ...(milestone.baselineDate !== undefined ? { previousBaseline: milestone.baselineDate } : {}),
    newBaseline: request.baselineDate,
    reason,
    changedOn: request.changedOn,
    ...(request.changedBy ? { changedBy: request.changedBy } : {})
  };
  const history = [...(milestone.baselineHistory ?? []), change];
  return { ok: true, milestone: { ...milestone, baselineDate: request.baselineDate, baselineHistory: history }, change };
}
