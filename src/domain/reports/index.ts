/**
 * Reports (pure, no I/O): the data of the single-project status report and of the multi-project
 * report, the labels their builders write (every text in the user's language comes from the
 * caller), and the rules the builders share.
 * - `model`: `IProjectReportData`, `IPortfolioReportData` and their parts;
 * - `labels`: `IReportLabels`, the builders' texts;
 * - `figures`: a milestone's state at the status date, earned value of a status report, the RAG
 *   distribution of the overview;
 * - `officeText`: user text made safe for Office files (`officeSafeText`), clipping, file names;
 * - `paging`: long tables over several slides;
 * - `amounts`: the one formatter of every amount a report writes (`formatReportAmount`).
 * The builders are in src/components/Reports/documents. Import from here (`../domain/reports`).
 */
export {
  REPORT_EVM_COLUMNS, REPORT_EVM_FIGURES, REPORT_EVM_INDICES, REPORT_MILESTONE_STATES,
  type IPortfolioReportData, type IProjectReportData, type IReportAppendixDecision, type IReportAppendixRaidItem, type IReportDecision, type IReportDimension,
  type IReportEarnedValue, type IReportKpiTile, type IReportMilestone, type IReportOverviewRow, type IReportRaidItem,
  type ReportEvmKey, type ReportMilestoneState, type ReportRaidKind
} from './model';
export { REPORT_LISTS, type IReportColumnLabels, type IReportFileLabels, type IReportHeadingLabels, type IReportLabels, type IReportListLabels, type IReportSheetLabels, type IReportTemplateLabels, type ReportList } from './labels';
export { boardMilestoneOrder, ragDistribution, reportEarnedValue, reportMilestone, reportMilestoneState, type IRagDistribution } from './figures';
export { formatReportAmount, formatReportEvm, REPORT_AMOUNT_FORMAT } from './amounts';
export { clipText, officeSafeText, reportFileName, safeFileName } from './officeText';
export { paginate, textLines, type IPageLimits } from './paging';
