/**
 * The report's derived figures: a milestone's state at the status date, earned value from the
 * status report's inputs, and the RAG distribution of the overview.
 */
import { isIsoDay, type IsoDay } from '../dates';
import { earnedValue, type IEarnedValueInput } from '../evm';
import { hasEnded, type IMilestoneInput, type Rag } from '../portfolio';
import type { IReportEarnedValue, IReportMilestone, IReportOverviewRow, ReportMilestoneState } from './model';

const day = (value: string | undefined): IsoDay | undefined => (isIsoDay(value) ? value : undefined);

/**
 * A milestone's state at the status date `at` (the rules of `ReportMilestoneState`). Done means
 * Achieved or with an actual day (as the next-milestone rule of src/domain/portfolio reads it); it is
 * judged against the baseline day. An open milestone is late when the day it is due by (its
 * baseline, else its forecast) is before `at` — due on `at` itself is not late yet, as the KPI
 * "milestones late" counts it.
 */
export function reportMilestoneState(m: IMilestoneInput, at: IsoDay): ReportMilestoneState {
  if (m.status === 'Cancelled') return 'cancelled';
  const baseline = day(m.baselineDate);
  const forecast = day(m.forecastDate);
  const actual = day(m.actualDate);
  if (actual || m.status === 'Achieved') return actual && baseline && actual > baseline ? 'achievedLate' : 'achieved';
  const due = baseline ?? forecast;
  if (!due) return 'unknown';
  if (due < at) return 'late';
  return baseline && forecast && forecast > baseline ? 'slipping' : 'onTrack';
}

/** A milestone as the report shows it at the status date `at` (days that are not valid days are left out). */
export function reportMilestone(m: IMilestoneInput, at: IsoDay): IReportMilestone {
  return { title: m.title, baseline: day(m.baselineDate), forecast: day(m.forecastDate), actual: day(m.actualDate), state: reportMilestoneState(m, at) };
}

/**
 * The earned-value figures of a status report: its inputs PV, EV, AC and BAC as given (a negative or
 * non-finite one is left out) and SV, CV, SPI, CPI, EAC, ETC and VAC as `earnedValue` of src/domain/evm
 * computes them (PMBOK® Guide, 6th ed., Table 7-1); a figure that is not available is absent.
 * Undefined when no input is given.
 */
export function reportEarnedValue(input: IEarnedValueInput): IReportEarnedValue | undefined {
  const out: IReportEarnedValue = {};
  for (const key of ['bac', 'pv', 'ev', 'ac'] as const) {
    const v = input[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  if (Object.keys(out).length === 0) return undefined;
  const figures = earnedValue(input);
  for (const key of ['sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac'] as const) {
    const v = figures[key];
    if (v !== null) out[key] = v;
  }
  return out;
}

/** The group of each state in the board's order: late, upcoming, reached, cancelled. */
const BOARD_GROUP: Readonly<Record<ReportMilestoneState, number>> = { late: 0, slipping: 1, onTrack: 1, unknown: 1, achieved: 2, achievedLate: 2, cancelled: 3 };

/**
 * Milestones in the order the board must see them, so that a capped list ("+3 more") folds away
 * what matters least: first the late ones (earliest baseline first), then the upcoming ones
 * (slipping, on track or not yet judged) by the day they are forecast (else their baseline),
 * then the reached ones, most recent first, and the cancelled ones last. Stable for equal keys.
 */
export function boardMilestoneOrder(milestones: ReadonlyArray<IReportMilestone>): IReportMilestone[] {
  const key = (m: IReportMilestone): string => {
    const group = BOARD_GROUP[m.state];
    if (group === 0) return m.baseline ?? m.forecast ?? '9999-12-31';
    if (group === 1) return m.forecast ?? m.baseline ?? '9999-12-31';
    return m.actual ?? m.forecast ?? m.baseline ?? '0000-01-01';
  };
  return milestones.map((m, i) => ({ m, i, g: BOARD_GROUP[m.state], k: key(m) })).sort((a, b) => {
    if (a.g !== b.g) return a.g - b.g;
    const byDay = a.g === 2 ? b.k.localeCompare(a.k) : a.k.localeCompare(b.k);
    return byDay || a.i - b.i;
  }).map(x => x.m);
}

/** How many running projects of the overview have each overall RAG, and how many have none yet. */
export interface IRagDistribution {
  counts: Record<Rag, number>;
  /** Running projects without a published overall RAG. */
  notReported: number;
}

/**
 * The RAG distribution of the overview: the running projects counted by their current overall RAG
 * (`hasEnded`: closed and cancelled projects have no current RAG and are left out).
 */
export function ragDistribution(rows: ReadonlyArray<Pick<IReportOverviewRow, 'status' | 'rag'>>): IRagDistribution {
  const counts: Record<Rag, number> = { Green: 0, Amber: 0, Red: 0 };
  let notReported = 0;
  for (const row of rows) {
    if (hasEnded(row.status)) continue;
    const overall = row.rag.overall;
    if (overall) counts[overall]++;
    else notReported++;
  }
  return { counts, notReported };
}
