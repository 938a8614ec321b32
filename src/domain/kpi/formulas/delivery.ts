/**
 * Delivery KPIs: milestone adherence (share on time, count late), open high risks and overdue
 * issues, each as it stood at the end of the day.
 *
 * Sources: a risk's score P × I and its band on the probability-impact grid as src/domain/governance
 * rates them (PRINCE2 2017, Risk theme; PMBOK® Guide 6th ed. §11.3.2.2); "overdue" as `isOverdue`
 * (due before the day, still open). Milestone adherence against the baseline is PMO Hub's own
 * definition (as its seed KPI "achieved on or before baseline").
 */
import type { IsoDay } from '../../dates';
import { DEFAULT_RISK_THRESHOLDS, isOpenIssue, isOpenRisk, riskBand, riskScore, scoreAt } from '../../governance';
import { kpiShare, kpiValue, noKpiData, type IKpiContext, type IKpiData, type IKpiIssue, type IKpiMilestone, type IKpiRisk, type KpiResult } from '../inputs';
import { before, inWindow, isDay, onOrBefore, projectIds, runningProjectIds } from '../scope';

/** How a baselined milestone stood at the end of a day. */
type MilestoneState = 'onTime' | 'late' | 'pending' | 'unknown';

/**
 * A milestone's state at the end of `at` against its baseline: `onTime` when achieved (actual day
 * on or before `at`) no later than the baseline; `late` when achieved after it, or not achieved and
 * the baseline is before `at`; `pending` when not achieved and not yet due (baseline on or after
 * `at`); `unknown` when cancelled, without a valid baseline, or Achieved without an actual day (it
 * cannot be placed in time).
 */
function milestoneState(m: IKpiMilestone, at: IsoDay): MilestoneState {
  if (m.status === 'Cancelled' || !isDay(m.baselineDate)) return 'unknown';
  if (onOrBefore(m.actualDate, at)) return onOrBefore(m.actualDate, m.baselineDate) ? 'onTime' : 'late';
  if (m.status === 'Achieved' && !isDay(m.actualDate)) return 'unknown';
  return before(m.baselineDate, at) ? 'late' : 'pending';
}

/**
 * The share (per cent) of milestones on time among those that fell due in the rolling window
 * ending with the day (baseline day in the window; the window is `IKpiContext.windowDays`, twelve
 * months by default): on time = achieved on or before its baseline day. Milestones of every project
 * in scope count (one closed since was running when they fell due). A milestone due on the day
 * itself and not yet achieved is not late yet and does not count. `basis`: the milestones judged.
 * No data: none fell due (`noMilestonesDue`). The baseline is the current one: a milestone
 * re-baselined through a change is judged against its new baseline.
 */
export function milestonesOnTime(data: IKpiData, context: IKpiContext): KpiResult {
  const ids = projectIds(data.projects);
  let due = 0;
  let onTime = 0;
  for (const m of data.milestones ?? []) {
    if (!ids.has(m.projectId) || !inWindow(m.baselineDate, context)) continue;
    const state = milestoneState(m, context.at);
    if (state !== 'onTime' && state !== 'late') continue;
    due++;
    if (state === 'onTime') onTime++;
  }
  return kpiShare(onTime, due, 'noMilestonesDue');
}

/**
 * How many milestones of running projects are late and still open at the end of the day: baseline
 * day before the day, not achieved by then, not cancelled (achieved late ones no longer count: they
 * are history, which `milestonesOnTime` covers). `basis`: the baselined milestones of running
 * projects looked at. No data: running projects have no baselined milestone (`noMilestones`).
 */
export function milestonesLate(data: IKpiData, context: IKpiContext): KpiResult {
  const running = runningProjectIds(data.projects, context.at);
  let baselined = 0;
  let late = 0;
  for (const m of data.milestones ?? []) {
    if (!running.has(m.projectId) || m.status === 'Cancelled' || !isDay(m.baselineDate)) continue;
    baselined++;
    if (milestoneState(m, context.at) === 'late' && !onOrBefore(m.actualDate, context.at)) late++;
  }
  return baselined > 0 ? kpiValue(late, baselined) : noKpiData('noMilestones');
}

/** Whether a risk raised by the end of `at` was still open then: open now, or closed after `at`. */
function riskOpenAt(risk: IKpiRisk, at: IsoDay): boolean {
  return isOpenRisk(risk) || (isDay(risk.closedOn) && !onOrBefore(risk.closedOn, at));
}

/** A risk's score at the end of `at`: from its rating history when there is one, else its current rating. */
function riskScoreAt(risk: IKpiRisk, at: IsoDay): number | undefined {
  if (risk.ratings && risk.ratings.length > 0) return scoreAt(risk.ratings, at);
  const scored = riskScore(risk);
  return scored.ok ? scored.score : undefined;
}

/**
 * How many risks of running projects were open at the end of the day with a score in the High band
 * (`riskBand` under the context's thresholds, PMO Hub's defaults when absent: score ≥ 12). Open at
 * the day: raised by then (`raisedOn`), and open now or closed after it (`closedOn`). `basis`: the
 * risks raised by the day. No data: running projects have no risk raised by then (`noRisks`).
 * Throws RangeError for invalid thresholds (validate the setting with `effectiveRiskThresholds`).
 */
export function openHighRisks(data: IKpiData, context: IKpiContext): KpiResult {
  const running = runningProjectIds(data.projects, context.at);
  const thresholds = context.riskThresholds ?? DEFAULT_RISK_THRESHOLDS;
  let raised = 0;
  let high = 0;
  for (const risk of data.risks ?? []) {
    if (!running.has(risk.projectId) || (isDay(risk.raisedOn) && !onOrBefore(risk.raisedOn, context.at))) continue;
    raised++;
    if (!riskOpenAt(risk, context.at)) continue;
    const score = riskScoreAt(risk, context.at);
    if (score !== undefined && riskBand(score, thresholds) === 'High') high++;
  }
  return raised > 0 ? kpiValue(high, raised) : noKpiData('noRisks');
}

/** Whether an issue was open at the end of `at`: open now, or resolved after `at`. */
function issueOpenAt(issue: IKpiIssue, at: IsoDay): boolean {
  return isOpenIssue(issue) || (isDay(issue.resolvedOn) && !onOrBefore(issue.resolvedOn, at));
}

/**
 * How many issues of running projects were overdue at the end of the day: open then (open now, or
 * resolved after the day) with a due day before it (as `isOverdue`: due on the day is not overdue).
 * `basis`: the issues raised by the day. No data: running projects have no issue raised by then
 * (`noIssues`).
 */
export function overdueIssues(data: IKpiData, context: IKpiContext): KpiResult {
  const running = runningProjectIds(data.projects, context.at);
  let raised = 0;
  let overdue = 0;
  for (const issue of data.issues ?? []) {
    if (!running.has(issue.projectId) || (isDay(issue.raisedOn) && !onOrBefore(issue.raisedOn, context.at))) continue;
    raised++;
    // `isOverdue`'s rule (open, due before the day), with "open" as of the day.
    if (before(issue.dueDate, context.at) && issueOpenAt(issue, context.at)) overdue++;
  }
  return raised > 0 ? kpiValue(overdue, raised) : noKpiData('noIssues');
}
