/**
 * The qualification plan: from the gap between a person's level and the PMO's target level in each
 * perspective, the training modules that build towards the levels in between.
 */
import type { IMaturityResult } from './levels';
import { PERSPECTIVES, type MaturityLevel, type Perspective } from './vocabulary';

/** A training module as the plan sees it (TrainingModules: MaturityPerspectives, TargetLevel, IsActive). */
export interface IPlanModule {
  id: number;
  perspectives: Perspective[];
  /** The maturity level (1–5) the module builds towards. */
  level: number;
  active: boolean;
}

/** One perspective of the plan. */
export interface IPlanStep {
  perspective: Perspective;
  /** The person's level; undefined when the perspective is not (fully) assessed: counted as 0. */
  current: MaturityLevel | undefined;
  target: MaturityLevel;
  /** target − current (current missing: target), always > 0. */
  gap: number;
  /** Active modules of the perspective with a level above current and at most target, by level, then id. */
  moduleIds: number[];
}

/**
 * The perspectives below their target, in P3M3's order, each with the modules that close the gap.
 * Perspectives at or above their target are left out.
 */
export function qualificationPlan(result: IMaturityResult, targets: Record<Perspective, MaturityLevel>, modules: ReadonlyArray<IPlanModule>): IPlanStep[] {
  const plan: IPlanStep[] = [];
  for (const perspective of PERSPECTIVES) {
    const current = result.perspectives[perspective];
    const target = targets[perspective];
    const from = current ?? 0;
    if (!(target > from)) continue;
    const moduleIds = modules
      .filter(m => m.active && m.perspectives.indexOf(perspective) >= 0 && m.level > from && m.level <= target)
      .sort((a, b) => a.level - b.level || a.id - b.id)
      .map(m => m.id);
    plan.push({ perspective, current, target, gap: target - from, moduleIds });
  }
  return plan;
}
