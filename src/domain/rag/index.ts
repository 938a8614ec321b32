/**
 * RAG rules of status reports (pure, no I/O):
 * - `rules`: KpiDefinitions-style thresholds (green, amber, direction), their validation and their
 *   evaluation on a value, boundaries included;
 * - `suggestions`: the suggested RAG per dimension, the overall RAG (worst of the dimensions), the
 *   justification an override needs, and a RAG's trend between reports.
 * RAG values and their severity come from `../portfolio`. Import from here (`../domain/rag`).
 */
export { evaluateRag, THRESHOLD_TOLERANCE, validateRagRule, type IRagRuleInput, type IRagRuleIssue, type RagEvaluation, type RagEvaluationReason, type RagRuleIssueCode } from './rules';
export {
  checkRagOverrides, DEFAULT_REPORT_DIMENSIONS, isOverride, OVERALL_DIMENSION, overallRag, ragTrend, suggestRags,
  type IOverallRag, type IRagChoice, type IRagChoiceIssue, type IRagSuggestion, type IReportDimension, type RagTrend
} from './suggestions';
