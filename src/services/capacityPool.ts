/**
 * Reading the resource pool (Roles, Resources, Absences) for src/domain/capacity: the one reader the
 * Capacity web part's service and the Prioritization service share, so that the heat map and the
 * optimizer's role × month rows are computed from the same rows. Every query is safe on lists above
 * 5,000 items: Roles by the indexed IsActive, Resources paged by ID, Absences by the indexed EndDate
 * (first clause: the absences that end on or after the first day shown, which leaves out the past).
 */
import type { SPFI } from '../platform/pnp';
import { readDateOnly, type IsoDay, type ISiteTimeZone } from '../domain/dates';
// By module, not the index: the Prioritization screen's first view reads the pool too.
import { isMonthKey, type MonthKey } from '../domain/capacity/calendar';
import type { IAbsence, IPoolPerson, IPoolRole, IResourcePool } from '../domain/capacity/capacity';
import { listOn } from './lists';
import { num, text } from './itemValues';
import { odataEq } from './odata';
import type { ISiteAddress } from './site';
import { AbsencesList, lookupId, ResourcesList, RolesList, type CheckedRow } from '../schema/refs';

/** Rows per page: SharePoint's list view threshold. */
export const POOL_PAGE: number = 5000;

const RL = RolesList.fields;
const RS = ResourcesList.fields;
const AB = AbsencesList.fields;

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
/** A Roles item as the pool reads it. */
export type IRoleItem = CheckedRow<'Roles', { Id: number; Title?: string | null; Code?: string | null; MonthlyCapacityDays?: number | null; CapacityByMonthJson?: string | null }>;
/** A Resources item as the pool reads it. */
export type IPersonItem = CheckedRow<'Resources', {
  Id: number; Title?: string | null; ResourceRoleId?: number | null; Team?: string | null; Fte?: number | null; NonProjectPercent?: number | null; IsActive?: boolean | null;
}>;
/** An Absences item as the pool reads it. */
export type IAbsenceItem = CheckedRow<'Absences', { Id: number; Title?: string | null; ResourceId?: number | null; StartDate?: string | null; EndDate?: string | null; AbsenceType?: string | null }>;
/* eslint-enable @rushstack/no-new-null */

/** The columns read of each list. */
export const ROLE_SELECT: ReadonlyArray<string> = [RL.Id, RL.Title, RL.Code, RL.MonthlyCapacityDays, RL.CapacityByMonthJson];
export const PERSON_SELECT: ReadonlyArray<string> = [RS.Id, RS.Title, lookupId(RS.ResourceRole), RS.Team, RS.Fte, RS.NonProjectPercent, RS.IsActive];
export const ABSENCE_SELECT: ReadonlyArray<string> = [AB.Id, AB.Title, lookupId(AB.Resource), AB.StartDate, AB.EndDate, AB.AbsenceType];

/** CapacityByMonthJson ([{ month: 'YYYY-MM', days }]): valid months with finite days ≥ 0; anything unreadable is none. */
export function byMonthFromJson(json: string | null | undefined): Array<{ month: MonthKey; days: number }> { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  try {
    const raw: unknown = json ? JSON.parse(json) : undefined;
    if (!Array.isArray(raw)) return [];
    return raw.filter((b: { month?: unknown; days?: unknown }) => isMonthKey(b?.month) && typeof b?.days === 'number' && isFinite(b.days) && b.days >= 0)
      .map((b: { month: MonthKey; days: number }) => ({ month: b.month, days: b.days }));
  } catch {
    return [];
  }
}

/** A Roles item as a pool role. */
export function poolRoleOf(r: IRoleItem): IPoolRole {
  const byMonth = byMonthFromJson(r.CapacityByMonthJson);
  return { id: r.Id, title: r.Title ?? '', ...(text(r.Code) ? { code: text(r.Code) } : {}), monthlyDays: num(r.MonthlyCapacityDays) ?? 0, ...(byMonth.length ? { byMonth } : {}) };
}

/** A Resources item as a pool person (FTE 1 and no non-project time when empty; role 0 when none). */
export function poolPersonOf(r: IPersonItem): IPoolPerson {
  const team = text(r.Team)?.trim();
  return {
    id: r.Id, title: r.Title ?? '', role: num(r.ResourceRoleId) ?? 0, fte: num(r.Fte) ?? 1,
    ...(team ? { team } : {}), nonProjectPercent: num(r.NonProjectPercent) ?? 0, active: r.IsActive !== false
  };
}

/** An Absences item as the pool's absence with its id, kind and title; undefined when a day is missing. */
export function absenceOf(r: IAbsenceItem, zone: ISiteTimeZone): (IAbsence & { id: number; type: string; title: string }) | undefined {
  const start = readDateOnly(r.StartDate, zone);
  const end = readDateOnly(r.EndDate, zone);
  if (!start || !end) return undefined;
  const person = num(r.ResourceId);
  return { id: r.Id, ...(person !== undefined ? { person } : {}), start, end, type: r.AbsenceType ?? 'Other', title: r.Title ?? '' };
}

/** Every row of a query, following pages of 5,000 by ID (the first page is `first`). */
export async function followPages<T extends { Id: number }>(first: T[], next: (afterId: number) => Promise<T[]>): Promise<T[]> {
  const rows = first.slice();
  let last = first;
  while (last.length >= POOL_PAGE) {
    last = await next(rows[rows.length - 1].Id);
    rows.push(...last);
  }
  return rows;
}

/** The pool's queries on a (batched) PnPjs root: their promises settle when the batch runs. */
export interface IPoolReads {
  roles: Promise<IRoleItem[]>;
  people: Promise<IPersonItem[]>;
  /** Not read when the caller needs no absences. */
  absences?: Promise<IAbsenceItem[]>;
}

/**
 * The filter of the absences that end on or after `from`: the instant is the day before at midnight
 * UTC, so that it holds in every site time zone without knowing it yet (the zone is read in the same
 * `$batch`); an absence that ended that day covers nothing of the months shown (the domain clips it).
 */
function absenceFilter(from: IsoDay): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return `${AB.EndDate} ge datetime'${d.toISOString().slice(0, 10)}T00:00:00Z'`;
}

/**
 * Queues the pool's reads on `sp` (a batched root): active roles, every person (active or not), and
 * the absences that end on or after `from` (the first day shown; all when undefined; none when false). Pages beyond
 * 5,000 rows are read by {@link completePool} on the unbatched root.
 */
export function queuePoolReads(sp: SPFI, site: ISiteAddress, from?: IsoDay | false): IPoolReads {
  const roles = listOn(sp, site, RolesList).items.select(...ROLE_SELECT).filter(odataEq(RL.IsActive, 1)).top(POOL_PAGE)<IRoleItem[]>();
  const people = listOn(sp, site, ResourcesList).items.select(...PERSON_SELECT).top(POOL_PAGE)<IPersonItem[]>();
  if (from === false) return { roles, people };
  const q = listOn(sp, site, AbsencesList).items.select(...ABSENCE_SELECT).top(POOL_PAGE);
  return { roles, people, absences: (from ? q.filter(absenceFilter(from)) : q)<IAbsenceItem[]>() };
}

/** The pool's rows: the queued first pages and, where a page was full, the next pages by ID on `sp` (unbatched). */
export async function completePool(sp: SPFI, site: ISiteAddress, reads: IPoolReads, from?: IsoDay): Promise<{ roles: IRoleItem[]; people: IPersonItem[]; absences: IAbsenceItem[] }> {
  const [roles, people, absences] = await Promise.all([
    reads.roles.then(first => followPages(first, after => listOn(sp, site, RolesList).items.select(...ROLE_SELECT).filter(odataEq(RL.IsActive, 1)).top(POOL_PAGE).skip(after)<IRoleItem[]>())),
    reads.people.then(first => followPages(first, after => listOn(sp, site, ResourcesList).items.select(...PERSON_SELECT).top(POOL_PAGE).skip(after)<IPersonItem[]>())),
    (reads.absences ?? Promise.resolve([])).then(first => followPages(first, after => {
      const q = listOn(sp, site, AbsencesList).items.select(...ABSENCE_SELECT).top(POOL_PAGE).skip(after);
      return (from ? q.filter(absenceFilter(from)) : q)<IAbsenceItem[]>();
    }))
  ]);
  return { roles, people, absences };
}

/** The absences that end on or after `from` (every page), outside a `$batch`. */
export async function readAbsences(sp: SPFI, site: ISiteAddress, from: IsoDay): Promise<IAbsenceItem[]> {
  const q = (after?: number): Promise<IAbsenceItem[]> => {
    const base = listOn(sp, site, AbsencesList).items.select(...ABSENCE_SELECT).filter(absenceFilter(from)).top(POOL_PAGE);
    return (after !== undefined ? base.skip(after) : base)<IAbsenceItem[]>();
  };
  return followPages(await q(), q);
}

/** The pool of the domain from its rows (absences read for the site's zone). */
export function poolOf(rows: { roles: IRoleItem[]; people: IPersonItem[]; absences: IAbsenceItem[] }, zone: ISiteTimeZone): IResourcePool {
  const absences: IAbsence[] = [];
  for (const r of rows.absences) {
    const a = absenceOf(r, zone);
    if (a) absences.push(a.person !== undefined ? { person: a.person, start: a.start, end: a.end } : { start: a.start, end: a.end });
  }
  return { roles: rows.roles.map(poolRoleOf), people: rows.people.map(poolPersonOf), absences };
}
