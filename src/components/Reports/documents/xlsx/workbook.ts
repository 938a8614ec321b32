/**
 * The Excel report, written with write-excel-file (MIT; already PMO Hub's Excel writer). LAZY: it
 * loads from the `report-xlsx` chunk (`../index.ts`) when a workbook is built.
 *
 * Cells are typed: days are real Excel dates (serial numbers in the 'yyyy-mm-dd' format), amounts,
 * indices and counts are numbers with their number format, and text, user text above all, is a
 * string cell in the Text format ('@'). No cell is ever a formula: a title such as
 * `=HYPERLINK("http://x")` stays the text it is (see src/domain/reports, `officeSafeText`).
 */
import writeXlsxFile, { type Cell, type CellObject, type Sheet } from 'write-excel-file/universal';
import { excelDateOf } from '../../../../domain/dates';
import { officeSafeText, REPORT_AMOUNT_FORMAT, reportFileName, type IPortfolioReportData, type IReportLabels } from '../../../../domain/reports';
import { buildProgress, throwIfCancelled, XLSX_MIME_TYPE, type IReportBuildOptions, type IReportFile } from '../progress';
import { addProject, projectSheets, projectsSheet, type IReportSheet, type SheetColumnKind, type SheetValue } from './sheets';

/** The number format of each kind of column. */
const FORMATS: Readonly<Record<SheetColumnKind, string>> = { text: '@', date: 'yyyy-mm-dd', amount: REPORT_AMOUNT_FORMAT, index: '0.00', count: '0' };

/** A value as write-excel-file's cell of the column's kind; undefined (an empty cell) when it has no value of that kind. */
export function sheetCell(value: SheetValue, kind: SheetColumnKind): CellObject | undefined {
  if (value === undefined || value === '') return undefined;
  switch (kind) {
    case 'date': {
      const day = typeof value === 'string' ? excelDateOf(value) : undefined;
      return day ? { value: day, type: Date, format: FORMATS.date } : undefined;
    }
    case 'text': return { value: officeSafeText(String(value)), type: String, format: FORMATS.text };
    default: return typeof value === 'number' && Number.isFinite(value) ? { value, type: Number, format: FORMATS[kind] } : undefined;
  }
}

/** A sheet name Excel accepts: without []:*?/\ and at most 31 characters (its number when nothing is left), different from the names before it. */
export function sheetName(name: string, taken: ReadonlyArray<string>): string {
  const base = Array.from(officeSafeText(name).replace(/[[\]:*?/\\]/g, ' ').trim() || String(taken.length + 1)).slice(0, 31).join('');
  let candidate = base;
  for (let n = 2; taken.some(t => t.toLowerCase() === candidate.toLowerCase()); n++) candidate = `${Array.from(base).slice(0, 28).join('')} ${n}`;
  return candidate;
}

/** A column's width (characters): its title's or its longest value's among the first 200 rows, between 8 and 60. */
function width(sheet: IReportSheet, col: number): number {
  const lengths = sheet.rows.slice(0, 200).map(r => (r[col] === undefined ? 0 : String(r[col]).length));
  return Math.min(60, Math.max(8, sheet.columns[col].title.length, ...lengths) + 2);
}

/** A typed sheet as write-excel-file's sheet: a bold header row that stays in view, then the typed rows. */
function toSheet(s: IReportSheet, taken: string[]): Sheet<Blob> {
  const name = sheetName(s.name, taken);
  taken.push(name);
  const header: Cell[] = s.columns.map(c => ({ value: officeSafeText(c.title), type: String, fontWeight: 'bold' }));
  const rows: Cell[][] = s.rows.map(r => s.columns.map((c, i) => sheetCell(r[i], c.kind)));
  return { data: [header, ...rows], sheet: name, stickyRowsCount: 1, columns: s.columns.map((_, i) => ({ width: width(s, i) })) };
}

/**
 * The report workbook (.xlsx) of a multi-project report: sheets projects, status, milestones, risks
 * (risks, issues and decisions needed) and budget, in that order. Progress reports projects done of
 * total; rejects with the signal's reason (an AbortError) when cancelled, returning no file.
 */
export async function reportWorkbook(data: IPortfolioReportData, labels: IReportLabels, options: IReportBuildOptions): Promise<IReportFile> {
  throwIfCancelled(options.signal);
  const perProject = projectSheets(labels);
  const progress = buildProgress(options, data.projects.length);
  for (const p of data.projects) {
    addProject(perProject, p, labels);
    await progress.step();
  }
  const taken: string[] = [];
  const sheets = [projectsSheet(data.overview, labels), perProject.status, perProject.milestones, perProject.risks, perProject.budget].map(s => toSheet(s, taken));
  const blob = await writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
  const content = await blob.arrayBuffer();
  throwIfCancelled(options.signal);
  return { fileName: reportFileName(labels.files.portfolioReport, data.title, data.generatedOn, 'xlsx'), mimeType: XLSX_MIME_TYPE, content };
}
