import type { ExportCell } from '../../domain/portfolio';

/** write-excel-file's cell (its types are loaded with the module). */
interface ICell {
  value: string | number | Date;
  type?: StringConstructor | NumberConstructor | DateConstructor;
  format?: string;
  fontWeight?: 'bold';
}

/**
 * A table cell as write-excel-file writes it: typed numbers and dates, empty cells empty. A date is a
 * day at UTC midnight (domain/dates `excelDateOf`): the library takes a Date's UTC time for Excel's
 * serial number, so the cell shows that day in every time zone.
 */
export function toSheetCell(c: ExportCell, header: boolean): ICell | undefined {
  if (c === undefined || c === '') return undefined;
  if (header) return { value: String(c), type: String, fontWeight: 'bold' };
  if (typeof c === 'number') return { value: c, type: Number, format: '#,##0.00' };
  if (c instanceof Date) return { value: c, type: Date, format: 'yyyy-mm-dd' };
  return { value: c, type: String };
}

/**
 * Writes the table as an .xlsx file and starts the download, with write-excel-file (maintained, no
 * known advisories). It is loaded on first use, in its own chunk, so the web part stays small.
 */
export async function writeWorkbook(table: ExportCell[][], fileName: string, sheetName: string): Promise<void> {
  const mod = await import(/* webpackChunkName: 'excel-writer' */ 'write-excel-file/browser');
  const data = table.map((row, i) => row.map(c => toSheetCell(c, i === 0)));
  // The library's overloads are typed on its own Cell type; ICell is a structural subset of it.
  const write = mod.default as unknown as (d: Array<Array<ICell | undefined>>, o: { sheet: string; stickyRowsCount: number; columns: Array<{ width: number }> }) => { toFile(name: string): Promise<void> };
  const widths = (table[0] ?? []).map((_, col) => ({ width: Math.min(60, Math.max(10, ...table.slice(0, 200).map(r => String(r[col] ?? '').length + 2))) }));
  await write(data, { sheet: sheetName, stickyRowsCount: 1, columns: widths }).toFile(fileName);
}
