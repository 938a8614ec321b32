/**
 * Prioritization: the portfolio selection problem and its pure rules (no I/O), one module per topic:
 * - `problem`: the problem `solvePortfolio()` solves, its checks, the solution's shape;
 * - `diagnosis`: why a problem has no feasible selection (`explainInfeasible`);
 * - `greedy`: the greedy baseline by value per normalised cost;
 * - `candidates`: which candidates are ranked together (fiscal years, model versions, unscored ones).
 * Import from here (`../domain/prioritization`), not from the topic modules.
 */
export {
  indexProblem, isFeasibleSelection, minimumCover, PortfolioProblemError, resourceUse, selectionValue, tolerance,
  type ConstraintRef, type IIndexedProblem, type IInfeasibility, type InfeasibilityReason, type IPortfolioCandidate,
  type IPortfolioProblem, type IPortfolioSolution, type ISolveOptions, type SolveStatus
} from './problem';
export { closureOf, explainInfeasible, findConflicts } from './diagnosis';
export { greedyInOrder, greedyRatio, greedySelection, normalisedCost, type IGreedyResult } from './greedy';
export {
  availableCapacity, buildPrioritizationProblem, isOverbooked, roleMonthLoad,
  type ICandidateCostYear, type ICommittedDays, type IPrioritizationCandidate, type IPrioritizationInput, type IPrioritizationProblem,
  type IRoleCapacity, type IRoleMonthDays, type IScoringModelRef, type MinimumLabel, type ResourceLabel
} from './builder';
export { budgetsFrom, candidatesForModel, costPlanFrom, DEFAULT_BUDGET_SHARE, defaultBudgetsOf, defaultForce, fiscalYearOf, rankCandidates, scoringModelsOf } from './candidates';
export { efficientFrontier, frontierLevels, problemAtLevel, type IFrontierOptions, type IFrontierPoint, type PortfolioSolver } from './frontier';
export { analyseSelection, type ExclusionReason, type IAnalysisOptions, type IRowStatus, type ISelectionAnalysis } from './analysis';
export {
  compareScenarios, emptyParameters, parametersOfProblem, readScenarioContent, selectionFigures,
  type IFigureCandidate, type IScenarioComparison, type IScenarioContent, type IScenarioFigures, type IScenarioParameters
} from './scenario';
