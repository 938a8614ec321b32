/**
 * PortfolioService against the local workbench with the real PnPjs and Graph client (never mocked):
 * the portfolio in one HTTP request, paging above 5,000 projects without the list view threshold,
 * saved views whose sharing is enforced by list permissions, the denormalised status and next
 * milestone, conflict-safe edits, and PM photos from Graph.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { seedItems } from '../../workbench/emulator/testing';
import { claimsLogin, findDemoUser } from '../../workbench/directory';
import { addDemoMembers } from '../provisioning/test-utils/site';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import type { SPFI } from '../platform/pnp';
import { defaultView, type IPortfolioView } from '../domain/portfolio';
import { ViewNameTakenError } from './PortfolioService';
import { setProjectEditors } from './projectEditors';
import { countRequests } from './test-utils/countRequests';
import { MilestonesList, ProgrammesList, ProjectsList, StatusReportsList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(120000);

const PMO = 'anna.schmidt@pmohub.demo';
const PM = 'marco.rossi@pmohub.demo';
const PM2 = 'jonas.weber@pmohub.demo';

let wb: IWorkbench;
let owner: SPFI;
const ids: Record<string, number> = {};

function servicesAs(upn: string): IPmoServices {
  return createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: upn }), {});
}

async function userId(upn: string): Promise<number> {
  const u = findDemoUser(upn);
  if (!u) throw new Error(upn);
  return ((await owner.web.ensureUser(claimsLogin(u))) as unknown as { Id: number }).Id;
}

async function add(url: string, values: Record<string, unknown>): Promise<number> {
  const r = (await owner.web.getList(`/sites/pmo/${url}`).items.add(values)) as { Id?: number; ID?: number };
  return (r.Id ?? r.ID) as number;
}

beforeAll(async () => {
  // A provisioned PMO site with the demo seed (20 projects); the tests add their own rows on top.
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  await addDemoMembers(owner).catch(() => undefined); // the seed already adds most demo users to their groups
  ids.prgA = await add(ProgrammesList.url, { Title: 'Test programme Ærø', Code: 'PGM-TA', TeamsGroupId: 'team-a' });
  ids.prgB = await add(ProgrammesList.url, { Title: 'Test programme B', Code: 'PGM-TB' });
  ids.obj = await add(StrategicObjectivesList.url, { Title: 'Test objective', Code: 'OBJ-T1' });
  ids.marco = await userId(PM);
  ids.p1 = await add(ProjectsList.url, {
    Title: 'Bürgerportal Test', ProjectCode: 'TST-0001', ProgrammeId: ids.prgA, Department: 'Public Services', ProjectManagerId: ids.marco,
    StrategicObjectivesId: [ids.obj], Prince2Stage: 'Delivery', LifecycleStatus: 'Active', Budget: 125000.5, RagOverall: 'Amber', RagCost: 'Red'
  });
  ids.p2 = await add(ProjectsList.url, { Title: 'Archive Test', ProjectCode: 'TST-0002', ProjectManagerId: ids.marco, LifecycleStatus: 'Closed' });
  ids.p3 = await add(ProjectsList.url, { Title: 'Cancelled Test', ProjectCode: 'TST-0003', ProjectManagerId: ids.marco, LifecycleStatus: 'Cancelled', RagOverall: 'Green', RagRisk: 'Red' });
  // Marco edits his projects through their item-level grant, as PMO Hub gives it on conversion.
  for (const p of [ids.p1, ids.p2, ids.p3]) await setProjectEditors(owner, `/sites/pmo/${ProjectsList.url}`, p, [ids.marco]);
});

afterAll(async () => {
  await wb?.stop();
});

describe('hasPermission (SharePoint BasePermissions bits)', () => {
  it('reads PermissionKind n as bit n-1 of Low (1–32) or High (33–64), and FullMask', async () => {
    const { hasPermission } = await import('./PortfolioService');
    expect(hasPermission({ Low: 4, High: 0 }, 3)).toBe(true); // AddListItems
    expect(hasPermission({ Low: 4, High: 0 }, 4)).toBe(false); // EditListItems
    expect(hasPermission({ Low: '4294967295', High: '0' }, 32)).toBe(true);
    expect(hasPermission({ Low: 0, High: 1 }, 33)).toBe(true);
    expect(hasPermission({ Low: 65535, High: 32767 }, 65)).toBe(true);
    expect(hasPermission({ Low: 65535, High: 1 }, 65)).toBe(false);
    expect(hasPermission(undefined, 3)).toBe(false);
  });
});

describe('PortfolioService.load', () => {
  it('reads every project with programme, objectives, PM, RAG and budget in ONE HTTP request', async () => {
    const svc = servicesAs(PMO).portfolio;
    const { result, requests } = await countRequests(() => svc.load());
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^POST .*\/_api\/\$batch$/);
    const count = ((await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).select('ItemCount')()) as { ItemCount: number }).ItemCount;
    expect(result.rows).toHaveLength(count);
    const p1 = result.rows.filter(r => r.id === ids.p1)[0];
    expect(p1).toMatchObject({
      title: 'Bürgerportal Test', code: 'TST-0001', programme: { id: ids.prgA, title: 'Test programme Ærø' }, department: 'Public Services',
      projectManager: { id: ids.marco, name: 'Marco Rossi', email: PM }, stage: 'Delivery', status: 'Active', budget: 125000.5,
      rag: { overall: 'Amber', cost: 'Red' }, objectives: [{ id: ids.obj, title: 'Test objective' }]
    });
    expect(result.rows.filter(r => r.id === ids.p2)[0]).toMatchObject({ programme: undefined, rag: {}, objectives: [], budget: undefined });
    // A cancelled project is not running: its last report's RAG is not its current status (issue 9, item 21).
    expect(result.rows.filter(r => r.id === ids.p3)[0]).toMatchObject({ status: 'Cancelled', rag: {} });
    expect(result.programmes.filter(p => p.id === ids.prgA)[0]).toEqual({ id: ids.prgA, title: 'Test programme Ærø', teamsGroupId: 'team-a' });
    expect(result.objectives.map(o => o.title)).toContain('Test objective');
  });

  it('lets the PMO share views and edit projects; a project manager neither shares views nor is refused reading', async () => {
    const pmo = await servicesAs(PMO).portfolio.load();
    expect([pmo.canShareViews, pmo.canEditProjects]).toEqual([true, true]);
    const pm = await servicesAs(PM).portfolio.load();
    expect(pm.canShareViews).toBe(false);
    // Project managers read the list and edit only their own projects (item-level grants; issue 9, item 4).
    expect(pm.canEditProjects).toBe(false);
    expect((await servicesAs(PM).portfolio.getProjectDetail(ids.p1)).canEdit).toBe(true);
    const reader = await servicesAs('thomas.wright@pmohub.demo').portfolio.load();
    expect([reader.canShareViews, reader.canEditProjects]).toEqual([false, false]);
    expect(reader.rows.length).toBe(pmo.rows.length);
  });
});

describe('saved views', () => {
  const view = (name: string): IPortfolioView => ({ ...defaultView(name), filters: { programmeIds: [1], rag: ['Red'] }, groupBy: 'programme', search: "O'Neil" });

  it('refuses to save a new view under a name its scope already has, writing nothing; replacing it by id works (issue 9, item 19)', async () => {
    const pmo = servicesAs(PMO).portfolio;
    const first = await pmo.saveView(view('Board pack'), 'shared');
    const before = (await pmo.load()).views.filter(v => v.scope === 'shared').length;
    const again = pmo.saveView({ ...view('  board PACK '), groupBy: 'rag' }, 'shared');
    await expect(again).rejects.toBeInstanceOf(ViewNameTakenError);
    await expect(again).rejects.toMatchObject({ existingId: first.id, scope: 'shared' });
    expect((await pmo.load()).views.filter(v => v.scope === 'shared').length).toBe(before);
    // Another user's personal view of the same name is not in the way, nor is a shared one.
    const mine = await servicesAs(PM).portfolio.saveView(view('Board pack'), 'personal');
    await expect(servicesAs(PM).portfolio.saveView(view('board pack'), 'personal')).rejects.toMatchObject({ existingId: mine.id, scope: 'personal' });
    await expect(pmo.saveView(view('Board pack'), 'personal')).resolves.toMatchObject({ scope: 'personal' });
    const replaced = await pmo.saveView({ ...view('Board pack'), groupBy: 'rag' }, 'shared', { id: first.id, etag: first.etag });
    expect(replaced).toMatchObject({ id: first.id, view: { groupBy: 'rag' } });
  });

  it('replaces a view only with the ETag it was read with: of two people saving the same view, the later one is told (issue 9, item 7)', async () => {
    const pmo = servicesAs(PMO).portfolio;
    const saved = await pmo.saveView(view('Steering committee'), 'shared');
    // Two PMO officers opened the same view; the first saves a change.
    const mine = await pmo.saveView({ ...view('Steering committee'), groupBy: 'rag' }, 'shared', { id: saved.id, etag: saved.etag });
    expect(mine.etag).not.toBe(saved.etag);
    // The second saves from the copy read before it: refused, and the first one's change stays.
    const late = pmo.saveView({ ...view('Steering committee'), groupBy: 'stage' }, 'shared', { id: saved.id, etag: saved.etag });
    await expect(late).rejects.toMatchObject({ status: 412 });
    expect(describeError(await late.catch((e: unknown) => e)).kind).toBe('conflict');
    const stored = (await pmo.load()).views.filter(v => v.id === saved.id)[0];
    expect(stored.view.groupBy).toBe('rag');
    expect(stored.etag).toBe(mine.etag);
  });

  it('saves a shared view as the PMO; everyone reads it, only the PMO can change it (list permissions)', async () => {
    const saved = await servicesAs(PMO).portfolio.saveView(view('Red projects'), 'shared');
    expect(saved).toMatchObject({ scope: 'shared', mine: true, view: { name: 'Red projects', groupBy: 'programme', search: "O'Neil" } });
    const asPm = servicesAs(PM).portfolio;
    const loaded = await asPm.load();
    expect(loaded.views.filter(v => v.id === saved.id)[0]).toMatchObject({ scope: 'shared', mine: false, view: { filters: { programmeIds: [1], rag: ['Red'] } } });
    // The UI hides "shared" for non-PMO users; the server refuses it anyway.
    const kinds = await Promise.all([
      asPm.saveView(view('Sneaky'), 'shared'),
      asPm.saveView(view('Changed'), 'shared', { id: saved.id, etag: saved.etag }),
      asPm.deleteView('shared', saved.id)
    ].map(p => p.then(() => 'saved', (e: unknown) => describeError(e).kind)));
    expect(kinds).toEqual(['forbidden', 'forbidden', 'forbidden']);
    const shared = (await asPm.load()).views.filter(v => v.scope === 'shared').map(v => v.view.name);
    expect(shared).toContain('Red projects');
    expect(shared).not.toContain('Sneaky');
    expect(shared).not.toContain('Changed');
  });

  it('keeps personal views private to their owner (item-level security)', async () => {
    const mine = await servicesAs(PM).portfolio.saveView(view('Marco only'), 'personal');
    expect((await servicesAs(PM).portfolio.load()).views.filter(v => v.id === mine.id && v.scope === 'personal')).toHaveLength(1);
    expect((await servicesAs(PM2).portfolio.load()).views.filter(v => v.scope === 'personal' && v.view.name === 'Marco only')).toHaveLength(0);
    // The PMO (Design) could read it, but the service lists only the user's own personal views.
    expect((await servicesAs(PMO).portfolio.load()).views.filter(v => v.scope === 'personal' && v.view.name === 'Marco only')).toHaveLength(0);
    await servicesAs(PM).portfolio.saveView({ ...view('Marco renamed'), columns: ['title', 'budget'] }, 'personal', { id: mine.id, etag: mine.etag });
    const after = (await servicesAs(PM).portfolio.load()).views.filter(v => v.id === mine.id && v.scope === 'personal')[0];
    expect(after.view).toMatchObject({ name: 'Marco renamed', columns: ['title', 'budget'] });
    await expect(servicesAs(PM2).portfolio.saveView(view('x'), 'personal', { id: mine.id, etag: mine.etag })).rejects.toBeTruthy();
    // Deleting with the ETag seen before the rename does not delete the renamed view (issue 9, item 7).
    expect(describeError(await servicesAs(PM).portfolio.deleteView('personal', mine.id, mine.etag).then(() => undefined, (e: unknown) => e)).kind).toBe('conflict');
    await servicesAs(PM).portfolio.deleteView('personal', mine.id, after.etag);
    expect((await servicesAs(PM).portfolio.load()).views.filter(v => v.id === mine.id && v.scope === 'personal')).toHaveLength(0);
  });

  it('gives the saved views alone in ONE request, the same as the register\'s load gives them, each user only their own personal views', async () => {
    const mine = await servicesAs(PM).portfolio.saveView(view('Marco views only'), 'personal');
    const shared = await servicesAs(PMO).portfolio.saveView(view('Shared views only'), 'shared');
    for (const upn of [PM, PM2, PMO]) {
      const svc = servicesAs(upn).portfolio;
      const { result, requests } = await countRequests(() => svc.loadViews());
      expect(requests).toHaveLength(1);
      expect(result).toEqual((await svc.load()).views);
      expect(result.some(v => v.id === shared.id && v.scope === 'shared')).toBe(true);
      expect(result.some(v => v.id === mine.id && v.scope === 'personal')).toBe(upn === PM);
    }
    await servicesAs(PM).portfolio.deleteView('personal', mine.id);
    await servicesAs(PMO).portfolio.deleteView('shared', shared.id);
  });

  it('refuses an invalid view before any request', async () => {
    await expect(servicesAs(PMO).portfolio.saveView({ ...view(''), columns: [] }, 'personal')).rejects.toThrow(/nameRequired, noColumns/);
  });
});

describe('denormalised status and next milestone', () => {
  it('the project register\'s refreshSummary takes the latest PUBLISHED report and the next open milestone onto Projects', async () => {
    const p = ids.p2;
    await add(StatusReportsList.url, { Title: 'Sep', ProjectId: p, ReportDate: '2026-09-30T00:00:00Z', ReportStatus: 'Published', RagOverall: 'Green', RagSchedule: 'Green', RagCost: 'Green', RagScope: 'Green', RagRisk: 'Amber' });
    await add(StatusReportsList.url, { Title: 'Oct', ProjectId: p, ReportDate: '2026-10-31T00:00:00Z', ReportStatus: 'Published', RagOverall: 'Red', RagSchedule: 'Red', RagCost: 'Amber', RagScope: 'Green', RagRisk: 'Red', RagQuality: 'Amber', RagResources: 'Green', PercentComplete: 40, Highlights: 'Vendor late' });
    await add(StatusReportsList.url, { Title: 'Nov draft', ProjectId: p, ReportDate: '2026-11-30T00:00:00Z', ReportStatus: 'Draft', RagOverall: 'Green' });
    await add(MilestonesList.url, { Title: 'Kick-off', ProjectId: p, BaselineDate: '2026-01-15T00:00:00Z', ActualDate: '2026-01-20T00:00:00Z', MilestoneStatus: 'Achieved' });
    await add(MilestonesList.url, { Title: 'Design approved', ProjectId: p, BaselineDate: '2026-10-01T00:00:00Z', ForecastDate: '2026-12-15T00:00:00Z', MilestoneStatus: 'Late' });
    await add(MilestonesList.url, { Title: 'Go-live', ProjectId: p, BaselineDate: '2027-03-01T00:00:00Z', MilestoneStatus: 'Planned' });

    const services = servicesAs(PM);
    const svc = services.portfolio;
    const summary = await services.projects.refreshSummary(p);
    expect(summary.rag).toEqual({ overall: 'Red', schedule: 'Red', cost: 'Amber', scope: 'Green', risk: 'Red' });
    expect(summary.nextMilestone?.title).toBe('Design approved');
    const stored = await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.getById(p).select('RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk')();
    expect(stored).toMatchObject({ RagOverall: 'Red', RagSchedule: 'Red', RagCost: 'Amber', RagScope: 'Green', RagRisk: 'Red' });
    const row = (await svc.load()).rows.filter(r => r.id === p)[0];
    // The project is closed: the portfolio shows no current RAG for it (issue 9, item 21), the summary is kept.
    expect(row.rag).toEqual({});
    expect(row.nextMilestone?.title).toBe('Design approved');
    expect(Date.parse(row.nextMilestone?.date ?? '')).toBe(Date.parse('2026-12-15T00:00:00Z'));
    expect(Date.parse(row.lastReportDate ?? '')).toBe(Date.parse('2026-10-31T00:00:00Z'));

    const detail = await svc.getProjectDetail(p);
    expect(detail.latestReport).toMatchObject({ title: 'Oct', percentComplete: 40, highlights: 'Vendor late', rag: { overall: 'Red' } });
    // Every dimension the report rates (Quality and Resources too), in the configured order: Quality before Risks.
    expect(detail.latestReport?.dimensions.map(d => `${d.dimension}:${d.rag ?? ''}`)).toEqual(['overall:Red', 'schedule:Red', 'cost:Amber', 'scope:Green', 'quality:Amber', 'risk:Red', 'resources:Green']);
    expect(detail.milestones.map(m => m.title)).toEqual(['Kick-off', 'Design approved', 'Go-live']);
    // A page that exists: the project's own page (issue 9, item 12; issue 11).
    expect(detail.itemUrl).toBe(`${wb.siteUrl}/SitePages/Project.aspx?projectId=${p}`);

    // Nothing changed: no write (the item's version stays).
    const before = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.getById(p).select('OData__UIVersionString')()) as Record<string, string>;
    await services.projects.refreshSummary(p);
    const after = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.getById(p).select('OData__UIVersionString')()) as Record<string, string>;
    expect(after.OData__UIVersionString).toBe(before.OData__UIVersionString);
  });

  it('backfillNextMilestones fills the next milestone of every project from Milestones', async () => {
    await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.getById(ids.p2).update({ NextMilestoneTitle: null, NextMilestoneDate: null });
    const changed = await servicesAs(PMO).projects.backfillNextMilestones();
    expect(changed).toBeGreaterThanOrEqual(1);
    const row = (await servicesAs(PMO).portfolio.load()).rows.filter(r => r.id === ids.p2)[0];
    expect(row.nextMilestone?.title).toBe('Design approved');
    expect(await servicesAs(PMO).projects.backfillNextMilestones()).toBe(0);
  });
});

describe('editing from the project panel', () => {
  it('updates with the item ETag and reports a conflict when someone saved first', async () => {
    const svc = servicesAs(PMO).portfolio;
    const detail = await svc.getProjectDetail(ids.p1);
    expect(detail.etag).toMatch(/^"?\d+"?$|,/);
    // A budget change needs its reason (issue 9, item 4); the versions keep it.
    await expect(svc.updateProject(ids.p1, { stage: 'Closing', budget: 130000 }, detail.etag)).rejects.toMatchObject({ refusal: 'reasonRequired', field: 'budget' });
    await svc.updateProject(ids.p1, { stage: 'Closing', budget: 130000, reason: 'Vendor price increase' }, detail.etag);
    const row = (await svc.load()).rows.filter(r => r.id === ids.p1)[0];
    expect([row.stage, row.budget]).toEqual(['Closing', 130000]);
    let error: unknown;
    try {
      await svc.updateProject(ids.p1, { status: 'OnHold' }, detail.etag);
    } catch (e) {
      error = e;
    }
    expect(describeError(error).kind).toBe('conflict');
    await expect(svc.updateProject(ids.p1, { budget: -1, reason: 'x' }, '*')).rejects.toThrow(/0 or more/);
  });
});

describe('PM photos from Graph', () => {
  it('loads photos in one Graph $batch, as object URLs, cached per user', async () => {
    const blobs: Blob[] = [];
    const { PhotoService } = await import('./PhotoService');
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });
    const svc = new PhotoService(env.graph, { createObjectUrl: b => { blobs.push(b); return `blob:test/${blobs.length}`; } });
    const { result, requests } = await countRequests(() => Promise.all([svc.getPhotoUrl(PM), svc.getPhotoUrl(PM2), svc.getPhotoUrl('nobody@pmohub.demo')]));
    expect(result[0]).toBe('blob:test/1');
    expect(result[1]).toBe('blob:test/2');
    expect(result[2]).toBeUndefined();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/POST .*\/graph\/v1\.0\/\$batch/);
    expect(blobs[0].type).toBe('image/png');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect(Array.from(bytes.slice(1, 4)).map(c => String.fromCharCode(c)).join('')).toBe('PNG');
    const again = await countRequests(() => svc.getPhotoUrl(PM.toUpperCase()));
    expect(again.result).toBe('blob:test/1');
    expect(again.requests).toHaveLength(0);
  });
});

describe('roadmap milestones', () => {
  it('reads every project\'s milestones with their three dates as the site\'s days, by date, without filtering the list', async () => {
    const p = await add(ProjectsList.url, { Title: 'Roadmap Test', ProjectCode: 'TST-0004', ProjectManagerId: ids.marco, LifecycleStatus: 'Active' });
    await add(MilestonesList.url, { Title: 'Go-live', ProjectId: p, BaselineDate: '2027-05-01T00:00:00Z', ForecastDate: '2027-06-14T23:00:00Z' });
    await add(MilestonesList.url, { Title: 'Design', ProjectId: p, BaselineDate: '2027-02-01T00:00:00Z', ForecastDate: '2027-03-03T00:00:00Z', ActualDate: '2027-03-01T00:00:00Z' });
    const svc = servicesAs(PM).portfolio;
    const { result, requests } = await countRequests(() => svc.getRoadmapMilestones());
    // The site's days, as SharePoint keeps a date-only column (an instant sent at 23:00 is stored as that day on this UTC site).
    expect(result.get(p)).toEqual([
      { id: expect.any(Number), title: 'Design', baselineDate: '2027-02-01', forecastDate: '2027-03-03', actualDate: '2027-03-01' },
      { id: expect.any(Number), title: 'Go-live', baselineDate: '2027-05-01', forecastDate: '2027-06-14', actualDate: undefined }
    ]);
    // One list read, no filter or order (so no list view threshold); the site's zone from the same environment.
    const reads = requests.filter(r => /Milestones/i.test(decodeURIComponent(r)));
    expect(reads).toHaveLength(1);
    expect(decodeURIComponent(reads[0])).not.toMatch(/\$filter|\$orderby/);
    expect(decodeURIComponent(reads[0])).toMatch(/\$select=Id,Title,ProjectId,BaselineDate,ForecastDate,ActualDate/);
  });
});

describe('at scale', () => {
  it('pages past 5,000 projects by ID without hitting the list view threshold', async () => {
    const rows = Array.from({ length: 5100 }, (_, i) => ({ Title: `Scale ${i}`, ProjectCode: `SCL-${i}`, ProjectManagerId: ids.marco, RagOverall: i % 3 === 0 ? 'Red' : 'Green' }));
    seedItems(wb.emulator, 'Projects', rows);
    const svc = servicesAs(PMO).portfolio;
    const { result, requests } = await countRequests(() => svc.load());
    const count = ((await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).select('ItemCount')()) as { ItemCount: number }).ItemCount;
    expect(count).toBeGreaterThan(5100);
    expect(result.rows).toHaveLength(count);
    expect(new Set(result.rows.map(r => r.id)).size).toBe(count);
    expect(requests).toHaveLength(2); // the $batch, then page 2
    // The project panel's reads filter on the indexed Project lookup first: fine on a big list too.
    await expect(svc.getProjectDetail(ids.p2)).resolves.toMatchObject({ row: { id: ids.p2 } });
  });

  it('reads more than 5,000 milestones for the roadmap, paged by ID without the list view threshold', async () => {
    const before = Array.from((await servicesAs(PMO).portfolio.getRoadmapMilestones()).values()).reduce((n, l) => n + l.length, 0);
    seedItems(wb.emulator, 'Milestones', Array.from({ length: 5100 }, (_, i) => ({ Title: `Scale milestone ${i}`, ProjectId: ids.p1, ForecastDate: '2027-01-15T00:00:00Z' })));
    const { result, requests } = await countRequests(() => servicesAs(PMO).portfolio.getRoadmapMilestones());
    expect(Array.from(result.values()).reduce((n, l) => n + l.length, 0)).toBe(before + 5100);
    expect(result.get(ids.p1)?.filter(m => m.title.startsWith('Scale milestone'))).toHaveLength(5100);
    // Page 1 by the list's address, page 2 by SharePoint's next link ($skiptoken by ID).
    const reads = requests.filter(r => /Milestones|skiptoken/i.test(decodeURIComponent(r)));
    expect(reads).toHaveLength(2);
    expect(decodeURIComponent(reads[1])).toMatch(/skiptoken=Paged=TRUE&p_ID=\d+/);
  });
});
