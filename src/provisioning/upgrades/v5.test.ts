/**
 * The v4 → v5 migrations through the real PnPjs against the emulator: Scores' Request lookup moves
 * to RequestNumber (required lookup made optional first), v4 scoring models get a key and version
 * 1, and a second run changes nothing.
 */
import { provisionSite } from '../provisionSite';
import { pmoSchema } from '../../schema/pmoSchema';
import { loadLocale } from '../../../workbench/locales';
import { blankSite, type ITestSite } from '../test-utils/site';
import { copyScoreRequestNumbers, keyScoringModels } from './v5';
import type { SPFI } from '../../platform/pnp';

jest.setTimeout(120_000);

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
let site: ITestSite;
const ctx = { listUrl: (key: string): string => pmoSchema.lists.filter(l => l.key === key)[0].url, log: (): void => undefined };

beforeAll(async () => {
  site = await blankSite();
  await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
});
afterAll(async () => {
  await site.stop();
});

it('moves the v4 Scores.Request lookup to RequestNumber and empties it, once', async () => {
  const requests = await list(site.sp, 'Lists/ProjectRequests').select('Id')<{ Id: string }>();
  await list(site.sp, 'Lists/Scores').fields.createFieldAsXml(`<Field Type="Lookup" Name="Request" StaticName="Request" DisplayName="Project request" List="{${requests.Id}}" ShowField="Title" Required="TRUE" />`);
  const r = (await list(site.sp, 'Lists/ProjectRequests').items.add({ Title: 'Archive' })) as { Id: number };
  const model = (await list(site.sp, 'Lists/ScoringModels').items.add({ Title: 'Value' })) as { Id: number };
  const criterion = (await list(site.sp, 'Lists/ScoringCriteria').items.add({ Title: 'Fit', ScoringModelId: model.Id, Weight: 100 })) as { Id: number };
  const me = await site.sp.web.currentUser.select('Id')<{ Id: number }>();
  const s = (await list(site.sp, 'Lists/Scores').items.add({ Title: 'score', RequestId: r.Id, RequestNumber: r.Id, RoundNumber: 1, CriterionId: criterion.Id, BoardMemberId: me.Id, ScoreValue: 7 })) as { Id: number };
  expect(await copyScoreRequestNumbers(site.sp, ctx)).toBe(2); // the column made optional, one row moved
  const row = ((await list(site.sp, 'Lists/Scores').items.select('RequestId', 'RequestNumber').filter(`Id eq ${s.Id}`)()) as unknown[])[0];
  expect(row).toEqual(expect.objectContaining({ RequestId: null, RequestNumber: r.Id }));
  expect(await copyScoreRequestNumbers(site.sp, ctx)).toBe(0);
});

it('gives v4 scoring models a key and version 1, once', async () => {
  const m = (await list(site.sp, 'Lists/ScoringModels').items.add({ Title: 'Legacy' })) as { Id: number };
  const keyed = (await list(site.sp, 'Lists/ScoringModels').items.add({ Title: 'Keyed', ModelKey: 'SM-X', ModelVersion: 3 })) as { Id: number };
  expect(await keyScoringModels(site.sp, ctx)).toBeGreaterThanOrEqual(1);
  const rows = (await list(site.sp, 'Lists/ScoringModels').items.select('Id', 'ModelKey', 'ModelVersion')()) as Array<{ Id: number; ModelKey: string; ModelVersion: number }>;
  expect(rows.filter(x => x.Id === m.Id)[0]).toMatchObject({ ModelKey: `SM-${String(m.Id).padStart(4, '0')}`, ModelVersion: 1 });
  expect(rows.filter(x => x.Id === keyed.Id)[0]).toMatchObject({ ModelKey: 'SM-X', ModelVersion: 3 });
  expect(await keyScoringModels(site.sp, ctx)).toBe(0);
});
