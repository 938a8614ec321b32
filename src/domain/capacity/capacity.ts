/**
 * Capacity of the resource pool per month, in person-days (the unit of Assignments.DemandDays and of
 * request demand grids). One model for the Capacity heat map and the optimizer's role × month rows
 * (planningRoles): the Prioritization screen and the heat map agree by construction.
 *
 * - A person's capacity in a month = FTE × (working days − absent working days) × (1 − non-project %).
 *   Absent days are those covered by the person's absences or by absences without a person (public
 *   holidays, closures), counted once where they overlap, and only inside the month.
 * - A role's capacity in a month is the sum over its active people plus the capacity the PMO set on
 *   the role for the people it does not track one by one (CapacityByMonthJson for the month, else
 *   MonthlyCapacityDays; 0 when every person of the role is tracked), less the share of the month's
 *   working days that absences of everyone (public holidays, closures) take. A role with no people
 *   tracked has only its set capacity; adding a person adds that person's capacity.
 * - Hours = days × hours per day, where hours per day = the organisation's weekly hours of one FTE ÷ 5
 *   (ICapacitySettings.hoursPerWeek); FTE in a month = days ÷ the month's working days.
 */
import type { IsoDay } from '../dates';
import { coveredWorkingDays, workingDaysInMonth, type MonthKey } from './calendar';

/** The organisation's capacity settings (PmoHubConfig 'Capacity.Settings'). */
export interface ICapacitySettings {
  /** Hours one full-time person works per week (e.g. 40; 38.5 or 36 in many public administrations). */
  hoursPerWeek: number;
  /** Utilisation from which a cell is shown amber (0.85 = 85 %). */
  amberFrom: number;
  /** Utilisation above which a cell is over-allocated and shown red (1 = 100 %). */
  redAbove: number;
}

/** Defaults: 40 hours a week; amber from 85 %, red above 100 %. */
export const DEFAULT_CAPACITY_SETTINGS: Readonly<ICapacitySettings> = { hoursPerWeek: 40, amberFrom: 0.85, redAbove: 1 };

/** Hours in one person-day: the weekly hours of one FTE ÷ 5. */
export function hoursPerDay(settings: Pick<ICapacitySettings, 'hoursPerWeek'>): number {
  return settings.hoursPerWeek / 5;
}

/** A role of the pool (Roles item). */
export interface IPoolRole {
  /** Roles item id. */
  id: number;
  title: string;
  code?: string;
  /** MonthlyCapacityDays: the set capacity in days per month, for the role's people not tracked one by one (0 or undefined: none). */
  monthlyDays: number;
  /** CapacityByMonthJson: set capacity for single months, overriding monthlyDays. */
  byMonth?: ReadonlyArray<{ month: MonthKey; days: number }>;
}

/** A person of the pool (Resources item). */
export interface IPoolPerson {
  /** Resources item id. */
  id: number;
  title: string;
  /** Roles item id. */
  role: number;
  team?: string;
  /** 0–1. */
  fte: number;
  /** Share of time for non-project work, 0–100 (%). */
  nonProjectPercent?: number;
  /** Inactive people add no capacity (default: active). */
  active?: boolean;
}

/** Time a person is not available (Absences item), first and last day inclusive; without `person` it applies to everyone. */
export interface IAbsence {
  /** Resources item id; undefined for everyone (a public holiday, a closure). */
  person?: number;
  start: IsoDay;
  end: IsoDay;
}

/** The resource pool: roles, people, absences. */
export interface IResourcePool {
  roles: ReadonlyArray<IPoolRole>;
  people: ReadonlyArray<IPoolPerson>;
  absences: ReadonlyArray<IAbsence>;
}

const clamp = (v: number, lo: number, hi: number): number => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo);

/** Absences by person (key: person id; key -1: everyone). */
export function absencesByPerson(absences: ReadonlyArray<IAbsence>): Map<number, IAbsence[]> {
  const out = new Map<number, IAbsence[]>();
  for (const a of absences) {
    const key = a.person ?? -1;
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  return out;
}

/**
 * A person's capacity in a month, in days: FTE × (working days − absent working days) × (1 − non-project %).
 * `absences` are the person's own and everyone's (as absencesByPerson gives them); FTE and the
 * percentage are clamped to 0–1 and 0–100. 0 for an inactive person. @throws RangeError for an invalid month.
 */
export function personCapacityDays(person: IPoolPerson, month: MonthKey, absences: ReadonlyArray<IAbsence>): number {
  if (person.active === false) return 0;
  const days = workingDaysInMonth(month) - coveredWorkingDays(month, absences);
  return clamp(person.fte, 0, 1) * days * (1 - clamp(person.nonProjectPercent ?? 0, 0, 100) / 100);
}

/** A role's capacity in one month: the total, of which `peopleDays` from its tracked people and `setDays` set on the role. */
export interface IRoleMonthCapacity {
  days: number;
  peopleDays: number;
  setDays: number;
}

/** Each person's capacity per month (person id → days per month, in `months` order). */
export function peopleCapacity(pool: IResourcePool, months: ReadonlyArray<MonthKey>): Map<number, number[]> {
  const byPerson = absencesByPerson(pool.absences);
  const everyone = byPerson.get(-1) ?? [];
  const out = new Map<number, number[]>();
  for (const p of pool.people) {
    const own = byPerson.get(p.id);
    const absences = own ? [...own, ...everyone] : everyone;
    out.set(p.id, months.map(m => personCapacityDays(p, m, absences)));
  }
  return out;
}

/**
 * Each role's capacity per month (role id → one entry per month, in `months` order): the sum over the
 * role's active people plus the set capacity (byMonth for the month, else monthlyDays; negative counts
 * 0) less the share of the month's working days that absences of everyone (public holidays) take:
 * set × (working days − everyone's absent working days) ÷ working days.
 */
export function roleCapacity(pool: IResourcePool, months: ReadonlyArray<MonthKey>): Map<number, IRoleMonthCapacity[]> {
  const people = peopleCapacity(pool, months);
  const byRole = new Map<number, number[]>();
  for (const p of pool.people) {
    if (p.active === false) continue;
    const sums = byRole.get(p.role) ?? months.map(() => 0);
    (people.get(p.id) ?? []).forEach((d, i) => { sums[i] += d; });
    byRole.set(p.role, sums);
  }
  // Absences of everyone (public holidays, closures) take their share of the month from the set
  // capacity too: the people it stands for have those days off as well.
  const everyone = absencesByPerson(pool.absences).get(-1) ?? [];
  const openShare = months.map(m => {
    const wd = workingDaysInMonth(m);
    return wd > 0 ? (wd - coveredWorkingDays(m, everyone)) / wd : 0;
  });
  const out = new Map<number, IRoleMonthCapacity[]>();
  for (const r of pool.roles) {
    const sums = byRole.get(r.id);
    const set = new Map((r.byMonth ?? []).map(c => [c.month, c.days] as const));
    out.set(r.id, months.map((m, i) => {
      const setDays = (Math.max(0, set.get(m) ?? r.monthlyDays ?? 0) || 0) * openShare[i];
      const peopleDays = sums ? sums[i] : 0;
      return { days: peopleDays + setDays, peopleDays, setDays };
    }));
  }
  return out;
}

/**
 * The roles as the optimizer's builder takes them (IRoleCapacity of src/domain/prioritization): each
 * role's capacity for every month of the horizon from roleCapacity, so its role × month rows use the
 * same figures as the Capacity heat map.
 */
export function planningRoles(pool: IResourcePool, months: ReadonlyArray<MonthKey>): Array<{ role: number; title: string; monthlyDays: number; byMonth: Array<{ month: MonthKey; days: number }> }> {
  const capacity = roleCapacity(pool, months);
  return pool.roles.map(r => ({
    role: r.id,
    title: r.title,
    monthlyDays: r.monthlyDays,
    byMonth: months.map((month, i) => ({ month, days: (capacity.get(r.id) ?? [])[i]?.days ?? 0 }))
  }));
}

/** Days as hours (days × hours per day). */
export function daysToHours(days: number, settings: Pick<ICapacitySettings, 'hoursPerWeek'>): number {
  return days * hoursPerDay(settings);
}

/** Days in a month as FTE (days ÷ the month's working days; 0 for a month without working days). */
export function daysToFte(days: number, month: MonthKey): number {
  const wd = workingDaysInMonth(month);
  return wd > 0 ? days / wd : 0;
}
