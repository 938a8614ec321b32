/**
 * Portfolio scenarios: what a saved selection keeps (its parameters, its selection and its figures,
 * stored as PortfolioScenarios.ScenarioJson), how a stored value is read back (also the older
 * format of requests and projects by number), the figures of a selection and the comparison of two
 * scenarios. Pure; amounts in the site's currency, demand in person-days.
 */
import type { ICandidateCostYear, IPrioritizationProblem, IRoleMonthDays } from './builder';
import { isMonthKey } from '../capacity/calendar';
import type { IWhatIf } from '../capacity/demand';

/** The parameters a selection was made under. */
export interface IScenarioParameters {
  /** Budget per fiscal year. */
  budgets: Array<{ year: number; amount: number }>;
  /** Candidate ids forced in / out. */
  forceIn: string[];
  forceOut: string[];
  /** "dependent needs prerequisite" (candidate ids). */
  dependencies: Array<{ dependent: string; prerequisite: string }>;
  /** Mutually exclusive pairs (candidate ids). */
  exclusions: Array<[string, string]>;
  /** Whether active projects were candidates. */
  includeProjects: boolean;
  /** At least `minimum` selected candidates serving each listed strategic objective (optional). */
  objectiveMinimums?: Array<{ objectiveId: number; minimum: number }>;
  /** The scoring model version whose candidates were ranked (ScoringModels item id; optional). */
  modelId?: number;
  /** Roles (Roles item ids) whose capacity the PMO did not apply (optional; absent: every role's applied). */
  rolesOff?: number[];
}

/** The figures of a selection. */
export interface IScenarioFigures {
  /** Σ score of the selection. */
  objective: number;
  /** Proven upper bound and relative gap, when the selection came from the optimizer. */
  bound?: number;
  gap?: number;
  /** Total cost per fiscal year (years of the budgets and the cost plans). */
  costByYear: Array<{ year: number; amount: number }>;
  /** Total demand per role (days over the horizon). */
  daysByRole: Array<{ role: number; title: string; days: number }>;
}

/** A capacity what-if kept with a scenario (the Capacity web part): what moved or was left out, and how the heat map was shown. */
export interface ICapacityWhatIfContent {
  whatIf: IWhatIf;
  /** Whether proposed demand counted as well as committed. */
  includeProposed: boolean;
  /** The months shown ('YYYY-MM'). */
  months: string[];
}

/** What ScenarioJson holds (format 1). */
export interface IScenarioContent {
  format: 1;
  parameters: IScenarioParameters;
  /** Selected candidate ids ('request:12', 'project:5'). */
  selection: string[];
  /** Candidate titles at saving time (so a comparison names candidates no longer listed). */
  titles: Record<string, string>;
  figures: IScenarioFigures;
  /** The scoring round(s) whose scores were used. */
  rounds: number[];
  /** A capacity what-if saved from the Capacity web part (optional: scenarios of the optimizer have none). */
  capacity?: ICapacityWhatIfContent;
}

/** Empty parameters. */
export function emptyParameters(): IScenarioParameters {
  return { budgets: [], forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: false };
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && isFinite(x);
}

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

function parametersOf(raw: Record<string, unknown> | undefined): IScenarioParameters {
  const p = raw ?? {};
  const budgets = Array.isArray(p.budgets)
    ? (p.budgets as Array<{ year?: unknown; amount?: unknown }>).filter(b => isNumber(b?.year) && isNumber(b?.amount)).map(b => ({ year: b.year as number, amount: b.amount as number }))
    : [];
  const dependencies = Array.isArray(p.dependencies)
    ? (p.dependencies as Array<{ dependent?: unknown; prerequisite?: unknown }>).filter(d => typeof d?.dependent === 'string' && typeof d?.prerequisite === 'string').map(d => ({ dependent: d.dependent as string, prerequisite: d.prerequisite as string }))
    : [];
  const exclusions = Array.isArray(p.exclusions)
    ? (p.exclusions as unknown[]).filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string').map(e => [e[0], e[1]] as [string, string])
    : [];
  const objectiveMinimums = Array.isArray(p.objectiveMinimums)
    ? (p.objectiveMinimums as Array<{ objectiveId?: unknown; minimum?: unknown }>).filter(m => isNumber(m?.objectiveId) && isNumber(m?.minimum)).map(m => ({ objectiveId: m.objectiveId as number, minimum: m.minimum as number }))
    : [];
  const rolesOff = Array.isArray(p.rolesOff) ? (p.rolesOff as unknown[]).filter(isNumber) : [];
  return {
    budgets, forceIn: strings(p.forceIn), forceOut: strings(p.forceOut), dependencies, exclusions, includeProjects: p.includeProjects === true,
    ...(objectiveMinimums.length ? { objectiveMinimums } : {}),
    ...(rolesOff.length ? { rolesOff } : {}),
    ...(isNumber(p.modelId) ? { modelId: p.modelId } : {})
  };
}

/**
 * The parameters a selection was solved under, read from the problem it was solved with (never
 * from the screen's fields, which may have changed since, or hold 100 % budgets where a frontier
 * point had 150 %): its budget rows, forced candidates, dependencies, exclusions, minimums and the
 * roles whose capacity was not applied.
 */
export function parametersOfProblem(p: IPrioritizationProblem, extra: { includeProjects: boolean; modelId?: number }): IScenarioParameters {
  const budgets: Array<{ year: number; amount: number }> = [];
  p.resources.forEach((r, k) => { if (r.kind === 'budget') budgets.push({ year: r.year, amount: p.problem.capacities[k] }); });
  const minimums = p.problem.minimums ?? [];
  const objectiveMinimums = p.minimums.map((m, i) => ({ objectiveId: m.objectiveId, minimum: minimums[i] }));
  return {
    budgets,
    forceIn: p.problem.candidates.filter(c => c.forceIn).map(c => c.id),
    forceOut: p.problem.candidates.filter(c => c.forceOut).map(c => c.id),
    dependencies: (p.problem.requires ?? []).map(([dependent, prerequisite]) => ({ dependent, prerequisite })),
    exclusions: (p.problem.excludes ?? []).map(([a, b]) => [a, b] as [string, string]),
    includeProjects: extra.includeProjects,
    ...(objectiveMinimums.length ? { objectiveMinimums } : {}),
    ...(p.rolesOff.length ? { rolesOff: p.rolesOff.slice() } : {}),
    ...(extra.modelId !== undefined ? { modelId: extra.modelId } : {})
  };
}

/** A stored capacity what-if, read tolerantly: shifts by whole months, sources as strings, valid months; undefined when absent or unreadable. */
export function capacityWhatIfOf(raw: unknown): ICapacityWhatIfContent | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const c = raw as Record<string, unknown>;
  const w = (c.whatIf && typeof c.whatIf === 'object' ? c.whatIf : {}) as Record<string, unknown>;
  const shifts = Array.isArray(w.shifts)
    ? (w.shifts as Array<{ source?: unknown; months?: unknown }>).filter(s => typeof s?.source === 'string' && isNumber(s?.months)).map(s => ({ source: s.source as string, months: Math.trunc(s.months as number) }))
    : [];
  return {
    whatIf: { shifts, leaveOut: strings(w.leaveOut) },
    includeProposed: c.includeProposed === true,
    months: strings(c.months).filter(m => isMonthKey(m))
  };
}

/**
 * Reads a stored ScenarioJson. Format 1 as written by {@link IScenarioContent}; the older format
 * (`{ budgetCap, requests: number[], projects: number[] }`) becomes a selection of 'request:N' and
 * 'project:N' with the cap as the budget of `fiscalYear`. Anything unreadable is an empty scenario.
 */
export function readScenarioContent(json: string | undefined, fiscalYear?: number): IScenarioContent {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  if (raw.format === 1) {
    const f = (raw.figures ?? {}) as Partial<IScenarioFigures>;
    const capacity = capacityWhatIfOf(raw.capacity);
    const titles = raw.titles && typeof raw.titles === 'object' ? (raw.titles as Record<string, string>) : {};
    return {
      format: 1,
      parameters: parametersOf(raw.parameters as Record<string, unknown> | undefined),
      selection: strings(raw.selection),
      titles,
      figures: {
        objective: isNumber(f.objective) ? f.objective : 0,
        ...(isNumber(f.bound) ? { bound: f.bound } : {}),
        ...(isNumber(f.gap) ? { gap: f.gap } : {}),
        costByYear: Array.isArray(f.costByYear) ? f.costByYear.filter(c => isNumber(c?.year) && isNumber(c?.amount)) : [],
        daysByRole: Array.isArray(f.daysByRole) ? f.daysByRole.filter(d => isNumber(d?.role) && isNumber(d?.days)) : []
      },
      rounds: Array.isArray(raw.rounds) ? (raw.rounds as unknown[]).filter(isNumber) : [],
      ...(capacity ? { capacity } : {})
    };
  }
  const ids = (key: string, kind: string): string[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter(isNumber).map(n => `${kind}:${n}`) : []);
  const cap = isNumber(raw.budgetCap) ? raw.budgetCap : undefined;
  const parameters = emptyParameters();
  if (cap !== undefined && fiscalYear !== undefined) parameters.budgets = [{ year: fiscalYear, amount: cap }];
  parameters.includeProjects = ids('projects', 'project').length > 0;
  return { format: 1, parameters, selection: [...ids('requests', 'request'), ...ids('projects', 'project')], titles: {}, figures: { objective: 0, costByYear: [], daysByRole: [] }, rounds: [] };
}

/** What the figures of a selection are computed from (a candidate's cost plan and demand). */
export interface IFigureCandidate {
  id: string;
  /** Undefined: not scored (counts 0). */
  score?: number;
  costPlan: ReadonlyArray<ICandidateCostYear>;
  demand: ReadonlyArray<IRoleMonthDays>;
}

/**
 * The figures of a selection: Σ score, total cost (capex + opex) per year over `years` (and any
 * other year the selected cost plans name), and days per role (`roles` gives titles; roles without
 * demand are left out). Ids not among `candidates` count nothing.
 */
export function selectionFigures(candidates: ReadonlyArray<IFigureCandidate>, selection: ReadonlyArray<string>, years: ReadonlyArray<number>, roles: ReadonlyArray<{ role: number; title: string }>): IScenarioFigures {
  const chosen = new Set(selection);
  const cost = new Map<number, number>(years.map(y => [y, 0]));
  const days = new Map<number, number>();
  let objective = 0;
  for (const c of candidates) {
    if (!chosen.has(c.id)) continue;
    objective += c.score ?? 0;
    for (const y of c.costPlan) cost.set(y.year, (cost.get(y.year) ?? 0) + Math.max(0, y.capex) + Math.max(0, y.opex));
    for (const d of c.demand) if (d.days > 0) days.set(d.role, (days.get(d.role) ?? 0) + d.days);
  }
  const title = new Map(roles.map(r => [r.role, r.title]));
  return {
    objective,
    costByYear: Array.from(cost.entries()).sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount })),
    daysByRole: Array.from(days.entries()).sort((a, b) => a[0] - b[0]).map(([role, d]) => ({ role, title: title.get(role) ?? String(role), days: d }))
  };
}

/** Two scenarios side by side. */
export interface IScenarioComparison {
  /** In both, only in the first, only in the second (ids, in the order of the first then the second). */
  both: string[];
  onlyA: string[];
  onlyB: string[];
  objective: { a: number; b: number };
  /** Per year (union of both): cost in A, in B. */
  costByYear: Array<{ year: number; a: number; b: number }>;
  /** Per role (union of both): days in A, in B. */
  daysByRole: Array<{ role: number; title: string; a: number; b: number }>;
}

/** Compares two scenarios' selections and figures (in/out differences, totals per year and role). */
export function compareScenarios(a: IScenarioContent, b: IScenarioContent): IScenarioComparison {
  const inA = new Set(a.selection);
  const inB = new Set(b.selection);
  const years = Array.from(new Set([...a.figures.costByYear.map(c => c.year), ...b.figures.costByYear.map(c => c.year)])).sort((x, y) => x - y);
  const amount = (s: IScenarioContent, year: number): number => s.figures.costByYear.filter(c => c.year === year).reduce((t, c) => t + c.amount, 0);
  const roleIds = Array.from(new Set([...a.figures.daysByRole.map(d => d.role), ...b.figures.daysByRole.map(d => d.role)])).sort((x, y) => x - y);
  const days = (s: IScenarioContent, role: number): number => s.figures.daysByRole.filter(d => d.role === role).reduce((t, d) => t + d.days, 0);
  const titleOf = (role: number): string => [...a.figures.daysByRole, ...b.figures.daysByRole].filter(d => d.role === role)[0]?.title ?? String(role);
  return {
    both: a.selection.filter(id => inB.has(id)),
    onlyA: a.selection.filter(id => !inB.has(id)),
    onlyB: b.selection.filter(id => !inA.has(id)),
    objective: { a: a.figures.objective, b: b.figures.objective },
    costByYear: years.map(year => ({ year, a: amount(a, year), b: amount(b, year) })),
    daysByRole: roleIds.map(role => ({ role, title: titleOf(role), a: days(a, role), b: days(b, role) }))
  };
}
