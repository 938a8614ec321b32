/**
 * What the rows of one project's lists share: the project's simulation, its days, its language and
 * the people who own its risks and issues; and the reference rows they point at (gates' checklists,
 * resources, objectives). Built once per project by `projectContent` (content.ts).
 */
import { ProjectsList } from '../../../src/schema';
import type { IDemoUser } from '../../directory';
import { monthEndDay, monthStartDay, workday } from '../dates';
import { ref, type ILookupRef } from '../model';
import type { Rng } from '../prng';
import { BOARD, OFFICERS, REQUESTERS } from '../reference';
import { REF_DAY, clamp, iso } from '../shared';
import type { IProjectSim } from '../simulate';
import type { Lang } from '../text';

/** A checklist item of a gate, by its row. */
export interface IChecklistItem {
  idx: number;
  mandatory: boolean;
  title: string;
  /** The ChecklistCategory code. */
  category: string;
}

/** Rows of reference lists that project content points at. */
export interface IContentContext {
  checklistOfGate: Map<string, IChecklistItem[]>;
  resourceOfUser: Map<string, number>;
  resourcesOfRole: Map<string, number[]>;
  activeObjectives: number[];
}

/** One project, as its content rows see it. */
export interface IProjectScope {
  s: IProjectSim;
  /** The lookup to the project's row. */
  project: ILookupRef;
  lang: Lang;
  startDay: number;
  plannedEndDay: number;
  /** Days from the start to the planned end. */
  span: number;
  /** Last day with activity (the reference date for a proposed project). */
  lastDay: number;
  /** The planned last month. */
  endMonth: number;
  /** The title, short enough to prefix a child's title. */
  short: string;
  /** Closed or cancelled. */
  finished: boolean;
  /** Who owns its risks and issues (mostly the project manager). */
  owners: ReadonlyArray<IDemoUser>;
  officers: ReadonlyArray<IDemoUser>;
  board: ReadonlyArray<IDemoUser>;
  requesters: ReadonlyArray<IDemoUser>;
}

/** The scope of a simulated project. */
export function projectScope(s: IProjectSim): IProjectScope {
  const startDay = monthStartDay(s.startMonth);
  const plannedEndDay = monthEndDay(s.startMonth + s.durationMonths - 1);
  return {
    s,
    project: ref(ProjectsList, s.index),
    lang: s.lang,
    startDay,
    plannedEndDay,
    span: plannedEndDay - startDay,
    lastDay: s.lifecycle === 'Proposed' ? REF_DAY : monthEndDay(s.lastActiveMonth),
    endMonth: s.startMonth + s.durationMonths - 1,
    short: s.title.slice(0, 150),
    finished: s.lifecycle === 'Closed' || s.lifecycle === 'Cancelled',
    owners: [s.pm, s.pm, s.pm, s.sponsor, ...OFFICERS],
    officers: OFFICERS,
    board: BOARD,
    requesters: REQUESTERS
  };
}

/** How many rows of a kind a project has: a draw from the range of its lifecycle status (inclusive). */
export function countFor(rng: Rng, p: IProjectScope, proposed: [number, number], active: [number, number], other: [number, number]): number {
  const r = p.s.lifecycle === 'Proposed' ? proposed : p.s.lifecycle === 'Active' ? active : other;
  return rng.int(r[0], r[1]);
}

/** A due date around the reference date (two months back to four ahead), within the project. */
export function dueAround(rng: Rng, p: IProjectScope): string {
  return iso(workday(clamp(REF_DAY + rng.int(-60, 120), p.startDay, REF_DAY + 400)));
}
