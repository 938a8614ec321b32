/**
 * Migrations of the upgrade from schema version 4 to 5 (src/schema/upgrades.ts): Scores name their
 * request by number like every list outside intake, and scoring models become versioned.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';
import { moveRequestLookups } from './v4';

/** v4 → v5: Scores.Request (lookup) → Scores.RequestNumber, the lookup emptied. Idempotent. */
export function copyScoreRequestNumbers(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  return moveRequestLookups(sp, ctx, ['Scores']);
}

/** The model key of a v4 model (one item = one model): 'SM-' and its item id, zero-padded. */
export function legacyModelKey(id: number): string {
  return `SM-${String(id).padStart(4, '0')}`;
}

/**
 * v4 → v5: every scoring model without a key gets ModelKey `SM-<id>` and ModelVersion 1 (each v4
 * model is the first version of itself). Idempotent; returns the items written.
 */
export async function keyScoringModels(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const list = sp.web.getList(ctx.listUrl('ScoringModels'));
  let changes = 0;
  for await (const page of list.items.select('Id', 'ModelKey', 'ModelVersion').top(1000)) {
    for (const m of page as Array<{ Id: number; ModelKey?: string | null; ModelVersion?: number | null }>) { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
      if (m.ModelKey && m.ModelVersion) continue;
      await list.items.getById(m.Id).update({ ModelKey: m.ModelKey || legacyModelKey(m.Id), ModelVersion: m.ModelVersion || 1 });
      changes++;
    }
  }
  ctx.log(`ScoringModels: ${changes} models given a key and version 1`);
  return changes;
}
