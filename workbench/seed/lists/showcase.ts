/**
 * The over-allocation the demo shows: in March 2027 (four months after the reference date) the
 * solution architects (role ARCH) are asked for more than they have once proposed demand counts.
 * The request under review (IntakeState InReview) that asks for architects in that month — the first
 * such request, else the first request under review — asks for enough architect days that committed
 * and proposed demand exceed the role's capacity by a sixth of it. Moving that request's start by
 * three months (a what-if) moves its demand to June 2027, after the projects' planned demand ends
 * (they plan up to six months ahead), where the architects have room: the over-allocation clears.
 * Sized from the generated pool and demand, so it holds at any portfolio size and in every language.
 */
import { ProjectRequestsList, RolesList } from '../../../src/schema';
import { UNDECIDED_INTAKE_STATES } from '../../../src/domain/capacity';
import type { IJsonRef, ILookupRef, ISeedRow } from '../model';
import { jsonRef } from '../model';
import { roleIndex, CAPACITY_MONTHS } from './resources';
import { monthKey } from '../dates';
import { REF_MONTH } from '../shared';

/** The role and month of the showcase, and the share of capacity the demand exceeds it by. */
export const SHOWCASE = { role: 'ARCH', month: monthKey(REF_MONTH + 4), over: 1 / 6, shift: 3 } as const;

type GridCell = { role: IJsonRef; month: string; days: number };

/** Days of the showcase role in the showcase month: the role's capacity (set + tracked) and the demand of assignments and undecided requests. */
function showcaseFigures(roles: ReadonlyArray<ISeedRow>, tracked: ReadonlyArray<ReadonlyArray<number>>, assignments: ReadonlyArray<ISeedRow>, requests: ReadonlyArray<ISeedRow>): { capacity: number; demand: number } {
  const role = roleIndex(SHOWCASE.role);
  const m = CAPACITY_MONTHS.findIndex(x => monthKey(x) === SHOWCASE.month);
  const set = (roles[role].values[RolesList.fields.CapacityByMonthJson] as { json: Array<{ month: string; days: number }> }).json.filter(c => c.month === SHOWCASE.month)[0]?.days ?? 0;
  let demand = 0;
  for (const a of assignments) {
    const v = a.values;
    if ((v.ResourceRole as ILookupRef).index === role && String(v.Month).slice(0, 7) === SHOWCASE.month) demand += Number(v.DemandDays);
  }
  for (const r of requests) {
    if (!isUndecided(r)) continue;
    for (const c of gridOf(r)) if (c.role.$index === role && c.month === SHOWCASE.month) demand += c.days;
  }
  return { capacity: set + (tracked[role]?.[m] ?? 0), demand };
}

function isUndecided(r: ISeedRow): boolean {
  const v = r.values;
  return (UNDECIDED_INTAKE_STATES as ReadonlyArray<string>).indexOf(String(v[ProjectRequestsList.fields.IntakeState])) >= 0 && !v[ProjectRequestsList.fields.Project];
}

function gridOf(r: ISeedRow): GridCell[] {
  return (r.values[ProjectRequestsList.fields.ResourceDemandJson] as { json: GridCell[] }).json;
}

/**
 * Raises the architect days of the showcase request in the showcase month (see the module's comment);
 * returns the request's row, or undefined when no request is under review (a portfolio too small to have one).
 */
export function showcaseOverAllocation(roles: ReadonlyArray<ISeedRow>, tracked: ReadonlyArray<ReadonlyArray<number>>, assignments: ReadonlyArray<ISeedRow>, requests: ReadonlyArray<ISeedRow>): number | undefined {
  const role = roleIndex(SHOWCASE.role);
  const underReview = requests.map((r, i) => ({ r, i })).filter(x => x.r.values[ProjectRequestsList.fields.IntakeState] === 'InReview' && !x.r.values[ProjectRequestsList.fields.Project]);
  const chosen = underReview.filter(x => gridOf(x.r).some(c => c.role.$index === role && c.month === SHOWCASE.month))[0] ?? underReview[0];
  if (!chosen) return undefined;
  const { capacity, demand } = showcaseFigures(roles, tracked, assignments, requests);
  const extra = Math.max(0, Math.ceil(capacity * (1 + SHOWCASE.over) - demand));
  const grid = gridOf(chosen.r);
  const cell = grid.filter(c => c.role.$index === role && c.month === SHOWCASE.month)[0];
  if (cell) cell.days += extra;
  else grid.push({ role: jsonRef(RolesList, role), month: SHOWCASE.month, days: extra });
  grid.sort((a, b) => a.month.localeCompare(b.month) || a.role.$index - b.role.$index);
  return chosen.i;
}
