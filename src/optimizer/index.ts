/**
 * The portfolio optimizer (HiGHS, WebAssembly): issue 10's public API `solvePortfolio`, the
 * "keep improving" rounds, and the efficient frontier. This module is never in a web part's
 * initial bundle: load it through `loadOptimizer()` (./load), which puts it in the `optimizer`
 * chunk. The pure parts (problem builder, diagnosis, post-analysis, greedy) are in
 * src/domain/prioritization and need no chunk.
 */
import { efficientFrontier, type IFrontierOptions, type IFrontierPoint, type IPortfolioProblem } from '../domain/prioritization';
import { solvePortfolio } from './solve';

export { solvePortfolio, DEFAULT_MIP_GAP, DEFAULT_TIME_LIMIT_MS, relativeGap } from './solve';
export { keepImproving, type IImproveOptions, type IImproveProgress } from './improve';
export {
  analyseSelection, explainInfeasible, PortfolioProblemError,
  type ExclusionReason, type IInfeasibility, type InfeasibilityReason, type IPortfolioCandidate, type IPortfolioProblem,
  type IPortfolioSolution, type ISelectionAnalysis, type ISolveOptions, type SolveStatus
} from '../domain/prioritization';

/**
 * The efficient frontier solved by `solvePortfolio` (see `efficientFrontier` in
 * src/domain/prioritization: levels 50 %–150 % of the budget rows, 11 points, 850 ms per point).
 */
export function solveFrontier(problem: IPortfolioProblem, budgetRows: ReadonlyArray<number>, options?: IFrontierOptions): Promise<IFrontierPoint[]> {
  return efficientFrontier(problem, budgetRows, solvePortfolio, options);
}
