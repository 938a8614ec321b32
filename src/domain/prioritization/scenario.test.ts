import { compareScenarios, readScenarioContent, selectionFigures, type IScenarioContent } from './index';

const candidates = [
  { id: 'request:1', score: 70, costPlan: [{ year: 2027, capex: 100, opex: 20 }, { year: 2028, capex: 0, opex: 20 }], demand: [{ role: 7, month: '2027-03', days: 5 }, { role: 7, month: '2027-04', days: 2.5 }] },
  { id: 'request:2', score: 40, costPlan: [{ year: 2027, capex: 50, opex: 0 }], demand: [{ role: 8, month: '2027-03', days: 4 }] },
  { id: 'project:3', score: 10, costPlan: [{ year: 2029, capex: 0, opex: 30 }], demand: [] }
];
const roles = [{ role: 7, title: 'Architect' }, { role: 8, title: 'Analyst' }];

function scenario(selection: string[]): IScenarioContent {
  return {
    format: 1, parameters: { budgets: [{ year: 2027, amount: 200 }], forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: true },
    selection, titles: {}, figures: selectionFigures(candidates, selection, [2027, 2028], roles), rounds: [4]
  };
}

describe('scenario figures and comparison', () => {
  it('sums score, cost per year (budget years and any other year) and days per role of a selection', () => {
    expect(selectionFigures(candidates, ['request:1', 'project:3', 'unknown'], [2027, 2028], roles)).toEqual({
      objective: 80,
      costByYear: [{ year: 2027, amount: 120 }, { year: 2028, amount: 20 }, { year: 2029, amount: 30 }],
      daysByRole: [{ role: 7, title: 'Architect', days: 7.5 }]
    });
  });

  it('compares two scenarios: in/out differences and totals per year and role', () => {
    const c = compareScenarios(scenario(['request:1', 'request:2']), scenario(['request:2', 'project:3']));
    expect(c.both).toEqual(['request:2']);
    expect(c.onlyA).toEqual(['request:1']);
    expect(c.onlyB).toEqual(['project:3']);
    expect(c.objective).toEqual({ a: 110, b: 50 });
    expect(c.costByYear).toEqual([{ year: 2027, a: 170, b: 50 }, { year: 2028, a: 20, b: 0 }, { year: 2029, a: 0, b: 30 }]);
    expect(c.daysByRole).toEqual([{ role: 7, title: 'Architect', a: 7.5, b: 0 }, { role: 8, title: 'Analyst', a: 4, b: 4 }]);
  });

  it('reads its own format back, the older seeded format, and nothing from broken text', () => {
    const s = scenario(['request:1']);
    expect(readScenarioContent(JSON.stringify(s))).toEqual(s);
    const withMinimum = { ...s, parameters: { ...s.parameters, objectiveMinimums: [{ objectiveId: 2, minimum: 1 }] } };
    expect(readScenarioContent(JSON.stringify(withMinimum))).toEqual(withMinimum);
    const withRolesOff = { ...s, parameters: { ...s.parameters, rolesOff: [7] } };
    expect(readScenarioContent(JSON.stringify(withRolesOff))).toEqual(withRolesOff);
    const old = readScenarioContent(JSON.stringify({ budgetCap: 900000, requests: [3, 5], projects: [12] }), 2027);
    expect(old.selection).toEqual(['request:3', 'request:5', 'project:12']);
    expect(old.parameters.budgets).toEqual([{ year: 2027, amount: 900000 }]);
    expect(old.parameters.includeProjects).toBe(true);
    expect(readScenarioContent('{broken').selection).toEqual([]);
    expect(readScenarioContent(JSON.stringify({ format: 1, selection: ['a', 3], parameters: { budgets: [{ year: 'x', amount: 1 }], exclusions: [['a']] } }))).toMatchObject({ selection: ['a'], parameters: { budgets: [], exclusions: [] } });
  });
});
