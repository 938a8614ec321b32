/**
 * The resource pool and its demand: Roles (capacity per month), Resources (the demo users who work
 * in projects, with their team and non-project time) and Assignments (demand per role and month:
 * committed for active projects, proposed for proposed projects; an approved request's grid committed
 * under its key, as approval writes it).
 *
 * A role's capacity is that of its tracked people (src/domain/capacity: FTE, working days less
 * holidays and leave, less non-project time) plus the capacity the PMO set on the role for the people
 * it does not track: the pool a portfolio of this size needs (`perPool` people per ten projects, 18
 * days a month each, less in August and December) less what the tracked people bring.
 */
import { AssignmentsList, ProjectRequestsList, ResourcesList, RolesList } from '../../../src/schema';
import { peopleCapacity, type IAbsence, type IPoolPerson } from '../../../src/domain/capacity';
import { demoUsers, type DemoRole, type IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { monthKey, monthOf, monthStartDay } from '../dates';
import { jsonRef, ref, refText, user, type ILookupRef, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { RESOURCE_ROLE_OF_USER, ROLES, type RoleCode } from '../reference';
import { ROLE_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import { REF_MONTH, iso } from '../shared';
import type { IProjectScope } from './scope';
import type { Lang } from '../text';
import { departmentName, teamName } from '../vocabulary';

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

/** The months roles carry a capacity for (CapacityByMonthJson): 2026 and 2027, as month numbers. */
export const CAPACITY_MONTHS: ReadonlyArray<number> = Array.from({ length: 24 }, (_, i) => 2026 * 12 + i);

/** The days a month of the role's pool (`pool` people at 18 days, less in August and December). */
function poolDays(pool: number, m: number): number {
  return pool * 18 * monthFactor(m);
}

/**
 * The ten roles (titled in `lang`) with 24 months of set capacity: the pool a portfolio of `projects`
 * needs less the capacity of the role's tracked people (`tracked`: days per month of CAPACITY_MONTHS,
 * by role row), never below 0. MonthlyCapacityDays is the same for a usual month.
 */
export function roleRows(projects: number, lang: Lang, tracked: ReadonlyArray<ReadonlyArray<number>>): ISeedRow[] {
  return ROLES.map((r, k) => {
    const [title, summary] = ROLE_TEXTS[lang][r.code];
    const pool = Math.max(1, Math.round((Math.max(projects, 10) / 10) * r.perPool));
    const mine = tracked[k] ?? [];
    const capacity = CAPACITY_MONTHS.map((m, i) => ({ month: monthKey(m), days: Math.max(0, Math.round((poolDays(pool, m) - (mine[i] ?? 0)) * 10) / 10) }));
    const usual = mine.length ? mine.reduce((t, d) => t + d, 0) / mine.length : 0;
    const monthly = Math.max(0, Math.round((pool * 18 - usual) * 10) / 10);
    return row(RolesList, { [R.Title]: title, [R.Code]: r.code, [R.MonthlyCapacityDays]: monthly, [R.CapacityByMonthJson]: { json: capacity }, [R.Summary]: summary, [R.IsActive]: true });
  });
}

/** The team of each role's people (Resources.Team, a key of the vocabulary's team names). */
const TEAM_OF_ROLE: Readonly<Record<RoleCode, string>> = {
  PM: 'delivery', BA: 'business', ARCH: 'engineering', DEV: 'engineering', QA: 'engineering', INFRA: 'operations', SEC: 'operations', DATA: 'data', CHG: 'change', PROC: 'change'
};

/** Time for work outside projects (Resources.NonProjectPercent) by what people do in the organisation. */
const NON_PROJECT_PERCENT: Readonly<Record<DemoRole, number>> = {
  owner: 40, pmoOfficer: 30, projectManager: 10, boardMember: 100, requester: 50, reader: 50, trainee: 20
};

/**
 * Each role's tracked capacity per month of CAPACITY_MONTHS (by role row): the domain's capacity of the
 * resources (`people`, by row) with their absences (`absences`: rows of Absences; without a person: everyone's).
 */
export function trackedCapacity(people: ReadonlyArray<ISeedRow>, absences: ReadonlyArray<ISeedRow>): number[][] {
  const P2 = ResourcesList.fields;
  const pool: IPoolPerson[] = people.map((p, i) => ({
    id: i, title: String(p.values[P2.Title]), role: (p.values[P2.ResourceRole] as ILookupRef).index, fte: Number(p.values[P2.Fte]),
    nonProjectPercent: Number(p.values[P2.NonProjectPercent] ?? 0), active: p.values[P2.IsActive] !== false
  }));
  const away: IAbsence[] = absences.map(a => {
    const who = a.values.Resource as ILookupRef | null;
    const days = { start: String(a.values.StartDate).slice(0, 10), end: String(a.values.EndDate).slice(0, 10) };
    return who ? { person: who.index, ...days } : days;
  });
  const byPerson = peopleCapacity({ roles: [], people: pool, absences: away }, CAPACITY_MONTHS.map(monthKey));
  const out = ROLES.map(() => CAPACITY_MONTHS.map(() => 0));
  for (const p of pool) (byPerson.get(p.id) ?? []).forEach((d, i) => { out[p.role][i] += d; });
  return out;
}

/**
 * The team a demo user has in the resource pool (Resources.Team, in the site's language), or undefined
 * for those outside it (board members): what TrainingService writes as an enrolment's team.
 */
export function resourceTeamOf(u: IDemoUser, lang: Lang): string | undefined {
  if (u.role === 'boardMember') return undefined;
  const roleCode = RESOURCE_ROLE_OF_USER[u.userPrincipalName.split('@')[0]] ?? 'PM';
  return teamName(lang, TEAM_OF_ROLE[roleCode]);
}

/** Resources, and their rows by user and by role code. */
export interface IResources {
  rows: ISeedRow[];
  resourceOfUser: Map<string, number>;
  resourcesOfRole: Map<string, number[]>;
}

/** One resource per demo user who works in projects (board members do not); departments and teams named in the site's language. */
export function resourceRows(rng: Rng, lang: Lang): IResources {
  const rows: ISeedRow[] = [];
  const resourceOfUser = new Map<string, number>();
  const resourcesOfRole = new Map<string, number[]>();
  for (const u of demoUsers) {
    if (u.role === 'boardMember') continue;
    const roleCode = RESOURCE_ROLE_OF_USER[u.userPrincipalName.split('@')[0]] ?? 'PM';
    const fte = u.role === 'owner' ? 0.5 : rng.weighted([['1', 6], ['0.8', 3], ['0.5', 1]] as const);
    const idx = rows.push(row(ResourcesList, {
      [P.Title]: u.displayName,
      [P.ResourceUser]: user(u.userPrincipalName),
      [P.ResourceRole]: ref(RolesList, roleIndex(roleCode)),
      [P.Department]: departmentName(lang, u.department),
      [P.Fte]: Number(fte),
      [P.MonthlyCapacityDays]: Math.round(18 * Number(fte) * 10) / 10,
      [P.IsActive]: true,
      [P.Team]: resourceTeamOf(u, lang),
      [P.NonProjectPercent]: NON_PROJECT_PERCENT[u.role]
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

/**
 * The committed demand of approved requests that have no project yet, as approval writes it
 * (CapacityService.commitRequestDemand): one row per cell of the request's grid, titled with its key
 * (`commitmentKey`: request id, role id, month — the ids the writer gives the rows), with the request's number.
 */
export function requestDemandRows(requests: ReadonlyArray<ISeedRow>, approvedWithoutProject: ReadonlyArray<number>): ISeedRow[] {
  const Q = ProjectRequestsList.fields;
  const rows: ISeedRow[] = [];
  for (const i of approvedWithoutProject) {
    const values = requests[i].values;
    const json = values[Q.ResourceDemandJson] as { json: Array<{ role: { $index: number }; month: string; days: number }> };
    for (const d of json.json) {
      rows.push(row(AssignmentsList, {
        [A.Title]: refText('R', jsonRef(ProjectRequestsList, i), '|', jsonRef(RolesList, d.role.$index), `|${d.month}`),
        [A.RequestNumber]: jsonRef(ProjectRequestsList, i),
        [A.ResourceRole]: ref(RolesList, d.role.$index),
        [A.Month]: iso(monthStartDay(monthOf(`${d.month}-01T00:00:00Z`))),
        [A.DemandDays]: d.days,
        [A.DemandState]: demandState('Committed')
      }));
    }
  }
  return rows;
}
