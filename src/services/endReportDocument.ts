/**
 * The end project report as a Word document, and its upload into the project's library. LAZY: the
 * `docx` package (about 100 KB gzip) and PnPjs' files API load only when a report is generated
 * (`import(/* webpackChunkName: 'end-report-docx' *\/ './endReportDocument')` in EndReportService), so no
 * web part's first view carries them. The headings come from GovernanceStrings in the user's locale;
 * amounts, numbers and days are formatted for that locale; user text stays as written.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import '../platform/pnpFiles';
import type { SPFI } from '../platform/pnp';
import { formatDateOnly } from '../domain/dates';
import { formatAmountFor } from '../domain/numbers';
import type { IEndReport, IReportTable, ReportCell } from '../domain/governance';

/** Strings by key (GovernanceStrings of the user's locale). */
export type ReportStrings = Readonly<Record<string, string>>;

const fill = (template: string, value: string): string => template.replace('{0}', value);

/** The text of a report cell in a locale: labels and codes through the strings, amounts and days formatted. */
export function cellText(cell: ReportCell, strings: ReportStrings, locale: string): string {
  switch (cell.kind) {
    case 'text': return cell.value;
    case 'label': return strings[cell.key] ?? cell.key;
    case 'code': return strings[`Choice_${cell.field}_${cell.value}`] ?? cell.value;
    case 'amount': return formatAmountFor(cell.value, locale);
    case 'date': return formatDateOnly(cell.value, locale);
    case 'number': {
      // A percentage (0–100) is formatted by Intl in the locale's own way: 7% (en), 7 % (de, fr).
      if (cell.unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(cell.value / 100);
      const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cell.value);
      return cell.unit === 'days' ? fill(strings.EndReport_Days ?? '{0}', n) : n;
    }
    default: return '';
  }
}

function table(t: IReportTable, strings: ReportStrings, locale: string): Array<Paragraph | Table> {
  const right = (c: ReportCell): boolean => c.kind === 'amount' || c.kind === 'number';
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(c => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: strings[c] ?? c, bold: true })] })] }))
  });
  const rows = t.rows.map(r => new TableRow({
    children: r.map(c => new TableCell({ children: [new Paragraph({ alignment: right(c) ? AlignmentType.RIGHT : AlignmentType.LEFT, text: cellText(c, strings, locale) })] }))
  }));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: strings[t.caption] ?? t.caption }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })
  ];
}

/**
 * The report as a .docx (Office Open XML) file: the title, the generation note, and per section its
 * heading, its paragraphs (an empty one says what the PM fills in) and its tables with header rows.
 */
export async function renderEndReportDocx(report: IEndReport, strings: ReportStrings, locale: string): Promise<ArrayBuffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `${strings.EndReport_Title ?? 'EndReport_Title'}: ${report.projectTitle}` }),
    new Paragraph({ children: [new TextRun({ text: fill(strings.EndReport_GeneratedOn ?? '{0}', formatDateOnly(report.generatedOn, locale)), italics: true })] })
  ];
  for (const s of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: strings[s.heading] ?? s.heading }));
    for (const p of s.paragraphs) children.push(new Paragraph({ text: p.kind === 'empty' ? strings.EndReport_FillIn ?? '' : cellText(p, strings, locale) }));
    for (const t of s.tables) children.push(...table(t, strings, locale));
  }
  const doc = new Document({ creator: 'PMO Hub', title: `${strings.EndReport_Title ?? ''}: ${report.projectTitle}`, sections: [{ children }] });
  return Packer.toArrayBuffer(doc);
}

/** Characters SharePoint refuses in a file name (and '#', '%', which break links), replaced by '-' (shared with the report documents). */
export { safeFileName } from '../domain/reports';

/**
 * Uploads `content` as `<base>.docx` into the library folder, never over an existing file (the PM may
 * have edited an earlier report): ' (2)', ' (3)', … are tried after a name that is taken.
 * @returns the file's server-relative URL.
 */
export async function uploadDocument(sp: SPFI, folderPath: string, base: string, content: ArrayBuffer): Promise<string> {
  const folder = sp.web.getFolderByServerRelativePath(folderPath);
  const existing = new Set(((await folder.files.select('Name')()) as Array<{ Name: string }>).map(f => f.Name.toLowerCase()));
  let name = `${base}.docx`;
  for (let n = 2; existing.has(name.toLowerCase()); n++) name = `${base} (${n}).docx`;
  const info = await folder.files.addUsingPath(name, content, { Overwrite: false });
  return info.ServerRelativeUrl;
}

/** Sets the columns of an uploaded file's list item (e.g. Project, DocumentType); returns the item id. */
export async function setFileColumns(sp: SPFI, fileUrl: string, values: Record<string, unknown>): Promise<number> {
  const item = await sp.web.getFileByServerRelativePath(fileUrl).getItem<{ Id: number }>('Id');
  await item.update(values);
  return ((await item.select('Id')()) as { Id: number }).Id;
}
