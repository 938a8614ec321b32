/**
 * Which rows a KPI reads on a day: the projects in scope and those running then, the status report
 * valid then (each project's latest published report dated on or before the day), and the days of
 * a rolling window. Shared by the formulas; pure.
 */
import { addDays, isIsoDay, type IsoDay } from '../dates';
import { hasEnded } from '../portfolio';
import { DEFAULT_KPI_WINDOW_DAYS, type IKpiContext, type IKpiProject, type IKpiStatusReport } from './inputs';

// Valid days compare as text ('YYYY-MM-DD'), so each day is checked once and then compared as a
// string: a dashboard reads some 100,000 rows at each of six period ends.
const checkedDays: Map<string, boolean> = new Map();
const MAX_CHECKED_DAYS: number = 100000;

/** Whether a value is a valid day 'YYYY-MM-DD' (`isIsoDay`, remembered). */
export function isDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  let valid = checkedDays.get(value);
  if (valid === undefined) {
    valid = isIsoDay(value);
    if (checkedDays.size < MAX_CHECKED_DAYS) checkedDays.set(value, valid);
  }
  return valid;
}

/** Whether `day` is a valid day on or before `at` (an invalid day is never; `at` must be valid). */
export function onOrBefore(day: IsoDay | undefined, at: IsoDay): day is IsoDay {
  return isDay(day) && day <= at;
}

/** Whether `day` is a valid day strictly before `at` (`at` must be valid). */
export function before(day: IsoDay | undefined, at: IsoDay): day is IsoDay {
  return isDay(day) && day < at;
}

let windowKey: string = '';
let windowStart: IsoDay = '';

/** The first day of the context's rolling window: the `windowDays` days up to and including `at`. */
function windowStartOf(context: IKpiContext): IsoDay {
  const key = `${context.at}/${windowOf(context)}`;
  if (key !== windowKey) {
    windowStart = addDays(context.at, 1 - windowOf(context));
    windowKey = key;
  }
  return windowStart;
}

/** Whether `day` lies in the rolling window that ends with `at`: the `windowDays` days up to and including `at`. */
export function inWindow(day: IsoDay | undefined, context: IKpiContext): day is IsoDay {
  return isDay(day) && day <= context.at && day >= windowStartOf(context);
}

/** The context's window in days (whole, at least 1), `DEFAULT_KPI_WINDOW_DAYS` when absent or invalid. */
export function windowOf(context: IKpiContext): number {
  const w = context.windowDays;
  return typeof w === 'number' && Number.isFinite(w) && w >= 1 ? Math.floor(w) : DEFAULT_KPI_WINDOW_DAYS;
}

/** Whether a project runs at the end of `at` (a valid day): it has not ended, or it ended after `at` (see `IKpiProject.endedOn`). */
export function isRunningAt(project: IKpiProject, at: IsoDay): boolean {
  return !hasEnded(project.status) || (isDay(project.endedOn) && at < project.endedOn);
}

/** The ids of the projects in scope (every status): the rows of other projects are not counted. */
export function projectIds(projects: ReadonlyArray<IKpiProject> | undefined): Set<number> {
  return new Set((projects ?? []).map(p => p.id));
}

/** The ids of the projects in scope that run at the end of `at`. */
export function runningProjectIds(projects: ReadonlyArray<IKpiProject> | undefined, at: IsoDay): Set<number> {
  const ids = new Set<number>();
  for (const p of projects ?? []) if (isRunningAt(p, at)) ids.add(p.id);
  return ids;
}

/** Each project's published reports with a valid day, oldest first (by day, then id). */
type ReportIndex = Map<number, IKpiStatusReport[]>;

// The index of a reports array is built once and kept while the array lives: a dashboard evaluates
// many KPIs at several period ends over the same 100,000 reports.
const indexes: WeakMap<ReadonlyArray<IKpiStatusReport>, ReportIndex> = new WeakMap();

function indexOf(reports: ReadonlyArray<IKpiStatusReport>): ReportIndex {
  const known = indexes.get(reports);
  if (known) return known;
  const index: ReportIndex = new Map();
  for (const r of reports) {
    if (r.status !== 'Published' || !isDay(r.reportDate)) continue;
    const list = index.get(r.projectId);
    if (list) list.push(r);
    else index.set(r.projectId, [r]);
  }
  for (const list of index.values()) list.sort((a, b) => (a.reportDate < b.reportDate ? -1 : a.reportDate > b.reportDate ? 1 : a.id - b.id));
  indexes.set(reports, index);
  return index;
}

/** The last report of a sorted list dated on or before `at` (binary search). */
function lastOnOrBefore(list: ReadonlyArray<IKpiStatusReport>, at: IsoDay): IKpiStatusReport | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].reportDate <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/**
 * The status report valid at the end of `at` for each of `ids`: the project's latest PUBLISHED report
 * dated on or before `at` (the latest day wins, then the higher id, as `latestPublishedReport`);
 * drafts and reports with an invalid day never count. Projects without one are left out.
 */
export function reportsValidAt(reports: ReadonlyArray<IKpiStatusReport> | undefined, ids: ReadonlySet<number>, at: IsoDay): IKpiStatusReport[] {
  if (!reports || !isDay(at)) return [];
  const index = indexOf(reports);
  const out: IKpiStatusReport[] = [];
  for (const id of ids) {
    const list = index.get(id);
    const report = list ? lastOnOrBefore(list, at) : undefined;
    if (report) out.push(report);
  }
  return out;
}
