/**
 * The v5 → v6 migration through the real PnPjs against the emulator: a draft left in StatusReports
 * moves to StatusReportDrafts with its content, published reports stay, a run stopped between the
 * copy and the delete finishes without a second copy, and a further run changes nothing.
 */
import { provisionSite } from '../provisionSite';
import { pmoSchema } from '../../schema/pmoSchema';
import { loadLocale } from '../../../workbench/locales';
import { blankSite, type ITestSite } from '../test-utils/site';
import { moveReportDrafts } from './v6';
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

it('moves schema-5 drafts out of StatusReports with their content, once, and leaves published reports', async () => {
  const me = await site.sp.web.currentUser.select('Id')<{ Id: number }>();
  const project = (await list(site.sp, 'Lists/Projects').items.add({ Title: 'Archive', ProjectManagerId: me.Id })) as { Id: number };
  const add = async (values: Record<string, unknown>): Promise<number> =>
    ((await list(site.sp, 'Lists/StatusReports').items.add({ ProjectId: project.Id, ReportDate: '2026-10-30T00:00:00Z', ...values })) as { Id: number }).Id;
  const published = await add({ Title: 'September', ReportStatus: 'Published', RagOverall: 'Green' });
  const draft = await add({ Title: 'October', ReportStatus: 'Draft', RagOverall: 'Amber', RagCost: 'Red', PlannedValue: 1200, PercentComplete: 40, Highlights: 'Vendor chosen' });
  const halfMoved = await add({ Title: 'Half moved', ReportStatus: 'Draft', RagOverall: 'Red' });
  // A run that stopped after copying `halfMoved` but before deleting it.
  await list(site.sp, 'Lists/StatusReportDrafts').items.add({ Title: 'Half moved', ProjectId: project.Id, ReportDate: '2026-10-30T00:00:00Z', LegacyReportNumber: halfMoved });

  expect(await moveReportDrafts(site.sp, ctx)).toBe(2);

  const left = (await list(site.sp, 'Lists/StatusReports').items.select('Id')()) as Array<{ Id: number }>;
  expect(left.map(r => r.Id)).toEqual([published]);
  const drafts = (await list(site.sp, 'Lists/StatusReportDrafts').items.select('Title', 'ProjectId', 'LegacyReportNumber', 'RagOverall', 'RagCost', 'PlannedValue', 'PercentComplete', 'Highlights').orderBy('Id')()) as Array<Record<string, unknown>>;
  expect(drafts).toEqual([
    expect.objectContaining({ Title: 'Half moved', LegacyReportNumber: halfMoved }),
    expect.objectContaining({ Title: 'October', ProjectId: project.Id, LegacyReportNumber: draft, RagOverall: 'Amber', RagCost: 'Red', PlannedValue: 1200, PercentComplete: 40, Highlights: 'Vendor chosen' })
  ]);
  expect(await moveReportDrafts(site.sp, ctx)).toBe(0);
  expect(((await list(site.sp, 'Lists/StatusReportDrafts').items.select('Id')()) as unknown[]).length).toBe(2);
});
