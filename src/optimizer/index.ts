/**
 * The portfolio optimizer (HiGHS, WebAssembly): issue 10's public API. This module is never in a
 * web part's initial bundle: load it through `loadOptimizer()` (./load), which puts it in the
 * `optimizer` chunk.
 */
export { solvePortfolio, DEFAULT_MIP_GAP, DEFAULT_TIME_LIMIT_MS, relativeGap } from './solve';
export { explainInfeasible, type IInfeasibility, type InfeasibilityReason, type IPortfolioCandidate, type IPortfolioProblem, type IPortfolioSolution, type ISolveOptions, type SolveStatus } from '../domain/prioritization';
