/**
 * Which candidates are ranked together, and how: only the current and future fiscal years count
 * (a past year's cost is spent, not decided); scores of different scoring model versions are not
 * comparable, so one version's candidates are ranked at a time; a candidate without a score is
 * never ranked as if it scored 0. Pure; fiscal years are calendar years (as cost plans hold them).
 */
import type { ICandidateCostYear, IPrioritizationCandidate, IScoringModelRef } from './builder';

/** The fiscal year of a day ('YYYY-MM-DD', the site's day): its calendar year. */
export function fiscalYearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** A cost plan without the years before `firstYear`. */
export function costPlanFrom(plan: ReadonlyArray<ICandidateCostYear>, firstYear: number): ICandidateCostYear[] {
  return plan.filter(y => y.year >= firstYear);
}

/** Budgets without the years before `firstYear`. */
export function budgetsFrom<T extends { year: number }>(budgets: ReadonlyArray<T>, firstYear: number): T[] {
  return budgets.filter(b => b.year >= firstYear);
}

/** The distinct model versions of the candidates' scores, in the order first met. */
export function scoringModelsOf(candidates: ReadonlyArray<Pick<IPrioritizationCandidate, 'model'>>): IScoringModelRef[] {
  const out: IScoringModelRef[] = [];
  for (const c of candidates) if (c.model && !out.some(m => m.id === c.model?.id)) out.push(c.model);
  return out;
}

/**
 * The candidates ranked under one model version (`modelId`, a ScoringModels item id; undefined:
 * every candidate as it is). A request scored with another version is left out (its score is not
 * comparable). An active project is committed work and stays; scored with another version, it
 * counts as not scored (`score` and `model` undefined, `otherModel` naming the version), as one
 * without any score does. The result is in ranking order (`rankCandidates`): the ranked candidates
 * first, so their ranks are 1…n, then those without a score.
 */
export function candidatesForModel<T extends IPrioritizationCandidate>(candidates: ReadonlyArray<T>, modelId: number | undefined): Array<T & { otherModel?: IScoringModelRef }> {
  if (modelId === undefined) return candidates.slice();
  const out: Array<T & { otherModel?: IScoringModelRef }> = [];
  for (const c of candidates) {
    if (!c.model || c.model.id === modelId) out.push(c);
    else if (c.kind === 'project') out.push({ ...c, score: undefined, model: undefined, otherModel: c.model });
  }
  // A project scored with another version now has no score: it goes after the ranked candidates.
  return rankCandidates(out);
}

/**
 * Ranking order: scored candidates by score, highest first; then those without a score. Stable:
 * equal scores keep their order (the round's rank, then the number, as the service reads them).
 */
export function rankCandidates<T extends Pick<IPrioritizationCandidate, 'score'>>(candidates: ReadonlyArray<T>): T[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.score === undefined ? 1 : 0) - (b.c.score === undefined ? 1 : 0) || (b.c.score ?? 0) - (a.c.score ?? 0) || a.i - b.i)
    .map(x => x.c);
}

/** The force a candidate starts with: forced in when it has no score (committed work), else the optimizer decides. */
export function defaultForce(c: Pick<IPrioritizationCandidate, 'score'>): 'auto' | 'in' {
  return c.score === undefined ? 'in' : 'auto';
}

/** The default budget: this share of the ranked candidates' cost per year (beside the committed work's full cost). */
export const DEFAULT_BUDGET_SHARE: number = 0.6;

/**
 * The default budget per year before the PMO saves one, from the candidates ranked under the chosen
 * model (`candidatesForModel`): the full cost of those that start forced in (`defaultForce`: active
 * projects without a score of that model, committed work) plus `share` of the others' cost — but
 * never less than the dearest of the others in that year, so that each ranked candidate fits on its
 * own (with few candidates, 60 % of their cost can be less than any one of them, and the optimizer
 * would select nothing). Rounded up to 1,000. So the first run is never infeasible by construction
 * (the committed work alone fits) and never empty for want of budget alone.
 * Cost = capex + opex of each year (negative amounts count 0). Years in ascending order.
 */
export function defaultBudgetsOf(candidates: ReadonlyArray<Pick<IPrioritizationCandidate, 'score' | 'costPlan'>>, share: number = DEFAULT_BUDGET_SHARE): Array<{ year: number; amount: number }> {
  const committed = new Map<number, number>();
  const optional = new Map<number, number>();
  const dearest = new Map<number, number>();
  for (const c of candidates) {
    for (const y of c.costPlan) {
      const cost = Math.max(0, y.capex) + Math.max(0, y.opex);
      if (defaultForce(c) === 'in') {
        committed.set(y.year, (committed.get(y.year) ?? 0) + cost);
      } else {
        optional.set(y.year, (optional.get(y.year) ?? 0) + cost);
        dearest.set(y.year, Math.max(dearest.get(y.year) ?? 0, cost));
      }
    }
  }
  const total = new Map<number, number>();
  for (const year of new Set([...committed.keys(), ...optional.keys()])) {
    total.set(year, (committed.get(year) ?? 0) + Math.max(share * (optional.get(year) ?? 0), dearest.get(year) ?? 0));
  }
  // A small tolerance keeps an exact thousand (600.0000001 from floating point) from rounding up.
  return Array.from(total.entries()).sort((a, b) => a[0] - b[0]).map(([year, t]) => ({ year, amount: Math.max(0, Math.ceil(t / 1000 - 1e-9)) * 1000 }));
}
