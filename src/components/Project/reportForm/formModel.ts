/**
 * The status report form's model (pure): the form's values from a draft, the overall RAG's live
 * suggestion, and the check before a save that either gives the service's changes or the problems,
 * each naming its field. Nothing is sent while any problem remains (nothing half-written).
 */
import * as projectStrings from 'ProjectStrings';
import { readAmount, formatAmountFor } from '../../../domain/numbers';
import { formatString } from '../../../domain/text';
import { DEFAULT_EAC_METHOD, type EacMethod, type EvmInputKey } from '../../../domain/evm';
import { isOverride, OVERALL_DIMENSION, overallRag } from '../../../domain/rag';
import type { Rag } from '../../../domain/portfolio';
import type { IStatusReport } from '../../../services/controllingRows';
import type { IReportDraftChanges } from '../../../services/reportRules';
import { readAmountInput } from '../amountInput';
import { ragName } from '../labels';

/** The EV inputs the form takes, in the PMBOK order. */
export const FORM_INPUTS: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** One dimension's rating as the form holds it. */
export interface IRatingInput {
  /** The RAG chosen; undefined: not rated. */
  rag?: Rag;
  justification: string;
  comment: string;
}

/** The form's values: texts as typed (amounts in the user's locale; an empty input is derived). */
export interface IReportFormValues {
  /** Ratings by dimension code, the overall RAG under 'overall'. */
  ratings: Record<string, IRatingInput>;
  /** Whether the overall RAG follows its live suggestion (it does until the user picks one). */
  overallFollows: boolean;
  achievements: string;
  nextSteps: string;
  escalations: string;
  /** PV, EV, AC, BAC as typed; '' = derived by the service. */
  inputs: Record<EvmInputKey, string>;
  /** Physical % complete as typed (0–100). */
  percentComplete: string;
  eacMethod: EacMethod;
}

/** A problem of the form: the field's id (see {@link fieldId}) and the message naming the field. */
export interface IFormProblem {
  field: string;
  message: string;
}

/** The message of the problem at a field, if any. */
export function problemAt(problems: ReadonlyArray<IFormProblem>, field: string): string | undefined {
  return problems.filter(p => p.field === field)[0]?.message;
}

/** The id of a form field, for messages and the links that move focus to it. */
export const fieldId = {
  rating: (dimension: string): string => `pr-rag-${dimension}`,
  justification: (dimension: string): string => `pr-just-${dimension}`,
  input: (key: EvmInputKey): string => `pr-input-${key}`,
  percentComplete: 'pr-percent'
};

/** The values a draft opens with: its ratings and texts; inputs typed only where the report gives them (derived ones stay empty). */
export function formValuesOf(draft: IStatusReport, locale: string): IReportFormValues {
  const ratings: Record<string, IRatingInput> = {};
  for (const d of draft.dimensions) ratings[d.dimension] = { rag: d.rag, justification: d.justification ?? '', comment: d.comment ?? '' };
  const overall = draft.dimensions.filter(d => d.dimension === OVERALL_DIMENSION)[0];
  const inputs = {} as Record<EvmInputKey, string>;
  for (const k of FORM_INPUTS) {
    const v = draft.evm[k];
    inputs[k] = draft.evm.sources[k] === 'given' && v !== undefined ? formatAmountFor(v, locale, 2) : '';
  }
  return {
    ratings,
    overallFollows: !overall || overall.rag === overall.suggested,
    achievements: draft.achievements ?? '',
    nextSteps: draft.nextSteps ?? '',
    escalations: draft.escalations ?? '',
    inputs,
    percentComplete: draft.evm.percentComplete !== undefined ? formatAmountFor(draft.evm.percentComplete, locale, 1) : '',
    eacMethod: draft.evm.eacMethod ?? DEFAULT_EAC_METHOD
  };
}

/** The dimensions of a draft other than the overall RAG, in the PMO's order. */
export function ratedDimensions(draft: IStatusReport): string[] {
  return draft.dimensions.map(d => d.dimension).filter(d => d !== OVERALL_DIMENSION);
}

/** The suggestion per dimension: the draft's KPI suggestions, and the overall RAG as the worst of the ratings chosen now. */
export function liveSuggestions(draft: IStatusReport, values: IReportFormValues): Record<string, Rag | undefined> {
  const out: Record<string, Rag | undefined> = {};
  for (const d of draft.dimensions) out[d.dimension] = d.suggested;
  const dimensions = ratedDimensions(draft);
  const rags: Record<string, Rag | undefined> = {};
  for (const d of dimensions) rags[d] = values.ratings[d]?.rag;
  out[OVERALL_DIMENSION] = overallRag(dimensions, rags).rag;
  return out;
}

/** The overall RAG shown: its live suggestion while it follows it, else the one chosen. */
export function overallShown(draft: IStatusReport, values: IReportFormValues): Rag | undefined {
  return values.overallFollows ? liveSuggestions(draft, values)[OVERALL_DIMENSION] : values.ratings[OVERALL_DIMENSION]?.rag;
}

/** Whether a dimension's rating overrides its suggestion (the field for the justification shows then). */
export function needsJustification(draft: IStatusReport, values: IReportFormValues, dimension: string): boolean {
  const suggested = liveSuggestions(draft, values)[dimension];
  const chosen = dimension === OVERALL_DIMENSION ? overallShown(draft, values) : values.ratings[dimension]?.rag;
  return isOverride({ dimension, suggested, chosen });
}

/** Reads % complete: null when empty, 0–100 with at most one decimal, or the problem's message. */
function readPercent(textValue: string, label: string, locale: string): { value: number | null } | { problem: string } { // eslint-disable-line @rushstack/no-new-null -- clears it
  const reading = readAmount(textValue, locale, 1);
  if (reading.ok && reading.value === undefined) return { value: null };
  if (!reading.ok || reading.value === undefined || reading.value < 0 || reading.value > 100) return { problem: formatString(projectStrings.Project_Problem_Percent, label) };
  return { value: reading.value };
}

/** The labels the problems name fields by. */
export interface IFormFieldNames {
  dimension: (code: string) => string;
  input: (key: EvmInputKey) => string;
  percentComplete: string;
}

/**
 * Checks the form and gives the service's changes, or every problem in the form's order (ratings
 * first, then the inputs): an override without a justification names its dimension, the RAG chosen
 * and the one suggested; an amount that cannot be read, or is negative, names its field.
 */
export function checkForm(draft: IStatusReport, values: IReportFormValues, names: IFormFieldNames, locale: string): { changes?: IReportDraftChanges; problems: IFormProblem[] } {
  const problems: IFormProblem[] = [];
  const suggestions = liveSuggestions(draft, values);
  const ratings = draft.dimensions.map(d => {
    const chosen = d.dimension === OVERALL_DIMENSION ? overallShown(draft, values) : values.ratings[d.dimension]?.rag;
    const r = values.ratings[d.dimension] ?? { justification: '', comment: '' };
    const override = isOverride({ dimension: d.dimension, suggested: suggestions[d.dimension], chosen });
    if (override && !r.justification.trim()) {
      problems.push({
        field: fieldId.justification(d.dimension),
        message: formatString(projectStrings.Project_Problem_Justification, names.dimension(d.dimension), ragName(chosen), ragName(suggestions[d.dimension]))
      });
    }
    return { dimension: d.dimension, rag: chosen ?? null, justification: override ? r.justification.trim() : '', comment: r.comment.trim() };
  });
  const changes: IReportDraftChanges = {
    ratings, achievements: values.achievements, nextSteps: values.nextSteps, escalations: values.escalations, eacMethod: values.eacMethod
  };
  for (const k of FORM_INPUTS) {
    const read = readAmountInput(values.inputs[k], names.input(k), locale);
    if ('problem' in read) problems.push({ field: fieldId.input(k), message: read.problem });
    else changes[k] = read.value;
  }
  const percent = readPercent(values.percentComplete, names.percentComplete, locale);
  if ('problem' in percent) problems.push({ field: fieldId.percentComplete, message: percent.problem });
  else changes.percentComplete = percent.value;
  return problems.length ? { problems } : { changes, problems };
}
