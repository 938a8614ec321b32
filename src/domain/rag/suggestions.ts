/**
 * A status report's RAG: the suggestion per dimension from the KPI rules, the overall RAG (worst of
 * the dimensions), the check that an overridden suggestion carries a justification, and the trend
 * of a RAG between two reports.
 */
/* eslint-disable @rushstack/no-new-null -- KPI values read from SharePoint (or earnedValue's figures) may be null */
import { ragSeverity, worstRag, type Rag } from '../portfolio';
import { evaluateRag, type IRagRuleInput, type RagEvaluationReason } from './rules';

/** The report dimensions PMO Hub proposes; the PMO configures its own set (codes, in its order). */
export const DEFAULT_REPORT_DIMENSIONS: ReadonlyArray<string> = ['schedule', 'cost', 'scope', 'quality', 'risk', 'resources'];

/** The code of the overall RAG when it is checked alongside the dimensions. */
export const OVERALL_DIMENSION: string = 'overall';

/** A dimension as the PMO configured it: its code and, when suggested from a KPI, the KPI's code. */
export interface IReportDimension {
  dimension: string;
  /** The KpiDefinitions code whose rule suggests this dimension's RAG (e.g. 'SPI' for schedule). */
  kpi?: string;
}

/** The suggestion for one dimension: a RAG, or the reason there is none (with the KPI's value). */
export interface IRagSuggestion {
  dimension: string;
  rag?: Rag;
  /** Why there is no suggestion: no KPI (or no rule for it), an invalid rule, or no value. */
  reason?: RagEvaluationReason;
  /** The KPI's value the suggestion was made from. */
  value?: number;
}

/**
 * The suggested RAG per dimension, in the dimensions' order: each dimension's KPI rule (`rules`,
 * by KPI code) evaluated on the KPI's value (`values`, by KPI code), see `evaluateRag`. A dimension
 * without a KPI, or whose KPI has no rule, gets `noRule` (the project manager rates it).
 */
export function suggestRags(
  dimensions: ReadonlyArray<IReportDimension>,
  rules: Readonly<Record<string, IRagRuleInput | undefined>>,
  values: Readonly<Record<string, number | null | undefined>>
): IRagSuggestion[] {
  return dimensions.map(d => {
    const value = d.kpi === undefined ? undefined : values[d.kpi];
    const result = evaluateRag(value, d.kpi === undefined ? undefined : rules[d.kpi]);
    return {
      dimension: d.dimension,
      ...(result.rag ? { rag: result.rag } : { reason: result.reason }),
      ...(typeof value === 'number' && Number.isFinite(value) ? { value } : {})
    };
  });
}

/** The overall RAG: the worst of the dimensions' RAGs, and the dimensions that have none. */
export interface IOverallRag {
  /** Undefined when no dimension has a RAG. */
  rag?: Rag;
  /** The dimensions without a RAG (they do not make the overall better or worse). */
  unrated: string[];
}

/**
 * The overall RAG of a report from its dimensions' RAGs (as chosen, after overrides): the worst of
 * them (one Red dimension makes the report Red). Dimensions without a RAG are listed as unrated and
 * ignored; with none rated there is no overall RAG (never Green by default).
 */
export function overallRag(dimensions: ReadonlyArray<string>, rags: Readonly<Record<string, Rag | undefined>>): IOverallRag {
  return {
    rag: worstRag(dimensions.map(d => rags[d])),
    unrated: dimensions.filter(d => rags[d] === undefined)
  };
}

/** A dimension's RAG as suggested and as the project manager chose it, with the justification. */
export interface IRagChoice {
  dimension: string;
  suggested?: Rag;
  chosen?: Rag;
  justification?: string;
}

/** A choice that cannot be saved: an override without a justification, naming the dimension. */
export interface IRagChoiceIssue {
  code: 'justificationRequired';
  dimension: string;
}

/** Whether a choice overrides its suggestion: there is one and the chosen RAG differs (none chosen included). */
export function isOverride(choice: IRagChoice): boolean {
  return choice.suggested !== undefined && choice.chosen !== choice.suggested;
}

/**
 * The overrides that lack a justification (empty or only white space), one issue per dimension,
 * in the choices' order. Include the overall RAG as a choice (dimension `OVERALL_DIMENSION`,
 * suggested = `overallRag(...)`) to require a justification for overriding it too.
 */
export function checkRagOverrides(choices: ReadonlyArray<IRagChoice>): IRagChoiceIssue[] {
  return choices.filter(c => isOverride(c) && !(c.justification ?? '').trim()).map(c => ({ code: 'justificationRequired', dimension: c.dimension }));
}

/** How a RAG moved from one report to the next. */
export type RagTrend = 'better' | 'worse' | 'same';

/** The trend from the previous report's RAG to the current one; undefined unless both have one. */
export function ragTrend(previous: Rag | undefined, current: Rag | undefined): RagTrend | undefined {
  if (previous === undefined || current === undefined) return undefined;
  const delta = ragSeverity(current) - ragSeverity(previous);
  return delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
}
