import * as React from 'react';
import * as prioStrings from 'PrioritizationStrings';
import { formatAmountFor, readAmount } from '../../domain/numbers';
// The topic modules the first view needs, not the index: the index also brings the solver-side
// modules (diagnosis, greedy, frontier, analysis), which the Optimize tab's chunk loads.
import { buildPrioritizationProblem, type IPrioritizationProblem, type IScoringModelRef } from '../../domain/prioritization/builder';
import { candidatesForModel, defaultBudgetsOf, defaultForce } from '../../domain/prioritization/candidates';
import { parametersOfProblem, selectionFigures, type IScenarioContent, type IScenarioParameters } from '../../domain/prioritization/scenario';
import type { IPrioritizationData, IPrioritizationItem, IPrioritizationService } from '../../services/PrioritizationService';
import { amountProblemText } from '../controls';
import { formatString } from '../../domain/text';

/** Force in / out of one candidate ('auto': the optimizer decides). */
export type Force = 'auto' | 'in' | 'out';

/** The PMO's parameters of the selection. */
export interface IParameters {
  force: Readonly<Record<string, Force>>;
  dependencies: ReadonlyArray<{ dependent: string; prerequisite: string }>;
  exclusions: ReadonlyArray<[string, string]>;
  /**
   * Budget per year as typed (locale text). In the state's `parameters`, a year not typed holds the
   * saved budget or, before one is saved, the default of the ranked candidates (`defaultBudgetsOf`).
   */
  budgetText: Readonly<Record<number, string>>;
  /** Objective id → the least number of selected candidates serving it, as typed (blank: no minimum). */
  minimumText: Readonly<Record<number, string>>;
  /** Roles (Roles item ids) whose capacity the PMO does not apply (default: none, every role's applies). */
  rolesOff: ReadonlyArray<number>;
}

/** A candidate as ranked under the chosen model version (`otherModel`: an active project scored with another one, counted as not scored). */
export type IRankedItem = IPrioritizationItem & { otherModel?: IScoringModelRef };

/** The loaded data and the parameters, with what is derived from them. */
export interface ICandidatesState {
  data?: IPrioritizationData;
  loading: boolean;
  error?: unknown;
  includeProjects: boolean;
  /** Whether the loaded `data` holds the active projects (it lags `includeProjects` while loading). */
  loadedWithProjects: boolean;
  /** The scoring model version whose candidates are ranked (undefined: none is scored). */
  modelId?: number;
  setModelId: (id: number) => void;
  /** The candidates ranked under `modelId`, best first (see `candidatesForModel`); those without a score last. */
  candidates: IRankedItem[];
  /** The force of a candidate: as the PMO set it, else forced in without a score, else 'auto'. */
  forceOf: (id: string) => Force;
  parameters: IParameters;
  /** Budget per year as read; a year whose text is not an amount is missing (see `budgetErrors`). */
  budgets: Array<{ year: number; amount: number }>;
  /** Year → message naming the field, for budget texts that are not amounts. */
  budgetErrors: Readonly<Record<number, string>>;
  /** The minimums per strategic objective as read; objective id → message for a text that is not a whole number. */
  minimums: Array<{ objectiveId: number; minimum: number }>;
  minimumErrors: Readonly<Record<number, string>>;
  /** The optimizer's problem (undefined while loading or with a budget error). */
  problem?: IPrioritizationProblem;
  titleOf: (id: string) => string;
  setIncludeProjects: (on: boolean) => void;
  setForce: (id: string, force: Force) => void;
  addDependency: (dependent: string, prerequisite: string) => void;
  addExclusion: (a: string, b: string) => void;
  removeDependency: (index: number) => void;
  removeExclusion: (index: number) => void;
  setBudgetText: (year: number, text: string) => void;
  setMinimumText: (objectiveId: number, text: string) => void;
  /** Applies a role's capacity (true) or not (false). */
  setRoleApplied: (role: number, applied: boolean) => void;
  /** Takes a saved scenario's parameters over (budgets, force, links). */
  applyParameters: (p: IScenarioParameters) => void;
  /** The problem a scenario's parameters make (its model's candidates, its budgets, force and links), to analyse its selection against. */
  problemFor: (p: IScenarioParameters) => IPrioritizationProblem | undefined;
  /**
   * The scenario content of a selection with the problem it was solved or analysed with (its
   * budgets, force, links and minimums: `parametersOfProblem`), never the fields as they are now.
   */
  scenarioOf: (selection: ReadonlyArray<string>, problem: IPrioritizationProblem, figures?: { bound?: number; gap?: number }) => IScenarioContent | undefined;
  reload: () => void;
}

const EMPTY: IParameters = { force: {}, dependencies: [], exclusions: [], budgetText: {}, minimumText: {}, rolesOff: [] };

function budgetTexts(budgets: ReadonlyArray<{ year: number; amount: number }>, years: ReadonlyArray<number>, locale: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (const y of years) {
    const b = budgets.filter(x => x.year === y)[0];
    out[y] = b ? formatAmountFor(b.amount, locale, 2) : '';
  }
  return out;
}

function readBudgets(p: IParameters, years: ReadonlyArray<number>, locale: string): { budgets: Array<{ year: number; amount: number }>; errors: Record<number, string> } {
  const budgets: Array<{ year: number; amount: number }> = [];
  const errors: Record<number, string> = {};
  for (const year of years) {
    const label = formatString(prioStrings.Prio_BudgetField, year);
    const r = readAmount(p.budgetText[year] ?? '', locale);
    if (!r.ok) errors[year] = amountProblemText(r.problem, label, locale);
    else if (r.value !== undefined && r.value < 0) errors[year] = formatString(prioStrings.Prio_BudgetNegative, label);
    else if (r.value !== undefined) budgets.push({ year, amount: r.value });
  }
  return { budgets, errors };
}

function readMinimums(p: IParameters, objectives: ReadonlyArray<{ id: number; title: string }>): { minimums: Array<{ objectiveId: number; minimum: number }>; errors: Record<number, string> } {
  const minimums: Array<{ objectiveId: number; minimum: number }> = [];
  const errors: Record<number, string> = {};
  for (const o of objectives) {
    const t = (p.minimumText[o.id] ?? '').trim();
    if (!t) continue;
    if (/^\d{1,4}$/.test(t)) minimums.push({ objectiveId: o.id, minimum: Number(t) });
    else errors[o.id] = formatString(prioStrings.Prio_MinimumInvalid, formatString(prioStrings.Prio_MinimumField, o.title));
  }
  return { minimums, errors };
}

/** What a problem is built from besides the data: each candidate's force, the budgets, links and minimums. */
interface IProblemParameters {
  force: (id: string) => Force;
  budgets: ReadonlyArray<{ year: number; amount: number }>;
  dependencies: ReadonlyArray<{ dependent: string; prerequisite: string }>;
  exclusions: ReadonlyArray<readonly [string, string]>;
  minimums: ReadonlyArray<{ objectiveId: number; minimum: number }>;
  rolesOff: ReadonlyArray<number>;
}

/** The optimizer's problem of the ranked candidates (links naming a candidate not among them are left out). */
function problemOf(data: IPrioritizationData, candidates: ReadonlyArray<IRankedItem>, p: IProblemParameters): IPrioritizationProblem {
  const known = new Set(candidates.map(c => c.id));
  return buildPrioritizationProblem({
    candidates: candidates.map(c => ({ ...c, forceIn: p.force(c.id) === 'in', forceOut: p.force(c.id) === 'out' })),
    budgets: p.budgets, roles: data.roles, months: data.months, committed: data.committed,
    dependencies: p.dependencies.filter(d => known.has(d.dependent) && known.has(d.prerequisite)),
    exclusions: p.exclusions.filter(([a, b]) => known.has(a) && known.has(b)),
    objectiveMinimums: p.minimums,
    rolesOff: p.rolesOff
  });
}

/**
 * The Prioritization screen's candidates and parameters: loads the data (again when projects are
 * switched on or off), keeps force in/out, dependencies, exclusions and the budget texts, and builds
 * the optimizer's problem from them (src/domain/prioritization `buildPrioritizationProblem`).
 */
export function useCandidates(service: IPrioritizationService, locale: string): ICandidatesState {
  const [data, setData] = React.useState<IPrioritizationData | undefined>(undefined);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<unknown>(undefined);
  const [includeProjects, setIncludeProjects] = React.useState(false);
  const [loadedWithProjects, setLoadedWithProjects] = React.useState(false);
  const [modelId, setModelId] = React.useState<number | undefined>(undefined);
  const [parameters, setParameters] = React.useState<IParameters>(EMPTY);
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let active = true;
    setLoading(true);
    setError(undefined);
    service.load({ includeProjects }).then(d => {
      if (!active) return;
      setData(d);
      setLoadedWithProjects(includeProjects);
      setLoading(false);
    }, (e: unknown) => {
      if (!active) return;
      setError(e);
      setLoading(false);
    });
    return () => { active = false; };
  }, [service, includeProjects, attempt]);

  const effectiveModel = modelId ?? data?.defaultModelId;
  const candidates = React.useMemo(() => candidatesForModel(data?.candidates ?? [], effectiveModel), [data, effectiveModel]);
  // Years not typed show the saved budgets or, before the PMO saves any, the default of the candidates
  // ranked now (the chosen model's, with or without the active projects): never the texts of an earlier load.
  const shown = React.useMemo((): IParameters => {
    if (!data) return parameters;
    const defaults = budgetTexts(data.budgetsSaved ? data.budgets : defaultBudgetsOf(candidates), data.years, locale);
    return { ...parameters, budgetText: { ...defaults, ...parameters.budgetText } };
  }, [data, candidates, parameters, locale]);
  const { budgets, errors } = React.useMemo(() => readBudgets(shown, data?.years ?? [], locale), [shown, data, locale]);
  const mins = React.useMemo(() => readMinimums(parameters, data?.objectives ?? []), [parameters, data]);
  const forceOf = React.useCallback((id: string): Force => {
    const set = parameters.force[id];
    const c = candidates.filter(x => x.id === id)[0];
    return set && (set !== 'auto' || c?.score !== undefined) ? set : c ? defaultForce(c) : 'auto';
  }, [parameters.force, candidates]);
  const problem = React.useMemo(() => {
    if (!data || Object.keys(errors).length || Object.keys(mins.errors).length) return undefined;
    return problemOf(data, candidates, { force: forceOf, budgets, dependencies: parameters.dependencies, exclusions: parameters.exclusions, minimums: mins.minimums, rolesOff: parameters.rolesOff });
  }, [data, candidates, forceOf, parameters, budgets, errors, mins]);
  const titles = React.useMemo(() => new Map((data?.candidates ?? []).map(c => [c.id, c.title])), [data]);
  const titleOf = React.useCallback((id: string): string => titles.get(id) ?? id, [titles]);
  const update = (f: (p: IParameters) => IParameters): void => setParameters(f);
  const problemFor = (sp: IScenarioParameters): IPrioritizationProblem | undefined => {
    if (!data) return undefined;
    const ranked = candidatesForModel(data.candidates, sp.modelId ?? effectiveModel);
    const force = (id: string): Force => (sp.forceIn.indexOf(id) >= 0 ? 'in' : sp.forceOut.indexOf(id) >= 0 ? 'out' : defaultForce(ranked.filter(c => c.id === id)[0] ?? {}));
    return problemOf(data, ranked, { force, budgets: sp.budgets.length ? sp.budgets : budgets, dependencies: sp.dependencies, exclusions: sp.exclusions, minimums: sp.objectiveMinimums ?? [], rolesOff: sp.rolesOff ?? [] });
  };

  return {
    data, loading, error, includeProjects, loadedWithProjects, parameters: shown, budgets, budgetErrors: errors, minimums: mins.minimums, minimumErrors: mins.errors, problem, titleOf,
    modelId: effectiveModel, candidates, forceOf, problemFor,
    setIncludeProjects,
    setModelId: id => setModelId(id),
    setForce: (id, force) => update(p => ({ ...p, force: { ...p.force, [id]: force } })),
    addDependency: (dependent, prerequisite) => update(p => (dependent === prerequisite || p.dependencies.some(d => d.dependent === dependent && d.prerequisite === prerequisite) ? p : { ...p, dependencies: [...p.dependencies, { dependent, prerequisite }] })),
    addExclusion: (a, b) => update(p => (a === b || p.exclusions.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? p : { ...p, exclusions: [...p.exclusions, [a, b]] })),
    removeDependency: i => update(p => ({ ...p, dependencies: p.dependencies.filter((_, k) => k !== i) })),
    removeExclusion: i => update(p => ({ ...p, exclusions: p.exclusions.filter((_, k) => k !== i) })),
    setBudgetText: (year, text) => update(p => ({ ...p, budgetText: { ...p.budgetText, [year]: text } })),
    setMinimumText: (objectiveId, text) => update(p => ({ ...p, minimumText: { ...p.minimumText, [objectiveId]: text } })),
    setRoleApplied: (role, applied) => update(p => ({ ...p, rolesOff: applied ? p.rolesOff.filter(r => r !== role) : p.rolesOff.indexOf(role) >= 0 ? p.rolesOff : [...p.rolesOff, role] })),
    applyParameters: sp => update(p => {
      if (sp.modelId !== undefined) setModelId(sp.modelId);
      const known = new Set((data?.candidates ?? []).map(c => c.id));
      const force: Record<string, Force> = {};
      for (const id of sp.forceIn) if (known.has(id)) force[id] = 'in';
      for (const id of sp.forceOut) if (known.has(id)) force[id] = 'out';
      return {
        force,
        dependencies: sp.dependencies.filter(d => known.has(d.dependent) && known.has(d.prerequisite)),
        exclusions: sp.exclusions.filter(([a, b]) => known.has(a) && known.has(b)),
        budgetText: sp.budgets.length ? { ...p.budgetText, ...budgetTexts(sp.budgets, sp.budgets.map(b => b.year), locale) } : p.budgetText,
        minimumText: (sp.objectiveMinimums ?? []).reduce<Record<number, string>>((t, m) => { t[m.objectiveId] = String(m.minimum); return t; }, {}),
        rolesOff: (sp.rolesOff ?? []).slice()
      };
    }),
    scenarioOf: (selection, solved, figures) => {
      if (!data) return undefined;
      const ids = new Set(solved.problem.candidates.map(c => c.id));
      return {
        format: 1,
        parameters: parametersOfProblem(solved, { includeProjects: loadedWithProjects, ...(effectiveModel !== undefined ? { modelId: effectiveModel } : {}) }),
        selection: selection.slice(),
        titles: selection.reduce<Record<string, string>>((t, id) => { t[id] = titleOf(id); return t; }, {}),
        figures: { ...selectionFigures(candidates.filter(c => ids.has(c.id)), selection, data.years, data.roles), ...figures },
        rounds: data.rounds.map(r => r.id)
      };
    },
    reload: () => setAttempt(a => a + 1)
  };
}
