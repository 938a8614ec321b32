/**
 * The milestone trend analysis chart's geometry, from the domain's MTA series (pure, no React): x =
 * the report date (a UTC day), y = the forecast date as days after the y axis' first day, the
 * diagonal "report date = milestone date" over the report dates, and for each milestone a dash
 * pattern and a point shape, so that lines differ by more than their colour.
 */
import { addDays, daysBetween, partsOfDay, type IsoDay } from '../../../domain/dates';
import type { IMtaLine, IMtaSeries, MtaTrend } from '../../../domain/milestones';

/** One point of a line: where it is drawn and the days it stands for. */
export interface IMtaChartPoint {
  /** The report date as a UTC midnight (the chart's x). */
  x: Date;
  /** The forecast date in days after `IMtaChartModel.yFrom` (the chart's y). */
  y: number;
  reportDate: IsoDay;
  forecastDate: IsoDay;
  /** The point on the diagonal: the milestone was reached (or fell due). */
  reached: boolean;
}

/** One milestone's line. */
export interface IMtaChartLine {
  milestoneId: string;
  title: string;
  trend: MtaTrend;
  /** Days from the first to the last forecast (positive: later). */
  slipDays: number;
  reached: boolean;
  points: IMtaChartPoint[];
  /** The line's SVG stroke-dasharray ('' is solid). */
  dash: string;
  /** Which point shape the chart draws at the line's ends (0 circle, 1 square, 2 triangle, 3 diamond, …; see `MTA_SHAPES`). */
  shape: number;
}

/** What the chart draws. */
export interface IMtaChartModel {
  lines: IMtaChartLine[];
  /** The diagonal's two ends (report date = milestone date). */
  diagonal: [IMtaChartPoint, IMtaChartPoint];
  /** The y axis' first day: y counts days from it. */
  yFrom: IsoDay;
  /** The y axis' extent in days (0 … yDays). */
  yDays: number;
  /** The x axis' ticks: report dates as UTC midnights, every one up to `MAX_X_TICKS`, else evenly thinned (first and last kept). */
  xTicks: Date[];
}

/** Dash patterns of the lines in turn: solid, dashed, dotted, dash-dot, long dash, long dash-dot. */
export const MTA_DASHES: ReadonlyArray<string> = ['', '8 4', '2 4', '8 4 2 4', '14 5', '14 4 2 4 2 4'];
/** The point shapes the chart library draws in turn (its `allowMultipleShapesForPoints` order). */
export const MTA_SHAPES: ReadonlyArray<string> = ['circle', 'square', 'triangle', 'diamond', 'pyramid', 'hexagon', 'pentagon', 'octagon'];

/** The most ticks the x axis writes (report dates; beyond, every k-th). */
export const MAX_X_TICKS: number = 8;

/** At most `max` of the days, evenly spread, the first and the last kept (all of them when they fit). */
export function thinTicks<T>(days: ReadonlyArray<T>, max: number = MAX_X_TICKS): T[] {
  if (days.length <= max) return days.slice();
  const step = (days.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => days[Math.round(i * step)]);
}

/** A 'YYYY-MM-DD' day as its UTC midnight. */
export function utcDate(day: IsoDay): Date {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** A UTC midnight (or any instant) as its UTC day 'YYYY-MM-DD'. */
export function dayOfUtc(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** The day a y value stands for (days after `yFrom`, rounded to the day). */
export function dayOfY(model: Pick<IMtaChartModel, 'yFrom'>, y: number): IsoDay {
  return addDays(model.yFrom, Math.round(y));
}

function lineOf(line: IMtaLine, index: number, yFrom: IsoDay): IMtaChartLine {
  return {
    milestoneId: String(line.milestoneId),
    title: line.title ?? `#${String(line.milestoneId)}`,
    trend: line.trend,
    slipDays: line.slipDays,
    reached: line.reached,
    points: line.points.map(p => ({ x: utcDate(p.reportDate), y: daysBetween(yFrom, p.forecastDate), reportDate: p.reportDate, forecastDate: p.forecastDate, reached: p.reached === true })),
    dash: MTA_DASHES[index % MTA_DASHES.length],
    shape: index % MTA_SHAPES.length
  };
}

/**
 * The chart of an MTA series, or undefined when it has no point (the page then says that no
 * forecasts were recorded). A later forecast is a larger y, so a slipping milestone's line rises.
 */
export function mtaChartModel(series: IMtaSeries): IMtaChartModel | undefined {
  const extents = series.extents;
  if (!extents || series.lines.length === 0) return undefined;
  const yFrom = extents.y.min;
  const end = (day: IsoDay): IMtaChartPoint => ({ x: utcDate(day), y: daysBetween(yFrom, day), reportDate: day, forecastDate: day, reached: false });
  return {
    lines: series.lines.map((l, i) => lineOf(l, i, yFrom)),
    diagonal: [end(extents.diagonal.from), end(extents.diagonal.to)],
    yFrom,
    yDays: Math.max(1, daysBetween(yFrom, extents.y.max)),
    xTicks: thinTicks(series.reportDates).map(utcDate)
  };
}
