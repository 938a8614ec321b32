/**
 * "Keep improving": when the PMO wants a tighter answer than the first solve's, the optimizer
 * solves again in rounds with growing time limits, each round starting from the best selection so
 * far, and reports after each round.
 *
 * What progress means: after round r, `objective` is the best selection's value found in any
 * round (it never falls), `bound` the smallest upper bound proven in any round or by the LP
 * relaxation (it never rises), and `gap` = (bound − objective) ÷ objective — the most the best
 * selection can be below the optimum. A round blocks the calling thread for up to its limit; the
 * page stays responsive between rounds, where cancelling (`signal`) takes effect. So cancel
 * answers within one round's limit (`maxRoundMs`), and a round's work is kept when it is cancelled.
 */
import type { Highs } from 'highs';
import { findConflicts, greedySelection, indexProblem, type IIndexedProblem, type IPortfolioProblem, type IPortfolioSolution, type ISolveOptions, type SolveStatus } from '../domain/prioritization';
import { nowMs, runHighs, solveRelaxation, type IRunResult } from './highsRun';
import { buildModel, type IPortfolioModel } from './model';
import { highsRuntime } from './runtime';
import { checkedOptions, relativeGap, solutionOf, startColumns } from './solve';
import { lpGuidedStart } from './start';

/** The state after a round. */
export interface IImproveProgress {
  /** 1, 2, … */
  round: number;
  /** This round's time limit, in milliseconds. */
  roundLimitMs: number;
  /** Since `keepImproving` was called, in milliseconds. */
  elapsedMs: number;
  objective: number;
  bound: number;
  gap: number;
  /** The best selection so far (ids). */
  selected: string[];
}

/** Options of `keepImproving` (`mipGap` is the target; `timeLimitMs` the whole budget). */
export interface IImproveOptions extends ISolveOptions {
  /** First round's limit (default 4,000 ms); each next round doubles it, up to `maxRoundMs`. */
  firstRoundMs?: number;
  /** Longest round (default 16,000 ms): the longest the page waits for cancel. */
  maxRoundMs?: number;
  /** Called after each round. */
  onProgress?: (progress: IImproveProgress) => void;
  /** Cancels between rounds (an AbortSignal, or anything with `aborted`). */
  signal?: { readonly aborted: boolean };
}

function yieldToPage(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0));
}

function selectionIds(ip: IIndexedProblem, chosen: ReadonlyArray<boolean> | undefined): string[] {
  return chosen ? ip.problem.candidates.filter((_, i) => chosen[i]).map(c => c.id) : [];
}

interface IRounds {
  highs: Highs;
  ip: IIndexedProblem;
  model: IPortfolioModel;
  best: IRunResult;
}

async function rounds(state: IRounds, options: IImproveOptions, mipGap: number, deadline: number, started: number): Promise<SolveStatus> {
  const maxRound = options.maxRoundMs ?? 16000;
  let limit = Math.min(options.firstRoundMs ?? 4000, maxRound);
  for (let round = 1; ; round++) {
    if (relativeGap(state.best.objective, state.best.bound) <= mipGap) return 'optimal';
    if (options.signal?.aborted) return 'feasible';
    const left = deadline - nowMs();
    if (left <= 0) return 'timeLimit';
    const roundLimit = Math.min(limit, left);
    const starts = state.best.chosen ? [state.best.chosen] : [];
    const run = runHighs(state.highs, state.ip, state.model, { mipGap, seconds: roundLimit / 1000, starts, knownBound: state.best.bound });
    if (run.outcome === 'infeasible') return 'infeasible';
    if (run.chosen && (!state.best.chosen || run.objective > state.best.objective)) state.best = { ...state.best, chosen: run.chosen, objective: run.objective };
    state.best = { ...state.best, bound: Math.max(state.best.objective, Math.min(state.best.bound, run.bound)) };
    options.onProgress?.({
      round, roundLimitMs: roundLimit, elapsedMs: nowMs() - started, objective: state.best.objective, bound: state.best.bound,
      gap: relativeGap(state.best.objective, state.best.bound), selected: selectionIds(state.ip, state.best.chosen)
    });
    limit = Math.min(limit * 2, maxRound);
    await yieldToPage();
  }
}

/**
 * Solves in rounds until the gap is at most `options.mipGap` (default 0: proven optimal), the
 * budget `options.timeLimitMs` (default 60,000 ms) is spent, or `options.signal` cancels; see the
 * module comment for what the progress reports mean. Resolves to the best selection with status
 * 'optimal' (target gap reached), 'timeLimit' (budget spent), 'feasible' (cancelled) or
 * 'infeasible' (with its diagnosis). Rejects as `solvePortfolio` does.
 */
export async function keepImproving(problem: IPortfolioProblem, options: IImproveOptions = {}): Promise<IPortfolioSolution> {
  const { mipGap, timeLimitMs } = checkedOptions({ mipGap: options.mipGap ?? 0, timeLimitMs: options.timeLimitMs ?? 60000 });
  const ip = indexProblem(problem);
  const highs = await highsRuntime();
  const started = nowMs();
  const infeasible = (): IPortfolioSolution => solutionOf(ip, { outcome: 'infeasible', objective: 0, bound: 0 }, 'infeasible', started);
  if (findConflicts(problem).length) return infeasible();
  const model = buildModel(ip, highs.infinity);
  const lp = solveRelaxation(highs, model, timeLimitMs / 1000);
  if (lp.status === 'infeasible') return infeasible();
  const candidates = [greedySelection(problem), ...(lp.status === 'optimal' ? [lpGuidedStart(ip, model, lp)] : [])].filter(g => g.feasible);
  const first = startColumns(ip, options.starts).concat(candidates.map(g => g.chosen));
  const state: IRounds = { highs, ip, model, best: { outcome: 'interrupted', objective: 0, bound: lp.bound } };
  const seed = runHighs(highs, ip, model, { mipGap, seconds: 0.05, starts: first, knownBound: lp.bound });
  if (seed.outcome === 'infeasible') return infeasible();
  state.best = { outcome: 'interrupted', chosen: seed.chosen, objective: seed.objective, bound: seed.bound };
  const status = await rounds(state, options, mipGap, started + timeLimitMs, started);
  if (status === 'infeasible') return infeasible();
  return solutionOf(ip, state.best, state.best.chosen ? status : 'timeLimit', started);
}
