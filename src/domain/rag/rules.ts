/**
 * RAG rules as KpiDefinitions holds them (GreenThreshold, AmberThreshold, HigherIsBetter): their
 * validation and their evaluation on a value.
 *
 * Bands, higher is better (SPI, CPI): value ≥ green → Green; amber ≤ value < green → Amber;
 * value < amber → Red. Lower is better (days late, open issues): value ≤ green → Green;
 * green < value ≤ amber → Amber; value > amber → Red. A value exactly on a threshold belongs to the
 * better band (SPI 0.95 with green 0.95 is Green, 0.90 with amber 0.90 is Amber), and so does a value
 * within a billionth of it (relative), so that a computed 0.95 that floats to 0.94999999999 is Green.
 * Equal thresholds leave no Amber band.
 */
/* eslint-disable @rushstack/no-new-null -- KpiDefinitions' empty Number and Boolean columns read as null */
import type { Rag } from '../portfolio';

/** A RAG rule as read from KpiDefinitions; a threshold may be missing (null or undefined). */
export interface IRagRuleInput {
  /** At or better than this: Green. */
  greenThreshold?: number | null;
  /** At or better than this (and worse than green): Amber; worse: Red. */
  amberThreshold?: number | null;
  /** Whether higher values are better; true when absent (the column's default). */
  higherIsBetter?: boolean | null;
}

/** What is wrong with a rule, and the field to tie the message to. */
export type RagRuleIssueCode = 'greenThresholdMissing' | 'amberThresholdMissing' | 'thresholdOrder';

/** One problem of a rule. */
export interface IRagRuleIssue {
  code: RagRuleIssueCode;
  field: 'greenThreshold' | 'amberThreshold';
}

/** Why a rule gives no RAG for a value. */
export type RagEvaluationReason = 'missingValue' | 'noRule' | 'invalidRule';

/** A rule's RAG for a value, or the reason there is none. */
export type RagEvaluation = { rag: Rag; reason?: undefined } | { rag?: undefined; reason: RagEvaluationReason };

/** How close to a threshold (relative to it, at least 1e-9 absolute) a value counts as on it. */
export const THRESHOLD_TOLERANCE: number = 1e-9;

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The problems of a rule: a missing (or non-finite) threshold, or thresholds in the wrong order for
 * the direction (higher is better: amber must not be above green; lower is better: amber must not be
 * below green; the amber threshold is the field reported). Empty when the rule is usable.
 */
export function validateRagRule(rule: IRagRuleInput): IRagRuleIssue[] {
  const issues: IRagRuleIssue[] = [];
  if (!isNumber(rule.greenThreshold)) issues.push({ code: 'greenThresholdMissing', field: 'greenThreshold' });
  if (!isNumber(rule.amberThreshold)) issues.push({ code: 'amberThresholdMissing', field: 'amberThreshold' });
  if (issues.length > 0) return issues;
  const green = rule.greenThreshold as number;
  const amber = rule.amberThreshold as number;
  const higherIsBetter = rule.higherIsBetter ?? true;
  if (higherIsBetter ? amber > green : amber < green) issues.push({ code: 'thresholdOrder', field: 'amberThreshold' });
  return issues;
}

/** Whether `value` is at `threshold` or on its better side, within THRESHOLD_TOLERANCE. */
function reaches(value: number, threshold: number, higherIsBetter: boolean): boolean {
  const tolerance = THRESHOLD_TOLERANCE * Math.max(1, Math.abs(threshold));
  return higherIsBetter ? value >= threshold - tolerance : value <= threshold + tolerance;
}

/**
 * The RAG a rule gives a value (bands and boundaries in the module's description), or the reason it
 * gives none: `noRule` without a rule, `invalidRule` when `validateRagRule` finds a problem,
 * `missingValue` for a missing or non-finite value (never a guess such as Green).
 */
export function evaluateRag(value: number | null | undefined, rule: IRagRuleInput | undefined): RagEvaluation {
  if (!rule) return { reason: 'noRule' };
  if (validateRagRule(rule).length > 0) return { reason: 'invalidRule' };
  if (!isNumber(value)) return { reason: 'missingValue' };
  const higherIsBetter = rule.higherIsBetter ?? true;
  if (reaches(value, rule.greenThreshold as number, higherIsBetter)) return { rag: 'Green' };
  if (reaches(value, rule.amberThreshold as number, higherIsBetter)) return { rag: 'Amber' };
  return { rag: 'Red' };
}
