/**
 * `solvePortfolio()`: the portfolio that maximises total value within the constraints, solved by
 * HiGHS (WebAssembly), with its proven gap.
 */
import type { Highs } from 'highs';
import {
  explainInfeasible, findConflicts, greedySelection, indexProblem, PortfolioProblemError,
  type IIndexedProblem, type IPortfolioProblem, type IPortfolioSolution, type ISolveOptions, type SolveStatus
} from '../domain/prioritization';
import { nowMs, runHighs, solveRelaxation, type IRunResult } from './highsRun';
import { lpGuidedStart } from './start';
import { buildModel } from './model';
import { highsRuntime } from './runtime';

/** Default relative gap (0.1 %). */
export const DEFAULT_MIP_GAP: number = 0.001;
/** Default time limit of a call, in milliseconds. */
export const DEFAULT_TIME_LIMIT_MS: number = 2000;

/** Milliseconds of the call's limit not given to the solver (its overrun, reading the result). */
const SOLVER_MARGIN_MS: number = 40;

/** (bound − objective) ÷ |objective|; 0 when both are 0, Infinity when only the objective is. */
export function relativeGap(objective: number, bound: number): number {
  const diff = Math.max(0, bound - objective);
  if (diff === 0) return 0;
  return objective === 0 ? Infinity : diff / Math.abs(objective);
}

/** Checks the options; throws `PortfolioProblemError` for a negative gap or a limit that is not a positive number. */
export function checkedOptions(options: ISolveOptions | undefined): { mipGap: number; timeLimitMs: number } {
  const mipGap = options?.mipGap ?? DEFAULT_MIP_GAP;
  const timeLimitMs = options?.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  if (!(mipGap >= 0) || !isFinite(mipGap)) throw new PortfolioProblemError(`mipGap must be a finite number of 0 or more (got ${mipGap}).`);
  if (!(timeLimitMs > 0)) throw new PortfolioProblemError(`timeLimitMs must be a positive number (got ${timeLimitMs}).`);
  return { mipGap, timeLimitMs };
}

/** Selections (by id) as column flags; unknown ids throw `PortfolioProblemError`. */
export function startColumns(ip: IIndexedProblem, starts: ReadonlyArray<ReadonlyArray<string>> | undefined): boolean[][] {
  return (starts ?? []).map(ids => {
    const chosen = new Array<boolean>(ip.problem.candidates.length).fill(false);
    for (const id of ids) {
      const i = ip.index.get(id);
      if (i === undefined) throw new PortfolioProblemError(`A start names an unknown candidate ('${id}').`);
      chosen[i] = true;
    }
    return chosen;
  });
}

/** The public result of a run. */
export function solutionOf(ip: IIndexedProblem, run: IRunResult, status: SolveStatus, started: number): IPortfolioSolution {
  if (status === 'infeasible') {
    return { status, selected: [], objective: 0, bound: 0, gap: 0, ms: nowMs() - started, diagnosis: explainInfeasible(ip.problem) };
  }
  const chosen = run.chosen;
  return {
    status,
    selected: chosen ? ip.problem.candidates.filter((_, i) => chosen[i]).map(c => c.id) : [],
    objective: run.objective,
    bound: run.bound,
    gap: relativeGap(run.objective, run.bound),
    ms: nowMs() - started
  };
}

/** The public status of a run's outcome. */
export function statusOf(run: IRunResult): SolveStatus {
  if (run.outcome === 'infeasible') return 'infeasible';
  if (!run.chosen) return 'timeLimit';
  if (run.outcome === 'optimal') return 'optimal';
  return run.outcome === 'timeLimit' ? 'timeLimit' : 'feasible';
}

/** Solves with an already loaded runtime (the bench and `keepImproving` share one). */
export function solveWith(highs: Highs, problem: IPortfolioProblem, options?: ISolveOptions, started: number = nowMs()): IPortfolioSolution {
  const { mipGap, timeLimitMs } = checkedOptions(options);
  const ip = indexProblem(problem);
  if (findConflicts(problem).length) return solutionOf(ip, { outcome: 'infeasible', objective: 0, bound: 0 }, 'infeasible', started);
  const model = buildModel(ip, highs.infinity);
  // HiGHS checks its clock between steps and may pass its limit by a few tens of ms: keep a margin.
  const seconds = (): number => (timeLimitMs - SOLVER_MARGIN_MS - (nowMs() - started)) / 1000;
  const lp = solveRelaxation(highs, model, seconds());
  if (lp.status === 'infeasible') return solutionOf(ip, { outcome: 'infeasible', objective: 0, bound: 0 }, 'infeasible', started);
  const starts = [greedySelection(problem).chosen, ...(lp.status === 'optimal' ? [lpGuidedStart(ip, model, lp).chosen] : []), ...startColumns(ip, options?.starts)];
  const run = runHighs(highs, ip, model, { mipGap, seconds: seconds(), starts, knownBound: lp.bound });
  return solutionOf(ip, run, statusOf(run), started);
}

/**
 * The selection of candidates that maximises Σ value within the capacities, the minimums (an
 * optional extension), force in/out, dependencies and exclusions — issue 10's public API.
 *
 * `options.mipGap` (default 0.001) lets the solver stop once (bound − objective) ÷ objective is at
 * most that; 0 asks for proven optimality. `options.timeLimitMs` (default 2,000) bounds the whole
 * call, model build included (the WebAssembly runtime's first load, about a tenth of a second in
 * Node, is not counted). The solver starts from the greedy selection (`greedySelection`), so a
 * feasible problem always gets a selection at least as good as the greedy one.
 *
 * Resolves to `{ status, selected, objective, bound, gap, ms }` (see `IPortfolioSolution`); an
 * infeasible problem resolves with status 'infeasible' and a `diagnosis` naming the conflicting
 * constraints, never with an empty result alone. Rejects with `PortfolioProblemError` for a
 * malformed problem or options, and with an Error when the solver itself fails.
 *
 * The solve runs on the calling thread: it blocks it for up to the time limit.
 */
export async function solvePortfolio(problem: IPortfolioProblem, options?: ISolveOptions): Promise<IPortfolioSolution> {
  checkedOptions(options);
  indexProblem(problem);
  const highs = await highsRuntime();
  return solveWith(highs, problem, options);
}
