import { bruteForce, randomProblem, type IRandomShape } from '../domain/prioritization/test-utils/instances';
import { indexProblem, isFeasibleSelection, type IPortfolioProblem } from '../domain/prioritization';
import { keepImproving, PortfolioProblemError, solveFrontier, solvePortfolio, type IImproveProgress } from './index';
import { loadOptimizer } from './load';
import { buildModel } from './model';

const SHAPES: Array<[string, IRandomShape]> = [
  ['one resource, 12 candidates', { n: 12, resources: 1 }],
  ['three resources, 16 candidates, dependencies', { n: 16, resources: 3, requires: 4 }],
  ['two resources, 18 candidates, dependencies and exclusions', { n: 18, resources: 2, requires: 3, excludes: 3 }],
  ['four resources, 20 candidates, forced in and out', { n: 20, resources: 4, requires: 2, excludes: 2, forceIn: 2, forceOut: 3, tightness: 0.5 }],
  ['three resources, 20 candidates, everything', { n: 20, resources: 3, requires: 5, excludes: 4, forceIn: 1, forceOut: 2 }],
  ['two resources, 14 candidates, tight', { n: 14, resources: 2, requires: 2, excludes: 1, tightness: 0.2 }],
  ['two resources, 15 candidates, objective minimums', { n: 15, resources: 2, requires: 2, minimums: 2 }]
];

function chosenOf(problem: IPortfolioProblem, ids: string[]): boolean[] {
  const set = new Set(ids);
  return problem.candidates.map(c => set.has(c.id));
}

describe('solvePortfolio on small instances, against brute force', () => {
  for (const [name, shape] of SHAPES) {
    for (const seed of [1, 2, 3]) {
      it(`${name} (seed ${seed}): mipGap 0 proves the brute-force optimum`, async () => {
        const problem = randomProblem(seed * 7919 + shape.n, shape);
        const expected = bruteForce(problem);
        const result = await solvePortfolio(problem, { mipGap: 0, timeLimitMs: 10000 });
        if (!expected) {
          expect(result.status).toBe('infeasible');
          expect(result.diagnosis?.reasons.length).toBeGreaterThan(0);
          return;
        }
        expect(result.status).toBe('optimal');
        expect(result.objective).toBeCloseTo(expected.objective, 9);
        expect(result.bound).toBeCloseTo(expected.objective, 6);
        expect(result.gap).toBeLessThan(1e-6);
        expect(isFeasibleSelection(indexProblem(problem), chosenOf(problem, result.selected))).toBe(true);
        expect(result.ms).toBeGreaterThan(0);
      });
    }
  }

  it('with the default gap the selection is within 0.1 % of the optimum, and the bound is not below it', async () => {
    const problem = randomProblem(99, { n: 20, resources: 3, requires: 3, excludes: 2 });
    const expected = bruteForce(problem);
    const result = await solvePortfolio(problem);
    expect(expected).toBeDefined();
    expect(result.objective).toBeGreaterThanOrEqual((expected?.objective ?? 0) * 0.999 - 1e-9);
    expect(result.bound).toBeGreaterThanOrEqual((expected?.objective ?? 0) - 1e-6);
    expect(result.gap).toBeCloseTo((result.bound - result.objective) / result.objective, 12);
  });

  it('keeps user ids out of the model: columns are x0…xn and the rows hold numbers only', () => {
    const problem = randomProblem(5, { n: 6, resources: 2, requires: 1, excludes: 1 });
    const model = buildModel(indexProblem(problem), 1e30);
    expect(model.numCols).toBe(6);
    expect(model.numRows).toBe(2 + (problem.requires?.length ?? 0) + (problem.excludes?.length ?? 0));
    expect(JSON.stringify(Array.from(model.indices))).not.toContain('End');
  });

  it('selects ids in the order of the candidates, forced ones included, forced-out ones never', async () => {
    const problem: IPortfolioProblem = {
      candidates: [
        { id: 'b', value: 1, costs: [5], forceIn: true },
        { id: 'a', value: 50, costs: [5], forceOut: true },
        { id: 'c', value: 10, costs: [5] }
      ],
      capacities: [10]
    };
    const result = await solvePortfolio(problem, { mipGap: 0 });
    expect(result).toMatchObject({ status: 'optimal', selected: ['b', 'c'], objective: 11, bound: 11, gap: 0 });
  });
});

describe('solvePortfolio on infeasible problems', () => {
  it('forced-in items over a budget: infeasible, with the budget and the items named', async () => {
    const problem: IPortfolioProblem = {
      candidates: [
        { id: 'A', value: 10, costs: [60, 1], forceIn: true },
        { id: 'B', value: 10, costs: [50, 1], forceIn: true },
        { id: 'C', value: 10, costs: [10, 1] }
      ],
      capacities: [100, 10]
    };
    const result = await solvePortfolio(problem);
    expect(result.status).toBe('infeasible');
    expect(result.selected).toEqual([]);
    expect(result.diagnosis?.reasons).toEqual([{ kind: 'forcedOverCapacity', resource: 0, use: 110, capacity: 100, forced: ['A', 'B'], implied: [] }]);
  });

  it('a forced-in item that needs a forced-out one, through a chain', async () => {
    const problem: IPortfolioProblem = {
      candidates: [{ id: 'A', value: 1, costs: [1], forceIn: true }, { id: 'B', value: 1, costs: [1] }, { id: 'C', value: 1, costs: [1], forceOut: true }],
      capacities: [10],
      requires: [['A', 'B'], ['B', 'C']]
    };
    const result = await solvePortfolio(problem);
    expect(result.status).toBe('infeasible');
    expect(result.diagnosis?.reasons).toEqual([{ kind: 'forcedNeedsForcedOut', candidate: 'A', prerequisite: 'C', chain: ['A', 'B', 'C'] }]);
  });

  it('a minimum that only the combination with the capacities makes impossible: named by the solver\'s proof', async () => {
    const problem: IPortfolioProblem = {
      candidates: [
        { id: 'A', value: 1, costs: [6], contributions: [1, 0] },
        { id: 'B', value: 1, costs: [6], contributions: [0, 1] }
      ],
      capacities: [10],
      minimums: [1, 1]
    };
    const result = await solvePortfolio(problem);
    expect(result.status).toBe('infeasible');
    expect(result.diagnosis?.reasons).toEqual([{ kind: 'minimumsAndCapacities', minimums: [0, 1], resources: [0] }]);
  });

  it('rejects a malformed problem or options with PortfolioProblemError', async () => {
    await expect(solvePortfolio({ candidates: [{ id: 'a', value: 1, costs: [1, 2] }], capacities: [3] })).rejects.toThrow(PortfolioProblemError);
    await expect(solvePortfolio({ candidates: [{ id: 'a', value: 1, costs: [1] }, { id: 'a', value: 1, costs: [1] }], capacities: [3] })).rejects.toThrow(/appears twice/);
    await expect(solvePortfolio({ candidates: [{ id: 'a', value: 1, costs: [1] }], capacities: [3], requires: [['a', 'z']] })).rejects.toThrow(/unknown candidate \('z'\)/);
    await expect(solvePortfolio({ candidates: [{ id: 'a', value: 1, costs: [-1] }], capacities: [3] })).rejects.toThrow(/Cost 0/);
    await expect(solvePortfolio({ candidates: [], capacities: [] }, { mipGap: -1 })).rejects.toThrow(/mipGap/);
    await expect(solvePortfolio({ candidates: [], capacities: [] }, { timeLimitMs: 0 })).rejects.toThrow(/timeLimitMs/);
  });

  it('an empty problem is optimal with nothing selected and a gap of 0', async () => {
    await expect(solvePortfolio({ candidates: [], capacities: [5] })).resolves.toMatchObject({ status: 'optimal', selected: [], objective: 0, bound: 0, gap: 0 });
  });
});

describe('keepImproving', () => {
  it('reports progress after each round (objective never falls, bound never rises) and reaches the proven optimum', async () => {
    const problem = randomProblem(17, { n: 20, resources: 3, requires: 3, excludes: 2 });
    const expected = bruteForce(problem);
    const seen: IImproveProgress[] = [];
    const result = await keepImproving(problem, { firstRoundMs: 200, timeLimitMs: 10000, onProgress: p => seen.push(p) });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBeCloseTo(expected?.objective ?? NaN, 9);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].objective).toBeGreaterThanOrEqual(seen[i - 1].objective);
      expect(seen[i].bound).toBeLessThanOrEqual(seen[i - 1].bound);
      expect(seen[i].round).toBe(i + 1);
    }
  });

  it('stops between rounds when cancelled, keeping the best selection', async () => {
    const controller = new AbortController();
    const problem = randomProblem(23, { n: 20, resources: 3 });
    controller.abort();
    const result = await keepImproving(problem, { signal: controller.signal, mipGap: 0 });
    expect(['feasible', 'optimal']).toContain(result.status);
    expect(result.selected.length).toBeGreaterThan(0);
    expect(isFeasibleSelection(indexProblem(problem), chosenOf(problem, result.selected))).toBe(true);
  });
});

describe('solveFrontier and loadOptimizer', () => {
  it('solves 11 budget levels, each point at least as good as the one below', async () => {
    const problem = randomProblem(31, { n: 14, resources: 2, requires: 2 });
    const points = await solveFrontier(problem, [0], { mipGap: 0, pointTimeLimitMs: 5000 });
    expect(points.map(p => p.level)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
    for (let i = 0; i < points.length; i++) {
      const expected = bruteForce({ ...problem, capacities: [problem.capacities[0] * points[i].level, problem.capacities[1]] });
      expect(points[i].solution.objective).toBeCloseTo(expected?.objective ?? NaN, 9);
      if (i) expect(points[i].solution.objective).toBeGreaterThanOrEqual(points[i - 1].solution.objective);
    }
  });

  it('loadOptimizer resolves to the module with solvePortfolio', async () => {
    const mod = await loadOptimizer();
    expect(typeof mod.solvePortfolio).toBe('function');
    expect(await loadOptimizer()).toBe(mod);
  });
});
