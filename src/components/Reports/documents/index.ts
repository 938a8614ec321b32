/**
 * The report documents: the single-project status report and the multi-project report as
 * PowerPoint (.pptx) and the report workbook as Excel (.xlsx), from the data of src/domain/reports
 * and the caller's labels (every text in the user's language).
 *
 * This entry is light: the builders and their libraries load on first use, pptxgenjs in the
 * `report-pptx` chunk and write-excel-file in the `report-xlsx` chunk, so that no web part's initial
 * bundle carries them. Each build reports progress (projects done of total) and can be cancelled
 * with an AbortSignal: it then rejects with the signal's reason (an AbortError) and returns no file.
 * The caller downloads the file or stores it in the Reports library.
 */
import type { IPortfolioReportData, IProjectReportData, IReportLabels } from '../../../domain/reports';
import type { IReportBuildOptions, IReportFile } from './progress';
import type { IProjectReportOptions } from './pptx/deck';

export { PPTX_MIME_TYPE, XLSX_MIME_TYPE, type IReportBuildOptions, type IReportFile } from './progress';
export type { IProjectReportOptions } from './pptx/deck';

/** Loads the PowerPoint builders (and pptxgenjs) from their chunk. */
const loadDeck = (): Promise<typeof import('./pptx/deck')> => import(/* webpackChunkName: 'report-pptx' */ './pptx/deck');

/** The single-project status report: a .pptx of one slide (see `projectReportPptx`). */
export async function buildProjectReportPptx(project: IProjectReportData, labels: IReportLabels, options: IProjectReportOptions): Promise<IReportFile> {
  return (await loadDeck()).projectReportPptx(project, labels, options);
}

/** The multi-project report: a .pptx of fixed slides and one slide per project (see `portfolioReportPptx`). */
export async function buildPortfolioReportPptx(data: IPortfolioReportData, labels: IReportLabels, options: IReportBuildOptions): Promise<IReportFile> {
  return (await loadDeck()).portfolioReportPptx(data, labels, options);
}

/** The report workbook: a .xlsx with the sheets projects, status, milestones, risks and budget (see `reportWorkbook`). */
export async function buildReportWorkbook(data: IPortfolioReportData, labels: IReportLabels, options: IReportBuildOptions): Promise<IReportFile> {
  const { reportWorkbook } = await import(/* webpackChunkName: 'report-xlsx' */ './xlsx/workbook');
  return reportWorkbook(data, labels, options);
}
