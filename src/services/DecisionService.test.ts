/**
 * DecisionService with the real PnPjs against the local workbench: a decision on a request whose
 * scoring round is still open is refused, naming the round, before anything is written; once the
 * round is cancelled, the same decision is recorded. Two PMO officers deciding the same request
 * from what each read: the second gets a conflict, whatever the first decided. (The decision's single Decisions row and
 * history row, throttling and the stale ETag are tested with the scoring service's rounds.)
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { DecisionRefusedError } from './DecisionService';
import { describeError } from './errors';
import type { ICriterion } from '../domain/scoring';
import { fileReadyRequests } from './test-utils/readyRequests';

jest.setTimeout(300_000);

const OFFICER = 'anna.schmidt@pmohub.demo';
const KLAUS = 'klaus.fischer@pmohub.demo';

let wb: IWorkbench;
const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const criterion: ICriterion = { id: 0, title: 'Fit', weight: 1, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None' };

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 5 });
  await wb.ready;
});

afterAll(async () => {
  await wb?.stop();
});

describe('a decision while a scoring round on the request is open', () => {
  it('is refused naming the round, nothing written; once the round is cancelled it is recorded', async () => {
    const pmo = as(OFFICER);
    const [request] = await fileReadyRequests(as('james.walker@pmohub.demo').requests, pmo.requests, ['Decision guard test request']);
    const model = await pmo.scoring.createModel({ title: 'Decision guard model', method: 'Weighted', status: 'Active', criteria: [criterion] });
    const members = [(await as(KLAUS).scoring.getCurrentUser()).id];
    const first = await pmo.scoring.openRound({ title: 'Q4 board', modelId: model.id, requests: [request], members, deadline: '2026-12-20' });
    await as(KLAUS).scoring.submitScores(first.id, [{ request, criterion: model.criteria[0].id, value: 4 }]);
    await pmo.scoring.closeRound(first.id);
    // Scored, and taken into a second round to be scored again.
    const second = await pmo.scoring.openRound({ title: 'Q1 board', modelId: model.id, requests: [request], members, deadline: '2027-03-20' });
    const before = await pmo.requests.get(request);

    const refused = await pmo.decisions.recordDecision({ request, outcome: 'Approved', rationale: 'Fits.', roundId: first.id, etag: before.request.etag }).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(DecisionRefusedError);
    expect(refused).toMatchObject({ refusal: 'roundOpen', field: 'outcome', detail: 'Q1 board' });
    expect(await pmo.decisions.listDecisions({ request })).toEqual([]);
    const after = await pmo.requests.get(request);
    expect(after.request.state).toBe('ReadyForScoring');
    expect(after.history).toHaveLength(before.history.length);

    await pmo.scoring.cancelRound(second.id);
    const recorded = await pmo.decisions.recordDecision({ request, outcome: 'Approved', rationale: 'Fits.', roundId: first.id, etag: after.request.etag });
    expect(recorded.created).toBe(true);
    expect(recorded.decision).toMatchObject({ outcome: 'Approved', requestNumber: request, requestTitle: 'Decision guard test request', roundNumber: first.id, roundTitle: 'Q4 board' });
  });
});

describe('the names a decision shows', () => {
  it('are read from the request, the round and the scenario themselves, not from the decision\'s title or numbers', async () => {
    const pmo = as(OFFICER);
    // The demo's decisions are titled "Approve request: …": the log shows the request's own title.
    const seeded = (await pmo.decisions.listDecisions()).filter(d => d.requestNumber !== undefined && /^(Approve|Reject|Defer) request: /.test(d.title));
    expect(seeded.length).toBeGreaterThan(0);
    for (const d of seeded.slice(0, 5)) expect(d.requestTitle).toBe((await pmo.requests.get(d.requestNumber as number)).request.title);
    expect(seeded.every(d => !/^(Approve|Reject|Defer) request: /.test(d.requestTitle))).toBe(true);

    const [request] = await fileReadyRequests(as('james.walker@pmohub.demo').requests, pmo.requests, ['Decision names test request']);
    const scenario = await pmo.prioritization.saveScenario({ title: 'Plan for the names test', content: { format: 1, parameters: { budgets: [], forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: false }, selection: [], titles: {}, figures: { objective: 0, costByYear: [], daysByRole: [] }, rounds: [] } });
    await pmo.decisions.recordDecision({ request, outcome: 'Deferred', rationale: 'Next year.', scenarioId: scenario.id, etag: (await pmo.requests.get(request)).request.etag });
    const [logged] = await pmo.decisions.listDecisions({ request });
    expect(logged).toMatchObject({ requestTitle: 'Decision names test request', scenarioNumber: scenario.id, scenarioTitle: 'Plan for the names test' });
  });
});

describe('two officers deciding the same request', () => {
  it('the second, deciding from what it read before the first decision, gets a conflict and nothing is written', async () => {
    const pmo = as(OFFICER);
    const [request] = await fileReadyRequests(as('james.walker@pmohub.demo').requests, pmo.requests, ['Decision conflict test request']);
    const read = (await pmo.requests.get(request)).request.etag;
    await pmo.decisions.recordDecision({ request, outcome: 'Rejected', rationale: 'Out of scope.', etag: read });
    const second = await pmo.decisions.recordDecision({ request, outcome: 'Approved', rationale: 'Fits.', etag: read }).then(() => undefined, (e: unknown) => e);
    expect(describeError(second).kind).toBe('conflict');
    const log = await pmo.decisions.listDecisions({ request });
    expect(log.map(d => d.outcome)).toEqual(['Rejected']);
    expect((await pmo.requests.get(request)).request.state).toBe('Rejected');
  });
});
