/**
 * The v3 → v4 migration through the real PnPjs against the emulator: a site whose Projects and
 * RequestHistory still carry the v3 Request lookup (required on RequestHistory) gets each row's
 * request as RequestNumber, the lookup emptied, and a second run changes nothing.
 */
import { provisionSite } from '../provisionSite';
import { pmoSchema } from '../../schema/pmoSchema';
import { loadLocale } from '../../../workbench/locales';
import { blankSite, type ITestSite } from '../test-utils/site';
import { copyRequestNumbers } from './v4';
import type { SPFI } from '../../platform/pnp';

jest.setTimeout(120_000);

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
let site: ITestSite;

beforeAll(async () => {
  site = await blankSite();
  await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
});
afterAll(async () => {
  await site.stop();
});

it('moves the v3 Request lookup to RequestNumber and empties it, once', async () => {
  const requests = await list(site.sp, 'Lists/ProjectRequests').select('Id')<{ Id: string }>();
  // The v3 columns, as a v3 site has them.
  for (const [url, required] of [['Lists/Projects', false], ['Lists/RequestHistory', true]] as const) {
    await list(site.sp, url).fields.createFieldAsXml(`<Field Type="Lookup" Name="Request" StaticName="Request" DisplayName="Project request" List="{${requests.Id}}" ShowField="Title" Required="${required ? 'TRUE' : 'FALSE'}" />`);
  }
  const r = (await list(site.sp, 'Lists/ProjectRequests').items.add({ Title: 'Secret merger plan', ProblemStatement: 'confidential' })) as { Id: number };
  const pm = await site.sp.web.currentUser.select('Id')<{ Id: number }>();
  const p = (await list(site.sp, 'Lists/Projects').items.add({ Title: 'Merger', ProjectManagerId: pm.Id, RequestId: r.Id })) as { Id: number };
  const h = (await list(site.sp, 'Lists/RequestHistory').items.add({ Title: 'submitted', RequestId: r.Id, RequestNumber: r.Id, ToState: 'Submitted' })) as { Id: number };
  const logs: string[] = [];
  const ctx = { listUrl: (key: string): string => pmoSchema.lists.filter(l => l.key === key)[0].url, log: (line: string): void => { logs.push(line); } };
  expect(await copyRequestNumbers(site.sp, ctx)).toBe(3); // two rows and RequestHistory's column made optional
  const read = async (url: string, id: number): Promise<unknown> => ((await list(site.sp, url).items.select('RequestId', 'RequestNumber').filter(`Id eq ${id}`)()) as unknown[])[0];
  expect(await read('Lists/Projects', p.Id)).toEqual(expect.objectContaining({ RequestId: null, RequestNumber: r.Id }));
  expect(await read('Lists/RequestHistory', h.Id)).toEqual(expect.objectContaining({ RequestId: null, RequestNumber: r.Id }));
  expect(logs).toEqual(expect.arrayContaining(['Projects: 1 request references moved to RequestNumber']));
  expect(await copyRequestNumbers(site.sp, ctx)).toBe(0);
});
