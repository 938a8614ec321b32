/**
 * The portfolio's RAID roll-up through the real PnPjs against the emulator (its list view threshold
 * included), on a hand-computed example:
 *
 * | project | programme | department | status | risks (P × I, status, proximity)                         | issues (age in days, status, due)              |
 * |---------|-----------|------------|--------|-----------------------------------------------------------|------------------------------------------------|
 * | Alpha   | Archive   | Finance    | Active | A1 5×5 Open 2027-03-01 · A2 4×3 Mitigating                | 3 Open · 20 InProgress, due yesterday (overdue) |
 * | Beta    | Archive   | IT         | Active | B1 5×5 Open 2027-02-01 · B2 2×2 Closed                    | 45 Open                                        |
 * | Gamma   | —         | IT         | Active | C1 3×4 Open · C2 1×1 Occurred                             | 100 Open · 10 Resolved                         |
 * | Delta   | Archive   | Finance    | Closed | D1 5×5 Open (a closed project: not counted)               | 200 Open (not counted)                         |
 *
 * Top risks: B1 (25, nearer), A1 (25), A2 (12, lower id), C1 (12). Heat map: 4 open risks, 5×5 twice.
 * Open issues by age: one in each bucket (3 → 0–7, 20 → 8–30, 45 → 31–90, 100 → over 90); 1 overdue.
 * Then 5,100 more risks: the roll-up still reads every list without a threshold error.
 */
import { startEmulator } from '../../workbench/emulator';
import { seedItems } from '../../workbench/emulator/testing';
import { provisionSite } from '../provisioning/provisionSite';
import { pmoSchema } from '../schema/pmoSchema';
import { loadLocale } from '../../tools/jest/locale';
import { localEnvironment } from './environment';
import { RaidService } from './RaidService';
import { siteAddress } from './site';
import { countRequests } from './test-utils/countRequests';
import { addDays, dayAt, type IsoDay } from '../domain/dates';
import type { SPFI } from '../platform/pnp';
import { IssuesList, ProgrammesList, ProjectsList, RisksList } from '../schema/refs';

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof startEmulator>>;
let sp: SPFI;
let svc: RaidService;
let today: IsoDay;
const ids: Record<string, number> = {};

const list = (url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

async function add(url: string, values: Record<string, unknown>): Promise<number> {
  return ((await list(url).items.add(values)) as { Id: number }).Id;
}

beforeAll(async () => {
  server = await startEmulator({ port: 0 });
  sp = localEnvironment({ siteUrl: server.siteUrl, graphUrl: server.graphUrl }).sp;
  await provisionSite(sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  const env = localEnvironment({ siteUrl: server.siteUrl, graphUrl: server.graphUrl });
  svc = new RaidService(env.sp, siteAddress(server.siteUrl), env.siteTimeZone);
  const zone = await env.siteTimeZone.get();
  today = dayAt(Date.now(), zone.iana);
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  ids.me = me.Id;
  ids.archive = await add(ProgrammesList.url, { Title: 'Archive programme' });
  const project = (Title: string, values: Record<string, unknown>): Promise<number> =>
    add(ProjectsList.url, { Title, ProjectCode: Title.toUpperCase(), ProjectManagerId: me.Id, LifecycleStatus: 'Active', ...values });
  ids.alpha = await project('Alpha', { ProgrammeId: ids.archive, Department: 'Finance' });
  ids.beta = await project('Beta', { ProgrammeId: ids.archive, Department: 'IT' });
  ids.gamma = await project('Gamma', { Department: 'IT' });
  ids.delta = await project('Delta', { ProgrammeId: ids.archive, Department: 'Finance', LifecycleStatus: 'Closed' });
  const risk = (key: string, projectId: number, Probability: number, Impact: number, RiskStatus: string, Proximity?: string): Promise<void> =>
    add(RisksList.url, { Title: key, ProjectId: projectId, Probability, Impact, RiskExposure: Probability * Impact, RiskStatus, Proximity: Proximity ? `${Proximity}T12:00:00Z` : null }).then(id => {
      ids[key] = id;
    });
  await risk('A1', ids.alpha, 5, 5, 'Open', '2027-03-01');
  await risk('A2', ids.alpha, 4, 3, 'Mitigating');
  await risk('B1', ids.beta, 5, 5, 'Open', '2027-02-01');
  await risk('B2', ids.beta, 2, 2, 'Closed');
  await risk('C1', ids.gamma, 3, 4, 'Open');
  await risk('C2', ids.gamma, 1, 1, 'Occurred');
  await risk('D1', ids.delta, 5, 5, 'Open');
  const issue = async (projectId: number, ageDays: number, IssueStatus: string, due?: IsoDay): Promise<void> => {
    const id = await add(IssuesList.url, { Title: `Issue ${ageDays}`, ProjectId: projectId, IssueStatus, DueDate: due ? `${due}T12:00:00Z` : null });
    await list(IssuesList.url).items.getById(id).validateUpdateListItem([{ FieldName: 'Created', FieldValue: `${addDays(today, -ageDays)} 12:00` }]);
  };
  await issue(ids.alpha, 3, 'Open');
  await issue(ids.alpha, 20, 'InProgress', addDays(today, -1));
  await issue(ids.beta, 45, 'Open', addDays(today, 5));
  await issue(ids.gamma, 100, 'Open');
  await issue(ids.gamma, 10, 'Resolved', addDays(today, -30));
  await issue(ids.delta, 200, 'Open', addDays(today, -100));
});

afterAll(async () => {
  await server?.stop();
});

it('ranks the top risks across running projects, counts the aggregate heat map and open issues by age (worked example)', async () => {
  const raid = await svc.getPortfolioRaid();
  expect(raid.projects).toBe(3);
  expect(raid.today).toBe(today);
  expect(raid.topRisks.map(r => r.title)).toEqual(['B1', 'A1', 'A2', 'C1']);
  expect(raid.topRisks[0]).toMatchObject({ id: ids.B1, projectId: ids.beta, projectTitle: 'Beta', projectCode: 'BETA', score: 25, band: 'High', proximity: '2027-02-01' });
  expect(raid.heatMap.total).toBe(4);
  expect(raid.heatMap.cells[4][4].count).toBe(2);
  expect(raid.heatMap.cells[3][2].count).toBe(1);
  expect(raid.heatMap.cells[2][3].count).toBe(1);
  expect(raid.issuesByAge).toEqual({ buckets: { Days0To7: 1, Days8To30: 1, Days31To90: 1, Over90Days: 1 }, unknown: 0, total: 4 });
  expect(raid.overdueIssues).toBe(1);
  expect((await svc.getPortfolioRaid({}, 2)).topRisks.map(r => r.title)).toEqual(['B1', 'A1']);
});

it('filters by programme, department and project manager from the Projects rows', async () => {
  const archive = await svc.getPortfolioRaid({ programmeIds: [ids.archive] });
  expect(archive.projects).toBe(2);
  expect(archive.topRisks.map(r => r.title)).toEqual(['B1', 'A1', 'A2']);
  expect(archive.issuesByAge.buckets).toEqual({ Days0To7: 1, Days8To30: 1, Days31To90: 1, Over90Days: 0 });
  const it = await svc.getPortfolioRaid({ departments: ['IT'] });
  expect(it.topRisks.map(r => r.title)).toEqual(['B1', 'C1']);
  expect(it.heatMap.total).toBe(2);
  expect(it.overdueIssues).toBe(0);
  expect((await svc.getPortfolioRaid({ projectManagerIds: [ids.me] })).heatMap.total).toBe(4);
  expect((await svc.getPortfolioRaid({ projectManagerIds: [ids.me + 1000] })).projects).toBe(0);
  // The filters offer the running projects' programmes, departments and managers by name, whatever the filter (Delta is closed).
  const me = await sp.web.currentUser.select('Title')<{ Title: string }>();
  const offered = (await svc.getPortfolioRaid({ departments: ['IT'] })).options;
  expect(offered).toEqual({ programmes: [{ id: ids.archive, title: 'Archive programme' }], departments: ['Finance', 'IT'], projectManagers: [{ id: ids.me, name: me.Title }] });
});

it('reads more than 5,000 risks and issues without a threshold error, with and without a filter', async () => {
  const pages = 2;
  seedItems(server.emulator, 'Risks', Array.from({ length: 5100 }, (_, i) => ({ Title: `Bulk ${i}`, ProjectId: i % 2 ? ids.gamma : ids.delta, Probability: 2, Impact: 3, RiskExposure: 6, RiskStatus: 'Open' })));
  seedItems(server.emulator, 'Issues', Array.from({ length: 5100 }, (_, i) => ({ Title: `Bulk ${i}`, ProjectId: ids.gamma, IssueStatus: i % 2 ? 'Open' : 'Closed' })));
  const { result, requests } = await countRequests(() => svc.getPortfolioRaid());
  // Projects (1 page), Risks (2 pages), Issues (2 pages) and the settings' $batch.
  expect(requests.length).toBeLessThanOrEqual(1 + pages * 2 + 1);
  expect(result.heatMap.total).toBe(4 + 2550);
  expect(result.heatMap.cells[1][2].count).toBe(2550);
  expect(result.issuesByAge.total).toBe(4 + 2550);
  expect(result.topRisks.map(r => r.title).slice(0, 4)).toEqual(['B1', 'A1', 'A2', 'C1']);
  // A filter leaving few projects reads by the indexed Project lookup; Gamma alone has more than 5,000
  // issues, so that query meets the threshold and the roll-up pages every row instead.
  const it = await countRequests(() => svc.getPortfolioRaid({ departments: ['IT'] }));
  expect(it.result.heatMap.total).toBe(2 + 2550);
  expect(it.result.issuesByAge.total).toBe(2 + 2550);
  expect(it.requests.length).toBeGreaterThan(requests.length);
  // Without Gamma, the indexed reads serve the filter in one $batch after the Projects page.
  const finance = await countRequests(() => svc.getPortfolioRaid({ departments: ['Finance'] }));
  expect(finance.result.heatMap.total).toBe(2);
  expect(finance.requests.length).toBe(3);
});
