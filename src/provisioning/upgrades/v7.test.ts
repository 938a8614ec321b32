/**
 * The v6 → v7 upgrade through the real PnPjs against the emulator: a site provisioned at the v6
 * fixture, with projects, gates, decided and pending gate reviews and risks, upgrades to the current
 * schema with its data migrated (lifecycle and stage, one board decision per decided review, risk
 * exposure), every v6 value intact, the site matching the schema; a re-run changes nothing, and a
 * decision a stopped run already added is not added twice.
 */
import { loadLocale } from '../../../tools/jest/locale';
import { schemaV6 } from '../../schema/fixtures/v6';
import { pmoSchema } from '../../schema/pmoSchema';
import type { SPFI } from '../../platform/pnp';
import { getSiteStatus, provisionSite } from '../index';
import { blankSite, differences, userIdOf, type ITestSite } from '../test-utils/site';
import { backfillLifecycle, fillRiskExposure, gateDecisionRow, lifecycleBackfill, recordGateDecisions } from './v7';

jest.setTimeout(180_000);

const en = loadLocale('en-us');
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const ctx = { listUrl: (key: string): string => pmoSchema.lists.filter(l => l.key === key)[0].url, log: (): void => undefined };
const add = async (sp: SPFI, url: string, values: Record<string, unknown>): Promise<number> => ((await list(sp, url).items.add(values)) as { Id: number }).Id;

/** The v6 columns of the rows the test compares before and after the upgrade. */
const V6_COLUMNS: Record<string, string[]> = {
  'Lists/Projects': ['Id', 'Title', 'ProjectCode', 'Prince2Stage', 'LifecycleStatus'],
  'Lists/Gates': ['Id', 'Title', 'Code', 'GateOrder', 'Prince2Stage'],
  'Lists/GateReviews': ['Id', 'Title', 'ProjectId', 'GateId', 'ReviewDate', 'GateDecision', 'Conditions'],
  'Lists/Risks': ['Id', 'Title', 'ProjectId', 'Probability', 'Impact', 'RiskStatus']
};

async function rows(sp: SPFI): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const url of Object.keys(V6_COLUMNS)) {
    const items = (await list(sp, url).items.select(...V6_COLUMNS[url]).orderBy('Id')()) as Array<Record<string, unknown>>;
    out[url] = items.map(item => Object.fromEntries(V6_COLUMNS[url].map(k => [k, item[k]])));
  }
  return out;
}

describe('upgrading a v6 site to schema 7 (governance)', () => {
  let site: ITestSite;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await blankSite();
    expect((await provisionSite(site.sp, schemaV6, { locale: 'en-us', strings: en })).toVersion).toBe(6);
    const pm = await userIdOf(site.sp, 'projectManager');
    const board = await userIdOf(site.sp, 'boardMember');
    ids.delivery = await add(site.sp, 'Lists/Projects', { Title: 'Data centre move', ProjectCode: 'PRJ-001', ProjectManagerId: pm, Prince2Stage: 'Delivery' });
    ids.noStage = await add(site.sp, 'Lists/Projects', { Title: 'Office move', ProjectCode: 'PRJ-002', ProjectManagerId: pm });
    ids.gate = await add(site.sp, 'Lists/Gates', { Title: 'Authorise the project', Code: 'G2', GateOrder: 2, Prince2Stage: 'Initiation' });
    ids.passed = await add(site.sp, 'Lists/GateReviews', { Title: 'PRJ-001 at G2', ProjectId: ids.delivery, GateId: ids.gate, ReviewDate: '2026-03-02T00:00:00Z', GateDecision: 'PassedWithConditions', Conditions: 'Security plan by May', ReviewersId: [board] });
    ids.failed = await add(site.sp, 'Lists/GateReviews', { Title: 'PRJ-002 at G2', ProjectId: ids.noStage, GateId: ids.gate, GateDecision: 'Failed' });
    ids.deferred = await add(site.sp, 'Lists/GateReviews', { Title: 'PRJ-002 again', ProjectId: ids.noStage, GateId: ids.gate, ReviewDate: '2026-04-01T00:00:00Z', GateDecision: 'Deferred' });
    ids.pending = await add(site.sp, 'Lists/GateReviews', { Title: 'PRJ-001 at G3', ProjectId: ids.delivery, GateId: ids.gate, GateDecision: 'Pending' });
    ids.risk = await add(site.sp, 'Lists/Risks', { Title: 'Supplier late', ProjectId: ids.delivery, Probability: 3, Impact: 4 });
    // A board decision on a request, unrelated to gates: the upgrade leaves it alone.
    ids.requestDecision = await add(site.sp, 'Lists/Decisions', { Title: 'Approve heating', RequestNumber: 7, DecisionDate: '2026-01-15T00:00:00Z', DecisionBody: 'StrategyBoard', DecisionOutcome: 'Approved' });
  });
  afterAll(async () => {
    await site.stop();
  });

  it('migrates lifecycle, gate decisions and risk exposure, keeps every v6 value, and ends up matching the schema', async () => {
    const before = await rows(site.sp);
    const result = await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en });
    expect([result.fromVersion, result.toVersion]).toEqual([6, pmoSchema.version]);
    expect(result.log).toEqual(expect.arrayContaining([
      'Upgrade 6 → 7: Put existing projects and gates on the PRINCE2 lifecycle and copy their PRINCE2 stage into the new StageCode (where empty)',
      expect.stringMatching(/^Upgrade 6 → 7: Record the decision of each decided gate review/)
    ]));
    expect(await rows(site.sp)).toEqual(before);

    const projects = (await list(site.sp, 'Lists/Projects').items.select('Id', 'Lifecycle', 'StageCode').orderBy('Id')()) as Array<Record<string, unknown>>;
    expect(projects).toEqual([
      expect.objectContaining({ Id: ids.delivery, Lifecycle: 'prince2', StageCode: 'Delivery' }),
      expect.objectContaining({ Id: ids.noStage, Lifecycle: 'prince2', StageCode: null })
    ]);
    const gates = (await list(site.sp, 'Lists/Gates').items.select('Lifecycle', 'StageCode')()) as Array<Record<string, unknown>>;
    expect(gates).toEqual([expect.objectContaining({ Lifecycle: 'prince2', StageCode: 'Initiation' })]);

    const decisions = (await list(site.sp, 'Lists/Decisions').items
      .select('Id', 'Title', 'ProjectId', 'GateReviewId', 'GateOutcome', 'DecisionOutcome', 'DecisionBody', 'DecisionDate', 'DecidedById', 'Rationale', 'RequestNumber')
      .orderBy('Id')()) as Array<Record<string, unknown>>;
    const board = await userIdOf(site.sp, 'boardMember');
    expect(decisions).toEqual([
      expect.objectContaining({ Id: ids.requestDecision, GateReviewId: null, GateOutcome: null, RequestNumber: 7 }),
      expect.objectContaining({
        Title: 'PRJ-001 at G2', ProjectId: ids.delivery, GateReviewId: ids.passed, GateOutcome: 'GoWithConditions', DecisionOutcome: 'Approved',
        DecisionBody: 'ProjectBoard', DecisionDate: '2026-03-02T00:00:00Z', DecidedById: [board], Rationale: 'Security plan by May'
      }),
      expect.objectContaining({ ProjectId: ids.noStage, GateReviewId: ids.failed, GateOutcome: 'Stop', DecisionOutcome: 'Rejected', DecisionBody: 'ProjectBoard', DecisionDate: expect.any(String) }),
      expect.objectContaining({ ProjectId: ids.noStage, GateReviewId: ids.deferred, GateOutcome: 'Recycle', DecisionOutcome: 'Deferred', DecisionDate: '2026-04-01T00:00:00Z' })
    ]);
    const risk = (await list(site.sp, 'Lists/Risks').items.getById(ids.risk).select('RiskExposure')()) as { RiskExposure: number };
    expect(risk.RiskExposure).toBe(12);

    expect(await differences(site.sp, pmoSchema, en)).toEqual([]);
    expect(await getSiteStatus(site.sp, pmoSchema, { locale: 'en-us', strings: en })).toEqual({ siteVersion: pmoSchema.version, solutionVersion: pmoSchema.version, changes: [], upToDate: true });
  });

  it('is idempotent: a second run and each migration again change nothing', async () => {
    expect((await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en })).changes).toBe(0);
    expect(await backfillLifecycle(site.sp, ctx)).toBe(0);
    expect(await recordGateDecisions(site.sp, ctx)).toBe(0);
    expect(await fillRiskExposure(site.sp, ctx)).toBe(0);
  });

  it('adds a gate decision once when a stopped run already added it, and only for decided reviews', async () => {
    const gate = ids.gate;
    const review = await add(site.sp, 'Lists/GateReviews', { Title: 'Late', ProjectId: ids.delivery, GateId: gate, ReviewDate: '2026-05-04T00:00:00Z', GateDecision: 'Passed' });
    const other = await add(site.sp, 'Lists/GateReviews', { Title: 'Later', ProjectId: ids.delivery, GateId: gate, ReviewDate: '2026-05-05T00:00:00Z', GateDecision: 'Passed' });
    // What a run that stopped after its first write left behind.
    await add(site.sp, 'Lists/Decisions', { Title: 'Late', ProjectId: ids.delivery, GateReviewId: review, GateOutcome: 'Go', DecisionDate: '2026-05-04T00:00:00Z', DecisionBody: 'ProjectBoard' });
    expect(await recordGateDecisions(site.sp, ctx)).toBe(1);
    const forReviews = (await list(site.sp, 'Lists/Decisions').items.select('GateReviewId', 'GateOutcome').filter(`GateReviewId eq ${review} or GateReviewId eq ${other}`)()) as Array<Record<string, unknown>>;
    expect(forReviews).toEqual([{ GateReviewId: review, GateOutcome: 'Go' }, { GateReviewId: other, GateOutcome: 'Go' }].map(r => expect.objectContaining(r)));
    expect(await recordGateDecisions(site.sp, ctx)).toBe(0);
  });
});

describe('v7 migration rules', () => {
  it('fills only what is empty', () => {
    expect(lifecycleBackfill({ Id: 1, Prince2Stage: 'Closing' })).toEqual({ Lifecycle: 'prince2', StageCode: 'Closing' });
    expect(lifecycleBackfill({ Id: 1, Lifecycle: 'agile', StageCode: 'Alpha', Prince2Stage: 'Delivery' })).toEqual({});
    expect(lifecycleBackfill({ Id: 1, Lifecycle: 'hybrid' })).toEqual({});
  });

  it('maps each v6 gate decision; Pending, empty and unknown codes record nothing', () => {
    const review = { Id: 4, Created: '2026-02-01T09:00:00Z', ProjectId: 2 };
    expect(gateDecisionRow({ ...review, GateDecision: 'Passed' })).toMatchObject({ GateOutcome: 'Go', DecisionOutcome: 'Approved', DecisionDate: review.Created, Title: 'Gate review 4', GateReviewId: 4 });
    expect(gateDecisionRow({ ...review, GateDecision: 'PassedWithConditions' })).toMatchObject({ GateOutcome: 'GoWithConditions' });
    expect(gateDecisionRow({ ...review, GateDecision: 'Failed' })).toMatchObject({ GateOutcome: 'Stop', DecisionOutcome: 'Rejected' });
    expect(gateDecisionRow({ ...review, GateDecision: 'Deferred' })).toMatchObject({ GateOutcome: 'Recycle', DecisionOutcome: 'Deferred' });
    for (const code of ['Pending', null, 'toString']) expect(gateDecisionRow({ ...review, GateDecision: code })).toBeUndefined();
  });
});
