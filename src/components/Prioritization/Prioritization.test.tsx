// The charts' chunk (@fluentui/react-charting, ES modules) is drawn in the browser test; here a stand-in keeps the table beside it.
jest.mock('./lazyCharts', () => ({ lazyCharts: { Component: (): null => null } }));

import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Prioritization } from './Prioritization';
import { PrioritizationRefusedError, type IPrioritizationData, type IPrioritizationService } from '../../services/PrioritizationService';
import { DecisionRefusedError, type IDecisionRecord, type IDecisionService } from '../../services/DecisionService';
import { efficientFrontier, type IPortfolioProblem, type IPortfolioSolution } from '../../domain/prioritization';
import type { IFrontierOptions } from '../../domain/prioritization';
import type { IPortfolioScenario } from '../../services/PrioritizationService';
import { decisionLogTable } from './DecisionLog';

import type { IImproveOptions } from '../../optimizer';
import type { OptimizerModule } from '../../optimizer/load';

/** Service doubles: the component tests check the screen; the real services run against the emulator in their own tests. */
const data: IPrioritizationData = {
  candidates: [
    { id: 'request:1', kind: 'request', itemId: 1, title: 'Portal', score: 60, rank: 1, roundId: 4, roundTitle: 'Board 2026', state: 'ReadyForScoring', costPlan: [{ year: 2027, capex: 500, opex: 0 }], demand: [{ role: 9, month: '2027-03', days: 10 }], objectiveIds: [2] },
    { id: 'request:2', kind: 'request', itemId: 2, title: 'Archive', score: 50, rank: 2, roundId: 4, roundTitle: 'Board 2026', state: 'ReadyForScoring', costPlan: [{ year: 2027, capex: 400, opex: 0 }], demand: [], objectiveIds: [] }
  ],
  roles: [{ role: 9, title: 'Architect', monthlyDays: 8 }],
  committed: [], months: ['2027-03'], years: [2027],
  objectives: [{ id: 2, title: 'Digital services' }],
  budgets: [{ year: 2027, amount: 600 }], budgetsSaved: true, budgetsVersion: '"3"',
  rounds: [{ id: 4, title: 'Board 2026' }], isPmo: true, models: []
};

function serviceOf(d: IPrioritizationData = data): IPrioritizationService {
  return {
    load: jest.fn(() => Promise.resolve(d)),
    saveBudgets: jest.fn(() => Promise.resolve('"4"')),
    listScenarios: jest.fn(() => Promise.resolve([])),
    getScenario: jest.fn(() => Promise.reject(new Error('none'))),
    saveScenario: jest.fn(() => Promise.reject(new Error('none')))
  };
}

const decisions: IDecisionService = { recordDecision: jest.fn(), listDecisions: jest.fn(() => Promise.resolve([])) };

/** An optimizer double: a first answer cut by the time limit, then "keep improving" rounds until cancelled. */
function optimizerOf(first: (p: IPortfolioProblem) => IPortfolioSolution): { load: () => Promise<OptimizerModule>; problems: IPortfolioProblem[] } {
  const problems: IPortfolioProblem[] = [];
  const mod = {
    solvePortfolio: (p: IPortfolioProblem) => { problems.push(p); return Promise.resolve(first(p)); },
    solveFrontier: (p: IPortfolioProblem, rows: ReadonlyArray<number>, o?: IFrontierOptions) => efficientFrontier(p, rows, q => Promise.resolve(first(q)), o),
    keepImproving: async (_p: IPortfolioProblem, o: IImproveOptions = {}) => {
      o.onProgress?.({ round: 1, roundLimitMs: 2000, elapsedMs: 2000, objective: 60, bound: 65, gap: 5 / 60, selected: ['request:1'] });
      while (!o.signal?.aborted) await new Promise(r => setTimeout(r, 5));
      return { status: 'feasible', selected: ['request:1'], objective: 60, bound: 65, gap: 5 / 60, ms: 2000 };
    }
  };
  // The screen calls only these functions of the optimizer module.
  return { load: () => Promise.resolve(mod as unknown as OptimizerModule), problems };
}

async function openOptimize(load: () => Promise<OptimizerModule>): Promise<void> {
  render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" loadOptimizer={load} />);
  await screen.findByRole('table', { name: 'Candidates ranked by score' });
  fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
}

describe('Prioritization', () => {
  it('lists the candidates ranked, with cost per year, demand per role and objectives', async () => {
    render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Candidates ranked by score' });
    const rows = within(table).getAllByRole('row').slice(1).map(r => r.textContent);
    expect(rows[0]).toContain('Portal');
    expect(rows[0]).toContain('500');
    expect(rows[0]).toContain('Architect: 10 days');
    expect(rows[0]).toContain('Digital services');
    expect(rows[1]).toContain('Archive');
  });

  it('shows the proven gap, keeps improving with progress, and stops on Cancel', async () => {
    const opt = optimizerOf(() => ({ status: 'timeLimit', selected: ['request:1'], objective: 60, bound: 70, gap: 10 / 60, ms: 2000 }));
    await openOptimize(opt.load);
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    expect((await screen.findByTestId('prio-gap')).textContent).toBe('16.67%');
    expect(opt.problems[0].capacities).toEqual([600, 8]);
    expect(screen.getByTestId('prio-excluded').textContent).toContain('Archive');
    fireEvent.click(screen.getByRole('button', { name: 'Keep improving' }));
    await screen.findByText('Best score 60, proven bound 65, gap 8.33%');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('prio-gap').textContent).toBe('8.33%'));
    expect(screen.getByText('Best found (stopped)')).toBeTruthy();
  });

  it('names the conflicting constraints when nothing is feasible, never an empty result', async () => {
    const opt = optimizerOf(() => ({ status: 'infeasible', selected: [], objective: 0, bound: 0, gap: 0, ms: 5 }));
    render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" loadOptimizer={opt.load} />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Force in or out: Portal' }), { target: { value: 'in' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Force in or out: Archive' }), { target: { value: 'in' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const reasons = await screen.findByTestId('prio-infeasible');
    expect(reasons.textContent).toContain('The forced candidates (Portal, Archive) exceed Budget 2027: 900 against 600.');
  });

  it('saves the budgets as read in the user\'s locale, and says when the service refuses', async () => {
    const service = serviceOf();
    (service.saveBudgets as jest.Mock).mockImplementationOnce(() => Promise.resolve('"4"')).mockImplementationOnce(() => Promise.reject(new PrioritizationRefusedError('notPmo')));
    render(<Prioritization service={service} decisions={decisions} locale="de-de" />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Budget 2027' }), { target: { value: '1.250.000,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save budgets' }));
    await screen.findByText('Budgets saved.');
    // Sent with the version of the budgets as read; the next save with the version the first one left.
    expect(service.saveBudgets).toHaveBeenCalledWith([{ year: 2027, amount: 1250000.5 }], '"3"');
    fireEvent.click(screen.getByRole('button', { name: 'Save budgets' }));
    await screen.findByText('Only the PMO can do this.');
    expect(service.saveBudgets).toHaveBeenLastCalledWith([{ year: 2027, amount: 1250000.5 }], '"4"');
  });

  it('adds a minimum per strategic objective to the problem, and names it when it cannot be reached', async () => {
    const opt = optimizerOf(() => ({ status: 'infeasible', selected: [], objective: 0, bound: 0, gap: 0, ms: 5 }));
    await openOptimize(opt.load);
    const field = screen.getByRole('textbox', { name: 'Digital services: at least' });
    fireEvent.change(field, { target: { value: 'two' } });
    expect(screen.getByText('"Digital services: at least": enter a whole number, or leave it empty.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const reasons = await screen.findByTestId('prio-infeasible');
    expect(opt.problems[0].minimums).toEqual([2]);
    expect(opt.problems[0].candidates.map(c => c.contributions)).toEqual([[1], [0]]);
    expect(reasons.textContent).toContain('Minimum for objective "Digital services" needs 2, but at most 1 can be reached.');
  });

  it('says that nothing fits when the selection is empty, instead of "no constraint binds"', async () => {
    const opt = optimizerOf(() => ({ status: 'optimal', selected: [], objective: 0, bound: 0, gap: 0, ms: 1 }));
    await openOptimize(opt.load);
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const result = await screen.findByTestId('prio-result');
    expect(result.textContent).toContain('Nothing fits: no candidate stays within the limits on its own.');
    expect(result.textContent).not.toContain('No constraint binds.');
  });

  it('refuses a budget that is not an amount, naming the field, and does not run', async () => {
    const opt = optimizerOf(() => ({ status: 'optimal', selected: [], objective: 0, bound: 0, gap: 0, ms: 1 }));
    await openOptimize(opt.load);
    const field = screen.getByRole('textbox', { name: 'Budget 2027' });
    fireEvent.change(field, { target: { value: '1,5' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/“Budget 2027”/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Run optimizer' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Prioritization: the analysis of a selection', () => {
  it('analyses a frontier point\'s selection against that point\'s budgets, not the 100 % ones', async () => {
    // Every point keeps Portal only, cut short by the time limit: at 150 % (900) Archive fits beside it, at 100 % (600) it does not.
    const opt = optimizerOf(() => ({ status: 'timeLimit', selected: ['request:1'], objective: 60, bound: 110, gap: 50 / 60, ms: 850 }));
    render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" loadOptimizer={opt.load} />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Frontier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Compute the frontier' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Load the selection at 150% of the budget' }));
    await screen.findByRole('heading', { name: 'Selection at 150% of the budget' });
    expect(screen.getByTestId('prio-excluded').textContent).toBe('Archive: it fits: the search stopped before adding it.');
    expect(screen.getByTestId('prio-binding').textContent).not.toContain('Budget 2027');
  });
});

describe('Prioritization: active projects and scoring models', () => {
  const v1 = { id: 11, title: 'Board model', version: 1 };
  const v2 = { id: 12, title: 'Board model', version: 2 };
  const mixed: IPrioritizationData = {
    ...data,
    candidates: [
      { ...data.candidates[0], model: v2 },
      { ...data.candidates[1], score: 90, model: v1 },
      { id: 'project:7', kind: 'project', itemId: 7, title: 'Payroll', costPlan: [{ year: 2027, capex: 0, opex: 100 }], demand: [], objectiveIds: [] }
    ],
    models: [v2, v1], defaultModelId: v2.id
  };

  it('shows a project without a score as "Not scored", unranked and forced in (the PMO may force it out)', async () => {
    const opt = optimizerOf(() => ({ status: 'optimal', selected: ['project:7'], objective: 0, bound: 0, gap: 0, ms: 1 }));
    render(<Prioritization service={serviceOf(mixed)} decisions={decisions} locale="en-us" loadOptimizer={opt.load} />);
    const table = await screen.findByRole('table', { name: 'Candidates ranked by score' });
    const row = within(table).getByTestId('prio-candidate-project:7');
    expect(within(row).getByTestId('prio-score-project:7').textContent).toBe('Not scored');
    expect(row.querySelector('td')?.textContent).toBe('');
    const force = within(row).getByRole('combobox', { name: 'Force in or out: Payroll' }) as HTMLSelectElement;
    expect(force.value).toBe('in');
    expect(within(force).queryByRole('option', { name: 'Optimizer decides' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    await screen.findByTestId('prio-result');
    expect(opt.problems[0].candidates.filter(c => c.id === 'project:7')[0]).toMatchObject({ value: 0, forceIn: true });
  });

  it('warns that scores of different models are not comparable, naming them, and ranks the chosen model\'s candidates', async () => {
    const opt = optimizerOf(() => ({ status: 'optimal', selected: [], objective: 0, bound: 0, gap: 0, ms: 1 }));
    render(<Prioritization service={serviceOf(mixed)} decisions={decisions} locale="en-us" loadOptimizer={opt.load} />);
    const table = await screen.findByRole('table', { name: 'Candidates ranked by score' });
    expect(screen.getByTestId('prio-models').textContent).toContain('different scoring models: Board model, version 2, Board model, version 1.');
    // Default: the model of the most recently closed round (v2): Archive (v1) is not ranked with Portal.
    expect(within(table).queryByTestId('prio-candidate-request:2')).toBeNull();
    expect(within(table).getByTestId('prio-candidate-request:1')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Rank the candidates scored with' }), { target: { value: '11' } });
    expect(within(table).queryByTestId('prio-candidate-request:1')).toBeNull();
    expect(within(table).getByTestId('prio-candidate-request:2').textContent).toContain('90');
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    await screen.findByTestId('prio-result');
    expect(opt.problems[0].candidates.map(c => c.id)).toEqual(['request:2', 'project:7']);
  });
});

describe('Prioritization: decisions', () => {
  const rejected: IDecisionRecord = {
    id: 31, title: 'Rejected: Archive', requestTitle: 'Archive', date: '2026-11-27', body: 'StrategyBoard', outcome: 'Rejected', requestNumber: 2, roundNumber: 4, decidedBy: []
  };

  function decisionsOf(record: jest.Mock): IDecisionService {
    return { recordDecision: record, listDecisions: jest.fn(() => Promise.resolve([rejected])) };
  }

  async function decide(outcome: string): Promise<void> {
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Decisions' }));
    const form = await screen.findByTestId('prio-decide-1');
    fireEvent.change(within(form).getByRole('combobox', { name: /Decision/ }), { target: { value: outcome } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Rationale/ }), { target: { value: 'Fits the budget.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    // Lets the service double answer inside act (the form and the tab update on its answer).
    await act(() => new Promise(r => setTimeout(r, 0)));
  }

  it('confirms a decision in a status message naming request and outcome, and lists every decided request with its outcome and date', async () => {
    const record = jest.fn(() => Promise.resolve({}));
    const service = serviceOf();
    render(<Prioritization service={service} decisions={decisionsOf(record)} locale="en-us" />);
    await decide('Approved');
    await waitFor(() => expect(screen.getByTestId('prio-decision-status').textContent).toBe('Decision recorded for request 1 "Portal": Approved.'));
    expect(screen.getByTestId('prio-decision-status').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('prio-decided').textContent).toBe('Request 2 "Archive": Rejected on 11/27/2026');
    expect(service.load).toHaveBeenCalledTimes(2);
  });

  it('says when someone else changed the request first, and reads the list again', async () => {
    const record = jest.fn(() => Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [412] Precondition Failed ::> {}'), { status: 412 })));
    const service = serviceOf();
    render(<Prioritization service={service} decisions={decisionsOf(record)} locale="en-us" />);
    await decide('Rejected');
    expect((await screen.findByTestId('prio-decision-conflict')).textContent).toContain('Request 1 "Portal" was changed by someone else in the meantime');
    expect(screen.getByTestId('prio-decision-status').textContent).toBe('');
    await waitFor(() => expect(service.load).toHaveBeenCalledTimes(2));
  });

  it('shows a refusal for a round still open next to the request\'s decision', async () => {
    const record = jest.fn(() => Promise.reject(new DecisionRefusedError('roundOpen', 'outcome', 'Q1 board')));
    render(<Prioritization service={serviceOf()} decisions={decisionsOf(record)} locale="en-us" />);
    await decide('Approved');
    const form = screen.getByTestId('prio-decide-1');
    await within(form).findByText('Scoring round "Q1 board" is still open for this request: close or cancel it first.');
    expect(within(form).getByRole('combobox', { name: /Decision/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the decision log with the same columns as the Excel file', async () => {
    render(<Prioritization service={serviceOf()} decisions={decisionsOf(jest.fn())} locale="en-us" />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Decision log' }));
    const log = await screen.findByTestId('prio-log');
    const headers = within(log).getAllByRole('columnheader').map(h => h.textContent);
    expect(headers).toEqual(decisionLogTable([rejected])[0]);
    expect(headers).toEqual(expect.arrayContaining(['Request number', 'Project ID', 'Scoring round', 'Scenario']));
    expect(within(log).getAllByRole('row')[1].textContent).toContain('Archive');
  });
});

describe('Prioritization: the scenario in the page address', () => {
  const scenario: IPortfolioScenario = {
    id: 7, title: 'Plan A', status: 'Draft',
    content: { format: 1, parameters: { budgets: [{ year: 2027, amount: 450 }], forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: false },
      selection: ['request:2'], titles: {}, figures: { objective: 50, costByYear: [], daysByRole: [] }, rounds: [4] }
  };
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reopens the scenario the address names, with its own budgets', async () => {
    window.history.replaceState(null, '', '/?user=anna&scenario=7');
    const service = serviceOf();
    (service.getScenario as jest.Mock).mockImplementation(() => Promise.resolve(scenario));
    render(<Prioritization service={service} decisions={decisions} locale="en-us" />);
    await screen.findByRole('heading', { name: 'Scenario "Plan A"' });
    expect(service.getScenario).toHaveBeenCalledWith(7);
    expect(screen.getByTestId('prio-selected').textContent).toBe('Archive');
    expect((screen.getByRole('textbox', { name: 'Budget 2027' }) as HTMLInputElement).value).toBe('450');
    // Portal (500) is left out because it does not fit the scenario's 450, beside Archive (400).
    expect(screen.getByTestId('prio-excluded').textContent).toContain('Portal');
  });

  it('puts a scenario opened under Scenarios into the address, keeping the other parameters', async () => {
    window.history.replaceState(null, '', '/?user=anna');
    const service = serviceOf();
    (service.listScenarios as jest.Mock).mockImplementation(() => Promise.resolve([{ id: 7, title: 'Plan A', status: 'Draft' }]));
    (service.getScenario as jest.Mock).mockImplementation(() => Promise.resolve(scenario));
    render(<Prioritization service={service} decisions={decisions} locale="en-us" />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Scenarios' }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Scenario' }), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByRole('heading', { name: 'Scenario "Plan A"' });
    expect(window.location.search).toBe('?user=anna&scenario=7');
  });

  it('says so when the address names a scenario that is not a number or does not exist, and does not crash', async () => {
    window.history.replaceState(null, '', '/?scenario=abc');
    render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" />);
    expect((await screen.findByTestId('prio-scenario-address')).textContent).toContain('names scenario "abc", which does not exist');
    screen.getByRole('table', { name: 'Candidates ranked by score' });
  });

  it('says so when the scenario is not found', async () => {
    window.history.replaceState(null, '', '/?scenario=99');
    const service = serviceOf();
    (service.getScenario as jest.Mock).mockImplementation(() => Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [404] Not Found ::> {}'), { status: 404 })));
    render(<Prioritization service={service} decisions={decisions} locale="en-us" />);
    expect((await screen.findByTestId('prio-scenario-address')).textContent).toContain('names scenario "99"');
  });
});

describe('Prioritization: what the second fresh-user trial found', () => {
  const v1 = { id: 11, title: 'Board model', version: 1 };
  const v2 = { id: 12, title: 'Board model', version: 2 };
  const k = (n: number): Array<{ year: number; capex: number; opex: number }> => [{ year: 2027, capex: 0, opex: n * 1000 }];
  // Model v2 is the default; project 8 was scored with v1 and is not comparable: not scored here.
  const trial: IPrioritizationData = {
    ...data,
    candidates: [
      { ...data.candidates[0], costPlan: k(500), model: v2 },
      { id: 'project:8', kind: 'project', itemId: 8, title: 'Payroll', score: 95, model: v1, costPlan: k(100), demand: [], objectiveIds: [] },
      { id: 'project:7', kind: 'project', itemId: 7, title: 'Intranet', costPlan: k(50), demand: [], objectiveIds: [] },
      { ...data.candidates[1], id: 'request:3', itemId: 3, title: 'Archive', score: 20, costPlan: k(200), model: v2 },
      { ...data.candidates[1], id: 'request:4', itemId: 4, title: 'Records', score: 80, costPlan: k(900), model: v1 }
    ],
    models: [v2, v1], defaultModelId: v2.id, budgetsSaved: false, budgets: []
  };

  it('ranks the chosen model\'s candidates 1…n first, then those not scored with it, without a rank', async () => {
    render(<Prioritization service={serviceOf(trial)} decisions={decisions} locale="en-us" />);
    const table = await screen.findByRole('table', { name: 'Candidates ranked by score' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.getAttribute('data-testid'))).toEqual(['prio-candidate-request:1', 'prio-candidate-request:3', 'prio-candidate-project:8', 'prio-candidate-project:7']);
    expect(rows.map(r => r.querySelector('td')?.textContent)).toEqual(['1', '2', '', '']);
  });

  it('proposes budgets of the committed work plus 60 % of the chosen model\'s ranked candidates, so the first run fits', async () => {
    const opt = optimizerOf(p => ({ status: 'optimal', selected: p.candidates.filter(c => c.forceIn).map(c => c.id), objective: 0, bound: 0, gap: 0, ms: 1 }));
    render(<Prioritization service={serviceOf(trial)} decisions={decisions} locale="en-us" loadOptimizer={opt.load} />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    // Payroll and Intranet start forced in (150,000), plus 60 % of Portal and Archive (420,000 of 700,000)
    // but at least the dearest of them (Portal, 500,000, fits on its own); Records (v1) does not count.
    expect((screen.getByRole('textbox', { name: 'Budget 2027' }) as HTMLInputElement).value).toBe('650,000');
    fireEvent.change(screen.getByRole('combobox', { name: 'Rank the candidates scored with' }), { target: { value: '11' } });
    // Under v1: Payroll and Records are ranked (60 % is 600,000, Records alone 900,000), Intranet still
    // forced in (50,000); Portal and Archive (v2) are out.
    expect((screen.getByRole('textbox', { name: 'Budget 2027' }) as HTMLInputElement).value).toBe('950,000');
  });

  it('lets the PMO choose which roles\' capacity applies (all by default)', async () => {
    const opt = optimizerOf(() => ({ status: 'optimal', selected: [], objective: 0, bound: 0, gap: 0, ms: 1 }));
    await openOptimize(opt.load);
    const roles = screen.getByRole('group', { name: 'Role capacity applied' });
    const architect = within(roles).getByRole('checkbox', { name: 'Architect' }) as HTMLInputElement;
    expect(architect.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    await screen.findByTestId('prio-result');
    expect(opt.problems[0].capacities).toEqual([600, 8]);
    fireEvent.click(architect);
    expect(architect.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Run optimizer' }));
    await waitFor(() => expect(opt.problems).toHaveLength(2));
    expect(opt.problems[1].capacities).toEqual([600]);
  });

  it('reopens a scenario with the roles whose capacity it did not apply', async () => {
    window.history.replaceState(null, '', '/?scenario=9');
    const service = serviceOf();
    (service.getScenario as jest.Mock).mockImplementation(() => Promise.resolve({
      id: 9, title: 'No architects', status: 'Draft',
      content: { format: 1, parameters: { budgets: [{ year: 2027, amount: 950 }], forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: false, rolesOff: [9] },
        selection: ['request:1', 'request:2'], titles: {}, figures: { objective: 110, costByYear: [], daysByRole: [] }, rounds: [4] }
    }));
    render(<Prioritization service={service} decisions={decisions} locale="en-us" />);
    await screen.findByRole('heading', { name: 'Scenario "No architects"' });
    expect((within(screen.getByRole('group', { name: 'Role capacity applied' })).getByRole('checkbox', { name: 'Architect' }) as HTMLInputElement).checked).toBe(false);
    window.history.replaceState(null, '', '/');
  });

  it('names each force select for a screen reader only: the column header says it on screen', async () => {
    render(<Prioritization service={serviceOf()} decisions={decisions} locale="en-us" />);
    const table = await screen.findByRole('table', { name: 'Candidates ranked by score' });
    expect(within(table).getByRole('columnheader', { name: 'Force in or out' })).toBeTruthy();
    const select = within(table).getByRole('combobox', { name: 'Force in or out: Portal' });
    // The label is hidden visually, as every screen-reader-only text is (the browser test measures it).
    expect(table.querySelector(`label[for="${select.id}"]`)?.className).toBe('srOnly');
  });

  it('shows the decision log\'s round and scenario by their names', async () => {
    const named: IDecisionRecord = {
      id: 32, title: 'Approve request: Portal', requestTitle: 'Portal', date: '2026-11-28', body: 'StrategyBoard', outcome: 'Approved', requestNumber: 1,
      roundNumber: 4, roundTitle: 'Board 2026', scenarioNumber: 7, scenarioTitle: 'Plan A', decidedBy: []
    };
    render(<Prioritization service={serviceOf()} decisions={{ recordDecision: jest.fn(), listDecisions: jest.fn(() => Promise.resolve([named])) }} locale="en-us" />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Decision log' }));
    const log = await screen.findByTestId('prio-log');
    const headers = within(log).getAllByRole('columnheader').map(h => h.textContent);
    const cells = Array.from(within(log).getAllByRole('row')[1].children).map(c => c.textContent);
    expect(cells[headers.indexOf('Scoring round')]).toBe('Board 2026');
    expect(cells[headers.indexOf('Scenario')]).toBe('Plan A');
    expect(decisionLogTable([named])[1][headers.indexOf('Scenario')]).toBe('Plan A');
  });
});
