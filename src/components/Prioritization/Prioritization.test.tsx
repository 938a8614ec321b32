import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Prioritization } from './Prioritization';
import { PrioritizationRefusedError, type IPrioritizationData, type IPrioritizationService } from '../../services/PrioritizationService';
import type { IDecisionService } from '../../services/DecisionService';
import type { IPortfolioProblem, IPortfolioSolution } from '../../domain/prioritization';
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
  budgets: [{ year: 2027, amount: 600 }], budgetsSaved: false,
  rounds: [{ id: 4, title: 'Board 2026' }], isPmo: true
};

function serviceOf(): IPrioritizationService {
  return {
    load: jest.fn(() => Promise.resolve(data)),
    saveBudgets: jest.fn(() => Promise.resolve()),
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
    keepImproving: async (_p: IPortfolioProblem, o: IImproveOptions = {}) => {
      o.onProgress?.({ round: 1, roundLimitMs: 2000, elapsedMs: 2000, objective: 60, bound: 65, gap: 5 / 60, selected: ['request:1'] });
      while (!o.signal?.aborted) await new Promise(r => setTimeout(r, 5));
      return { status: 'feasible', selected: ['request:1'], objective: 60, bound: 65, gap: 5 / 60, ms: 2000 };
    }
  };
  // The screen calls only these two functions of the optimizer module.
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
    (service.saveBudgets as jest.Mock).mockImplementationOnce(() => Promise.resolve()).mockImplementationOnce(() => Promise.reject(new PrioritizationRefusedError('notPmo')));
    render(<Prioritization service={service} decisions={decisions} locale="de-de" />);
    await screen.findByRole('table', { name: 'Candidates ranked by score' });
    fireEvent.click(screen.getByRole('tab', { name: 'Optimize' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Budget 2027' }), { target: { value: '1.250.000,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save budgets' }));
    await screen.findByText('Budgets saved.');
    expect(service.saveBudgets).toHaveBeenCalledWith([{ year: 2027, amount: 1250000.5 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Save budgets' }));
    await screen.findByText('Only the PMO can do this.');
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
