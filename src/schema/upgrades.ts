/**
 * Ordered upgrade steps of the PMO site's schema, as data. Each step migrates DATA from one version
 * to the next; the columns and lists of the target version already exist when it runs (provisioning
 * adds them first, additively). Steps never delete a column: an old column stays on the site, unused.
 * The migration of each step is in src/provisioning/upgrades, under the step's `id`; a test fails
 * when a step has no migration or a migration no step.
 */
import type { IUpgradeStep } from './types';

/** All upgrade steps, in order. */
export const upgrades: ReadonlyArray<IUpgradeStep> = [
  { from: 1, to: 2, id: 'v2-link-programmes', description: 'Link projects to the new Programmes list (from the v1 text column ProgrammeName)', reads: { Projects: ['ProgrammeName'] } },
  { from: 1, to: 2, id: 'v2-copy-lifecycle-status', description: 'Copy the v1 Projects.Status into the new Projects.LifecycleStatus', reads: { Projects: ['Status'] } },
  { from: 2, to: 3, id: 'v3-business-units', description: 'List the business units that project requests name in the new BusinessUnits list' },
  {
    from: 3,
    to: 4,
    id: 'v4-request-numbers',
    description: 'Projects, Decisions, Assignments and RequestHistory name their request by number (RequestNumber) instead of the Request lookup, which is emptied: no column of a request can be projected through lists its readers cannot all read',
    reads: { Projects: ['Request', 'RequestId'], Decisions: ['Request', 'RequestId'], Assignments: ['Request', 'RequestId'], RequestHistory: ['Request', 'RequestId'] }
  },
  {
    from: 3,
    to: 4,
    id: 'v4-project-editors',
    description: 'Give each project\'s manager (and deputy) an item-level Contribute grant: project managers no longer edit the Projects list as a whole'
  },
  {
    from: 4,
    to: 5,
    id: 'v5-score-request-numbers',
    description: 'Scores name their request by number (RequestNumber) instead of the Request lookup, which is emptied, as every list outside intake does since v4',
    reads: { Scores: ['Request', 'RequestId'] }
  },
  {
    from: 4,
    to: 5,
    id: 'v5-model-versions',
    description: 'Give each existing scoring model a model key and version 1 (scoring models are versioned; rounds lock the version they use)'
  },
  {
    from: 5,
    to: 6,
    id: 'v6-move-report-drafts',
    description: 'Move the draft status reports into the new StatusReportDrafts list (StatusReports keeps published reports, which project managers can add but no longer edit)'
  },
  {
    from: 5,
    to: 6,
    id: 'v6-refresh-project-summaries',
    description: 'Fill the project summary columns new in schema 6 (quality and resources RAG, PV, EV, AC, BAC) from each project\'s latest published status report, so that the portfolio roll-up does not call reported projects "no report"'
  },
  {
    from: 6,
    to: 7,
    id: 'v7-project-lifecycle',
    description: 'Put existing projects and gates on the PRINCE2 lifecycle and copy their PRINCE2 stage into the new StageCode (where empty)'
  },
  {
    from: 6,
    to: 7,
    id: 'v7-gate-decisions',
    description: 'Record the decision of each decided gate review as a board decision in Decisions (with its gate outcome and review): gate reviews become the project manager\'s request'
  },
  {
    from: 6,
    to: 7,
    id: 'v7-risk-exposure',
    description: 'Write each risk\'s score (probability × impact) into the new indexed RiskExposure, which the portfolio\'s top risks sort on'
  },
  {
    from: 8,
    to: 9,
    id: 'v9-enrolment-attendance',
    description: 'Record the attendance of each enrolment marked Attended or NoShow in the new TrainingAttendance list, and make those and waitlisted enrolments plain active requests (Enrolled): seats and waiting positions are derived from the order of the active enrolments'
  },
  {
    from: 8,
    to: 9,
    id: 'v9-session-time-zones',
    description: 'Give each training session without a time zone the site\'s time zone (IANA), in which its times were entered'
  },
  {
    from: 8,
    to: 9,
    id: 'v9-maturity-questions',
    description: 'Turn the level statements of each maturity dimension (one question per dimension and level) into one question per dimension with its five statements as the answers for levels 1–5, on the P3M3 perspective of the dimension; the old questions are deactivated'
  },
  {
    from: 9,
    to: 10,
    id: 'v10-move-score-drafts',
    description: 'Move the draft scores into the new ScoreDrafts list, each still authored by its board member (Scores keeps submitted scores, which the board can add but no longer change or delete)'
  }
];
