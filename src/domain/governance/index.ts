/**
 * Governance rules (pure, no I/O, no UI texts):
 * - `vocabulary`: the code lists (risk statuses and bands, issue statuses and age buckets, change
 *   statuses, checklist categories, gate decisions, lifecycles, stages, gates, roles, benefit
 *   statuses) that src/schema takes its choices from, and the problem shape `IProblem`;
 * - `risks`: rating, score P × I, bands with configurable thresholds, the 5 × 5 heat map and its
 *   cell filter, trend since the last report, top risks;
 * - `gates`: checklist evidence, waivers, conditions, a review's readiness, allowed board decisions;
 * - `lifecycle` (+ `lifecycleDefinitions`): PRINCE2, agile and hybrid lifecycles as data, the next
 *   stage, and a gate decision's effect on the project;
 * - `issues`: overdue, age, open issues by age;
 * - `changes`: the change request flow and the re-baselining an approved change implies;
 * - `benefits`: realisation progress and a suggested status;
 * - `endReport`: the end project report's content model (no rendering).
 * Import from here (`../domain/governance`).
 */
export * from './vocabulary';
export {
  checkRiskRating, checkRiskThresholds, DEFAULT_RISK_THRESHOLDS, effectiveRiskThresholds, inHeatMapCell, isOpenRisk, RATING_MAX, RATING_MIN, riskBand, riskHeatMap, riskScore,
  riskTrend, SCORE_MAX, scoreAt, topRisks,
  type IHeatMap, type IHeatMapCell, type IRankedRisk, type IRatingChange, type IRatingProblem, type IRiskRating, type IRiskRow, type IRiskThresholds, type IThresholdProblem,
  type RatingProblemCode, type RiskScoreResult, type ThresholdProblemCode
} from './risks';
export {
  checkConditions, checkEvidence, checkGateDecision, checkWaiver, gateReadiness, isEvidenceUrl,
  type ChecklistItemId, type ConditionProblemCode, type EvidenceProblemCode, type GateDecisionProblemCode, type ICategoryReadiness, type IChecklistAnswer, type IChecklistItem,
  type IConditionProblem, type IEvidenceProblem, type IGateCondition, type IGateDecisionProblem, type IGateReadiness, type IReadinessItem, type IWaiver, type IWaiverProblem,
  type WaiverProblemCode
} from './gates';
export {
  applyGateDecision, checkLifecycle, lifecycleOf, nextStage, stageOf,
  type GateDecisionOutcome, type IGateDecisionRecord, type ILifecycle, type ILifecycleProblem, type IProjectLifecycleState, type IStage, type IStagePosition,
  type LifecycleProblemCode, type NextStageResult
} from './lifecycle';
export { AGILE_LIFECYCLE, BUILT_IN_LIFECYCLES, HYBRID_LIFECYCLE, PRINCE2_LIFECYCLE } from './lifecycleDefinitions';
export { isOpenIssue, isOverdue, issueAgeBucket, issueAgeDays, openIssuesByAge, type IIssueAgeCounts, type IIssueRow } from './issues';
export {
  changeRebaseline, checkChangeTransition, nextChangeStates,
  type ChangeTransitionProblemCode, type IChangeRebaseline, type IChangeRebaselineProblem, type IChangeRequest, type IChangeTransitionProblem, type IMilestoneBaseline,
  type IMilestoneRebaseline, type ChangeRebaselineProblemCode
} from './changes';
export { benefitRealisation, latestMeasurement, type BenefitProgressReason, type IBenefitMeasurement, type IBenefitPlan, type IBenefitRealisation } from './benefits';
export {
  END_REPORT_SECTIONS, endProjectReport,
  type EndReportSectionKey, type IEndReport, type IEndReportInput, type IEndReportSection, type IReportTable, type ReportCell
} from './endReport';
