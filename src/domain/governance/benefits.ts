/**
 * Benefit realisation (pure): from a benefit's baseline, target, planned realisation day and dated
 * measurements, the latest realised value, how far it is from baseline to target, and a suggested
 * status (Benefits.BenefitStatus). Works both ways: a benefit may raise a value (satisfaction, income)
 * or lower it (cost, processing time: target below baseline). Benefits are tracked after the project
 * closes (PRINCE2 2017, Benefits management approach: benefits reviews after closure).
 */
import { daysBetween, isIsoDay, type IsoDay } from '../dates';
import type { BenefitStatus } from './vocabulary';

/** A realised value measured on a day. */
export interface IBenefitMeasurement {
  on: IsoDay;
  value: number;
}

/** A benefit as the realisation reads it. */
export interface IBenefitPlan {
  baseline: number | undefined;
  target: number | undefined;
  /** The planned realisation day (Benefits.DueDate). */
  plannedDate?: IsoDay;
  measurements: ReadonlyArray<IBenefitMeasurement>;
}

/** Why there is no progress figure. */
export type BenefitProgressReason = 'baselineMissing' | 'targetMissing' | 'baselineEqualsTarget' | 'noMeasurement';

/** Where a benefit's realisation stands. */
export interface IBenefitRealisation {
  /** The latest valid measurement (latest day; on the same day, the later in the list). */
  latest?: IBenefitMeasurement;
  /**
   * Percent of the way from baseline to target of the latest value: 0 at the baseline, 100 at the
   * target; above 100 beyond the target, below 0 worse than the baseline. Undefined with `reason`.
   */
  progressPercent?: number;
  reason?: BenefitProgressReason;
  /** Whether the latest value reached the target (in the benefit's direction). */
  targetReached: boolean;
  /** The suggested status; undefined when baseline or target is missing or equal (no direction). */
  suggestedStatus?: BenefitStatus;
}

function isNumber(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** The latest valid measurement (valid day, finite value); undefined without one. */
export function latestMeasurement(measurements: ReadonlyArray<IBenefitMeasurement>): IBenefitMeasurement | undefined {
  let latest: IBenefitMeasurement | undefined;
  for (const m of measurements) {
    if (!isIsoDay(m.on) || !isNumber(m.value)) continue;
    if (!latest || daysBetween(latest.on, m.on) >= 0) latest = m;
  }
  return latest;
}

function reasonOf(plan: IBenefitPlan, latest: IBenefitMeasurement | undefined): BenefitProgressReason | undefined {
  if (!isNumber(plan.baseline)) return 'baselineMissing';
  if (!isNumber(plan.target)) return 'targetMissing';
  if (plan.baseline === plan.target) return 'baselineEqualsTarget';
  return latest ? undefined : 'noMeasurement';
}

/**
 * The realisation of a benefit on `today`: progress = (latest − baseline) ÷ (target − baseline) × 100
 * (the same formula serves both directions: a cost cut from 100 to 60 measured at 80 is 50 %).
 * Suggested status: Realised when the latest value reached the target; AtRisk when the planned day is
 * past (before today) and the target is not reached; otherwise OnTrack, or Planned while nothing has
 * been measured yet. No suggestion when baseline or target is missing or baseline equals target
 * (`reason` says which). NotRealised is never suggested: declaring a benefit lost is the owner's call.
 */
export function benefitRealisation(plan: IBenefitPlan, today: IsoDay): IBenefitRealisation {
  const latest = latestMeasurement(plan.measurements);
  const reason = reasonOf(plan, latest);
  const result: IBenefitRealisation = { targetReached: false, ...(latest ? { latest } : {}), ...(reason ? { reason } : {}) };
  if (reason && reason !== 'noMeasurement') return result;
  const baseline = plan.baseline as number;
  const target = plan.target as number;
  const overdue = isIsoDay(plan.plannedDate) && isIsoDay(today) && daysBetween(plan.plannedDate, today) > 0;
  if (!latest) return { ...result, suggestedStatus: overdue ? 'AtRisk' : 'Planned' };
  result.progressPercent = ((latest.value - baseline) / (target - baseline)) * 100;
  result.targetReached = target > baseline ? latest.value >= target : latest.value <= target;
  result.suggestedStatus = result.targetReached ? 'Realised' : overdue ? 'AtRisk' : 'OnTrack';
  return result;
}
