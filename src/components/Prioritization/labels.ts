/**
 * The Prioritization screen's texts for the optimizer's rows and reasons: a resource row as
 * "Budget 2027" or "Architect, March 2027 capacity", why a candidate is left out, why no selection
 * is feasible. Every text comes from src/loc; amounts and days in the user's locale.
 */
import * as prioStrings from 'PrioritizationStrings';
import { formatAmountFor } from '../../domain/numbers';
import { formatPlural, formatString } from '../../domain/text';
import { isOverbooked, type ConstraintRef, type ExclusionReason, type InfeasibilityReason, type IRowStatus, type MinimumLabel, type ResourceLabel } from '../../domain/prioritization';

/** How many names (or rows) a list in a sentence shows before "and N more". */
export const LISTED_NAMES: number = 5;

/** A list in a sentence: at most {@link LISTED_NAMES} items, comma-separated, then "and N more" (the one rule for every such list). */
export function nameList(items: ReadonlyArray<string>, locale: string, separator: string = ', '): string {
  if (items.length <= LISTED_NAMES) return items.join(separator);
  const more = items.length - LISTED_NAMES;
  return formatPlural({ one: prioStrings.Prio_MoreNames_one, other: prioStrings.Prio_MoreNames }, more, locale, items.slice(0, LISTED_NAMES).join(separator), more);
}

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

/**
 * An overbooked capacity row (committed work takes all of the role's capacity in the month):
 * "Project Manager, December 2026: overbooked — 330 days committed of 162 days available; no room
 * for new work". Empty for any other row.
 */
export function overbookedText(label: ResourceLabel | undefined, locale: string): string {
  if (!label || label.kind !== 'capacity' || !isOverbooked(label)) return '';
  const days = (v: number): string => formatString(prioStrings.Prio_Days, formatAmountFor(v, locale, 1));
  return formatString(prioStrings.Prio_Row_Overbooked, label.roleTitle, monthText(label.month, locale), days(label.committed ?? 0), days(label.capacity ?? 0));
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

/**
 * A binding row as the result lists it: an overbooked capacity row says so (committed of available,
 * no room); another capacity row its use and limit ("Architect, March 2027 capacity (8 days / 8
 * days)"); any other row its name.
 */
export function bindingText(row: IRowStatus, ctx: ILabelContext): string {
  if (row.ref.kind !== 'capacity') return constraintText(row.ref, ctx);
  const label = ctx.resources[row.ref.index];
  const overbooked = overbookedText(label, ctx.locale);
  if (overbooked) return overbooked;
  return `${constraintText(row.ref, ctx)}${label?.kind === 'capacity' ? ` (${resourceAmount(label, row.use, ctx.locale)} / ${resourceAmount(label, row.limit, ctx.locale)})` : ''}`;
}

/** Why a candidate is left out, as a sentence. */
export function exclusionText(reason: ExclusionReason, ctx: ILabelContext): string {
  const row = (k: number): string => resourceText(ctx.resources[k], ctx.locale);
  const amount = (k: number, v: number): string => resourceAmount(ctx.resources[k], v, ctx.locale);
  switch (reason.kind) {
    case 'forcedOut': return prioStrings.Prio_Why_forcedOut;
    case 'needs': return formatString(reason.prerequisiteForcedOut ? prioStrings.Prio_Why_needsForcedOut : prioStrings.Prio_Why_needs, ctx.titleOf(reason.prerequisite));
    case 'excludedBy': return formatString(prioStrings.Prio_Why_excludedBy, ctx.titleOf(reason.by));
    case 'tooLarge': {
      const overbooked = overbookedText(ctx.resources[reason.resource], ctx.locale);
      return overbooked ? formatString(prioStrings.Prio_Why_overbooked, amount(reason.resource, reason.need), overbooked)
        : formatString(prioStrings.Prio_Why_tooLarge, row(reason.resource), amount(reason.resource, reason.need), amount(reason.resource, reason.capacity));
    }
    case 'lowerValue': return formatString(prioStrings.Prio_Why_lowerValue, row(reason.resource), amount(reason.resource, reason.shortfall), formatAmountFor(reason.valueToGiveUp, ctx.locale, 1), formatAmountFor(reason.value, ctx.locale, 1));
    case 'capacity': return formatString(prioStrings.Prio_Why_capacity, nameList(reason.resources.map(r => row(r.resource)), ctx.locale, '; '));
    case 'fits': return prioStrings.Prio_Why_fits;
    case 'noValue': return prioStrings.Prio_Why_noValue;
  }
}

/** Why no selection is feasible, as a sentence naming the conflicting constraints. */
export function infeasibleText(reason: InfeasibilityReason, ctx: ILabelContext): string {
  const names = (ids: ReadonlyArray<string>): string => nameList(ids.map(ctx.titleOf), ctx.locale);
  switch (reason.kind) {
    case 'forcedInAndOut': return formatString(prioStrings.Prio_Infeasible_forcedInAndOut, ctx.titleOf(reason.candidate));
    case 'forcedOverCapacity':
      if (isOverbooked(ctx.resources[reason.resource])) {
        return formatString(prioStrings.Prio_Infeasible_forcedOverbooked, names([...reason.forced, ...reason.implied]),
          resourceAmount(ctx.resources[reason.resource], reason.use, ctx.locale), overbookedText(ctx.resources[reason.resource], ctx.locale));
      }
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
