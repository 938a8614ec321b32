import { explainInfeasible, buildPrioritizationProblem, analyseSelection } from '../../domain/prioritization';
import { bindingText, constraintText, exclusionText, infeasibleText, nameList, type ILabelContext } from './labels';
import { decisionLogTable } from './DecisionLog';
import { toSheetCell } from '../Portfolio/exportExcel';

const input = {
  candidates: [
    { id: 'request:1', kind: 'request' as const, title: 'Portal', score: 60, costPlan: [{ year: 2027, capex: 500, opex: 0 }], demand: [{ role: 4, month: '2027-03', days: 10 }], objectiveIds: [] },
    { id: 'request:2', kind: 'request' as const, title: 'Archive', score: 50, costPlan: [{ year: 2027, capex: 400, opex: 0 }], demand: [], objectiveIds: [], forceIn: true },
    { id: 'request:3', kind: 'request' as const, title: 'App', score: 40, costPlan: [{ year: 2027, capex: 100, opex: 0 }], demand: [], objectiveIds: [], forceOut: true }
  ],
  budgets: [{ year: 2027, amount: 600 }],
  roles: [{ role: 4, title: 'Architect', monthlyDays: 8 }],
  months: ['2027-03']
};

function ctxOf(p: ReturnType<typeof buildPrioritizationProblem>): ILabelContext {
  const titles: Record<string, string> = { 'request:1': 'Portal', 'request:2': 'Archive', 'request:3': 'App' };
  return { locale: 'en-us', resources: p.resources, minimums: p.minimums, titleOf: id => titles[id] ?? id, objectiveTitle: String };
}

describe('Prioritization labels', () => {
  it('names rows as "Budget 2027" and "Architect, March 2027 capacity"', () => {
    const p = buildPrioritizationProblem(input);
    const ctx = ctxOf(p);
    expect(constraintText({ kind: 'capacity', index: 0 }, ctx)).toBe('Budget 2027');
    expect(constraintText({ kind: 'capacity', index: 1 }, ctx)).toBe('Architect, March 2027 capacity');
  });

  it('says why each candidate is out', () => {
    const p = buildPrioritizationProblem(input);
    const ctx = ctxOf(p);
    const analysis = analyseSelection(p.problem, ['request:2']);
    const why = Object.fromEntries(analysis.excluded.map(x => [x.id, exclusionText(x.reason, ctx)]));
    expect(why['request:3']).toBe('forced out.');
    expect(why['request:1']).toBe('needs more of Architect, March 2027 capacity than there is: 10 days against 8 days.');
  });

  it('names the conflicting constraints of an infeasible set-up', () => {
    const p = buildPrioritizationProblem({ ...input, candidates: input.candidates.map(c => ({ ...c, forceIn: c.id !== 'request:3' })) });
    const texts = explainInfeasible(p.problem).reasons.map(r => infeasibleText(r, ctxOf(p)));
    expect(texts).toContain('The forced candidates (Portal, Archive) exceed Budget 2027: 900 against 600.');
    expect(texts).toContain('The forced candidates (Portal, Archive) exceed Architect, March 2027 capacity: 10 days against 8 days.');
  });

  it('says an overbooked role-month is overbooked, with its committed and available days, in the binding rows and the reasons', () => {
    // Architect, March 2027: 8 days of capacity, 12 committed by work that is not a candidate: no room.
    const p = buildPrioritizationProblem({ ...input, committed: [{ role: 4, month: '2027-03', days: 12 }] });
    const ctx = ctxOf(p);
    const analysis = analyseSelection(p.problem, ['request:2']);
    const row = analysis.rows.filter(r => r.ref.kind === 'capacity' && r.ref.index === 1)[0];
    expect(bindingText(row, ctx)).toBe('Architect, March 2027: overbooked — 12 days committed of 8 days available; no room for new work');
    const why = analysis.excluded.filter(x => x.id === 'request:1')[0];
    expect(exclusionText(why.reason, ctx)).toBe('needs 10 days of Architect, March 2027: overbooked — 12 days committed of 8 days available; no room for new work.');
    // Never "capacity (0 days / 0 days)".
    expect(bindingText(row, ctx)).not.toContain('0 days / 0 days');
    // A row with room keeps its use and limit.
    const free = ctxOf(buildPrioritizationProblem(input));
    expect(bindingText({ ...row, use: 8, limit: 8 }, free)).toBe('Architect, March 2027 capacity (8 days / 8 days)');
  });

  it('lists at most five names, then "and N more" (one rule for every such list)', () => {
    expect(nameList(['A', 'B', 'C', 'D', 'E'], 'en-us')).toBe('A, B, C, D, E');
    expect(nameList(['A', 'B', 'C', 'D', 'E', 'F'], 'en-us')).toBe('A, B, C, D, E and 1 more');
    expect(nameList(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], 'fr-fr')).toBe('A, B, C, D, E and 3 more');
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `request:${10 + i}`, kind: 'request' as const, title: `R${i}`, score: 10, costPlan: [{ year: 2027, capex: 100, opex: 0 }], demand: [], objectiveIds: [], forceIn: true }));
    const p = buildPrioritizationProblem({ ...input, candidates: many });
    const texts = explainInfeasible(p.problem).reasons.map(r => infeasibleText(r, { ...ctxOf(p), titleOf: id => `R${Number(id.split(':')[1]) - 10}` }));
    expect(texts).toEqual(['The forced candidates (R0, R1, R2, R3, R4 and 7 more) exceed Budget 2027: 1,200 against 600.']);
  });

  it('exports the decision log with user text as plain text cells', () => {
    const table = decisionLogTable([{ id: 1, title: '=HYPERLINK("x")', requestTitle: '=HYPERLINK("x")', date: '2026-11-30', body: 'StrategyBoard', outcome: 'Approved', rationale: '+1 fits', requestNumber: 12, decidedBy: [{ id: 3, name: 'Klaus Fischer' }] }]);
    expect(table[0][0]).toBe('Date');
    // The date a real date cell (a Date at UTC midnight, which the writer types as a date), user text text.
    expect(table[1][0]).toBeInstanceOf(Date);
    expect(table[1]).toEqual([new Date(Date.UTC(2026, 10, 30)), 'Strategy board', 'Approved', '=HYPERLINK("x")', '12', undefined, undefined, undefined, '+1 fits', 'Klaus Fischer']);
  });

  it('writes request, project, round and scenario numbers as they read ("40"), not in the amounts\' two-decimal format', () => {
    const [header, row] = decisionLogTable([{ id: 1, title: 'Go', requestTitle: 'Go', date: '2026-11-30', body: 'StrategyBoard', outcome: 'Approved', requestNumber: 40, projectId: 1234, roundNumber: 7, scenarioNumber: 9, decidedBy: [] }]);
    const cells = ['Request number', 'Project ID', 'Scoring round', 'Scenario'].map(h => toSheetCell(row[header.indexOf(h)], false));
    expect(cells).toEqual([{ value: '40', type: String }, { value: '1234', type: String }, { value: '7', type: String }, { value: '9', type: String }]);
    // An amount keeps its two decimals.
    expect(toSheetCell(40000, false)).toEqual({ value: 40000, type: Number, format: '#,##0.00' });
  });
});
