/**
 * Migrations of the upgrade from schema version 3 to 4 (src/schema/upgrades.ts): lists whose readers
 * may not read every project request name their request by number (RequestNumber) instead of the
 * Request lookup. The lookup column stays on the site (provisioning never drops a column) but is
 * emptied, so that nothing can be projected through it.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';
import { setProjectEditors } from '../../services/projectEditors';

/** The lists that named their request with the v3 Request lookup. */
export const REQUEST_NUMBER_LISTS: ReadonlyArray<string> = ['Projects', 'Decisions', 'Assignments', 'RequestHistory'];

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IV2Row {
  Id: number;
  RequestId?: number | null;
  RequestNumber?: number | null;
}
/* eslint-enable @rushstack/no-new-null */

/**
 * v3 → v4: copies each row's Request lookup id into RequestNumber and empties the lookup (made
 * optional first, as RequestHistory required it). Idempotent; returns the writes made.
 */
export function copyRequestNumbers(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  return moveRequestLookups(sp, ctx, REQUEST_NUMBER_LISTS);
}

/**
 * Copies each row's Request lookup id into RequestNumber and empties the lookup (made optional
 * first when it was required), in the lists `keys`. Idempotent; returns the writes made.
 */
export async function moveRequestLookups(sp: SPFI, ctx: IUpgradeContext, keys: ReadonlyArray<string>): Promise<number> {
  let changes = 0;
  for (const key of keys) {
    const list = sp.web.getList(ctx.listUrl(key));
    const old = (await list.fields.select('Id', 'Required').filter("InternalName eq 'Request'")()) as Array<{ Id: string; Required: boolean }>;
    if (old.length === 0) continue;
    if (old[0].Required) {
      await list.fields.getById(old[0].Id).update({ Required: false });
      changes++;
    }
    let moved = 0;
    for await (const page of list.items.select('Id', 'RequestId', 'RequestNumber').top(1000)) {
      for (const row of page as IV2Row[]) {
        if (!row.RequestId) continue;
        await list.items.getById(row.Id).update({ RequestNumber: row.RequestNumber ?? row.RequestId, RequestId: null });
        moved++;
      }
    }
    changes += moved;
    ctx.log(`${key}: ${moved} request references moved to RequestNumber`);
  }
  return changes;
}

/**
 * v3 → v4: project managers no longer edit the Projects list as a whole; each project's manager (and
 * deputy) gets an item-level Contribute grant (src/services/projectEditors.ts). Idempotent; returns
 * the changes made. Each project becomes a unique permission scope (see that module for SharePoint's limits).
 */
export async function grantProjectEditors(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const url = ctx.listUrl('Projects');
  let changes = 0;
  let projects = 0;
  for await (const page of sp.web.getList(url).items.select('Id', 'ProjectManagerId', 'DeputyProjectManagerId').top(1000)) {
    for (const p of page as Array<{ Id: number; ProjectManagerId?: number | null; DeputyProjectManagerId?: number | null }>) { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
      const editors = [p.ProjectManagerId, p.DeputyProjectManagerId].filter((x): x is number => typeof x === 'number' && x > 0);
      if (!editors.length) continue;
      changes += await setProjectEditors(sp, url, p.Id, editors);
      projects++;
    }
  }
  ctx.log(`Projects: editors granted on ${projects} projects (${changes} changes)`);
  return changes;
}
