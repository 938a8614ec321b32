/**
 * HiGHS on a portfolio model: the LP relaxation (bound, values and duals for the start), and one
 * MIP run (options, warm start, the solver's outcome read back: status, incumbent, proven dual
 * bound). `solvePortfolio` and `keepImproving` are built on it.
 */
import type { Highs, Model, ModelData } from 'highs';
import { isFeasibleSelection, selectionValue, type IIndexedProblem } from '../domain/prioritization';
import type { IPortfolioModel } from './model';

/** How one run ended, before it becomes a public status. */
export type RunOutcome = 'optimal' | 'infeasible' | 'timeLimit' | 'interrupted';

/** The outcome of one run. */
export interface IRunResult {
  outcome: RunOutcome;
  /** The best feasible selection known after the run (the solver's, or the best start); undefined when none. */
  chosen?: boolean[];
  objective: number;
  /** Proven upper bound on the optimum (the MIP dual bound, else the LP relaxation's value; Infinity when neither is known). */
  bound: number;
}

/** Settings of one run. */
export interface IRunSettings {
  mipGap: number;
  /** Seconds the solver may take. */
  seconds: number;
  /** Feasible selections handed to the solver (the best one becomes its first incumbent). */
  starts: ReadonlyArray<ReadonlyArray<boolean>>;
  /** A proven upper bound known beforehand (the LP relaxation's); the result's bound is at most this. */
  knownBound: number;
  /** Asked between the solver's MIP steps; true stops the run (status 'interrupted'). */
  shouldStop?: () => boolean;
}

/** Monotonic milliseconds (performance.now where there is one). */
export function nowMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function modelData(highs: Highs, m: IPortfolioModel): ModelData {
  return {
    numCols: m.numCols,
    numRows: m.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower,
    rowUpper: m.rowUpper,
    matrix: { format: 'csr', numRows: m.numRows, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
    integrality: new Int32Array(m.numCols).fill(highs.constants.variableType.integer)
  };
}

function bestStart(ip: IIndexedProblem, starts: ReadonlyArray<ReadonlyArray<boolean>>): { chosen?: boolean[]; objective: number } {
  let best: { chosen?: boolean[]; objective: number } = { objective: -Infinity };
  for (const s of starts) {
    if (!isFeasibleSelection(ip, s)) continue;
    const v = selectionValue(ip.problem, s);
    if (v > best.objective) best = { chosen: s.slice(), objective: v };
  }
  return best;
}

function outcomeOf(highs: Highs, status: number): RunOutcome {
  const s = highs.constants.modelStatus;
  if (status === s.optimal) return 'optimal';
  if (status === s.infeasible || status === s.unboundedOrInfeasible) return 'infeasible';
  if (status === s.timeLimit) return 'timeLimit';
  if (status === s.interrupted || status === s.iterationLimit || status === s.solutionLimit || status === s.objectiveBound || status === s.objectiveTarget) return 'interrupted';
  throw new Error(`The optimizer stopped with HiGHS model status ${status}.`);
}

/** The LP relaxation: its optimum (an upper bound on the MIP's), its values and row duals. */
export interface IRelaxation {
  /** 'infeasible' proves the MIP infeasible too; 'unknown' when it did not finish in time. */
  status: 'optimal' | 'infeasible' | 'unknown';
  bound: number;
  colValue?: Float64Array;
  rowDual?: Float64Array;
}

/** Solves the LP relaxation (x in [0, 1]) within `seconds`. */
export function solveRelaxation(highs: Highs, m: IPortfolioModel, seconds: number): IRelaxation {
  if (m.numCols === 0) return { status: 'optimal', bound: 0, colValue: new Float64Array(0), rowDual: new Float64Array(m.numRows) };
  const data = modelData(highs, m);
  const model = highs.createModel({ ...data, integrality: undefined });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(seconds, 0.05) });
    model.run();
    const status = model.getModelStatus();
    const s = highs.constants.modelStatus;
    if (status === s.infeasible || status === s.unboundedOrInfeasible) return { status: 'infeasible', bound: -Infinity };
    if (status !== s.optimal) return { status: 'unknown', bound: Infinity };
    const solution = model.getSolution();
    return { status: 'optimal', bound: model.getObjectiveValue(), colValue: solution.colValue, rowDual: solution.rowDual };
  } finally {
    model.dispose();
  }
}

function solverSelection(highs: Highs, model: Model, ip: IIndexedProblem): boolean[] | undefined {
  if (Number(model.info.get('primal_solution_status')) !== highs.constants.solutionStatus.feasible) return undefined;
  const chosen = Array.from(model.getSolution().colValue, v => v > 0.5);
  return isFeasibleSelection(ip, chosen) ? chosen : undefined;
}

/**
 * Runs HiGHS once on the model of `ip`. The model is disposed before returning. Throws an Error
 * when HiGHS fails (a load or solve error, not an optimization outcome).
 */
export function runHighs(highs: Highs, ip: IIndexedProblem, m: IPortfolioModel, settings: IRunSettings): IRunResult {
  // No candidates: the conflicts were checked before, so the empty selection is the optimum.
  if (m.numCols === 0) return { outcome: 'optimal', chosen: [], objective: 0, bound: 0 };
  const model = highs.createModel(modelData(highs, m));
  try {
    model.options.set({ output_flag: false, mip_rel_gap: settings.mipGap, time_limit: Math.max(settings.seconds, 0.05), random_seed: 0 });
    const start = bestStart(ip, settings.starts);
    if (start.chosen) model.setSolution({ colValue: Float64Array.from(start.chosen, x => (x ? 1 : 0)) });
    const stop = settings.shouldStop;
    model.run(stop ? { [highs.constants.callbackType.mipInterrupt]: e => { if (stop()) e.interrupt(); } } : undefined);
    const outcome = outcomeOf(highs, model.getModelStatus());
    if (outcome === 'infeasible') return { outcome, objective: 0, bound: -Infinity };
    const own = solverSelection(highs, model, ip);
    const ownValue = own ? selectionValue(ip.problem, own) : -Infinity;
    const best = own && ownValue >= start.objective ? { chosen: own, objective: ownValue } : start;
    const dual = Number(model.info.get('mip_dual_bound'));
    let bound = Math.min(isFinite(dual) ? dual : Infinity, settings.knownBound);
    const objective = best.chosen ? best.objective : 0;
    if (outcome === 'optimal' && best.chosen && bound - objective <= 1e-9 * Math.max(1, Math.abs(objective))) bound = objective;
    return { outcome, chosen: best.chosen, objective, bound: Math.max(bound, objective) };
  } finally {
    model.dispose();
  }
}
