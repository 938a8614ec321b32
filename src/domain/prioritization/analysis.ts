/**
 * Post-analysis of a selection: which constraints bind, and for each candidate left out, the
 * constraint that keeps it out. Pure; works on any selection (the optimizer's, the greedy one, a
 * saved scenario's).
 */
import { indexProblem, minimumCover, PortfolioProblemError, resourceUse, tolerance, type ConstraintRef, type IIndexedProblem, type IPortfolioProblem } from './problem';

/** Use and limit of one row under the selection. */
export interface IRowStatus {
  ref: ConstraintRef;
  /** Σ costs (capacity), Σ contributions (minimum), x_b − x_a (requires), x_a + x_b (excludes). */
  use: number;
  limit: number;
  /** limit − use for ≤ rows; use − limit for a minimum. */
  slack: number;
  /** slack ≤ `bindingTolerance` × |limit| (absolute 1e-9 for a limit of 0). */
  binding: boolean;
  /** How many left-out candidates this row keeps out (their reason names it). */
  keepsOut: number;
}

/**
 * Why a candidate is not selected, checked in this order:
 * - `forcedOut`: the PMO forced it out;
 * - `needs`: it needs `prerequisite`, which is not selected (`prerequisiteForcedOut` when forced out);
 * - `excludedBy`: `by` is selected and excludes it;
 * - `tooLarge`: it needs more of `resource` than the whole capacity, even alone;
 * - `lowerValue`: it does not fit beside the selection on `resource` (short by `shortfall`), and
 *   freeing that much of `resource` means dropping selected (not forced-in) candidates worth at
 *   least `valueToGiveUp` ≥ its own `value` — computed as a lower bound: the selected candidates
 *   that use `resource` are dropped by least value per unit of it first, the last one in part.
 *   So no exchange that makes room for it on that row gains value: its value per cost is lower
 *   than the selection's;
 * - `capacity`: it does not fit beside the selection on `resources` (each with the slack left and
 *   what it needs), and no single row proves an exchange would lose value;
 * - `fits`: nothing keeps it out (a selection cut short by the time limit; adding it gains value);
 * - `noValue`: it fits, but its value is 0 or less.
 */
export type ExclusionReason =
  | { kind: 'forcedOut' }
  | { kind: 'needs'; prerequisite: string; prerequisiteForcedOut: boolean; requires: number }
  | { kind: 'excludedBy'; by: string; exclusion: number }
  | { kind: 'tooLarge'; resource: number; need: number; capacity: number }
  | { kind: 'lowerValue'; resource: number; shortfall: number; valueToGiveUp: number; value: number }
  | { kind: 'capacity'; resources: Array<{ resource: number; need: number; slack: number }> }
  | { kind: 'fits' }
  | { kind: 'noValue' };

/** The analysis of a selection. */
export interface ISelectionAnalysis {
  /** Capacity and minimum rows (all), dependency and exclusion rows (binding ones only). */
  rows: IRowStatus[];
  /** The refs of the binding rows. */
  binding: ConstraintRef[];
  /** Each candidate left out, in the order of `problem.candidates`, with its reason. */
  excluded: Array<{ id: string; reason: ExclusionReason }>;
}

/** Options of `analyseSelection`. */
export interface IAnalysisOptions {
  /** Relative slack at or below which a capacity or minimum row binds (default 0.01: 1 % of its limit). */
  bindingTolerance?: number;
}

/** Per resource, the selected candidates that could be dropped for room (not forced in, using it), by least value per unit first. */
type DropLists = Map<number, Array<{ cost: number; value: number }>>;

function dropList(ip: IIndexedProblem, chosen: ReadonlyArray<boolean>, lists: DropLists, k: number): Array<{ cost: number; value: number }> {
  let items = lists.get(k);
  if (!items) {
    items = ip.problem.candidates
      .filter((c, i) => chosen[i] && !c.forceIn && c.costs[k] > 0)
      .map(c => ({ cost: c.costs[k], value: Math.max(0, c.value) }))
      .sort((a, b) => a.value / a.cost - b.value / b.cost);
    lists.set(k, items);
  }
  return items;
}

/** Least value given up to free `shortfall` of resource k (fractional cover over `dropList`; Infinity when it cannot be freed). */
function valueToFree(items: ReadonlyArray<{ cost: number; value: number }>, shortfall: number): number {
  let left = shortfall;
  let lost = 0;
  for (const it of items) {
    if (left <= 0) break;
    const part = Math.min(1, left / it.cost);
    lost += part * it.value;
    left -= part * it.cost;
  }
  return left > tolerance(shortfall) ? Infinity : lost;
}

function capacityReason(ip: IIndexedProblem, chosen: ReadonlyArray<boolean>, use: number[], lists: DropLists, j: number): ExclusionReason | undefined {
  const { problem } = ip;
  const c = problem.candidates[j];
  const over: Array<{ resource: number; need: number; slack: number }> = [];
  for (let k = 0; k < problem.capacities.length; k++) {
    const cap = problem.capacities[k];
    if (c.costs[k] > cap + tolerance(cap)) return { kind: 'tooLarge', resource: k, need: c.costs[k], capacity: cap };
    if (c.costs[k] > 0 && use[k] + c.costs[k] > cap + tolerance(cap)) over.push({ resource: k, need: c.costs[k], slack: cap - use[k] });
  }
  if (!over.length) return undefined;
  let best: ExclusionReason | undefined;
  for (const o of over) {
    const shortfall = o.need - o.slack;
    const lost = valueToFree(dropList(ip, chosen, lists, o.resource), shortfall);
    if (lost !== Infinity && lost >= c.value && (!best || (best.kind === 'lowerValue' && lost > best.valueToGiveUp))) {
      best = { kind: 'lowerValue', resource: o.resource, shortfall, valueToGiveUp: lost, value: c.value };
    }
  }
  return best ?? { kind: 'capacity', resources: over };
}

function reasonFor(ip: IIndexedProblem, chosen: ReadonlyArray<boolean>, use: number[], lists: DropLists, j: number): ExclusionReason {
  const { problem } = ip;
  const c = problem.candidates[j];
  if (c.forceOut) return { kind: 'forcedOut' };
  for (let r = 0; r < ip.requires.length; r++) {
    const [b, a] = ip.requires[r];
    if (b === j && !chosen[a]) return { kind: 'needs', prerequisite: problem.candidates[a].id, prerequisiteForcedOut: !!problem.candidates[a].forceOut, requires: r };
  }
  for (let e = 0; e < ip.excludes.length; e++) {
    const [a, b] = ip.excludes[e];
    const other = a === j ? b : b === j ? a : -1;
    if (other >= 0 && chosen[other]) return { kind: 'excludedBy', by: problem.candidates[other].id, exclusion: e };
  }
  return capacityReason(ip, chosen, use, lists, j) ?? (c.value > 0 ? { kind: 'fits' } : { kind: 'noValue' });
}

function namesRow(reason: ExclusionReason, ref: ConstraintRef): boolean {
  switch (reason.kind) {
    case 'needs': return ref.kind === 'requires' && ref.index === reason.requires;
    case 'excludedBy': return ref.kind === 'excludes' && ref.index === reason.exclusion;
    case 'tooLarge':
    case 'lowerValue': return ref.kind === 'capacity' && ref.index === reason.resource;
    case 'capacity': return ref.kind === 'capacity' && reason.resources.some(r => r.resource === ref.index);
    default: return false;
  }
}

function linkRows(ip: IIndexedProblem, chosen: ReadonlyArray<boolean>): IRowStatus[] {
  const { problem } = ip;
  const rows: IRowStatus[] = [];
  ip.requires.forEach(([b, a], r) => {
    if (chosen[b]) rows.push({ ref: { kind: 'requires', index: r, dependent: problem.candidates[b].id, prerequisite: problem.candidates[a].id }, use: (chosen[b] ? 1 : 0) - (chosen[a] ? 1 : 0), limit: 0, slack: (chosen[a] ? 1 : 0) - 1, binding: true, keepsOut: 0 });
  });
  ip.excludes.forEach(([a, b], e) => {
    if (chosen[a] !== chosen[b]) rows.push({ ref: { kind: 'excludes', index: e, a: problem.candidates[a].id, b: problem.candidates[b].id }, use: 1, limit: 1, slack: 0, binding: true, keepsOut: 0 });
  });
  return rows;
}

/**
 * Analyses a selection (ids; unknown ids throw `PortfolioProblemError`): every capacity and
 * minimum row with its use, slack and whether it binds; the binding dependency rows (a selected
 * dependent carries its prerequisite in) and exclusion rows (one of the pair selected); and for
 * each candidate left out, its `ExclusionReason`. Each row counts the candidates it keeps out.
 */
export function analyseSelection(problem: IPortfolioProblem, selected: ReadonlyArray<string>, options: IAnalysisOptions = {}): ISelectionAnalysis {
  const ip = indexProblem(problem);
  const eps = options.bindingTolerance ?? 0.01;
  const chosen = new Array<boolean>(problem.candidates.length).fill(false);
  for (const id of selected) {
    const i = ip.index.get(id);
    if (i === undefined) throw new PortfolioProblemError(`The selection names an unknown candidate ('${id}').`);
    chosen[i] = true;
  }
  const use = resourceUse(problem, chosen);
  const cover = minimumCover(problem, chosen);
  const lists: DropLists = new Map();
  const bind = (slack: number, limit: number): boolean => slack <= Math.max(eps * Math.abs(limit), 1e-9);
  const rows: IRowStatus[] = [
    ...problem.capacities.map((limit, k): IRowStatus => ({ ref: { kind: 'capacity', index: k }, use: use[k], limit, slack: limit - use[k], binding: bind(limit - use[k], limit), keepsOut: 0 })),
    ...ip.minimums.map((limit, m): IRowStatus => ({ ref: { kind: 'minimum', index: m }, use: cover[m], limit, slack: cover[m] - limit, binding: bind(cover[m] - limit, limit), keepsOut: 0 })),
    ...linkRows(ip, chosen)
  ];
  const excluded = problem.candidates.map((c, j) => ({ j, id: c.id })).filter(x => !chosen[x.j]).map(x => ({ id: x.id, reason: reasonFor(ip, chosen, use, lists, x.j) }));
  for (const row of rows) row.keepsOut = excluded.filter(x => namesRow(x.reason, row.ref)).length;
  return { rows, binding: rows.filter(r => r.binding).map(r => r.ref), excluded };
}
