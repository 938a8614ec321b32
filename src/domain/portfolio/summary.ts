/**
 * The status summary a project carries denormalised (Projects: RAG per dimension, LastReportDate,
 * NextMilestoneTitle/Date), computed from its status reports and milestones.
 */
import type { Rag, RagDimension } from './rag';
import type { INextMilestone } from './row';

/** A milestone as the summary needs it. */
export interface IMilestoneInput {
  title: string;
  status?: string;
  baselineDate?: string;
  forecastDate?: string;
  actualDate?: string;
}

/** A status report as the summary needs it. */
export interface IStatusReportInput {
  id: number;
  reportDate: string;
  status?: string;
  rag: Partial<Record<RagDimension, Rag>>;
}

/** What Projects carries denormalised from StatusReports and Milestones. */
export interface IProjectSummary {
  rag: Partial<Record<RagDimension, Rag>>;
  lastReportDate?: string;
  nextMilestone?: INextMilestone;
}

/**
 * The next milestone: the open one (not achieved, not cancelled, no actual date) with the earliest
 * forecast date (baseline when there is no forecast). Overdue open milestones count: they are
 * still the next thing to reach.
 */
export function nextMilestone(milestones: ReadonlyArray<IMilestoneInput>): INextMilestone | undefined {
  let best: INextMilestone | undefined;
  let bestT = Infinity;
  for (const m of milestones) {
    if (m.status === 'Achieved' || m.status === 'Cancelled' || m.actualDate) continue;
    const date = m.forecastDate || m.baselineDate;
    const t = date ? Date.parse(date) : NaN;
    if (isNaN(t)) continue;
    if (t < bestT) {
      bestT = t;
      best = { title: m.title, date: date as string };
    }
  }
  return best;
}

/** The latest published report (by report date, then id). Drafts never count. */
export function latestPublishedReport(reports: ReadonlyArray<IStatusReportInput>): IStatusReportInput | undefined {
  let best: IStatusReportInput | undefined;
  for (const r of reports) {
    if (r.status !== 'Published') continue;
    const t = Date.parse(r.reportDate);
    if (isNaN(t)) continue;
    if (!best || t > Date.parse(best.reportDate) || (t === Date.parse(best.reportDate) && r.id > best.id)) best = r;
  }
  return best;
}

/** The denormalised summary of a project from its reports and milestones. */
export function projectSummary(reports: ReadonlyArray<IStatusReportInput>, milestones: ReadonlyArray<IMilestoneInput>): IProjectSummary {
  const latest = latestPublishedReport(reports);
  return { rag: latest ? { ...latest.rag } : {}, lastReportDate: latest?.reportDate, nextMilestone: nextMilestone(milestones) };
}
