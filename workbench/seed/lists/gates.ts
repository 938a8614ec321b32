/**
 * Lifecycle gates: Gates, their compliance checklists (GateChecklistItems: quality, ISO 27001, NIS2,
 * public procurement, governance) and the reviews of each project at the gates it has reached.
 */
import { GateChecklistItemsList, GateReviewsList, GatesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { workday } from '../dates';
import { jsonRef, ref, users, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { CHECKLIST, GATES } from '../reference';
import { CHECKLIST_TEXTS, GATE_CONDITIONS, GATE_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import { REF_DAY, iso } from '../shared';
import type { Lang } from '../text';
import type { IChecklistItem, IProjectScope } from './scope';

const G = GatesList.fields;
const C = GateChecklistItemsList.fields;
const V = GateReviewsList.fields;
const checklistCategory = choiceCodes(GateChecklistItemsList.choices.ChecklistCategory);
const gateDecision = choiceCodes(GateReviewsList.choices.GateDecision);

/** The row of the gate with a code. @throws Error for an unknown code (a programming error). */
export function gateIndex(code: string): number {
  const i = GATES.findIndex(g => g.code === code);
  if (i < 0) throw new Error(`No gate ${code}`);
  return i;
}

/** The rows of Gates, titled and described in `lang`. */
export function gateRows(lang: Lang): ISeedRow[] {
  return GATES.map(g => {
    const [title, summary] = GATE_TEXTS[lang][g.code];
    return row(GatesList, { [G.Title]: title, [G.Code]: g.code, [G.GateOrder]: g.order, [G.Prince2Stage]: g.stage, [G.Summary]: summary, [G.IsActive]: true });
  });
}

/** Checklist items, and each gate's items by their rows. */
export interface IChecklist {
  rows: ISeedRow[];
  byGate: Map<string, IChecklistItem[]>;
}

/** The rows of GateChecklistItems, titled and explained in `lang`. */
export function checklistRows(lang: Lang): IChecklist {
  const byGate = new Map<string, IChecklistItem[]>();
  const rows = CHECKLIST.map((c, i) => {
    const [title, guidance] = CHECKLIST_TEXTS[lang][i];
    byGate.set(c.gate, [...(byGate.get(c.gate) ?? []), { idx: i, mandatory: c.mandatory, title }]);
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

/** Reviews of a project at the gates it has reached: a failed gate (unless it ended the project) passes at a second review three weeks later. */
export function gateReviewRows(rng: Rng, p: IProjectScope, checklistOfGate: Map<string, IChecklistItem[]>): ISeedRow[] {
  const { s, startDay, span, lastDay } = p;
  const reached = reachedGates(p);
  const gateDay: Record<string, number> = { G0: startDay - 14, G1: startDay + Math.round(span * 0.1), G2: startDay + Math.round(span * 0.35), G3: startDay + Math.round(span * 0.85), G4: Math.min(lastDay, REF_DAY - 1) };
  const rows: ISeedRow[] = [];
  reached.forEach((g, gi) => {
    const lastGate = gi === reached.length - 1;
    const day = workday(Math.min(gateDay[g], lastGate ? REF_DAY + 30 : REF_DAY - 1));
    let decision = decisionAt(rng, p, day, lastGate);
    const items = checklistOfGate.get(g) ?? [];
    if (decision === gateDecision('Failed') && !(lastGate && s.lifecycle === 'Cancelled')) {
      rows.push(gateReview(rng, p, g, items, workday(day - 21), decision));
      decision = gateDecision('Passed');
    }
    rows.push(gateReview(rng, p, g, items, day, decision));
  });
  return rows;
}

/** One review of a project at a gate, with its checklist results (an unmet mandatory item unless passed). */
function gateReview(rng: Rng, p: IProjectScope, g: string, items: IChecklistItem[], when: number, dec: string): ISeedRow {
  const { s } = p;
  const conditional = dec === gateDecision('PassedWithConditions');
  const failed = dec === gateDecision('Failed');
  const unmet = conditional || failed || dec === gateDecision('Deferred') ? rng.pick(items.filter(x => x.mandatory)) : undefined;
  return row(GateReviewsList, {
    [V.Title]: `${g} – ${p.short}`, [V.Project]: p.project, [V.Gate]: ref(GatesList, gateIndex(g)), [V.ReviewDate]: iso(when), [V.GateDecision]: dec,
    [V.Reviewers]: users([s.sponsor.userPrincipalName, ...rng.sample(p.board.filter(u => u !== s.sponsor), 1).map(u => u.userPrincipalName), rng.pick(p.officers).userPrincipalName]),
    [V.ChecklistResultJson]: { json: dec === gateDecision('Pending') ? items.map(x => ({ item: jsonRef(GateChecklistItemsList, x.idx), met: null })) : items.map(x => ({ item: jsonRef(GateChecklistItemsList, x.idx), met: x !== unmet })) },
    [V.Conditions]: conditional ? GATE_CONDITIONS[p.lang].close(unmet?.title ?? '') : failed ? GATE_CONDITIONS[p.lang].notMet(unmet?.title ?? '') : null
  });
}
