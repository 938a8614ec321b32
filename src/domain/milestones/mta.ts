/**
 * Milestone trend analysis (MTA, "Meilensteintrendanalyse"): from the forecast dates snapshotted at
 * each published report, one line per milestone over the report dates. x = report date, y = forecast
 * date; the diagonal is "report date = milestone date". A rising line is a slipping milestone, a flat
 * one is on plan, a falling one is coming earlier; a line ends where it meets the diagonal.
 */
import { daysBetween, isIsoDay, type IsoDay } from '../dates';

/** A milestone's id (the Milestones item id, or any stable key). */
export type MilestoneId = number | string;

/** One MilestoneSnapshots row: a milestone's dates as a report saw them. */
export interface IMilestoneSnapshot {
  milestoneId: MilestoneId;
  /** The report's date (SnapshotDate). */
  reportDate: IsoDay;
  forecastDate?: IsoDay;
  actualDate?: IsoDay;
}

/** A milestone as the chart names and orders its lines. */
export interface IMtaMilestone {
  id: MilestoneId;
  title: string;
  /** The day it was reached: ends its line on the diagonal when no snapshot saw it reached (see `buildMta`). */
  actualDate?: IsoDay;
}

/** One point of a line. */
export interface IMtaPoint {
  /** x: the report date (on the diagonal point: the milestone date, see `reached`). */
  reportDate: IsoDay;
  /** y: the forecast date (on the diagonal point: the actual date, or the forecast that fell due). */
  forecastDate: IsoDay;
  /** The report the point comes from (differs from `reportDate` on the diagonal point only). */
  snapshotDate: IsoDay;
  /** The point where the line meets the diagonal: the milestone was reached or fell due. */
  reached?: boolean;
}

/** How a line moved from its first to its last point, beyond the tolerance. */
export type MtaTrend = 'slipping' | 'onPlan' | 'earlier';

/** One milestone's line. */
export interface IMtaLine {
  milestoneId: MilestoneId;
  title?: string;
  /** The points in report order; the last one is on the diagonal when the line is `reached`. */
  points: IMtaPoint[];
  /** Whether the line met the diagonal (actual date reached, or forecast ≤ report date). */
  reached: boolean;
  /** Days from the first to the last forecast (positive: later). */
  slipDays: number;
  /** Days from the second-to-last to the last forecast (0 with one point). */
  lastChangeDays: number;
  /** slipping when slipDays > tolerance, earlier when < −tolerance, else onPlan. */
  trend: MtaTrend;
}

/** A range of days. */
export interface IDayRange {
  min: IsoDay;
  max: IsoDay;
}

/** What the chart's axes must show: every point and the diagonal over the report dates. */
export interface IMtaExtents {
  /** The report dates' range (every point lies in it; never a day before the first report). */
  x: IDayRange;
  /** Forecast dates, widened to the x range so that the whole diagonal fits. */
  y: IDayRange;
  /** The diagonal, from (x.min, x.min) to (x.max, x.max). */
  diagonal: { from: IsoDay; to: IsoDay };
}

/** The MTA of a project. */
export interface IMtaSeries {
  lines: IMtaLine[];
  /** Every report date of the snapshots, ascending, once each (the table's columns). */
  reportDates: IsoDay[];
  /** Undefined when there is no point. */
  extents?: IMtaExtents;
  /** The tolerance the trends were classified with, in days. */
  toleranceDays: number;
}

/** Options of `buildMta`. */
export interface IMtaOptions {
  /** The milestones (titles, and the order of the lines); lines of others follow by first forecast. */
  milestones?: ReadonlyArray<IMtaMilestone>;
  /** A move of at most this many calendar days either way is "on plan" (default `DEFAULT_MTA_TOLERANCE_DAYS`). */
  toleranceDays?: number;
}

/** The default tolerance: a forecast that moved by at most a week overall is on plan. */
export const DEFAULT_MTA_TOLERANCE_DAYS: number = 7;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The report's snapshots of one milestone, one per report date (the last given wins, e.g. a
 * corrected report), in report order. Snapshots whose report date is not a valid day are left out.
 */
function byReport(snapshots: ReadonlyArray<IMilestoneSnapshot>): IMilestoneSnapshot[] {
  const map = new Map<IsoDay, IMilestoneSnapshot>();
  for (const s of snapshots) if (isIsoDay(s.reportDate)) map.set(s.reportDate, s);
  return [...map.values()].sort((a, b) => compareText(a.reportDate, b.reportDate));
}

/**
 * The points of one milestone's line. A snapshot whose actual date is on or before its report date,
 * or whose forecast is, ends the line with a point on the diagonal at that date (when that date is
 * before the previous point's report date, at that report date instead, so x never goes back); later
 * snapshots are ignored. A snapshot without a valid forecast (and not reached) adds no point.
 */
export function mtaPoints(snapshots: ReadonlyArray<IMilestoneSnapshot>): IMtaPoint[] {
  const points: IMtaPoint[] = [];
  for (const s of byReport(snapshots)) {
    const actual = isIsoDay(s.actualDate) && s.actualDate <= s.reportDate ? s.actualDate : undefined;
    const forecast = isIsoDay(s.forecastDate) ? s.forecastDate : undefined;
    const due = actual ?? (forecast !== undefined && forecast <= s.reportDate ? forecast : undefined);
    if (due !== undefined) {
      const previous = points.length > 0 ? points[points.length - 1].reportDate : due;
      points.push({ reportDate: due < previous ? previous : due, forecastDate: due, snapshotDate: s.reportDate, reached: true });
      break;
    }
    if (forecast !== undefined) points.push({ reportDate: s.reportDate, forecastDate: forecast, snapshotDate: s.reportDate });
  }
  return points;
}

/** The trend of a move of `days` with a tolerance (days either way that still count as on plan). */
export function mtaTrend(days: number, toleranceDays: number = DEFAULT_MTA_TOLERANCE_DAYS): MtaTrend {
  return days > toleranceDays ? 'slipping' : days < -toleranceDays ? 'earlier' : 'onPlan';
}

function lineOf(milestoneId: MilestoneId, points: IMtaPoint[], toleranceDays: number, title?: string): IMtaLine {
  const first = points[0].forecastDate;
  const last = points[points.length - 1].forecastDate;
  const slipDays = daysBetween(first, last);
  const lastChangeDays = points.length > 1 ? daysBetween(points[points.length - 2].forecastDate, last) : 0;
  return {
    milestoneId,
    ...(title !== undefined ? { title } : {}),
    points,
    reached: points[points.length - 1].reached === true,
    slipDays,
    lastChangeDays,
    trend: mtaTrend(slipDays, toleranceDays)
  };
}

function range(days: ReadonlyArray<IsoDay>): IDayRange {
  let min = days[0];
  let max = days[0];
  for (const d of days) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return { min, max };
}

/**
 * The axes' extents for some lines (undefined without a point): x over the report dates (over the
 * points when none are given), y over the forecasts, widened to the x range so that the whole
 * diagonal fits.
 */
export function mtaExtents(lines: ReadonlyArray<IMtaLine>, reportDates: ReadonlyArray<IsoDay> = []): IMtaExtents | undefined {
  const points = lines.flatMap(l => l.points);
  if (points.length === 0) return undefined;
  const x = range(reportDates.length ? reportDates : points.map(p => p.reportDate));
  const y = range([...points.map(p => p.forecastDate), x.min, x.max]);
  return { x, y, diagonal: { from: x.min, to: x.max } };
}

/**
 * A line's points within the report range: points before the first report dropped (a milestone
 * reached before the analysis began has no line), and a line that no snapshot saw reached but whose
 * milestone has an actual date within the range ends on the diagonal at (actual, actual) — at the
 * last point's report date when the actual lies before it, so x never goes back — its snapshot date
 * the first report on or after it (the table's column).
 */
function withinReports(points: IMtaPoint[], reportDates: ReadonlyArray<IsoDay>, actualDate: IsoDay | undefined): IMtaPoint[] {
  if (reportDates.length === 0) return points;
  const first = reportDates[0];
  const last = reportDates[reportDates.length - 1];
  const kept = points.filter(p => p.reportDate >= first);
  const end = kept[kept.length - 1];
  if (!end || end.reached || !isIsoDay(actualDate) || actualDate < first || actualDate > last) return kept;
  const x = actualDate < end.reportDate ? end.reportDate : actualDate;
  const column = reportDates.filter(d => d >= x)[0] ?? last;
  return [...kept, { reportDate: x, forecastDate: actualDate, snapshotDate: column < end.snapshotDate ? end.snapshotDate : column, reached: true }];
}

/**
 * The MTA series from a project's snapshots: one line per milestone that has a point (`mtaPoints`,
 * kept within the report dates and ended on the diagonal by the milestone's actual date, see
 * `withinReports`), its trend over the whole line with the tolerance, the report dates, and the
 * chart's extents (x over the report dates only). Lines follow `options.milestones`' order, then by
 * first forecast date and id. Throws RangeError for a negative tolerance.
 */
export function buildMta(snapshots: ReadonlyArray<IMilestoneSnapshot>, options: IMtaOptions = {}): IMtaSeries {
  const toleranceDays = options.toleranceDays ?? DEFAULT_MTA_TOLERANCE_DAYS;
  if (!(toleranceDays >= 0)) throw new RangeError(`The MTA tolerance must be 0 or more days: ${toleranceDays}`);
  const grouped = new Map<MilestoneId, IMilestoneSnapshot[]>();
  for (const s of snapshots) {
    const list = grouped.get(s.milestoneId);
    if (list) list.push(s);
    else grouped.set(s.milestoneId, [s]);
  }
  const known = new Map<MilestoneId, { title: string; order: number; actualDate?: IsoDay }>();
  (options.milestones ?? []).forEach((m, order) => known.set(m.id, { title: m.title, order, actualDate: m.actualDate }));
  const reportDates = [...new Set(snapshots.map(s => s.reportDate).filter(isIsoDay))].sort();
  const lines: IMtaLine[] = [];
  for (const [id, list] of grouped) {
    const points = withinReports(mtaPoints(list), reportDates, known.get(id)?.actualDate);
    if (points.length > 0) lines.push(lineOf(id, points, toleranceDays, known.get(id)?.title));
  }
  const rank = (l: IMtaLine): number => known.get(l.milestoneId)?.order ?? Number.MAX_SAFE_INTEGER;
  lines.sort((a, b) => rank(a) - rank(b) || compareText(a.points[0].forecastDate, b.points[0].forecastDate) || compareText(String(a.milestoneId), String(b.milestoneId)));
  const extents = mtaExtents(lines, reportDates);
  return { lines, reportDates, ...(extents ? { extents } : {}), toleranceDays };
}
