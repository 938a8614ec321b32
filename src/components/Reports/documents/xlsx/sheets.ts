/**
 * The Excel report's sheets as typed tables: projects, status, milestones, risks (with issues and
 * decisions needed) and budget (earned value). Each column has a kind that decides how its cells
 * are written: text, a day (a real Excel date), an amount, an index or a count (real numbers).
 * Pure: no library; `workbook.ts` writes them.
 */
import { hasEnded, type Rag } from '../../../../domain/portfolio';
import {
  REPORT_EVM_COLUMNS, REPORT_EVM_INDICES, type IProjectReportData, type IReportLabels, type IReportOverviewRow, type ReportRaidKind
} from '../../../../domain/reports';
import { daysBetween, isIsoDay } from '../../../../domain/dates';

/** How a column's cells are written: user or label text; a day ('YYYY-MM-DD' → an Excel date); an amount, an index (two decimals) or a count (whole). */
export type SheetColumnKind = 'text' | 'date' | 'amount' | 'index' | 'count';

/** A column: its title and kind. */
export interface ISheetColumn {
  title: string;
  kind: SheetColumnKind;
}

/** A cell's value before it is written: text, a day for a date column, a number; undefined for an empty cell. */
export type SheetValue = string | number | undefined;

/** One sheet: its name, its columns and its rows (one value per column). */
export interface IReportSheet {
  name: string;
  columns: ISheetColumn[];
  rows: SheetValue[][];
}

const text = (title: string): ISheetColumn => ({ title, kind: 'text' });
const date = (title: string): ISheetColumn => ({ title, kind: 'date' });

/** A project's RAG as a word: "No current status" for a closed or cancelled project (as the grid shows it). */
function ragText(rag: Rag | undefined, status: string | undefined, labels: IReportLabels): string | undefined {
  if (hasEnded(status)) return labels.noCurrentRag;
  return rag ? labels.rag[rag] : undefined;
}

/** The projects sheet: one row per project of the overview (the grid's rows). */
export function projectsSheet(rows: ReadonlyArray<IReportOverviewRow>, labels: IReportLabels): IReportSheet {
  const c = labels.columns;
  return {
    name: labels.sheets.projects,
    columns: [
      text(c.code), text(c.project), text(c.programme), text(c.manager), text(c.stage), text(c.status), text(labels.dimension('overall')), date(c.statusDate),
      { title: c.budget, kind: 'amount' }, date(c.startDate), date(c.endDate), text(c.nextMilestone), date(c.nextMilestoneDate)
    ],
    rows: rows.map(r => [
      r.code, r.title, r.programme?.title, r.projectManager?.name, r.stage ? labels.stage(r.stage) : undefined, r.status ? labels.status(r.status) : undefined,
      ragText(r.rag.overall, r.status, labels), r.lastReportDate, r.budget, r.startDate, r.endDate, r.nextMilestone?.title, r.nextMilestone?.date
    ])
  };
}

/** The columns every per-project sheet starts with. */
const projectColumns = (labels: IReportLabels): ISheetColumn[] => [text(labels.columns.code), text(labels.columns.project)];

/** An empty per-project sheet: its name and columns; `addProject` fills its rows. */
function sheet(name: string, columns: ISheetColumn[]): IReportSheet {
  return { name, columns, rows: [] };
}

/** The sheets filled project by project: status, milestones, risks, budget. */
export interface IProjectSheets {
  status: IReportSheet;
  milestones: IReportSheet;
  risks: IReportSheet;
  budget: IReportSheet;
}

/** The per-project sheets, empty. */
export function projectSheets(labels: IReportLabels): IProjectSheets {
  const c = labels.columns;
  const lead = projectColumns(labels);
  return {
    status: sheet(labels.sheets.status, [...lead, date(c.statusDate), text(c.dimension), text(c.rag), text(c.comment)]),
    milestones: sheet(labels.sheets.milestones, [...lead, text(c.milestone), date(c.baseline), date(c.forecast), date(c.actual), text(c.state), { title: c.slipDays, kind: 'count' }]),
    risks: sheet(labels.sheets.risks, [...lead, text(c.kind), text(c.item), { title: c.score, kind: 'count' }, text(c.priority), text(c.owner), date(c.due)]),
    budget: sheet(labels.sheets.budget, [...lead, date(c.statusDate), ...REPORT_EVM_COLUMNS.map(k => ({ title: labels.evm[k], kind: REPORT_EVM_INDICES.indexOf(k) >= 0 ? 'index' as const : 'amount' as const }))])
  };
}

/** Days from the baseline to the actual day (or the forecast while not done); undefined without both. */
function slipDays(baseline: string | undefined, other: string | undefined): number | undefined {
  return isIsoDay(baseline) && isIsoDay(other) ? daysBetween(baseline, other) : undefined;
}

/** Adds one project's rows to the per-project sheets. */
export function addProject(sheets: IProjectSheets, p: IProjectReportData, labels: IReportLabels): void {
  const lead = [p.code, p.title];
  for (const d of p.dimensions) {
    sheets.status.rows.push([...lead, p.statusDate, labels.dimension(d.dimension, d.title), ragText(d.rag, p.status, labels) ?? labels.noRag, d.comment]);
  }
  for (const m of p.milestones) {
    sheets.milestones.rows.push([...lead, m.title, m.baseline, m.forecast, m.actual, labels.milestoneStates[m.state], slipDays(m.baseline, m.actual ?? m.forecast)]);
  }
  const kind = (k: ReportRaidKind): string => labels.raidKinds[k];
  for (const r of p.risksAndIssues) {
    sheets.risks.rows.push([...lead, kind(r.kind), r.title, r.kind === 'risk' ? r.score : undefined, r.priority ? labels.priority(r.priority) : undefined, r.owner, r.due]);
  }
  for (const d of p.decisions) sheets.risks.rows.push([...lead, kind('decision'), d.title, undefined, undefined, d.owner, d.due]);
  if (p.earnedValue) {
    const ev = p.earnedValue;
    sheets.budget.rows.push([...lead, p.statusDate, ...REPORT_EVM_COLUMNS.map(k => ev[k])]);
  }
}
