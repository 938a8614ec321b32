/**
 * The qualification plan: from the gap between a person's level and the PMO's target level in each
 * perspective, the training modules that build towards the levels in between — each with whether the
 * person can enrol in it now, and if not, why.
 *
 * The rule (issue 15, findings 2 and 9):
 * - A module can be enrolled in now when it has an upcoming session that takes enrolments (not
 *   started, not cancelled or held: seats or the waiting list).
 * - Its prerequisites are the modules at the earlier steps of its learning path (TrainingModules.
 *   LearningPath and PathStep: "PM basics → PRINCE2 Foundation → house standards"); they are met when
 *   the person completed each (TrainingAttendance.Completed). They are advice, not a bar (trainers may
 *   admit anyone, and the Training page lets anyone enrol): an unmet one is named ("first complete
 *   <the earliest missing step>") beside the session or "no session planned", and Enrol stays offered.
 *   The free-text Prerequisites of a module is shown on its page but not checked.
 * - Modules the person completed already are not recommended again.
 * - Within a perspective, modules whose prerequisites are met come first, then those that can be
 *   enrolled in; each group by level, then id.
 */
import type { IMaturityResult } from './levels';
import { PERSPECTIVES, type MaturityLevel, type Perspective } from './vocabulary';

/** A training module as the plan sees it (TrainingModules: MaturityPerspectives, TargetLevel, IsActive, LearningPath, PathStep). */
export interface IPlanModule {
  id: number;
  perspectives: Perspective[];
  /** The maturity level (1–5) the module builds towards. */
  level: number;
  active: boolean;
  /** The learning path it belongs to, and its step there (1 = first). */
  pathId?: number;
  pathStep?: number;
}

/** A session as the plan sees it: whether a trainee can enrol in it now (TrainingSession.bookable). */
export interface IPlanSession {
  moduleId: number;
  /** ISO instant (UTC). */
  startUtc: string;
  /** Not started, not cancelled, not held: a seat or the waiting list. */
  bookable: boolean;
}

/** What the plan knows of the person's training: the sessions to come and the modules they completed. */
export interface IPlanTraining {
  sessions: ReadonlyArray<IPlanSession>;
  completedModuleIds: ReadonlyArray<number>;
}

/**
 * Whether a recommended module can be enrolled in now; `firstComplete`, when present, advises the module
 * to complete first (the earliest step of its learning path not completed): advice, Enrol stays offered.
 */
export type PlanAvailability =
  /** An upcoming session takes enrolments: the soonest. */
  | { kind: 'enrol'; nextStartUtc: string; firstComplete?: number }
  /** No upcoming session takes enrolments. */
  | { kind: 'noSession'; firstComplete?: number };

/** One recommended module with its availability. */
export interface IPlanRecommendation {
  moduleId: number;
  availability: PlanAvailability;
}

/** One perspective of the plan. */
export interface IPlanStep {
  perspective: Perspective;
  /** The person's level; undefined when the perspective is not (fully) assessed: counted as 0. */
  current: MaturityLevel | undefined;
  target: MaturityLevel;
  /** target − current (current missing: target), always > 0. */
  gap: number;
  /** Active, not completed modules of the perspective with a level above current and at most target: prerequisites met first, then those that can be enrolled in, then by level, then id. */
  moduleIds: number[];
  /** The same modules, in the same order, with their availability. */
  recommendations: IPlanRecommendation[];
}

/** The earliest step of the module's learning path before it that the person has not completed (the advised prerequisite). */
function missingStep(m: IPlanModule, modules: ReadonlyArray<IPlanModule>, done: ReadonlySet<number>): number | undefined {
  if (m.pathId === undefined || m.pathStep === undefined) return undefined;
  const missing = modules
    .filter(x => x.id !== m.id && x.pathId === m.pathId && x.pathStep !== undefined && x.pathStep < (m.pathStep as number) && !done.has(x.id))
    .sort((a, b) => (a.pathStep as number) - (b.pathStep as number) || a.id - b.id)[0];
  return missing?.id;
}

/** Whether and when a module can be enrolled in, with the prerequisite advised first when one is unmet (see the file's rule). */
export function availabilityOf(m: IPlanModule, modules: ReadonlyArray<IPlanModule>, training: IPlanTraining): PlanAvailability {
  const firstComplete = missingStep(m, modules, new Set(training.completedModuleIds));
  const advice = firstComplete === undefined ? {} : { firstComplete };
  const next = training.sessions.filter(s => s.moduleId === m.id && s.bookable).map(s => s.startUtc).sort()[0];
  return next ? { kind: 'enrol', nextStartUtc: next, ...advice } : { kind: 'noSession', ...advice };
}

/**
 * The perspectives below their target, in P3M3's order, each with the modules that close the gap and
 * whether the person can enrol in each now. Perspectives at or above their target are left out.
 */
export function qualificationPlan(result: IMaturityResult, targets: Record<Perspective, MaturityLevel>, modules: ReadonlyArray<IPlanModule>, training: IPlanTraining): IPlanStep[] {
  const plan: IPlanStep[] = [];
  const done = new Set(training.completedModuleIds);
  for (const perspective of PERSPECTIVES) {
    const current = result.perspectives[perspective];
    const target = targets[perspective];
    const from = current ?? 0;
    if (!(target > from)) continue;
    const recommendations = modules
      .filter(m => m.active && !done.has(m.id) && m.perspectives.indexOf(perspective) >= 0 && m.level > from && m.level <= target)
      .map(m => ({ m, availability: availabilityOf(m, modules, training) }))
      .sort((a, b) => Number(a.availability.firstComplete !== undefined) - Number(b.availability.firstComplete !== undefined)
        || Number(b.availability.kind === 'enrol') - Number(a.availability.kind === 'enrol') || a.m.level - b.m.level || a.m.id - b.m.id)
      .map(x => ({ moduleId: x.m.id, availability: x.availability }));
    plan.push({ perspective, current, target, gap: target - from, moduleIds: recommendations.map(r => r.moduleId), recommendations });
  }
  return plan;
}
