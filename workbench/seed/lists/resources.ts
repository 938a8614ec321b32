/**
 * The resource pool and its demand: Roles (capacity per month), Resources (the demo users who work
 * in projects) and Assignments (demand per role and month: committed for active projects, proposed
 * for proposed projects and for approved requests without a project yet).
 */
import { AssignmentsList, ProjectRequestsList, ResourcesList, RolesList } from '../../../src/schema';
import { demoUsers } from '../../directory';
import { choiceCodes } from '../choices';
import { monthKey, monthOf, monthStartDay } from '../dates';
import { jsonRef, ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { RESOURCE_ROLE_OF_USER, ROLES } from '../reference';
import { ROLE_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import { REF_MONTH, iso } from '../shared';
import type { IProjectScope } from './scope';
import type { Lang } from '../text';
import { departmentName } from '../vocabulary';

const R = RolesList.fields;
const P = ResourcesList.fields;
const A = AssignmentsList.fields;
const demandState = choiceCodes(AssignmentsList.choices.DemandState);

/** The row of the role with a code. @throws Error for an unknown code (a programming error). */
export function roleIndex(code: string): number {
  const i = ROLES.findIndex(r => r.code === code);
  if (i < 0) throw new Error(`No role ${code}`);
  return i;
}

/** The share of a month's usual working days (holidays: 60 % in August, 75 % in December, else all); `m` a month number. */
export function monthFactor(m: number): number {
  return m % 12 === 7 ? 0.6 : m % 12 === 11 ? 0.75 : 1;
}

/** The ten roles (titled in `lang`), with a pool that grows with the portfolio and 24 months of capacity (less in August and December). */
export function roleRows(projects: number, lang: Lang): ISeedRow[] {
  return ROLES.map(r => {
    const [title, summary] = ROLE_TEXTS[lang][r.code];
    const pool = Math.max(1, Math.round((Math.max(projects, 10) / 10) * r.perPool));
    const monthly = pool * 18;
    const capacity: Array<{ month: string; days: number }> = [];
    for (let m = 2026 * 12; m < 2028 * 12; m++) capacity.push({ month: monthKey(m), days: Math.round(monthly * monthFactor(m) * 10) / 10 });
    return row(RolesList, { [R.Title]: title, [R.Code]: r.code, [R.MonthlyCapacityDays]: monthly, [R.CapacityByMonthJson]: { json: capacity }, [R.Summary]: summary, [R.IsActive]: true });
  });
}

/** Resources, and their rows by user and by role code. */
export interface IResources {
  rows: ISeedRow[];
  resourceOfUser: Map<string, number>;
  resourcesOfRole: Map<string, number[]>;
}

/** One resource per demo user who works in projects (board members do not); departments named in the site's language. */
export function resourceRows(rng: Rng, lang: Lang): IResources {
  const rows: ISeedRow[] = [];
  const resourceOfUser = new Map<string, number>();
  const resourcesOfRole = new Map<string, number[]>();
  for (const u of demoUsers) {
    if (u.role === 'boardMember') continue;
    const alias = u.userPrincipalName.split('@')[0];
    const roleCode = RESOURCE_ROLE_OF_USER[alias] ?? 'PM';
    const fte = u.role === 'owner' ? 0.5 : rng.weighted([['1', 6], ['0.8', 3], ['0.5', 1]] as const);
    const idx = rows.push(row(ResourcesList, {
      [P.Title]: u.displayName,
      [P.ResourceUser]: user(u.userPrincipalName),
      [P.ResourceRole]: ref(RolesList, roleIndex(roleCode)),
      [P.Department]: departmentName(lang, u.department),
      [P.Fte]: Number(fte),
      [P.MonthlyCapacityDays]: Math.round(18 * Number(fte) * 10) / 10,
      [P.IsActive]: true
    })) - 1;
    resourceOfUser.set(u.userPrincipalName, idx);
    resourcesOfRole.set(roleCode, [...(resourcesOfRole.get(roleCode) ?? []), idx]);
  }
  return { rows, resourceOfUser, resourcesOfRole };
}

/**
 * Resource demand of an active or proposed project in a 9-month window around the reference date.
 * Sized to the pool (`roleRows`): a project manager leads several projects (two per ten projects of
 * the portfolio, about seven of them active), so a project takes 2–6 of a manager's days a month;
 * other roles 2–14 days. Holidays shrink demand as they shrink capacity (`monthFactor`), so the
 * committed work of a role fits its capacity in most months, as on a PMO's real site.
 */
export function projectDemandRows(rng: Rng, p: IProjectScope, pool: Pick<IResources, 'resourceOfUser' | 'resourcesOfRole'>): ISeedRow[] {
  const { s } = p;
  if (s.lifecycle !== 'Active' && s.lifecycle !== 'Proposed') return [];
  const state = demandState(s.lifecycle === 'Active' ? 'Committed' : 'Proposed');
  const roles = ['PM', ...rng.sample(['BA', 'ARCH', 'DEV', 'QA', 'INFRA', 'SEC', 'DATA', 'CHG', 'PROC'], rng.int(1, 2))];
  const named = new Map<string, number | undefined>();
  for (const code of roles) {
    const people = pool.resourcesOfRole.get(code) ?? [];
    named.set(code, code === 'PM' ? pool.resourceOfUser.get(s.pm.userPrincipalName) : people.length > 0 && rng.chance(0.2) ? rng.pick(people) : undefined);
  }
  const rows: ISeedRow[] = [];
  for (let m = Math.max(s.startMonth, REF_MONTH - 2); m <= Math.min(p.endMonth, REF_MONTH + 6); m++) {
    for (const code of roles) {
      const res = state === demandState('Committed') ? named.get(code) : undefined;
      rows.push(row(AssignmentsList, {
        [A.Title]: `${p.short} – ${code} – ${monthKey(m)}`, [A.Project]: p.project, [A.ResourceRole]: ref(RolesList, roleIndex(code)),
        [A.Resource]: res !== undefined ? ref(ResourcesList, res) : null, [A.Month]: iso(monthStartDay(m)),
        [A.DemandDays]: Math.max(0.5, Math.round((code === 'PM' ? rng.int(2, 6) : rng.range(2, 14)) * monthFactor(m) * 2) / 2), [A.DemandState]: state
      }));
    }
  }
  return rows;
}

/** Proposed demand of approved requests that have no project yet (their first 18 demand entries). */
export function requestDemandRows(requests: ReadonlyArray<ISeedRow>, approvedWithoutProject: ReadonlyArray<number>): ISeedRow[] {
  const Q = ProjectRequestsList.fields;
  const rows: ISeedRow[] = [];
  for (const i of approvedWithoutProject) {
    const values = requests[i].values;
    const json = values[Q.ResourceDemandJson] as { json: Array<{ role: { $index: number }; month: string; days: number }> };
    for (const d of json.json.slice(0, 18)) {
      rows.push(row(AssignmentsList, {
        [A.Title]: `${String(values[Q.Title]).slice(0, 150)} – ${d.month}`,
        [A.RequestNumber]: jsonRef(ProjectRequestsList, i),
        [A.ResourceRole]: ref(RolesList, d.role.$index),
        [A.Month]: iso(monthStartDay(monthOf(`${d.month}-01T00:00:00Z`))),
        [A.DemandDays]: d.days,
        [A.DemandState]: demandState('Proposed')
      }));
    }
  }
  return rows;
}
