/**
 * Migrations of the upgrade from schema version 9 to 10 (src/schema/upgrades.ts): board members' draft
 * scores get a list of their own (ScoreDrafts). Scores keeps the submitted scores, which the board may
 * add but no longer change or delete (`PMO Hub Add Items`), so a draft left in Scores would be frozen.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';

/** The columns a draft keeps when it moves (both lists define them). */
const DRAFT_COLUMNS: ReadonlyArray<string> = ['Title', 'RoundNumber', 'RequestNumber', 'CriterionId', 'BoardMemberId', 'ScoreValue', 'ScoringModelId', 'ScoreComment'];

type Row = Record<string, unknown>;

/** A draft's cell and member: the key that finds its copy. */
const keyOf = (r: Row): string => `${String(r.RoundNumber)}:${String(r.RequestNumber)}:${String(r.CriterionId)}:${String(r.BoardMemberId)}`;

/** The login name of a row's Author (the claims SharePoint's people values take). */
const authorLogin = (r: Row): string => String((r.Author as { Name?: string } | undefined)?.Name ?? '');

/**
 * v9 → v10: every Scores item still in ScoreState 'Draft' is copied into ScoreDrafts with its Author set
 * to the draft's author (validateUpdateListItem, as a migration sets it: ScoreDrafts shows each member
 * only the drafts they author), then deleted from Scores. Idempotent: a draft whose copy exists (same
 * round, request, criterion and board member) is not copied again; its copy gets the author if a stopped
 * run left it without; then the draft is deleted. Returns the drafts moved or finished.
 */
export async function moveScoreDrafts(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const scores = sp.web.getList(ctx.listUrl('Scores'));
  const drafts = sp.web.getList(ctx.listUrl('ScoreDrafts'));
  const found: Row[] = [];
  // ScoreState is indexed, so the filter stays within the list view threshold on a large list.
  for await (const page of scores.items.select('Id', ...DRAFT_COLUMNS, 'AuthorId', 'Author/Name').expand('Author').filter("ScoreState eq 'Draft'").top(1000)) {
    found.push(...(page as Row[]));
  }
  if (found.length === 0) {
    ctx.log('Scores: no drafts to move');
    return 0;
  }
  const copies = new Map<string, Row>();
  // ScoreDrafts is new: paged by ID without a filter.
  for await (const page of drafts.items.select('Id', ...DRAFT_COLUMNS, 'AuthorId').top(5000)) for (const r of page as Row[]) copies.set(keyOf(r), r);
  let moved = 0;
  for (const r of found) {
    let copy = copies.get(keyOf(r));
    if (!copy) {
      const values: Row = { ScoreState: 'Draft' };
      for (const c of DRAFT_COLUMNS) if (r[c] !== null && r[c] !== undefined) values[c] = r[c];
      const added = (await drafts.items.add(values)) as { Id: number };
      copy = { Id: added.Id, AuthorId: undefined };
      copies.set(keyOf(r), copy);
    }
    if (copy.AuthorId !== r.AuthorId) {
      const result = await drafts.items.getById(copy.Id as number).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: authorLogin(r) }]) }], true);
      const wrong = result.filter(v => v.HasException);
      if (wrong.length) throw new Error(`ScoreDrafts item ${String(copy.Id)}: its author could not be set (${wrong.map(v => v.ErrorMessage).join('; ')})`);
    }
    await scores.items.getById(r.Id as number).delete();
    moved++;
  }
  ctx.log(`Scores: ${moved} drafts moved to ScoreDrafts`);
  return moved;
}
