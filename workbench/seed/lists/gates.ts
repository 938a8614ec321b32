/**
 * Lifecycle gates: Gates, their compliance checklists (GateChecklistItems: quality, ISO 27001, NIS2,
 * public procurement, governance) and the reviews of each project at the gates it has reached.
 */
import { GateChecklistItemsList, GateReviewsList, GatesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { workday } from '../dates';
import { ref, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import type { ChecklistCategory } from '../../../src/domain/governance/vocabulary';
import { ALL_GATES, MORE_CHECKLIST, MORE_TEXTS_FROM, type IMoreChecklistDef } from '../governance';
import { LIFECYCLE_GATE_TEXTS, MORE_CHECKLIST_TEXTS, type LifecycleGateCode } from '../governanceTexts';
import { CHECKLIST } from '../reference';
import { CHECKLIST_TEXTS, GATE_TEXTS, type TitleAndText } from '../referenceTexts';
import { row } from '../rows';
import { REF_DAY } from '../shared';
import type { Lang } from '../text';
import type { IChecklistItem, IProjectScope } from './scope';

const G = GatesList.fields;
const C = GateChecklistItemsList.fields;
const checklistCategory = choiceCodes(GateChecklistItemsList.choices.ChecklistCategory);
const gateDecision = choiceCodes(GateReviewsList.choices.GateDecision);

/** The row of the gate with a code (any lifecycle's). @throws Error for an unknown code (a programming error). */
export function gateIndex(code: string): number {
  const i = ALL_GATES.findIndex(g => g.code === code);
  if (i < 0) throw new Error(`No gate ${code}`);
  return i;
}

/** A gate's title and summary in `lang`. */
export function gateText(lang: Lang, code: string): TitleAndText {
  const prince2 = GATE_TEXTS[lang] as Readonly<Record<string, TitleAndText>>;
  return prince2[code] ?? LIFECYCLE_GATE_TEXTS[lang][code as LifecycleGateCode];
}

/** The rows of Gates (PRINCE2's G0–G4, then the hybrid and agile gates), titled and described in `lang`. */
export function gateRows(lang: Lang): ISeedRow[] {
  return ALL_GATES.map(g => {
    const [title, summary] = gateText(lang, g.code);
    return row(GatesList, {
      [G.Title]: title, [G.Code]: g.code, [G.GateOrder]: g.order, [G.Prince2Stage]: g.prince2Stage ?? null, [G.Summary]: summary, [G.IsActive]: true,
      [G.Lifecycle]: g.lifecycle, [G.StageCode]: g.stage
    });
  });
}

/** Checklist items, and each gate's items by their rows. */
export interface IChecklist {
  rows: ISeedRow[];
  byGate: Map<string, IChecklistItem[]>;
}

/** Every checklist item in row order: the PRINCE2 checklist of reference.ts, then the items of schema 7 (governance.ts). */
export const CHECKLIST_DEFS: ReadonlyArray<IMoreChecklistDef> = [...CHECKLIST.map((c, i) => ({ ...c, category: c.category as ChecklistCategory, text: i })), ...MORE_CHECKLIST];

/** Title and guidance of a checklist text (`IMoreChecklistDef.text`) in `lang`. */
export function checklistText(lang: Lang, text: number): TitleAndText {
  return text < MORE_TEXTS_FROM ? CHECKLIST_TEXTS[lang][text] : MORE_CHECKLIST_TEXTS[lang][text - MORE_TEXTS_FROM];
}

/**
 * The rows of GateChecklistItems, titled and explained in `lang`: the PRINCE2 checklist of reference.ts,
 * then the items of schema 7 (governance.ts) on every lifecycle's gates.
 */
export function checklistRows(lang: Lang): IChecklist {
  const byGate = new Map<string, IChecklistItem[]>();
  const rows = CHECKLIST_DEFS.map((c, i) => {
    const [title, guidance] = checklistText(lang, c.text);
    byGate.set(c.gate, [...(byGate.get(c.gate) ?? []), { idx: i, mandatory: c.mandatory, title, category: c.category }]);
    return row(GateChecklistItemsList, {
      [C.Title]: title, [C.Gate]: ref(GatesList, gateIndex(c.gate)), [C.ChecklistCategory]: checklistCategory(c.category), [C.Mandatory]: c.mandatory,
      [C.SortOrder]: (i + 1) * 10, [C.Guidance]: guidance
    });
  });
  return { rows, byGate };
}

/** The gates a project has reached. */
function reachedGates(p: IProjectScope): string[] {
  const { s } = p;
  const reached: string[] = s.lifecycle === 'Proposed' ? ['G0'] : s.stage === 'Initiation' ? ['G0', 'G1'] : s.stage === 'Delivery' ? ['G0', 'G1', 'G2'] : ['G0', 'G1', 'G2', 'G3', 'G4'];
  if (s.stage === 'Delivery' && s.lifecycle === 'Active' && s.reports.length > 0 && s.reports[s.reports.length - 1].ev / s.budget > 0.8) reached.push('G3');
  return reached;
}

/** The decision at a gate reviewed on `day`; the last gate reached reflects the project's status. */
function decisionAt(rng: Rng, p: IProjectScope, day: number, lastGate: boolean): string {
  const { s } = p;
  if (day >= REF_DAY) return gateDecision('Pending');
  if (lastGate && s.lifecycle === 'Cancelled') return gateDecision('Failed');
  if (lastGate && s.lifecycle === 'OnHold') return gateDecision('Deferred');
  if (lastGate && s.lifecycle === 'Active' && s.stage !== 'Closing' && rng.chance(0.3)) return gateDecision('Pending');
  return rng.weighted(gateDecision.weights([['Passed', 7], ['PassedWithConditions', 2], ['Failed', 1]]));
}

/**
 * A review of a project at a PRINCE2 gate as the project's history draws it: the gate (G0–G4), the
 * board's day, the decision in the schema-6 codes (Pending, Passed, PassedWithConditions, Failed,
 * Deferred), the mandatory item that was not met, and the reviewers (sponsor, a board member, a PMO
 * officer). The gate flow (gateFlow.ts) turns plans into schema 7's records.
 */
export interface IReviewPlan {
  gate: string;
  day: number;
  decision: string;
  unmet?: IChecklistItem;
  reviewers: string[];
}

/** Reviews of a project at the gates it has reached: a failed gate (unless it ended the project) passes at a second review three weeks later. */
export function gateReviewPlans(rng: Rng, p: IProjectScope, checklistOfGate: Map<string, IChecklistItem[]>): IReviewPlan[] {
  const { s, startDay, span, lastDay } = p;
  const reached = reachedGates(p);
  const gateDay: Record<string, number> = { G0: startDay - 14, G1: startDay + Math.round(span * 0.1), G2: startDay + Math.round(span * 0.35), G3: startDay + Math.round(span * 0.85), G4: Math.min(lastDay, REF_DAY - 1) };
  const plans: IReviewPlan[] = [];
  reached.forEach((g, gi) => {
    const lastGate = gi === reached.length - 1;
    const day = workday(Math.min(gateDay[g], lastGate ? REF_DAY + 30 : REF_DAY - 1));
    let decision = decisionAt(rng, p, day, lastGate);
    // The unmet item is drawn among the gate's items of schema 6 (the demo's earlier draws stay the same).
    const items = (checklistOfGate.get(g) ?? []).filter(x => x.idx < CHECKLIST.length);
    if (decision === gateDecision('Failed') && !(lastGate && s.lifecycle === 'Cancelled')) {
      plans.push(reviewPlan(rng, p, g, items, workday(day - 21), decision));
      decision = gateDecision('Passed');
    }
    plans.push(reviewPlan(rng, p, g, items, day, decision));
  });
  return plans;
}

/** One review's plan (draws the unmet item unless passed, and the reviewers). */
function reviewPlan(rng: Rng, p: IProjectScope, g: string, items: IChecklistItem[], day: number, decision: string): IReviewPlan {
  const { s } = p;
  const unmet = decision === gateDecision('PassedWithConditions') || decision === gateDecision('Failed') || decision === gateDecision('Deferred') ? rng.pick(items.filter(x => x.mandatory)) : undefined;
  const reviewers = [s.sponsor.userPrincipalName, ...rng.sample(p.board.filter(u => u !== s.sponsor), 1).map(u => u.userPrincipalName), rng.pick(p.officers).userPrincipalName];
  return { gate: g, day, decision, unmet, reviewers };
}
