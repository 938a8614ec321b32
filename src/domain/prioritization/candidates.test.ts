import {
  buildPrioritizationProblem, budgetsFrom, candidatesForModel, costPlanFrom, defaultBudgetsOf, defaultForce, fiscalYearOf, parametersOfProblem, rankCandidates, scoringModelsOf,
  type IPrioritizationCandidate, type IScoringModelRef
} from './index';

const v1: IScoringModelRef = { id: 11, title: 'Board model', version: 1 };
const v2: IScoringModelRef = { id: 12, title: 'Board model', version: 2 };
const wsjf: IScoringModelRef = { id: 20, title: 'WSJF', version: 1 };
const candidate = (id: string, kind: 'request' | 'project', score: number | undefined, model?: IScoringModelRef): IPrioritizationCandidate =>
  ({ id, kind, title: id, ...(score !== undefined ? { score } : {}), ...(model ? { model } : {}), costPlan: [], demand: [], objectiveIds: [] });

describe('fiscal years', () => {
  it('counts the current and later years only, of cost plans and budgets', () => {
    expect(fiscalYearOf('2026-11-30')).toBe(2026);
    expect(costPlanFrom([{ year: 2024, capex: 5, opex: 1 }, { year: 2026, capex: 2, opex: 0 }, { year: 2028, capex: 0, opex: 3 }], 2026))
      .toEqual([{ year: 2026, capex: 2, opex: 0 }, { year: 2028, capex: 0, opex: 3 }]);
    expect(budgetsFrom([{ year: 2025, amount: 9 }, { year: 2026, amount: 7 }], 2026)).toEqual([{ year: 2026, amount: 7 }]);
  });
});

describe('scores of different model versions', () => {
  const all = [
    candidate('request:1', 'request', 70, v2), candidate('request:2', 'request', 90, v1), candidate('request:3', 'request', 40, wsjf),
    candidate('project:4', 'project', 55, v1), candidate('project:5', 'project', 30, v2), candidate('project:6', 'project', undefined)
  ];

  it('lists each version once, in the order met', () => {
    expect(scoringModelsOf(all)).toEqual([v2, v1, wsjf]);
  });

  it('ranks one version\'s requests; a project scored with another version stays, counted as not scored', () => {
    const ranked = candidatesForModel(all, v2.id);
    // Ranked first (1…n among the ranked only), then those not scored with this version, without a rank.
    expect(ranked.map(c => c.id)).toEqual(['request:1', 'project:5', 'project:4', 'project:6']);
    expect(ranked.map(c => c.score)).toEqual([70, 30, undefined, undefined]);
    expect(ranked.filter(c => c.id === 'project:4')[0]).toMatchObject({ score: undefined, model: undefined, otherModel: v1 });
    expect(ranked.filter(c => c.id === 'project:5')[0]).toMatchObject({ score: 30, model: v2 });
    expect(candidatesForModel(all, undefined)).toHaveLength(all.length);
  });
});

describe('the default budgets', () => {
  const plan = (year: number, capex: number, opex: number): { year: number; capex: number; opex: number } => ({ year, capex, opex });
  const all = [
    { ...candidate('request:1', 'request', 70, v2), costPlan: [plan(2027, 100_000, 0), plan(2028, 50_000, 0)] },
    { ...candidate('request:2', 'request', 90, v1), costPlan: [plan(2027, 900_000, 0)] },
    { ...candidate('project:4', 'project', 55, v1), costPlan: [plan(2027, 0, 200_000)] },
    { ...candidate('project:5', 'project', 30, v2), costPlan: [plan(2027, 0, 40_000)] },
    { ...candidate('project:6', 'project', undefined), costPlan: [plan(2027, 0, 300_500), plan(2028, 0, -5)] }
  ];

  it('are the committed cost of the projects that start forced in plus 60 % of the chosen model\'s ranked candidates\' cost, at least the dearest of them', () => {
    // Model v2: forced in (not scored with v2) project 4 (200,000) and project 6 (300,500); of request 1
    // (100,000; 2028: 50,000) and project 5 (40,000): 60 % is 84,000 in 2027 and 30,000 in 2028, less than
    // request 1 alone, so request 1's cost is the optional part.
    const budgets = defaultBudgetsOf(candidatesForModel(all, v2.id));
    expect(budgets).toEqual([{ year: 2027, amount: Math.ceil((500_500 + 100_000) / 1000) * 1000 }, { year: 2028, amount: 50_000 }]);
    // Never below the forced-in cost: the first run is not infeasible by construction.
    expect(budgets[0].amount).toBeGreaterThanOrEqual(500_500);
  });

  it('leave out the requests of another model (their cost is not in the 60 %)', () => {
    // v1: request 2 (900,000) and project 4 (200,000) ranked: 60 % is 660,000, less than request 2 alone.
    expect(defaultBudgetsOf(candidatesForModel(all, v1.id))).toEqual([{ year: 2027, amount: Math.ceil((900_000 + 40_000 + 300_500) / 1000) * 1000 }, { year: 2028, amount: 0 }]);
    // Many candidates of similar cost: the 60 % share is the larger part.
    const many = Array.from({ length: 10 }, (_, i) => ({ ...candidate(`request:${i}`, 'request', 50 + i, v1), costPlan: [plan(2027, 100_000, 0)] }));
    expect(defaultBudgetsOf(many)).toEqual([{ year: 2027, amount: 600_000 }]);
  });

  it('let every ranked candidate fit on its own (the trial: one candidate; three each dearest in one year)', () => {
    const one = [{ ...candidate('request:13', 'request', 77, v1), costPlan: [plan(2026, 416_000, 0), plan(2027, 100_000, 0)] }];
    const three = [
      { ...candidate('request:1', 'request', 80, v1), costPlan: [plan(2026, 900_000, 0), plan(2027, 100_000, 0), plan(2028, 1_000, 0)] },
      { ...candidate('request:2', 'request', 70, v1), costPlan: [plan(2026, 300_000, 0), plan(2027, 500_000, 0), plan(2028, 1_000, 0)] },
      { ...candidate('request:3', 'request', 60, v1), costPlan: [plan(2026, 200_000, 0), plan(2027, 100_000, 0), plan(2028, 5_000, 0)] }
    ];
    for (const set of [one, three]) {
      const budgets = new Map(defaultBudgetsOf(set).map(b => [b.year, b.amount]));
      for (const c of set) for (const y of c.costPlan) expect({ id: c.id, year: y.year, fits: y.capex + y.opex <= (budgets.get(y.year) ?? 0) }).toEqual({ id: c.id, year: y.year, fits: true });
    }
  });
});

describe('candidates without a score', () => {
  it('come after the scored ones, never ranked as 0, and start forced in', () => {
    const ranked = rankCandidates([candidate('project:1', 'project', undefined), candidate('request:2', 'request', 0), candidate('request:3', 'request', 50)]);
    expect(ranked.map(c => c.id)).toEqual(['request:3', 'request:2', 'project:1']);
    expect(defaultForce(ranked[2])).toBe('in');
    expect(defaultForce(ranked[1])).toBe('auto');
  });

  it('count 0 in the objective', () => {
    const built = buildPrioritizationProblem({ candidates: [candidate('project:1', 'project', undefined)], budgets: [], roles: [], months: [] });
    expect(built.problem.candidates[0].value).toBe(0);
  });
});

describe('parametersOfProblem', () => {
  it('reads back the parameters a problem was built from (budgets as solved, force, links, minimums)', () => {
    const built = buildPrioritizationProblem({
      candidates: [
        { ...candidate('request:1', 'request', 80), costPlan: [{ year: 2027, capex: 10, opex: 0 }], objectiveIds: [3], forceIn: true },
        { ...candidate('request:2', 'request', 60), costPlan: [{ year: 2027, capex: 5, opex: 0 }], forceOut: true },
        candidate('request:3', 'request', 50)
      ],
      budgets: [{ year: 2027, amount: 100 }, { year: 2028, amount: 50 }], roles: [], months: [],
      dependencies: [{ dependent: 'request:3', prerequisite: 'request:1' }], exclusions: [['request:2', 'request:3']], objectiveMinimums: [{ objectiveId: 3, minimum: 1 }]
    });
    // The problem at 150 %, as a frontier point solves it.
    const at150 = { ...built, problem: { ...built.problem, capacities: built.problem.capacities.map(c => c * 1.5) } };
    expect(parametersOfProblem(at150, { includeProjects: true, modelId: 12 })).toEqual({
      budgets: [{ year: 2027, amount: 150 }, { year: 2028, amount: 75 }], forceIn: ['request:1'], forceOut: ['request:2'],
      dependencies: [{ dependent: 'request:3', prerequisite: 'request:1' }], exclusions: [['request:2', 'request:3']], includeProjects: true,
      objectiveMinimums: [{ objectiveId: 3, minimum: 1 }], modelId: 12
    });
  });
});
