/**
 * Builds the optimizer's problem from PMO data: the candidates (scored requests, optionally active
 * projects) with their cost plans and demand grids, the budgets per fiscal year, the roles'
 * capacities less the committed assignments, force in/out, dependencies, exclusions and the
 * optional minimums per strategic objective. Every resource and minimum row carries a typed label,
 * so the screen can say which constraint binds or keeps a candidate out.
 */
import type { IPortfolioProblem } from './problem';

/** One year of a cost plan (as a request's CostPlanJson holds it; amounts in the site's currency). */
export interface ICandidateCostYear {
  year: number;
  capex: number;
  opex: number;
}

/** Days of one role in one month ('YYYY-MM'); `role` is the Roles list item id. */
export interface IRoleMonthDays {
  role: number;
  month: string;
  days: number;
}

/** A candidate as the Prioritization screen reads it. */
export interface IPrioritizationCandidate {
  /** Unique id, e.g. 'request:12' or 'project:5' (never enters the solver's model). */
  id: string;
  kind: 'request' | 'project';
  title: string;
  /**
   * The score of the closed scoring round (the optimizer maximises Σ score); undefined when not
   * scored (an active project whose request has no board score): such a candidate is never ranked
   * as if it scored 0 — it counts 0 in the objective and the screen keeps it forced in by default.
   */
  score?: number;
  /** The scoring model version the score comes from (scores of different versions are not comparable). */
  model?: IScoringModelRef;
  /** Cost per year (the request's cost plan; for a project, its remaining plan). */
  costPlan: ReadonlyArray<ICandidateCostYear>;
  /** Demand per role and month (the request's demand grid; for a project, its assignments). */
  demand: ReadonlyArray<IRoleMonthDays>;
  /** StrategicObjectives item ids it serves. */
  objectiveIds: ReadonlyArray<number>;
  forceIn?: boolean;
  forceOut?: boolean;
}

/** A scoring model version as the screen names it ("Board model, version 2"). */
export interface IScoringModelRef {
  /** The version's ScoringModels item id. */
  id: number;
  title: string;
  version: number;
}

/** A role's capacity: MonthlyCapacityDays, overridden per month by CapacityByMonthJson. */
export interface IRoleCapacity {
  role: number;
  title: string;
  monthlyDays: number;
  byMonth?: ReadonlyArray<{ month: string; days: number }>;
}

/** A committed assignment (DemandState 'Committed'); `candidateId` when it belongs to a candidate project. */
export interface ICommittedDays extends IRoleMonthDays {
  candidateId?: string;
}

/** Everything the problem is built from. */
export interface IPrioritizationInput {
  candidates: ReadonlyArray<IPrioritizationCandidate>;
  /** The budget of each fiscal year considered (years of the cost plans); other years' costs are not constrained. */
  budgets: ReadonlyArray<{ year: number; amount: number }>;
  roles: ReadonlyArray<IRoleCapacity>;
  /** The planning horizon ('YYYY-MM'): capacity rows exist for these months only. */
  months: ReadonlyArray<string>;
  /** Committed assignments; those of a candidate project are not subtracted (its demand counts instead). */
  committed?: ReadonlyArray<ICommittedDays>;
  /** "dependent needs prerequisite" (candidate ids). */
  dependencies?: ReadonlyArray<{ dependent: string; prerequisite: string }>;
  /** Mutually exclusive pairs (candidate ids). */
  exclusions?: ReadonlyArray<readonly [string, string]>;
  /** At least `minimum` selected candidates serving each listed objective. */
  objectiveMinimums?: ReadonlyArray<{ objectiveId: number; minimum: number }>;
  /**
   * Roles (Roles item ids) whose capacity the PMO does not apply: no capacity row for them (as
   * Project Online let the PMO choose the resource constraints). Default: every role's applies.
   */
  rolesOff?: ReadonlyArray<number>;
  /** Which part of the cost plan counts against the budgets (default 'total': capex + opex). */
  costBasis?: 'total' | 'capex' | 'opex';
}

/** What a resource row stands for. */
export type ResourceLabel =
  | { kind: 'budget'; year: number }
  | {
    kind: 'capacity'; role: number; roleTitle: string; month: string;
    /** The role's capacity in the month (days, before committed work; absent on labels made elsewhere). */
    capacity?: number;
    /** The committed days of work that is not a candidate, in the month (the row's limit is capacity − committed, at least 0). */
    committed?: number;
  };

/** Whether a capacity row is overbooked: committed work already takes all of its capacity (no room for new work). */
export function isOverbooked(label: ResourceLabel | undefined): boolean {
  return label?.kind === 'capacity' && label.committed !== undefined && label.capacity !== undefined && label.committed > 0 && label.committed >= label.capacity;
}

/** What a minimum row stands for. */
export type MinimumLabel = { kind: 'objectiveMinimum'; objectiveId: number };

/** The problem with the labels of its rows. */
export interface IPrioritizationProblem {
  problem: IPortfolioProblem;
  /** `resources[k]` labels `problem.capacities[k]`. */
  resources: ResourceLabel[];
  /** `minimums[m]` labels `problem.minimums[m]`. */
  minimums: MinimumLabel[];
  /** The roles whose capacity was not applied (`IPrioritizationInput.rolesOff`, sorted; empty: all applied). */
  rolesOff: number[];
}

function roleMonthKey(role: number, month: string): string {
  return `${role}|${month}`;
}

/** Per role-month of the horizon ('role|YYYY-MM'): the role's capacity and the committed days of work that is not a candidate. */
export function roleMonthLoad(input: IPrioritizationInput): Map<string, { capacity: number; committed: number }> {
  const inHorizon = new Set(input.months);
  const candidateIds = new Set(input.candidates.map(c => c.id));
  const out = new Map<string, { capacity: number; committed: number }>();
  for (const r of input.roles) {
    const byMonth = new Map((r.byMonth ?? []).map(b => [b.month, b.days]));
    for (const m of input.months) out.set(roleMonthKey(r.role, m), { capacity: byMonth.get(m) ?? r.monthlyDays, committed: 0 });
  }
  for (const a of input.committed ?? []) {
    const cell = out.get(roleMonthKey(a.role, a.month));
    if (!inHorizon.has(a.month) || !cell || (a.candidateId !== undefined && candidateIds.has(a.candidateId))) continue;
    if (isFinite(a.days) && a.days > 0) cell.committed += a.days;
  }
  return out;
}

/** Capacity per role-month of the horizon: the role's capacity less the committed days (may be negative when over-committed). */
export function availableCapacity(input: IPrioritizationInput): Map<string, number> {
  const out = new Map<string, number>();
  roleMonthLoad(input).forEach((v, key) => out.set(key, v.capacity - v.committed));
  return out;
}

function yearCost(y: ICandidateCostYear, basis: 'total' | 'capex' | 'opex'): number {
  const capex = isFinite(y.capex) ? Math.max(0, y.capex) : 0;
  const opex = isFinite(y.opex) ? Math.max(0, y.opex) : 0;
  return basis === 'capex' ? capex : basis === 'opex' ? opex : capex + opex;
}

/** Per candidate: cost per budget year and days per role-month key. */
function usage(input: IPrioritizationInput): Array<{ years: Map<number, number>; cells: Map<string, number> }> {
  const basis = input.costBasis ?? 'total';
  return input.candidates.map(c => {
    const years = new Map<number, number>();
    for (const y of c.costPlan) years.set(y.year, (years.get(y.year) ?? 0) + yearCost(y, basis));
    const cells = new Map<string, number>();
    for (const d of c.demand) {
      if (isFinite(d.days) && d.days > 0) cells.set(roleMonthKey(d.role, d.month), (cells.get(roleMonthKey(d.role, d.month)) ?? 0) + d.days);
    }
    return { years, cells };
  });
}

/**
 * Builds the problem. Rows: one budget row per fiscal year of `budgets` (Σ cost of that year ≤
 * budget); one capacity row per role (except `rolesOff`) and month of the horizon that some candidate needs (Σ days
 * ≤ max(0, capacity − committed); a row no candidate uses cannot bind and is left out); one minimum row
 * per objective minimum (Σ over candidates serving it ≥ minimum). Negative or non-finite amounts
 * and days count as 0; demand outside the horizon or of a role not listed is not constrained.
 * Values are the scores. Ids must be unique (`solvePortfolio` checks it).
 */
export function buildPrioritizationProblem(input: IPrioritizationInput): IPrioritizationProblem {
  const use = usage(input);
  const load = roleMonthLoad(input);
  const off = new Set(input.rolesOff ?? []);
  const resources: ResourceLabel[] = input.budgets.map(b => ({ kind: 'budget', year: b.year }));
  const capacities: number[] = input.budgets.map(b => b.amount);
  const titles = new Map(input.roles.map(r => [r.role, r.title]));
  for (const r of input.roles) {
    if (off.has(r.role)) continue;
    for (const month of input.months) {
      const key = roleMonthKey(r.role, month);
      if (!use.some(u => (u.cells.get(key) ?? 0) > 0)) continue;
      const cell = load.get(key) as { capacity: number; committed: number };
      resources.push({ kind: 'capacity', role: r.role, roleTitle: titles.get(r.role) ?? '', month, capacity: cell.capacity, committed: cell.committed });
      // A role-month already over-committed leaves no room (0), never a negative limit that no
      // selection, not even an empty one, could meet (the optimizer would call every set-up infeasible).
      capacities.push(Math.max(0, cell.capacity - cell.committed));
    }
  }
  const minimums: MinimumLabel[] = (input.objectiveMinimums ?? []).map(o => ({ kind: 'objectiveMinimum', objectiveId: o.objectiveId }));
  const problem: IPortfolioProblem = {
    candidates: input.candidates.map((c, i) => ({
      id: c.id,
      value: c.score ?? 0,
      costs: resources.map(r => (r.kind === 'budget' ? use[i].years.get(r.year) ?? 0 : use[i].cells.get(roleMonthKey(r.role, r.month)) ?? 0)),
      ...(c.forceIn ? { forceIn: true } : {}),
      ...(c.forceOut ? { forceOut: true } : {}),
      ...(minimums.length ? { contributions: minimums.map(m => (c.objectiveIds.indexOf(m.objectiveId) >= 0 ? 1 : 0)) } : {})
    })),
    capacities,
    requires: (input.dependencies ?? []).map(d => [d.dependent, d.prerequisite] as [string, string]),
    excludes: (input.exclusions ?? []).map(([a, b]) => [a, b] as [string, string])
  };
  if (minimums.length) problem.minimums = (input.objectiveMinimums ?? []).map(o => o.minimum);
  return { problem, resources, minimums, rolesOff: Array.from(off).sort((a, b) => a - b) };
}
