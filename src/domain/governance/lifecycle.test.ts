import {
  AGILE_STAGES, applyGateDecision, BUILT_IN_LIFECYCLES, checkLifecycle, GATE_CODES, LIFECYCLE_CODES, lifecycleOf, nextStage, STAGE_CODES, stageOf,
  type IProjectLifecycleState
} from './index';
import { PRINCE2_STAGES } from '../vocabulary';

/*
 * Sources: PRINCE2 2017 (AXELOS, "Managing Successful Projects with PRINCE2"): starting up,
 * initiation, one or more delivery (management) stages, closing, the board authorising each move, and
 * premature closure when the board stops the project. UK Government Service Manual, "Agile delivery":
 * discovery → alpha → beta → live. PRINCE2 Agile (AXELOS): delivery in releases. The gate names and
 * the per-stage roles and products are PMO Hub's, from memory of these books.
 */
const prince2 = lifecycleOf('prince2');
const agile = lifecycleOf('agile');
const hybrid = lifecycleOf('hybrid');

describe('built-in lifecycles', () => {
  it('has the three lifecycles with their stages in order, every stage ending at its own gate', () => {
    expect(Object.keys(BUILT_IN_LIFECYCLES)).toEqual([...LIFECYCLE_CODES]);
    expect(prince2.stages.map(s => s.code)).toEqual([...PRINCE2_STAGES]);
    expect(hybrid.stages.map(s => s.code)).toEqual([...PRINCE2_STAGES]);
    expect(agile.stages.map(s => s.code)).toEqual([...AGILE_STAGES]);
    for (const lifecycle of Object.values(BUILT_IN_LIFECYCLES)) {
      expect(checkLifecycle(lifecycle)).toEqual([]);
      expect(lifecycle.stages.map(s => s.order)).toEqual([1, 2, 3, 4]);
      for (const stage of lifecycle.stages) {
        expect(STAGE_CODES).toContain(stage.code);
        expect(GATE_CODES).toContain(stage.gate);
        expect(stage.purpose).toMatch(/^Methodology_[A-Z][a-z0-9]+_[A-Za-z]+_Purpose$/);
        expect(stage.roles.length).toBeGreaterThan(0);
        expect(stage.requiredProducts.length).toBeGreaterThan(0);
      }
    }
    expect(stageOf(prince2, 'Delivery')?.repeats).toBe('stage');
    expect(stageOf(hybrid, 'Delivery')?.repeats).toBe('release');
    expect(stageOf(prince2, 'Closing')?.requiredProducts).toContain('EndProjectReport');
  });

  it('checkLifecycle finds duplicate stages, missing and shared gates', () => {
    const bad = { code: 'prince2' as const, stages: [{ ...prince2.stages[0] }, { ...prince2.stages[0], order: 2, gate: undefined }] };
    expect(checkLifecycle(bad)).toEqual([{ code: 'unknownStage', field: 'stage' }, { code: 'noGate', field: 'gate' }]);
    expect(checkLifecycle({ code: 'agile', stages: [agile.stages[0], { ...agile.stages[1], gate: 'DiscoveryReview' }] })).toEqual([{ code: 'wrongGate', field: 'gate' }]);
  });
});

describe('nextStage', () => {
  it('walks PRINCE2 with three delivery stages: starting up → initiation → delivery 1, 2, 3 → closing → end', () => {
    expect(nextStage(prince2, 'StartingUp')).toEqual({ kind: 'next', position: { stage: 'Initiation' } });
    expect(nextStage(prince2, 'Initiation')).toEqual({ kind: 'next', position: { stage: 'Delivery', deliveryStageNo: 1 } });
    expect(nextStage(prince2, 'Delivery', 1, 3)).toEqual({ kind: 'next', position: { stage: 'Delivery', deliveryStageNo: 2 } });
    expect(nextStage(prince2, 'Delivery', 3, 3)).toEqual({ kind: 'next', position: { stage: 'Closing' } });
    expect(nextStage(prince2, 'Closing')).toEqual({ kind: 'end' });
  });

  it('walks the agile phases and the hybrid releases', () => {
    expect(['Discovery', 'Alpha', 'Beta'].map(s => nextStage(agile, s))).toEqual([
      { kind: 'next', position: { stage: 'Alpha' } }, { kind: 'next', position: { stage: 'Beta' } }, { kind: 'next', position: { stage: 'Live' } }
    ]);
    expect(nextStage(agile, 'Live')).toEqual({ kind: 'end' });
    expect(nextStage(hybrid, 'Delivery', 1, 2)).toEqual({ kind: 'next', position: { stage: 'Delivery', deliveryStageNo: 2 } });
  });

  it('refuses an unknown stage and a delivery number outside 1…count', () => {
    expect(nextStage(agile, 'Initiation')).toEqual({ kind: 'problem', problem: { code: 'unknownStage', field: 'stage' } });
    for (const [no, count] of [[undefined, 2], [0, 2], [3, 2], [1.5, 2], [1, 0]]) {
      expect(nextStage(prince2, 'Delivery', no, count)).toEqual({ kind: 'problem', problem: { code: 'invalidDeliveryStage', field: 'deliveryStageNo' } });
    }
  });
});

describe('applyGateDecision', () => {
  const initiation: IProjectLifecycleState = { lifecycle: 'prince2', stage: 'Initiation', status: 'Active', deliveryStageCount: 2 };

  it('only a go (or go with conditions) moves the stage', () => {
    expect(applyGateDecision(initiation, { decision: 'Go', gate: 'AuthoriseProject' })).toEqual({
      ok: true, moved: true, state: { lifecycle: 'prince2', stage: 'Delivery', deliveryStageNo: 1, deliveryStageCount: 2, status: 'Active' }
    });
    const second = applyGateDecision({ ...initiation, stage: 'Delivery', deliveryStageNo: 1 }, { decision: 'GoWithConditions' });
    expect(second).toEqual({ ok: true, moved: true, state: { ...initiation, stage: 'Delivery', deliveryStageNo: 2 } });
    const closing = applyGateDecision({ ...initiation, stage: 'Delivery', deliveryStageNo: 2 }, { decision: 'Go', gate: 'EndStage' });
    expect(closing).toEqual({ ok: true, moved: true, state: { ...initiation, stage: 'Closing' } });
  });

  it('recycle keeps the stage; stop cancels the project in its stage (premature closure)', () => {
    expect(applyGateDecision(initiation, { decision: 'Recycle' })).toEqual({ ok: true, moved: false, state: initiation });
    expect(applyGateDecision(initiation, { decision: 'Stop' })).toEqual({ ok: true, moved: false, state: { ...initiation, status: 'Cancelled' } });
  });

  it('a proposed project becomes active at its first go; the last gate closes the project', () => {
    const proposed: IProjectLifecycleState = { lifecycle: 'agile', stage: 'Discovery', status: 'Proposed' };
    expect(applyGateDecision(proposed, { decision: 'Go', gate: 'DiscoveryReview' })).toEqual({ ok: true, moved: true, state: { lifecycle: 'agile', stage: 'Alpha', status: 'Active' } });
    expect(applyGateDecision({ lifecycle: 'agile', stage: 'Live', status: 'Active' }, { decision: 'Go' })).toEqual({ ok: true, moved: false, state: { lifecycle: 'agile', stage: 'Live', status: 'Closed' } });
  });

  it('refuses decisions on closed, cancelled or on-hold projects, for another gate, or unknown ones', () => {
    for (const status of ['Closed', 'Cancelled', 'OnHold'] as const) {
      expect(applyGateDecision({ ...initiation, status }, { decision: 'Go' })).toEqual({ ok: false, problems: [{ code: 'projectNotActive', field: 'status' }] });
    }
    expect(applyGateDecision(initiation, { decision: 'Go', gate: 'EndStage' })).toEqual({ ok: false, problems: [{ code: 'wrongGate', field: 'gate' }] });
    expect(applyGateDecision(initiation, { decision: 'Passed' })).toEqual({ ok: false, problems: [{ code: 'unknownDecision', field: 'decision' }] });
    expect(applyGateDecision({ ...initiation, stage: 'Alpha' }, { decision: 'Go' })).toEqual({ ok: false, problems: [{ code: 'unknownStage', field: 'stage' }] });
    expect(applyGateDecision({ ...initiation, stage: 'Delivery', deliveryStageNo: 3 }, { decision: 'Go' })).toEqual({ ok: false, problems: [{ code: 'invalidDeliveryStage', field: 'deliveryStageNo' }] });
    expect(applyGateDecision(initiation, { decision: 'Go' }, agile)).toEqual({ ok: false, problems: [{ code: 'lifecycleMismatch', field: 'lifecycle' }, { code: 'unknownStage', field: 'stage' }] });
  });

  it('does not change the state it is given', () => {
    const state = { ...initiation };
    applyGateDecision(state, { decision: 'Stop' });
    applyGateDecision(state, { decision: 'Go' });
    expect(state).toEqual(initiation);
  });
});
