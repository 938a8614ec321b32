/** Localized labels and formats of the portfolio's codes and values. */
import * as strings from 'PmoHubStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatMoney as formatMoneyAmount } from '../../domain/numbers';
import type { IExportLabels, PortfolioColumnKey, PortfolioGroupBy, Rag, RagDimension, RagFilterValue } from '../../domain/portfolio';

function str(key: string, fallback: string): string {
  const v = (strings as unknown as Record<string, string | undefined>)[key];
  return v || fallback;
}

export const columnLabel = (key: PortfolioColumnKey): string => str(`Portfolio_Col_${key}`, key);
export const stageLabel = (code: string): string => str(`Portfolio_Stage_${code}`, code);
export const statusLabel = (code: string): string => str(`Portfolio_Status_${code}`, code);
export const ragLabel = (value: RagFilterValue): string => str(`Portfolio_Rag_${value}`, value);
export const dimensionLabel = (d: RagDimension): string => str(`Portfolio_Dim_${d}`, d);
export const groupByLabel = (g: PortfolioGroupBy | 'none'): string => str(`Portfolio_GroupBy_${g}`, g);
export const milestoneStatusLabel = (code: string): string => str(`Portfolio_Milestone_${code}`, code);
export const viewProblemLabel = (code: string): string => str(`Portfolio_ViewProblem_${code}`, code);

/** The labels the Excel export writes. */
export const exportLabels: IExportLabels = {
  column: columnLabel, stage: stageLabel, status: statusLabel, rag: (r: Rag) => ragLabel(r),
  get noCurrentRag(): string { return strings.Portfolio_RagNoCurrent; }
};

/** A date-only value ('YYYY-MM-DD', the site's day as the services read it) as the locale writes it: "Mar 1, 2027". */
export function formatDate(day: string | undefined, locale: string): string {
  return formatDateOnly(day, locale, 'medium');
}

/** A budget as PMO Hub shows money (domain/numbers formatMoney); empty when there is none. */
export function formatMoney(value: number | undefined, locale: string): string {
  return value === undefined ? '' : formatMoneyAmount(value, locale);
}
