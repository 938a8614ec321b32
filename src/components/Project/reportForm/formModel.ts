/**
 * The status report form's model (pure): the form's values from a draft, the live report the typed
 * values give (suggestions, chosen RAGs and the overrides that need a justification, from the very
 * `prepareReport` the service saves and publishes with), and the check before a save or a publish
 * that either gives the service's changes or the problems, each naming its field. Nothing is sent
 * while any problem remains (nothing half-written).
 */
import * as projectStrings from 'ProjectStrings';
import { readAmount, formatAmountFor } from '../../../domain/numbers';
import { formatString } from '../../../domain/text';
import { DEFAULT_EAC_METHOD, type EacMethod, type EvmInputKey } from '../../../domain/evm';
import { isOverride, OVERALL_DIMENSION } from '../../../domain/rag';
import type { Rag } from '../../../domain/portfolio';
import type { IDimensionRag, IStatusReport } from '../../../services/controllingRows';
import { prepareReport, type IPreparedReport, type IRatingChange, type IReportData, type IReportDraftChanges, type IReportRules } from '../../../services/reportRules';
import { readAmountInput } from '../amountInput';
import { ragName } from '../labels';

/** The EV inputs the form takes, in the PMBOK order. */
export const FORM_INPUTS: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** One dimension's rating as the form holds it. */
export interface IRatingInput {
  /** The RAG chosen; undefined: not rated. Ignored while the rating follows its suggestion. */
  rag?: Rag;
  /**
   * Whether the rating follows its live suggestion (it did in the draft and the user has not picked
   * one since): it then moves with the typed EV inputs, as the service keeps it following.
   */
  follows: boolean;
  justification: string;
  comment: string;
}

/** The form's values: texts as typed (amounts in the user's locale; an empty input is derived). */
export interface IReportFormValues {
  /** Ratings by dimension code, the overall RAG under 'overall'. */
  ratings: Record<string, IRatingInput>;
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
  for (const d of draft.dimensions) {
    ratings[d.dimension] = { rag: d.rag, follows: d.suggested !== undefined && d.rag === d.suggested, justification: d.justification ?? '', comment: d.comment ?? '' };
  }
  const inputs = {} as Record<EvmInputKey, string>;
  for (const k of FORM_INPUTS) {
    const v = draft.evm[k];
    inputs[k] = draft.evm.sources[k] === 'given' && v !== undefined ? formatAmountFor(v, locale, 2) : '';
  }
  return {
    ratings,
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

/** What the form reports on: the draft, the PMO's rules and the data derived inputs and suggestions come from. */
export interface IFormContext {
  draft: IStatusReport;
  rules: IReportRules;
  /** The project's budget lines and milestones (as the page read them). */
  data: IReportData;
  names: IFormFieldNames;
  locale: string;
}

/** The ratings as changes: a rating that follows its suggestion sends no RAG (the service keeps it following). */
function ratingChanges(draft: IStatusReport, values: IReportFormValues): IRatingChange[] {
  return draft.dimensions.map(d => {
    const r = values.ratings[d.dimension] ?? { follows: false, justification: '', comment: '' };
    return { dimension: d.dimension, ...(r.follows ? {} : { rag: r.rag ?? null }), justification: r.justification.trim(), comment: r.comment.trim() };
  });
}

/** The typed values as the service's changes, and the problems of inputs that cannot be read (those are left unchanged). */
function readValues(context: IFormContext, values: IReportFormValues): { changes: IReportDraftChanges; problems: IFormProblem[] } {
  const { names, locale } = context;
  const problems: IFormProblem[] = [];
  const changes: IReportDraftChanges = {
    ratings: ratingChanges(context.draft, values), achievements: values.achievements, nextSteps: values.nextSteps, escalations: values.escalations, eacMethod: values.eacMethod
  };
  for (const k of FORM_INPUTS) {
    const read = readAmountInput(values.inputs[k], names.input(k), locale);
    if ('problem' in read) problems.push({ field: fieldId.input(k), message: read.problem });
    else changes[k] = read.value;
  }
  const percent = readPercent(values.percentComplete, names.percentComplete, locale);
  if ('problem' in percent) problems.push({ field: fieldId.percentComplete, message: percent.problem });
  else changes.percentComplete = percent.value;
  return { changes, problems };
}

/**
 * The report as the typed values make it, by the service's own `prepareReport`: each dimension's
 * live suggestion (from the typed EV inputs; an input that cannot be read counts as not changed),
 * its KPI value, the RAG chosen (a following rating moves with its suggestion, the overall RAG's
 * suggestion is the worst dimension) and the overrides that lack a justification.
 */
export function liveReport(context: IFormContext, values: IReportFormValues): IPreparedReport {
  return prepareReport(context.draft, readValues(context, values).changes, context.data, context.rules);
}

/** A dimension of the live report (undefined for one the draft does not rate). */
export function liveDimension(report: IPreparedReport, dimension: string): IDimensionRag | undefined {
  return report.dimensions.filter(d => d.dimension === dimension)[0];
}

/** Whether a dimension's live rating overrides its live suggestion (the field for the justification shows then). */
export function needsJustification(report: IPreparedReport, dimension: string): boolean {
  const d = liveDimension(report, dimension);
  return d !== undefined && isOverride({ dimension, suggested: d.suggested, chosen: d.rag });
}

/** The problem of an override without a justification: names the dimension, the RAG chosen and the one suggested. */
export function justificationProblem(report: IPreparedReport, dimension: string, names: IFormFieldNames): IFormProblem {
  const d = liveDimension(report, dimension);
  return {
    field: fieldId.justification(dimension),
    message: formatString(projectStrings.Project_Problem_Justification, names.dimension(dimension), ragName(d?.rag), ragName(d?.suggested))
  };
}

/**
 * Checks the form and gives the service's changes, or every problem in the form's order (ratings
 * first, then the inputs). An amount that cannot be read, or is negative, names its field. For a
 * publish (`forPublish`), an override without a justification is a problem naming its dimension,
 * the RAG chosen and the one suggested; a draft saves without (the PM may stop half-way; the
 * field shows and publishing asks for it), exactly as the service checks.
 */
export function checkForm(context: IFormContext, values: IReportFormValues, forPublish: boolean = false): { changes?: IReportDraftChanges; problems: IFormProblem[] } {
  const read = readValues(context, values);
  const report = prepareReport(context.draft, read.changes, context.data, context.rules);
  const overrides = forPublish ? report.issues.map(i => justificationProblem(report, i.dimension, context.names)) : [];
  const problems = [...overrides, ...read.problems];
  if (problems.length) return { problems };
  // A justification is kept with an override only (one typed for a rating that no longer overrides is dropped).
  const ratings = (read.changes.ratings ?? []).map(r => (needsJustification(report, r.dimension) ? r : { ...r, justification: '' }));
  return { changes: { ...read.changes, ratings }, problems };
}
