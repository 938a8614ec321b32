/**
 * KPIs (pure, no I/O): the fixed catalogue of formulas the PMO builds its KPIs on, their thresholds,
 * trends and definitions.
 * - `vocabulary`: formula codes (KpiDefinitions.KpiFormula's choices), units, statuses, trend directions;
 * - `inputs`: the rows the formulas read, the evaluation day and settings, and the result (a value,
 *   or no data with the reason: never 0 or green for data a site does not have);
 * - `catalogue`: each formula's unit, natural direction, default thresholds, inputs and source,
 *   and `computeKpi`; the formulas themselves are in `formulas/` (projects, finance, delivery, governance);
 * - `thresholds`: a value's colour (boundaries documented there);
 * - `trend`: the values over the last six monthly periods and improving / worsening / flat;
 * - `definitions`: a KpiDefinitions item, its validation (problems naming the field) and defaults.
 * Import from here (`../domain/kpi`).
 */
export * from './vocabulary';
export {
  DEFAULT_KPI_WINDOW_DAYS, kpiShare, kpiValue, noKpiData,
  type IKpiBenefit, type IKpiBudgetLine, type IKpiContext, type IKpiData, type IKpiGateDecision, type IKpiIssue, type IKpiMilestone, type IKpiProject,
  type IKpiRequest, type IKpiRisk, type IKpiStatusReport, type KpiInputKey, type KpiNoDataReason, type KpiResult
} from './inputs';
export { isRunningAt, reportsValidAt } from './scope';
export { computeKpi, isKpiFormulaCode, KPI_CATALOGUE, kpiFormula, type IKpiFormula, type IKpiThresholdPair, type KpiRating } from './catalogue';
export { fiscalYearOf } from './formulas/finance';
export { INTAKE_OPEN_STATES, requestsByState } from './formulas/governance';
export { KPI_PRECISION, kpiStatus, roundKpiValue } from './thresholds';
export { KPI_TREND_PERIODS, KPI_TREND_TOLERANCE, kpiTrend, ratedTrendDirection, reportingPeriodEnds, trendDirection, type IKpiTrend, type IKpiTrendOptions, type IKpiTrendPoint } from './trend';
export {
  checkKpiDefinition, KPI_CODE_MAX_LENGTH, kpiDefinitionDefaults, validateKpiDefinition,
  type IKpiDefinition, type IKpiDefinitionInput, type IKpiDefinitionProblem, type KpiDefinitionCheck, type KpiDefinitionField, type KpiDefinitionProblemCode
} from './definitions';
