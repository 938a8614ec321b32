/**
 * Prioritization end to end on the local PMO site. A scoring round on three requests is opened,
 * scored by two board members and closed through the services (the Scoring web part has its own
 * browser test). Then, in the browser, the PMO runs the optimizer (HiGHS loads from its chunk: the
 * .wasm through Vite), saves two scenarios, compares them and records the board's decisions, which
 * the decision log lists; the requester sees the decision and its rationale in "My requests".
 * axe-core finds no serious or critical violation in English and French.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';
import { watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices, type IPmoServices } from '../src/services';
import { emptyRequest } from '../src/domain/intake';
import type { ICriterion } from '../src/domain/scoring';
import { gotoSettled, reloadSettled } from './settle';

jest.setTimeout(600_000);

const ANNA = 'anna.schmidt@pmohub.demo';
const JAMES = 'james.walker@pmohub.demo';
const KLAUS = 'klaus.fischer@pmohub.demo';
const ISABELLE = 'isabelle.laurent@pmohub.demo';
const RATIONALE = 'Highest score per euro; fits the 2027 budget (e2e).';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let requests: Array<{ id: number; title: string; requester: string }>;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const prioritizationPage = (user: string, lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Prioritization.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, '[data-testid="prioritization"]');
const criterion = (title: string, weight: number): ICriterion =>
  ({ id: 0, title, weight, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None' });

/** Three requests filed by a requester and taken by the PMO to "Ready for scoring", with cost plans and demand. */
async function readyRequests(): Promise<void> {
  const filer = as(JAMES).requests;
  const ref = await filer.getReferenceData();
  // Demand of 60, 10 and 30 days in all: the bubbles' areas differ as much.
  const plans: Array<[string, number, number, number]> = [['Citizen portal relaunch (e2e)', 400000, 60000, 30], ['Records archive digitisation (e2e)', 250000, 20000, 5], ['Field service app (e2e)', 180000, 40000, 15]];
  requests = [];
  for (const [title, capex, opex, days] of plans) {
    const saved = await filer.submit({
      ...emptyRequest(), title, businessUnit: 'Customer Service', problemStatement: 'Manual work and long waiting times.', goals: 'Halve the handling time.',
      objectiveIds: ref.objectives.slice(0, 1).map(o => o.id), expectedBenefits: 'Shorter waiting times.',
      costPlan: [{ year: 2027, capex, opex }, { year: 2028, capex: 0, opex }], desiredStart: '2027-03-01', desiredEnd: '2028-06-30', urgency: 'High',
      sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
      compliance: { personalData: false, iso27001Scope: true, nis2Relevant: false, procurementNeeded: false },
      resourceDemand: [{ role: ref.roles[0].id, month: '2027-03', days }, { role: ref.roles[0].id, month: '2027-04', days }]
    });
    expect(saved.submitted).toBe(true);
    await as(ANNA).requests.transition(saved.request.id, 'InReview', 'Complete.');
    await as(ANNA).requests.transition(saved.request.id, 'ReadyForScoring', 'Ready for the board.');
    requests.push({ id: saved.request.id, title, requester: JAMES });
  }
}

/** A closed round on the three requests, scored by two board members. */
async function closedRound(): Promise<void> {
  const pmo = as(ANNA);
  await readyRequests();
  const model = await pmo.scoring.createModel({ title: 'Board model (e2e)', method: 'Weighted', status: 'Active', criteria: [criterion('Strategic fit', 60), criterion('Value', 40)] });
  const members = [(await as(KLAUS).scoring.getCurrentUser()).id, (await as(ISABELLE).scoring.getCurrentUser()).id];
  const round = await pmo.scoring.openRound({ title: 'Board round (e2e)', modelId: model.id, requests: requests.map(r => r.id), members, deadline: '2026-12-15' });
  const [fit, value] = model.criteria.map(c => c.id);
  const scores = (values: number[][]): Array<{ request: number; criterion: number; value: number }> =>
    requests.flatMap((r, i) => [{ request: r.id, criterion: fit, value: values[i][0] }, { request: r.id, criterion: value, value: values[i][1] }]);
  await as(KLAUS).scoring.submitScores(round.id, scores([[5, 4], [3, 3], [2, 4]]));
  await as(ISABELLE).scoring.submitScores(round.id, scores([[4, 4], [4, 2], [1, 3]]));
  await pmo.scoring.closeRound(round.id);
}

async function openTab(name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel').waitFor();
}

async function saveScenario(title: string): Promise<void> {
  await openTab('Scenarios');
  await page.getByRole('textbox', { name: /Scenario name/ }).fill(title);
  await page.getByTestId('prio-scenario-save').click();
  await page.getByText(`Scenario "${title}" saved.`).waitFor({ timeout: 30_000 });
}

async function runOptimizer(): Promise<void> {
  await openTab('Optimize');
  await page.getByTestId('prio-run').click();
  await page.getByTestId('prio-result').waitFor({ timeout: 60_000 });
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10 });
  await closedRound();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  watch = watchPageErrors(page);
});

afterAll(async () => {
  watch?.dispose();
  await browser?.close();
  await wb?.stop();
});

describe('prioritization', () => {
  it('lists the closed round\'s requests as candidates; the PMO runs the optimizer and sees the proven gap', async () => {
    await gotoSettled(page, prioritizationPage(ANNA));
    for (const r of requests) await page.getByTestId(`prio-candidate-request:${r.id}`).waitFor({ timeout: 30_000 });
    expect(await webPart(page)).toEqual([]);
    // Each row's force select is named for a screen reader; on screen the column header says it.
    const forceLabel = page.locator('label', { hasText: `Force in or out: ${requests[0].title}` });
    const box = await forceLabel.boundingBox();
    expect(box && box.width <= 1 && box.height <= 1).toBe(true);
    await runOptimizer();
    expect(await page.getByTestId('prio-gap').textContent()).toMatch(/%/);
    expect(Number((await page.getByTestId('prio-objective').textContent())?.replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Binding constraints' }).waitFor();
    await screenshot(page, 'prioritization-optimize-en');
    expect(await webPart(page)).toEqual([]);
    expect(watch.errors()).toEqual([]);
  });

  it('shows the score-versus-cost chart and the frontier (11 points, charts from their chunk); a point loads its selection', async () => {
    await openTab('Candidates');
    await page.getByRole('button', { name: 'Show score versus cost chart' }).click();
    const bubbles = page.getByRole('figure', { name: 'Score versus total cost' });
    await bubbles.locator('svg').first().waitFor({ timeout: 30_000 });
    // One bubble per candidate, drawn (radius above 0), named for a screen reader and numbered by rank.
    await page.waitForFunction(n => document.querySelectorAll('[data-testid="prio-chart-bubble"] circle[role="img"]').length === n, requests.length, { timeout: 30_000 });
    const radii = await bubbles.locator('circle[role="img"]').evaluateAll(cs => cs.map(c => Number(c.getAttribute('r'))));
    expect(radii).toHaveLength(requests.length);
    expect(Math.min(...radii)).toBeGreaterThan(0);
    // The sizes differ visibly with demand (area ∝ days: 60 against 10 days is √6 ≈ 2.4 × the radius).
    expect(Math.max(...radii)).toBeGreaterThanOrEqual(2 * Math.min(...radii));
    expect(Math.max(...radii)).toBeGreaterThan(8);
    // The cost axis reads in compact numbers ("400K", "1.2M"), and no label is cut at the chart's edge.
    const ticks = await bubbles.locator('svg text').evaluateAll(ts => {
      const svg = ts[0]?.closest('svg')?.getBoundingClientRect();
      return ts.map(t => ({ text: t.textContent ?? '', right: t.getBoundingClientRect().right, edge: svg ? svg.right : Infinity }));
    });
    const costTicks = ticks.filter(t => /\d(K|M)$/.test(t.text));
    expect(costTicks.length).toBeGreaterThan(1);
    expect(ticks.filter(t => /\d{1,3}(,\d{3}){2}/.test(t.text))).toEqual([]);
    expect(ticks.filter(t => t.right > t.edge + 0.5)).toEqual([]);
    const names = await bubbles.locator('circle[role="img"]').evaluateAll(cs => cs.map(c => c.getAttribute('aria-label') ?? ''));
    for (const r of requests) expect(names.some(n => n.indexOf(r.title) >= 0)).toBe(true);
    await screenshot(page, 'prioritization-bubbles-en');
    expect(await webPart(page)).toEqual([]);
    await openTab('Frontier');
    await page.getByTestId('prio-frontier-run').click();
    const table = page.getByTestId('prio-frontier-table');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="prio-frontier-table"] tbody tr').length === 11 && !!document.querySelector('[data-testid="prio-frontier-run"]:not([disabled])'), undefined, { timeout: 120_000 });
    await page.getByRole('figure', { name: /Efficient frontier/ }).locator('svg').first().waitFor();
    await screenshot(page, 'prioritization-frontier-en');
    expect(await webPart(page)).toEqual([]);
    await table.getByRole('button', { name: 'Load the selection at 150% of the budget' }).click();
    await page.getByRole('heading', { name: 'Selection at 150% of the budget' }).waitFor();
    expect(watch.errors()).toEqual([]);
  });

  it('saves two scenarios and compares them: the candidate forced out is only in the first', async () => {
    await openTab('Optimize');
    const selected = await page.getByTestId('prio-selected').getByRole('listitem').allTextContents();
    const out = requests.filter(r => selected.indexOf(r.title) >= 0)[0];
    expect(out).toBeDefined();
    await saveScenario('Plan A (e2e)');
    await openTab('Candidates');
    await page.getByRole('combobox', { name: `Force in or out: ${out.title}` }).selectOption('out');
    await runOptimizer();
    expect(await page.getByTestId('prio-excluded').textContent()).toContain(`${out.title}: forced out.`);
    await saveScenario('Plan B (e2e)');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Plan A (e2e)' });
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Plan B (e2e)' });
    await page.getByTestId('prio-scenario-compare').click();
    const compare = page.getByTestId('prio-compare');
    await compare.waitFor();
    expect(await compare.getByTestId('prio-only-a').getByRole('listitem').allTextContents()).toContain(out.title);
    expect(await compare.getByTestId('prio-only-b').textContent()).not.toContain(out.title);
    await screenshot(page, 'prioritization-compare-en');
    expect(await webPart(page)).toEqual([]);
  });

  it('keeps an opened scenario in the page address: a reload shows it again; an unknown one is said', async () => {
    await openTab('Scenarios');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Plan A (e2e)' });
    await page.getByTestId('prio-scenario-open').click();
    await page.getByRole('heading', { name: 'Scenario "Plan A (e2e)"' }).waitFor();
    expect(new URL(page.url()).searchParams.get('scenario')).toMatch(/^\d+$/);
    const withScenario = page.url();
    await reloadSettled(page);
    await page.getByRole('heading', { name: 'Scenario "Plan A (e2e)"' }).waitFor({ timeout: 30_000 });
    await gotoSettled(page, `${prioritizationPage(ANNA)}&scenario=999999`);
    await page.getByTestId('prio-scenario-address').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Candidates' }).waitFor();
    expect(watch.errors().filter(e => !/404/.test(e))).toEqual([]);
    watch.clear();
    // Back to Plan A (the decisions below rest on it).
    await gotoSettled(page, withScenario);
    await page.getByRole('heading', { name: 'Scenario "Plan A (e2e)"' }).waitFor({ timeout: 30_000 });
  });

  it('records the board\'s decisions, which the decision log lists', async () => {
    await openTab('Decisions');
    const decide = async (id: number, outcome: string, rationale: string): Promise<void> => {
      const form = page.getByTestId(`prio-decide-${id}`);
      await form.getByRole('combobox', { name: /Decision/ }).selectOption({ label: outcome });
      await form.getByRole('textbox', { name: /Rationale/ }).fill(rationale);
      await form.getByRole('button', { name: 'Record decision' }).click();
      await form.waitFor({ state: 'detached', timeout: 30_000 });
    };
    // A missing rationale is refused, naming the field.
    const first = page.getByTestId(`prio-decide-${requests[0].id}`);
    await first.getByRole('combobox', { name: /Decision/ }).selectOption({ label: 'Approve' });
    await first.getByRole('button', { name: 'Record decision' }).click();
    await first.getByText('Enter the rationale of the decision.').waitFor();
    expect(await first.getByRole('textbox', { name: /Rationale/ }).getAttribute('aria-invalid')).toBe('true');
    await decide(requests[0].id, 'Approve', RATIONALE);
    expect(await page.getByTestId('prio-decision-status').textContent()).toBe(`Decision recorded for request ${requests[0].id} "${requests[0].title}": Approved.`);
    await decide(requests[1].id, 'Defer', 'Wait for the platform decision (e2e).');
    // Every decided request stays listed, with its outcome and date.
    await page.getByTestId('prio-decided').getByText(`Request ${requests[0].id} "${requests[0].title}": Approved on`).waitFor({ timeout: 30_000 });
    await page.getByTestId('prio-decided').getByText(`Request ${requests[1].id} "${requests[1].title}": Deferred on`).waitFor();
    // Two tabs decide the last request: the second, still showing it undecided, gets the conflict and reloads.
    const last = requests[2];
    const second = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const secondWatch = watchPageErrors(second);
    await gotoSettled(second, prioritizationPage(ANNA));
    await second.getByRole('tab', { name: 'Decisions' }).click();
    const stale = second.getByTestId(`prio-decide-${last.id}`);
    await stale.waitFor({ timeout: 30_000 });
    await decide(last.id, 'Reject', 'Not this year (e2e).');
    await stale.getByRole('combobox', { name: /Decision/ }).selectOption({ label: 'Approve' });
    await stale.getByRole('textbox', { name: /Rationale/ }).fill('Approve after all (e2e).');
    await stale.getByRole('button', { name: 'Record decision' }).click();
    await second.getByTestId('prio-decision-conflict').waitFor({ timeout: 30_000 });
    await stale.waitFor({ state: 'detached', timeout: 30_000 });
    await second.getByTestId('prio-decided').getByText(`Request ${last.id} "${last.title}": Rejected on`).waitFor({ timeout: 30_000 });
    await screenshot(second, 'prioritization-decision-conflict-en');
    expect((await as(ANNA).decisions.listDecisions({ request: last.id })).map(d => d.outcome)).toEqual(['Rejected']);
    expect(secondWatch.errors()).toEqual([]);
    secondWatch.dispose();
    await second.close();
    const log = await as(ANNA).decisions.listDecisions({ request: requests[0].id });
    expect(log[0]).toMatchObject({ outcome: 'Approved', rationale: RATIONALE });
    expect(log[0].scenarioNumber).toBeGreaterThan(0);
    await openTab('Decision log');
    await page.getByTestId('prio-log').getByText(RATIONALE).waitFor();
    // The round and the scenario by their names, not their numbers.
    const row = page.getByTestId('prio-log').getByRole('row').filter({ hasText: RATIONALE });
    expect(await row.textContent()).toContain('Board round (e2e)');
    expect(await row.textContent()).toContain('Plan A (e2e)');
    await screenshot(page, 'prioritization-log-en');
    expect(await webPart(page)).toEqual([]);
    expect(watch.errors()).toEqual([]);
  });

  it('shows the requester the decision and its rationale in My requests', async () => {
    const r = requests[0];
    await gotoSettled(page, `${wb.siteUrl}/SitePages/Requests.aspx?user=${encodeURIComponent(r.requester)}&lang=en-us`);
    await page.getByRole('tab', { name: 'My requests' }).click();
    await page.getByRole('button', { name: `Open ${r.title}` }).click();
    const decision = page.getByTestId('details-decision');
    await decision.waitFor({ timeout: 30_000 });
    expect(await decision.textContent()).toContain(RATIONALE);
    expect(await page.getByTestId('details-state').textContent()).toBe('Approved');
  });

  it('with the active projects: the ranked candidates first (1…n), budgets that fit the committed work, a selection', async () => {
    await gotoSettled(page, prioritizationPage(ANNA));
    await page.getByRole('checkbox', { name: 'Include active projects' }).check();
    await page.locator('[data-testid^="prio-candidate-project:"]').first().waitFor({ timeout: 30_000 });
    const ranks = await page.getByRole('table', { name: 'Candidates ranked by score' }).locator('tbody tr').evaluateAll(rs => rs.map(r => r.querySelector('td')?.textContent ?? ''));
    const ranked = ranks.filter(r => r !== '');
    expect(ranked).toEqual(ranked.map((_, i) => String(i + 1)));
    expect(ranks.slice(0, ranked.length)).toEqual(ranked);
    await runOptimizer();
    expect(await page.getByTestId('prio-infeasible').count()).toBe(0);
    expect(await page.getByTestId('prio-selected').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('prio-result').textContent()).not.toContain('0 days / 0 days');
    // The PMO may leave a role's capacity out.
    const roles = page.getByRole('group', { name: 'Role capacity applied' });
    expect(await roles.getByRole('checkbox').count()).toBeGreaterThan(1);
    expect(await roles.getByRole('checkbox', { checked: false }).count()).toBe(0);
    await screenshot(page, 'prioritization-projects-en');
    expect(await webPart(page)).toEqual([]);
    expect(watch.errors()).toEqual([]);
  });

  it('has no serious or critical axe violation in French', async () => {
    await gotoSettled(page, prioritizationPage(ANNA, 'fr-fr'));
    await page.getByRole('tab', { name: 'Candidats' }).waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Optimiser' }).click();
    await page.getByTestId('prio-run').click();
    await page.getByTestId('prio-result').waitFor({ timeout: 60_000 });
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Journal des décisions' }).click();
    await page.getByTestId('prio-log').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'prioritization-log-fr');
  });
});
