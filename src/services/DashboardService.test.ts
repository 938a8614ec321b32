/**
 * The dashboard service against the local workbench (real PnPjs, the emulator's permissions): the
 * demo's dashboard in two requests (Projects' page and one `$batch`) once the day's figures are taken,
 * every demo KPI with a value; a
 * filter's KPIs are exactly what src/domain/kpi's formulas give on the filter's rows (today and at each
 * period end); no data on a site without projects; the PMO's configuration and KPI definitions (a
 * project manager and a visitor get 403 from SharePoint; refusals name the field and write nothing);
 * the multi-project report's rows are the Portfolio grid's rows for the same filter and saved view;
 * the single-project report; the Reports library (stored with its date, listed, never deleted by
 * anyone but PMO Owners).
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { DashboardRefusedError, DashboardService, type IDashboardData, type IKpiDefinitionRow } from './DashboardService';
import { readKpiInputs } from './kpiInputs';
import { overviewRow } from './reportData';
import { countRequests } from './test-utils/countRequests';
import { computeKpi, type IKpiData } from '../domain/kpi';
import { applyView, defaultView, textComparer, type IPortfolioFilters } from '../domain/portfolio';
import type { SPFI } from '../platform/pnp';
import { KpiDefinitionsList, KpiSnapshotsList, lookupId, MilestonesList, ProjectsList } from '../schema/refs';

const S = KpiSnapshotsList.fields;

jest.setTimeout(300_000);

const OWNER = 'olivia.bennett@pmohub.demo';
const PMO = 'anna.schmidt@pmohub.demo';
const PM = 'marco.rossi@pmohub.demo';
const VISITOR = 'thomas.wright@pmohub.demo';
const REQUESTER = 'james.walker@pmohub.demo';
const BOARD = 'isabelle.laurent@pmohub.demo';

let wb: IWorkbench;
let owner: SPFI;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const count = async (url: string): Promise<number> => ((await list(owner, url).select('ItemCount')()) as { ItemCount: number }).ItemCount;
const refusal = async (p: Promise<unknown>): Promise<string> => p.then(() => 'written', (e: unknown) => (e instanceof DashboardRefusedError ? `${e.refusal}:${e.field}` : describeError(e).kind));
const values = (d: IDashboardData): Record<string, number | string> =>
  Object.fromEntries(d.kpis.map(k => [k.definition.code, k.result.kind === 'value' ? k.result.value : k.result.reason]));

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
});

afterAll(async () => {
  await wb?.stop();
});

describe('the dashboard of the demo', () => {
  it('reads Projects\' page and, in one $batch, the definitions, the settings and the figures the seed took; every demo KPI has a value', async () => {
    const { result: d, requests } = await countRequests(() => as(PMO).dashboard.getDashboard());
    expect(requests.filter(r => !/contextinfo/.test(r)).sort()).toEqual([
      expect.stringMatching(/^GET .*Lists%2FProjects'\)\/items\?/),
      expect.stringMatching(/^POST .*\/_api\/\$batch$/)
    ]);
    expect(d.figuresAsOf).toBe(d.at);
    expect(d.periods).toHaveLength(6);
    expect(d.periods[5]).toBe(d.at);
    expect(d.projectCount).toBe(20);
    expect(d.canConfigure).toBe(true);
    expect(d.definitions.every(r => r.problems.length === 0)).toBe(true);
    expect(d.kpis.map(k => k.definition.code).sort()).toEqual([
      'KPI-BEN', 'KPI-BUDGET', 'KPI-CPI', 'KPI-CPI-MIN', 'KPI-GATE', 'KPI-GREEN', 'KPI-INTAKE', 'KPI-ISSUE', 'KPI-LEAD', 'KPI-MS', 'KPI-MS-LATE', 'KPI-RED', 'KPI-RISK', 'KPI-SPI', 'KPI-SPI-MIN'
    ]);
    for (const k of d.kpis) {
      expect({ code: k.definition.code, kind: k.result.kind }).toEqual({ code: k.definition.code, kind: 'value' });
      expect(k.status).not.toBe('noData');
      expect(k.trend.points.map(p => p.end)).toEqual(d.periods);
    }
    // The charts: RAG of the running projects, the intake pipeline, budget per programme and year, the scatter.
    const rag = d.charts.rag;
    expect(rag.counts.Green + rag.counts.Amber + rag.counts.Red + rag.notReported).toBeGreaterThan(0);
    expect(d.charts.intake.map(p => p.state)).toEqual(['Submitted', 'InReview', 'ReadyForScoring', 'Approved', 'Rejected', 'Deferred', 'Withdrawn']);
    expect(d.charts.intake.reduce((s, p) => s + p.count, 0)).toBeGreaterThan(0);
    expect(d.charts.budget.length).toBeGreaterThan(0);
    expect(d.charts.earnedValue.every(p => p.spi > 0 && p.cpi > 0)).toBe(true);
    expect(d.options.programmes.length).toBeGreaterThan(0);
  });

  it('gives for a filter exactly what the KPI formulas give on the filter\'s rows, today and at every period end', async () => {
    const all = await as(PMO).dashboard.getDashboard();
    const programme = all.options.programmes.filter(p => p.id > 0)[0];
    const d = await as(PMO).dashboard.getDashboard({ programmeIds: [programme.id] });
    expect(d.projectCount).toBeGreaterThan(0);
    expect(d.projectCount).toBeLessThan(all.projectCount);
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });
    const zone = await env.siteTimeZone.get();
    const inputs = await readKpiInputs(env.sp, createPmoServices(env, {}).site, zone);
    const ids = new Set((await list(owner, ProjectsList.url).items.select(ProjectsList.fields.Id).filter(`${lookupId(ProjectsList.fields.Programme)} eq ${programme.id}`).top(5000)() as Array<{ Id: number }>).map(p => p.Id));
    expect(ids.size).toBe(d.projectCount);
    const mine = <T extends { projectId: number }>(rows: ReadonlyArray<T> | undefined): T[] => (rows ?? []).filter(r => ids.has(r.projectId));
    const data: IKpiData = {
      ...inputs, projects: (inputs.projects ?? []).filter(p => ids.has(p.id)), reports: mine(inputs.reports), milestones: mine(inputs.milestones), risks: mine(inputs.risks),
      issues: mine(inputs.issues), benefits: mine(inputs.benefits), budgetLines: mine(inputs.budgetLines), gateDecisions: mine(inputs.gateDecisions)
    };
    const context = { timeZone: zone.iana };
    let compared = 0;
    for (const k of d.kpis) {
      k.trend.points.forEach(point => {
        const expected = computeKpi(k.definition.formula, data, { ...context, at: point.end });
        expect({ code: k.definition.code, end: point.end, kind: point.result.kind }).toEqual({ code: k.definition.code, end: point.end, kind: expected.kind });
        if (expected.kind === 'value' && point.result.kind === 'value') {
          expect(point.result.value).toBeCloseTo(expected.value, 6);
          expect(point.result.basis).toBe(expected.basis);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('lets a visitor read the figures the PMO took, without the right to configure', async () => {
    const { result: d, requests } = await countRequests(() => as(VISITOR).dashboard.getDashboard());
    expect(requests.filter(r => !/contextinfo/.test(r))).toHaveLength(2);
    expect(d.canConfigure).toBe(false);
    expect(d.kpis.length).toBe(15);
    expect(values(d)).toEqual(values(await as(PMO).dashboard.getDashboard()));
  });
});

describe('when the figures are taken', () => {
  /** The dashboard service of `user` on the day `day` (noon UTC). */
  const on = (user: string, day: string): DashboardService => {
    const s = as(user);
    return new DashboardService(s.env.sp, s.site, { portfolio: s.portfolio, siteTimeZone: s.env.siteTimeZone, locale: 'en-us', now: () => Date.parse(`${day}T12:00:00Z`) });
  };
  const figures = (): Promise<number> => count(KpiSnapshotsList.url);

  it('the PMO\'s first view of a day takes what is missing once; a visitor reads them as of that day; old figures are computed, not stored, for a visitor', async () => {
    const before = await figures();
    const first = await countRequests(() => on(PMO, '2027-03-10').getDashboard());
    expect(first.result.periods).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-10']);
    expect(first.result.figuresAsOf).toBe('2027-03-10');
    const taken = await figures();
    expect(taken).toBeGreaterThan(before);
    // Taken once: the PMO's next view that day reads them.
    const again = await countRequests(() => on(PMO, '2027-03-10').getDashboard());
    expect(again.requests.filter(r => !/contextinfo/.test(r))).toHaveLength(2);
    expect(values(again.result)).toEqual(values(first.result));

    // Two days later a visitor reads the figures of 10 March (as of; a second $batch reads that day's
    // parts, the first expected today's), with the current RAG and EV from Projects.
    const visitor = await countRequests(() => on(VISITOR, '2027-03-12').getDashboard());
    expect(visitor.result.figuresAsOf).toBe('2027-03-10');
    expect(visitor.requests.filter(r => /\$batch$/.test(r))).toHaveLength(2);
    expect(visitor.requests.filter(r => !/contextinfo/.test(r))).toHaveLength(3);
    // Ten days later the figures are too old: the visitor's are computed from the lists, and not stored.
    const late = await on(VISITOR, '2027-03-20').getDashboard();
    expect(late.figuresAsOf).toBe('2027-03-20');
    expect(late.kpis.every(k => k.trend.points.length === 6)).toBe(true);
    expect(await figures()).toBe(taken);

    // After the period's end, the PMO's first view takes the new period end and the day, nothing else.
    const april = await on(PMO, '2027-04-01').getDashboard();
    expect(april.periods.slice(-2)).toEqual(['2027-03-31', '2027-04-01']);
    const keys = (await list(owner, KpiSnapshotsList.url).items.select(S.SnapshotKey).filter(`${S.SnapshotPart} eq 0`).top(5000)() as Array<{ SnapshotKey: string }>).map(k => k.SnapshotKey.slice(0, 10));
    expect(keys.filter(k => k >= '2027-03-01').sort()).toEqual(['2027-03-10', '2027-03-31', '2027-04-01']);
  });

  it('two PMO readers taking the same day at once write each part once, and both see the same figures', async () => {
    const [a, b] = await Promise.all([on(PMO, '2027-05-12').getDashboard(), on('luc.moreau@pmohub.demo', '2027-05-12').getDashboard()]);
    expect(values(a)).toEqual(values(b));
    const keys = (await list(owner, KpiSnapshotsList.url).items.select(S.SnapshotKey).filter(`${S.SnapshotKey} ge '2027-05-12' and ${S.SnapshotKey} lt '2027-05-13'`).top(5000)() as Array<{ SnapshotKey: string }>).map(k => k.SnapshotKey);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(values(await on(VISITOR, '2027-05-13').getDashboard())).toEqual(values(a));
  });
});

describe('the PMO\'s configuration and KPI definitions', () => {
  it('shows the KPIs the PMO saved, in its order; an unknown code is refused and nothing is written', async () => {
    await as(PMO).dashboard.saveConfiguration({ kpiCodes: ['KPI-RISK', 'KPI-SPI', 'KPI-GREEN'] });
    const d = await as(VISITOR).dashboard.getDashboard();
    expect(d.kpis.map(k => k.definition.code)).toEqual(['KPI-RISK', 'KPI-SPI', 'KPI-GREEN']);
    expect(d.configuration).toMatchObject({ kpiCodes: ['KPI-RISK', 'KPI-SPI', 'KPI-GREEN'] });
    expect(await refusal(as(PMO).dashboard.saveConfiguration({ kpiCodes: ['KPI-SPI', 'KPI-NOPE'] }))).toBe('unknownKpi:kpiCodes');
    expect((await as(PMO).dashboard.getDashboard()).configuration).toMatchObject({ kpiCodes: ['KPI-RISK', 'KPI-SPI', 'KPI-GREEN'] });
    await as(PMO).dashboard.saveConfiguration({});
    expect((await as(PMO).dashboard.getDashboard()).kpis).toHaveLength(15);
  });

  it('refuses a configuration saved from a page read before another save, as a conflict, and writes nothing', async () => {
    const a = (await as(PMO).dashboard.getDashboard()).configuration;
    const b = (await as(PMO).dashboard.getDashboard()).configuration;
    expect(a.version).toBe(b.version);
    await as(PMO).dashboard.saveConfiguration({ kpiCodes: ['KPI-SPI'], version: a.version });
    const stale = await as(PMO).dashboard.saveConfiguration({ kpiCodes: ['KPI-RISK'], version: b.version }).catch((e: unknown) => e);
    expect(describeError(stale).kind).toBe('conflict');
    const now = (await as(PMO).dashboard.getDashboard()).configuration;
    expect(now.kpiCodes).toEqual(['KPI-SPI']);
    // Read again, the save goes through; then back to every KPI.
    await as(PMO).dashboard.saveConfiguration({ version: now.version });
    expect((await as(PMO).dashboard.getDashboard()).configuration.kpiCodes ?? []).toEqual([]);
  });

  it('refuses a project manager\'s and a visitor\'s save: 403 from SharePoint', async () => {
    const before = (await as(PMO).dashboard.getDashboard()).configuration;
    for (const user of [PM, VISITOR]) {
      expect(await refusal(as(user).dashboard.saveConfiguration({ kpiCodes: ['KPI-SPI'] }))).toBe('forbidden');
      expect(await refusal(as(user).dashboard.saveKpiDefinition({ code: 'KPI-X', name: 'X', formula: 'OverdueIssues', greenThreshold: 0, amberThreshold: 2 }))).toBe('forbidden');
      // Taking the figures is the PMO's too: the list refuses anyone else's row.
      expect(await refusal(list(as(user).env.sp, KpiSnapshotsList.url).items.add({ [S.Title]: 'x', [S.SnapshotKey]: '2000-01-01#0', [S.SnapshotDate]: '2000-01-01', [S.SnapshotPart]: 0, [S.SnapshotParts]: 1, [S.KpiFiguresJson]: '{}' })))
        .toBe('forbidden');
    }
    expect((await as(PMO).dashboard.getDashboard()).configuration).toEqual(before);
    expect((await as(PMO).dashboard.getDashboard()).definitions.map(r => r.input.code)).not.toContain('KPI-X');
  });

  it('adds and updates a definition; a refusal names the field and writes nothing; a taken code is refused; a stale ETag is a conflict', async () => {
    const before = await count(KpiDefinitionsList.url);
    const bad = await as(PMO).dashboard.saveKpiDefinition({ code: 'KPI-LATE', name: 'Late issues', formula: 'OverdueIssues', greenThreshold: 10, amberThreshold: 5 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DashboardRefusedError);
    expect((bad as DashboardRefusedError).field).toBe('amberThreshold');
    expect((bad as DashboardRefusedError).problems).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
    expect(await refusal(as(PMO).dashboard.saveKpiDefinition({ code: 'KPI-LATE', name: 'Late issues', formula: 'OverdueIssues', unit: 'percent', greenThreshold: 0, amberThreshold: 5 }))).toBe('invalidDefinition:unit');
    expect(await refusal(as(PMO).dashboard.saveKpiDefinition({ code: 'kpi-spi', name: 'Again', formula: 'SpiAverage', greenThreshold: 1, amberThreshold: 0.9 }))).toBe('codeTaken:code');
    expect(await count(KpiDefinitionsList.url)).toBe(before);

    const added: IKpiDefinitionRow = await as(PMO).dashboard.saveKpiDefinition({ code: 'KPI-LATE', name: 'Late issues', formula: 'OverdueIssues', greenThreshold: 0, amberThreshold: 5 });
    expect(added.definition).toMatchObject({ code: 'KPI-LATE', unit: 'count', higherIsBetter: false, active: true });
    const d = await as(PMO).dashboard.getDashboard();
    const tile = d.kpis.filter(k => k.definition.code === 'KPI-LATE')[0];
    expect(tile.result).toEqual(d.kpis.filter(k => k.definition.code === 'KPI-ISSUE')[0].result);
    const updated = await as(PMO).dashboard.saveKpiDefinition({ ...added.input, name: 'Overdue issues (board)', active: false }, { id: added.id, etag: added.etag });
    expect(updated.definition).toMatchObject({ name: 'Overdue issues (board)', active: false });
    expect((await as(PMO).dashboard.getDashboard()).kpis.map(k => k.definition.code)).not.toContain('KPI-LATE');
    expect(await refusal(as(PMO).dashboard.saveKpiDefinition({ ...added.input, name: 'Stale' }, { id: added.id, etag: added.etag }))).toBe('conflict');
    await list(owner, KpiDefinitionsList.url).items.getById(added.id).delete();
  });
});

describe('report data', () => {
  const opts = { title: 'Portfolio report – {0}', scope: 'Test', locale: 'en-us' };

  it('has the Portfolio grid\'s rows for a filter: the same projects in the same order, and each project\'s slide', async () => {
    const portfolio = await as(PMO).portfolio.load();
    const programmeId = portfolio.rows.filter(r => r.programme)[0].programme?.id as number;
    for (const filters of [{}, { statuses: ['Active'] }, { programmeIds: [programmeId] }, { rag: ['Red', 'Amber'], departments: [portfolio.rows[0].department ?? ''] }] as IPortfolioFilters[]) {
      const grid = applyView(portfolio.rows, { filters, search: '', sort: defaultView().sort }, textComparer('en-us'));
      const data = await as(PMO).dashboard.getReportData({ kind: 'filter', filters }, { ...opts, maxProjectSlides: 3 });
      expect(data.overview).toEqual(grid.map(overviewRow));
      expect(data.projects.map(p => p.id)).toEqual(grid.slice(0, 3).map(r => r.id));
      for (const p of data.projects) {
        const row = grid.filter(r => r.id === p.id)[0];
        expect([p.title, p.rag.overall, p.statusDate]).toEqual([row.title, row.rag.overall, row.lastReportDate]);
      }
    }
  });

  it('has a saved view\'s rows in its order, its name in the title, and the KPI tiles of its projects', async () => {
    const portfolio = await as(PMO).portfolio.load();
    const board = portfolio.views.filter(v => v.view.name === 'Board report')[0];
    expect(board).toBeDefined();
    const grid = applyView(portfolio.rows, board.view, textComparer('en-us'));
    expect(grid.length).toBeGreaterThan(0);
    const data = await as(VISITOR).dashboard.getReportData({ kind: 'view', viewId: board.id, scope: 'shared' }, {
      ...opts, formatKpi: k => ({ name: k.definition.name, value: k.result.kind === 'value' ? String(k.result.value) : '–', status: k.status, trend: k.trend.direction })
    });
    expect(data.title).toBe('Portfolio report – Board report');
    expect(data.overview.map(r => r.id)).toEqual(grid.map(r => r.id));
    expect(data.projects).toHaveLength(grid.length);
    expect(data.kpis).toHaveLength(15);
    expect(data.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await refusal(as(PMO).dashboard.getReportData({ kind: 'view', viewId: 99999 }, opts))).toBe('invalidReport:view');
  });

  it('gives one project\'s status report: RAG per dimension, milestones, earned value, top risks and issues', async () => {
    const portfolio = await as(PMO).portfolio.load();
    const row = portfolio.rows.filter(r => r.status === 'Active' && r.rag.overall)[0];
    const p = await as(PM).dashboard.getProjectReportData(row.id);
    expect([p.id, p.title, p.code, p.rag.overall, p.statusDate]).toEqual([row.id, row.title, row.code, row.rag.overall, row.lastReportDate]);
    const milestones = (await list(owner, MilestonesList.url).items.select(MilestonesList.fields.Id).filter(`${lookupId(MilestonesList.fields.Project)} eq ${row.id}`).top(500)()) as unknown[];
    expect(p.milestones).toHaveLength(milestones.length);
    expect(p.earnedValue?.pv).toBeGreaterThan(0);
    const risks = p.risksAndIssues.filter(i => i.kind === 'risk');
    expect(risks.map(r => r.score ?? 0)).toEqual(risks.map(r => r.score ?? 0).slice().sort((a, b) => b - a));
  });
});

describe('the Reports library', () => {
  const pptx = (): ArrayBuffer => new TextEncoder().encode('PK report').buffer as ArrayBuffer;

  it('stores a report with its day, kind and view or project, and lists it; a name taken gets a number', async () => {
    const first = await as(PMO).dashboard.storeReport(pptx(), { kind: 'PortfolioReport', fileName: 'Portfolio report – Board report – 2026-10-31.pptx', viewName: 'Board report', date: '2026-10-31' });
    expect(first).toMatchObject({ kind: 'PortfolioReport', fileName: 'Portfolio report – Board report – 2026-10-31.pptx', date: '2026-10-31', viewName: 'Board report', storedBy: 'Anna Schmidt' });
    const again = await as(PMO).dashboard.storeReport(pptx(), { kind: 'PortfolioReport', fileName: 'Portfolio report – Board report – 2026-10-31.pptx', viewName: 'Board report', date: '2026-10-31' });
    expect(again.fileName).toBe('Portfolio report – Board report – 2026-10-31 (2).pptx');
    const project = (await as(PMO).portfolio.load()).rows[0];
    const mine = await as(PM).dashboard.storeReport(pptx(), { kind: 'ProjectReport', fileName: `Status report – ${project.title} – 2026-11-02.pptx`, projectId: project.id, date: '2026-11-02' });
    expect(mine).toMatchObject({ kind: 'ProjectReport', projectId: project.id, projectTitle: project.title, date: '2026-11-02', storedBy: 'Marco Rossi' });
    const listed = await as(VISITOR).dashboard.listReports();
    expect(listed.map(r => [r.id, r.date])).toEqual([[mine.id, '2026-11-02'], [again.id, '2026-10-31'], [first.id, '2026-10-31']]);
    // The file is there, as stored.
    expect(await owner.web.getFileByServerRelativePath(first.url).getText()).toBe('PK report');
  });

  it('refuses a report it cannot describe before writing anything, and a visitor\'s report (403 from SharePoint)', async () => {
    const before = await count('Reports');
    expect(await refusal(as(PMO).dashboard.storeReport(pptx(), { kind: 'Other' as never, fileName: 'x.pptx', date: '2026-10-31' }))).toBe('invalidReport:kind');
    expect(await refusal(as(PMO).dashboard.storeReport(pptx(), { kind: 'ReportWorkbook', fileName: 'x.xlsx', date: '31.10.2026' }))).toBe('invalidReport:date');
    expect(await refusal(as(PMO).dashboard.storeReport(pptx(), { kind: 'ReportWorkbook', fileName: 'x.docx', date: '2026-10-31' }))).toBe('invalidReport:fileName');
    expect(await refusal(as(VISITOR).dashboard.storeReport(pptx(), { kind: 'ReportWorkbook', fileName: 'x.xlsx', date: '2026-10-31' }))).toBe('forbidden');
    expect(await count('Reports')).toBe(before);
    // Requesters and trainees do not see the library at all.
    expect(await refusal(as(REQUESTER).dashboard.listReports())).toBe('notFound');
  });

  it('says who may store a report as SharePoint decides it: the PMO and project managers, not IT management, the board or a requester', async () => {
    const can = await Promise.all([PMO, PM, VISITOR, BOARD, REQUESTER].map(u => as(u).dashboard.canStoreReports()));
    expect(can).toEqual([true, true, false, false, false]);
  });

  it('never lets anyone but PMO Owners delete a stored report; a change keeps the version the board saw', async () => {
    const stored = await as(PMO).dashboard.storeReport(pptx(), { kind: 'ReportWorkbook', fileName: 'Report workbook – 2026-10-31.xlsx', date: '2026-10-31' });
    for (const user of [PM, PMO, VISITOR]) {
      const sp = as(user).env.sp;
      expect({ user, kind: await refusal(sp.web.getFileByServerRelativePath(stored.url).delete()) }).toEqual({ user, kind: 'forbidden' });
      expect({ user, kind: await refusal(list(sp, 'Reports').items.getById(stored.id).delete()) }).toEqual({ user, kind: 'forbidden' });
      expect({ user, kind: await refusal(list(sp, 'Reports').items.getById(stored.id).recycle()) }).toEqual({ user, kind: 'forbidden' });
    }
    // Only its uploader changes a stored report (WriteSecurity 2): a project manager can change neither its
    // columns nor its content (403), and the report stays as stored.
    expect(await refusal(list(as(PM).env.sp, 'Reports').items.getById(stored.id).update({ ReportKind: 'ProjectReport', ViewName: 'Changed by another user' }))).toBe('forbidden');
    expect(await refusal(as(PM).env.sp.web.getFileByServerRelativePath(stored.url).setContent('changed by another user'))).toBe('forbidden');
    expect(await list(owner, 'Reports').items.getById(stored.id).select('ReportKind', 'ViewName')()).toMatchObject({ ReportKind: 'ReportWorkbook', ViewName: null });
    expect(await owner.web.getFileByServerRelativePath(stored.url).getText()).toBe('PK report');
    // The uploader's change is a new version; the stored one stays in the history.
    await as(PMO).env.sp.web.getFileByServerRelativePath(stored.url).setContent('changed');
    const versions = (await list(owner, 'Reports').items.getById(stored.id).versions()) as Array<{ VersionLabel: string }>;
    expect(versions.map(v => v.VersionLabel)).toEqual(expect.arrayContaining(['1.0', '2.0']));
    await owner.web.getFileByServerRelativePath(stored.url).delete();
    expect((await as(PMO).dashboard.listReports()).map(r => r.id)).not.toContain(stored.id);
    expect(OWNER).toBeTruthy();
  });
});

describe('a site without projects', () => {
  let empty: IWorkbench;
  beforeAll(async () => {
    empty = await startWorkbench({ port: 0, memory: true, site: false, projects: 0 });
    await empty.ready;
  });
  afterAll(async () => {
    await empty?.stop();
  });

  it('shows every KPI as no data (never 0 or green), with no trend', async () => {
    const d = await createPmoServices(localEnvironment({ siteUrl: empty.siteUrl, graphUrl: empty.graphUrl, user: PMO }), {}).dashboard.getDashboard();
    expect(d.projectCount).toBe(0);
    expect(d.kpis).toHaveLength(15);
    for (const k of d.kpis) {
      expect({ code: k.definition.code, kind: k.result.kind, status: k.status, trend: k.trend.direction }).toEqual({ code: k.definition.code, kind: 'noData', status: 'noData', trend: 'noData' });
    }
    expect(d.charts.rag).toEqual({ counts: { Green: 0, Amber: 0, Red: 0 }, notReported: 0 });
    expect(d.charts.earnedValue).toEqual([]);
  });
});
