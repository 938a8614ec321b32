/**
 * Gate reviews against the emulator (real PnPjs, the provisioned site's permissions): the lifecycle in
 * one $batch; a project manager's checklist (evidence validated, stale ETag refused) and review
 * request, once under injected 429s; waivers only by the PMO (the board: refused by the service and
 * 403 from SharePoint); a board decision refused while a mandatory item lacks evidence and a waiver;
 * a project manager cannot decide, and a "go" row they add through plain REST moves nothing; a go
 * with conditions recorded once under 429s; the stage moving only through a trusted go (written at
 * once by the PMO, by the next load of the project's manager when the board decided); conditions
 * marked met with their ETag.
 */
import { startEmulator } from '../../workbench/emulator';
import { firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import { provisionSite } from '../provisioning';
import { addDemoMembers, userIdOf } from '../provisioning/test-utils/site';
import { pmoSchema } from '../schema/pmoSchema';
import type { SPFI } from '../platform/pnp';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { GateRefusedError } from './gateRecords';
import { setProjectEditors } from './projectEditors';
import { countRequests } from './test-utils/countRequests';
import { DecisionsList, GateChecklistItemsList, GateConditionsList, GateReviewDraftsList, GateReviewsList, GatesList, GateWaiversList, ProjectsList } from '../schema/refs';

jest.setTimeout(300_000);

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
const pm = firstUserOf('projectManager').userPrincipalName;
const officer = firstUserOf('pmoOfficer').userPrincipalName;
const board = firstUserOf('boardMember').userPrincipalName;

let site: Emulator;
let owner: SPFI;
let projectId: number;
let startGate: number;
let nis2: number;
let quality: number;
let optional: number;
let pmId: number;

const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user, retries }), {});
const rest = (user: string): SPFI => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user, schemaGuard: false }).sp;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const add = async (sp: SPFI, url: string, values: Record<string, unknown>): Promise<number> => ((await list(sp, url).items.add(values)) as { Id: number }).Id;
const count = async (url: string, filter: string): Promise<number> => ((await list(owner, url).items.select('Id').filter(filter).top(5000)()) as unknown[]).length;
const stored = async (): Promise<Record<string, unknown>> => (await list(owner, ProjectsList.url).items.getById(projectId).select('StageCode', 'Prince2Stage', 'DeliveryStageNo', 'LifecycleStatus')()) as Record<string, unknown>;
const injected = async (): Promise<number> => ((await (await fetch(`${site.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> }).injectedFaults['429'] ?? 0;

async function under429<T>(fn: () => Promise<T>): Promise<T> {
  const before = await injected();
  site.emulator.setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 7 });
  try {
    return await fn();
  } finally {
    site.emulator.setFaults({});
    expect(await injected()).toBeGreaterThan(before); // the throttling did happen
  }
}

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, schemaGuard: false }).sp;
  await provisionSite(owner, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  await addDemoMembers(owner);
  pmId = await userIdOf(owner, 'projectManager');
  projectId = await add(owner, ProjectsList.url, { Title: 'Case management', ProjectManagerId: pmId, Lifecycle: 'prince2', StageCode: 'StartingUp', Prince2Stage: 'StartingUp', LifecycleStatus: 'Active' });
  await setProjectEditors(owner, `/sites/pmo/${ProjectsList.url}`, projectId, [pmId]);
  startGate = await add(owner, GatesList.url, { Title: 'Authorise initiation', Code: 'P1', GateOrder: 1, Lifecycle: 'prince2', StageCode: 'StartingUp', IsActive: true });
  await add(owner, GatesList.url, { Title: 'Authorise the project', Code: 'P2', GateOrder: 2, Lifecycle: 'prince2', StageCode: 'Initiation', IsActive: true });
  await add(owner, GatesList.url, { Title: 'Discovery review', Code: 'A1', GateOrder: 1, Lifecycle: 'agile', StageCode: 'Discovery', IsActive: true });
  optional = await add(owner, GateChecklistItemsList.url, { Title: 'Lessons of earlier projects read', GateId: startGate, ChecklistCategory: 'Governance', Mandatory: false, SortOrder: 30 });
  nis2 = await add(owner, GateChecklistItemsList.url, { Title: 'NIS2 incident reporting', GateId: startGate, ChecklistCategory: 'Nis2', Mandatory: true, SortOrder: 20 });
  quality = await add(owner, GateChecklistItemsList.url, { Title: 'Quality expectations agreed', GateId: startGate, ChecklistCategory: 'Quality', Mandatory: true, SortOrder: 10 });
});

afterAll(async () => {
  await site?.stop();
});

describe('gate reviews', () => {
  let draftId: number;
  let reviewId: number;

  it('reads the lifecycle, the stage, the gate ahead and its checklist in order, in one $batch', async () => {
    const { result: view, requests } = await countRequests(() => as(pm).gates.getLifecycle(projectId));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^POST .*\/_api\/\$batch$/);
    expect(view.state).toMatchObject({ lifecycle: 'prince2', stage: 'StartingUp', status: 'Active' });
    expect(view.gate).toMatchObject({ id: startGate, code: 'P1' });
    expect(view.checklist.map(i => [i.id, i.mandatory])).toEqual([[quality, true], [nis2, true], [optional, false]]);
    expect(view.next).toEqual({ kind: 'next', position: { stage: 'Initiation' } });
    expect(view.stageSync).toBe('none');
  });

  it('the project manager fills the checklist: evidence checked by the domain, a stale ETag refused', async () => {
    const svc = as(pm).gates;
    const draft = await svc.startDraft(projectId);
    draftId = draft.id;
    expect(draft).toMatchObject({ projectId, gateId: startGate, position: { stage: 'StartingUp' }, answers: [] });
    expect((await svc.startDraft(projectId)).id).toBe(draftId);
    const bad = await svc.saveDraft(draftId, [{ itemId: quality, evidenceUrl: 'javascript:alert(1)' }], draft.etag).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(GateRefusedError);
    expect(bad).toMatchObject({ refusal: 'evidenceUrlInvalid', field: `answers.${quality}.evidenceUrl` });
    expect(describeError(bad).kind).toBe('validation');
    // The NIS2 item stays without evidence.
    const saved = await svc.saveDraft(draftId, [{ itemId: quality, evidenceUrl: 'https://contoso.sharepoint.com/sites/pmo/ProjectDocuments/quality.docx' }, { itemId: nis2, comment: '  ' }], draft.etag);
    expect(saved.answers.map(a => a.itemId)).toEqual([quality, nis2]);
    const stale = await svc.saveDraft(draftId, [], draft.etag).catch((e: unknown) => e);
    expect(describeError(stale).kind).toBe('conflict');
    expect((await svc.getDraft(projectId))!.answers).toHaveLength(2);
  });

  it('requests the review once under 20 % injected 429s (immutable record, draft removed), also when repeated', async () => {
    const svc = as(pm, 12).gates;
    const etag = (await svc.getDraft(projectId))!.etag;
    const [first, again] = await under429(async () => [await svc.requestReview(draftId, etag), await svc.requestReview(draftId, etag)]);
    reviewId = first.review.id;
    expect([first.created, again.created, again.review.id]).toEqual([true, false, reviewId]);
    expect(first.review).toMatchObject({ projectId, gateId: startGate, draftNumber: draftId, position: { stage: 'StartingUp' } });
    expect(await count(GateReviewsList.url, `DraftNumber eq ${draftId}`)).toBe(1);
    expect(await count(GateReviewDraftsList.url, `ProjectId eq ${projectId}`)).toBe(0);
    // Immutable: the project manager cannot change it through plain REST.
    expect(describeError(await list(rest(pm), GateReviewsList.url).items.getById(reviewId).update({ ChecklistResultJson: '{}' }).catch((e: unknown) => e)).kind).toBe('forbidden');
  });

  it('blocks go while a mandatory item lacks evidence and a waiver, naming it; a board member cannot waive (service and SharePoint: 403)', async () => {
    const view = await as(board).gates.getReview(reviewId);
    expect(view.readiness.blocking.map(i => i.id)).toEqual([nis2]);
    const refused = await as(board).gates.decide(reviewId, 'Go', 'Ready').catch((e: unknown) => e);
    expect(refused).toMatchObject({ refusal: 'decisionRefused' });
    expect((refused as GateRefusedError).problems[0]).toMatchObject({ code: 'blockingItems' });
    const gwc = await as(board).gates.decide(reviewId, 'GoWithConditions', 'x', [{ text: 'Report NIS2 later', ownerId: pmId, due: '2027-03-01' }]).catch((e: unknown) => e);
    expect(gwc).toMatchObject({ refusal: 'decisionRefused' }); // a condition never replaces missing evidence
    for (const user of [board, pm]) {
      const waiver = await as(user).gates.recordWaiver(reviewId, nis2, 'Not an essential service').catch((e: unknown) => e);
      expect(waiver).toMatchObject({ refusal: 'notPmo' });
      expect(describeError(waiver).kind).toBe('forbidden');
      const direct = await list(rest(user), GateWaiversList.url).items.add({ Title: 'w', ProjectId: projectId, GateReviewId: reviewId, ChecklistItemId: nis2, WaiverReason: 'x' }).catch((e: unknown) => e);
      expect(describeError(direct).kind).toBe('forbidden');
    }
    expect(await count(GateWaiversList.url, `GateReviewId eq ${reviewId}`)).toBe(0);
    expect(await count(DecisionsList.url, `GateReviewId eq ${reviewId}`)).toBe(0);
  });

  it('a project manager cannot record a board decision; a "go" row they add through plain REST moves nothing', async () => {
    const refused = await as(pm).gates.decide(reviewId, 'Go', 'Looks fine to me').catch((e: unknown) => e);
    expect(refused).toMatchObject({ refusal: 'notBoard' });
    expect(describeError(refused).kind).toBe('forbidden');
    // SharePoint lets a project manager ADD a Decisions row (project-level decisions): the trust rule ignores it.
    await add(rest(pm), DecisionsList.url, { Title: 'Go', ProjectId: projectId, GateReviewId: reviewId, GateOutcome: 'Go', DecisionBody: 'ProjectBoard', DecisionDate: '2026-11-30T00:00:00Z' });
    const view = await as(pm).gates.getLifecycle(projectId);
    expect(view.state.stage).toBe('StartingUp');
    expect(view.stageSync).toBe('none');
    expect((await as(officer).gates.getLifecycle(projectId)).state.stage).toBe('StartingUp');
    expect(await stored()).toMatchObject({ StageCode: 'StartingUp', LifecycleStatus: 'Active' });
    expect((await as(board).gates.getReview(reviewId)).decision).toBeUndefined();
  });

  it('the PMO waives with a reason (once); the board decides go with conditions once under 429s; the stage moves on the manager\'s next load', async () => {
    const waiver = await as(officer).gates.recordWaiver(reviewId, nis2, 'Not an essential or important entity under NIS2');
    expect((await as(officer).gates.recordWaiver(reviewId, nis2, 'again')).id).toBe(waiver.id);
    expect((await as(board).gates.getReview(reviewId)).readiness).toMatchObject({ canGo: true, blocking: [] });
    const conditions = [{ text: 'Appoint the senior user', ownerId: pmId, due: '2027-01-15' }, { text: 'Confirm the tender route', ownerId: pmId, due: '2027-02-01' }];
    const svc = as(board, 12).gates;
    const [first, again] = await under429(async () => [await svc.decide(reviewId, 'GoWithConditions', 'Start initiation', conditions), await svc.decide(reviewId, 'GoWithConditions', 'Start initiation', conditions)]);
    expect([first.created, again.created, first.conditionsAdded, again.conditionsAdded, again.decisionId]).toEqual([true, false, 2, 0, first.decisionId]);
    expect(await count(DecisionsList.url, `GateReviewId eq ${reviewId} and GateOutcome eq 'GoWithConditions'`)).toBe(1);
    // The decision log names it by the gate and the project, as the board's minutes would (not by codes).
    expect(((await owner.web.getList(`/sites/pmo/${DecisionsList.url}`).items.getById(first.decisionId).select('Title')()) as { Title: string }).Title).toBe('Authorise initiation – Case management');
    expect(await count(GateConditionsList.url, `DecisionId eq ${first.decisionId}`)).toBe(2);
    // The board has Read on Projects: the decision is recorded, the stage is moved by the next load of the PM or PMO.
    expect(first.stage).toBe('pending');
    expect(first.state).toMatchObject({ stage: 'Initiation', status: 'Active' });
    expect(await stored()).toMatchObject({ StageCode: 'StartingUp' });
    const seenByBoard = await as(board).gates.getLifecycle(projectId);
    expect([seenByBoard.state.stage, seenByBoard.stageSync]).toEqual(['Initiation', 'pending']);
    const loaded = await as(pm).gates.getLifecycle(projectId);
    expect([loaded.state.stage, loaded.stageSync, loaded.gate?.code]).toEqual(['Initiation', 'moved', 'P2']);
    expect(await stored()).toMatchObject({ StageCode: 'Initiation', Prince2Stage: 'Initiation', LifecycleStatus: 'Active' });
    expect((await as(pm).gates.getLifecycle(projectId)).stageSync).toBe('none');
    // A second decision on the same review is refused.
    expect(await as(officer).gates.decide(reviewId, 'Stop', 'No').catch((e: unknown) => e)).toMatchObject({ refusal: 'alreadyDecided' });
  });

  it('lists the conditions; the project manager marks one met with its ETag, a stale one is refused', async () => {
    const svc = as(pm).gates;
    const conditions = await svc.listConditions(projectId);
    expect(conditions.map(c => [c.text, c.due, c.status])).toEqual([['Appoint the senior user', '2027-01-15', 'Open'], ['Confirm the tender route', '2027-02-01', 'Open']]);
    const met = await svc.markConditionMet(conditions[0].id, conditions[0].etag);
    expect(met.status).toBe('Met');
    expect(describeError(await svc.markConditionMet(conditions[0].id, conditions[0].etag).catch((e: unknown) => e)).kind).toBe('conflict');
  });

  it('the project manager marks conditions met and can do nothing else with them through REST: no delete, no condition of their own', async () => {
    const [open] = (await as(pm).gates.listConditions(projectId)).filter(c => c.status === 'Open');
    // 'PMO Hub Edit Items': a project manager cannot delete the board's condition (403), it stays.
    await expect(list(rest(pm), GateConditionsList.url).items.getById(open.id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(list(rest(pm), GateConditionsList.url).items.getById(open.id).recycle()).rejects.toMatchObject({ status: 403 });
    expect((await as(pm).gates.listConditions(projectId)).map(c => c.id)).toContain(open.id);
    // … nor add one (only the board and the PMO record conditions, with their decision).
    await expect(add(rest(pm), GateConditionsList.url, { Title: 'A condition of my own', ProjectId: projectId, GateReviewId: open.reviewId, DecisionId: open.decisionId })).rejects.toMatchObject({ status: 403 });
    // Marking met, with the ETag read, is what the level is for.
    expect((await as(pm).gates.markConditionMet(open.id, open.etag)).status).toBe('Met');
  });

  it('tells each role what it may do, and who may own a condition', async () => {
    const [forPm, forBoard, forOfficer] = await Promise.all([as(pm).gates.getAccess(projectId), as(board).gates.getAccess(projectId), as(officer).gates.getAccess(projectId)]);
    expect(forPm).toMatchObject({ userId: pmId, canPrepare: true, canWaive: false, canDecide: false });
    expect(forBoard).toMatchObject({ canPrepare: false, canWaive: false, canDecide: true });
    expect(forOfficer).toMatchObject({ canPrepare: true, canWaive: true, canDecide: true });
    expect(forBoard.people.map(p => p.id)).toEqual(expect.arrayContaining([pmId, forBoard.userId, forOfficer.userId]));
  });

  it('the PMO\'s go moves the stage at once; a recycle moves nothing', async () => {
    const pmGates = as(pm).gates;
    const request = async (): Promise<number> => {
      const d = await pmGates.startDraft(projectId);
      return (await pmGates.requestReview(d.id, d.etag)).review.id;
    };
    const recycled = await request();
    expect((await as(board).gates.decide(recycled, 'Recycle', 'Business case too thin')).stage).toBe('none');
    expect((await pmGates.getLifecycle(projectId)).state.stage).toBe('Initiation');
    const go = await as(officer).gates.decide(await request(), 'Go', 'Business case approved');
    expect(go).toMatchObject({ stage: 'moved', state: { stage: 'Delivery', deliveryStageNo: 1, status: 'Active' } });
    expect(await stored()).toMatchObject({ StageCode: 'Delivery', DeliveryStageNo: 1, LifecycleStatus: 'Active' });
  });
});

describe('a project in a later delivery stage', () => {
  it('leads on at its gate: without a planned number of delivery stages the stage it is in counts as its last (trial: a seeded project in stage 2 could not pass)', async () => {
    await add(owner, GatesList.url, { Title: 'End stage assessment', Code: 'P3', GateOrder: 3, Lifecycle: 'prince2', StageCode: 'Delivery', IsActive: true });
    const later = await add(owner, ProjectsList.url, { Title: 'Records archive', ProjectManagerId: pmId, Lifecycle: 'prince2', StageCode: 'Delivery', Prince2Stage: 'Delivery', DeliveryStageNo: 2, LifecycleStatus: 'Active' });
    const view = await as(officer).gates.getLifecycle(later);
    expect([view.gate?.code, view.next]).toEqual(['P3', { kind: 'next', position: { stage: 'Closing' } }]);
  });
});
