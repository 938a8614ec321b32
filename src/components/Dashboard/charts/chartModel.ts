/**
 * The dashboard charts' rows (pure): what each chart draws and its data table lists, from the
 * service's series, with the drill-down target of each row. The chart and its table read the same
 * rows, so the table is an exact alternative of the drawing.
 */
import type { IsoDay } from '../../../domain/dates';
import type { IntakeState } from '../../../domain/intake';
import type { IPortfolioRef, Rag, RagFilterValue } from '../../../domain/portfolio';
import type { IDashboardBudgetPoint, IDashboardCharts, IDashboardIndexPoint } from '../../../services/DashboardService';
import { ragTarget, RUNNING_STATES, type IDrillTarget } from '../drillDown';

/** One bar of the RAG distribution: running projects with that overall RAG, or without a report (`None`). */
export interface IRagRow {
  rag: RagFilterValue;
  count: number;
  target: IDrillTarget;
}

/** The RAG distribution's rows: Green, Amber, Red, then no report (never counted as green). */
export function ragRows(rag: IDashboardCharts['rag']): IRagRow[] {
  const rags: Rag[] = ['Green', 'Amber', 'Red'];
  return [...rags.map(r => ({ rag: r as RagFilterValue, count: rag.counts[r] })), { rag: 'None' as RagFilterValue, count: rag.notReported }]
    .map(r => ({ ...r, target: ragTarget(r.rag) }));
}

/** One programme's budget, forecast and actual cost in a fiscal year. */
export interface IBudgetRow {
  /** Undefined: projects without a programme. */
  programme?: IPortfolioRef;
  planned: number;
  forecast: number;
  actual: number;
  target: IDrillTarget;
}

/** The fiscal years the budget lines cover, oldest first. */
export function budgetYears(points: ReadonlyArray<IDashboardBudgetPoint>): number[] {
  return Array.from(new Set(points.map(p => p.fiscalYear))).sort((a, b) => a - b);
}

/** The year the budget chart opens on: the calendar year of the dashboard's day when the lines cover it, else the latest year before it, else the first. */
export function defaultBudgetYear(years: ReadonlyArray<number>, at: IsoDay): number | undefined {
  const year = Number(at.slice(0, 4));
  if (years.indexOf(year) >= 0) return year;
  const before = years.filter(y => y < year);
  return before.length > 0 ? before[before.length - 1] : years[0];
}

/** The budget rows of one fiscal year, in the service's order (programmes by title, projects without one last). */
export function budgetRows(points: ReadonlyArray<IDashboardBudgetPoint>, year: number): IBudgetRow[] {
  return points.filter(p => p.fiscalYear === year).map(p => ({
    ...(p.programme ? { programme: p.programme } : {}),
    planned: p.planned,
    forecast: p.forecast,
    actual: p.actual,
    target: p.programme ? { filters: { programmeIds: [p.programme.id] } } : { filters: { withoutProgramme: true } }
  }));
}

/** Where a project stands by its indices: on plan (both ≥ 1), behind schedule (SPI < 1), over budget (CPI < 1), or both. */
export type EvQuadrant = 'onPlan' | 'behind' | 'over' | 'both';

/** The quadrant of an SPI/CPI pair (1 is on plan; the indices as shown, to two decimals). */
export function evQuadrant(spi: number, cpi: number): EvQuadrant {
  const behind = Math.round(spi * 100) < 100;
  const over = Math.round(cpi * 100) < 100;
  return behind && over ? 'both' : behind ? 'behind' : over ? 'over' : 'onPlan';
}

/** One project of the SPI/CPI scatter. */
export interface IEvRow extends IDashboardIndexPoint {
  quadrant: EvQuadrant;
  target: IDrillTarget;
}

/** The scatter's rows, worst first (both indices below 1 first, then by SPI + CPI ascending), each opening its project's panel in the Portfolio. */
export function evRows(points: ReadonlyArray<IDashboardIndexPoint>): IEvRow[] {
  const rank: Record<EvQuadrant, number> = { both: 0, behind: 1, over: 2, onPlan: 3 };
  return points.map(p => ({ ...p, quadrant: evQuadrant(p.spi, p.cpi), target: { filters: { statuses: RUNNING_STATES.slice() }, projectId: p.projectId } }))
    .sort((a, b) => rank[a.quadrant] - rank[b.quadrant] || (a.spi + a.cpi) - (b.spi + b.cpi) || a.title.localeCompare(b.title));
}

/** One bar of milestone adherence. */
export interface IMilestoneRow {
  key: 'onTime' | 'late' | 'lateOpen';
  count: number;
}

/** Milestone adherence: due in the last twelve months on time, late; and the late ones still open. */
export function milestoneRows(m: IDashboardCharts['milestones']): IMilestoneRow[] {
  return [{ key: 'onTime', count: m.onTime }, { key: 'late', count: m.late }, { key: 'lateOpen', count: m.lateOpen }];
}

/** One state of the intake pipeline. */
export interface IIntakeRow {
  state: IntakeState;
  count: number;
}

/** The intake pipeline in the workflow's order. */
export function intakeRows(intake: IDashboardCharts['intake']): IIntakeRow[] {
  return intake.map(i => ({ state: i.state, count: i.count }));
}

/**
 * A round tick step for a span split into about `parts` steps: 1, 2, 2.5 or 5 × 10^k (the "nice
 * numbers" of Heckbert, Graphics Gems I, 1990, with 2.5 added for quarters), at least the raw step.
 * A span ≤ 0 gives 1. `integer`: only whole steps (counts: no 2.5, nothing under 1).
 */
export function niceStep(span: number, parts: number, integer: boolean = false): number {
  if (!(span > 0) || !(parts > 0)) return 1;
  const raw = span / parts;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const steps = [1, 2, 2.5, 5, 10].map(m => Number((m * power).toPrecision(12))).filter(s => !integer || Number.isInteger(s));
  const step = steps.filter(s => s >= raw * (1 - 1e-9))[0] ?? 10 * power;
  return integer ? Math.max(1, step) : step;
}

/**
 * The value axis of a bar chart from 0: a round step (about five) and the top, the first step at or
 * above the largest value (0 → one step). `integer` for counts.
 */
export function valueAxis(max: number, integer: boolean): IIndexAxis {
  const step = niceStep(max, 5, integer);
  return { min: 0, max: Math.max(step, Math.ceil(Number((max / step).toPrecision(12))) * step), step };
}

/** An index axis of the SPI/CPI scatter: its ends and a round tick step (ticks at `min + k × step`). */
export interface IIndexAxis {
  min: number;
  max: number;
  step: number;
}

/**
 * The SPI/CPI scatter's axes (the same for both, so that 1.0 is the centre cross): from
 * min(0.5, lowest index) to max(1.5, highest index), widened to whole tenths and then to a whole
 * number of round steps (about four), so that 1.0 is always a tick and no point sits on the edge
 * unless it is the edge.
 */
export function evAxis(points: ReadonlyArray<{ spi: number; cpi: number }>): IIndexAxis {
  const values = points.reduce<number[]>((all, p) => all.concat([p.spi, p.cpi]), []).filter(v => Number.isFinite(v));
  const lo = Math.floor(Math.min(0.5, ...values) * 10) / 10;
  const hi = Math.ceil(Math.max(1.5, ...values) * 10) / 10;
  const step = niceStep(hi - lo, 4);
  const round = (v: number): number => Number(v.toPrecision(12));
  return { min: round(1 - Math.ceil(round((1 - lo) / step)) * step), max: round(1 + Math.ceil(round((hi - 1) / step)) * step), step };
}

/** The tick values of an index axis, `min` to `max` by `step`. */
export function axisTicks(axis: IIndexAxis): number[] {
  const n = Math.round((axis.max - axis.min) / axis.step);
  return Array.from({ length: n + 1 }, (_, k) => Number((axis.min + k * axis.step).toPrecision(12)));
}
