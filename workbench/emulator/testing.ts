/**
 * TEST-ONLY helpers: seed rows straight into the store (one transaction, the same validation as
 * POST .../items), so that tests and benchmarks can prepare 10,000+ items in milliseconds while all
 * READS still go through PnPjs and HTTP. Never used by the emulator's request path.
 */
import type { IEmulator } from './index';
import type { ICtx } from './context';
import { listByTitle } from './context';
import { transaction } from './store';
import { resolveIdentity } from './security';
import { listScope, insertItem } from './items';

/** Inserts rows into a list as `user` (site owner by default); returns the new ids. */
export function seedItems(emulator: IEmulator, listTitle: string, rows: Array<Record<string, unknown>>, user?: string): number[] {
  const db = emulator.db;
  const ctx: ICtx = {
    db, siteUrl: 'http://localhost/sites/pmo', sitePath: '/sites/pmo', apiBase: 'http://localhost/sites/pmo/_api', fmt: 'minimal',
    who: resolveIdentity(db, user), timeZone: emulator.timeZone, method: 'POST', headers: {}, query: new Map(), body: Buffer.alloc(0)
  };
  return transaction(db, () => {
    const scope = listScope(ctx, listByTitle(ctx, listTitle));
    return rows.map(r => insertItem(scope, r));
  });
}

/** What a SharePoint REST error carried: status, and the odata.error code and message. */
export interface ISpError {
  status: number;
  code?: string;
  message?: string;
}

/** Awaits a PnPjs call that must fail and returns SharePoint's error; throws when it succeeds. */
export async function spErrorOf(p: Promise<unknown>): Promise<ISpError> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response: Response };
    const body = await err.response.clone().json() as { 'odata.error'?: { code: string; message: { value: string } } };
    return { status: err.status, code: body['odata.error']?.code, message: body['odata.error']?.message.value };
  }
  throw new Error('expected the request to fail');
}
