/**
 * The greedy baseline: candidates by value per normalised cost, on the same constraints as the
 * optimizer. The benchmark compares the optimizer with it (`optimizer.vs_greedy`), and the
 * optimizer hands it to HiGHS as a first incumbent.
 */
import { closureOf } from './diagnosis';
import { indexProblem, isFeasibleSelection, minimumCover, selectionValue, tolerance, type IIndexedProblem, type IPortfolioProblem } from './problem';

/** What the greedy baseline selects. */
export interface IGreedyResult {
  /** `chosen[i]`: candidate i is selected. */
  chosen: boolean[];
  /** Ids of the selected candidates, in the order of `problem.candidates`. */
  selected: string[];
  /** Σ value of the selection. */
  objective: number;
  /** Whether the selection meets every constraint (false when even the forced-in ones do not fit, or a minimum stays unmet). */
  feasible: boolean;
}

/**
 * Normalised cost of a candidate: Σ_k costs_k ÷ capacities_k over the resources (its share of
 * each limit, summed). A resource with a limit ≤ 0 that the candidate uses makes it infinite.
 */
export function normalisedCost(costs: ReadonlyArray<number>, capacities: ReadonlyArray<number>): number {
  let sum = 0;
  for (let k = 0; k < costs.length; k++) {
    if (costs[k] <= 0) continue;
    if (capacities[k] <= 0) return Infinity;
    sum += costs[k] / capacities[k];
  }
  return sum;
}

/** Value ÷ normalised cost (Infinity for a free candidate of positive value, −Infinity for one that can never fit). */
export function greedyRatio(value: number, costs: ReadonlyArray<number>, capacities: ReadonlyArray<number>): number {
  const cost = normalisedCost(costs, capacities);
  if (cost === Infinity) return -Infinity;
  if (cost === 0) return value > 0 ? Infinity : value;
  return value / cost;
}

class GreedyState {
  public readonly chosen: boolean[];
  private readonly use: number[];
  private readonly prereqs: number[][];
  private readonly partners: number[][];

  public constructor(private readonly ip: IIndexedProblem) {
    const n = ip.problem.candidates.length;
    this.chosen = new Array<boolean>(n).fill(false);
    this.use = ip.problem.capacities.map(() => 0);
    this.prereqs = ip.problem.candidates.map(() => []);
    for (const [b, a] of ip.requires) this.prereqs[b].push(a);
    this.partners = ip.problem.candidates.map(() => []);
    for (const [a, b] of ip.excludes) { this.partners[a].push(b); this.partners[b].push(a); }
  }

  /** Adds the columns and their prerequisites without checks (the forced-in ones). */
  public force(cols: number[]): void {
    for (const m of closureOf(cols, this.prereqs).members) this.take(m);
  }

  /** Adds column i with its missing prerequisites when all of them fit; returns whether it did. */
  public tryAdd(i: number): boolean {
    if (this.chosen[i]) return false;
    const { problem } = this.ip;
    const members = closureOf([i], this.prereqs).members.filter(m => !this.chosen[m]);
    const set = new Set(members);
    for (const m of members) {
      if (problem.candidates[m].forceOut) return false;
      if (this.partners[m].some(p => this.chosen[p] || set.has(p))) return false;
    }
    for (let k = 0; k < this.use.length; k++) {
      let extra = 0;
      for (const m of members) extra += problem.candidates[m].costs[k];
      if (extra > 0 && this.use[k] + extra > problem.capacities[k] + tolerance(problem.capacities[k])) return false;
    }
    for (const m of members) this.take(m);
    return true;
  }

  private take(m: number): void {
    if (this.chosen[m]) return;
    this.chosen[m] = true;
    this.ip.problem.candidates[m].costs.forEach((v, k) => { this.use[k] += v; });
  }
}

/**
 * Greedy in a given order: first the forced-in candidates with their prerequisites; then, for each
 * unmet minimum, its contributors in `order` until it is met; then every other candidate of
 * positive value in `order`, each added with its missing prerequisites when none is forced out or
 * excluded by what is in, and all fit every capacity. `order` lists column indexes (any subset).
 * Throws `PortfolioProblemError` for a malformed problem.
 */
export function greedyInOrder(problem: IPortfolioProblem, order: ReadonlyArray<number>): IGreedyResult {
  const ip = indexProblem(problem);
  const state = new GreedyState(ip);
  state.force(problem.candidates.map((c, i) => (c.forceIn ? i : -1)).filter(i => i >= 0));
  ip.minimums.forEach((required, m) => {
    for (const i of order) {
      if (minimumCover(problem, state.chosen)[m] >= required - tolerance(required)) break;
      if ((problem.candidates[i].contributions?.[m] ?? 0) > 0) state.tryAdd(i);
    }
  });
  for (const i of order) {
    if (problem.candidates[i].value > 0) state.tryAdd(i);
  }
  const chosen = state.chosen;
  return { chosen, selected: problem.candidates.filter((_, i) => chosen[i]).map(c => c.id), objective: selectionValue(problem, chosen), feasible: isFeasibleSelection(ip, chosen) };
}

/**
 * The greedy baseline: `greedyInOrder` by `greedyRatio`, highest first (ties: higher value, then
 * earlier in the list). Throws `PortfolioProblemError` for a malformed problem.
 */
export function greedySelection(problem: IPortfolioProblem): IGreedyResult {
  const ratio = problem.candidates.map(c => greedyRatio(c.value, c.costs, problem.capacities));
  const order = problem.candidates.map((_, i) => i).sort((a, b) => ratio[b] - ratio[a] || problem.candidates[b].value - problem.candidates[a].value || a - b);
  return greedyInOrder(problem, order);
}
