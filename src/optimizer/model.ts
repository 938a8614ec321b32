/**
 * The mixed-integer model of a portfolio problem as sparse arrays (rows in CSR form), ready for
 * HiGHS' `passModel`. Columns are x0…x(n−1) in the order of `problem.candidates`: no id or other
 * user text enters the model.
 *
 * Rows, in this order (`rowRefs` names each):
 * - one per resource k: Σ costs_ik · x_i ≤ capacities_k;
 * - one per minimum m (extension): Σ contributions_im · x_i ≥ minimums_m;
 * - one per dependency [b, a]: x_b − x_a ≤ 0;
 * - one per exclusion [a, b]: x_a + x_b ≤ 1.
 * Forced in / out are column bounds ([1, 1] / [0, 0]); a candidate both forced in and out is a
 * conflict that `findConflicts` reports before a model is built.
 */
import type { ConstraintRef, IIndexedProblem } from '../domain/prioritization';

/** The model's arrays (maximise colCost · x). */
export interface IPortfolioModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSR: row r's entries are `indices/values[starts[r] … starts[r + 1])`. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  rowRefs: ConstraintRef[];
}

class RowBuilder {
  public readonly starts: number[] = [0];
  public readonly indices: number[] = [];
  public readonly values: number[] = [];
  public readonly lower: number[] = [];
  public readonly upper: number[] = [];
  public readonly refs: ConstraintRef[] = [];

  public add(ref: ConstraintRef, lower: number, upper: number, cols: ReadonlyArray<number>, vals: ReadonlyArray<number>): void {
    for (let j = 0; j < cols.length; j++) {
      if (vals[j] !== 0) { this.indices.push(cols[j]); this.values.push(vals[j]); }
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
    this.refs.push(ref);
  }
}

/** Builds the model of a checked problem (see `indexProblem`); `infinity` is the solver's. */
export function buildModel(ip: IIndexedProblem, infinity: number): IPortfolioModel {
  const { problem } = ip;
  const n = problem.candidates.length;
  const rows = new RowBuilder();
  const all = problem.candidates.map((_, i) => i);
  problem.capacities.forEach((cap, k) => {
    rows.add({ kind: 'capacity', index: k }, -infinity, cap, all, problem.candidates.map(c => c.costs[k]));
  });
  ip.minimums.forEach((min, m) => {
    rows.add({ kind: 'minimum', index: m }, min, infinity, all, problem.candidates.map(c => c.contributions?.[m] ?? 0));
  });
  ip.requires.forEach(([b, a], r) => {
    rows.add({ kind: 'requires', index: r, dependent: problem.candidates[b].id, prerequisite: problem.candidates[a].id }, -infinity, 0, [b, a], [1, -1]);
  });
  ip.excludes.forEach(([a, b], e) => {
    rows.add({ kind: 'excludes', index: e, a: problem.candidates[a].id, b: problem.candidates[b].id }, -infinity, 1, [a, b], [1, 1]);
  });
  return {
    numCols: n,
    numRows: rows.refs.length,
    colCost: Float64Array.from(problem.candidates.map(c => c.value)),
    colLower: Float64Array.from(problem.candidates.map(c => (c.forceIn ? 1 : 0))),
    colUpper: Float64Array.from(problem.candidates.map(c => (c.forceOut ? 0 : 1))),
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    starts: Int32Array.from(rows.starts),
    indices: Int32Array.from(rows.indices),
    values: Float64Array.from(rows.values),
    rowRefs: rows.refs
  };
}
