/**
 * The v5 → v6 migration through the real PnPjs against the emulator: a draft left in StatusReports
 * moves to StatusReportDrafts with its content, published reports stay, a run stopped between the
 * copy and the delete finishes without a second copy, and a further run changes nothing; a project
 * with a published report but the summary columns of schema 5 gets its summary refreshed, so that the
 * portfolio roll-up counts it.
 */
import { provisionSite } from '../provisionSite';
import { pmoSchema } from '../../schema/pmoSchema';
import { loadLocale } from '../../../workbench/locales';
import { blankSite, type ITestSite } from '../test-utils/site';
import { moveReportDrafts, refreshProjectSummaries } from './v6';
import { localEnvironment } from '../../services/environment';
import { ControllingService } from '../../services/ControllingService';
import { siteAddress } from '../../services/site';
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

it('refreshes the summary of projects reported before schema 6, so that the roll-up counts them instead of "no report"', async () => {
  const me = await site.sp.web.currentUser.select('Id')<{ Id: number }>();
  const project = (await list(site.sp, 'Lists/Projects').items.add({ Title: 'Old reporter', ProjectCode: 'OLD-1', ProjectManagerId: me.Id, LifecycleStatus: 'Active' })) as { Id: number };
  // As a schema-5 site left it: a published report, and on Projects no summary of it.
  await list(site.sp, 'Lists/StatusReports').items.add({
    ProjectId: project.Id, Title: 'November', ReportStatus: 'Published', ReportDate: '2026-11-30T00:00:00Z',
    RagOverall: 'Amber', RagQuality: 'Green', PlannedValue: 2000, EarnedValue: 1800, ActualCost: 1500, BudgetAtCompletion: 8000
  });
  const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
  const rollup = (): ReturnType<ControllingService['getPortfolioControlling']> => new ControllingService(env.sp, siteAddress(site.siteUrl), env.siteTimeZone).getPortfolioControlling();
  const before = await rollup();
  const overall = (r: typeof before): Record<string, number> => r.ragDistribution[0] as unknown as Record<string, number>;

  const lines: string[] = [];
  expect(await refreshProjectSummaries(site.sp, { ...ctx, log: (l: string): void => { lines.push(l); } })).toBe(2);
  expect(lines[lines.length - 1]).toMatch(/^Projects: \d+ summaries refreshed from their latest published report$/);

  const row = (await list(site.sp, 'Lists/Projects').items.getById(project.Id).select('RagOverall', 'RagQuality', 'PlannedValue', 'EarnedValue', 'ActualCost', 'BudgetAtCompletion', 'LastReportDate')()) as Record<string, unknown>;
  expect(row).toEqual(expect.objectContaining({ RagOverall: 'Amber', RagQuality: 'Green', PlannedValue: 2000, EarnedValue: 1800, ActualCost: 1500, BudgetAtCompletion: 8000 }));
  expect(String(row.LastReportDate)).toMatch(/^2026-11-30/);
  const after = await rollup();
  // Both reported projects of this site (the first test's 'Archive' too) were "no report" and are counted now.
  expect(overall(before).noReport).toBe(2);
  expect(overall(after).noReport).toBe(0);
  expect(overall(after).Amber).toBe(overall(before).Amber + 1);
  expect(after.portfolio.totals.ev - before.portfolio.totals.ev).toBe(1800);
  // Idempotent: a further run writes nothing. It looks again only at 'Archive', whose report gives none
  // of the six columns (so it cannot tell it from a project never refreshed), and leaves it as it is.
  const versions = async (): Promise<string[]> => ((await list(site.sp, 'Lists/Projects').items.select('Id').orderBy('Id')()) as Array<Record<string, string>>).map(p => p['odata.etag']);
  const modified = await versions();
  expect(modified.length).toBeGreaterThan(0);
  expect(modified.every(e => typeof e === 'string' && e.length > 0)).toBe(true);
  expect(await refreshProjectSummaries(site.sp, ctx)).toBe(1);
  expect(await versions()).toEqual(modified);
});
