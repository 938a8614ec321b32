/**
 * Migration of the upgrade from schema version 2 to 3 (src/schema/upgrades.ts): business units
 * become a list the PMO maintains (BusinessUnits). Requests filed before named their unit as free
 * text; each name they use becomes an active unit, so that the form offers it from the start.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IUnitRow {
  Title: string | null;
  Code: string | null;
}
/* eslint-enable @rushstack/no-new-null */

/** Reads every item of a list page by page (no filter: safe on lists above the view threshold). */
async function readAll<T>(sp: SPFI, url: string, select: string[]): Promise<T[]> {
  const all: T[] = [];
  for await (const page of sp.web.getList(url).items.select(...select).top(1000)) {
    for (const item of page as T[]) all.push(item);
  }
  return all;
}

/**
 * v2 → v3: adds each business unit that ProjectRequests.BusinessUnit names and BusinessUnits does
 * not list yet (matched trimmed, case-insensitive), with a code BU-001, BU-002, … that is free.
 * Idempotent. Returns the units added.
 */
export async function listBusinessUnits(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const unitsUrl = ctx.listUrl('BusinessUnits');
  const units = await readAll<IUnitRow>(sp, unitsUrl, ['Title', 'Code']);
  const known = new Set(units.map(u => (u.Title ?? '').trim().toLowerCase()));
  const codes = new Set(units.map(u => (u.Code ?? '').toUpperCase()));
  const requests = await readAll<{ BusinessUnit: string | null }>(sp, ctx.listUrl('ProjectRequests'), ['BusinessUnit']); // eslint-disable-line @rushstack/no-new-null -- REST JSON
  const codeOf = (n: number): string => `BU-${n < 10 ? '00' : n < 100 ? '0' : ''}${n}`;
  let next = 1;
  let added = 0;
  for (const r of requests) {
    const name = (r.BusinessUnit ?? '').trim();
    if (!name || known.has(name.toLowerCase())) continue;
    while (codes.has(codeOf(next))) next++;
    const code = codeOf(next);
    await sp.web.getList(unitsUrl).items.add({ Title: name, Code: code, IsActive: true });
    known.add(name.toLowerCase());
    codes.add(code);
    added++;
  }
  ctx.log(`BusinessUnits: listed ${added} units named by project requests`);
  return added;
}
