/**
 * The v9 → v10 upgrade through the real PnPjs against the emulator: a site provisioned at the v9
 * fixture, with board members' draft and submitted scores in Scores (as v9 kept them, each authored by
 * its member), upgrades to the current schema: the drafts move to ScoreDrafts, still authored (and so
 * read and edited) by their members, the submitted scores stay in Scores, where the board can no longer
 * change them; project managers can no longer delete gate conditions; the site matches the schema; a
 * re-run changes nothing, and a draft a stopped run already copied is not copied twice.
 */
import { loadLocale } from '../../../tools/jest/locale';
import { firstUserOf } from '../../../workbench/directory';
import { schemaV9 } from '../../schema/fixtures/v9';
import { pmoSchema } from '../../schema/pmoSchema';
import { ScoreDraftsList, ScoresList, ScoringCriteriaList, ScoringModelsList } from '../../schema/refs';
import type { SPFI } from '../../platform/pnp';
import { getSiteStatus, provisionSite } from '../index';
import { addDemoMembers, blankSite, differences, userIdOf, type ITestSite } from '../test-utils/site';
import { moveScoreDrafts } from './v10';

jest.setTimeout(180_000);

const en = loadLocale('en-us');
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const ctx = { listUrl: (key: string): string => pmoSchema.lists.filter(l => l.key === key)[0].url, log: (): void => undefined };
const add = async (sp: SPFI, url: string, values: Record<string, unknown>): Promise<number> => ((await list(sp, url).items.add(values)) as { Id: number }).Id;
const board = firstUserOf('boardMember').userPrincipalName;

type ScoreRow = { Id: number; RoundNumber: number; RequestNumber: number; CriterionId: number; BoardMemberId: number; ScoreValue: number | null; ScoreState: string; ScoreComment: string | null; AuthorId: number };
const SELECT = ['Id', 'RoundNumber', 'RequestNumber', 'CriterionId', 'BoardMemberId', 'ScoreValue', 'ScoreState', 'ScoreComment', 'AuthorId'];
const scores = async (sp: SPFI, url: string): Promise<ScoreRow[]> => (await list(sp, url).items.select(...SELECT).orderBy('Id')()) as ScoreRow[];
const cell = (r: ScoreRow): unknown[] => [r.RoundNumber, r.RequestNumber, r.CriterionId, r.BoardMemberId, r.ScoreValue, r.ScoreComment, r.AuthorId];

describe('upgrading a v9 site to schema 10 (scores final, gate conditions and reports restricted)', () => {
  let site: ITestSite;
  let member: number;
  let criteria: number[];
  let before: ScoreRow[];

  beforeAll(async () => {
    site = await blankSite();
    expect((await provisionSite(site.sp, schemaV9, { locale: 'en-us', strings: en })).toVersion).toBe(9);
    await addDemoMembers(site.sp);
    member = await userIdOf(site.sp, 'boardMember');
    const model = await add(site.sp, ScoringModelsList.url, { Title: 'Weighted 2026', ScoringMethod: 'Weighted', ModelStatus: 'Active', ModelKey: 'SM-0001', ModelVersion: 1 });
    criteria = [await add(site.sp, ScoringCriteriaList.url, { Title: 'Fit', ScoringModelId: model, Weight: 60 }), await add(site.sp, ScoringCriteriaList.url, { Title: 'Risk', ScoringModelId: model, Weight: 40 })];
    // The board member's own scores, as v9 wrote them (Contribute on Scores): one request submitted, one still a draft.
    const me = site.as(board);
    const score = (request: number, criterion: number, value: number | null, state: string, comment?: string): Promise<number> =>
      add(me, ScoresList.url, { Title: `Round 1 · request ${request}`, RoundNumber: 1, RequestNumber: request, CriterionId: criterion, BoardMemberId: member, ScoringModelId: model, ScoreValue: value, ScoreState: state, ScoreComment: comment ?? null });
    await score(11, criteria[0], 4, 'Submitted');
    await score(11, criteria[1], 2, 'Submitted', 'Tender risk');
    await score(12, criteria[0], 3, 'Draft', 'To discuss with the sponsor');
    await score(12, criteria[1], null, 'Draft');
    before = await scores(site.sp, ScoresList.url);
  });
  afterAll(async () => {
    await site.stop();
  });

  it('moves the drafts to ScoreDrafts with their member as author, keeps the submitted scores, and matches the schema', async () => {
    const result = await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en });
    expect([result.fromVersion, result.toVersion]).toEqual([9, 10]);
    expect(result.log).toEqual(expect.arrayContaining([expect.stringMatching(/^Upgrade 9 → 10: Move the draft scores/)]));
    const submitted = await scores(site.sp, ScoresList.url);
    expect(submitted.map(cell)).toEqual(before.filter(r => r.ScoreState === 'Submitted').map(cell));
    const drafts = await scores(site.sp, ScoreDraftsList.url);
    expect(drafts.map(cell)).toEqual(before.filter(r => r.ScoreState === 'Draft').map(cell));
    expect(drafts.every(d => d.AuthorId === member && d.ScoreState === 'Draft')).toBe(true);
    // The member reads and edits their moved drafts (item-level security: own items) …
    const me = site.as(board);
    expect((await scores(me, ScoreDraftsList.url)).map(r => r.Id)).toEqual(drafts.map(d => d.Id));
    await list(me, ScoreDraftsList.url).items.getById(drafts[1].Id).update({ ScoreValue: 5 });
    // … and can no longer change or delete a submitted score ('PMO Hub Add Items').
    await expect(list(me, ScoresList.url).items.getById(submitted[0].Id).update({ ScoreValue: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(list(me, ScoresList.url).items.getById(submitted[0].Id).delete()).rejects.toMatchObject({ status: 403 });
    expect(await differences(site.sp, pmoSchema, en)).toEqual([]);
    expect(await getSiteStatus(site.sp, pmoSchema, { locale: 'en-us', strings: en })).toEqual({ siteVersion: 10, solutionVersion: 10, changes: [], upToDate: true });
  });

  it('is idempotent: a second run and the migration again change nothing', async () => {
    expect((await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en })).changes).toBe(0);
    expect(await moveScoreDrafts(site.sp, ctx)).toBe(0);
  });

  it('copies a draft once when a stopped run already copied it (without its author) before deleting it', async () => {
    const draft = await add(site.sp, ScoresList.url, { Title: 'Round 1 · request 13', RoundNumber: 1, RequestNumber: 13, CriterionId: criteria[0], BoardMemberId: member, ScoreValue: 2, ScoreState: 'Draft' });
    await list(site.sp, ScoresList.url).items.getById(draft).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${board}` }]) }], true);
    // What a run that stopped after the copy (made as the one who upgrades) left behind.
    await add(site.sp, ScoreDraftsList.url, { Title: 'Round 1 · request 13', RoundNumber: 1, RequestNumber: 13, CriterionId: criteria[0], BoardMemberId: member, ScoreValue: 2, ScoreState: 'Draft' });
    expect(await moveScoreDrafts(site.sp, ctx)).toBe(1);
    const copies = (await scores(site.sp, ScoreDraftsList.url)).filter(r => r.RequestNumber === 13);
    expect(copies.map(r => [r.ScoreValue, r.AuthorId])).toEqual([[2, member]]);
    expect((await scores(site.sp, ScoresList.url)).some(r => r.Id === draft)).toBe(false);
  });
});
