/**
 * Test helpers: seeded random portfolio problems and the brute-force optimum (every subset), to
 * check the optimizer, the greedy baseline and the frontier against.
 */
import { Rng } from '../../../../workbench/seed/prng';
import { indexProblem, isFeasibleSelection, selectionValue, type IPortfolioProblem, type IPortfolioSolution, type ISolveOptions } from '../problem';

/** A seeded generator in [0, 1) (the demo seed's). */
export function seeded(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

/** Shape of a random instance. */
export interface IRandomShape {
  n: number;
  resources: number;
  requires?: number;
  excludes?: number;
  forceIn?: number;
  forceOut?: number;
  minimums?: number;
  /** Share of the total use each capacity allows (default 0.4). */
  tightness?: number;
}

/** A seeded random problem: values 1–100, costs 0–50 (some 0), ids with characters a model must never see. */
export function randomProblem(seed: number, shape: IRandomShape): IPortfolioProblem {
  const rnd = seeded(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const candidates = Array.from({ length: shape.n }, (_, i) => ({
    id: `c${i} "x" <= 1\nEnd`,
    value: int(1, 100),
    costs: Array.from({ length: shape.resources }, () => (rnd() < 0.15 ? 0 : int(1, 50))),
    ...(shape.minimums ? { contributions: Array.from({ length: shape.minimums }, () => (rnd() < 0.3 ? 1 : 0)) } : {})
  }));
  const pairs = (count: number): [string, string][] => {
    const out: [string, string][] = [];
    for (let t = 0; t < count * 4 && out.length < count; t++) {
      const a = int(0, shape.n - 1);
      const b = int(0, shape.n - 1);
      if (a !== b) out.push([candidates[a].id, candidates[b].id]);
    }
    return out;
  };
  const pick = (count: number, flag: 'forceIn' | 'forceOut'): void => {
    for (let t = 0; t < count; t++) (candidates[int(0, shape.n - 1)] as { forceIn?: boolean; forceOut?: boolean })[flag] = true;
  };
  pick(shape.forceIn ?? 0, 'forceIn');
  pick(shape.forceOut ?? 0, 'forceOut');
  for (const c of candidates as Array<{ forceIn?: boolean; forceOut?: boolean }>) if (c.forceIn && c.forceOut) delete c.forceOut;
  const capacities = Array.from({ length: shape.resources }, (_, k) => Math.round(candidates.reduce((s, c) => s + c.costs[k], 0) * (shape.tightness ?? 0.4)));
  const problem: IPortfolioProblem = { candidates, capacities, requires: pairs(shape.requires ?? 0), excludes: pairs(shape.excludes ?? 0) };
  if (shape.minimums) problem.minimums = Array.from({ length: shape.minimums }, () => int(1, 3));
  return problem;
}

/**
 * The optimum by enumerating every subset (n ≤ 20), depth first, cutting only branches already
 * over a capacity (costs are ≥ 0, so no subset below them fits); every leaf is checked with
 * `isFeasibleSelection`. Its value and one optimal selection, or undefined when none is feasible.
 */
export function bruteForce(problem: IPortfolioProblem): { objective: number; selected: string[] } | undefined {
  const ip = indexProblem(problem);
  const n = problem.candidates.length;
  if (n > 20) throw new Error('bruteForce enumerates at most 20 candidates');
  const chosen = new Array<boolean>(n).fill(false);
  const use = problem.capacities.map(() => 0);
  let best: { objective: number; chosen: boolean[] } | undefined;
  const visit = (i: number): void => {
    if (i === n) {
      if (!isFeasibleSelection(ip, chosen)) return;
      const v = selectionValue(problem, chosen);
      if (!best || v > best.objective) best = { objective: v, chosen: chosen.slice() };
      return;
    }
    const c = problem.candidates[i];
    if (!c.forceIn) visit(i + 1);
    if (c.forceOut) return;
    if (c.costs.some((v, k) => use[k] + v > problem.capacities[k] + 1e-9)) return;
    chosen[i] = true;
    c.costs.forEach((v, k) => { use[k] += v; });
    visit(i + 1);
    c.costs.forEach((v, k) => { use[k] -= v; });
    chosen[i] = false;
  };
  visit(0);
  const found = best as { objective: number; chosen: boolean[] } | undefined;
  if (!found) return undefined;
  return { objective: found.objective, selected: problem.candidates.filter((_, i) => found.chosen[i]).map(c => c.id) };
}

/** A solver with `solvePortfolio`'s signature that enumerates (for the domain's frontier tests). */
export async function bruteForceSolver(problem: IPortfolioProblem, options?: ISolveOptions): Promise<IPortfolioSolution> {
  const best = bruteForce(problem);
  if (!best) return { status: 'infeasible', selected: [], objective: 0, bound: 0, gap: 0, ms: 0 };
  return { status: 'optimal', selected: best.selected, objective: best.objective, bound: best.objective, gap: 0, ms: 0 };
}
