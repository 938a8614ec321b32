/**
 * reliability.conflicts: conflicting edit pairs over every editable entity. For each pair, users A and
 * B read the same item (with its ETag) through PMO Hub's service; A saves a change; B saves another
 * with the ETag they read (stale now). Expected: B is refused as a conflict (describeError(e).kind
 * 'conflict'), told so in a message a user can read (errorText in English and German: not empty, not
 * a raw technical text), and A's change is on the item afterwards.
 *
 * - detected: pairs where B was refused as a conflict;
 * - lost: pairs where a change vanished silently (B saved over A without a refusal, or A's change is
 *   not on the item afterwards);
 * - told_pct: the share of refused pairs whose user got a readable message in both locales.
 */
import { describeError } from '../../src/services/errors';
import type { IReliabilitySite } from './site';
import { CONFLICT_ENTITIES, type IConflictContext, type IConflictEntity, type IConflictItem } from './conflictEntities';
import { isUserMessage, userMessage } from './userMessage';

/** One entity's outcome. */
export interface IConflictRow { entity: string; pairs: number; detected: number; lost: number; told: number; failures: string[] }

/** The figure's lines and the outcome per entity. */
export interface IConflictFigures { lines: string[]; rows: IConflictRow[] }

/** Runs one pair; what happened. */
async function runPair(item: IConflictItem, pair: number): Promise<{ detected: boolean; lost: boolean; told: boolean; failure?: string }> {
  const markerA = pair * 2 + 1;
  const markerB = pair * 2 + 2;
  if (item.begin) await item.begin();
  const seenA = await item.read(item.a);
  const seenB = await item.read(item.b);
  await item.write(item.a, markerA, seenA, 'a');
  let refused: unknown;
  try {
    await item.write(item.b, markerB, seenB, 'b');
  } catch (e) {
    refused = e;
  }
  const detected = refused !== undefined && describeError(refused).kind === 'conflict';
  const told = detected && isUserMessage(userMessage(refused, 'en-us')) && isUserMessage(userMessage(refused, 'de-de'));
  const stored = await item.stored();
  const lost = stored !== markerA;
  const failure = !detected
    ? (refused === undefined ? 'B saved over A' : `B refused as ${describeError(refused).kind}: ${describeError(refused).detail.slice(0, 120)}`)
    : lost ? `A's change is gone (stored ${String(stored)})` : !told ? `B was told: ${userMessage(refused, 'en-us')}` : undefined;
  return { detected, lost, told, failure };
}

/**
 * Deals `pairs` pairs to `entities` in turn and runs them; the figure lines (detected, lost, then
 * told_pct) and the outcome per entity.
 */
export async function conflictFigures(site: IReliabilitySite, ctx: IConflictContext, pairs: number, entities: ReadonlyArray<IConflictEntity> = CONFLICT_ENTITIES): Promise<IConflictFigures> {
  const items: IConflictItem[] = [];
  for (const e of entities) items.push(await e.prepare(site, ctx));
  const rows: IConflictRow[] = entities.map(e => ({ entity: e.name, pairs: 0, detected: 0, lost: 0, told: 0, failures: [] }));
  for (let p = 0; p < pairs; p++) {
    const k = p % entities.length;
    const row = rows[k];
    const r = await runPair(items[k], p).catch((e: unknown) => ({ detected: false, lost: true, told: false, failure: `pair failed: ${e instanceof Error ? e.message.slice(0, 160) : String(e)}` }));
    row.pairs++;
    if (r.detected) row.detected++;
    if (r.lost) row.lost++;
    if (r.told) row.told++;
    if (r.failure && row.failures.length < 3) row.failures.push(r.failure);
  }
  const sum = (f: (r: IConflictRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  const detected = sum(r => r.detected);
  return {
    rows,
    lines: [
      `reliability.conflicts.detected: ${detected}`,
      `reliability.conflicts.lost: ${sum(r => r.lost)}`,
      `reliability.conflicts.told_pct: ${detected ? Math.round((sum(r => r.told) / detected) * 1000) / 10 : 0}`
    ]
  };
}

/** The per-entity table (stderr / --verbose). */
export function conflictTable(rows: ReadonlyArray<IConflictRow>): string {
  const out = ['entity            pairs detected lost told'];
  for (const r of rows) {
    out.push(`${r.entity.padEnd(17)} ${String(r.pairs).padStart(5)} ${String(r.detected).padStart(8)} ${String(r.lost).padStart(4)} ${String(r.told).padStart(4)}`);
    for (const f of r.failures) out.push(`    ${f}`);
  }
  return out.join('\n');
}
