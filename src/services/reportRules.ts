/**
 * The pure part of filing a status report: the PMO's dimension settings and KPI rules as read from
 * SharePoint, the KPI values a report's data gives, the suggestions and the overall RAG, and the
 * column values of a draft after a change (EV inputs derived with their sources). No I/O.
 */
import { daysBetween, type IsoDay } from '../domain/dates';
import {
  DEFAULT_EAC_METHOD, earnedValue, fiscalYearPhasing, resolveEvmInputs, type EacMethod, type EvmInputKey, type IEarnedValueInput, type IResolvedEvmInputs
} from '../domain/evm';
import {
  checkRagOverrides, OVERALL_DIMENSION, overallRag, suggestRags, type IRagChoiceIssue, type IRagRuleInput, type IRagSuggestion, type IReportDimension
} from '../domain/rag';
import { toRag, type Rag } from '../domain/portfolio';
import type { IBudgetLineAmounts } from '../domain/budget';
import { KpiDefinitionsList, REPORT_RAG_COLUMNS, StatusReportsList } from '../schema/refs';
import { num, text } from './itemValues';
import { parseJson, type IDimensionRag, type IMilestone, type IStatusReport } from './controllingRows';
import { dimensionSettingsOf, type IDimensionSetting } from './reportDimensions';
import { fiscalYearStartMonthOf } from './configValues';

export { CONTROLLING_CONFIG_KEY, type IDimensionSetting } from './reportDimensions';

/** The PMO's controlling settings (PmoHubConfig 'Controlling.ReportDimensions'). */
export interface IControllingSettings {
  /** The dimensions reports rate, in order; PMO Hub's six when the PMO configured none. */
  dimensions: IDimensionSetting[];
  /** The month fiscal years start in (1 = January): PV's phasing from budget lines' planned amounts per fiscal year. */
  fiscalYearStartMonth: number;
}

/** The figures PMO Hub computes for a KPI rule (KpiDefinitions.KpiMetric). */
export type KpiMetric = 'Spi' | 'Cpi' | 'TcpiBac' | 'TcpiEac' | 'MilestoneSlipDays';

/** A KPI whose rule suggests a dimension's RAG (KpiDefinitions with ReportDimension and KpiMetric). */
export interface IKpiRule {
  /** KpiDefinitions.Code. */
  code: string;
  title: string;
  dimension: string;
  metric: KpiMetric;
  rule: IRagRuleInput;
}

/** The settings and rules a report is filed with. */
export interface IReportRules extends IControllingSettings {
  rules: IKpiRule[];
}

const K = KpiDefinitionsList.fields;
const R = StatusReportsList.fields;
const METRICS: ReadonlyArray<string> = KpiDefinitionsList.choices.KpiMetric;

/** The settings from the PmoHubConfig value (absent or unreadable: the six standard dimensions, calendar fiscal years). */
export function settingsOf(value: string | undefined): IControllingSettings {
  const parsed = parseJson<unknown>(value, undefined);
  return { dimensions: dimensionSettingsOf(parsed), fiscalYearStartMonth: fiscalYearStartMonthOf(parsed) };
}

/** The KPI rules of active KpiDefinitions items that name a dimension and a computed figure. */
export function kpiRulesOf(rows: ReadonlyArray<Record<string, unknown>>): IKpiRule[] {
  const out: IKpiRule[] = [];
  for (const r of rows) {
    const dimension = text(r[K.ReportDimension])?.trim();
    const metric = text(r[K.KpiMetric]);
    if (!dimension || !metric || METRICS.indexOf(metric) < 0) continue;
    out.push({
      code: text(r[K.Code]) ?? String(r[K.Id]),
      title: text(r[K.Title]) ?? '',
      dimension,
      metric: metric as KpiMetric,
      rule: { greenThreshold: num(r[K.GreenThreshold]), amberThreshold: num(r[K.AmberThreshold]), higherIsBetter: typeof r[K.HigherIsBetter] === 'boolean' ? (r[K.HigherIsBetter] as boolean) : undefined }
    });
  }
  return out;
}

/** The KpiDefinitions columns {@link kpiRulesOf} reads. */
export const KPI_SELECT: ReadonlyArray<string> = [K.Id, K.Title, K.Code, K.ReportDimension, K.KpiMetric, K.GreenThreshold, K.AmberThreshold, K.HigherIsBetter];

/** Days the most-slipped open milestone's forecast lies after its baseline (undefined without an open, baselined milestone). */
export function milestoneSlipDays(milestones: ReadonlyArray<IMilestone>): number | undefined {
  let worst: number | undefined;
  for (const m of milestones) {
    if (m.status === 'Achieved' || m.status === 'Cancelled' || m.actualDate || !m.baselineDate || !m.forecastDate) continue;
    const slip = daysBetween(m.baselineDate, m.forecastDate);
    if (worst === undefined || slip > worst) worst = slip;
  }
  return worst;
}

/** The value of each KPI rule for a report's EV inputs and the project's milestones, by KPI code. */
export function kpiValues(rules: ReadonlyArray<IKpiRule>, input: IEarnedValueInput, milestones: ReadonlyArray<IMilestone>): Record<string, number | undefined> {
  const ev = earnedValue(input);
  const figures: Record<KpiMetric, number | undefined> = {
    Spi: ev.spi ?? undefined, Cpi: ev.cpi ?? undefined, TcpiBac: ev.tcpiBac ?? undefined, TcpiEac: ev.tcpiEac ?? undefined, MilestoneSlipDays: milestoneSlipDays(milestones)
  };
  const values: Record<string, number | undefined> = {};
  for (const r of rules) values[r.code] = figures[r.metric];
  return values;
}

/** The suggestion per configured dimension from the KPI rules (the first rule naming a dimension suggests it). */
export function suggestionsFor(rules: IReportRules, input: IEarnedValueInput, milestones: ReadonlyArray<IMilestone>): IRagSuggestion[] {
  const byDimension = new Map<string, IKpiRule>();
  for (const r of rules.rules) if (!byDimension.has(r.dimension)) byDimension.set(r.dimension, r);
  const dimensions: IReportDimension[] = rules.dimensions.map(d => ({ dimension: d.dimension, ...(byDimension.has(d.dimension) ? { kpi: (byDimension.get(d.dimension) as IKpiRule).code } : {}) }));
  const ruleByCode: Record<string, IRagRuleInput> = {};
  for (const r of rules.rules) ruleByCode[r.code] = r.rule;
  return suggestRags(dimensions, ruleByCode, kpiValues(rules.rules, input, milestones));
}

/** The data EV inputs are derived from: the project's budget lines (phasing by fiscal year, actuals). */
export interface IReportData {
  budgetLines: ReadonlyArray<IBudgetLineAmounts>;
  milestones: ReadonlyArray<IMilestone>;
}

/** A change of a dimension's rating (or of the overall RAG, dimension 'overall'); null clears the RAG. */
export interface IRatingChange {
  dimension: string;
  rag?: Rag | null; // eslint-disable-line @rushstack/no-new-null -- clears the rating
  justification?: string;
  comment?: string;
}

/** What a project manager changes on a draft. EV inputs: a number is given on the report, null derives it again. */
export interface IReportDraftChanges {
  title?: string;
  reportDate?: IsoDay;
  periodStart?: IsoDay;
  periodEnd?: IsoDay;
  ratings?: ReadonlyArray<IRatingChange>;
  pv?: number | null; // eslint-disable-line @rushstack/no-new-null -- derive again
  ev?: number | null; // eslint-disable-line @rushstack/no-new-null -- derive again
  ac?: number | null; // eslint-disable-line @rushstack/no-new-null -- derive again
  bac?: number | null; // eslint-disable-line @rushstack/no-new-null -- derive again
  percentComplete?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears it
  eacMethod?: EacMethod;
  achievements?: string;
  nextSteps?: string;
  escalations?: string;
}

/** A draft after applying changes: its column values, and the overrides that lack a justification. */
export interface IPreparedReport {
  values: Record<string, unknown>;
  dimensions: IDimensionRag[];
  issues: IRagChoiceIssue[];
  evm: IResolvedEvmInputs;
}

const INPUTS: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** The EV inputs after a change: given ones kept (or changed), derived ones derived again from the data. */
function resolveInputs(report: IStatusReport, changes: IReportDraftChanges, data: IReportData, rules: IReportRules, percentComplete: number | undefined): IResolvedEvmInputs {
  const given: IEarnedValueInput = { eacMethod: changes.eacMethod ?? report.evm.eacMethod ?? DEFAULT_EAC_METHOD };
  for (const k of INPUTS) {
    const change = changes[k];
    given[k] = change !== undefined ? change ?? undefined : report.evm.sources[k] === 'given' ? report.evm[k] : undefined;
  }
  const phasing = fiscalYearPhasing(data.budgetLines, rules.fiscalYearStartMonth);
  const reportDate = changes.reportDate ?? report.reportDate;
  return resolveEvmInputs(given, { reportDate, phasing, budgetLines: data.budgetLines, percentComplete });
}

/** The dimensions after a change: the configured ones in order with fresh suggestions, then the overall RAG. */
function rateDimensions(report: IStatusReport, changes: IReportDraftChanges, suggestions: IRagSuggestion[]): IDimensionRag[] {
  const before = new Map(report.dimensions.map(d => [d.dimension, d]));
  const change = new Map((changes.ratings ?? []).map(c => [c.dimension, c]));
  const rate = (dimension: string, suggested: Rag | undefined, value?: number): IDimensionRag => {
    const old = before.get(dimension);
    const c = change.get(dimension);
    // A rating that followed its suggestion keeps following it; an override (or a rating without a suggestion) stays.
    const followed = old !== undefined && old.suggested !== undefined && old.rag === old.suggested;
    const rag = c && c.rag !== undefined ? c.rag ?? undefined : followed ? suggested : old?.rag;
    const justification = (c?.justification ?? old?.justification ?? '').trim();
    const comment = (c?.comment ?? old?.comment ?? '').trim();
    return { dimension, ...(rag ? { rag } : {}), ...(suggested ? { suggested } : {}), ...(value !== undefined ? { value } : {}), ...(justification ? { justification } : {}), ...(comment ? { comment } : {}) };
  };
  const rated = suggestions.map(s => rate(s.dimension, s.rag, s.value));
  const rags: Record<string, Rag | undefined> = {};
  for (const d of rated) rags[d.dimension] = d.rag;
  const overall = rate(OVERALL_DIMENSION, overallRag(suggestions.map(s => s.dimension), rags).rag);
  return [overall, ...rated];
}

/**
 * Applies a draft's changes (or none, at publish): EV inputs resolved with their sources, suggestions
 * from the KPI rules, each dimension's rating, comment and justification, the overall RAG (suggested
 * as the worst dimension), and the overrides that lack a justification (overall included).
 */
export function prepareReport(report: IStatusReport, changes: IReportDraftChanges, data: IReportData, rules: IReportRules): IPreparedReport {
  const percentComplete = changes.percentComplete !== undefined ? changes.percentComplete ?? undefined : report.evm.percentComplete;
  const evm = resolveInputs(report, changes, data, rules, percentComplete);
  const dimensions = rateDimensions(report, changes, suggestionsFor(rules, evm.input, data.milestones));
  const issues = checkRagOverrides(dimensions.map(d => ({ dimension: d.dimension, suggested: d.suggested, chosen: d.rag, justification: d.justification })));
  const ragOf = (dimension: string): Rag | null => toRag(dimensions.filter(d => d.dimension === dimension)[0]?.rag) ?? null; // eslint-disable-line @rushstack/no-new-null -- clears the column
  const values: Record<string, unknown> = {
    [R.RagDetailsJson]: JSON.stringify(dimensions),
    [R.PlannedValue]: evm.input.pv ?? null,
    [R.EarnedValue]: evm.input.ev ?? null,
    [R.ActualCost]: evm.input.ac ?? null,
    [R.BudgetAtCompletion]: evm.input.bac ?? null,
    [R.PercentComplete]: percentComplete ?? null,
    [R.EacMethod]: evm.input.eacMethod ?? DEFAULT_EAC_METHOD,
    [R.EvmSourcesJson]: JSON.stringify(evm.sources)
  };
  for (const [dimension, column] of Object.entries(REPORT_RAG_COLUMNS)) values[column] = ragOf(dimension);
  const texts: Array<[keyof IReportDraftChanges, string]> = [['title', R.Title], ['achievements', R.Highlights], ['nextSteps', R.NextSteps], ['escalations', R.Escalations]];
  for (const [key, column] of texts) if (changes[key] !== undefined) values[column] = String(changes[key]).trim() || null;
  return { values, dimensions, issues, evm };
}
