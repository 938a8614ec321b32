import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import {
  buildPrioritizationProblem, selectionFigures,
  type IPrioritizationProblem, type IScenarioContent, type IScenarioParameters
} from '../../domain/prioritization';
import type { IPrioritizationData, IPrioritizationService } from '../../services/PrioritizationService';
import { amountProblemText } from '../controls';
import { formatString } from '../../domain/text';

/** Force in / out of one candidate ('auto': the optimizer decides). */
export type Force = 'auto' | 'in' | 'out';

/** The PMO's parameters of the selection. */
export interface IParameters {
  force: Readonly<Record<string, Force>>;
  dependencies: ReadonlyArray<{ dependent: string; prerequisite: string }>;
  exclusions: ReadonlyArray<[string, string]>;
  /** Budget per year as typed (locale text). */
  budgetText: Readonly<Record<number, string>>;
  /** Objective id → the least number of selected candidates serving it, as typed (blank: no minimum). */
  minimumText: Readonly<Record<number, string>>;
}

/** The loaded data and the parameters, with what is derived from them. */
export interface ICandidatesState {
  data?: IPrioritizationData;
  loading: boolean;
  error?: unknown;
  includeProjects: boolean;
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
  /** Takes a saved scenario's parameters over (budgets, force, links). */
  applyParameters: (p: IScenarioParameters) => void;
  /** The scenario content of a selection under the current parameters. */
  scenarioOf: (selection: ReadonlyArray<string>, figures?: { bound?: number; gap?: number }) => IScenarioContent | undefined;
  reload: () => void;
}

const EMPTY: IParameters = { force: {}, dependencies: [], exclusions: [], budgetText: {}, minimumText: {} };

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
    const label = formatString(strings.Prio_BudgetField, year);
    const r = readAmount(p.budgetText[year] ?? '', locale);
    if (!r.ok) errors[year] = amountProblemText(r.problem, label, locale);
    else if (r.value !== undefined && r.value < 0) errors[year] = formatString(strings.Prio_BudgetNegative, label);
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
    else errors[o.id] = formatString(strings.Prio_MinimumInvalid, formatString(strings.Prio_MinimumField, o.title));
  }
  return { minimums, errors };
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
  const [parameters, setParameters] = React.useState<IParameters>(EMPTY);
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let active = true;
    setLoading(true);
    setError(undefined);
    service.load({ includeProjects }).then(d => {
      if (!active) return;
      setData(d);
      setParameters(p => ({ ...p, budgetText: { ...budgetTexts(d.budgets, d.years, locale), ...p.budgetText } }));
      setLoading(false);
    }, (e: unknown) => {
      if (!active) return;
      setError(e);
      setLoading(false);
    });
    return () => { active = false; };
  }, [service, includeProjects, attempt, locale]);

  const { budgets, errors } = React.useMemo(() => readBudgets(parameters, data?.years ?? [], locale), [parameters, data, locale]);
  const mins = React.useMemo(() => readMinimums(parameters, data?.objectives ?? []), [parameters, data]);
  const problem = React.useMemo(() => {
    if (!data || Object.keys(errors).length || Object.keys(mins.errors).length) return undefined;
    return buildPrioritizationProblem({
      candidates: data.candidates.map(c => ({ ...c, forceIn: parameters.force[c.id] === 'in', forceOut: parameters.force[c.id] === 'out' })),
      budgets, roles: data.roles, months: data.months, committed: data.committed,
      dependencies: parameters.dependencies, exclusions: parameters.exclusions, objectiveMinimums: mins.minimums
    });
  }, [data, parameters, budgets, errors, mins]);
  const titles = React.useMemo(() => new Map((data?.candidates ?? []).map(c => [c.id, c.title])), [data]);
  const titleOf = React.useCallback((id: string): string => titles.get(id) ?? id, [titles]);
  const update = (f: (p: IParameters) => IParameters): void => setParameters(f);

  return {
    data, loading, error, includeProjects, parameters, budgets, budgetErrors: errors, minimums: mins.minimums, minimumErrors: mins.errors, problem, titleOf,
    setIncludeProjects,
    setForce: (id, force) => update(p => ({ ...p, force: { ...p.force, [id]: force } })),
    addDependency: (dependent, prerequisite) => update(p => (dependent === prerequisite || p.dependencies.some(d => d.dependent === dependent && d.prerequisite === prerequisite) ? p : { ...p, dependencies: [...p.dependencies, { dependent, prerequisite }] })),
    addExclusion: (a, b) => update(p => (a === b || p.exclusions.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? p : { ...p, exclusions: [...p.exclusions, [a, b]] })),
    removeDependency: i => update(p => ({ ...p, dependencies: p.dependencies.filter((_, k) => k !== i) })),
    removeExclusion: i => update(p => ({ ...p, exclusions: p.exclusions.filter((_, k) => k !== i) })),
    setBudgetText: (year, text) => update(p => ({ ...p, budgetText: { ...p.budgetText, [year]: text } })),
    setMinimumText: (objectiveId, text) => update(p => ({ ...p, minimumText: { ...p.minimumText, [objectiveId]: text } })),
    applyParameters: sp => update(p => {
      const known = new Set((data?.candidates ?? []).map(c => c.id));
      const force: Record<string, Force> = {};
      for (const id of sp.forceIn) if (known.has(id)) force[id] = 'in';
      for (const id of sp.forceOut) if (known.has(id)) force[id] = 'out';
      return {
        force,
        dependencies: sp.dependencies.filter(d => known.has(d.dependent) && known.has(d.prerequisite)),
        exclusions: sp.exclusions.filter(([a, b]) => known.has(a) && known.has(b)),
        budgetText: sp.budgets.length ? { ...p.budgetText, ...budgetTexts(sp.budgets, sp.budgets.map(b => b.year), locale) } : p.budgetText,
        minimumText: (sp.objectiveMinimums ?? []).reduce<Record<number, string>>((t, m) => { t[m.objectiveId] = String(m.minimum); return t; }, {})
      };
    }),
    scenarioOf: (selection, figures) => {
      if (!data) return undefined;
      const ids = Object.keys(parameters.force);
      return {
        format: 1,
        parameters: {
          budgets, includeProjects,
          forceIn: ids.filter(id => parameters.force[id] === 'in'), forceOut: ids.filter(id => parameters.force[id] === 'out'),
          dependencies: parameters.dependencies.slice(), exclusions: parameters.exclusions.map(([a, b]) => [a, b] as [string, string]),
          ...(mins.minimums.length ? { objectiveMinimums: mins.minimums } : {})
        },
        selection: selection.slice(),
        titles: selection.reduce<Record<string, string>>((t, id) => { t[id] = titleOf(id); return t; }, {}),
        figures: { ...selectionFigures(data.candidates, selection, data.years, data.roles), ...figures },
        rounds: data.rounds.map(r => r.id)
      };
    },
    reload: () => setAttempt(a => a + 1)
  };
}
