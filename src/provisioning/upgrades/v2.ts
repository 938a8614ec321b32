/**
 * Migrations of the upgrade from schema version 1 to 2 (src/schema/upgrades.ts): projects link to
 * the new Programmes list, and the v1 Projects.Status is copied to Projects.LifecycleStatus. The v1
 * columns (ProgrammeName, Status) stay on the site, unused.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IV1Project {
  Id: number;
  ProgrammeName?: string | null;
  ProgrammeId?: number | null;
  Status?: string | null;
  LifecycleStatus?: string | null;
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

/** v1 Projects.Status (Active, OnHold, Closed) → v2 Projects.LifecycleStatus. */
const STATUS_V1_TO_V2: Record<string, string> = { Active: 'Active', OnHold: 'OnHold', Closed: 'Closed' };

/**
 * v1 → v2: projects name their programme in a text column; v2 links them to the Programmes list.
 * A name without a programme creates one (matched trimmed, case-insensitive). Returns the writes made.
 */
export async function linkProgrammes(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const projectsUrl = ctx.listUrl('Projects');
  const programmesUrl = ctx.listUrl('Programmes');
  const projects = await readAll<IV1Project>(sp, projectsUrl, ['Id', 'ProgrammeName', 'ProgrammeId']);
  const programmes = await readAll<{ Id: number; Title: string }>(sp, programmesUrl, ['Id', 'Title']);
  const byName: Record<string, number> = {};
  for (const p of programmes) byName[p.Title.trim().toLowerCase()] = p.Id;
  let changes = 0;
  for (const p of projects) {
    const name = (p.ProgrammeName ?? '').trim();
    if (!name || p.ProgrammeId) continue;
    let id = byName[name.toLowerCase()];
    if (id === undefined) {
      const added = (await sp.web.getList(programmesUrl).items.add({ Title: name, ProgrammeStatus: 'Active' })) as { Id?: number; ID?: number };
      id = (added.Id ?? added.ID) as number;
      byName[name.toLowerCase()] = id;
      changes++;
      ctx.log(`Programmes: created '${name}' from Projects.ProgrammeName`);
    }
    await sp.web.getList(projectsUrl).items.getById(p.Id).update({ ProgrammeId: id });
    changes++;
  }
  ctx.log(`Projects: linked ${changes} programme references`);
  return changes;
}

/** v1 → v2: Projects.Status becomes Projects.LifecycleStatus (more states); Status stays, unused. Returns the writes made. */
export async function copyLifecycleStatus(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const url = ctx.listUrl('Projects');
  const projects = await readAll<IV1Project>(sp, url, ['Id', 'Status', 'LifecycleStatus']);
  let changes = 0;
  for (const p of projects) {
    const target = p.Status ? STATUS_V1_TO_V2[p.Status] : undefined;
    if (!target || p.LifecycleStatus === target) continue;
    await sp.web.getList(url).items.getById(p.Id).update({ LifecycleStatus: target });
    changes++;
  }
  ctx.log(`Projects: copied Status to LifecycleStatus on ${changes} items`);
  return changes;
}
