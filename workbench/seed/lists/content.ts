/**
 * Everything that hangs off one project, in the order its rows are drawn: status reports,
 * milestones (and the project's next milestone), milestone snapshots, risks, issues, project board
 * decisions, change requests, lessons, benefits, budget lines, resource demand and the gate review flow
 * (requests, board decisions, conditions, waivers, drafts).
 * All projects draw from one stream, one after the other.
 */
import {
  AssignmentsList, BenefitsList, BudgetLinesList, ChangeRequestsList, DecisionsList, GateReviewsList, IssuesList, LessonsList, MilestoneSnapshotsList,
  MilestonesList, ProjectsList, RisksList, StatusReportDraftsList, StatusReportsList
} from '../../../src/schema';
import type { Rng } from '../prng';
import type { SeedLists } from '../rows';
import type { IProjectSim } from '../simulate';
import { benefitRows } from './benefits';
import { budgetLineRows } from './budget';
import { gateFlowContent, type IGateFlowState } from './gateFlow';
import { gateReviewPlans } from './gates';
import { projectLessonRows } from './lessons';
import { changeRequestRows, issueRows, projectDecisionRows, riskRows } from './registers';
import { benefitTracking, changeTracking, evidenceDocuments, issueStamps, riskTracking } from './tracking';
import { milestoneRows, nextMilestoneOf, simulateMilestones, snapshotRows, statusReportRows } from './reports';
import { projectDemandRows } from './resources';
import { projectScope, type IContentContext } from './scope';

const P = ProjectsList.fields;

/** The governance streams and the counts the gate flow keeps across projects. */
export interface IGovernanceDraws {
  /** The gate flow's draws. */
  rng: Rng;
  /** The draws of the registers' schema 7 columns (tracking.ts): proximity, responses, snapshots, measurements. */
  tracking: Rng;
  gateFlow: IGateFlowState;
}

/**
 * Appends the content of a project to the lists; sets the rows of its reports and milestones on
 * the simulation, and its next milestone, lifecycle and stage on its row of Projects (which must
 * exist). The content's draws come from `rng`; what schema 7 added (the gate flow) from `gov.rng`.
 */
export function projectContent(lists: SeedLists, rng: Rng, s: IProjectSim, c: IContentContext, gov: IGovernanceDraws): void {
  const p = projectScope(s);
  const reports = statusReportRows(rng, p);
  const firstReport = lists.append(StatusReportsList, reports.published);
  s.reports.filter(r => r.published).forEach((r, k) => {
    r.index = firstReport + k;
  });
  lists.append(StatusReportDraftsList, reports.drafts);

  const milestones = simulateMilestones(rng, p);
  const rows = milestoneRows(p, milestones);
  const firstMilestone = lists.append(MilestonesList, rows);
  milestones.forEach((m, k) => {
    m.idx = firstMilestone + k;
    s.milestoneIdx.push(m.idx);
  });
  // Projects carry their next milestone, by the same rule as the portfolio service.
  const next = nextMilestoneOf(rows);
  const project = lists.rows(ProjectsList)[s.index].values;
  project[P.NextMilestoneTitle] = next ? next.title : null;
  project[P.NextMilestoneDate] = next ? next.date : null;
  lists.append(MilestoneSnapshotsList, snapshotRows(p, milestones));

  const firstRisk = lists.append(RisksList, riskRows(rng, p));
  const firstIssue = lists.append(IssuesList, issueRows(rng, p));
  lists.append(DecisionsList, projectDecisionRows(rng, p));
  const firstChange = lists.append(ChangeRequestsList, changeRequestRows(rng, p));
  lists.append(LessonsList, projectLessonRows(rng, p));
  const firstBenefit = lists.append(BenefitsList, benefitRows(rng, p, c.activeObjectives));
  lists.append(BudgetLinesList, budgetLineRows(rng, p));
  lists.append(AssignmentsList, projectDemandRows(rng, p, c));
  const firstReview = lists.rows(GateReviewsList).length;
  gateFlowContent(lists, gov.rng, p, gateReviewPlans(rng, p, c.checklistOfGate), c.checklistOfGate, gov.gateFlow);

  riskTracking(gov.tracking, lists, p, firstRisk);
  issueStamps(gov.tracking, lists, p, firstIssue);
  changeTracking(lists, p, firstChange);
  benefitTracking(gov.tracking, lists, p, firstBenefit);
  evidenceDocuments(lists, p, firstReview);
}
