/**
 * Milestones (pure, no I/O):
 * - `mta`: the milestone trend analysis from MilestoneSnapshots: one line per milestone, where it
 *   meets the diagonal, its trend with a tolerance, the chart's extents;
 * - `table`: the chart's table alternative;
 * - `baseline`: re-baselining with a reason, keeping the old baseline.
 * The next milestone a project shows is `nextMilestone` in `../portfolio`. Import from here
 * (`../domain/milestones`).
 */
export {
  buildMta, DEFAULT_MTA_TOLERANCE_DAYS, mtaExtents, mtaPoints, mtaTrend,
  type IDayRange, type IMilestoneSnapshot, type IMtaExtents, type IMtaLine, type IMtaMilestone, type IMtaOptions, type IMtaPoint, type IMtaSeries, type MilestoneId, type MtaTrend
} from './mta';
export { mtaTable, type IMtaCell, type IMtaTable, type IMtaTableRow } from './table';
export { rebaseline, type IBaselineChange, type IBaselinedMilestone, type IRebaselineRequest, type RebaselineIssueCode, type RebaselineResult } from './baseline';
