/**
 * Scoring of project requests by the strategy board, pure (no I/O), one module per topic:
 * - `vocabulary`: the codes the scoring lists store (methods, statuses, directions, WSJF roles, …);
 * - `ahp`: AHP weights and consistency ratio (`ahpWeights`), the most inconsistent pair, Saaty's scale;
 * - `weighted`: normalised scores and the weighted sum;
 * - `wsjf`: SAFe's WSJF on the modified Fibonacci scale;
 * - `model`: model versions, criteria with anchored scales, validation naming the field, and what a
 *   save as Active needs confirmed (an inconsistent AHP matrix);
 * - `versioning`: when an edit makes a new model version;
 * - `scores`: a member's draft and submitted scores;
 * - `aggregate`: a round's result at close (means, spreads, totals, ranks, disagreement, ties).
 * Import from here (`../domain/scoring`), not from the topic modules.
 */
export * from './vocabulary';
export {
  ahpWeights, mostInconsistentPair, checkPairwiseMatrix, saatyScale, saatyJudgement, identityMatrix, withJudgement, AhpMatrixError,
  RANDOM_INDEX, AHP_MAX_CRITERIA, CONSISTENCY_THRESHOLD, RECIPROCAL_TOLERANCE, POWER_ITERATION_TOLERANCE, SAATY_VALUES,
  type IAhpResult, type IInconsistentPair, type ISaatyIntensity, type ISaatyJudgement, type AhpMatrixProblem
} from './ahp';
export { normalisedScore, weightedTotal, type ICriterionScale, type IWeightedCriterion } from './weighted';
export { wsjf, wsjfOfMeans, isOnWsjfScale, WSJF_SCALE, WSJF_ROLES, WsjfScaleError, type IWsjfComponents, type IWsjfResult } from './wsjf';
export { validateModel, modelConfirmations, withAhpWeights, MAX_CRITERIA, type IModelConfirmation, type ICriterion, type IModelVersion, type IModelContent, type IModelIssue, type IScaleLevel, type ModelIssueCode } from './model';
export { planModelEdit, ModelVersionError, type ModelEditPlan, type StructuralChange } from './versioning';
export { checkScores, scoreValueIssue, MAX_SCORE_COMMENT, type IScoreEntry, type IScoreIssue, type ScoreIssueCode } from './scores';
export { aggregateRound, TIE_EPSILON, type IAggregationInput, type IRoundScore, type IRoundResult, type IRequestResult, type ICriterionResult, type ITieBreak, type TieBreakReason } from './aggregate';
