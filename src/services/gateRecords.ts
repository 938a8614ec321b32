/**
 * The gate review flow's records as SharePoint stores them (GateReviewDrafts, GateReviews,
 * GateWaivers, Decisions with a GateOutcome, GateConditions) and the trust rule that decides which of
 * them count: a gate decision only when its Author is in Strategy Board, PMO Officers or PMO Owners, a
 * waiver only when its Author is in PMO Officers or PMO Owners (README, "Permission model"). Row
 * readers and the pure replay of trusted decisions onto a project's stage; no I/O beyond the group
 * membership read.
 */
import type { SPFI } from '../platform/pnp';
import { text, num, etagOf } from './itemValues';
import { describeError } from './errors';
import { loadGroupUsers } from './pmoMembers';
import type { ISiteAddress } from './site';
import { applyGateDecision, type IChecklistAnswer, type IChecklistItem, type IProjectLifecycleState, type IStagePosition, type IWaiver } from '../domain/governance';
import { CHECKLIST_CATEGORIES, GATE_DECISIONS, type ChecklistCategory, type GateDecision } from '../domain/governance/vocabulary';
import { isCode } from '../domain/vocabulary';
import {
  DecisionsList, GateChecklistItemsList, GateConditionsList, GateReviewDraftsList, GateReviewsList, GatesList, GateWaiversList, lookupId, projected
} from '../schema/refs';
import type { GroupKey } from '../schema/types';

/** Why the gate service refused a call before it wrote anything. */
export type GateRefusal =
  | 'notBoard' | 'notPmo' | 'evidenceUrlInvalid' | 'waiverReasonRequired' | 'itemNotInGate' | 'decisionRefused' | 'alreadyDecided'
  | 'reviewOutdated' | 'noGate' | 'stageNotDecidable';

/**
 * A refused gate call. `status` lets `describeError` classify it: 403 (forbidden) for a user who lacks
 * the role, 412 (conflict) for a review already decided or outdated, 400 (validation) otherwise.
 */
export class GateRefusedError extends Error {
  public readonly refusal: GateRefusal;
  public readonly status: number;
  /** The field the refusal is about (e.g. 'answers.12.evidenceUrl', 'reason', 'conditions.0.due'). */
  public readonly field?: string;
  /** The domain's problem codes behind a refused decision (checkGateDecision / applyGateDecision). */
  public readonly problems: ReadonlyArray<{ code: string; field?: string; index?: number }>;

  public constructor(refusal: GateRefusal, field?: string, problems: ReadonlyArray<{ code: string; field?: string; index?: number }> = []) {
    super(`Gate review refused: ${refusal}${field ? ` (${field})` : ''}${problems.length ? `: ${problems.map(p => p.code).join(', ')}` : ''}`);
    this.name = 'GateRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.problems = problems;
    this.status = refusal === 'notBoard' || refusal === 'notPmo' ? 403 : refusal === 'alreadyDecided' || refusal === 'reviewOutdated' ? 412 : 400;
    Object.setPrototypeOf(this, GateRefusedError.prototype);
  }
}

/** The groups whose gate decisions count. */
export const DECIDING_GROUPS: ReadonlyArray<GroupKey> = ['strategyBoard', 'pmoOfficers', 'pmoOwners'];
/** The groups whose waivers count (and who may move a project's stage: they edit Projects). */
export const PMO_GROUPS: ReadonlyArray<GroupKey> = ['pmoOfficers', 'pmoOwners'];

/** Site user ids of the deciding groups and of the PMO groups (a group whose members the caller cannot see counts as empty). */
export interface ITrustedAuthors {
  deciders: Set<number>;
  pmo: Set<number>;
}

/** Reads who may decide and who may waive (group membership, by the ids provisioning recorded). */
export async function loadTrustedAuthors(sp: SPFI, site: ISiteAddress): Promise<ITrustedAuthors> {
  const [board, pmo] = await Promise.all([loadGroupUsers(sp, site, ['strategyBoard']), loadGroupUsers(sp, site, PMO_GROUPS)]);
  const pmoIds = new Set(pmo.map(u => u.Id));
  return { deciders: new Set([...board.map(u => u.Id), ...pmoIds]), pmo: pmoIds };
}

/** What a draft and a review carry in ChecklistResultJson: where the project stood and the answers. */
export interface IChecklistContent {
  /** The stage the review ends (and its delivery stage number); absent on reviews written before schema 7. */
  position?: IStagePosition;
  answers: IChecklistAnswer[];
}

/** Reads ChecklistResultJson; a schema-6 array (`[{ item, met }]`) has answers of no evidence and no position. */
export function checklistContentOf(json: unknown): IChecklistContent {
  try {
    const parsed = JSON.parse(text(json) ?? '{}') as { position?: IStagePosition; answers?: unknown };
    if (Array.isArray(parsed) || !parsed || typeof parsed !== 'object') return { answers: [] };
    const answers = Array.isArray(parsed.answers) ? (parsed.answers as IChecklistAnswer[]).filter(a => a && typeof a.itemId === 'number') : [];
    const p = parsed.position;
    const position = p && typeof p.stage === 'string' ? { stage: p.stage, ...(typeof p.deliveryStageNo === 'number' ? { deliveryStageNo: p.deliveryStageNo } : {}) } : undefined;
    return { answers: answers.map(a => ({ itemId: a.itemId, evidenceUrl: text(a.evidenceUrl), comment: text(a.comment) })), ...(position ? { position } : {}) };
  } catch {
    return { answers: [] };
  }
}

/** The ChecklistResultJson of a draft or review. */
export function checklistJson(content: IChecklistContent): string {
  return JSON.stringify({ position: content.position, answers: content.answers.map(a => ({ itemId: a.itemId, evidenceUrl: a.evidenceUrl || undefined, comment: a.comment || undefined })) });
}

const G = GatesList.fields;
const CI = GateChecklistItemsList.fields;
const RV = GateReviewsList.fields;
const DR = GateReviewDraftsList.fields;
const W = GateWaiversList.fields;
const D = DecisionsList.fields;
const CO = GateConditionsList.fields;

/** A gate as the review flow reads it. */
export interface IGate {
  id: number;
  code: string;
  title: string;
  order: number;
  lifecycle: string;
  /** The stage the gate ends (StageCode, else Prince2Stage on gates written before schema 7). */
  stage?: string;
}

/** Gates: `$select`. */
export const GATE_SELECT: ReadonlyArray<string> = [G.Id, G.Title, G.Code, G.GateOrder, G.Lifecycle, G.StageCode, G.Prince2Stage, G.IsActive];

/** A Gates row (inactive ones are undefined). */
export function gateOf(r: Record<string, unknown>): IGate | undefined {
  if (r[G.IsActive] === false) return undefined;
  return { id: r[G.Id] as number, code: text(r[G.Code]) ?? '', title: text(r[G.Title]) ?? '', order: num(r[G.GateOrder]) ?? 0, lifecycle: text(r[G.Lifecycle]) ?? 'prince2', stage: text(r[G.StageCode]) ?? text(r[G.Prince2Stage]) };
}

/** The gate that ends a stage of a lifecycle: the active gate with that stage, the lowest GateOrder when several. */
export function gateOfStage(gates: ReadonlyArray<IGate>, lifecycle: string, stage: string): IGate | undefined {
  return gates.filter(g => g.lifecycle === lifecycle && g.stage === stage).sort((a, b) => a.order - b.order || a.id - b.id)[0];
}

/** A checklist item with what the form shows besides the domain's fields. */
export interface IGateChecklistItem extends IChecklistItem {
  gateId: number;
  guidance?: string;
}

/** GateChecklistItems: `$select` (order by SortOrder, then Id). */
export const CHECKLIST_SELECT: ReadonlyArray<string> = [CI.Id, CI.Title, lookupId(CI.Gate), CI.ChecklistCategory, CI.Mandatory, CI.SortOrder, CI.Guidance];

/** A GateChecklistItems row; an unknown category is left out (it cannot come from the choice column). */
export function checklistItemOf(r: Record<string, unknown>): IGateChecklistItem | undefined {
  const category = r[CI.ChecklistCategory];
  if (!isCode<ChecklistCategory>(CHECKLIST_CATEGORIES, category)) return undefined;
  return { id: r[CI.Id] as number, gateId: r[lookupId(CI.Gate)] as number, title: text(r[CI.Title]) ?? '', category, mandatory: r[CI.Mandatory] !== false, guidance: text(r[CI.Guidance]) };
}

/** A draft checklist (GateReviewDrafts). */
export interface IGateReviewDraft extends IChecklistContent {
  id: number;
  projectId: number;
  gateId: number;
  etag: string;
}

/** GateReviewDrafts: `$select`. */
export const DRAFT_SELECT: ReadonlyArray<string> = [DR.Id, lookupId(DR.Project), lookupId(DR.Gate), DR.ChecklistResultJson];

/** A GateReviewDrafts row. */
export function draftOf(r: Record<string, unknown>): IGateReviewDraft {
  return { id: r[DR.Id] as number, projectId: r[lookupId(DR.Project)] as number, gateId: r[lookupId(DR.Gate)] as number, etag: etagOf(r), ...checklistContentOf(r[DR.ChecklistResultJson]) };
}

/** A requested gate review (GateReviews, immutable). */
export interface IGateReview extends IChecklistContent {
  id: number;
  projectId: number;
  gateId: number;
  draftNumber?: number;
  /** Who requested it (Author) and when (Created, an ISO instant). */
  requestedBy?: string;
  requestedAt?: string;
}

/** GateReviews: `$select` (expand Author). */
export const REVIEW_SELECT: ReadonlyArray<string> = [RV.Id, lookupId(RV.Project), lookupId(RV.Gate), RV.ChecklistResultJson, RV.DraftNumber, RV.Created, projected(RV.Author, 'Title')];

/** A GateReviews row. */
export function reviewOf(r: Record<string, unknown>): IGateReview {
  return {
    id: r[RV.Id] as number, projectId: r[lookupId(RV.Project)] as number, gateId: r[lookupId(RV.Gate)] as number, draftNumber: num(r[RV.DraftNumber]),
    requestedBy: text((r[RV.Author] as { Title?: string } | undefined)?.Title), requestedAt: text(r[RV.Created]), ...checklistContentOf(r[RV.ChecklistResultJson])
  };
}

/** A waiver as a review shows it (the domain's IWaiver plus its row and author id). */
export interface IGateWaiver extends IWaiver {
  id: number;
  reviewId: number;
  authorId: number;
}

/** GateWaivers: `$select` (expand Author). */
export const WAIVER_SELECT: ReadonlyArray<string> = [W.Id, lookupId(W.GateReview), lookupId(W.ChecklistItem), W.WaiverReason, W.Created, lookupId(W.Author), projected(W.Author, 'Title')];

/** A GateWaivers row. */
export function waiverOf(r: Record<string, unknown>): IGateWaiver {
  return {
    id: r[W.Id] as number, reviewId: r[lookupId(W.GateReview)] as number, itemId: r[lookupId(W.ChecklistItem)] as number, authorId: r[lookupId(W.Author)] as number,
    by: text((r[W.Author] as { Title?: string } | undefined)?.Title) ?? String(r[lookupId(W.Author)]), at: text(r[W.Created]) ?? '', reason: text(r[W.WaiverReason]) ?? ''
  };
}

/** A board's gate decision (Decisions with a GateOutcome). */
export interface IGateDecisionRow {
  id: number;
  reviewId: number;
  outcome: GateDecision;
  rationale?: string;
  authorId: number;
  decidedBy?: string;
  decidedAt?: string;
}

/** Decisions (gate decisions): `$select` (expand Author). */
export const DECISION_SELECT: ReadonlyArray<string> = [D.Id, lookupId(D.GateReview), D.GateOutcome, D.Rationale, D.Created, lookupId(D.Author), projected(D.Author, 'Title')];

/** A Decisions row with a gate outcome; undefined for any other decision. */
export function gateDecisionOf(r: Record<string, unknown>): IGateDecisionRow | undefined {
  const outcome = r[D.GateOutcome];
  const reviewId = num(r[lookupId(D.GateReview)]);
  if (!isCode<GateDecision>(GATE_DECISIONS, outcome) || reviewId === undefined) return undefined;
  return {
    id: r[D.Id] as number, reviewId, outcome, rationale: text(r[D.Rationale]), authorId: r[lookupId(D.Author)] as number,
    decidedBy: text((r[D.Author] as { Title?: string } | undefined)?.Title), decidedAt: text(r[D.Created])
  };
}

/** A condition of a go with conditions (GateConditions). */
export interface IGateConditionRow {
  id: number;
  projectId: number;
  reviewId: number;
  decisionId: number;
  text: string;
  ownerId?: number;
  ownerName?: string;
  /** The due day ('YYYY-MM-DD', the site's day). */
  due?: string;
  status: 'Open' | 'Met';
  etag: string;
}

/** GateConditions: `$select` (expand ConditionOwner). */
export const CONDITION_SELECT: ReadonlyArray<string> = [
  CO.Id, CO.Title, lookupId(CO.Project), lookupId(CO.GateReview), lookupId(CO.Decision), lookupId(CO.ConditionOwner), projected(CO.ConditionOwner, 'Title'), CO.DueDate, CO.ConditionStatus
];

/** The rows whose Author is one of `authors` (the trust rule). */
export function byAuthors<T extends { authorId: number }>(rows: ReadonlyArray<T>, authors: ReadonlySet<number>): T[] {
  return rows.filter(r => authors.has(r.authorId));
}

/** Whether `e` is SharePoint's "not found" (an item already deleted by an earlier call). */
export function ignoreNotFound(e: unknown): void {
  if (describeError(e).kind !== 'notFound') throw e;
}

/** Two stage positions are the same (the stage, and its number when it repeats). */
export function samePosition(a: IStagePosition | undefined, b: IStagePosition | undefined): boolean {
  return !!a && !!b && a.stage === b.stage && (a.deliveryStageNo ?? undefined) === (b.deliveryStageNo ?? undefined);
}

/** A stage move a trusted decision makes. */
export interface IStageMove {
  decisionId: number;
  from: IProjectLifecycleState;
  to: IProjectLifecycleState;
}

/**
 * Replays trusted gate decisions onto a project's stored state (pure): a decision applies when its
 * review was requested at the project's current position (the review's position in
 * ChecklistResultJson) and the domain's `applyGateDecision` accepts it. `Go` / `GoWithConditions`
 * move the stage (or close the project after the last gate), `Stop` cancels it, `Recycle` changes
 * nothing. A decision applied once no longer matches (the position or status changed), so the replay
 * is idempotent. Decisions are taken in the order they were made (row id).
 * @returns the state the trusted decisions lead to, and each move on the way.
 */
export function replayDecisions(state: IProjectLifecycleState, reviews: ReadonlyArray<IGateReview>, decisions: ReadonlyArray<IGateDecisionRow>): { state: IProjectLifecycleState; moves: IStageMove[] } {
  const byId = new Map(reviews.map(r => [r.id, r]));
  const moves: IStageMove[] = [];
  let current = state;
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    if (d.outcome === 'Recycle') continue;
    const review = byId.get(d.reviewId);
    if (!review || !samePosition(review.position, current)) continue;
    const outcome = applyGateDecision(current, { decision: d.outcome });
    if (!outcome.ok) continue;
    const next = outcome.state;
    if (next.stage === current.stage && next.deliveryStageNo === current.deliveryStageNo && next.status === current.status) continue;
    moves.push({ decisionId: d.id, from: current, to: next });
    current = next;
  }
  return { state: current, moves };
}
