/**
 * Migration of the upgrade from schema version 2 to 3 (src/schema/upgrades.ts): lists whose readers
 * may not read every project request name their request by number (RequestNumber) instead of the
 * Request lookup. The lookup column stays on the site (provisioning never drops a column) but is
 * emptied, so that nothing can be projected through it.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';

/** The lists that named their request with the v2 Request lookup. */
export const REQUEST_NUMBER_LISTS: ReadonlyArray<string> = ['Projects', 'Decisions', 'Assignments', 'RequestHistory'];

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IV2Row {
  Id: number;
  RequestId?: number | null;
  RequestNumber?: number | null;
}
/* eslint-enable @rushstack/no-new-null */

/**
 * v2 → v3: copies each row's Request lookup id into RequestNumber and empties the lookup (made
 * optional first, as RequestHistory required it). Idempotent; returns the writes made.
 */
export async function copyRequestNumbers(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  let changes = 0;
  for (const key of REQUEST_NUMBER_LISTS) {
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
