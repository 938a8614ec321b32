/**
 * What the intake service checks before it writes a request, beyond the form's rules
 * (validateRequest): every value must be one SharePoint stores exactly as sent, and one the domain
 * accepts. A write with any problem is refused whole, each problem naming its field; nothing is
 * dropped, rounded or clamped silently.
 *
 * - strategic objectives: positive whole ids of active objectives, each once;
 * - urgency: one of the urgencies (required);
 * - cost plan: amounts finite, 0 or more, at most MAX_AMOUNT (src/domain/numbers), at most cents;
 * - resource demand: at most MAX_DEMAND_CELLS cells, each an active role, a real month (YYYY-MM)
 *   within the desired start and end (when both are set) and among their first MAX_DEMAND_MONTHS
 *   months, once per role and month, days finite, 0 or more, at most MAX_DEMAND_DAYS, one decimal.
 */
import { demandMonths, isIsoDate, URGENCIES, type IRequestInput, type IValidationIssue } from './intake';
import { MAX_AMOUNT } from './numbers';

/** Most cells a request's resource demand can have (roles × months stay far below it in practice). */
export const MAX_DEMAND_CELLS: number = 2000;
/** Most days of one role in one month (a whole team of a role for a month). */
export const MAX_DEMAND_DAYS: number = 9999;

/** What a request may refer to: the active objectives and roles, and the business units (what the form offers). */
export interface IIntakeChoices {
  objectiveIds: ReadonlyArray<number>;
  roleIds: ReadonlyArray<number>;
  /** Titles of the active business units the PMO maintains; a submitted request names one of them. */
  businessUnits?: ReadonlyArray<string>;
}

function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function isWholeId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}

function objectiveIssues(r: IRequestInput, choices: IIntakeChoices): IValidationIssue[] {
  const out: IValidationIssue[] = [];
  const seen: number[] = [];
  for (const id of r.objectiveIds as ReadonlyArray<unknown>) {
    if (!isWholeId(id) || choices.objectiveIds.indexOf(id) < 0) out.push({ field: 'objectives', code: 'objectiveUnknown', params: [String(id)] });
    else if (seen.indexOf(id) >= 0) out.push({ field: 'objectives', code: 'objectiveDuplicate', params: [id] });
    if (isWholeId(id)) seen.push(id);
  }
  return out;
}

function costIssues(r: IRequestInput): IValidationIssue[] {
  const out: IValidationIssue[] = [];
  for (const y of r.costPlan) {
    for (const kind of ['capex', 'opex'] as const) {
      const v = y[kind];
      // validateRequest already names a negative or non-numeric amount; these are the ones it lets through.
      if (typeof v !== 'number' || !isFinite(v) || v < 0) continue;
      if (v > MAX_AMOUNT) out.push({ field: 'costPlan', code: 'costTooLarge', params: [y.year, kind, MAX_AMOUNT] });
      else if (!hasAtMostDecimals(v, 2)) out.push({ field: 'costPlan', code: 'costPrecision', params: [y.year, kind] });
    }
  }
  return out;
}

function demandIssues(r: IRequestInput, choices: IIntakeChoices): IValidationIssue[] {
  const cells = r.resourceDemand;
  if (cells.length > MAX_DEMAND_CELLS) return [{ field: 'resourceDemand', code: 'demandTooMany', params: [MAX_DEMAND_CELLS] }];
  const out: IValidationIssue[] = [];
  const withDates = !!r.desiredStart && !!r.desiredEnd && isIsoDate(r.desiredStart) && isIsoDate(r.desiredEnd) && r.desiredStart < r.desiredEnd;
  // With both dates valid, demandMonths spans the desired period (at most MAX_DEMAND_MONTHS months).
  const months = withDates ? demandMonths(r.desiredStart, r.desiredEnd, r.desiredStart as string) : [];
  const seen = new Set<string>();
  for (const c of cells) {
    const role: unknown = c.role;
    const month: unknown = c.month;
    if (!isWholeId(role) || choices.roleIds.indexOf(role) < 0) {
      out.push({ field: 'resourceDemand', code: 'demandRoleUnknown', params: [String(role)] });
      continue;
    }
    if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      out.push({ field: 'resourceDemand', code: 'demandMonthInvalid', params: [String(month)] });
      continue;
    }
    if (withDates && months.indexOf(month) < 0) out.push({ field: 'resourceDemand', code: 'demandOutsideDates', params: [role, month] });
    const key = `${role}|${month}`;
    if (seen.has(key)) out.push({ field: 'resourceDemand', code: 'demandDuplicate', params: [role, month] });
    seen.add(key);
    const days: unknown = c.days;
    if (typeof days !== 'number' || !isFinite(days) || days < 0) continue; // validateRequest names it (demandInvalid)
    if (days > MAX_DEMAND_DAYS) out.push({ field: 'resourceDemand', code: 'demandTooLarge', params: [role, month, MAX_DEMAND_DAYS] });
    else if (!hasAtMostDecimals(days, 1)) out.push({ field: 'resourceDemand', code: 'demandPrecision', params: [role, month] });
  }
  return out;
}

/**
 * The problems of a request's values that the form's rules (validateRequest) do not cover; see the
 * module comment. Empty when every value can be written as it is.
 */
export function checkRequestValues(r: IRequestInput, choices: IIntakeChoices, mode: 'draft' | 'submit' = 'submit'): IValidationIssue[] {
  const out: IValidationIssue[] = [...objectiveIssues(r, choices)];
  // A draft may keep a unit the PMO has since retired (the form shows it as no longer listed); a
  // submitted request names a unit of the list, whatever a client sends.
  const unit = (r.businessUnit ?? '').trim();
  if (mode === 'submit' && unit && choices.businessUnits && choices.businessUnits.indexOf(unit) < 0) {
    out.push({ field: 'businessUnit', code: 'choiceInvalid', params: [unit] });
  }
  if (!r.urgency) out.push({ field: 'urgency', code: 'required' });
  else if (URGENCIES.indexOf(r.urgency) < 0) out.push({ field: 'urgency', code: 'choiceInvalid', params: [String(r.urgency)] });
  out.push(...costIssues(r), ...demandIssues(r, choices));
  return out;
}
