/**
 * A project's gate review flow as schema 7 stores it, from the reviews its history drew (gates.ts):
 * the project manager's requests (GateReviews, checklist answers with evidence in the shape GateService
 * writes), the board's decisions (Decisions with GateReview and GateOutcome, authored by a strategy
 * board member: the trust rule), the conditions of a "go with conditions" (GateConditions), a PMO
 * officer's waiver of a NIS2 item now and then (GateWaivers), and a checklist being filled
 * (GateReviewDrafts). The project's lifecycle, stage and delivery stage number are set to agree with
 * the decisions: a trusted decision never moves a seeded project when GateService replays it (a review
 * at the project's current position is still awaiting its decision, or was recycled).
 */
import type { GateDecision, LifecycleCode, StageCode } from '../../../src/domain/governance/vocabulary';
import { DecisionsList, GateChecklistItemsList, GateConditionsList, GateReviewDraftsList, GateReviewsList, GatesList, GateWaiversList, ProjectsList } from '../../../src/schema';
import { workday } from '../dates';
import { gateOfStage, stageIn } from '../governance';
import { EVIDENCE_COMMENTS, GATE_RATIONALE, NIS2_WAIVER_REASON } from '../governanceTexts';
import { jsonRef, ref, user, users, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { GATE_CONDITIONS } from '../referenceTexts';
import { row, type SeedLists } from '../rows';
import { REF_DAY, iso } from '../shared';
import { gateIndex, gateText, type IReviewPlan } from './gates';
import type { IChecklistItem, IProjectScope } from './scope';

const P = ProjectsList.fields;
const V = GateReviewsList.fields;
const D = DecisionsList.fields;
const CO = GateConditionsList.fields;
const W = GateWaiversList.fields;
const DR = GateReviewDraftsList.fields;

/** Where a project stood when a review was requested (ChecklistResultJson.position). */
interface IPosition { stage: StageCode; deliveryStageNo?: number }

/** Counts across projects, so that even a small demo shows one waiver and one draft. */
export interface IGateFlowState { waivers: number; drafts: number }

/** The lifecycle of a project: every seventh (from the fourth) is hybrid, every seventh (from the sixth) agile, the others PRINCE2. */
export function lifecycleOfProject(index: number): LifecycleCode {
  return index % 7 === 3 ? 'hybrid' : index % 7 === 5 ? 'agile' : 'prince2';
}

/** The gate of a lifecycle that stands for a PRINCE2 gate of the history (undefined: the agile lifecycle has no gate inside the beta). */
function mappedGate(lifecycle: LifecycleCode, g: string): string | undefined {
  if (lifecycle === 'prince2') return g;
  const map: Readonly<Record<string, string | undefined>> = lifecycle === 'hybrid'
    ? { G0: 'AuthoriseInitiation', G1: 'AuthoriseProject', G2: 'EndRelease', G3: 'EndRelease', G4: 'AuthoriseClosure' }
    : { G0: 'DiscoveryReview', G1: 'AlphaAssessment', G2: undefined, G3: 'LiveAssessment', G4: 'ServiceHandover' };
  return map[g];
}

/** The board's outcome of a planned review (undefined: not decided yet). */
function outcomeOf(plan: IReviewPlan, last: boolean, p: IProjectScope): GateDecision | undefined {
  switch (plan.decision) {
    case 'Passed': return 'Go';
    case 'PassedWithConditions': return 'GoWithConditions';
    case 'Failed': return last && p.s.lifecycle === 'Cancelled' ? 'Stop' : 'Recycle';
    default: return undefined;
  }
}

interface IFlowReview { plan: IReviewPlan; gate: string; position: IPosition; outcome?: GateDecision; items: IChecklistItem[]; unmet?: IChecklistItem }

const samePosition = (a: IPosition, b: IPosition): boolean => a.stage === b.stage && a.deliveryStageNo === b.deliveryStageNo;

/** The reviews in the project's lifecycle, with their positions, outcomes, and the project's current position. */
function flowReviews(rng: Rng, p: IProjectScope, plans: ReadonlyArray<IReviewPlan>, lifecycle: LifecycleCode, checklistOfGate: Map<string, IChecklistItem[]>): { reviews: IFlowReview[]; current: IPosition } {
  const reviews: IFlowReview[] = [];
  let passedDelivery = 0;
  plans.forEach((plan, k) => {
    const gate = mappedGate(lifecycle, plan.gate);
    // A review the board meets on after the reference date is still a draft (draftRows).
    if (!gate || plan.day >= REF_DAY) return;
    const stage = stageIn(lifecycle, plan.gate === 'G0' ? 'StartingUp' : plan.gate === 'G1' ? 'Initiation' : plan.gate === 'G4' ? 'Closing' : 'Delivery');
    const position: IPosition = stage === 'Delivery' ? { stage, deliveryStageNo: passedDelivery + 1 } : { stage };
    const outcome = outcomeOf(plan, k === plans.length - 1, p);
    if (stage === 'Delivery' && (outcome === 'Go' || outcome === 'GoWithConditions')) passedDelivery++;
    const items = checklistOfGate.get(gate) ?? [];
    // The same unmet item on a PRINCE2 gate; on another lifecycle's gate, one of its required items.
    const unmet = plan.unmet && lifecycle !== 'prince2' ? rng.pick(items.filter(x => x.mandatory)) : plan.unmet;
    reviews.push({ plan, gate, position, outcome, items, unmet });
  });
  const stage = stageIn(lifecycle, p.s.stage);
  const current: IPosition = stage === 'Delivery' ? { stage, deliveryStageNo: passedDelivery + 1 } : { stage };
  // A review at the project's current position that passed would move it: it is still awaiting the board (unless the project ended).
  if (!p.finished) for (const r of reviews) if ((r.outcome === 'Go' || r.outcome === 'GoWithConditions') && samePosition(r.position, current)) r.outcome = undefined;
  return { reviews, current };
}

/** The answers of a review: evidence for every item except the unmet, the waived and some optional ones. */
function answersOf(rng: Rng, p: IProjectScope, r: IFlowReview, waived?: IChecklistItem): unknown[] {
  const out: unknown[] = [];
  for (const x of r.items) {
    const skip = x === waived || (x === r.unmet && r.outcome !== 'GoWithConditions') || (!x.mandatory && rng.chance(0.4));
    if (!skip) out.push({ itemId: jsonRef(GateChecklistItemsList, x.idx), comment: rng.pick(EVIDENCE_COMMENTS[p.lang]) });
  }
  return out;
}

/**
 * Appends the project's gate flow to the lists and sets its Lifecycle, StageCode and DeliveryStageNo
 * on its row of Projects (which must exist). Draws only from `rng` (the governance stream).
 */
export function gateFlowContent(lists: SeedLists, rng: Rng, p: IProjectScope, plans: ReadonlyArray<IReviewPlan>, checklistOfGate: Map<string, IChecklistItem[]>, state: IGateFlowState): void {
  const { s } = p;
  const lifecycle = lifecycleOfProject(s.index);
  const { reviews, current } = flowReviews(rng, p, plans, lifecycle, checklistOfGate);
  const project = lists.rows(ProjectsList)[s.index].values;
  project[P.Lifecycle] = lifecycle;
  project[P.StageCode] = current.stage;
  project[P.DeliveryStageNo] = current.deliveryStageNo ?? null;

  const pm = s.pm.userPrincipalName;
  const reviewRows: ISeedRow[] = [];
  const waivers: Array<{ review: number; item: IChecklistItem; day: number }> = [];
  reviews.forEach((r, k) => {
    const passing = r.outcome === 'Go' || r.outcome === 'GoWithConditions';
    const nis2 = r.items.filter(x => x.mandatory && x.category === 'Nis2' && x !== r.unmet)[0];
    const waived = passing && nis2 && s.lifecycle === 'Active' && (state.waivers === 0 || rng.chance(0.08)) ? nis2 : undefined;
    if (waived) {
      state.waivers++;
      waivers.push({ review: k, item: waived, day: r.plan.day });
    }
    const requested = workday(r.plan.day - 7);
    reviewRows.push(row(GateReviewsList, {
      [V.Title]: `${gateText(p.lang, r.gate)[0]} – ${p.short}`.slice(0, 255), [V.Project]: p.project, [V.Gate]: ref(GatesList, gateIndex(r.gate)), [V.ReviewDate]: iso(r.plan.day),
      [V.GateDecision]: r.outcome ? r.plan.decision : 'Pending', [V.Reviewers]: users(r.plan.reviewers),
      [V.ChecklistResultJson]: { json: { position: r.position, answers: answersOf(rng, p, r, waived) } }, [V.Conditions]: null
    }, { author: pm, stamp: { created: iso(requested), modified: iso(requested), editor: pm } }));
  });
  const firstReview = lists.append(GateReviewsList, reviewRows);
  decisionRows(lists, p, reviews, firstReview);
  lists.append(GateWaiversList, waivers.map(w => {
    const officer = p.officers[(s.index + w.review) % p.officers.length].userPrincipalName;
    return row(GateWaiversList, {
      [W.Title]: w.item.title.slice(0, 255), [W.Project]: p.project, [W.GateReview]: ref(GateReviewsList, firstReview + w.review),
      [W.ChecklistItem]: ref(GateChecklistItemsList, w.item.idx), [W.WaiverReason]: NIS2_WAIVER_REASON[p.lang]
    }, { author: officer, stamp: { created: iso(workday(w.day - 2)), modified: iso(workday(w.day - 2)), editor: officer } });
  }));
  lists.append(GateReviewDraftsList, draftRows(rng, p, plans, reviews, lifecycle, current, checklistOfGate, state));
}

/** The board's decisions on the decided reviews and the conditions of each "go with conditions". */
function decisionRows(lists: SeedLists, p: IProjectScope, reviews: ReadonlyArray<IFlowReview>, firstReview: number): void {
  const { s } = p;
  const sponsor = s.sponsor.userPrincipalName;
  const conditions: ISeedRow[] = [];
  reviews.forEach((r, k) => {
    if (!r.outcome) return;
    const day = r.plan.day;
    const decision = lists.append(DecisionsList, [row(DecisionsList, {
      [D.Title]: `${gateText(p.lang, r.gate)[0]} – ${p.short}`.slice(0, 255), [D.Project]: p.project, [D.DecisionDate]: iso(day), [D.DecisionBody]: 'ProjectBoard',
      [D.DecisionOutcome]: r.outcome === 'Stop' ? 'Rejected' : r.outcome === 'Recycle' ? 'Deferred' : 'Approved', [D.DecidedBy]: users([sponsor]),
      [D.Rationale]: GATE_RATIONALE[p.lang][r.outcome], [D.GateReview]: ref(GateReviewsList, firstReview + k), [D.GateOutcome]: r.outcome
    }, { author: sponsor, stamp: { created: iso(day), modified: iso(day), editor: sponsor } })]);
    if (r.outcome !== 'GoWithConditions') return;
    const due = workday(day + 30);
    conditions.push(row(GateConditionsList, {
      [CO.Title]: GATE_CONDITIONS[p.lang].close(r.unmet?.title ?? '').slice(0, 255), [CO.Project]: p.project, [CO.GateReview]: ref(GateReviewsList, firstReview + k),
      [CO.Decision]: ref(DecisionsList, decision), [CO.ConditionOwner]: user(s.pm.userPrincipalName), [CO.DueDate]: iso(due),
      [CO.ConditionStatus]: due < REF_DAY - 10 || p.finished ? 'Met' : 'Open'
    }, { author: sponsor, stamp: { created: iso(day), modified: iso(day), editor: sponsor } }));
  });
  lists.append(GateConditionsList, conditions);
}

/**
 * A checklist being filled for the gate of the project's current stage, when no review of it was
 * requested yet or the last was recycled: always when the board meets on it after the reference date.
 */
function draftRows(rng: Rng, p: IProjectScope, plans: ReadonlyArray<IReviewPlan>, reviews: ReadonlyArray<IFlowReview>, lifecycle: LifecycleCode, current: IPosition, checklistOfGate: Map<string, IChecklistItem[]>, state: IGateFlowState): ISeedRow[] {
  // No review of the current gate yet, or the last one was recycled: the project manager fills the checklist (again).
  const atGate = reviews.filter(r => samePosition(r.position, current));
  if (p.s.lifecycle !== 'Active' || (atGate.length > 0 && atGate[atGate.length - 1].outcome !== 'Recycle')) return [];
  const gate = gateOfStage(lifecycle, current.stage);
  const meetingAhead = plans.some(x => x.day >= REF_DAY);
  if (!gate || !(meetingAhead || state.drafts === 0 || rng.chance(0.3))) return [];
  state.drafts++;
  const items = checklistOfGate.get(gate.code) ?? [];
  const answers = items.filter(() => rng.chance(0.5)).map(x => ({ itemId: jsonRef(GateChecklistItemsList, x.idx), comment: rng.pick(EVIDENCE_COMMENTS[p.lang]) }));
  const pm = p.s.pm.userPrincipalName;
  return [row(GateReviewDraftsList, {
    [DR.Title]: `${gateText(p.lang, gate.code)[0]} – ${p.short}`.slice(0, 255), [DR.Project]: p.project, [DR.Gate]: ref(GatesList, gateIndex(gate.code)),
    [DR.ChecklistResultJson]: { json: { position: current, answers } }, [DR.Reviewers]: null
  }, { author: pm })];
}
