/** The portfolio as an exported table (Excel): typed cells, codes shown as labels. */
import { columnValue, ragDimensionOf, type PortfolioColumnKey } from './columns';
import { hasEnded, type Rag } from './rag';
import type { IPortfolioRow } from './row';
import { excelDateOf } from '../dates';

/** One cell of an exported table: text, a number or a date. */
export type ExportCell = string | number | Date | undefined;

/** How the export shows values the grid shows as codes (stage, status, RAG). */
export interface IExportLabels {
  column(key: PortfolioColumnKey): string;
  stage(code: string): string;
  status(code: string): string;
  rag(value: Rag): string;
  /** What a RAG cell says for a closed or cancelled project, which has no current RAG ("No current status"). */
  noCurrentRag: string;
}

/** The cell of one column as the export writes it (days as Date, see excelDateOf; budget as number; codes as labels). */
export function exportCell(row: IPortfolioRow, column: PortfolioColumnKey, labels: IExportLabels): ExportCell {
  switch (column) {
    case 'stage': return row.stage ? labels.stage(row.stage) : undefined;
    case 'status': return row.status ? labels.status(row.status) : undefined;
    case 'budget': return row.budget;
    case 'nextMilestoneDate': return excelDateOf(row.nextMilestone?.date);
    case 'lastReportDate': return excelDateOf(row.lastReportDate);
    case 'startDate': return excelDateOf(row.startDate);
    case 'endDate': return excelDateOf(row.endDate);
    default: {
      const d = ragDimensionOf(column);
      if (d) return hasEnded(row.status) ? labels.noCurrentRag : row.rag[d] ? labels.rag(row.rag[d] as Rag) : undefined;
      const v = columnValue(row, column);
      return v === undefined ? undefined : String(v);
    }
  }
}

/** The exported table: a header row of column titles, then one row per project in view order. */
export function exportTable(rows: ReadonlyArray<IPortfolioRow>, columns: ReadonlyArray<PortfolioColumnKey>, labels: IExportLabels): ExportCell[][] {
  return [columns.map(c => labels.column(c)), ...rows.map(r => columns.map(c => exportCell(r, c, labels)))];
}
