/**
 * The fixed catalogue of KPI formulas: for each code its unit, its natural direction, a default
 * threshold pair, the inputs it reads and the function that computes it. The PMO chooses a formula
 * per KPI (KpiDefinitions.KpiFormula) and may change the thresholds; the formulas themselves are
 * code, tested on worked examples.
 *
 * Rating: a KPI's colour judges its value against the thresholds in its direction, except for the
 * budget variance formulas (`BudgetVariance`, `BudgetVarianceAmount`, `rates: 'absolute'`), which
 * judge the size of the deviation either way: a forecast 58 % under plan is red, not "on track".
 */
import { gatesPassedFirstAttempt, intakeDaysAverage, requestsInState } from './formulas/governance';
import { benefitsRealisedShare, budgetVarianceAmount, budgetVariancePercent } from './formulas/finance';
import { milestonesLate, milestonesOnTime, openHighRisks, overdueIssues } from './formulas/delivery';
import { indexAverage, indexWorst, ragShare } from './formulas/projects';
import { isIsoDay } from '../dates';
import type { IKpiContext, IKpiData, KpiInputKey, KpiResult } from './inputs';
import { KPI_FORMULA_CODES, type KpiFormulaCode, type KpiUnit } from './vocabulary';

/** A threshold pair: at or better than `green` is green, at or better than `amber` is amber, worse is red. */
export interface IKpiThresholdPair {
  green: number;
  amber: number;
}

/** One formula of the catalogue. */
export interface IKpiFormula {
  code: KpiFormulaCode;
  /** The unit of its value. */
  unit: KpiUnit;
  /** Its natural direction: whether a higher value is better. */
  higherIsBetter: boolean;
  /** Whether a KPI may use it in the other direction too (a count of requests in a state: a backlog, or approvals). */
  eitherDirection?: boolean;
  /**
   * What the thresholds rate (`kpiStatus`): the value itself ('value', the default), or its distance
   * from zero ('absolute'): a budget variance of −57.6 % (forecast far under plan) is as much a
   * planning problem as +57.6 %, so the budget variance formulas rate |variance| against the
   * lower-is-better thresholds (green up to 5 %, amber up to 10 %, red beyond, either sign).
   */
  rates?: KpiRating;
  /** The thresholds a new KPI on it starts with (ordered for `higherIsBetter`). */
  thresholds: IKpiThresholdPair;
  /** The input lists it reads (the service loads only those). */
  reads: ReadonlyArray<KpiInputKey>;
  /** Where the formula comes from (documentation, not shown to users): a published source, or PMO Hub's own definition. */
  reference: string;
  /** Computes it from the inputs at the context's day. */
  compute(data: IKpiData, context: IKpiContext): KpiResult;
}

/** What a formula's thresholds rate: the value, or its absolute deviation from zero (`IKpiFormula.rates`). */
export type KpiRating = 'value' | 'absolute';

const PMI_EVM = 'PMI, Practice Standard for Earned Value Management, 2nd ed. (2011); PMBOK® Guide, 6th ed., Table 7-1';
const PMO_HUB = 'PMO Hub';

type FormulaSpec = Omit<IKpiFormula, 'code'>;

function spec(unit: KpiUnit, higherIsBetter: boolean, green: number, amber: number, reads: ReadonlyArray<KpiInputKey>, reference: string, compute: IKpiFormula['compute']): FormulaSpec {
  return { unit, higherIsBetter, thresholds: { green, amber }, reads, reference, compute };
}

const REPORTS: ReadonlyArray<KpiInputKey> = ['projects', 'reports'];

const SPECS: Readonly<Record<KpiFormulaCode, FormulaSpec>> = {
  RagShareGreen: spec('percent', true, 70, 50, REPORTS, PMO_HUB, (d, c) => ragShare('Green', d, c)),
  RagShareAmber: spec('percent', false, 20, 35, REPORTS, PMO_HUB, (d, c) => ragShare('Amber', d, c)),
  RagShareRed: spec('percent', false, 10, 20, REPORTS, PMO_HUB, (d, c) => ragShare('Red', d, c)),
  SpiAverage: spec('ratio', true, 0.95, 0.85, REPORTS, PMI_EVM, (d, c) => indexAverage('spi', d, c)),
  SpiWorst: spec('ratio', true, 0.85, 0.7, REPORTS, PMI_EVM, (d, c) => indexWorst('spi', d, c)),
  CpiAverage: spec('ratio', true, 0.95, 0.85, REPORTS, PMI_EVM, (d, c) => indexAverage('cpi', d, c)),
  CpiWorst: spec('ratio', true, 0.85, 0.7, REPORTS, PMI_EVM, (d, c) => indexWorst('cpi', d, c)),
  // Rated by the absolute deviation: an underspend is judged as an overspend of the same size.
  BudgetVariance: { ...spec('percent', false, 5, 10, ['projects', 'budgetLines'], PMO_HUB, budgetVariancePercent), rates: 'absolute' },
  BudgetVarianceAmount: { ...spec('amount', false, 0, 100000, ['projects', 'budgetLines'], PMO_HUB, budgetVarianceAmount), rates: 'absolute' },
  MilestonesOnTime: spec('percent', true, 80, 65, ['projects', 'milestones'], PMO_HUB, milestonesOnTime),
  MilestonesLate: spec('count', false, 0, 5, ['projects', 'milestones'], PMO_HUB, milestonesLate),
  OpenHighRisks: spec('count', false, 0, 3, ['projects', 'risks'], 'PRINCE2 2017, Risk theme (probability-impact grid); PMBOK® Guide, 6th ed., §11.3.2.2', openHighRisks),
  OverdueIssues: spec('count', false, 0, 5, ['projects', 'issues'], PMO_HUB, overdueIssues),
  BenefitsRealisedShare: spec('percent', true, 80, 60, ['projects', 'benefits'], PMO_HUB, benefitsRealisedShare),
  RequestsInState: { ...spec('count', false, 10, 20, ['requests'], PMO_HUB, requestsInState), eitherDirection: true },
  IntakeDaysAverage: spec('days', false, 45, 75, ['requests'], PMO_HUB, intakeDaysAverage),
  GatesPassedFirstAttempt: spec('percent', true, 80, 60, ['projects', 'gateDecisions'], PMO_HUB, gatesPassedFirstAttempt)
};

/** The catalogue, by code. */
export const KPI_CATALOGUE: Readonly<Record<KpiFormulaCode, IKpiFormula>> = (() => {
  const out = {} as Record<KpiFormulaCode, IKpiFormula>;
  for (const code of KPI_FORMULA_CODES) out[code] = { code, ...SPECS[code] };
  return out;
})();

/** Whether a value is a formula code of the catalogue (narrows a stored string). */
export function isKpiFormulaCode(value: unknown): value is KpiFormulaCode {
  return typeof value === 'string' && KPI_FORMULA_CODES.indexOf(value as KpiFormulaCode) >= 0;
}

/** The formula of a code; throws RangeError for a code that is not in the catalogue. */
export function kpiFormula(code: KpiFormulaCode | string): IKpiFormula {
  if (!isKpiFormulaCode(code)) throw new RangeError(`Not a KPI formula of the catalogue: ${code}`);
  return KPI_CATALOGUE[code];
}

/**
 * A KPI's result at the context's day: `kpiFormula(code).compute(data, context)`. No data when the
 * inputs it reads are missing (never 0). Throws RangeError for an unknown code or an invalid day.
 */
export function computeKpi(code: KpiFormulaCode | string, data: IKpiData, context: IKpiContext): KpiResult {
  const formula = kpiFormula(code);
  if (!isIsoDay(context.at)) throw new RangeError(`Not a date (YYYY-MM-DD): ${context.at}`);
  return formula.compute(data, context);
}
