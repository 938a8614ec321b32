/**
 * The Prioritization screen's texts for the optimizer's rows and reasons: a resource row as
 * "Budget 2027" or "Architect, March 2027 capacity", why a candidate is left out, why no selection
 * is feasible. Every text comes from src/loc; amounts and days in the user's locale.
 */
import * as prioStrings from 'PrioritizationStrings';
import { formatAmountFor } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import type { ConstraintRef, ExclusionReason, InfeasibilityReason, MinimumLabel, ResourceLabel } from '../../domain/prioritization';

/** How the screen names rows and candidates. */
export interface ILabelContext {
  locale: string;
  resources: ReadonlyArray<ResourceLabel>;
  minimums: ReadonlyArray<MinimumLabel>;
  /** Candidate id → title. */
  titleOf: (id: string) => string;
  /** Objective id → title. */
  objectiveTitle: (id: number) => string;
}

/** "March 2027" in the locale, from 'YYYY-MM'. */
export function monthText(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A resource row's name: "Budget 2027" or "Architect, March 2027 capacity". */
export function resourceText(label: ResourceLabel | undefined, locale: string): string {
  if (!label) return '';
  return label.kind === 'budget'
    ? formatString(prioStrings.Prio_Row_Budget, label.year)
    : formatString(prioStrings.Prio_Row_Capacity, label.roleTitle, monthText(label.month, locale));
}

/** A resource row's amount: money for a budget, days for a capacity. */
export function resourceAmount(label: ResourceLabel | undefined, value: number, locale: string): string {
  return label?.kind === 'capacity' ? formatString(prioStrings.Prio_Days, formatAmountFor(value, locale, 1)) : formatAmountFor(value, locale, 0);
}

/** Any row's name (budget, capacity, objective minimum, dependency, exclusion). */
export function constraintText(ref: ConstraintRef, ctx: ILabelContext): string {
  switch (ref.kind) {
    case 'capacity': return resourceText(ctx.resources[ref.index], ctx.locale);
    case 'minimum': {
      const m = ctx.minimums[ref.index];
      return formatString(prioStrings.Prio_Row_Minimum, m ? ctx.objectiveTitle(m.objectiveId) : String(ref.index));
    }
    case 'requires': return formatString(prioStrings.Prio_Row_Requires, ctx.titleOf(ref.dependent), ctx.titleOf(ref.prerequisite));
    case 'excludes': return formatString(prioStrings.Prio_Row_Excludes, ctx.titleOf(ref.a), ctx.titleOf(ref.b));
  }
}

/** Why a candidate is left out, as a sentence. */
export function exclusionText(reason: ExclusionReason, ctx: ILabelContext): string {
  const row = (k: number): string => resourceText(ctx.resources[k], ctx.locale);
  const amount = (k: number, v: number): string => resourceAmount(ctx.resources[k], v, ctx.locale);
  switch (reason.kind) {
    case 'forcedOut': return prioStrings.Prio_Why_forcedOut;
    case 'needs': return formatString(reason.prerequisiteForcedOut ? prioStrings.Prio_Why_needsForcedOut : prioStrings.Prio_Why_needs, ctx.titleOf(reason.prerequisite));
    case 'excludedBy': return formatString(prioStrings.Prio_Why_excludedBy, ctx.titleOf(reason.by));
    case 'tooLarge': return formatString(prioStrings.Prio_Why_tooLarge, row(reason.resource), amount(reason.resource, reason.need), amount(reason.resource, reason.capacity));
    case 'lowerValue': return formatString(prioStrings.Prio_Why_lowerValue, row(reason.resource), amount(reason.resource, reason.shortfall), formatAmountFor(reason.valueToGiveUp, ctx.locale, 1), formatAmountFor(reason.value, ctx.locale, 1));
    case 'capacity': return formatString(prioStrings.Prio_Why_capacity, reason.resources.map(r => row(r.resource)).join('; '));
    case 'fits': return prioStrings.Prio_Why_fits;
    case 'noValue': return prioStrings.Prio_Why_noValue;
  }
}

/** Why no selection is feasible, as a sentence naming the conflicting constraints. */
export function infeasibleText(reason: InfeasibilityReason, ctx: ILabelContext): string {
  const names = (ids: ReadonlyArray<string>): string => ids.map(ctx.titleOf).join(', ');
  switch (reason.kind) {
    case 'forcedInAndOut': return formatString(prioStrings.Prio_Infeasible_forcedInAndOut, ctx.titleOf(reason.candidate));
    case 'forcedOverCapacity':
      return formatString(prioStrings.Prio_Infeasible_forcedOverCapacity, names([...reason.forced, ...reason.implied]), resourceText(ctx.resources[reason.resource], ctx.locale),
        resourceAmount(ctx.resources[reason.resource], reason.use, ctx.locale), resourceAmount(ctx.resources[reason.resource], reason.capacity, ctx.locale));
    case 'forcedNeedsForcedOut': return formatString(prioStrings.Prio_Infeasible_forcedNeedsForcedOut, ctx.titleOf(reason.candidate), ctx.titleOf(reason.prerequisite));
    case 'forcedExcluded': return formatString(prioStrings.Prio_Infeasible_forcedExcluded, ctx.titleOf(reason.a), ctx.titleOf(reason.b));
    case 'minimumUnreachable': return formatString(prioStrings.Prio_Infeasible_minimumUnreachable, constraintText({ kind: 'minimum', index: reason.minimum }, ctx), reason.required, reason.reachable);
    case 'minimumsAndCapacities': return prioStrings.Prio_Infeasible_minimumsAndCapacities;
  }
}

/** A relative gap as a percentage in the locale ("0.42 %"); "∞" when unbounded. */
export function gapText(gap: number, locale: string): string {
  if (!isFinite(gap)) return '∞';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(gap);
}
