/**
 * Project controlling against the workbench (real PnPjs, the emulator's permissions and threshold):
 * a project manager starts a report from the previous one with derived earned-value inputs, a stale
 * ETag is refused, an override needs a justification naming the dimension, publishing writes the
 * report, one snapshot per milestone and the project's summary and stays single under 20 % injected
 * 429s, a published report cannot be edited through plain REST; milestones, budget lines, the
 * project page in one round trip and the portfolio roll-up above 5,000 projects.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { seedItems } from '../../workbench/emulator/testing';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { ReportRefusedError } from './StatusReportService';
import { MilestoneRefusedError } from './MilestoneService';
import { BudgetRefusedError } from './BudgetService';
import type { SPFI } from '../platform/pnp';
import type { IStatusReport } from './controllingRows';
import { countRequests } from './test-utils/countRequests';
import { BudgetLinesList, MilestonesList, MilestoneSnapshotsList, ProgrammesList, ProjectsList, StatusReportDraftsList, StatusReportsList } from '../schema/refs';

jest.setTimeout(300_000);

const OFFICER = 'anna.schmidt@pmohub.demo';
let wb: IWorkbench;
let owner: SPFI;
let pm: string;
let projectId: number;
let otherPm: string;

const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {});
const rest = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const count = async (url: string, filter: string): Promise<number> => ((await list(owner, url).items.select('Id').filter(filter).top(5000)()) as unknown[]).length;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  // An active demo project with published reports, milestones and budget lines, and its manager.
  const projects = (await list(owner, ProjectsList.url).items.select('Id', 'ProjectManager/EMail', 'LastReportDate').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager: { EMail: string }; LastReportDate: string | null }>;
  for (const p of projects.filter(x => x.LastReportDate)) {
    if ((await count(MilestonesList.url, `ProjectId eq ${p.Id}`)) > 2 && (await count(BudgetLinesList.url, `ProjectId eq ${p.Id}`)) > 0) {
      projectId = p.Id;
      pm = p.ProjectManager.EMail;
      break;
    }
  }
  otherPm = projects.map(p => p.ProjectManager.EMail).filter(e => e !== pm)[0];
  // Reports of this test start fresh: no draft of the seed's left for the project.
  for (const d of (await list(owner, StatusReportDraftsList.url).items.select('Id').filter(`ProjectId eq ${projectId}`)()) as Array<{ Id: number }>) {
    await list(owner, StatusReportDraftsList.url).items.getById(d.Id).delete();
  }
});

afterAll(async () => {
  await wb?.stop();
});

describe('status reports', () => {
  let draftId: number;

  it('starts a draft from the previous published report, with derived earned-value inputs and their sources', async () => {
    const svc = as(pm).statusReports;
    const [previous] = await svc.listReports(projectId, 1);
    expect(previous).toBeDefined();
    const draft = await svc.startDraft(projectId, '2026-11-30');
    draftId = draft.id;
    expect(draft.status).toBe('Draft');
    expect(draft.reportDate).toBe('2026-11-30');
    expect(draft.achievements).toBe(previous.achievements);
    expect(draft.nextSteps).toBe(previous.nextSteps);
    // AC from the budget lines' actuals, BAC and PV from their planned phasing, EV from % complete × BAC.
    expect(draft.evm.sources).toEqual({ pv: 'phasing', ev: 'percentComplete', ac: 'budgetLines', bac: 'phasing' });
    const budget = await as(pm).budget.getBudget(projectId);
    expect(draft.evm.ac).toBeCloseTo(budget.totals.actual, 2);
    expect(draft.evm.bac).toBeCloseTo(budget.totals.planned, 2);
    expect(draft.evm.ev).toBeCloseTo(((previous.evm.percentComplete ?? 0) * (draft.evm.bac ?? 0)) / 100, 2);
    // Every configured dimension, the overall RAG first; schedule and cost suggested from SPI and CPI.
    expect(draft.dimensions.map(d => d.dimension)).toEqual(['overall', 'schedule', 'cost', 'scope', 'quality', 'risk', 'resources']);
    const schedule = draft.dimensions.filter(d => d.dimension === 'schedule')[0];
    expect(schedule.suggested).toBeDefined();
    expect(schedule.rag).toBe(schedule.suggested);
    // Asking again gives the same draft, not a second one.
    expect((await svc.startDraft(projectId, '2026-11-30')).id).toBe(draftId);
    expect(await count(StatusReportDraftsList.url, `ProjectId eq ${projectId}`)).toBe(1);
  });

  it('refuses a stale ETag; saves a draft half-way with an unjustified override, which publishing refuses, naming the dimension', async () => {
    const svc = as(pm).statusReports;
    const seen = (await svc.getDraft(projectId))!;
    const saved = await svc.saveDraft(draftId, { escalations: 'Decide on the second data centre.', ratings: [{ dimension: 'scope', rag: 'Amber', comment: 'Two interfaces added' }] }, seen.etag);
    expect(saved.escalations).toBe('Decide on the second data centre.');
    expect(saved.dimensions.filter(d => d.dimension === 'scope')[0]).toMatchObject({ rag: 'Amber', comment: 'Two interfaces added' });
    const stale = await svc.saveDraft(draftId, { nextSteps: 'x' }, seen.etag).catch((e: unknown) => e);
    expect(describeError(stale).kind).toBe('conflict');
    const schedule = saved.dimensions.filter(d => d.dimension === 'schedule')[0];
    const other = schedule.suggested === 'Green' ? 'Red' : 'Green';
    const halfWay = await svc.saveDraft(draftId, { ratings: [{ dimension: 'schedule', rag: other }] }, saved.etag);
    expect(halfWay.dimensions.filter(d => d.dimension === 'schedule')[0]).toMatchObject({ rag: other, suggested: schedule.suggested });
    const reportsBefore = await count(StatusReportsList.url, `ProjectId eq ${projectId}`);
    const refused = await svc.publish(draftId, halfWay.etag).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReportRefusedError);
    expect(refused).toMatchObject({ refusal: 'justificationRequired', field: 'rag.schedule' });
    expect((refused as ReportRefusedError).issues.map(i => i.dimension)).toContain('schedule');
    expect(await count(StatusReportsList.url, `ProjectId eq ${projectId}`)).toBe(reportsBefore);
    const justified = await svc.saveDraft(draftId, { ratings: [{ dimension: 'schedule', rag: other, justification: 'The vendor confirmed the recovery plan.' }, { dimension: 'overall', rag: 'Amber', justification: 'Board agreed.' }] }, halfWay.etag);
    expect(justified.dimensions.filter(d => d.dimension === 'schedule')[0]).toMatchObject({ rag: other, suggested: schedule.suggested, justification: 'The vendor confirmed the recovery plan.' });
    expect(justified.overall).toBe('Amber');
  });

  it('publishes the report, one snapshot per milestone and the project summary; once, under 20 % injected 429s', async () => {
    const svc = as(pm, 12).statusReports;
    // One snapshot per milestone, but none of a milestone reached before the previous report (its MTA line has ended).
    const [previous] = await svc.listReports(projectId, 1);
    const all = await as(pm).milestones.list(projectId);
    const milestones = all.filter(m => !(m.actualDate && previous.reportDate && m.actualDate < previous.reportDate)).length;
    expect(milestones).toBeGreaterThan(0);
    const reportsBefore = await count(StatusReportsList.url, `ProjectId eq ${projectId}`);
    const etag = (await svc.getDraft(projectId))!.etag;
    const injected = async (): Promise<number> => ((await (await fetch(`${wb.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> }).injectedFaults['429'] ?? 0;
    const faultsBefore = await injected();
    wb.emulator.setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 11 });
    let first;
    let again;
    try {
      first = await svc.publish(draftId, etag);
      again = await svc.publish(draftId, etag); // repeated (a lost answer): nothing new
      await as(pm, 12).controlling.getProjectPage(projectId);
      await svc.publish(draftId, etag);
    } finally {
      wb.emulator.setFaults({});
    }
    // the throttling did happen: PnPjs retried, and nothing was written twice
    expect(await injected()).toBeGreaterThan(faultsBefore + 1);
    expect([first.created, again.created, first.snapshots, again.snapshots]).toEqual([true, false, milestones, 0]);
    expect(again.report.id).toBe(first.report.id);
    expect(await count(StatusReportsList.url, `ProjectId eq ${projectId}`)).toBe(reportsBefore + 1);
    expect(await count(StatusReportsList.url, `DraftNumber eq ${draftId}`)).toBe(1);
    expect(await count(MilestoneSnapshotsList.url, `StatusReportId eq ${first.report.id}`)).toBe(milestones);
    expect(await count(StatusReportDraftsList.url, `ProjectId eq ${projectId}`)).toBe(0);
    expect(first.report).toMatchObject({ status: 'Published', overall: 'Amber', draftNumber: draftId, escalations: 'Decide on the second data centre.' });
    const project = (await list(owner, ProjectsList.url).items.getById(projectId).select('RagOverall', 'RagScope', 'LastReportDate', 'ActualCost', 'BudgetAtCompletion')()) as Record<string, unknown>;
    expect(project).toMatchObject({ RagOverall: 'Amber', RagScope: 'Amber', ActualCost: first.report.evm.ac, BudgetAtCompletion: first.report.evm.bac });
    expect(String(project.LastReportDate).slice(0, 10)).toBe('2026-11-30');
  });

  it('a new draft carries the previous report\'s override and its justification, while it still differs from the suggestion', async () => {
    const svc = as(pm).statusReports;
    const [previous] = await svc.listReports(projectId, 1);
    const overridden = previous.dimensions.filter(d => d.dimension === 'schedule')[0];
    expect(overridden.justification).toBe('The vendor confirmed the recovery plan.');
    // A second report on the same date (the trial's finding: the override was reset to the suggestion, its justification dropped).
    const next = await svc.startDraft(projectId, '2026-11-30');
    try {
      checkCarried(next, overridden);
    } finally {
      await list(owner, StatusReportDraftsList.url).items.getById(next.id).delete();
    }
  });

  function checkCarried(next: IStatusReport, overridden: IStatusReport['dimensions'][number]): void {
    const schedule = next.dimensions.filter(d => d.dimension === 'schedule')[0];
    expect(schedule.suggested).toBe(overridden.suggested);
    expect(schedule).toMatchObject({ rag: overridden.rag, justification: 'The vendor confirmed the recovery plan.' });
    expect(schedule.rag).not.toBe(schedule.suggested);
    // A rating that followed its suggestion follows it still, without a justification.
    const cost = next.dimensions.filter(d => d.dimension === 'cost')[0];
    if (cost.suggested) expect([cost.rag, cost.justification]).toEqual([cost.suggested, undefined]);
  }

  it('a published report cannot be edited or deleted by a project manager or a PMO officer, through plain REST (403), not even their own', async () => {
    const [report] = await as(pm).statusReports.listReports(projectId, 1);
    for (const user of [pm, otherPm, OFFICER]) {
      const item = list(rest(user), StatusReportsList.url).items.getById(report.id);
      expect(describeError(await item.update({ RagOverall: 'Green' }).catch((e: unknown) => e)).kind).toBe('forbidden');
      expect(describeError(await item.delete().catch((e: unknown) => e)).kind).toBe('forbidden');
      const snapshot = ((await list(rest(user), MilestoneSnapshotsList.url).items.select('Id').filter(`StatusReportId eq ${report.id}`).top(1)()) as Array<{ Id: number }>)[0];
      expect(describeError(await list(rest(user), MilestoneSnapshotsList.url).items.getById(snapshot.Id).update({ ForecastDate: '2030-01-01T00:00:00Z' }).catch((e: unknown) => e)).kind).toBe('forbidden');
    }
    expect(((await list(owner, StatusReportsList.url).items.getById(report.id).select('RagOverall')()) as { RagOverall: string }).RagOverall).toBe('Amber');
    // Only a PMO owner (Full Control) still can, for a report filed on the wrong project; versions keep it.
    await list(owner, StatusReportsList.url).items.getById(report.id).update({ NextSteps: 'Corrected by a PMO owner' });
  });
});

describe('milestones', () => {
  it('a forecast change refreshes the next milestone; re-baselining needs a reason and keeps the old baseline; stale ETags are refused', async () => {
    const svc = as(pm).milestones;
    const created = await svc.create(projectId, { title: 'Controlling test milestone', baselineDate: '2026-11-20', forecastDate: '2026-11-20' });
    let project = (await list(owner, ProjectsList.url).items.getById(projectId).select('NextMilestoneTitle')()) as { NextMilestoneTitle: string };
    const moved = await svc.update(created.id, { forecastDate: '2026-11-05' }, created.etag);
    project = (await list(owner, ProjectsList.url).items.getById(projectId).select('NextMilestoneTitle')()) as { NextMilestoneTitle: string };
    expect(project.NextMilestoneTitle).toBe('Controlling test milestone');
    expect(describeError(await svc.update(created.id, { forecastDate: '2026-11-06' }, created.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    const noReason = await svc.rebaseline(created.id, '2026-12-10', '  ', moved.etag).catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(MilestoneRefusedError);
    expect(noReason).toMatchObject({ refusal: 'reasonRequired', field: 'reason' });
    const rebased = await svc.rebaseline(created.id, '2026-12-10', 'Scope change CR-7 approved', moved.etag);
    expect(rebased.baselineDate).toBe('2026-12-10');
    expect(rebased.baselineHistory).toEqual([expect.objectContaining({ previousBaseline: '2026-11-20', newBaseline: '2026-12-10', reason: 'Scope change CR-7 approved' })]);
    const stored = (await list(owner, MilestonesList.url).items.getById(created.id).select('ChangeReason')()) as { ChangeReason: string };
    expect(stored.ChangeReason).toBe('Scope change CR-7 approved');
    await svc.remove(created.id, rebased.etag);
    project = (await list(owner, ProjectsList.url).items.getById(projectId).select('NextMilestoneTitle')()) as { NextMilestoneTitle: string };
    expect(project.NextMilestoneTitle).not.toBe('Controlling test milestone');
  });

  it('gives the milestone trend analysis from the snapshots, one line per milestone', async () => {
    const mta = await as(pm).milestones.getMta(projectId);
    const milestones = await as(pm).milestones.list(projectId);
    expect(mta.lines.length).toBeGreaterThan(0);
    expect(mta.lines.every(l => milestones.some(m => m.id === l.milestoneId && m.title === l.title))).toBe(true);
    expect(mta.reportDates).toContain('2026-11-30');
  });
});

describe('milestones: what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses a title over 255 characters and a day outside 1900–8900 naming the field, instead of cutting the title; writes nothing', async () => {
    const svc = as(pm).milestones;
    const before = (await svc.list(projectId)).length;
    await expect(svc.create(projectId, { title: `${'z'.repeat(254)}📈`, baselineDate: '2027-03-01' })).rejects.toMatchObject({ refusal: 'tooLong', field: 'title' });
    await expect(svc.create(projectId, { title: 'Far', baselineDate: '1899-12-31' })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'baselineDate' });
    await expect(svc.create(projectId, { title: 'Far', baselineDate: '2027-03-01', forecastDate: '8901-01-01' })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'forecastDate' });
    expect((await svc.list(projectId)).length).toBe(before);
  });
});

describe('budget lines', () => {
  it('adds and edits lines with ETags and gives the variances', async () => {
    const svc = as(pm).budget;
    const before = await svc.getBudget(projectId);
    const line = await svc.add(projectId, { fiscalYear: 2027, costType: 'Opex', category: 'ExternalServices', planned: 10000, forecast: 12500 });
    await expect(svc.add(projectId, { fiscalYear: 2027, costType: 'Opex', planned: -1 })).rejects.toBeInstanceOf(BudgetRefusedError);
    const after = await svc.getBudget(projectId);
    expect(after.totals.planned).toBeCloseTo(before.totals.planned + 10000, 2);
    expect(after.totals.forecastVariance - before.totals.forecastVariance).toBeCloseTo(2500, 2);
    const edited = await svc.update(line.id, { actual: 3000 }, line.etag);
    expect(edited.actual).toBe(3000);
    expect(describeError(await svc.update(line.id, { actual: 1 }, line.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    await svc.remove(line.id, edited.etag);
    expect((await svc.getBudget(projectId)).lines.length).toBe(before.lines.length);
  });
});

describe('read models', () => {
  it('loads the project page in one round trip', async () => {
    const services = as(pm);
    await services.env.siteTimeZone.get(); // the site's time zone is read once per environment
    const { result, requests } = await countRequests(() => services.controlling.getProjectPage(projectId));
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(requests).toHaveLength(1);
    expect(result.overview.id).toBe(projectId);
    expect(result.latestReport?.reportDate).toBe('2026-11-30');
    expect(result.trend.length).toBeGreaterThan(1);
    expect(result.trend[result.trend.length - 1].rag.overall).toBe('Amber');
    expect(result.milestones.length).toBeGreaterThan(2);
    expect(result.budget.lines.length).toBeGreaterThan(0);
    expect(result.earnedValue?.eacFormula).toBe('BAC / CPI');
    expect(result.mta.lines.length).toBeGreaterThan(0);
  });

  it('says who may file the project\'s reports: its manager and the PMO, not another project manager or a reader (in the same round trip)', async () => {
    const canFile = async (user: string): Promise<boolean> => (await as(user).controlling.getProjectPage(projectId)).canFile;
    expect(await canFile(pm)).toBe(true);
    expect(await canFile(OFFICER)).toBe(true);
    expect(await canFile(otherPm)).toBe(false);
    expect(await canFile('thomas.wright@pmohub.demo')).toBe(false);
  });

  it('rolls earned value and RAG up from Projects above 5,000 projects; a project without a report is "no report", never green', async () => {
    const pmId = ((await list(owner, ProjectsList.url).items.getById(projectId).select('ProjectManagerId')()) as { ProjectManagerId: number }).ProjectManagerId;
    const programme = ((await list(owner, ProgrammesList.url).items.select('Id').top(1)()) as Array<{ Id: number }>)[0].Id;
    const before = await as(OFFICER).controlling.getPortfolioControlling();
    const rows = Array.from({ length: 5100 }, (_, i) => i < 100
      ? { Title: `Rollup ${i}`, ProjectCode: `RLP-${i}`, ProjectManagerId: pmId, LifecycleStatus: 'Active', ProgrammeId: programme, LastReportDate: '2026-10-30T00:00:00Z', RagOverall: 'Green', PlannedValue: 1000, EarnedValue: 900, ActualCost: 1200, BudgetAtCompletion: 5000 }
      : { Title: `Rollup ${i}`, ProjectCode: `RLP-${i}`, ProjectManagerId: pmId, LifecycleStatus: 'Active' });
    seedItems(wb.emulator, 'Projects', rows);
    const after = await as(OFFICER).controlling.getPortfolioControlling();
    expect(after.projects).toBe(before.projects + 5100);
    const overall = (r: typeof after): Record<string, number> => r.ragDistribution.filter(d => d.dimension === 'overall')[0] as unknown as Record<string, number>;
    expect(overall(after).noReport - overall(before).noReport).toBe(5000);
    expect(overall(after).Green - overall(before).Green).toBe(100);
    expect(after.portfolio.totals.ev - before.portfolio.totals.ev).toBeCloseTo(90000, 2);
    expect(after.portfolio.totals.pv - before.portfolio.totals.pv).toBeCloseTo(100000, 2);
    const group = after.programmes.filter(g => g.key === programme)[0];
    expect(group.spiProjects).toBeGreaterThanOrEqual(100);
    expect(after.portfolio.spi.value).toBeCloseTo(after.portfolio.totals.ev / after.portfolio.totals.pv, 1);
  });
});

// Last: it publishes a later report of the project, which the read models above expect to be 30 Nov 2026.
describe('milestone snapshots', () => {
  it('publishing snapshots no milestone reached before the previous report; one reached within the period gets its last snapshot', async () => {
    const services = as(pm);
    const [longAgo, withinPeriod] = (await services.milestones.list(projectId)).filter(m => !m.actualDate);
    await services.milestones.update(longAgo.id, { actualDate: '2024-09-02', status: 'Achieved' }, longAgo.etag);
    await services.milestones.update(withinPeriod.id, { actualDate: '2026-12-15', status: 'Achieved' }, withinPeriod.etag);
    const all = await count(MilestonesList.url, `ProjectId eq ${projectId}`);
    const draft = await services.statusReports.startDraft(projectId, '2026-12-31');
    const published = await services.statusReports.publish(draft.id, draft.etag);
    const snapshotted = ((await list(owner, MilestoneSnapshotsList.url).items.select('MilestoneId').filter(`StatusReportId eq ${published.report.id}`).top(500)()) as Array<{ MilestoneId: number }>).map(r => r.MilestoneId);
    expect(snapshotted).not.toContain(longAgo.id);
    expect(snapshotted).toContain(withinPeriod.id);
    expect(published.snapshots).toBe(snapshotted.length);
    expect(snapshotted.length).toBeLessThan(all);
    const mta = await services.milestones.getMta(projectId);
    expect(mta.extents?.x.min).toBe(mta.reportDates[0]);
    const line = mta.lines.filter(l => l.milestoneId === withinPeriod.id)[0];
    expect(line.reached).toBe(true);
    expect(line.points[line.points.length - 1]).toMatchObject({ reportDate: '2026-12-15', forecastDate: '2026-12-15', snapshotDate: '2026-12-31' });
  });
});
