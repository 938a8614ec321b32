/**
 * Scoring and decisions against the workbench (real PnPjs, the emulator's permissions): versioned
 * models, a round the PMO opens on requests ready for scoring, blind scores (a member cannot read
 * another's through plain REST, the PMO reads all), validation naming the field, an idempotent close,
 * and decisions through intake's one transition path: one Decisions row and one history row each,
 * under 20 % injected 429s, and a stale ETag refused.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { describeError } from './errors';
import { ScoringRefusedError } from './ScoringService';
import { DecisionRefusedError } from './DecisionService';
import { RequestRefusedError } from './RequestService';
import type { ICriterion, IModelContent, IScoreEntry } from '../domain/scoring';
import { fileReadyRequests } from './test-utils/readyRequests';
import type { SPFI } from '../platform/pnp';
import { DecisionsList, ProjectRequestsList, RequestHistoryList, ScoreDraftsList, ScoresList, ScoringRoundsList } from '../schema/refs';

jest.setTimeout(300_000);

const OFFICER = 'anna.schmidt@pmohub.demo';
const KLAUS = 'klaus.fischer@pmohub.demo';
const ISABELLE = 'isabelle.laurent@pmohub.demo';

let wb: IWorkbench;
const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {});
const rest = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const userId = async (upn: string): Promise<number> => (await as(upn).scoring.getCurrentUser()).id;

/** The refusal a scoring call ends with (fails the test when the call succeeds or throws anything else). */
async function refused(p: Promise<unknown>): Promise<ScoringRefusedError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ScoringRefusedError);
  return e as ScoringRefusedError;
}

const criterion = (title: string, weight: number, over: Partial<ICriterion> = {}): ICriterion =>
  ({ id: 0, title, weight, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None', ...over });
const weighted: IModelContent = { title: 'Board model 2027', method: 'Weighted', status: 'Active', criteria: [criterion('Strategic fit', 60), criterion('Delivery risk', 40, { direction: 'Cost' })] };

/** Requests in the PMO's trusted state "Ready for scoring" that are not linked to a project (the seed has some). */
/** `count` requests ready for scoring that no open round holds (see test-utils/readyRequests). */
function readyRequests(count: number): Promise<number[]> {
  return fileReadyRequests(as('james.walker@pmohub.demo').requests, as(OFFICER).requests, Array.from({ length: count }, (_, i) => `Scoring test request ${i + 1}`));
}

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 30 });
  await wb.ready;
});

afterAll(async () => {
  await wb?.stop();
});

describe('scoring models', () => {
  it('the PMO creates a model; a board member may not; validation names the field', async () => {
    const model = await as(OFFICER).scoring.createModel(weighted);
    expect(model).toMatchObject({ version: 1, status: 'Active', locked: false, method: 'Weighted' });
    expect(model.modelKey).toMatch(/^SM-\d{4}$/);
    expect(model.criteria.map(c => [c.title, c.weight, c.direction])).toEqual([['Strategic fit', 60, 'Benefit'], ['Delivery risk', 40, 'Cost']]);
    await expect(as(KLAUS).scoring.createModel(weighted)).rejects.toMatchObject({ refusal: 'notPmo' });
    const bad = await as(OFFICER).scoring.createModel({ ...weighted, criteria: [criterion('Fit', 150)] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ScoringRefusedError);
    expect((bad as ScoringRefusedError).modelIssues).toEqual([{ field: 'criteria.0.weight', code: 'weightInvalid', criterion: 0 }]);
  });

  it('saves an AHP matrix with the domain\'s weights and names the most inconsistent pair', async () => {
    const svc = as(OFFICER).scoring;
    const m = await svc.createModel({ title: 'AHP 2027', method: 'Ahp', criteria: [criterion('A', 0), criterion('B', 0), criterion('C', 0)], ahpMatrix: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] });
    expect(m.criteria.map(c => c.weight)).toEqual([33.33, 33.33, 33.33]);
    const saved = await svc.saveAhpMatrix(m.id, [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]);
    expect(saved.saved).toBe('inPlace');
    expect(saved.ahp.consistencyRatio).toBeGreaterThan(0.1);
    expect(saved.inconsistentPair).toBeDefined();
    const broken = await svc.saveAhpMatrix(m.id, [[1, 2, 3], [2, 1, 1], [1 / 3, 1, 1]]).catch((e: unknown) => e);
    expect((broken as ScoringRefusedError).modelIssues).toEqual([{ field: 'ahpMatrix.2.1', code: 'matrixInvalid' }]);
  });
});

describe('an inconsistent AHP model saved as Active', () => {
  it('asks for confirmation naming the ratio and the most inconsistent pair; a draft saves freely; confirmed, it saves', async () => {
    const svc = as(OFFICER).scoring;
    const contradicting = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]];
    const content: IModelContent = { title: 'AHP contradicting', method: 'Ahp', status: 'Active', criteria: [criterion('Value', 0), criterion('Urgency', 0), criterion('Risk', 0)], ahpMatrix: contradicting };
    const before = (await svc.listModels()).length;
    const asked = await refused(svc.createModel(content));
    expect(asked.refusal).toBe('needsConfirmation');
    expect(asked.confirmations).toHaveLength(1);
    expect(asked.confirmations[0].consistencyRatio).toBeGreaterThan(0.1);
    expect([asked.confirmations[0].pair.i, asked.confirmations[0].pair.j]).toEqual([0, 1]);
    expect((await svc.listModels()).length).toBe(before);
    const draft = await svc.createModel({ ...content, status: 'Draft' });
    expect(draft.status).toBe('Draft');
    const activating = await refused(svc.saveModel(draft.id, { ...content, status: 'Active' }));
    expect(activating.refusal).toBe('needsConfirmation');
    expect((await svc.getModel(draft.id)).status).toBe('Draft');
    const saved = await svc.saveModel(draft.id, { ...content, status: 'Active' }, undefined, { confirmed: true });
    expect(saved.model.status).toBe('Active');
  });
});

describe('a round from opening to close', () => {
  let modelId: number;
  let roundId: number;
  let requests: number[];
  let members: number[];
  const entries = (values: number[][]): IScoreEntry[] => requests.flatMap((request, i) => values[i].map((value, k) => ({ request, criterion: criteriaIds[k], value })));
  let criteriaIds: number[];

  beforeAll(async () => {
    const model = await as(OFFICER).scoring.createModel({ ...weighted, title: 'Round model' });
    modelId = model.id;
    criteriaIds = model.criteria.map(c => c.id);
    requests = await readyRequests(2);
    members = [await userId(KLAUS), await userId(ISABELLE)];
  });

  it('refuses a request that is not ready for scoring, naming it, and a board member opening a round', async () => {
    const draft = (await as(OFFICER).requests.listAll(['Draft', 'Submitted']))[0].id;
    const e = await refused(as(OFFICER).scoring.openRound({ title: 'R', modelId, requests: [requests[0], draft], members, deadline: '2026-12-01' }));
    expect(e).toMatchObject({ refusal: 'notReadyForScoring', roundIssues: [{ field: `requests.${draft}`, code: 'notReadyForScoring' }] });
    await expect(as(KLAUS).scoring.openRound({ title: 'R', modelId, requests, members, deadline: '2026-12-01' })).rejects.toMatchObject({ refusal: 'notPmo' });
    const missing = await refused(as(OFFICER).scoring.openRound({ title: ' ', modelId, requests, members: [], deadline: '2026-12-01' }));
    expect(missing.roundIssues.map(i => i.field)).toEqual(['title', 'members']);
  });

  it('opens a round, locks the model version, and lists it among the members\' open rounds', async () => {
    const round = await as(OFFICER).scoring.openRound({ title: 'Board, December 2026', modelId, requests, members, deadline: '2026-12-01', spreadThreshold: 0.4 });
    roundId = round.id;
    expect(round).toMatchObject({ status: 'Open', requests, members, deadline: '2026-12-01', spreadThreshold: 0.4 });
    expect((await as(OFFICER).scoring.getModel(modelId)).locked).toBe(true);
    expect((await as(KLAUS).scoring.listMyOpenRounds()).map(r => r.id)).toContain(roundId);
    expect((await as('pieter.bakker@pmohub.demo').scoring.listMyOpenRounds()).map(r => r.id)).not.toContain(roundId);
    // One open round per request: a second one with the same request is refused, naming it, and nothing is written.
    const before = (await as(OFFICER).scoring.listRounds('Open')).length;
    const twice = await refused(as(OFFICER).scoring.openRound({ title: 'Second round', modelId, requests: [requests[0]], members, deadline: '2026-12-01' }));
    expect([twice.refusal, twice.roundIssues]).toEqual(['inOpenRound', [{ field: `requests.${requests[0]}`, code: 'inOpenRound' }]]);
    expect((await as(OFFICER).scoring.listRounds('Open')).length).toBe(before);
  });

  it('editing the locked version\'s weights makes version 2 and leaves the round on version 1', async () => {
    const current = await as(OFFICER).scoring.getModel(modelId);
    const saved = await as(OFFICER).scoring.saveModel(modelId, { ...current, criteria: current.criteria.map((c, i) => ({ ...c, weight: i === 0 ? 70 : 30 })) });
    expect(saved.saved).toBe('newVersion');
    expect(saved.model).toMatchObject({ version: 2, modelKey: current.modelKey, locked: false });
    const old = await as(OFFICER).scoring.getModel(modelId);
    expect([old.status, old.criteria.map(c => c.weight)]).toEqual(['Superseded', [60, 40]]);
    expect((await as(OFFICER).scoring.getRound(roundId)).modelId).toBe(modelId);
    expect((await as(OFFICER).scoring.listVersions(current.modelKey)).map(v => v.version)).toEqual([1, 2]);
  });

  it('validates a draft and a submission, naming request and criterion', async () => {
    const klaus = as(KLAUS).scoring;
    const off = await refused(klaus.saveDraftScores(roundId, [{ request: requests[0], criterion: criteriaIds[0], value: 6 }]));
    expect(off.scoreIssues).toEqual([{ request: requests[0], criterion: criteriaIds[0], code: 'outsideScale' }]);
    const draft = await klaus.saveDraftScores(roundId, [{ request: requests[0], criterion: criteriaIds[0], value: 4, comment: 'Fits the digital strategy' }]);
    expect(draft.state).toBe('Draft');
    const incomplete = await refused(klaus.submitScores(roundId, draft.entries));
    expect(incomplete.refusal).toBe('invalid');
    expect(incomplete.scoreIssues).toEqual([
      { request: requests[0], criterion: criteriaIds[1], code: 'missing' },
      { request: requests[1], criterion: criteriaIds[0], code: 'missing' },
      { request: requests[1], criterion: criteriaIds[1], code: 'missing' }
    ]);
    await expect(as('pieter.bakker@pmohub.demo').scoring.saveDraftScores(roundId, [])).rejects.toMatchObject({ refusal: 'notInvited' });
  });

  it('blind scoring: before close a member reads only their own scores, through the service and plain REST; the PMO reads all', async () => {
    await as(ISABELLE).scoring.saveDraftScores(roundId, entries([[2, 1], [3, 3]]));
    // Drafts live in ScoreDrafts until submitted; Scores holds submitted scores only.
    expect(((await list(rest(OFFICER), ScoresList.url).items.select('Id').filter(`RoundNumber eq ${roundId}`)()) as unknown[]).length).toBe(0);
    const klausRows = (await list(rest(KLAUS), ScoreDraftsList.url).items.select('Id', 'ScoreValue', 'AuthorId').filter(`RoundNumber eq ${roundId}`)()) as Array<{ AuthorId: number }>;
    expect(klausRows.length).toBe(1);
    expect(klausRows.every(r => r.AuthorId === members[0])).toBe(true);
    const isabelleRows = (await list(rest(ISABELLE), ScoreDraftsList.url).items.select('Id', 'AuthorId').filter(`RoundNumber eq ${roundId}`)()) as Array<{ Id: number; AuthorId: number }>;
    expect(isabelleRows.length).toBe(4);
    // Klaus cannot open one of Isabelle's score items by id either, nor change it.
    await expect(list(rest(KLAUS), ScoreDraftsList.url).items.getById(isabelleRows[0].Id).select('ScoreValue')()).rejects.toThrow();
    await expect(list(rest(KLAUS), ScoreDraftsList.url).items.getById(isabelleRows[0].Id).update({ ScoreValue: 0 })).rejects.toThrow();
    expect((await as(KLAUS).scoring.getMyScores(roundId)).entries).toHaveLength(1);
    const all = (await list(rest(OFFICER), ScoreDraftsList.url).items.select('Id').filter(`RoundNumber eq ${roundId}`)()) as unknown[];
    expect(all.length).toBe(5);
  });

  it('shows the PMO who has saved or submitted, never a value; names the board, the members and the requests', async () => {
    const progress = await as(OFFICER).scoring.getRoundProgress(roundId);
    expect(progress).toEqual([{ member: members[0], state: 'draft' }, { member: members[1], state: 'draft' }]);
    await expect(as(KLAUS).scoring.getRoundProgress(roundId)).rejects.toMatchObject({ refusal: 'notPmo' });
    const board = await as(OFFICER).scoring.listBoardMembers();
    expect(board.map(p => p.displayName)).toEqual(expect.arrayContaining(['Klaus Fischer', 'Isabelle Laurent']));
    expect(board.map(p => p.displayName)).not.toContain('Anna Schmidt');
    expect((await as(KLAUS).scoring.getPeople(members)).map(p => p.displayName)).toEqual(['Klaus Fischer', 'Isabelle Laurent']);
    const titles = new Map((await as(OFFICER).requests.listAll(['ReadyForScoring'])).map(r => [r.id, r.title] as const));
    expect(await as(KLAUS).scoring.getRequests(requests)).toEqual(requests.map(id => ({ id, title: titles.get(id) })));
  });

  it('submits, refuses a later change, and a repeated submission changes nothing', async () => {
    const done = await as(KLAUS).scoring.submitScores(roundId, entries([[4, 1], [5, 4]]));
    expect(done.state).toBe('Submitted');
    expect((await as(KLAUS).scoring.submitScores(roundId, entries([[4, 1], [5, 4]]))).state).toBe('Submitted');
    await expect(as(KLAUS).scoring.saveDraftScores(roundId, entries([[0, 0], [0, 0]]))).rejects.toMatchObject({ refusal: 'alreadySubmitted' });
    // Final in SharePoint itself: through plain REST the member can neither change nor delete a submitted
    // score of theirs (403, 'PMO Hub Add Items'), and their drafts are gone (the scores moved to Scores).
    const mine = (await list(rest(KLAUS), ScoresList.url).items.select('Id', 'ScoreValue', 'ScoreState').filter(`RoundNumber eq ${roundId}`)()) as Array<{ Id: number; ScoreValue: number; ScoreState: string }>;
    expect(mine.map(r => r.ScoreState)).toEqual(['Submitted', 'Submitted', 'Submitted', 'Submitted']);
    await expect(list(rest(KLAUS), ScoresList.url).items.getById(mine[0].Id).update({ ScoreValue: 0 })).rejects.toMatchObject({ status: 403 });
    await expect(list(rest(KLAUS), ScoresList.url).items.getById(mine[0].Id).delete()).rejects.toMatchObject({ status: 403 });
    expect(((await list(rest(KLAUS), ScoresList.url).items.getById(mine[0].Id).select('ScoreValue')()) as { ScoreValue: number }).ScoreValue).toBe(mine[0].ScoreValue);
    expect(((await list(rest(KLAUS), ScoreDraftsList.url).items.select('Id').filter(`RoundNumber eq ${roundId}`)()) as unknown[]).length).toBe(0);
    await as(ISABELLE).scoring.submitScores(roundId, entries([[2, 1], [3, 3]]));
    expect((await as(OFFICER).scoring.getRoundProgress(roundId)).map(p => p.state)).toEqual(['submitted', 'submitted']);
  });

  it('closes the round once: the result is aggregated and written once, a repeat returns it unchanged', async () => {
    await expect(as(KLAUS).scoring.closeRound(roundId)).rejects.toMatchObject({ refusal: 'notPmo' });
    const first = await as(OFFICER).scoring.closeRound(roundId);
    expect(first.closedNow).toBe(true);
    expect(first.round.status).toBe('Closed');
    // request 1: fit (4 + 2) / 2 = 3 → 0.6, risk 1 → 0.8: 100 · (0.6 · 0.6 + 0.4 · 0.8) = 68
    // request 2: fit 4 → 0.8, risk 3.5 → 0.3: 100 · (0.48 + 0.12) = 60; fit spread 2 of 5 = 0.4, not above 0.4
    const byRequest = new Map(first.result.requests.map(r => [r.request, r] as const));
    expect(byRequest.get(requests[0])?.total).toBeCloseTo(68, 9);
    expect(byRequest.get(requests[1])?.total).toBeCloseTo(60, 9);
    expect(first.result.requests.map(r => r.request)).toEqual(requests);
    expect(byRequest.get(requests[0])?.criteria[0]).toMatchObject({ mean: 3, min: 2, max: 4, spread: 2, disagreement: false });
    expect(first.result).toMatchObject({ modelId, modelVersion: 1, members });
    // Each request carries its total and the model version in ProjectRequests (the lists sort and show it).
    const scored = (await list(rest(OFFICER), ProjectRequestsList.url).items.select('Id', 'TotalScore', 'ScoringModelId').filter(`Id eq ${requests[0]} or Id eq ${requests[1]}`)()) as Array<{ Id: number; TotalScore: number; ScoringModelId: number }>;
    expect(scored.sort((a, b) => a.Id - b.Id).map(r => [r.TotalScore, r.ScoringModelId])).toEqual([[68, modelId], [60, modelId]]);
    const again = await as(OFFICER).scoring.closeRound(roundId);
    expect(again.closedNow).toBe(false);
    expect(again.result).toEqual(first.result);
    await expect(as(ISABELLE).scoring.saveDraftScores(roundId, [])).rejects.toMatchObject({ refusal: 'roundNotOpen' });
    // Members read the round's aggregates, still never another member's scores.
    expect((await as(ISABELLE).scoring.getRound(roundId)).result?.requests).toHaveLength(2);
    expect(((await list(rest(ISABELLE), ScoresList.url).items.select('Id').filter(`RoundNumber eq ${roundId}`)()) as unknown[]).length).toBe(4);
  });

  it('records the board\'s decisions through intake: one Decisions row and one history row each, under 20 % injected 429s', async () => {
    const pmo = as(OFFICER, 12);
    const historyCount = async (id: number): Promise<number> => ((await list(rest(OFFICER), RequestHistoryList.url).items.select('Id').filter(`RequestNumber eq ${id}`)()) as unknown[]).length;
    const decisionRows = async (id: number): Promise<Array<{ RoundNumber: number; ScoresSnapshotJson: string }>> =>
      (await list(rest(OFFICER), DecisionsList.url).items.select('Id', 'RoundNumber', 'ScoresSnapshotJson').filter(`RequestNumber eq ${id}`)()) as Array<{ RoundNumber: number; ScoresSnapshotJson: string }>;
    const before = await Promise.all(requests.map(historyCount));
    const decisionsBefore = await Promise.all(requests.map(async id => (await decisionRows(id)).length));
    const injected = async (): Promise<number> => ((await (await fetch(`${wb.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> }).injectedFaults['429'] ?? 0;
    const faultsBefore = await injected();
    wb.emulator.setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 7 });
    let results;
    try {
      results = [
        await pmo.decisions.recordDecision({ request: requests[0], outcome: 'Approved', rationale: 'Highest score; fits the 2027 budget.', roundId }),
        await pmo.decisions.recordDecision({ request: requests[1], outcome: 'Deferred', rationale: 'Wait for the platform decision.', roundId }),
        // repeated (e.g. after a lost answer): nothing new
        await pmo.decisions.recordDecision({ request: requests[0], outcome: 'Approved', rationale: 'Highest score; fits the 2027 budget.', roundId })
      ];
    } finally {
      wb.emulator.setFaults({});
    }
    // the throttling did happen: PnPjs retried, and nothing was written twice
    expect(await injected()).toBeGreaterThan(faultsBefore + 3);
    expect(results.map(r => r.created)).toEqual([true, true, false]);
    expect(results[0].request.request.state).toBe('Approved');
    expect(results[1].request.request.state).toBe('Deferred');
    for (const [i, id] of requests.entries()) {
      const rows = (await decisionRows(id)).filter(r => r.RoundNumber === roundId);
      expect(rows.length).toBe(1);
      expect((await decisionRows(id)).length).toBe(decisionsBefore[i] + 1);
      expect(rows[0].RoundNumber).toBe(roundId);
      expect(JSON.parse(rows[0].ScoresSnapshotJson)).toMatchObject({ round: roundId, rank: i + 1, of: 2 });
      expect(await historyCount(id)).toBe(before[i] + 1);
    }
    const log = await pmo.decisions.listDecisions({ round: roundId });
    expect(log.map(d => [d.requestNumber, d.outcome])).toEqual(expect.arrayContaining([[requests[0], 'Approved'], [requests[1], 'Deferred']]));
    expect(log[0].decidedBy.map(p => p.id).sort()).toEqual(members.slice().sort());
  });
});

/**
 * Moves a request as a REST client would, bypassing intake's transition path (and its round check):
 * the state column and a RequestHistory row written by the PMO officer, as an older site wrote them.
 */
async function decideOutsideIntake(id: number, to: 'Rejected' | 'Approved', reason: string): Promise<void> {
  const sp = rest(OFFICER);
  await list(sp, ProjectRequestsList.url).items.getById(id).update({ IntakeState: to, DecisionReason: reason });
  await list(sp, RequestHistoryList.url).items.add({ Title: `#${id} ReadyForScoring → ${to}`, RequestNumber: id, FromState: 'ReadyForScoring', ToState: to, DecisionReason: reason });
}

describe('a request an open scoring round holds stays "Ready for scoring" (one check, in intake\'s transition path)', () => {
  /** The round a refusal names: the intake's refusal (`round`) or the decision service's (`detail`). */
  const roundNamed = (e: unknown): string | undefined => (e instanceof RequestRefusedError ? e.round : e instanceof DecisionRefusedError ? e.detail : undefined);

  it('the request page\'s move and the board\'s decision are refused naming the round, nothing written; once the round is cancelled the move goes through', async () => {
    const pmo = as(OFFICER);
    const model = await pmo.scoring.createModel({ ...weighted, title: 'Intake guard model' });
    const [held, free] = await readyRequests(2);
    const round = await pmo.scoring.openRound({ title: 'Intake guard round', modelId: model.id, requests: [held], members: [await userId(KLAUS)], deadline: '2027-12-01' });
    const before = await pmo.requests.get(held);

    // Project requests → "Move to Rejected" (RequestService.transition, with the ETag the page read).
    for (const to of ['Rejected', 'Deferred', 'Approved'] as const) {
      const e = await pmo.requests.transition(held, to, 'Out of scope', 'Out of scope', before.request.etag).then(() => undefined, (x: unknown) => x);
      expect(e).toBeInstanceOf(RequestRefusedError);
      expect(e).toMatchObject({ refusal: 'roundOpen', round: 'Intake guard round' });
      expect((e as Error).message).toContain('close or cancel it first');
    }
    // The board's decision goes through the same path.
    const decided = await pmo.decisions.recordDecision({ request: held, outcome: 'Rejected', rationale: 'Out of scope', etag: before.request.etag }).then(() => undefined, (x: unknown) => x);
    expect(roundNamed(decided)).toBe('Intake guard round');
    const after = await pmo.requests.get(held);
    expect([after.request.state, after.request.etag, after.history.length]).toEqual(['ReadyForScoring', before.request.etag, before.history.length]);
    expect(await pmo.decisions.listDecisions({ request: held })).toEqual([]);

    // A request no open round holds moves as before.
    expect((await pmo.requests.transition(free, 'Deferred', 'Next year', 'Next year')).request.state).toBe('Deferred');
    await pmo.scoring.cancelRound(round.id);
    expect((await pmo.requests.transition(held, 'Rejected', 'Out of scope', 'Out of scope', before.request.etag)).request.state).toBe('Rejected');
  });
});

describe('rounds, newest first', () => {
  it('orders every list of rounds by the day the round was opened, then id, not by id alone', async () => {
    const pmo = as(OFFICER);
    const model = await pmo.scoring.createModel({ ...weighted, title: 'Round order model' });
    const [a, b] = await readyRequests(2);
    const members = [await userId(KLAUS)];
    const june = await pmo.scoring.openRound({ title: 'Board, June 2028', modelId: model.id, requests: [a], members, deadline: '2028-07-01' });
    const october = await pmo.scoring.openRound({ title: 'Board, October 2027', modelId: model.id, requests: [b], members, deadline: '2027-11-01' });
    // The October 2027 round was entered after the June 2028 one (a migrated site): it has the higher id.
    const opened = (id: number, when: string): Promise<unknown> => list(rest(OFFICER), ScoringRoundsList.url).items.getById(id).validateUpdateListItem([{ FieldName: 'Created', FieldValue: when }], true);
    await opened(june.id, '6/2/2028 9:00 AM');
    await opened(october.id, '10/1/2027 9:00 AM');
    const mine = [june.id, october.id];
    const order = (rounds: ReadonlyArray<{ id: number }>): number[] => rounds.map(r => r.id).filter(id => mine.indexOf(id) >= 0);
    expect(june.id).toBeLessThan(october.id);
    // June 2028 is newer than October 2027, though its id is lower.
    expect(order(await pmo.scoring.listRounds())).toEqual([june.id, october.id]);
    expect(order(await pmo.scoring.listRounds('Open'))).toEqual([june.id, october.id]);
    expect(order(await as(KLAUS).scoring.listMyOpenRounds())).toEqual([june.id, october.id]);
    expect((await pmo.scoring.getRound(june.id)).opened).toMatch(/^2028-06-02T/);
    await pmo.scoring.cancelRound(june.id);
    await pmo.scoring.cancelRound(october.id);
  });
});

describe('a request that leaves "Ready for scoring" while its round is open', () => {
  it('is read-only in the round: save and submit refuse its scores naming it, neither needs them, and the close leaves it out with the reason', async () => {
    const model = await as(OFFICER).scoring.createModel({ ...weighted, title: 'Left-out model' });
    const [c1, c2] = model.criteria.map(c => c.id);
    const [kept, alsoKept, decided] = await readyRequests(3);
    const members = [await userId(KLAUS), await userId(ISABELLE)];
    const round = await as(OFFICER).scoring.openRound({ title: 'Round with a decided request', modelId: model.id, requests: [kept, alsoKept, decided], members, deadline: '2027-12-01' });
    const scores = (ids: number[], value: number): IScoreEntry[] => ids.flatMap(request => [{ request, criterion: c1, value }, { request, criterion: c2, value }]);
    await as(KLAUS).scoring.saveDraftScores(round.id, scores([decided], 3));
    // One request leaves "Ready for scoring" while the round is still open. PMO Hub's intake refuses
    // that move (see below), so it happens outside it: a site before that check, or a REST edit.
    await decideOutsideIntake(decided, 'Rejected', 'Out of the 2027 scope');

    const statuses = await as(KLAUS).scoring.getRoundRequests(await as(KLAUS).scoring.getRound(round.id));
    expect(statuses.map(r => [r.id, r.scorable, r.leftOut])).toEqual([[kept, true, undefined], [alsoKept, true, undefined], [decided, false, 'Rejected']]);
    const draft = await refused(as(KLAUS).scoring.saveDraftScores(round.id, scores([kept, decided], 4)));
    expect([draft.refusal, draft.scoreIssues]).toEqual(['notScorable', [{ request: decided, criterion: c1, code: 'notScorable' }, { request: decided, criterion: c2, code: 'notScorable' }]]);
    expect(draft.message).toContain(`request ${decided}`);
    expect((await as(KLAUS).scoring.getMyScores(round.id)).entries.filter(e => e.request === kept)).toEqual([]);

    // Submitting needs scores only for the requests still ready for scoring.
    expect((await as(KLAUS).scoring.submitScores(round.id, scores([kept, alsoKept], 5))).state).toBe('Submitted');
    expect((await as(ISABELLE).scoring.submitScores(round.id, scores([kept, alsoKept], 1))).state).toBe('Submitted');
    expect((await as(OFFICER).scoring.getRoundProgress(round.id)).map(p => p.state)).toEqual(['submitted', 'submitted']);

    const closed = await as(OFFICER).scoring.closeRound(round.id);
    expect(closed.result.requests.map(r => r.request).sort()).toEqual([kept, alsoKept].sort());
    expect(closed.result.requests.every(r => !r.incomplete)).toBe(true);
    expect(closed.result.leftOut).toEqual([{ request: decided, reason: 'Rejected' }]);
    // The decided request gets no total from this round.
    const row = (await list(rest(OFFICER), ProjectRequestsList.url).items.getById(decided).select('Id', 'TotalScore', 'IntakeState')()) as { TotalScore: number | null; IntakeState: string };
    expect([row.IntakeState, row.TotalScore]).toEqual(['Rejected', null]);
  });
});

describe('a member who scores in two sessions (two tabs or devices)', () => {
  it('refuses the save of the sheet read before the other session saved, as a conflict, and keeps what that session saved', async () => {
    const model = await as(OFFICER).scoring.createModel({ ...weighted, title: 'Two sessions model' });
    const [c1, c2] = model.criteria.map(c => c.id);
    const [request] = await readyRequests(1);
    const round = await as(OFFICER).scoring.openRound({ title: 'Two sessions', modelId: model.id, requests: [request], members: [await userId(KLAUS)], deadline: '2027-12-01' });
    const score = (value: number): IScoreEntry[] => [{ request, criterion: c1, value }, { request, criterion: c2, value }];
    const stored = async (): Promise<Array<number | undefined>> => (await as(KLAUS).scoring.getMyScores(round.id)).entries.map(e => e.value);

    // Both sheets open on no scores yet; the first saves, the second (stale) is refused: nothing written.
    const tab1 = await as(KLAUS).scoring.getMyScores(round.id);
    const tab2 = await as(KLAUS).scoring.getMyScores(round.id);
    const saved = await as(KLAUS).scoring.saveDraftScores(round.id, score(4), tab1.versions);
    const added = await as(KLAUS).scoring.saveDraftScores(round.id, score(1), tab2.versions).catch((x: unknown) => x);
    expect(describeError(added)).toMatchObject({ kind: 'conflict', status: 412 });
    expect(await stored()).toEqual([4, 4]);

    // Both sheets read the saved scores; one changes them, the other's change is refused the same way.
    const tab3 = await as(KLAUS).scoring.getMyScores(round.id);
    await as(KLAUS).scoring.saveDraftScores(round.id, score(5), saved.versions);
    const changed = await as(KLAUS).scoring.submitScores(round.id, score(2), tab3.versions).catch((x: unknown) => x);
    expect(describeError(changed).kind).toBe('conflict');
    expect(await stored()).toEqual([5, 5]);

    // Read again, the sheet saves.
    const fresh = await as(KLAUS).scoring.getMyScores(round.id);
    expect((await as(KLAUS).scoring.submitScores(round.id, score(2), fresh.versions)).state).toBe('Submitted');
    expect(await stored()).toEqual([2, 2]);
  });

  it('does not lock a model saved in place while a round on it was being opened: a conflict, and no round opens', async () => {
    const model = await as(OFFICER).scoring.createModel({ ...weighted, title: 'Lock race model' });
    const [request] = await readyRequests(1);
    const original = global.fetch;
    // Just before the round's lock reaches SharePoint, another PMO session saves the unlocked model in place.
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (typeof init?.body === 'string' && init.body.indexOf('"VersionLocked":true') >= 0) {
        global.fetch = original;
        const current = await as(OFFICER).scoring.getModel(model.id);
        await as(OFFICER).scoring.saveModel(model.id, { ...current, summary: 'Changed while the round opened' });
      }
      return original(input, init);
    }) as typeof fetch;
    try {
      const opened = await as(OFFICER).scoring.openRound({ title: 'Lock race round', modelId: model.id, requests: [request], members: [await userId(KLAUS)], deadline: '2027-12-01' }).catch((e: unknown) => e);
      expect(describeError(opened).kind).toBe('conflict');
    } finally {
      global.fetch = original;
    }
    expect((await as(OFFICER).scoring.getModel(model.id)).locked).toBe(false);
    expect((await as(OFFICER).scoring.listRounds()).some(r => r.title === 'Lock race round')).toBe(false);
  });

  it('completes a submission that stopped half-way: adds only the missing scores, refuses another value for a submitted one', async () => {
    const model = await as(OFFICER).scoring.createModel({ ...weighted, title: 'Interrupted submission model' });
    const [c1, c2] = model.criteria.map(c => c.id);
    const [request] = await readyRequests(1);
    const member = await userId(KLAUS);
    const round = await as(OFFICER).scoring.openRound({ title: 'Interrupted submission', modelId: model.id, requests: [request], members: [member], deadline: '2027-12-01' });
    await as(KLAUS).scoring.saveDraftScores(round.id, [{ request, criterion: c1, value: 3 }, { request, criterion: c2, value: 4 }]);
    // What a submission that stopped after its first score left behind: one score in Scores (added as the member).
    await list(rest(KLAUS), ScoresList.url).items.add({ Title: 'x', RoundNumber: round.id, RequestNumber: request, CriterionId: c1, BoardMemberId: member, ScoringModelId: model.id, ScoreValue: 3, ScoreState: 'Submitted' });
    const half = await as(KLAUS).scoring.getMyScores(round.id);
    expect([half.state, half.entries.map(e => e.value)]).toEqual(['Draft', [3, 4]]);
    // Another value for the score already submitted is refused (it is final), nothing written.
    await expect(as(KLAUS).scoring.submitScores(round.id, [{ request, criterion: c1, value: 1 }, { request, criterion: c2, value: 4 }])).rejects.toMatchObject({ refusal: 'alreadySubmitted' });
    // The same submission again completes it: one score per criterion, the drafts gone.
    const done = await as(KLAUS).scoring.submitScores(round.id, [{ request, criterion: c1, value: 3 }, { request, criterion: c2, value: 4 }]);
    expect(done.state).toBe('Submitted');
    const rows = (await list(rest(KLAUS), ScoresList.url).items.select('CriterionId', 'ScoreValue').filter(`RoundNumber eq ${round.id}`)()) as Array<{ CriterionId: number; ScoreValue: number }>;
    expect(rows.map(r => [r.CriterionId, r.ScoreValue]).sort((a, b) => a[0] - b[0])).toEqual([[c1, 3], [c2, 4]].sort((a, b) => a[0] - b[0]));
    expect(((await list(rest(KLAUS), ScoreDraftsList.url).items.select('Id').filter(`RoundNumber eq ${round.id}`)()) as unknown[]).length).toBe(0);
  });
});

describe('decisions', () => {
  it('refuses a stale ETag: nothing written', async () => {
    const pmo = as(OFFICER);
    const id = (await pmo.requests.listAll(['InReview'])).filter(r => !r.projectId)[0].id;
    const seen = (await pmo.requests.get(id)).request.etag;
    const decisionsBefore = (await pmo.decisions.listDecisions({ request: id })).length;
    // A colleague moves the request after this PMO officer opened it.
    await pmo.requests.transition(id, 'ReadyForScoring', 'Complete');
    const e = await pmo.decisions.recordDecision({ request: id, outcome: 'Rejected', rationale: 'Out of scope', etag: seen }).catch((x: unknown) => x);
    expect(describeError(e).kind).toBe('conflict');
    expect((await pmo.decisions.listDecisions({ request: id })).length).toBe(decisionsBefore);
    expect((await pmo.requests.get(id)).request.state).toBe('ReadyForScoring');
  });

  it('names the field: a rationale is required', async () => {
    const e = await as(OFFICER).decisions.recordDecision({ request: 1, outcome: 'Approved', rationale: ' ' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DecisionRefusedError);
    expect(e).toMatchObject({ refusal: 'rationaleRequired', field: 'rationale' });
  });

  it('filters the decision log by date, body and request on indexed columns', async () => {
    const pmo = as(OFFICER);
    const all = await pmo.decisions.listDecisions();
    expect(all.length).toBeGreaterThan(3);
    const some = all.filter(d => d.date)[1];
    const sameDay = await pmo.decisions.listDecisions({ from: some.date, to: some.date });
    expect(sameDay.length).toBeGreaterThan(0);
    expect(sameDay.every(d => d.date === some.date)).toBe(true);
    const board = await pmo.decisions.listDecisions({ body: 'StrategyBoard' });
    expect(board.every(d => d.body === 'StrategyBoard')).toBe(true);
    const seededRound = all.filter(d => d.roundNumber)[0];
    expect(seededRound).toBeDefined();
    const one = await pmo.decisions.listDecisions({ request: seededRound.requestNumber });
    expect(one.every(d => d.requestNumber === seededRound.requestNumber)).toBe(true);
  });
});

describe('the seeded rounds', () => {
  it('has a closed round with its result and an open round on requests ready for scoring', async () => {
    const rounds = await as(OFFICER).scoring.listRounds();
    const closed = rounds.filter(r => r.status === 'Closed' && r.title.indexOf('Strategy board') === 0);
    expect(closed.length).toBeGreaterThanOrEqual(1);
    expect(closed[0].result?.requests.length).toBe(closed[0].requests.length);
    expect(closed[0].result?.requests.every(r => r.rank > 0)).toBe(true);
    const open = rounds.filter(r => r.status === 'Open' && r.title.indexOf('Strategy board') === 0);
    expect(open).toHaveLength(1);
    expect((await as(KLAUS).scoring.listMyOpenRounds()).map(r => r.id)).toContain(open[0].id);
  });
});
