/**
 * The Reports library: generated reports stored with their kind, day, project or view, the audit
 * trail of what the board saw. A report is uploaded under its own name (never over another file: a
 * taken name gets ' (2)', ' (3)' …) and then described (its columns set), which SharePoint lets the
 * PMO and project managers do and nobody but PMO Owners undo (README, "KPIs and reports").
 */
import type { SPFI } from '../platform/pnp';
// The files API (`folder.files.addUsingPath`, `getFileByServerRelativePath`): in a browser bundle nothing
// else registers it, and storing a report failed with "addUsingPath of undefined".
import '../platform/pnpFiles';
import { isIsoDay, readDateOnly, writeDateOnly, type ISiteTimeZone } from '../domain/dates';
import { safeFileName } from '../domain/reports';
import { num, text } from './itemValues';
import { listOn } from './lists';
import type { ISiteAddress } from './site';
import { lookupId, projected, ReportsList } from '../schema/refs';
import type { IStoredReport, IStoreReportInput, ReportKind } from './DashboardService';

type Row = Record<string, unknown>;

const R = ReportsList.fields;

/** The kinds of stored reports, as the ReportKind column offers them. */
export const REPORT_KINDS: ReadonlyArray<ReportKind> = ReportsList.choices.ReportKind as ReadonlyArray<ReportKind>;

/** The columns a stored report is listed with. */
const REPORT_FILE_SELECT: ReadonlyArray<string> = [
  R.Id, R.FileLeafRef, R.FileRef, R.ReportKind, R.ReportDate, lookupId(R.Project), projected(R.Project, 'Title'), R.ViewName, projected(R.Author, 'Title'), R.Created
];

/** What is wrong with a report to store (the field named), or undefined. */
export function storeProblem(input: IStoreReportInput): keyof IStoreReportInput | undefined {
  if (REPORT_KINDS.indexOf(input.kind) < 0) return 'kind';
  if (!safeFileName(input.fileName.replace(/\.(pptx|xlsx)$/i, '')).trim() || !/\.(pptx|xlsx)$/i.test(input.fileName)) return 'fileName';
  if (!isIsoDay(input.date)) return 'date';
  if (input.projectId !== undefined && !(Number.isInteger(input.projectId) && input.projectId > 0)) return 'projectId';
  return undefined;
}

/** A Reports item as a stored report. */
export function storedReportOf(r: Row, zone: ISiteTimeZone): IStoredReport {
  const project = r[R.Project] as { Title?: string } | undefined;
  const projectId = num(r[lookupId(R.Project)]);
  const viewName = text(r[R.ViewName]);
  return {
    id: r[R.Id] as number,
    kind: (text(r[R.ReportKind]) ?? 'PortfolioReport') as ReportKind,
    fileName: text(r[R.FileLeafRef]) ?? '',
    url: text(r[R.FileRef]) ?? '',
    date: readDateOnly(text(r[R.ReportDate]), zone) ?? '',
    ...(projectId !== undefined ? { projectId } : {}),
    ...(text(project?.Title) ? { projectTitle: text(project?.Title) } : {}),
    ...(viewName ? { viewName } : {}),
    storedBy: text((r[R.Author] as { Title?: string } | undefined)?.Title) ?? '',
    storedAt: text(r[R.Created]) ?? ''
  };
}

const isNameTaken = (e: unknown): boolean => /already exists|-2130575257/.test(String((e as Error)?.message));

/**
 * Uploads `content` into Reports under `input.fileName` (made safe; ' (2)', ' (3)' … while taken)
 * and sets its columns. The input is checked first (nothing is written when a value is refused: the
 * caller gets the field's name as `Error.message`). Returns the stored report as listed.
 */
export async function storeReportFile(sp: SPFI, site: ISiteAddress, zone: ISiteTimeZone, content: Blob | ArrayBuffer, input: IStoreReportInput): Promise<IStoredReport> {
  const ext = /\.(pptx|xlsx)$/i.exec(input.fileName)?.[0] ?? '';
  const base = safeFileName(input.fileName.slice(0, input.fileName.length - ext.length)).trim();
  const folder = sp.web.getFolderByServerRelativePath(site.listPath(ReportsList));
  let url = '';
  for (let n = 1; !url; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base} (${n})${ext}`;
    try {
      url = (await folder.files.addUsingPath(name, content, { Overwrite: false })).ServerRelativeUrl;
    } catch (e) {
      if (!isNameTaken(e) || n >= 100) throw e;
    }
  }
  const item = await sp.web.getFileByServerRelativePath(url).getItem<{ Id: number }>('Id');
  await item.update({
    [R.ReportKind]: input.kind, [R.ReportDate]: writeDateOnly(input.date, zone),
    ...(input.projectId !== undefined ? { [lookupId(R.Project)]: input.projectId } : {}),
    ...(input.viewName ? { [R.ViewName]: input.viewName.slice(0, 255) } : {})
  });
  const id = ((await item.select('Id')()) as { Id: number }).Id;
  const row = await listOn(sp, site, ReportsList).items.getById(id).select(...REPORT_FILE_SELECT).expand(R.Project, R.Author)<Row>();
  return storedReportOf(row, zone);
}

/** Every stored report the caller may read, newest first (by day, then the later stored first), paged by ID. */
export async function listReportFiles(sp: SPFI, site: ISiteAddress, zone: ISiteTimeZone): Promise<IStoredReport[]> {
  const out: IStoredReport[] = [];
  for await (const page of listOn(sp, site, ReportsList).items.select(...REPORT_FILE_SELECT).expand(R.Project, R.Author).top(5000)) {
    for (const r of page as Row[]) out.push(storedReportOf(r, zone));
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
}
