/**
 * A KPI's colour: its value judged against the green and amber thresholds in its direction.
 *
 * Boundaries (the RAG rules of src/domain/rag, `evaluateRag`, which this uses):
 * - higher is better: value ≥ green → green; amber ≤ value < green → amber; value < amber → red;
 * - lower is better: value ≤ green → green; green < value ≤ amber → amber; value > amber → red;
 * - a value exactly on a threshold takes the better band (equal to green is green, equal to amber
 *   is amber); equal thresholds leave no amber band;
 * - the value judged is the value AS SHOWN: rounded to its unit's precision (`KPI_PRECISION`:
 *   percent to 0.1, ratio to 0.01, days to 0.1, counts and amounts to whole numbers, half away from
 *   zero as `Intl.NumberFormat` and `toFixed` round), so that a tile never shows "80.0 %" in amber
 *   under a green threshold of 80 (79.96 % is green there; 79.94 % is amber and shows as 79.9 %);
 * - no data is `noData`, never green;
 * - a formula that rates the absolute deviation (`IKpiFormula.rates` 'absolute': the budget
 *   variance) is judged by |value|, so −57.6 % is as red as +57.6 % (lower is better on |value|).
 */
import { evaluateRag, validateRagRule, type IRagRuleInput } from '../rag';
import type { KpiRating } from './catalogue';
import type { KpiResult } from './inputs';
import type { KpiStatus, KpiUnit } from './vocabulary';

/** The decimals a KPI's value is shown (and judged) with, per unit. */
export const KPI_PRECISION: Readonly<Record<KpiUnit, number>> = { percent: 1, ratio: 2, count: 0, amount: 0, days: 1 };

/** A value rounded to its unit's precision, half away from zero (never −0). */
export function roundKpiValue(value: number, unit: KpiUnit): number {
  return Number(value.toFixed(KPI_PRECISION[unit])) || 0;
}

/**
 * The status of a KPI's result under a rule (thresholds and direction, as KpiDefinitions holds them;
 * a missing direction reads as higher is better), by the boundaries of the module's description.
 * `noData` for a no-data result. Throws RangeError for a rule `validateRagRule` refuses (a missing
 * threshold, or thresholds in the wrong order for the direction): validate definitions first
 * (`validateKpiDefinition`) — a colour from a broken rule would be a guess. `rates`: the formula's
 * `IKpiFormula.rates` ('absolute' judges |value|).
 */
export function kpiStatus(result: KpiResult, rule: IRagRuleInput, unit: KpiUnit, rates: KpiRating = 'value'): KpiStatus {
  const issues = validateRagRule(rule);
  if (issues.length > 0) throw new RangeError(`Invalid KPI thresholds: ${issues.map(i => `${i.field} (${i.code})`).join(', ')}`);
  if (result.kind === 'noData') return 'noData';
  const shown = roundKpiValue(result.value, unit);
  const rag = evaluateRag(rates === 'absolute' ? Math.abs(shown) : shown, rule).rag;
  return rag === 'Green' ? 'green' : rag === 'Amber' ? 'amber' : rag === 'Red' ? 'red' : 'noData';
}
