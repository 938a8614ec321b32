/**
 * Gate review rules (pure): checklist items (category, mandatory or optional), answers with
 * evidence, waivers, conditions, the readiness of a review and whether a board decision is allowed.
 *
 * The rule (issue 12): a mandatory item without evidence blocks "go" — and "go with conditions" —
 * unless a PMO officer waived it with a reason. A condition never replaces missing mandatory
 * evidence; only a waiver does. "Recycle" and "stop" are always allowed. Who may waive or decide is
 * checked by the services; the domain takes the waiver and the decision as given.
 */
import { isIsoDay, partsOfDay, type IsoDay } from '../dates';
import { isCode } from '../vocabulary';
import { CHECKLIST_CATEGORIES, GATE_DECISIONS, type ChecklistCategory, type GateDecision, type IProblem } from './vocabulary';

/** An item id (GateChecklistItems item id). */
export type ChecklistItemId = number;

/** A checklist item of a gate. */
export interface IChecklistItem {
  id: ChecklistItemId;
  /** The item's title (as stored: it is shown back, never interpreted). */
  title: string;
  category: ChecklistCategory;
  /** Whether a "go" needs evidence or a waiver for it. */
  mandatory: boolean;
}

/** The PM's answer to an item: a link to the evidence, a comment, or both. */
export interface IChecklistAnswer {
  itemId: ChecklistItemId;
  /** A link to a document (http or https only). */
  evidenceUrl?: string;
  /** A comment standing as evidence (counts when non-empty after trimming). */
  comment?: string;
}

/** A waiver of an item, recorded by a PMO officer (the role is the services' check). */
export interface IWaiver {
  itemId: ChecklistItemId;
  /** Who waived (login or display name). */
  by: string;
  /** When: an ISO 8601 instant ('2027-03-01T09:30:00Z') or day. */
  at: string;
  /** Why, as written (must be non-empty after trimming). */
  reason: string;
}

/** A condition of a "go with conditions": what, who, by when. */
export interface IGateCondition {
  text: string;
  owner: string;
  due: IsoDay;
}

/** Why an answer is refused. */
export type EvidenceProblemCode = 'evidenceUrlInvalid' | 'evidenceRequired';
/** An answer problem, naming the field. */
export type IEvidenceProblem = IProblem<EvidenceProblemCode, 'evidenceUrl' | 'comment'>;

/** Whether a text is an absolute http(s) URL with a host (no javascript:, data:, file: or relative links). */
export function isEvidenceUrl(url: string | undefined): boolean {
  if (typeof url !== 'string' || url.trim() !== url || url === '') return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

function hasText(text: string | undefined): boolean {
  return typeof text === 'string' && text.trim() !== '';
}

/**
 * The problems of an answer: `evidenceUrlInvalid` for a link that is not http(s) (even with a
 * comment), `evidenceRequired` (on the comment) when there is neither a link nor a non-empty comment.
 */
export function checkEvidence(answer: IChecklistAnswer): IEvidenceProblem[] {
  const hasUrl = typeof answer.evidenceUrl === 'string' && answer.evidenceUrl.trim() !== '';
  if (hasUrl && !isEvidenceUrl(answer.evidenceUrl)) return [{ code: 'evidenceUrlInvalid', field: 'evidenceUrl' }];
  if (!hasUrl && !hasText(answer.comment)) return [{ code: 'evidenceRequired', field: 'comment' }];
  return [];
}

/** Why a waiver is refused. */
export type WaiverProblemCode = 'waiverByRequired' | 'waiverDateInvalid' | 'waiverReasonRequired';
/** A waiver problem, naming the field. */
export type IWaiverProblem = IProblem<WaiverProblemCode, 'by' | 'at' | 'reason'>;

const INSTANT: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function isInstantOrDay(value: string): boolean {
  if (partsOfDay(value)) return true;
  return INSTANT.test(value) && partsOfDay(value.slice(0, 10)) !== undefined && !Number.isNaN(Date.parse(value));
}

/** The problems of a waiver: who, when (an ISO instant or day) and a non-empty reason are required. */
export function checkWaiver(waiver: IWaiver): IWaiverProblem[] {
  const problems: IWaiverProblem[] = [];
  if (!hasText(waiver.by)) problems.push({ code: 'waiverByRequired', field: 'by' });
  if (typeof waiver.at !== 'string' || !isInstantOrDay(waiver.at)) problems.push({ code: 'waiverDateInvalid', field: 'at' });
  if (!hasText(waiver.reason)) problems.push({ code: 'waiverReasonRequired', field: 'reason' });
  return problems;
}

/** Why a condition is refused. */
export type ConditionProblemCode = 'conditionTextRequired' | 'conditionOwnerRequired' | 'conditionDueInvalid';
/** A condition problem: the field, and the condition's position in the list. */
export interface IConditionProblem extends IProblem<ConditionProblemCode, 'text' | 'owner' | 'due'> {
  index: number;
}

/** The problems of conditions: each needs a text, an owner and a due day ('YYYY-MM-DD'). */
export function checkConditions(conditions: ReadonlyArray<IGateCondition>): IConditionProblem[] {
  const problems: IConditionProblem[] = [];
  conditions.forEach((c, index) => {
    if (!hasText(c.text)) problems.push({ code: 'conditionTextRequired', field: 'text', index });
    if (!hasText(c.owner)) problems.push({ code: 'conditionOwnerRequired', field: 'owner', index });
    if (!isIsoDay(c.due)) problems.push({ code: 'conditionDueInvalid', field: 'due', index });
  });
  return problems;
}

/** An item named in a readiness result. */
export interface IReadinessItem {
  id: ChecklistItemId;
  title: string;
  category: ChecklistCategory;
}

/** Counts of one category. */
export interface ICategoryReadiness {
  /** Items of the category. */
  items: number;
  /** Items with valid evidence. */
  evidenced: number;
  /** Items without evidence but with a valid waiver. */
  waived: number;
  /** Mandatory items with neither. */
  blocking: number;
  /** Optional items with neither (they never block). */
  open: number;
}

/** Where a gate review stands. */
export interface IGateReadiness {
  /** No blocking item: "go" (and "go with conditions") can be decided. */
  canGo: boolean;
  /** Mandatory items without valid evidence and without a valid waiver, in checklist order. */
  blocking: IReadinessItem[];
  /** Items without evidence passed by a valid waiver, with it (visible in the review forever). */
  waived: Array<IReadinessItem & { waiver: IWaiver }>;
  /** Counts per category (every category, also empty ones). */
  byCategory: Record<ChecklistCategory, ICategoryReadiness>;
  /** Items whose answer has problems (e.g. a javascript: link); such an answer is no evidence. */
  invalidAnswers: Array<{ itemId: ChecklistItemId; problems: IEvidenceProblem[] }>;
  /** Items whose waiver has problems (e.g. no reason); such a waiver does not count. */
  invalidWaivers: Array<{ itemId: ChecklistItemId; problems: IWaiverProblem[] }>;
}

function emptyCategories(): Record<ChecklistCategory, ICategoryReadiness> {
  const byCategory = {} as Record<ChecklistCategory, ICategoryReadiness>;
  for (const c of CHECKLIST_CATEGORIES) byCategory[c] = { items: 0, evidenced: 0, waived: 0, blocking: 0, open: 0 };
  return byCategory;
}

/**
 * The readiness of a review from its items, answers and waivers. An item is evidenced by an answer
 * without problems (`checkEvidence`); else waived by a waiver without problems (`checkWaiver`; the
 * latest valid one when several); else it blocks when mandatory and stays open when optional.
 * Answers and waivers of items not in the list are ignored. `canGo` is true when nothing blocks.
 */
export function gateReadiness(items: ReadonlyArray<IChecklistItem>, answers: ReadonlyArray<IChecklistAnswer>, waivers: ReadonlyArray<IWaiver>): IGateReadiness {
  const readiness: IGateReadiness = { canGo: true, blocking: [], waived: [], byCategory: emptyCategories(), invalidAnswers: [], invalidWaivers: [] };
  const ids = new Set(items.map(i => i.id));
  const evidenced = new Set<ChecklistItemId>();
  for (const answer of answers) {
    if (!ids.has(answer.itemId)) continue;
    const problems = checkEvidence(answer);
    if (problems.length === 0) evidenced.add(answer.itemId);
    else readiness.invalidAnswers.push({ itemId: answer.itemId, problems });
  }
  const validWaivers = new Map<ChecklistItemId, IWaiver>();
  for (const waiver of waivers) {
    if (!ids.has(waiver.itemId)) continue;
    const problems = checkWaiver(waiver);
    if (problems.length === 0) validWaivers.set(waiver.itemId, waiver);
    else readiness.invalidWaivers.push({ itemId: waiver.itemId, problems });
  }
  for (const item of items) {
    const counts = readiness.byCategory[item.category];
    if (!counts) continue; // an unknown category cannot come from the choice column; it is left out rather than guessed
    counts.items++;
    const named: IReadinessItem = { id: item.id, title: item.title, category: item.category };
    const waiver = validWaivers.get(item.id);
    if (evidenced.has(item.id)) counts.evidenced++;
    else if (waiver) {
      counts.waived++;
      readiness.waived.push({ ...named, waiver });
    } else if (item.mandatory) {
      counts.blocking++;
      readiness.blocking.push(named);
    } else counts.open++;
  }
  readiness.canGo = readiness.blocking.length === 0;
  return readiness;
}

/** Why a decision is refused. */
export type GateDecisionProblemCode = 'unknownDecision' | 'blockingItems' | 'conditionsRequired' | 'conditionsOnlyWithGoWithConditions' | ConditionProblemCode;

/** A decision problem; `blockingItems` names the items, a condition problem its index and field. */
export interface IGateDecisionProblem extends IProblem<GateDecisionProblemCode> {
  items?: IReadinessItem[];
  index?: number;
}

/**
 * Whether the board may record `decision` on a review with this readiness:
 * - `Recycle` and `Stop` are always allowed (no problems; conditions are not part of them);
 * - `Go` is refused while items block (`blockingItems`, naming them) and when conditions are given
 *   (`conditionsOnlyWithGoWithConditions`: a go with conditions must say so);
 * - `GoWithConditions` also needs no blocking items — a condition never replaces missing mandatory
 *   evidence, only a waiver does — and at least one condition (`conditionsRequired`), each with a
 *   text, an owner and a due day (`checkConditions`).
 * Anything else is `unknownDecision`.
 */
export function checkGateDecision(readiness: Pick<IGateReadiness, 'blocking'>, decision: GateDecision | string, conditions: ReadonlyArray<IGateCondition> = []): IGateDecisionProblem[] {
  if (!isCode(GATE_DECISIONS, decision)) return [{ code: 'unknownDecision', field: 'decision' }];
  if (decision === 'Recycle' || decision === 'Stop') return [];
  const problems: IGateDecisionProblem[] = [];
  if (readiness.blocking.length > 0) problems.push({ code: 'blockingItems', items: [...readiness.blocking] });
  if (decision === 'Go') {
    if (conditions.length > 0) problems.push({ code: 'conditionsOnlyWithGoWithConditions', field: 'conditions' });
    return problems;
  }
  if (conditions.length === 0) problems.push({ code: 'conditionsRequired', field: 'conditions' });
  problems.push(...checkConditions(conditions));
  return problems;
}
