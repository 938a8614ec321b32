/**
 * Assignments rows as src/domain/capacity reads them: the columns read, a row as a demand entry, the
 * rows of one committed request found by their key (commitmentKey in Title), and reading the rows of
 * a range of months from a list of any size without meeting the list view threshold.
 *
 * Why the months are not read with an indexed `Month eq …` clause on a big list: SharePoint refuses an
 * indexed first clause that matches more than 5,000 items (SPQueryThrottledException), and it gives
 * no count beforehand, so a busy month (a portfolio of 5,000 projects books 5,000–10,000 rows a
 * month) would be refused. On a list of at most 5,000 items the first page is the whole list; above
 * that, the rows are read in pages of 5,000 by ID (never refused), at the same time, from the ID
 * after the first page to the highest ID: ceil(rows ÷ 5,000) requests in all, besides the `$batch`.
 */
import type { SPFI } from '../platform/pnp';
import { readDateOnly, type ISiteTimeZone } from '../domain/dates';
import { isMonthKey, type DemandState, type IDemandEntry, type IDemandSource, type MonthKey } from '../domain/capacity';
import { listOn } from './lists';
import { num, text } from './itemValues';
import type { ISiteAddress } from './site';
import { POOL_PAGE } from './capacityPool';
import { AssignmentsList, lookupId, type CheckedRow } from '../schema/refs';

const A = AssignmentsList.fields;

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
/** An Assignments item as the capacity service reads it. */
export type IAssignmentItem = CheckedRow<'Assignments', {
  Id: number; Title?: string | null; ProjectId?: number | null; RequestNumber?: number | null; ResourceRoleId?: number | null;
  ResourceId?: number | null; Month?: string | null; DemandDays?: number | null; DemandState?: string | null;
}>;
/* eslint-enable @rushstack/no-new-null */

/** The columns read of Assignments. */
export const ASSIGNMENT_SELECT: ReadonlyArray<string> = [
  A.Id, A.Title, lookupId(A.Project), A.RequestNumber, lookupId(A.ResourceRole), lookupId(A.Resource), A.Month, A.DemandDays, A.DemandState
];

/** A commitmentKey ('R12|3|2027-01'): the Title of a committed row written from a request's grid. */
const COMMITMENT_KEY: RegExp = /^R\d+\|\d+\|\d{4}-\d{2}$/;

/** Whether a Title is a commitmentKey. */
export function isCommitmentKey(title: string | undefined): boolean {
  return !!title && COMMITMENT_KEY.test(title);
}

/** The month of a row ('YYYY-MM' of the Month day in the site's zone); undefined when missing. */
export function monthOfRow(r: IAssignmentItem, zone: ISiteTimeZone): MonthKey | undefined {
  const day = readDateOnly(r.Month, zone);
  const month = day?.slice(0, 7);
  return isMonthKey(month) ? month : undefined;
}

/** The state of a row (Proposed unless Committed). */
export function stateOfRow(r: IAssignmentItem): DemandState {
  return r.DemandState === 'Committed' ? 'Committed' : 'Proposed';
}

/**
 * The rows that count, in id order: a row whose Title is a commitmentKey counts once (the lowest id;
 * a later one was left by a writer that ran at the same time and will be removed by the next commit).
 */
export function countedRows(rows: ReadonlyArray<IAssignmentItem>): IAssignmentItem[] {
  const seen = new Set<string>();
  const out: IAssignmentItem[] = [];
  for (const r of [...rows].sort((a, b) => a.Id - b.Id)) {
    const key = text(r.Title);
    if (key && isCommitmentKey(key)) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(r);
  }
  return out;
}

/**
 * The demand entries of rows in `months`: the source is the project (when set) or the request the row
 * was written from; rows with neither, with no role, no month or no days are left out. `titles` names
 * the sources ('project:5' → title); an unknown one is named by its number.
 */
export function demandOfRows(rows: ReadonlyArray<IAssignmentItem>, months: ReadonlySet<MonthKey>, zone: ISiteTimeZone, titles: ReadonlyMap<string, string>): IDemandEntry[] {
  const out: IDemandEntry[] = [];
  for (const r of countedRows(rows)) {
    const month = monthOfRow(r, zone);
    const role = num(r.ResourceRoleId);
    const days = num(r.DemandDays) ?? 0;
    if (!month || !months.has(month) || role === undefined || !(days > 0)) continue;
    const project = num(r.ProjectId);
    const request = num(r.RequestNumber);
    const kind = project !== undefined ? 'project' : request !== undefined ? 'request' : undefined;
    if (!kind) continue;
    const id = (kind === 'project' ? project : request) as number;
    const source: IDemandSource = { kind, id, title: titles.get(`${kind}:${id}`) ?? `#${id}` };
    const person = num(r.ResourceId);
    out.push({ source, state: stateOfRow(r), role, ...(person !== undefined ? { person } : {}), month, days });
  }
  return out;
}

/** What the `$batch` read of Assignments brings: the first page by ID and the highest ID. */
export interface IAssignmentFirstReads {
  first: Promise<IAssignmentItem[]>;
  last: Promise<Array<{ Id: number }>>;
}

/** Queues the first page of Assignments (by ID, no filter) and its highest ID on a batched root. */
export function queueAssignmentReads(sp: SPFI, site: ISiteAddress): IAssignmentFirstReads {
  const list = listOn(sp, site, AssignmentsList);
  return {
    first: list.items.select(...ASSIGNMENT_SELECT).top(POOL_PAGE)<IAssignmentItem[]>(),
    last: list.items.select(A.Id).orderBy(A.Id, false).top(1)<Array<{ Id: number }>>()
  };
}

/**
 * Every Assignments row: the first page, and when it was full, the pages of 5,000 by ID that follow it
 * up to the highest ID, read at the same time (`sp` unbatched). A page may overlap the next where IDs
 * were deleted; each row is kept once.
 */
export async function allAssignments(sp: SPFI, site: ISiteAddress, reads: IAssignmentFirstReads): Promise<IAssignmentItem[]> {
  const [first, last] = await Promise.all([reads.first, reads.last]);
  if (first.length < POOL_PAGE) return first;
  const maxId = last[0]?.Id ?? 0;
  const starts: number[] = [];
  for (let after = first[first.length - 1].Id; after < maxId; after += POOL_PAGE) starts.push(after);
  const pages = await Promise.all(starts.map(after => listOn(sp, site, AssignmentsList).items.select(...ASSIGNMENT_SELECT).top(POOL_PAGE).skip(after)<IAssignmentItem[]>()));
  const seen = new Set(first.map(r => r.Id));
  const rows = first.slice();
  for (const page of pages) {
    for (const r of page) {
      if (seen.has(r.Id)) continue;
      seen.add(r.Id);
      rows.push(r);
    }
  }
  return rows;
}
