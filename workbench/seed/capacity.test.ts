/**
 * The demo's resource plan is believable, by the capacity model the product uses (src/domain/capacity:
 * roleCapacity from the tracked people's FTE, holidays, leave and non-project time plus the capacity
 * set on the role): the committed assignments of a role in a month fit the role's capacity in most
 * role-months (a PMO's real site is rarely booked beyond capacity everywhere), so the Prioritization
 * screen finds room for new work. And it shows one over-allocation on purpose — architects in March
 * 2027 once proposed demand counts — that a what-if moving one request by three months clears.
 */
import { generateSeed } from './generate';
import type { IJsonRef, ILookupRef, ISeedData, ISeedRow } from './model';
import { SHOWCASE } from './lists/showcase';
import { CAPACITY_MONTHS } from './lists/resources';
import { monthKey } from './dates';
import { REF_MONTH } from './shared';
import {
  applyWhatIf, buildHeatMap, coveredWorkingDays, DEFAULT_CAPACITY_SETTINGS, monthRange, overAllocations, requestDemand, roleCapacity, sourceKey, UNDECIDED_INTAKE_STATES, workingDaysInMonth,
  type IDemandEntry, type IResourcePool
} from '../../src/domain/capacity';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => {
  const l = d.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list ${key}`);
  return l.rows;
};

/** The pool as the capacity service reads it, with row indexes as ids. */
function poolOf(d: ISeedData): IResourcePool {
  return {
    roles: rowsOf(d, 'Roles').map((r, i) => ({
      id: i, title: String(r.values.Code), monthlyDays: Number(r.values.MonthlyCapacityDays), byMonth: (r.values.CapacityByMonthJson as { json: Array<{ month: string; days: number }> }).json
    })),
    people: rowsOf(d, 'Resources').map((p, i) => ({
      id: i, title: String(p.values.Title), role: (p.values.ResourceRole as ILookupRef).index, fte: Number(p.values.Fte), nonProjectPercent: Number(p.values.NonProjectPercent), team: String(p.values.Team)
    })),
    absences: rowsOf(d, 'Absences').map(a => {
      const who = a.values.Resource as ILookupRef | null;
      const days = { start: String(a.values.StartDate).slice(0, 10), end: String(a.values.EndDate).slice(0, 10) };
      return who ? { person: who.index, ...days } : days;
    })
  };
}

/** Committed and proposed demand as the capacity service reads it: Assignments rows, and undecided requests' grids. */
function demandOf(d: ISeedData): IDemandEntry[] {
  const requests = rowsOf(d, 'ProjectRequests');
  const out: IDemandEntry[] = rowsOf(d, 'Assignments').map(a => {
    const v = a.values;
    const project = v.Project as ILookupRef | null | undefined;
    const request = v.RequestNumber as IJsonRef | null | undefined;
    const source = project ? { kind: 'project' as const, id: project.index, title: '' } : { kind: 'request' as const, id: (request as IJsonRef).$index, title: '' };
    return { source, state: v.DemandState === 'Committed' ? 'Committed' as const : 'Proposed' as const, role: (v.ResourceRole as ILookupRef).index, month: String(v.Month).slice(0, 7), days: Number(v.DemandDays) };
  });
  requests.forEach((r, i) => {
    const v = r.values;
    if ((UNDECIDED_INTAKE_STATES as ReadonlyArray<string>).indexOf(String(v.IntakeState)) < 0 || v.Project) return;
    const grid = (v.ResourceDemandJson as { json: Array<{ role: IJsonRef; month: string; days: number }> }).json;
    out.push(...requestDemand({ id: i, title: String(v.Title) }, grid.map(c => ({ role: c.role.$index, month: c.month, days: c.days }))));
  });
  return out;
}

interface IRoleMonth { role: string; month: string; committed: number; capacity: number }

/**
 * The months the projects plan their demand for (two months back to six ahead of the reference date,
 * lists/resources.ts): approved requests' grids reach further, into months no project has planned yet.
 */
const PLANNED_MONTHS: ReadonlyArray<string> = CAPACITY_MONTHS.filter(m => m >= REF_MONTH - 2 && m <= REF_MONTH + 6).map(monthKey);

/** Committed days and capacity (roleCapacity) per role and planned month that has committed work. */
function roleMonths(d: ISeedData): IRoleMonth[] {
  const pool = poolOf(d);
  const months = PLANNED_MONTHS.slice();
  const capacity = roleCapacity(pool, months);
  const committed = new Map<string, number>();
  for (const e of demandOf(d)) {
    if (e.state !== 'Committed' || months.indexOf(e.month) < 0) continue;
    const key = `${e.role}|${e.month}`;
    committed.set(key, (committed.get(key) ?? 0) + e.days);
  }
  return Array.from(committed.entries()).map(([key, days]) => {
    const [role, month] = key.split('|');
    return { role: pool.roles[Number(role)].title, month, committed: days, capacity: (capacity.get(Number(role)) ?? [])[months.indexOf(month)].days };
  });
}

describe('the demo resource plan', () => {
  it.each([60, 30, 200])('keeps committed work within capacity in at least 90 %% of role-months (%i projects)', projects => {
    const cells = roleMonths(generateSeed({ projects }));
    const over = cells.filter(c => c.committed > c.capacity);
    expect(cells.length).toBeGreaterThan(20);
    expect({ over: over.length, share: over.length / cells.length <= 0.1 }).toEqual({ over: over.length, share: true });
    // No role is booked beyond capacity in most months (as the project managers were, every month).
    const roles = Array.from(new Set(cells.map(c => c.role)));
    expect(roles.filter(r => cells.filter(c => c.role === r && c.committed > c.capacity).length > cells.filter(c => c.role === r).length / 4)).toEqual([]);
    // Not idle either: the project managers are busy, with room left for new work in most months.
    const pm = cells.filter(c => c.role === 'PM');
    expect(pm.reduce((t, c) => t + c.committed, 0) / pm.reduce((t, c) => t + c.capacity, 0)).toBeGreaterThan(0.4);
  });

  it('sets on each role only the capacity its tracked people do not bring, so that the total is the pool the portfolio needs', () => {
    const d = generateSeed({ projects: 60 });
    const pool = poolOf(d);
    const capacity = roleCapacity(pool, ['2027-03', '2027-08']);
    // The share of a month's working days the public holidays (absences of everyone) leave open: they
    // take their share of the set capacity too.
    const everyone = pool.absences.filter(a => a.person === undefined);
    const open = (m: string): number => (workingDaysInMonth(m) - coveredWorkingDays(m, everyone)) / workingDaysInMonth(m);
    // The architects' pool at 60 projects: 6 people at 18 days (60 % of it in August), less the holidays; no architect is tracked one by one.
    const arch = pool.roles.findIndex(r => r.title === 'ARCH');
    expect(capacity.get(arch)?.map(c => Math.round(c.days))).toEqual([Math.round(108 * open('2027-03')), Math.round(64.8 * open('2027-08'))]);
    expect(capacity.get(arch)?.[0].peopleDays).toBe(0);
    const pm = pool.roles.findIndex(r => r.title === 'PM');
    const pmCells = capacity.get(pm) ?? [];
    expect(pmCells[0].peopleDays).toBeGreaterThan(50);
    // Set (before the holidays' share) + tracked people = the pool of 12 project managers at 18 days.
    expect(pmCells[0].setDays / open('2027-03') + pmCells[0].peopleDays).toBeCloseTo(216, 0);
  });

  it.each([[60, 'en-us'], [60, 'de-de'], [10, 'it-it'], [20, 'fr-fr'], [200, 'nl-nl']])('shows architects over capacity in March 2027 that moving one request by three months clears (%i projects, %s)', (projects, locale) => {
    const d = generateSeed({ projects, locale });
    const pool = poolOf(d);
    const demand = demandOf(d);
    const months = monthRange('2026-11', 12);
    const settings = DEFAULT_CAPACITY_SETTINGS;
    const heat = (entries: IDemandEntry[]): ReturnType<typeof overAllocations> => overAllocations(buildHeatMap({ pool, demand: entries, months, dimension: 'role', includeProposed: true, settings }), settings);
    const arch = String(pool.roles.findIndex(r => r.title === SHOWCASE.role));
    const cell = heat(demand).filter(o => o.rowKey === arch && o.month === SHOWCASE.month)[0];
    expect(cell).toBeDefined();
    // Committed work alone fits; the request under review tips it over.
    const committedOnly = overAllocations(buildHeatMap({ pool, demand, months, dimension: 'role', includeProposed: false, settings }), settings);
    expect(committedOnly.filter(o => o.rowKey === arch && o.month === SHOWCASE.month)).toEqual([]);
    const request = cell.contributions.filter(c => c.state === 'Proposed' && c.source.kind === 'request')[0];
    expect(rowsOf(d, 'ProjectRequests')[request.source.id].values.IntakeState).toBe('InReview');
    const shifted = heat(applyWhatIf(demand, { shifts: [{ source: sourceKey(request.source), months: SHOWCASE.shift }], leaveOut: [] }));
    expect(shifted.filter(o => o.rowKey === arch)).toEqual([]);
  });
});
