/**
 * The roadmap's rows (pure): projects in lanes by programme, each project's bar clipped to the
 * window and its milestones placed on it. Positions are fractions of the window (0 to 1), so a view
 * lays them out with percentages and needs no measuring.
 */
import { addDays, type IsoDay } from '../dates';
import { hasEnded, textComparer, type IPortfolioRow, type Rag } from '../portfolio';
import { inWindow, xOf, type IRoadmapWindow } from './timeline';

/** A milestone as the roadmap reads it (Milestones: title and the three dates, days 'YYYY-MM-DD'). */
export interface IRoadmapMilestone {
  id: number;
  title: string;
  baselineDate?: IsoDay;
  forecastDate?: IsoDay;
  actualDate?: IsoDay;
}

/**
 * How a project's bar is marked, never by colour alone: its overall RAG; 'None' when it has no
 * published report ("No report", never green); 'Ended' when it is closed or cancelled (no current status).
 */
export type RoadmapBarState = Rag | 'None' | 'Ended';

/** A project's bar inside the window. */
export interface IRoadmapBar {
  /** Left edge, 0–1 of the window. */
  left: number;
  /** Width, 0–1 of the window (at least one day). */
  width: number;
  /** The project starts before the window: the bar is cut at the left edge. */
  continuesBefore: boolean;
  /** The project ends after the window: the bar is cut at the right edge. */
  continuesAfter: boolean;
}

/** A milestone on the roadmap: the day it is drawn at and whether it was reached. */
export interface IRoadmapMarker {
  milestone: IRoadmapMilestone;
  /** The actual date once reached, else the forecast (the baseline when there is no forecast). */
  day: IsoDay;
  /** It has an actual date (drawn filled; an open one hollow). */
  reached: boolean;
  /** Centre of the diamond, 0–1 of the window. */
  x: number;
}

/** One project's row. */
export interface IRoadmapRow {
  row: IPortfolioRow;
  state: RoadmapBarState;
  /** Both start and end dates are set (and end is not before start): the project can be drawn. */
  dated: boolean;
  /** The bar inside the window; undefined when undated or entirely outside the window. */
  bar?: IRoadmapBar;
  /** Every dated milestone of the project, by date. */
  milestones: IRoadmapMarker[];
  /** The milestones inside the window, by date (the ones drawn and reached by the keyboard). */
  visible: IRoadmapMarker[];
}

/** A lane: one programme's projects, or those without a programme (`programme` undefined, last). */
export interface IRoadmapLane {
  /** 'p<id>', or '' for the projects without a programme. */
  key: string;
  programme?: { id: number; title: string };
  rows: IRoadmapRow[];
}

/** The state a project's bar shows (see {@link RoadmapBarState}). */
export function barState(row: IPortfolioRow): RoadmapBarState {
  if (hasEnded(row.status)) return 'Ended';
  return row.rag.overall ?? 'None';
}

/**
 * A project's bar from its first day to the end of its last day, clipped to the window; undefined
 * when it lies entirely outside. E.g. 2026-11-15 to 2027-02-14 on the window 2027-01-01 to 2027-04-01
 * (90 days): left 0, width 45/90 = 0.5, continuesBefore.
 */
export function barOf(start: IsoDay, end: IsoDay, window: IRoadmapWindow): IRoadmapBar | undefined {
  const from = xOf(start, window);
  const to = xOf(addDays(end, 1), window);
  if (to <= 0 || from >= 1 || to <= from) return undefined;
  const left = Math.max(0, from);
  const right = Math.min(1, to);
  return { left, width: right - left, continuesBefore: from < 0, continuesAfter: to > 1 };
}

/** The day a milestone is drawn at: reached → its actual date; else its forecast, or its baseline. */
export function markerDay(m: IRoadmapMilestone): { day: IsoDay; reached: boolean } | undefined {
  if (m.actualDate) return { day: m.actualDate, reached: true };
  const day = m.forecastDate ?? m.baselineDate;
  return day ? { day, reached: false } : undefined;
}

/** A project's row on the window: its state, its bar and its milestones (undated milestones are left out). */
export function roadmapRow(row: IPortfolioRow, milestones: ReadonlyArray<IRoadmapMilestone>, window: IRoadmapWindow): IRoadmapRow {
  const dated = !!row.startDate && !!row.endDate && row.endDate >= row.startDate;
  const markers: IRoadmapMarker[] = [];
  for (const m of milestones) {
    const at = markerDay(m);
    if (at) markers.push({ milestone: m, day: at.day, reached: at.reached, x: xOf(at.day, window) + 0.5 / window.days });
  }
  markers.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.milestone.id - b.milestone.id));
  return {
    row,
    state: barState(row),
    dated,
    bar: dated ? barOf(row.startDate as IsoDay, row.endDate as IsoDay, window) : undefined,
    milestones: markers,
    visible: markers.filter(m => inWindow(m.day, window))
  };
}

/**
 * The roadmap's lanes: the rows in the order given (the portfolio's search, filters and sort
 * apply), one lane per programme by its title in the locale's order, the projects without a
 * programme last. `milestones` maps a project's id to its milestones (missing: none).
 */
export function roadmapLanes(rows: ReadonlyArray<IPortfolioRow>, milestones: ReadonlyMap<number, ReadonlyArray<IRoadmapMilestone>>, window: IRoadmapWindow, locale: string): IRoadmapLane[] {
  const lanes = new Map<string, IRoadmapLane>();
  for (const r of rows) {
    const key = r.programme ? `p${r.programme.id}` : '';
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, programme: r.programme ? { id: r.programme.id, title: r.programme.title } : undefined, rows: [] };
      lanes.set(key, lane);
    }
    lane.rows.push(roadmapRow(r, milestones.get(r.id) ?? [], window));
  }
  const compare = textComparer(locale);
  return Array.from(lanes.values()).sort((a, b) => {
    if (!a.programme || !b.programme) return a.programme ? -1 : b.programme ? 1 : 0;
    return compare(a.programme.title, b.programme.title) || a.programme.id - b.programme.id;
  });
}
