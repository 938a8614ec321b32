/**
 * Why a portfolio problem has no feasible selection, named by deterministic checks.
 *
 * Without minimums the checks are complete: when none fires, the forced-in candidates together
 * with every prerequisite they need (transitively) form a feasible selection (costs are ≥ 0, so
 * dropping everything else never breaks a capacity). With minimums, infeasibility can come from
 * the combination alone (each minimum is reachable, but not together and within the capacities);
 * the checks cannot name a smaller set then, and `explainInfeasible` reports the minimums and the
 * capacities as a whole.
 */
import { indexProblem, tolerance, type IIndexedProblem, type IInfeasibility, type InfeasibilityReason, type IPortfolioProblem } from './problem';

/** The prerequisites of each column (dependent → prerequisites), from `requires`. */
function prerequisiteLists(ip: IIndexedProblem): number[][] {
  const out: number[][] = ip.problem.candidates.map(() => []);
  for (const [b, a] of ip.requires) out[b].push(a);
  return out;
}

/**
 * The columns that `roots` bring in (the roots and all their prerequisites, transitively), with
 * the column each was first needed by (`via`, −1 for a root).
 */
export function closureOf(roots: ReadonlyArray<number>, prereqs: ReadonlyArray<ReadonlyArray<number>>): { members: number[]; via: Map<number, number> } {
  const via = new Map<number, number>();
  const members: number[] = [];
  const queue: number[] = [];
  for (const r of roots) {
    if (!via.has(r)) { via.set(r, -1); members.push(r); queue.push(r); }
  }
  while (queue.length) {
    const b = queue.shift() as number;
    for (const a of prereqs[b]) {
      if (!via.has(a)) { via.set(a, b); members.push(a); queue.push(a); }
    }
  }
  return { members, via };
}

function chainTo(col: number, via: Map<number, number>, ids: ReadonlyArray<string>): string[] {
  const chain: string[] = [];
  for (let c = col; c >= 0; c = via.get(c) ?? -1) chain.unshift(ids[c]);
  return chain;
}

function forcedReasons(ip: IIndexedProblem, prereqs: number[][]): InfeasibilityReason[] {
  const { problem } = ip;
  const ids = problem.candidates.map(c => c.id);
  const reasons: InfeasibilityReason[] = [];
  const forced: number[] = [];
  problem.candidates.forEach((c, i) => {
    if (c.forceIn && c.forceOut) reasons.push({ kind: 'forcedInAndOut', candidate: c.id });
    else if (c.forceIn) forced.push(i);
  });
  const { members, via } = closureOf(forced, prereqs);
  const inClosure = new Set(members);
  for (const m of members) {
    if (problem.candidates[m].forceOut && via.get(m) !== -1) {
      const chain = chainTo(m, via, ids);
      reasons.push({ kind: 'forcedNeedsForcedOut', candidate: chain[0], prerequisite: ids[m], chain });
    }
  }
  problem.capacities.forEach((cap, k) => {
    let use = 0;
    for (const m of members) use += problem.candidates[m].costs[k];
    if (use > cap + tolerance(cap)) {
      reasons.push({
        kind: 'forcedOverCapacity', resource: k, use, capacity: cap,
        forced: members.filter(m => via.get(m) === -1).map(m => ids[m]),
        implied: members.filter(m => via.get(m) !== -1).map(m => ids[m])
      });
    }
  });
  ip.excludes.forEach(([a, b], e) => {
    if (inClosure.has(a) && inClosure.has(b)) reasons.push({ kind: 'forcedExcluded', a: ids[a], b: ids[b], exclusion: e });
  });
  return reasons;
}

/**
 * Columns that may be selected at all: not forced out, needing no forced-out candidate, whose
 * prerequisites exclude neither each other nor a candidate the forced-in ones bring in.
 */
function eligibleColumns(ip: IIndexedProblem, prereqs: number[][]): boolean[] {
  const { problem } = ip;
  const forced = problem.candidates.map((c, i) => (c.forceIn ? i : -1)).filter(i => i >= 0);
  const mandatory = new Set(closureOf(forced, prereqs).members);
  const partners: number[][] = problem.candidates.map(() => []);
  for (const [a, b] of ip.excludes) { partners[a].push(b); partners[b].push(a); }
  return problem.candidates.map((c, i) => {
    if (c.forceOut) return false;
    const members = closureOf([i], prereqs).members;
    const set = new Set(members);
    return members.every(m => !problem.candidates[m].forceOut && partners[m].every(p => !set.has(p) && !mandatory.has(p)));
  });
}

function minimumReasons(ip: IIndexedProblem, prereqs: number[][]): InfeasibilityReason[] {
  if (!ip.minimums.length) return [];
  const eligible = eligibleColumns(ip, prereqs);
  const reasons: InfeasibilityReason[] = [];
  ip.minimums.forEach((required, m) => {
    let reachable = 0;
    ip.problem.candidates.forEach((c, i) => { if (eligible[i]) reachable += c.contributions?.[m] ?? 0; });
    if (reachable < required - tolerance(required)) reasons.push({ kind: 'minimumUnreachable', minimum: m, required, reachable });
  });
  return reasons;
}

/**
 * The conflicts that deterministic checks find (empty when they find none): a candidate forced in
 * and out; forced-in candidates (with the prerequisites they need) over a capacity; a forced-in
 * candidate needing a forced-out one (directly or through a chain, cycles included); two
 * candidates that must both be in but exclude each other; a minimum that even every eligible
 * candidate cannot reach. Throws `PortfolioProblemError` for a malformed problem.
 */
export function findConflicts(problem: IPortfolioProblem): InfeasibilityReason[] {
  const ip = indexProblem(problem);
  const prereqs = prerequisiteLists(ip);
  return [...forcedReasons(ip, prereqs), ...minimumReasons(ip, prereqs)];
}

/**
 * Names the conflicting constraints of a problem that has no feasible selection: the conflicts of
 * `findConflicts`, or — when those find none and the problem has minimums — the minimums and the
 * capacities together (`minimumsAndCapacities`: only their combination fails). Returns no reason
 * for a problem without minimums that passes the checks, which is then feasible (see the module
 * comment). Throws `PortfolioProblemError` for a malformed problem.
 */
export function explainInfeasible(problem: IPortfolioProblem): IInfeasibility {
  const reasons = findConflicts(problem);
  if (!reasons.length && problem.minimums && problem.minimums.length) {
    reasons.push({ kind: 'minimumsAndCapacities', minimums: problem.minimums.map((_, m) => m), resources: problem.capacities.map((_, k) => k) });
  }
  return { reasons };
}
