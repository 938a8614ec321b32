/**
 * PrioritizationService with the real PnPjs against the local workbench (a provisioned, seeded PMO
 * site): candidates from a closed scoring round with their score, cost plan and demand; budgets saved
 * by the PMO; scenarios saved, listed and reopened; reads that stay within the list view threshold
 * on a list above 5,000 items.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { seedItems } from '../../workbench/emulator/testing';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { defaultBudgets, PrioritizationRefusedError, projectCostPlan } from './PrioritizationService';
import { selectionFigures, type IScenarioContent } from '../domain/prioritization';
import type { ICriterion } from '../domain/scoring';
import { dayAt, writeDateOnly } from '../domain/dates';
import { fiscalYearOf } from '../domain/prioritization';
import { fileReadyRequests } from './test-utils/readyRequests';

jest.setTimeout(300_000);

const OFFICER = 'anna.schmidt@pmohub.demo';
const KLAUS = 'klaus.fischer@pmohub.demo';
const ISABELLE = 'isabelle.laurent@pmohub.demo';

let wb: IWorkbench;
const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});

const criterion = (title: string, weight: number): ICriterion =>
  ({ id: 0, title, weight, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None' });

let requests: number[];
let roundId: number;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 30 });
  await wb.ready;
  // A closed round on two requests "Ready for scoring", scored by two members.
  const pmo = as(OFFICER);
  // Requests of its own: the demo's ready requests are in the demo's open round (one open round per request).
  requests = await fileReadyRequests(as('james.walker@pmohub.demo').requests, pmo.requests, ['Prioritization test request 1', 'Prioritization test request 2']);
  const model = await pmo.scoring.createModel({ title: 'Prioritization test model', method: 'Weighted', status: 'Active', criteria: [criterion('Fit', 70), criterion('Value', 30)] });
  const members = [(await as(KLAUS).scoring.getCurrentUser()).id, (await as(ISABELLE).scoring.getCurrentUser()).id];
  const round = await pmo.scoring.openRound({ title: 'Prioritization test round', modelId: model.id, requests, members, deadline: '2026-12-01' });
  roundId = round.id;
  const [fit, value] = model.criteria.map(c => c.id);
  const entries = (a: number, b: number): Array<{ request: number; criterion: number; value: number }> =>
    [{ request: requests[0], criterion: fit, value: a }, { request: requests[0], criterion: value, value: b }, { request: requests[1], criterion: fit, value: b }, { request: requests[1], criterion: value, value: a }];
  await as(KLAUS).scoring.submitScores(roundId, entries(5, 1));
  await as(ISABELLE).scoring.submitScores(roundId, entries(4, 2));
  await pmo.scoring.closeRound(roundId);
});

afterAll(async () => {
  await wb?.stop();
});

describe('candidates', () => {
  it('lists the requests of a closed round with the round\'s total and rank, their cost plan, demand and objectives', async () => {
    const pmo = as(OFFICER);
    const data = await pmo.prioritization.load();
    const round = await pmo.scoring.getRound(roundId);
    expect(data.isPmo).toBe(true);
    for (const n of requests) {
      const c = data.candidates.filter(x => x.id === `request:${n}`)[0];
      const r = round.result?.requests.filter(x => x.request === n)[0];
      const stored = (await pmo.requests.get(n)).request.input;
      expect(c).toMatchObject({ kind: 'request', itemId: n, score: r?.total, rank: r?.rank, roundId, state: 'ReadyForScoring' });
      expect(c.costPlan).toEqual(stored.costPlan);
      expect(c.demand).toEqual(stored.resourceDemand);
      expect(c.objectiveIds).toEqual(stored.objectiveIds);
      expect(c.etag).toBeTruthy();
    }
    // Ranked by score; the horizon and years cover the candidates' plans; the default budgets are 60 %.
    expect(data.candidates.map(c => c.score)).toEqual(data.candidates.map(c => c.score).slice().sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(data.months).toEqual(Array.from(new Set(data.candidates.flatMap(c => c.demand.map(d => d.month)))).sort());
    expect(data.budgetsSaved).toBe(false);
    expect(data.budgets).toEqual(defaultBudgets(data.candidates, data.defaultModelId));
    expect(data.roles.length).toBeGreaterThan(0);
    expect(data.rounds.map(r => r.id)).toContain(roundId);
    expect(data.candidates.every(c => c.kind === 'request')).toBe(true);
  });

  it('adds active projects on request, with cost per year from their budget', async () => {
    const data = await as(OFFICER).prioritization.load({ includeProjects: true });
    const projects = data.candidates.filter(c => c.kind === 'project');
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.some(p => p.costPlan.length > 0)).toBe(true);
  });

  it('counts the current and later fiscal years only; a project takes its request\'s board score, else it is not scored (never 0)', async () => {
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: OFFICER });
    const zone = await env.siteTimeZone.get(env.sp.web);
    const thisYear = fiscalYearOf(dayAt(Date.now(), zone.iana));
    // A project from request 1, running from three years ago to two years ahead: 72,000 over 72 months.
    const manager = (await as(OFFICER).scoring.getCurrentUser()).id;
    const [project] = seedItems(wb.emulator, 'Projects', [{
      Title: 'Project from the first request', ProjectCode: 'PRIO-1', ProjectManagerId: manager, LifecycleStatus: 'Active', Budget: 72000, RequestNumber: requests[0],
      StartDate: writeDateOnly(`${thisYear - 3}-01-01`, zone), EndDate: writeDateOnly(`${thisYear + 2}-12-31`, zone)
    }]);
    await as(OFFICER).prioritization.saveBudgets([{ year: thisYear - 1, amount: 5 }, { year: thisYear, amount: 900_000 }, { year: 2027, amount: 1_250_000 }]);
    const data = await as(OFFICER).prioritization.load({ includeProjects: true });
    expect(data.years.every(y => y >= thisYear)).toBe(true);
    expect(data.budgets.map(b => b.year)).toEqual([thisYear, 2027].filter((y, i, a) => a.indexOf(y) === i));
    expect(data.candidates.every(c => c.costPlan.every(y => y.year >= thisYear))).toBe(true);
    const fromRequest = data.candidates.filter(c => c.id === `project:${project}`)[0];
    const request = (await as(OFFICER).scoring.getRound(roundId)).result?.requests.filter(r => r.request === requests[0])[0];
    expect(fromRequest).toMatchObject({ kind: 'project', score: request?.total, roundId });
    expect(fromRequest.model).toMatchObject({ title: 'Prioritization test model', version: 1 });
    expect(fromRequest.costPlan.map(y => y.year)).toEqual([thisYear, thisYear + 1, thisYear + 2]);
    expect(fromRequest.costPlan.reduce((t, y) => t + y.opex, 0)).toBeCloseTo(36000, 0);
    const unscored = data.candidates.filter(c => c.kind === 'project' && c.id !== fromRequest.id && c.score === undefined);
    expect(unscored.length).toBeGreaterThan(0);
    expect(data.candidates.filter(c => c.kind === 'project').every(c => c.score === undefined || c.model !== undefined)).toBe(true);
    // Scored ones first, by score; those without a score last.
    const firstUnscored = data.candidates.findIndex(c => c.score === undefined);
    expect(data.candidates.slice(firstUnscored).every(c => c.score === undefined)).toBe(true);
  });

  it('spreads a project budget over its months per year', () => {
    expect(projectCostPlan(24000, '2026-07-01', '2027-06-30')).toEqual([{ year: 2026, capex: 0, opex: 12000 }, { year: 2027, capex: 0, opex: 12000 }]);
    expect(projectCostPlan(0, '2026-07-01', '2027-06-30')).toEqual([]);
  });
});

describe('budgets and scenarios', () => {
  it('the PMO saves the budgets per year; a board member may not', async () => {
    await as(OFFICER).prioritization.saveBudgets([{ year: 2027, amount: 1_250_000 }, { year: 2028, amount: 900_000.5 }]);
    const data = await as(OFFICER).prioritization.load();
    expect(data.budgetsSaved).toBe(true);
    expect(data.budgets).toEqual([{ year: 2027, amount: 1_250_000 }, { year: 2028, amount: 900_000.5 }]);
    await expect(as(KLAUS).prioritization.saveBudgets([{ year: 2027, amount: 1 }])).rejects.toMatchObject({ refusal: 'notPmo' });
    await expect(as(OFFICER).prioritization.saveBudgets([{ year: 2027, amount: -1 }])).rejects.toBeInstanceOf(PrioritizationRefusedError);
  });

  it('refuses budgets saved from a page read before another save, as a conflict, and writes nothing; the version a save returns saves again', async () => {
    const [mine, theirs] = [await as(OFFICER).prioritization.load(), await as(OFFICER).prioritization.load()];
    const after = await as(OFFICER).prioritization.saveBudgets([{ year: 2027, amount: 1_000_000 }], theirs.budgetsVersion);
    const stale = await as(OFFICER).prioritization.saveBudgets([{ year: 2027, amount: 2_000_000 }], mine.budgetsVersion).catch((e: unknown) => e);
    expect(describeError(stale).kind).toBe('conflict');
    expect((await as(OFFICER).prioritization.load()).budgets).toEqual([{ year: 2027, amount: 1_000_000 }]);
    const again = await as(OFFICER).prioritization.saveBudgets([{ year: 2027, amount: 1_250_000 }, { year: 2028, amount: 900_000.5 }], after);
    expect(again).not.toBe(after);
    expect((await as(OFFICER).prioritization.load()).budgets).toEqual([{ year: 2027, amount: 1_250_000 }, { year: 2028, amount: 900_000.5 }]);
  });

  it('saves a scenario, lists it and reopens it as saved; the board reads it', async () => {
    const data = await as(OFFICER).prioritization.load();
    const selection = [`request:${requests[0]}`];
    const content: IScenarioContent = {
      format: 1,
      parameters: { budgets: data.budgets, forceIn: selection, forceOut: [], dependencies: [{ dependent: `request:${requests[1]}`, prerequisite: selection[0] }], exclusions: [], includeProjects: false },
      selection,
      titles: { [selection[0]]: 'First' },
      figures: { ...selectionFigures(data.candidates, selection, data.years, data.roles), bound: 10, gap: 0 },
      rounds: [roundId]
    };
    const saved = await as(OFFICER).prioritization.saveScenario({ title: '  Board proposal  ', summary: 'Within budget', content });
    expect(saved).toMatchObject({ title: 'Board proposal', status: 'Draft', fiscalYear: 2027, budgetCap: 2_150_000.5, summary: 'Within budget' });
    expect(saved.content).toEqual(content);
    expect((await as(OFFICER).prioritization.listScenarios())[0].id).toBe(saved.id);
    expect((await as(KLAUS).prioritization.getScenario(saved.id)).content.selection).toEqual(selection);
    await expect(as(KLAUS).prioritization.saveScenario({ title: 'Mine', content })).rejects.toMatchObject({ refusal: 'notPmo' });
    await expect(as(OFFICER).prioritization.saveScenario({ title: ' ', content })).rejects.toMatchObject({ refusal: 'titleRequired' });
  });

  it('reads a seeded scenario of the older format as a selection of requests and projects', async () => {
    const list = await as(OFFICER).prioritization.listScenarios();
    const seeded = list.filter(s => s.title.indexOf('Portfolio 2027') === 0)[0];
    const s = await as(OFFICER).prioritization.getScenario(seeded.id);
    expect(s.content.selection.length).toBeGreaterThan(0);
    expect(s.content.selection.every(id => /^(request|project):\d+$/.test(id))).toBe(true);
    expect(s.content.parameters.budgets).toEqual([{ year: 2027, amount: seeded.budgetCap }]);
  });
});

describe('scores of different scoring models', () => {
  it('names each candidate\'s model version; the version of the most recently closed round is ranked by default', async () => {
    const pmo = as(OFFICER);
    const [other] = await fileReadyRequests(as('james.walker@pmohub.demo').requests, pmo.requests, ['Prioritization test request, WSJF board']);
    const model = await pmo.scoring.createModel({ title: 'Second test model', method: 'Weighted', status: 'Active', criteria: [criterion('Reach', 100)] });
    const members = [(await as(KLAUS).scoring.getCurrentUser()).id];
    const round = await pmo.scoring.openRound({ title: 'Second test round', modelId: model.id, requests: [other], members, deadline: '2026-12-20' });
    await as(KLAUS).scoring.submitScores(round.id, [{ request: other, criterion: model.criteria[0].id, value: 4 }]);
    await pmo.scoring.closeRound(round.id);
    const data = await pmo.prioritization.load();
    expect(data.models).toEqual(expect.arrayContaining([{ id: model.id, title: 'Second test model', version: 1 }, expect.objectContaining({ title: 'Prioritization test model' })]));
    expect(data.defaultModelId).toBe(model.id);
    expect(data.candidates.filter(c => c.id === `request:${other}`)[0].model?.id).toBe(model.id);
    expect(data.candidates.filter(c => c.id === `request:${requests[0]}`)[0].model?.title).toBe('Prioritization test model');
  });
});

describe('on a list above 5,000 items', () => {
  it('reads the committed assignments by ID pages, also when one month of the horizon holds more than 5,000 rows', async () => {
    const role = (await as(OFFICER).prioritization.load()).roles[0].role;
    // 5,100 committed assignments outside the horizon, and one inside it.
    const far = Array.from({ length: 5100 }, () => ({ Title: 'Far', ResourceRoleId: role, Month: '2040-01-01T00:00:00Z', DemandDays: 1, DemandState: 'Committed' }));
    seedItems(wb.emulator, 'Assignments', far);
    const before = await as(OFFICER).prioritization.load({ includeProjects: true });
    const month = before.months[0];
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: OFFICER });
    const zone = await env.siteTimeZone.get(env.sp.web);
    seedItems(wb.emulator, 'Assignments', [{ Title: 'Near', ResourceRoleId: role, Month: writeDateOnly(`${month}-01`, zone), DemandDays: 3.5, DemandState: 'Committed' }]);
    const after = await as(OFFICER).prioritization.load({ includeProjects: true });
    const days = (d: typeof before): number => d.committed.filter(c => c.role === role && c.month === month && c.candidateId === undefined).reduce((t, c) => t + c.days, 0);
    expect(days(after) - days(before)).toBeCloseTo(3.5, 5);
    // A month of the horizon with 5,100 more rows (an indexed `Month eq …` first clause would now be
    // refused by the list view threshold): read all the same.
    const busy = Array.from({ length: 5100 }, () => ({ Title: 'Busy', ResourceRoleId: role, Month: writeDateOnly(`${month}-01`, zone), DemandDays: 0.5, DemandState: 'Committed' }));
    seedItems(wb.emulator, 'Assignments', busy);
    const crowded = await as(OFFICER).prioritization.load({ includeProjects: true });
    expect(days(crowded) - days(after)).toBeCloseTo(2550, 5);
    expect(after.committed.every(c => c.month !== '2040-01')).toBe(true);
  });
});
