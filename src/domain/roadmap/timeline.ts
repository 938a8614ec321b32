/**
 * The roadmap's time axis (pure): the window a zoom shows, moving it by one period, where a day
 * sits on it, and its tick marks. Days are date-only values 'YYYY-MM-DD' (src/domain/dates); no
 * time zone is involved, so a day sits at the same place in every browser.
 */
import { addDays, daysBetween, partsOfDay, type IsoDay } from '../dates';

/** How much time the roadmap shows at once: one calendar quarter or one calendar year. */
export type RoadmapZoom = 'quarter' | 'year';

/** The span of days the roadmap shows. */
export interface IRoadmapWindow {
  zoom: RoadmapZoom;
  /** First day shown (the first day of a quarter or a year). */
  start: IsoDay;
  /** The day after the last day shown (exclusive end): the first day of the next period. */
  end: IsoDay;
  /** Number of days shown (end − start): 90 to 92 for a quarter, 365 or 366 for a year. */
  days: number;
}

/** A tick of the axis: the first day of a month (quarter zoom) or of a quarter (year zoom). */
export interface IRoadmapTick {
  day: IsoDay;
  /** Position in the window, 0 (its start) to 1 (its end). */
  x: number;
  /** The label in the user's locale: "Jan", "janv." (months) or "Q1 2027" (quarters, from the template). */
  label: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function firstOfMonth(year: number, month: number): IsoDay {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12 + 12) % 12 + 1;
  return `${y}-${pad(m)}-01`;
}

function parts(day: IsoDay): { year: number; month: number; day: number } {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  return p;
}

/** The number of months a zoom's period spans: 3 (quarter) or 12 (year). */
export function monthsOf(zoom: RoadmapZoom): number {
  return zoom === 'quarter' ? 3 : 12;
}

/**
 * The window of a zoom that contains a day: 2027-05-10 at 'quarter' → 2027-04-01 to 2027-07-01
 * (91 days); at 'year' → 2027-01-01 to 2028-01-01 (365 days). Throws RangeError for an invalid day.
 */
export function windowAt(zoom: RoadmapZoom, day: IsoDay): IRoadmapWindow {
  const p = parts(day);
  const span = monthsOf(zoom);
  const firstMonth = Math.floor((p.month - 1) / span) * span + 1;
  const start = firstOfMonth(p.year, firstMonth);
  const end = firstOfMonth(p.year, firstMonth + span);
  return { zoom, start, end, days: daysBetween(start, end) };
}

/** The window one period later (`by` = 1) or earlier (−1), or `by` periods away. */
export function shiftWindow(window: IRoadmapWindow, by: number): IRoadmapWindow {
  const p = parts(window.start);
  return windowAt(window.zoom, firstOfMonth(p.year, p.month + by * monthsOf(window.zoom)));
}

/**
 * The same place in time at another zoom: the window of the new zoom that contains `focus` when it
 * lies in the current window (e.g. today), else the one that contains the current window's start.
 */
export function zoomWindow(window: IRoadmapWindow, zoom: RoadmapZoom, focus?: IsoDay): IRoadmapWindow {
  const inside = focus !== undefined && focus >= window.start && focus < window.end;
  return windowAt(zoom, inside ? focus : window.start);
}

/**
 * Where a day begins on the window, as a fraction of its width: the window's start is 0, its end
 * (the day after its last day) is 1; days outside give values below 0 or above 1 (not clamped).
 */
export function xOf(day: IsoDay, window: IRoadmapWindow): number {
  return daysBetween(window.start, day) / window.days;
}

/** Whether a day lies inside the window. */
export function inWindow(day: IsoDay, window: IRoadmapWindow): boolean {
  return day >= window.start && day < window.end;
}

const monthFormats: Map<string, Intl.DateTimeFormat> = new Map();

function monthFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear ? 'y' : ''}`;
  let f = monthFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });
    monthFormats.set(key, f);
  }
  return f;
}

/** A month as the locale names it, "Mar" / "März" / "mars" (`withYear`: "Mar 2027"). */
export function monthLabel(day: IsoDay, locale: string, withYear: boolean = false): string {
  const p = parts(day);
  return monthFormat(locale, withYear).format(Date.UTC(p.year, p.month - 1, 1));
}

/** The year as the locale writes it ("2027"; Intl, so numbering systems are respected). */
export function yearLabel(day: IsoDay, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(parts(day).year);
}

/**
 * A quarter's label from a template with {0} = the quarter's number (1–4) and {1} = the year:
 * "Q{0} {1}" → "Q2 2027", French "T{0} {1}" → "T2 2027".
 */
export function quarterLabel(day: IsoDay, locale: string, template: string): string {
  const p = parts(day);
  return template.replace('{0}', String(Math.floor((p.month - 1) / 3) + 1)).replace('{1}', yearLabel(day, locale));
}

/**
 * The tick marks of a window: the first day of each month at quarter zoom (3 ticks, labelled by
 * month name), the first day of each quarter at year zoom (4 ticks, labelled from `quarterTemplate`).
 */
export function ticksOf(window: IRoadmapWindow, locale: string, quarterTemplate: string): IRoadmapTick[] {
  const step = window.zoom === 'quarter' ? 1 : 3;
  const p = parts(window.start);
  const ticks: IRoadmapTick[] = [];
  for (let i = 0; i < monthsOf(window.zoom); i += step) {
    const day = firstOfMonth(p.year, p.month + i);
    ticks.push({ day, x: xOf(day, window), label: window.zoom === 'quarter' ? monthLabel(day, locale) : quarterLabel(day, locale, quarterTemplate) });
  }
  return ticks;
}

/** The window's name: "Q2 2027" at quarter zoom, "2027" at year zoom. */
export function windowLabel(window: IRoadmapWindow, locale: string, quarterTemplate: string): string {
  return window.zoom === 'quarter' ? quarterLabel(window.start, locale, quarterTemplate) : yearLabel(window.start, locale);
}

/** The last day the window shows (inclusive). */
export function lastDayOf(window: IRoadmapWindow): IsoDay {
  return addDays(window.end, -1);
}
