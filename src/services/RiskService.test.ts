/**
 * The risk register against the workbench (real PnPjs, the emulator's permissions, ETags and fault
 * injection): validation through the domain names the field and writes nothing, RiskExposure = P × I
 * follows every rating, a stale ETag is refused, the PMO's thresholds (PmoHubConfig) band the heat
 * map, and a published status report snapshots each open risk once — also under 20 % injected 429s —
 * so that the trend since the last report shows.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { RiskRefusedError } from './RiskService';
import type { SPFI } from '../platform/pnp';
import { PmoHubConfigList, ProjectsList, RisksList, RiskSnapshotsList, StatusReportDraftsList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;
let pm: string;
let projectId: number;

const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const rows = async (url: string, filter: string, ...select: string[]): Promise<Array<Record<string, unknown>>> =>
  (await list(owner, url).items.select('Id', ...select).filter(filter).top(5000)()) as Array<Record<string, unknown>>;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = (await list(owner, ProjectsList.url).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(1)()) as Array<{ Id: number; ProjectManager: { EMail: string } }>;
  projectId = projects[0].Id;
  pm = projects[0].ProjectManager.EMail;
  // The project's drafts start fresh, so that this test's report is the one published.
  for (const d of await rows(StatusReportDraftsList.url, `ProjectId eq ${projectId}`)) await list(owner, StatusReportDraftsList.url).items.getById(d.Id as number).delete();
});

afterAll(async () => {
  await wb?.stop();
});

describe('risks', () => {
  it('refuses an invalid rating, day or code naming each field, and writes nothing', async () => {
    const before = (await rows(RisksList.url, `ProjectId eq ${projectId}`)).length;
    const refused = await as(pm).risks.create(projectId, { title: ' ', probability: 0, impact: 2.5, proximity: '2026-02-30', response: 'Ignore' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RiskRefusedError);
    expect((refused as RiskRefusedError).problems).toEqual([
      { code: 'titleRequired', field: 'title' },
      { code: 'ratingOutOfRange', field: 'probability' },
      { code: 'ratingNotInteger', field: 'impact' },
      { code: 'invalidDate', field: 'proximity' },
      { code: 'invalidChoice', field: 'response' }
    ]);
    const missing = await as(pm).risks.create(projectId, { title: 'Unrated' }).catch((e: unknown) => e);
    expect((missing as RiskRefusedError).problems.map(p => p.field)).toEqual(['probability', 'impact']);
    expect((await rows(RisksList.url, `ProjectId eq ${projectId}`)).length).toBe(before);
  });

  it('writes RiskExposure = P × I with every rating, keeps the proximity as a day, and refuses a stale ETag', async () => {
    const svc = as(pm).risks;
    const risk = await svc.create(projectId, { title: 'Supplier insolvency', probability: 2, impact: 4, proximity: '2027-01-15', response: 'Transfer', mitigation: 'Escrow agreement' });
    expect(risk).toMatchObject({ status: 'Open', probability: 2, impact: 4, score: 8, band: 'Medium', proximity: '2027-01-15', response: 'Transfer', projectId });
    const exposure = async (): Promise<unknown> => (await list(owner, RisksList.url).items.getById(risk.id).select('RiskExposure')() as { RiskExposure: unknown }).RiskExposure;
    expect(await exposure()).toBe(8);
    const raised = await svc.update(risk.id, { impact: 5 }, risk.etag);
    expect(raised).toMatchObject({ probability: 2, impact: 5, score: 10 });
    expect(await exposure()).toBe(10);
    expect(describeError(await svc.update(risk.id, { probability: 5 }, risk.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    expect(await exposure()).toBe(10);
    const refused = await svc.update(risk.id, { probability: 6 }, raised.etag).catch((e: unknown) => e);
    expect((refused as RiskRefusedError).problems).toEqual([{ code: 'ratingOutOfRange', field: 'probability' }]);
    const closed = await svc.close(risk.id, raised.etag);
    expect(closed.status).toBe('Closed');
    expect((await svc.getProjectRisks(projectId)).risks.filter(r => r.id === risk.id)[0].status).toBe('Closed');
  });

  it('bands the heat map with the PMO\'s thresholds, and falls back to the defaults when they are invalid', async () => {
    const config = list(owner, PmoHubConfigList.url);
    const added = (await config.items.add({ Title: 'Governance.RiskThresholds', ConfigKey: 'Governance.RiskThresholds', ConfigValue: JSON.stringify({ medium: 3, high: 8 }) })) as { Id: number };
    try {
      const configured = await as(pm).risks.getProjectRisks(projectId);
      expect(configured.thresholds).toEqual({ medium: 3, high: 8 });
      expect(configured.heatMap.cells[1][3]).toMatchObject({ score: 8, band: 'High' });
      expect(configured.heatMap.cells[0][2]).toMatchObject({ score: 3, band: 'Medium' });
      await config.items.getById(added.Id).update({ ConfigValue: JSON.stringify({ medium: 9, high: 4 }) });
      const invalid = await as(pm).risks.getProjectRisks(projectId);
      expect(invalid.thresholds).toEqual({ medium: 5, high: 12 });
      expect(invalid.thresholdProblems).toEqual([{ code: 'thresholdOrder', field: 'high' }]);
      expect(invalid.heatMap.cells[1][3].band).toBe('Medium');
    } finally {
      await config.items.getById(added.Id).delete();
    }
    const map = await as(pm).risks.getProjectRisks(projectId);
    const open = map.risks.filter(r => r.status === 'Open' || r.status === 'Mitigating');
    expect(map.heatMap.total).toBe(open.length);
    expect(map.risks.map(r => r.score ?? 0)).toEqual(map.risks.map(r => r.score ?? 0).slice().sort((a, b) => b - a));
  });

  it('a published report snapshots each open risk once, under 20 % injected 429s; the trend since that report follows', async () => {
    const svc = as(pm, 12);
    const fresh = await svc.risks.create(projectId, { title: 'Key user leaves', probability: 3, impact: 3 });
    const open = (await svc.risks.getProjectRisks(projectId)).risks.filter(r => r.status === 'Open' || r.status === 'Mitigating');
    expect(open.length).toBeGreaterThan(1);
    const draft = await svc.statusReports.startDraft(projectId, '2026-12-15');
    const injected = async (): Promise<number> => ((await (await fetch(`${wb.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> }).injectedFaults['429'] ?? 0;
    const faultsBefore = await injected();
    wb.emulator.setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 7 });
    let first;
    let again;
    try {
      first = await svc.statusReports.publish(draft.id, draft.etag);
      again = await svc.statusReports.publish(draft.id, draft.etag);
    } finally {
      wb.emulator.setFaults({});
    }
    // the throttling did happen (PnPjs retried), and nothing was written twice or left out
    expect(await injected()).toBeGreaterThan(faultsBefore + 1);
    expect([first.riskSnapshots, again.riskSnapshots]).toEqual([open.length, 0]);
    const snapshots = await rows(RiskSnapshotsList.url, `StatusReportId eq ${first.report.id}`, 'RiskId', 'Probability', 'Impact', 'SnapshotDate');
    expect(snapshots.map(s => s.RiskId).sort()).toEqual(open.map(r => r.id).sort());
    expect(snapshots.filter(s => s.RiskId === fresh.id)[0]).toMatchObject({ Probability: 3, Impact: 3 });
    // The trend: up for a raised rating, down for a lowered one, new for a risk raised after the report.
    const raised = await svc.risks.update(fresh.id, { probability: 4 }, fresh.etag);
    const lowered = open.filter(r => r.id !== fresh.id && (r.score ?? 0) > 1)[0];
    await svc.risks.update(lowered.id, { probability: 1, impact: 1 }, lowered.etag);
    const newer = await svc.risks.create(projectId, { title: 'Licence audit', probability: 1, impact: 2 });
    const after = await svc.risks.getProjectRisks(projectId);
    const trend = (id: number): unknown => after.risks.filter(r => r.id === id)[0].trend;
    expect(after.lastReportDate).toBe('2026-12-15');
    expect([trend(raised.id), trend(lowered.id), trend(newer.id)]).toEqual(['up', 'down', 'new']);
    expect(after.risks.filter(r => r.id !== raised.id && r.id !== lowered.id && r.id !== newer.id && r.trend !== undefined && open.some(o => o.id === r.id)).every(r => r.trend === 'same')).toBe(true);
  });

  it('a project manager cannot change or delete a risk snapshot (403 from SharePoint)', async () => {
    const snapshot = (await rows(RiskSnapshotsList.url, `ProjectId eq ${projectId}`))[0];
    const rest = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm, schemaGuard: false }).sp;
    const item = list(rest, RiskSnapshotsList.url).items.getById(snapshot.Id as number);
    expect(describeError(await item.update({ Probability: 1 }).catch((e: unknown) => e)).kind).toBe('forbidden');
    expect(describeError(await item.delete().catch((e: unknown) => e)).kind).toBe('forbidden');
  });
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses a title over 255 characters and a proximity outside 1900–8900 naming the field, and writes nothing', async () => {
    const before = (await rows(RisksList.url, `ProjectId eq ${projectId}`)).length;
    const refused = await as(pm).risks.create(projectId, { title: `${'z'.repeat(254)}📈`, probability: 2, impact: 2, proximity: '9999-12-31' }).catch((e: unknown) => e);
    expect((refused as RiskRefusedError).problems).toEqual([{ code: 'tooLong', field: 'title' }, { code: 'dateOutOfRange', field: 'proximity' }]);
    expect((await rows(RisksList.url, `ProjectId eq ${projectId}`)).length).toBe(before);
  });
});
