/**
 * The KPI vocabulary: the codes of the fixed formula catalogue (KpiDefinitions.KpiFormula), the
 * units a KPI is measured in, the status a threshold gives and the direction of a trend. Like
 * `../vocabulary.ts`, each list is defined once with its literal type; src/schema takes the
 * KpiFormula choices from here, in this order. Pure: imports nothing.
 */

/** A formula of the catalogue (KpiDefinitions.KpiFormula); `catalogue.ts` says what each computes. */
export type KpiFormulaCode =
  | 'RagShareGreen' | 'RagShareAmber' | 'RagShareRed'
  | 'SpiAverage' | 'SpiWorst' | 'CpiAverage' | 'CpiWorst'
  | 'BudgetVariance' | 'BudgetVarianceAmount'
  | 'MilestonesOnTime' | 'MilestonesLate'
  | 'OpenHighRisks' | 'OverdueIssues'
  | 'BenefitsRealisedShare'
  | 'RequestsInState' | 'IntakeDaysAverage'
  | 'GatesPassedFirstAttempt';

/** Every formula code, in the order the KpiFormula column offers them (by topic). */
export const KPI_FORMULA_CODES: ReadonlyArray<KpiFormulaCode> = [
  'RagShareGreen', 'RagShareAmber', 'RagShareRed',
  'SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst',
  'BudgetVariance', 'BudgetVarianceAmount',
  'MilestonesOnTime', 'MilestonesLate',
  'OpenHighRisks', 'OverdueIssues',
  'BenefitsRealisedShare',
  'RequestsInState', 'IntakeDaysAverage',
  'GatesPassedFirstAttempt'
];

/**
 * What a KPI's value is measured in: `percent` (0–100, a share), `ratio` (an index such as SPI,
 * 1 = on plan), `count` (whole items), `amount` (the portfolio's currency), `days` (calendar days).
 */
export type KpiUnit = 'percent' | 'ratio' | 'count' | 'amount' | 'days';

/** Every unit. */
export const KPI_UNITS: ReadonlyArray<KpiUnit> = ['percent', 'ratio', 'count', 'amount', 'days'];

/** The colour a KPI's thresholds give its value, or `noData` when there is no value to judge. */
export type KpiStatus = 'green' | 'amber' | 'red' | 'noData';

/** Every status, best first, `noData` last. */
export const KPI_STATUSES: ReadonlyArray<KpiStatus> = ['green', 'amber', 'red', 'noData'];

/** Which way a KPI moved over its reporting periods, in its own direction (or `noData`: fewer than two values). */
export type KpiTrendDirection = 'improving' | 'worsening' | 'flat' | 'noData';

/** Every trend direction. */
export const KPI_TREND_DIRECTIONS: ReadonlyArray<KpiTrendDirection> = ['improving', 'worsening', 'flat', 'noData'];
