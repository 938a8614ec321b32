/**
 * A project request before its rows: who files it, when, for what and how much, its cost plan per
 * year and its resource demand. A request that became a project takes the project's department,
 * sponsor, title, start, duration and budget.
 */
import type { IntakeState } from '../../../src/domain/vocabulary';
import { RolesList } from '../../../src/schema';
import type { IDemoUser } from '../../directory';
import { monthKey, monthOf, monthStartDay, yearOfMonth } from '../dates';
import { jsonRef } from '../model';
import type { Rng } from '../prng';
import { BOARD, DEPARTMENTS, REQUESTERS, langOfDepartment } from '../reference';
import { REF_DAY, iso } from '../shared';
import type { IProjectSim } from '../simulate';
import { PROJECT_SUBJECTS, QUALIFIERS, type Lang } from '../text';
import { roleIndex } from './resources';

/** A request before its rows. */
export interface IRequestPlan {
  /** Its row. */
  r: number;
  /** The project it became. */
  sim?: IProjectSim;
  state: IntakeState;
  dept: string;
  lang: Lang;
  author: IDemoUser;
  sponsor: IDemoUser;
  ageDays: number;
  submittedDay: number;
  title: string;
  desiredStartMonth: number;
  /** Months. */
  duration: number;
  /** EUR. */
  total: number;
}

/** Capex and opex (EUR) of one calendar year of a request's cost plan (CostPlanJson). */
export interface ICostYear {
  year: number;
  capex: number;
  opex: number;
}

/** Who files request `r`, when, for what and how much. */
export function planRequest(rng: Rng, r: number, sim: IProjectSim | undefined): IRequestPlan {
  const state: IntakeState = sim ? 'Approved' : rng.weighted<IntakeState>([['Draft', 7], ['Submitted', 14], ['InReview', 16], ['ReadyForScoring', 18], ['Approved', 6], ['Rejected', 22], ['Deferred', 16], ['Withdrawn', 3]]);
  const dept = sim ? sim.dept : rng.weighted(DEPARTMENTS.map(d => [d.name, d.weight] as const));
  const lang = langOfDepartment(dept);
  const deptRequesters = REQUESTERS.filter(u => u.department === dept);
  const author = deptRequesters.length > 0 && rng.chance(0.8) ? rng.pick(deptRequesters) : rng.pick(REQUESTERS);
  const sponsor = sim ? sim.sponsor : rng.pick(BOARD);
  const ageDays = sim
    ? Math.max(10 + rng.int(0, 20), REF_DAY - (monthStartDay(sim.startMonth) - rng.int(45, 150)))
    : state === 'Draft' || state === 'Submitted' ? rng.int(1, 25) : state === 'InReview' ? rng.int(10, 60) : state === 'ReadyForScoring' ? rng.int(25, 100) : rng.int(60, 540);
  const submittedDay = REF_DAY - ageDays;
  const title = sim ? sim.title : `${rng.pick(PROJECT_SUBJECTS[lang])}${rng.chance(0.5) ? ` – ${rng.pick(QUALIFIERS[lang])}` : ''}`;
  const desiredStartMonth = sim ? sim.startMonth : monthOf(iso(submittedDay)) + rng.int(3, 9);
  const duration = sim ? sim.durationMonths : rng.int(9, 30);
  const total = sim ? sim.budget : Math.round(rng.range(80, 2500)) * 1000;
  return { r, sim, state, dept, lang, author, sponsor, ageDays, submittedDay, title, desiredStartMonth, duration, total };
}

/** The request's total split into capex and opex per calendar year of its months (whole EUR). */
export function costPlan(rng: Rng, plan: IRequestPlan): ICostYear[] {
  const { desiredStartMonth, duration, total } = plan;
  const capexShare = rng.range(0.2, 0.6);
  const years: ICostYear[] = [];
  for (let y = yearOfMonth(desiredStartMonth); y <= yearOfMonth(desiredStartMonth + duration - 1); y++) years.push({ year: y, capex: 0, opex: 0 });
  for (let m = desiredStartMonth; m < desiredStartMonth + duration; m++) {
    const y = years[yearOfMonth(m) - years[0].year];
    y.capex += (total * capexShare) / duration;
    y.opex += (total * (1 - capexShare)) / duration;
  }
  for (const y of years) {
    y.capex = Math.round(y.capex);
    y.opex = Math.round(y.opex);
  }
  return years;
}

/**
 * ResourceDemandJson as the intake domain stores it: [{ role: <Roles id>, month: 'YYYY-MM', days }],
 * by month then role, for the first 12 months: a project manager and two specialists.
 */
export function resourceDemand(rng: Rng, plan: IRequestPlan): Array<{ role: unknown; month: string; days: number }> {
  const { desiredStartMonth, duration } = plan;
  const demand: Array<{ role: unknown; month: string; days: number }> = [];
  const demandRoles = ['PM', rng.pick(['BA', 'DEV', 'INFRA', 'DATA']), rng.pick(['QA', 'SEC', 'CHG', 'PROC'])].sort((x, y) => roleIndex(x) - roleIndex(y));
  for (let m = desiredStartMonth; m < desiredStartMonth + Math.min(duration, 12); m++) {
    for (const code of demandRoles) demand.push({ role: jsonRef(RolesList, roleIndex(code)), month: monthKey(m), days: code === 'PM' ? 8 : rng.int(4, 12) });
  }
  return demand;
}
