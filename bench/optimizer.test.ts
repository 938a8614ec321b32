import { buildPrioritizationProblem } from '../src/domain/prioritization';
import { optimizerInstance } from './optimizer';

describe('the optimizer benchmark instance', () => {
  const input = optimizerInstance(10);

  it('has issue 10\'s shape: 1,000 candidates, 3 fiscal years, 10 roles over 12 months, 20 dependencies', () => {
    expect(input.candidates).toHaveLength(1000);
    expect(input.budgets.map(b => b.year)).toEqual([2027, 2028, 2029]);
    expect(input.roles).toHaveLength(10);
    expect(input.months).toHaveLength(12);
    expect(input.dependencies).toHaveLength(20);
    for (const c of input.candidates) {
      expect(c.score).toBeGreaterThanOrEqual(10);
      expect(c.score).toBeLessThanOrEqual(100);
      expect(c.costPlan).toHaveLength(3);
    }
  });

  it('sets each budget to 30 % of the year\'s total and each role-month capacity to 35 % of its demand', () => {
    const total = input.candidates.reduce((s, c) => s + c.costPlan[0].capex + c.costPlan[0].opex, 0);
    expect(input.budgets[0].amount).toBe(Math.round(0.3 * total));
    const demand = input.candidates.reduce((s, c) => s + c.demand.filter(d => d.role === 1 && d.month === '2027-06').reduce((t, d) => t + d.days, 0), 0);
    expect(input.roles[0].byMonth?.find(b => b.month === '2027-06')?.days).toBeCloseTo(0.35 * demand, 1);
  });

  it('demands in about 30 % of the active months per role, and values grow with cost', () => {
    const built = buildPrioritizationProblem(input);
    expect(built.problem.capacities).toHaveLength(3 + 120);
    const cells = input.candidates.reduce((s, c) => s + c.demand.length, 0);
    const activeCells = input.candidates.reduce((s, c) => s + 10 * new Set(c.demand.map(d => d.month)).size, 0);
    expect(cells / activeCells).toBeGreaterThan(0.25);
    const cheap = input.candidates.filter(c => c.costPlan[0].capex + c.costPlan[0].opex < 300);
    const dear = input.candidates.filter(c => c.costPlan[0].capex + c.costPlan[0].opex > 1500);
    const mean = (xs: typeof cheap): number => xs.reduce((s, c) => s + (c.score ?? 0), 0) / xs.length;
    expect(mean(dear)).toBeGreaterThan(mean(cheap) + 20);
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(optimizerInstance(10))).toBe(JSON.stringify(input));
    expect(JSON.stringify(optimizerInstance(11))).not.toBe(JSON.stringify(input));
  });
});
