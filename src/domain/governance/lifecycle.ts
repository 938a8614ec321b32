/**
 * Lifecycles as data and the moves between their stages (pure).
 *
 * A lifecycle is an ordered list of stages; each stage ends at a gate where the board decides
 * (`GATE_DECISIONS`). Only `Go` and `GoWithConditions` move a project on; `Recycle` keeps it in its
 * stage (the gate is reviewed again); `Stop` ends the project early: PRINCE2's premature closure
 * (PRINCE2 2017, Closing a project). A stopped project gets the LifecycleStatus `Cancelled` and keeps
 * its stage, so that reports show where it stopped and the closing work (end project report, lessons,
 * handover) can still be done; `Closed` is kept for a project that passed the gate of its last stage.
 * A stage that `repeats` (PRINCE2's delivery stages, the hybrid's releases) is numbered from 1 and
 * runs `deliveryStageCount` times (the project plan's number of delivery stages) before the next one.
 */
import { isCode, type LifecycleStatus } from '../vocabulary';
import { BUILT_IN_LIFECYCLES } from './lifecycleDefinitions';
import { GATE_DECISIONS, PASSING_GATE_DECISIONS, type GateCode, type GateDecision, type IProblem, type LifecycleCode, type LifecycleRole, type StageCode } from './vocabulary';

/** A stage of a lifecycle. */
export interface IStage {
  code: StageCode;
  /** Position in the lifecycle, 1 first. */
  order: number;
  /** The gate that ends the stage (a stage without one cannot be left by a decision). */
  gate?: GateCode;
  /** The src/loc key of the stage's purpose. */
  purpose: string;
  /** Who takes part. */
  roles: ReadonlyArray<LifecycleRole>;
  /** Template keys of the products the stage must produce (the Templates library's documents). */
  requiredProducts: ReadonlyArray<string>;
  /** The stage runs several times, numbered: PRINCE2's delivery stages ('stage') or the hybrid's releases ('release'). */
  repeats?: 'stage' | 'release';
}

/** A lifecycle: its code and its stages in order. */
export interface ILifecycle {
  code: LifecycleCode;
  stages: ReadonlyArray<IStage>;
}

/** Where a project is in its lifecycle. */
export interface IStagePosition {
  stage: StageCode;
  /** The number of a repeating stage (1, 2, …); absent for the others. */
  deliveryStageNo?: number;
}

/** The built-in lifecycle of a code. */
export function lifecycleOf(code: LifecycleCode): ILifecycle {
  return BUILT_IN_LIFECYCLES[code];
}

/** The stage of a lifecycle with a code, if it has one. */
export function stageOf(lifecycle: ILifecycle, stage: StageCode | string): IStage | undefined {
  return lifecycle.stages.find(s => s.code === stage);
}

/** Why a lifecycle position or move is refused. */
export type LifecycleProblemCode =
  | 'unknownStage' | 'invalidDeliveryStage' | 'noGate' | 'wrongGate' | 'unknownDecision' | 'projectNotActive' | 'lifecycleMismatch';
/** A lifecycle problem, naming the field. */
export type ILifecycleProblem = IProblem<LifecycleProblemCode, 'lifecycle' | 'stage' | 'deliveryStageNo' | 'gate' | 'decision' | 'status'>;

/** Where a "go" at the end of a stage leads: the next position, or the end of the lifecycle. */
export type NextStageResult = { kind: 'next'; position: IStagePosition } | { kind: 'end' } | { kind: 'problem'; problem: ILifecycleProblem };

function isStageNo(n: number | undefined, count: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= count;
}

function ordered(lifecycle: ILifecycle): IStage[] {
  return [...lifecycle.stages].sort((a, b) => a.order - b.order);
}

/**
 * The position after passing the gate of `stage`: the same repeating stage with the next number while
 * `deliveryStageNo` < `deliveryStageCount` (default 1), else the next stage by order (number 1 when it
 * repeats), else `end`. Problems: `unknownStage`; `invalidDeliveryStage` for a repeating stage whose
 * number is not 1…count (or a count below 1).
 */
export function nextStage(lifecycle: ILifecycle, stage: StageCode | string, deliveryStageNo?: number, deliveryStageCount: number = 1): NextStageResult {
  const stages = ordered(lifecycle);
  const index = stages.findIndex(s => s.code === stage);
  if (index < 0) return { kind: 'problem', problem: { code: 'unknownStage', field: 'stage' } };
  const current = stages[index];
  if (current.repeats) {
    if (!Number.isInteger(deliveryStageCount) || deliveryStageCount < 1 || !isStageNo(deliveryStageNo, deliveryStageCount)) {
      return { kind: 'problem', problem: { code: 'invalidDeliveryStage', field: 'deliveryStageNo' } };
    }
    if (deliveryStageNo < deliveryStageCount) return { kind: 'next', position: { stage: current.code, deliveryStageNo: deliveryStageNo + 1 } };
  }
  const following = stages[index + 1];
  if (!following) return { kind: 'end' };
  return { kind: 'next', position: following.repeats ? { stage: following.code, deliveryStageNo: 1 } : { stage: following.code } };
}

/** A project's place in its lifecycle, as the gate flow reads and writes it. */
export interface IProjectLifecycleState extends IStagePosition {
  lifecycle: LifecycleCode;
  /** How many delivery stages (or releases) the plan has; default 1. */
  deliveryStageCount?: number;
  status: LifecycleStatus;
}

/** A board decision at a gate. */
export interface IGateDecisionRecord {
  decision: GateDecision | string;
  /** The gate decided on; when given it must be the gate of the project's stage. */
  gate?: GateCode;
}

/** The outcome of a decision: the new state and whether the stage moved, or the problems. */
export type GateDecisionOutcome = { ok: true; state: IProjectLifecycleState; moved: boolean } | { ok: false; problems: ILifecycleProblem[] };

const DECIDABLE: ReadonlyArray<LifecycleStatus> = ['Proposed', 'Active'];

function checkState(state: IProjectLifecycleState, lifecycle: ILifecycle, decision: IGateDecisionRecord): ILifecycleProblem[] {
  const problems: ILifecycleProblem[] = [];
  if (lifecycle.code !== state.lifecycle) problems.push({ code: 'lifecycleMismatch', field: 'lifecycle' });
  if (!isCode(DECIDABLE, state.status)) problems.push({ code: 'projectNotActive', field: 'status' });
  if (!isCode(GATE_DECISIONS, decision.decision)) problems.push({ code: 'unknownDecision', field: 'decision' });
  const stage = stageOf(lifecycle, state.stage);
  if (!stage) problems.push({ code: 'unknownStage', field: 'stage' });
  else if (!stage.gate) problems.push({ code: 'noGate', field: 'gate' });
  else if (decision.gate !== undefined && decision.gate !== stage.gate) problems.push({ code: 'wrongGate', field: 'gate' });
  if (stage?.repeats && !isStageNo(state.deliveryStageNo, state.deliveryStageCount ?? 1)) problems.push({ code: 'invalidDeliveryStage', field: 'deliveryStageNo' });
  return problems;
}

/**
 * Applies a board decision at the gate of the project's current stage (a new object; the input is not
 * changed). `Go` / `GoWithConditions`: the next stage (`nextStage`) with status Active (a Proposed
 * project becomes Active at its first go), or, after the last stage's gate, status `Closed` in that
 * stage. `Recycle`: the state unchanged. `Stop`: status `Cancelled`, stage kept (premature closure).
 * Problems: the lifecycle is not the project's, the project is not Proposed or Active (on hold,
 * closed, cancelled), an unknown decision or stage, a stage without a gate, a decision for another
 * gate, an invalid delivery stage number. `lifecycle` defaults to the built-in one of the state's code.
 */
export function applyGateDecision(state: IProjectLifecycleState, decision: IGateDecisionRecord, lifecycle: ILifecycle = lifecycleOf(state.lifecycle)): GateDecisionOutcome {
  const problems = checkState(state, lifecycle, decision);
  if (problems.length > 0) return { ok: false, problems };
  if (decision.decision === 'Recycle') return { ok: true, state: { ...state }, moved: false };
  if (decision.decision === 'Stop') return { ok: true, state: { ...state, status: 'Cancelled' }, moved: false };
  if (!isCode(PASSING_GATE_DECISIONS, decision.decision)) return { ok: false, problems: [{ code: 'unknownDecision', field: 'decision' }] };
  const next = nextStage(lifecycle, state.stage, state.deliveryStageNo, state.deliveryStageCount ?? 1);
  if (next.kind === 'problem') return { ok: false, problems: [next.problem] };
  if (next.kind === 'end') return { ok: true, state: { ...state, status: 'Closed' }, moved: false };
  const { deliveryStageNo: _previousNo, ...rest } = state; // eslint-disable-line @typescript-eslint/no-unused-vars -- dropped: the next stage may not repeat
  return { ok: true, state: { ...rest, ...next.position, status: 'Active' }, moved: true };
}

/**
 * The problems of a lifecycle definition (e.g. one a PMO configured): `unknownStage` for an empty
 * lifecycle or duplicate stage codes, `noGate` for a stage without a gate, `wrongGate` for a gate
 * that ends two stages.
 */
export function checkLifecycle(lifecycle: ILifecycle): ILifecycleProblem[] {
  const problems: ILifecycleProblem[] = [];
  const codes = lifecycle.stages.map(s => s.code);
  if (codes.length === 0 || new Set(codes).size !== codes.length) problems.push({ code: 'unknownStage', field: 'stage' });
  const gates = lifecycle.stages.map(s => s.gate);
  if (gates.some(g => g === undefined)) problems.push({ code: 'noGate', field: 'gate' });
  const defined = gates.filter((g): g is GateCode => g !== undefined);
  if (new Set(defined).size !== defined.length) problems.push({ code: 'wrongGate', field: 'gate' });
  return problems;
}
