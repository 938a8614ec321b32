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
 * without any score does.
 */
export function candidatesForModel<T extends IPrioritizationCandidate>(candidates: ReadonlyArray<T>, modelId: number | undefined): Array<T & { otherModel?: IScoringModelRef }> {
  if (modelId === undefined) return candidates.slice();
  const out: Array<T & { otherModel?: IScoringModelRef }> = [];
  for (const c of candidates) {
    if (!c.model || c.model.id === modelId) out.push(c);
    else if (c.kind === 'project') out.push({ ...c, score: undefined, model: undefined, otherModel: c.model });
  }
  return out;
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
