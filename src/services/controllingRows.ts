/**
 * Rows of project controlling as the services read them from SharePoint: milestones, budget lines and
 * status reports (published ones and drafts share their columns). One mapping per list, used by the
 * milestone, budget and status report services and by the project page's single `$batch`.
 */
import { readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { EAC_METHODS, DEFAULT_EAC_METHOD, type EacMethod, type EvmInputKey, type EvmInputSource } from '../domain/evm';
import type { IBaselineChange } from '../domain/milestones';
import type { IBudgetLineAmounts } from '../domain/budget';
import { toRag, type Rag } from '../domain/portfolio';
import { isCode } from '../domain/vocabulary';
import { BudgetLinesList, lookupId, MilestonesList, REPORT_RAG_COLUMNS, StatusReportsList } from '../schema/refs';
import { etagOf, num, text } from './itemValues';
import { parseJson, storedDimensions, type IDimensionRag } from './reportDimensions';

const M = MilestonesList.fields;
const B = BudgetLinesList.fields;
const R = StatusReportsList.fields;

export { parseJson, type IDimensionRag } from './reportDimensions';

// --- Milestones -------------------------------------------------------------------------------

/** A milestone as the services give it out. Dates are the site's days ('YYYY-MM-DD'). */
export interface IMilestone {
  id: number;
  projectId: number;
  title: string;
  baselineDate?: IsoDay;
  forecastDate?: IsoDay;
  actualDate?: IsoDay;
  /** Planned, Achieved, Late or Cancelled (Milestones.MilestoneStatus). */
  status: string;
  gateId?: number;
  sortOrder?: number;
  /** Earlier baselines with their reasons, oldest first. */
  baselineHistory: IBaselineChange[];
  /** The item's ETag as read: saves are guarded by it. */
  etag: string;
}

/** The Milestones columns {@link milestoneOf} reads. */
export const MILESTONE_SELECT: ReadonlyArray<string> = [
  M.Id, M.Title, lookupId(M.Project), M.BaselineDate, M.ForecastDate, M.ActualDate, M.MilestoneStatus, lookupId(M.Gate), M.SortOrder, M.BaselineHistoryJson
];

/** A Milestones item as a milestone. */
export function milestoneOf(r: Record<string, unknown>, zone: ISiteTimeZone): IMilestone {
  const day = (v: unknown): IsoDay | undefined => readDateOnly(text(v), zone);
  return {
    id: r[M.Id] as number,
    projectId: num(r[lookupId(M.Project)]) ?? 0,
    title: text(r[M.Title]) ?? '',
    baselineDate: day(r[M.BaselineDate]),
    forecastDate: day(r[M.ForecastDate]),
    actualDate: day(r[M.ActualDate]),
    status: text(r[M.MilestoneStatus]) ?? 'Planned',
    gateId: num(r[lookupId(M.Gate)]),
    sortOrder: num(r[M.SortOrder]),
    baselineHistory: parseJson<IBaselineChange[]>(r[M.BaselineHistoryJson], []),
    etag: etagOf(r as { 'odata.etag'?: string })
  };
}

/** Milestones in their order: SortOrder, then baseline date, then id. */
export function sortMilestones(list: IMilestone[]): IMilestone[] {
  return list.sort((a, b) => (a.sortOrder ?? 1e9) - (b.sortOrder ?? 1e9) || (a.baselineDate ?? '').localeCompare(b.baselineDate ?? '') || a.id - b.id);
}

// --- Budget lines -----------------------------------------------------------------------------

/** A budget line: a project's planned, forecast and actual amount for one fiscal year, cost type (Capex, Opex) and category. */
export interface IBudgetLine extends IBudgetLineAmounts {
  id: number;
  projectId: number;
  title: string;
  etag: string;
}

/** The BudgetLines columns {@link budgetLineOf} reads. */
export const BUDGET_SELECT: ReadonlyArray<string> = [B.Id, B.Title, lookupId(B.Project), B.FiscalYear, B.CostType, B.CostCategory, B.PlannedAmount, B.ForecastAmount, B.ActualAmount];

/** A BudgetLines item as a budget line. */
export function budgetLineOf(r: Record<string, unknown>): IBudgetLine {
  return {
    id: r[B.Id] as number,
    projectId: num(r[lookupId(B.Project)]) ?? 0,
    title: text(r[B.Title]) ?? '',
    fiscalYear: num(r[B.FiscalYear]) ?? 0,
    costType: text(r[B.CostType]),
    category: text(r[B.CostCategory]),
    planned: num(r[B.PlannedAmount]),
    forecast: num(r[B.ForecastAmount]),
    actual: num(r[B.ActualAmount]),
    etag: etagOf(r as { 'odata.etag'?: string })
  };
}

// --- Status reports ---------------------------------------------------------------------------

/** A report's earned-value inputs (cumulative at the report date) and where each came from. */
export interface IReportEvm {
  pv?: number;
  ev?: number;
  ac?: number;
  bac?: number;
  /** Physical % complete, 0–100. */
  percentComplete?: number;
  eacMethod: EacMethod;
  sources: Record<EvmInputKey, EvmInputSource>;
}

/** A status report, published or a draft. */
export interface IStatusReport {
  id: number;
  projectId: number;
  title: string;
  /** 'Published' (StatusReports) or 'Draft' (StatusReportDrafts). */
  status: 'Draft' | 'Published';
  reportDate?: IsoDay;
  periodStart?: IsoDay;
  periodEnd?: IsoDay;
  /** The overall RAG (with its suggestion and justification) first, then each dimension in the PMO's order. */
  dimensions: IDimensionRag[];
  /** The overall RAG. */
  overall?: Rag;
  evm: IReportEvm;
  /** Achievements in the period (the Highlights column). */
  achievements?: string;
  nextSteps?: string;
  escalations?: string;
  /** When it was published (ISO date and time), for published reports. */
  publishedDate?: string;
  /** For a published report: the draft it came from. */
  draftNumber?: number;
  etag: string;
}

/** The columns StatusReports and StatusReportDrafts share, as {@link reportOf} reads them. */
export const REPORT_SELECT: ReadonlyArray<string> = [
  R.Id, R.Title, lookupId(R.Project), R.ReportDate, R.PeriodStart, R.PeriodEnd, ...Object.values(REPORT_RAG_COLUMNS), R.RagDetailsJson,
  R.PlannedValue, R.EarnedValue, R.ActualCost, R.BudgetAtCompletion, R.PercentComplete, R.EacMethod, R.EvmSourcesJson, R.Highlights, R.NextSteps, R.Escalations
];

/** The columns only published reports have. */
export const PUBLISHED_SELECT: ReadonlyArray<string> = [R.ReportStatus, R.PublishedDate, R.DraftNumber];

const NO_SOURCES: Record<EvmInputKey, EvmInputSource> = { pv: 'missing', ev: 'missing', ac: 'missing', bac: 'missing' };

/** A StatusReports or StatusReportDrafts item as a report. */
export function reportOf(r: Record<string, unknown>, status: 'Draft' | 'Published', zone: ISiteTimeZone): IStatusReport {
  const day = (v: unknown): IsoDay | undefined => readDateOnly(text(v), zone);
  const eac = r[R.EacMethod];
  return {
    id: r[R.Id] as number,
    projectId: num(r[lookupId(R.Project)]) ?? 0,
    title: text(r[R.Title]) ?? '',
    status,
    reportDate: day(r[R.ReportDate]),
    periodStart: day(r[R.PeriodStart]),
    periodEnd: day(r[R.PeriodEnd]),
    dimensions: storedDimensions(r),
    overall: toRag(r[R.RagOverall]),
    evm: {
      pv: num(r[R.PlannedValue]),
      ev: num(r[R.EarnedValue]),
      ac: num(r[R.ActualCost]),
      bac: num(r[R.BudgetAtCompletion]),
      percentComplete: num(r[R.PercentComplete]),
      eacMethod: isCode(EAC_METHODS, eac) ? eac : DEFAULT_EAC_METHOD,
      sources: { ...NO_SOURCES, ...parseJson<Partial<Record<EvmInputKey, EvmInputSource>>>(r[R.EvmSourcesJson], {}) }
    },
    achievements: text(r[R.Highlights]),
    nextSteps: text(r[R.NextSteps]),
    escalations: text(r[R.Escalations]),
    publishedDate: text(r[R.PublishedDate]),
    draftNumber: num(r[R.DraftNumber]),
    etag: etagOf(r as { 'odata.etag'?: string })
  };
}
