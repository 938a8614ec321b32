import { analyseSelection, buildPrioritizationProblem, efficientFrontier, explainInfeasible, findConflicts, frontierLevels, greedySelection, indexProblem, isFeasibleSelection, isOverbooked, normalisedCost, parametersOfProblem, type IPortfolioProblem, type IPrioritizationInput } from './index';
import { bruteForce, bruteForceSolver, randomProblem } from './test-utils/instances';

describe('explainInfeasible', () => {
  it('names a candidate forced both in and out', () => {
    const p: IPortfolioProblem = { candidates: [{ id: 'A', value: 1, costs: [1], forceIn: true, forceOut: true }], capacities: [5] };
    expect(explainInfeasible(p).reasons).toEqual([{ kind: 'forcedInAndOut', candidate: 'A' }]);
  });

  it('counts the prerequisites a forced-in candidate brings in against the capacity', () => {
    const p: IPortfolioProblem = {
      candidates: [{ id: 'A', value: 1, costs: [40], forceIn: true }, { id: 'B', value: 1, costs: [30] }, { id: 'C', value: 1, costs: [1] }],
      capacities: [60],
      requires: [['A', 'B']]
    };
    expect(explainInfeasible(p).reasons).toEqual([{ kind: 'forcedOverCapacity', resource: 0, use: 70, capacity: 60, forced: ['A'], implied: ['B'] }]);
  });

  it('names two must-have candidates that exclude each other, one of them needed through a dependency cycle', () => {
    const p: IPortfolioProblem = {
      candidates: [{ id: 'A', value: 1, costs: [1], forceIn: true }, { id: 'B', value: 1, costs: [1] }, { id: 'C', value: 1, costs: [1] }],
      capacities: [10],
      requires: [['A', 'B'], ['B', 'A'], ['B', 'C']],
      excludes: [['C', 'A']]
    };
    expect(explainInfeasible(p).reasons).toEqual([{ kind: 'forcedExcluded', a: 'C', b: 'A', exclusion: 0 }]);
  });

  it('names a minimum that even every eligible candidate cannot reach (a cycle whose members exclude each other is not eligible)', () => {
    const p: IPortfolioProblem = {
      candidates: [
        { id: 'A', value: 1, costs: [1], contributions: [1] },
        { id: 'B', value: 1, costs: [1], contributions: [1] },
        { id: 'C', value: 1, costs: [1], contributions: [1], forceOut: true }
      ],
      capacities: [10],
      requires: [['A', 'B'], ['B', 'A']],
      excludes: [['A', 'B']],
      minimums: [1]
    };
    expect(explainInfeasible(p).reasons).toEqual([{ kind: 'minimumUnreachable', minimum: 0, required: 1, reachable: 0 }]);
  });

  it('finds no conflict in a feasible problem without minimums (random instances: brute force agrees)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const p = randomProblem(seed, { n: 10, resources: 2, requires: 3, excludes: 2, forceIn: 2, forceOut: 2, tightness: 0.3 });
      expect(findConflicts(p).length === 0).toBe(bruteForce(p) !== undefined);
    }
  });
});

describe('greedySelection', () => {
  it('normalises each cost by its capacity and sums the shares', () => {
    expect(normalisedCost([50, 10], [100, 40])).toBeCloseTo(0.75, 12);
    expect(normalisedCost([1], [0])).toBe(Infinity);
    expect(normalisedCost([0], [0])).toBe(0);
  });

  it('takes candidates by value per normalised cost, with their prerequisites, within the capacities', () => {
    const p: IPortfolioProblem = {
      candidates: [
        { id: 'big', value: 60, costs: [60] },   // ratio 100
        { id: 'small', value: 30, costs: [20] }, // ratio 150
        { id: 'mid', value: 40, costs: [30] },   // ratio 133
        { id: 'base', value: 1, costs: [10] },   // needed by 'needy'
        { id: 'needy', value: 50, costs: [5] }   // ratio 1000, brings 'base' in
      ],
      capacities: [100],
      requires: [['needy', 'base']]
    };
    const g = greedySelection(p);
    expect(g.selected).toEqual(['small', 'mid', 'base', 'needy']);
    expect(g.objective).toBe(121);
    expect(g.feasible).toBe(true);
    // The optimum takes 'big' instead of 'mid': greedy by ratio misses it (what the optimizer is for).
    expect(bruteForce(p)).toEqual({ objective: 141, selected: ['big', 'small', 'base', 'needy'] });
  });

  it('is always feasible on feasible random instances and never above the optimum', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p = randomProblem(seed, { n: 12, resources: 3, requires: 3, excludes: 2, forceOut: 1 });
      const g = greedySelection(p);
      expect(g.feasible).toBe(true);
      expect(isFeasibleSelection(indexProblem(p), g.chosen)).toBe(true);
      expect(g.objective).toBeLessThanOrEqual(bruteForce(p)?.objective ?? -1);
    }
  });
});

describe('analyseSelection', () => {
  const problem: IPortfolioProblem = {
    candidates: [
      { id: 'A', value: 50, costs: [50, 2] },
      { id: 'B', value: 40, costs: [40, 2] },
      { id: 'C', value: 20, costs: [30, 1] },  // needs 50 − 10 = 20 freed: cheapest is B's 20/40 → 20 ≥ 20: lower value
      { id: 'D', value: 45, costs: [30, 1] },  // 45 > 20 lost: an exchange could gain; just "does not fit"
      { id: 'E', value: 5, costs: [200, 1] },  // larger than the budget
      { id: 'F', value: 30, costs: [1, 1], forceOut: true },
      { id: 'G', value: 30, costs: [1, 1] },   // needs F
      { id: 'H', value: 30, costs: [1, 1] },   // excluded by A
      { id: 'I', value: 0, costs: [1, 0] }     // fits, worth nothing
    ],
    capacities: [100, 10],
    requires: [['G', 'F']],
    excludes: [['A', 'H']]
  };

  it('gives each left-out candidate its reason, and says which rows bind', () => {
    const a = analyseSelection(problem, ['A', 'B']);
    expect(Object.fromEntries(a.excluded.map(x => [x.id, x.reason]))).toEqual({
      C: { kind: 'lowerValue', resource: 0, shortfall: 20, valueToGiveUp: 20, value: 20 },
      D: { kind: 'capacity', resources: [{ resource: 0, need: 30, slack: 10 }] },
      E: { kind: 'tooLarge', resource: 0, need: 200, capacity: 100 },
      F: { kind: 'forcedOut' },
      G: { kind: 'needs', prerequisite: 'F', prerequisiteForcedOut: true, requires: 0 },
      H: { kind: 'excludedBy', by: 'A', exclusion: 0 },
      I: { kind: 'noValue' }
    });
    const budget = a.rows.find(r => r.ref.kind === 'capacity' && r.ref.index === 0);
    expect(budget).toMatchObject({ use: 90, limit: 100, slack: 10, binding: false, keepsOut: 3 });
    expect(a.binding).toEqual([{ kind: 'excludes', index: 0, a: 'A', b: 'H' }]);
    expect(analyseSelection(problem, ['A', 'B'], { bindingTolerance: 0.1 }).binding[0]).toEqual({ kind: 'capacity', index: 0 });
  });

  it('says "fits" for a candidate a cut-short selection left out, and refuses unknown ids', () => {
    expect(analyseSelection(problem, ['A']).excluded.find(x => x.id === 'B')?.reason).toEqual({ kind: 'fits' });
    expect(() => analyseSelection(problem, ['Z'])).toThrow(/unknown candidate/);
  });

  it('on an optimal selection, no candidate "fits" (random instances)', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const p = randomProblem(seed, { n: 12, resources: 2, requires: 2, excludes: 2 });
      const best = bruteForce(p);
      const a = analyseSelection(p, best?.selected ?? []);
      expect(a.excluded.filter(x => x.reason.kind === 'fits')).toEqual([]);
    }
  });
});

describe('buildPrioritizationProblem', () => {
  const input: IPrioritizationInput = {
    candidates: [
      { id: 'request:1', kind: 'request', title: 'CRM', score: 80, costPlan: [{ year: 2027, capex: 100, opex: 20 }, { year: 2028, capex: 0, opex: 50 }], demand: [{ role: 7, month: '2027-01', days: 10 }, { role: 7, month: '2027-02', days: 5 }], objectiveIds: [3] },
      { id: 'request:2', kind: 'request', title: 'ERP', score: 60, costPlan: [{ year: 2027, capex: 50, opex: 0 }, { year: 2030, capex: 999, opex: 0 }], demand: [{ role: 7, month: '2027-01', days: 4 }, { role: 8, month: '2027-06', days: 3 }], objectiveIds: [], forceIn: true },
      { id: 'project:9', kind: 'project', title: 'Intranet', score: 30, costPlan: [{ year: 2027, capex: 10, opex: 10 }], demand: [{ role: 7, month: '2027-02', days: 6 }], objectiveIds: [3, 4] }
    ],
    budgets: [{ year: 2027, amount: 150 }, { year: 2028, amount: 40 }],
    roles: [
      { role: 7, title: 'Developer', monthlyDays: 20, byMonth: [{ month: '2027-02', days: 12 }] },
      { role: 8, title: 'Analyst', monthlyDays: 10 }
    ],
    months: ['2027-01', '2027-02', '2027-03'],
    committed: [
      { role: 7, month: '2027-01', days: 8 },
      { role: 7, month: '2027-02', days: 6, candidateId: 'project:9' },
      { role: 7, month: '2027-12', days: 99 }
    ],
    dependencies: [{ dependent: 'project:9', prerequisite: 'request:1' }],
    exclusions: [['request:1', 'request:2']],
    objectiveMinimums: [{ objectiveId: 3, minimum: 1 }]
  };

  it('builds budget rows per year and capacity rows per used role-month (capacity less committed), with labels', () => {
    const built = buildPrioritizationProblem(input);
    expect(built.resources).toEqual([
      { kind: 'budget', year: 2027 },
      { kind: 'budget', year: 2028 },
      { kind: 'capacity', role: 7, roleTitle: 'Developer', month: '2027-01', capacity: 20, committed: 8 },
      { kind: 'capacity', role: 7, roleTitle: 'Developer', month: '2027-02', capacity: 12, committed: 0 }
    ]);
    expect(built.rolesOff).toEqual([]);
    // 20 − 8 committed; 12 (by month) − 0 (project 9's own assignment counts as its demand instead).
    expect(built.problem.capacities).toEqual([150, 40, 12, 12]);
    expect(built.problem.candidates).toEqual([
      { id: 'request:1', value: 80, costs: [120, 50, 10, 5], contributions: [1] },
      { id: 'request:2', value: 60, costs: [50, 0, 4, 0], forceIn: true, contributions: [0] },
      { id: 'project:9', value: 30, costs: [20, 0, 0, 6], contributions: [1] }
    ]);
    expect(built.problem.requires).toEqual([['project:9', 'request:1']]);
    expect(built.problem.excludes).toEqual([['request:1', 'request:2']]);
    expect(built.problem.minimums).toEqual([1]);
    expect(built.minimums).toEqual([{ kind: 'objectiveMinimum', objectiveId: 3 }]);
  });

  it('leaves an over-committed role-month no room (0), never a negative limit that even an empty selection breaks', () => {
    // Developer, January: 20 − 30 committed = −10 (as on the demo site, where the project managers are over-booked).
    const over = buildPrioritizationProblem({ ...input, committed: [{ role: 7, month: '2027-01', days: 30 }], objectiveMinimums: [], exclusions: [], dependencies: [], candidates: input.candidates.map(c => ({ ...c, forceIn: false })) });
    expect(over.problem.capacities[2]).toBe(0);
    // The label keeps what is true: 30 days committed of 20, so the screen can say "overbooked".
    expect(over.resources[2]).toMatchObject({ capacity: 20, committed: 30 });
    expect(isOverbooked(over.resources[2])).toBe(true);
    expect(isOverbooked(over.resources[3])).toBe(false);
    expect(explainInfeasible(over.problem).reasons).toEqual([]);
    // Only what needs no January developer fits: the Intranet (February only).
    expect(bruteForce(over.problem)?.selected).toEqual(['project:9']);
  });

  it('applies only the roles whose capacity the PMO keeps on (Project Online\'s choice of resource constraints)', () => {
    const base = { ...input, objectiveMinimums: [], exclusions: [], dependencies: [] };
    const off = buildPrioritizationProblem({ ...base, rolesOff: [7] });
    expect(off.resources).toEqual([{ kind: 'budget', year: 2027 }, { kind: 'budget', year: 2028 }]);
    expect(off.problem.capacities).toEqual([150, 40]);
    expect(off.problem.candidates[0].costs).toEqual([120, 50]);
    expect(off.rolesOff).toEqual([7]);
    // Saved with a scenario, and read back.
    expect(parametersOfProblem(off, { includeProjects: false }).rolesOff).toEqual([7]);
    expect(parametersOfProblem(buildPrioritizationProblem(base), { includeProjects: false }).rolesOff).toBeUndefined();
    // An overbooked role switched off no longer keeps anything out.
    const over = { ...base, committed: [{ role: 7, month: '2027-01', days: 30 }], candidates: input.candidates.map(c => ({ ...c, forceIn: false })) };
    expect(bruteForce(buildPrioritizationProblem(over).problem)?.selected).toEqual(['project:9']);
    expect(bruteForce(buildPrioritizationProblem({ ...over, rolesOff: [7] }).problem)?.selected).toEqual(['request:2', 'project:9']);
  });

  it('worked example: the forced-in ERP excludes the CRM, so the Intranet (needing the CRM) is out, and the minimum fails', () => {
    const built = buildPrioritizationProblem(input);
    expect(bruteForce(built.problem)).toBeUndefined();
    expect(explainInfeasible(built.problem).reasons).toEqual([{ kind: 'minimumUnreachable', minimum: 0, required: 1, reachable: 0 }]);
    const relaxed = buildPrioritizationProblem({ ...input, objectiveMinimums: [] });
    expect(bruteForce(relaxed.problem)).toEqual({ objective: 60, selected: ['request:2'] });
    expect(analyseSelection(relaxed.problem, ['request:2']).excluded.map(x => x.reason.kind)).toEqual(['excludedBy', 'needs']);
  });
});

describe('efficientFrontier', () => {
  it('defaults to 11 levels from 50 % to 150 %', () => {
    expect(frontierLevels()).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
  });

  it('solves each level with the budget rows scaled, other rows unchanged, and hands each point the previous selection', async () => {
    const p = randomProblem(41, { n: 12, resources: 3, requires: 2 });
    const seen: Array<{ capacities: number[]; starts?: string[][] }> = [];
    const points = await efficientFrontier(p, [0, 2], async (q, o) => { seen.push({ capacities: q.capacities, starts: o?.starts }); return bruteForceSolver(q, o); });
    expect(points).toHaveLength(11);
    expect(seen[0].capacities).toEqual([p.capacities[0] * 0.5, p.capacities[1], p.capacities[2] * 0.5]);
    expect(seen[0].starts).toBeUndefined();
    expect(seen[1].starts).toEqual([points[0].solution.selected]);
    expect(points[10].budgets).toEqual([p.capacities[0] * 1.5, p.capacities[2] * 1.5]);
    for (let i = 1; i < points.length; i++) expect(points[i].solution.objective).toBeGreaterThanOrEqual(points[i - 1].solution.objective);
  });
});

describe('a frontier point\'s analysis', () => {
  // A: value 10, cost 100; B: value 9, cost 60. Budget 100: only A fits. At 150 % (150): A fits, and
  // B does not fit beside it: 50 of the 150 are left, where the 100 % budget leaves none.
  const problem: IPortfolioProblem = { candidates: [{ id: 'A', value: 10, costs: [100] }, { id: 'B', value: 9, costs: [60] }], capacities: [100] };

  it('is made against the problem solved at that point (its budgets), which the point carries', async () => {
    const points = await efficientFrontier(problem, [0], bruteForceSolver, { levels: [1, 1.5] });
    expect(points.map(p => p.problem.capacities)).toEqual([[100], [150]]);
    const at150 = points[1];
    expect(at150.solution.selected).toEqual(['A']);
    const own = analyseSelection(at150.problem, at150.solution.selected);
    expect(own.excluded).toEqual([{ id: 'B', reason: { kind: 'capacity', resources: [{ resource: 0, need: 60, slack: 50 }] } }]);
    expect(own.rows[0]).toMatchObject({ use: 100, limit: 150 });
    // What the screen showed before: the 100 % problem, which leaves B no room at all.
    expect(analyseSelection(problem, at150.solution.selected).excluded[0].reason).not.toEqual(own.excluded[0].reason);
  });
});
