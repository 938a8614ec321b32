/**
 * The efficient frontier: the optimal value at budget levels around the current budgets (50 % to
 * 150 % by default, 11 points), each point with its selection, so the PMO sees what more or less
 * money buys. The solver is passed in (the optimizer is a lazy chunk; the domain imports nothing).
 */
import type { IPortfolioProblem, IPortfolioSolution, ISolveOptions } from './problem';

/** `solvePortfolio` or anything of its signature. */
export type PortfolioSolver = (problem: IPortfolioProblem, options?: ISolveOptions) => Promise<IPortfolioSolution>;

/** One point of the frontier. */
export interface IFrontierPoint {
  /** Budget level: 1 is the current budgets. */
  level: number;
  /** The budget rows' capacities at this level (in the order of `budgetRows`). */
  budgets: number[];
  /**
   * The problem solved at this level (the budget rows scaled): the one its selection is analysed
   * against, so "left out, and why" names this point's budgets, not the 100 % ones.
   */
  problem: IPortfolioProblem;
  /** The solve at this level (its own status and gap; its `selected` loads the point). */
  solution: IPortfolioSolution;
}

/** Options of `efficientFrontier`. */
export interface IFrontierOptions {
  /** Budget levels (default `frontierLevels()`: 0.5, 0.6, … 1.5). */
  levels?: ReadonlyArray<number>;
  /** Relative gap per point (default the solver's). */
  mipGap?: number;
  /** Time limit per point, in milliseconds (default 850: 11 points within 10 s). */
  pointTimeLimitMs?: number;
  /** Called after each point, in the order solved (ascending levels). */
  onPoint?: (point: IFrontierPoint, done: number, total: number) => void;
  /** Stops after the current point when true. */
  shouldStop?: () => boolean;
}

/** `points` levels evenly from `from` to `to` (defaults 0.5 … 1.5, 11 points), rounded to 1e-9. */
export function frontierLevels(from: number = 0.5, to: number = 1.5, points: number = 11): number[] {
  if (points < 2) return [from];
  return Array.from({ length: points }, (_, i) => Math.round((from + ((to - from) * i) / (points - 1)) * 1e9) / 1e9);
}

/** The problem with the budget rows scaled to `level` (other rows unchanged). */
export function problemAtLevel(problem: IPortfolioProblem, budgetRows: ReadonlyArray<number>, level: number): IPortfolioProblem {
  const rows = new Set(budgetRows);
  return { ...problem, capacities: problem.capacities.map((c, k) => (rows.has(k) ? c * level : c)) };
}

/**
 * Solves the problem at each budget level, ascending. `budgetRows` are the indexes of
 * `problem.capacities` that are budgets (for a built problem: the rows labelled 'budget'). Each
 * point starts from the previous point's selection (still feasible with more budget), so the
 * frontier's values do not fall as the budget grows unless a point's time limit cut it short;
 * every point reports its own status and gap. Rejects as the solver does.
 */
export async function efficientFrontier(problem: IPortfolioProblem, budgetRows: ReadonlyArray<number>, solve: PortfolioSolver, options: IFrontierOptions = {}): Promise<IFrontierPoint[]> {
  const levels = [...(options.levels ?? frontierLevels())].sort((a, b) => a - b);
  const points: IFrontierPoint[] = [];
  let previous: string[] | undefined;
  for (const level of levels) {
    if (options.shouldStop?.()) break;
    const scaled = problemAtLevel(problem, budgetRows, level);
    const solution = await solve(scaled, {
      ...(options.mipGap !== undefined ? { mipGap: options.mipGap } : {}),
      timeLimitMs: options.pointTimeLimitMs ?? 850,
      ...(previous ? { starts: [previous] } : {})
    });
    if (solution.status !== 'infeasible') previous = solution.selected;
    const point: IFrontierPoint = { level, budgets: budgetRows.map(k => scaled.capacities[k]), problem: scaled, solution };
    points.push(point);
    options.onPoint?.(point, points.length, levels.length);
  }
  return points;
}
