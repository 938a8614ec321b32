/**
 * The portfolio selection problem that `solvePortfolio()` (src/optimizer) solves, and its checks.
 *
 * Model (a multidimensional 0-1 knapsack with side constraints): one binary x_i per candidate,
 *   maximise Σ value_i · x_i
 *   subject to Σ costs_ik · x_i ≤ capacities_k           for every resource k (budget, capacity)
 *              Σ contributions_im · x_i ≥ minimums_m      for every minimum m (optional extension)
 *              x_i = 1 (forceIn), x_i = 0 (forceOut)
 *              x_b ≤ x_a                                   for every [b, a] in `requires` ("b needs a")
 *              x_a + x_b ≤ 1                               for every [a, b] in `excludes`
 */

/** One candidate (a scored request or an active project). */
export interface IPortfolioCandidate {
  /** Unique id (any text: it never enters the solver's model, which names columns x0…xn). */
  id: string;
  /** What selecting it is worth (the score); finite, may be 0. */
  value: number;
  /** `costs[k]` is its use of resource `k` (same length as `capacities`); finite, ≥ 0. */
  costs: number[];
  /** Must be selected. */
  forceIn?: boolean;
  /** Must not be selected. */
  forceOut?: boolean;
  /**
   * Extension (optional): `contributions[m]` (finite, ≥ 0) counts towards `minimums[m]` (for
   * example 1 when the candidate serves strategic objective m). Missing means 0 for every minimum.
   */
  contributions?: number[];
}

/** The problem in the shape of issue 10; `minimums` is an optional extension that keeps it valid. */
export interface IPortfolioProblem {
  candidates: IPortfolioCandidate[];
  /** `capacities[k]` is the limit of resource `k`; finite, may be negative only to be infeasible. */
  capacities: number[];
  /** `[b, a]`: b needs a (b may be selected only with a). */
  requires?: [string, string][];
  /** `[a, b]`: a and b are mutually exclusive. */
  excludes?: [string, string][];
  /** Extension (optional): `minimums[m]` ≤ Σ contributions_im · x_i. */
  minimums?: number[];
}

/** A row of the model, as the post-analysis and the diagnosis name it. */
export type ConstraintRef =
  | { kind: 'capacity'; index: number }
  | { kind: 'minimum'; index: number }
  | { kind: 'requires'; index: number; dependent: string; prerequisite: string }
  | { kind: 'excludes'; index: number; a: string; b: string };

/** Thrown for a malformed problem (a programming error of the caller, not an infeasible model). */
export class PortfolioProblemError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'PortfolioProblemError';
  }
}

/** The problem with ids mapped to column indexes (0…n−1), checked. */
export interface IIndexedProblem {
  problem: IPortfolioProblem;
  index: Map<string, number>;
  /** `[dependent, prerequisite]` column pairs, in the order of `problem.requires`. */
  requires: Array<[number, number]>;
  /** `[a, b]` column pairs, in the order of `problem.excludes`. */
  excludes: Array<[number, number]>;
  minimums: number[];
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && isFinite(x);
}

function checkCandidate(c: IPortfolioCandidate, i: number, resources: number, minimums: number): void {
  const where = `candidate ${i} ('${String(c.id)}')`;
  if (typeof c.id !== 'string' || c.id === '') throw new PortfolioProblemError(`The id of candidate ${i} is empty.`);
  if (!finite(c.value)) throw new PortfolioProblemError(`The value of ${where} is not a finite number.`);
  if (!Array.isArray(c.costs) || c.costs.length !== resources) {
    throw new PortfolioProblemError(`${where} has ${Array.isArray(c.costs) ? c.costs.length : 0} costs; the problem has ${resources} resources.`);
  }
  c.costs.forEach((v, k) => {
    if (!finite(v) || v < 0) throw new PortfolioProblemError(`Cost ${k} of ${where} is not a finite number of 0 or more.`);
  });
  if (c.contributions !== undefined) {
    if (c.contributions.length !== minimums) throw new PortfolioProblemError(`${where} has ${c.contributions.length} contributions; the problem has ${minimums} minimums.`);
    c.contributions.forEach((v, m) => {
      if (!finite(v) || v < 0) throw new PortfolioProblemError(`Contribution ${m} of ${where} is not a finite number of 0 or more.`);
    });
  }
}

function pairs(list: [string, string][] | undefined, index: Map<string, number>, what: string): Array<[number, number]> {
  return (list ?? []).map(([a, b], p) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) throw new PortfolioProblemError(`${what} ${p} names an unknown candidate ('${ia === undefined ? a : b}').`);
    if (ia === ib) throw new PortfolioProblemError(`${what} ${p} names the same candidate twice ('${a}').`);
    return [ia, ib];
  });
}

/**
 * Checks a problem and maps its ids to column indexes. Throws `PortfolioProblemError` naming the
 * first fault: a duplicate or empty id, a cost vector whose length differs from `capacities`, a
 * negative or non-finite number, a pair naming an unknown candidate or the same one twice.
 */
export function indexProblem(problem: IPortfolioProblem): IIndexedProblem {
  const resources = problem.capacities.length;
  const minimums = problem.minimums ?? [];
  problem.capacities.forEach((v, k) => {
    if (!finite(v)) throw new PortfolioProblemError(`Capacity ${k} is not a finite number.`);
  });
  minimums.forEach((v, m) => {
    if (!finite(v)) throw new PortfolioProblemError(`Minimum ${m} is not a finite number.`);
  });
  const index = new Map<string, number>();
  problem.candidates.forEach((c, i) => {
    checkCandidate(c, i, resources, minimums.length);
    if (index.has(c.id)) throw new PortfolioProblemError(`Candidate id '${c.id}' appears twice.`);
    index.set(c.id, i);
  });
  return {
    problem, index, minimums,
    requires: pairs(problem.requires, index, 'Dependency'),
    excludes: pairs(problem.excludes, index, 'Exclusion')
  };
}

/** Σ costs_ik over the chosen columns, per resource. */
export function resourceUse(problem: IPortfolioProblem, chosen: ReadonlyArray<boolean>): number[] {
  const use = problem.capacities.map(() => 0);
  problem.candidates.forEach((c, i) => {
    if (chosen[i]) c.costs.forEach((v, k) => { use[k] += v; });
  });
  return use;
}

/** Σ contributions_im over the chosen columns, per minimum. */
export function minimumCover(problem: IPortfolioProblem, chosen: ReadonlyArray<boolean>): number[] {
  const cover = (problem.minimums ?? []).map(() => 0);
  problem.candidates.forEach((c, i) => {
    if (chosen[i] && c.contributions) c.contributions.forEach((v, m) => { cover[m] += v; });
  });
  return cover;
}

/** Relative tolerance for "fits" and "binds": 1e-9 of the limit (at least 1e-9). */
export function tolerance(limit: number): number {
  return Math.max(1e-9, Math.abs(limit) * 1e-9);
}

/**
 * Whether a selection satisfies every constraint of the problem (within `tolerance`). Used by
 * the tests, the greedy baseline and to check what the solver returns.
 */
export function isFeasibleSelection(ip: IIndexedProblem, chosen: ReadonlyArray<boolean>): boolean {
  const { problem } = ip;
  for (let i = 0; i < problem.candidates.length; i++) {
    const c = problem.candidates[i];
    if ((c.forceIn && !chosen[i]) || (c.forceOut && chosen[i])) return false;
  }
  const use = resourceUse(problem, chosen);
  if (use.some((u, k) => u > problem.capacities[k] + tolerance(problem.capacities[k]))) return false;
  const cover = minimumCover(problem, chosen);
  if (cover.some((v, m) => v < ip.minimums[m] - tolerance(ip.minimums[m]))) return false;
  if (ip.requires.some(([b, a]) => chosen[b] && !chosen[a])) return false;
  return !ip.excludes.some(([a, b]) => chosen[a] && chosen[b]);
}

/** Σ value_i over the chosen columns. */
export function selectionValue(problem: IPortfolioProblem, chosen: ReadonlyArray<boolean>): number {
  let v = 0;
  problem.candidates.forEach((c, i) => { if (chosen[i]) v += c.value; });
  return v;
}

/** Options of `solvePortfolio()`. */
export interface ISolveOptions {
  /** Relative gap at which the solver may stop: (bound − objective) ÷ objective. Default 0.001; 0 asks for proven optimality. */
  mipGap?: number;
  /** Wall-clock limit of the whole call (model build included), in milliseconds. Default 2,000. */
  timeLimitMs?: number;
  /**
   * Extension: selections (lists of ids) to start from; the best feasible one is handed to the
   * solver as its first incumbent. The greedy selection is always tried as well.
   */
  starts?: string[][];
}

/**
 * How a solve ended:
 * - `optimal`: the selection is proven within `mipGap` of the optimum (proven optimal with `mipGap: 0`);
 * - `timeLimit`: the time limit stopped the search; `selected` is the best selection found and `gap`
 *   says how far from optimal it may be (`selected` is empty and `gap` infinite when none was found);
 * - `feasible`: stopped for another reason (cancelled, a node limit) with a selection and its gap;
 * - `infeasible`: no selection satisfies the constraints; `diagnosis` names the conflicting ones.
 */
export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timeLimit';

/** What `solvePortfolio()` resolves to (issue 10's shape plus the optional `diagnosis`). */
export interface IPortfolioSolution {
  status: SolveStatus;
  /** Ids of the selected candidates, in the order of `problem.candidates`. */
  selected: string[];
  /** Σ value of `selected` (0 when infeasible). */
  objective: number;
  /**
   * Proven upper bound on the optimal objective: the solver's dual bound, or the LP relaxation's
   * optimum where the solver reports none. Equals `objective` when proven optimal.
   */
  bound: number;
  /** (bound − objective) ÷ objective; 0 when both are 0; Infinity when objective is 0 and bound is not. */
  gap: number;
  /** Wall-clock milliseconds of the call (model build plus solve). */
  ms: number;
  /** Set when `status` is 'infeasible': the conflicting constraints (see `explainInfeasible`). */
  diagnosis?: IInfeasibility;
}

/** One reason why no selection is feasible, naming the constraints and candidates involved. */
export type InfeasibilityReason =
  /** A candidate is both forced in and forced out. */
  | { kind: 'forcedInAndOut'; candidate: string }
  /**
   * The forced-in candidates, with the prerequisites they need (`implied`), use more of resource
   * `resource` than its capacity.
   */
  | { kind: 'forcedOverCapacity'; resource: number; use: number; capacity: number; forced: string[]; implied: string[] }
  /** A forced-in candidate needs (directly or through others: `chain`) a forced-out one. */
  | { kind: 'forcedNeedsForcedOut'; candidate: string; prerequisite: string; chain: string[] }
  /** Two candidates that must both be in (forced, or needed by a forced one) exclude each other. */
  | { kind: 'forcedExcluded'; a: string; b: string; exclusion: number }
  /** Minimum `minimum` cannot be reached even with every candidate that may be selected. */
  | { kind: 'minimumUnreachable'; minimum: number; required: number; reachable: number }
  /**
   * Only the combination fails: no selection meets the minimums within the capacities (proven by
   * the solver; the deterministic checks cannot name a smaller set).
   */
  | { kind: 'minimumsAndCapacities'; minimums: number[]; resources: number[] };

/** The diagnosis of an infeasible problem. */
export interface IInfeasibility {
  reasons: InfeasibilityReason[];
}
