/**
 * The demo-data generator: a believable IT portfolio of an international, often public-sector
 * organisation, for every list of the PMO schema. Pure and deterministic: the same seed and number
 * of projects give deep-equal output (seeded PRNG, fixed reference date, no clock, no Math.random).
 *
 * Scale: reference data (objectives, roles, gates, KPIs, scoring models, trainings, maturity
 * questions, communities, templates) is fixed, and written in the site's language; everything that hangs off projects and requests
 * grows with the number of projects (about 20 monthly status reports per project on average).
 *
 * Each list (or group of lists) has its module under lists/, which returns its rows;
 * `generateSeed` composes them. Each part (programmes, resources, projects, requests, scenarios,
 * project content, training, maturity) draws from its own named stream of the PRNG, so a change in
 * one part does not shift the data of the others.
 */
import {
  AbsencesList, AssignmentsList, BenefitMeasurementsList, BenefitsList, BudgetLinesList, ChangeRequestsList, CommunitiesList, DecisionsList, EnrolmentsList, GateChecklistItemsList, GateConditionsList, GateReviewDraftsList, GateReviewsList, GateWaiversList,
  GatesList, IssuesList, KpiDefinitionsList, LessonsList, MaturityAssessmentsList, MaturityQuestionsList, MethodologyStagesList, MilestoneSnapshotsList, MilestonesList,
  MyPortfolioViewsList, PortfolioScenariosList, PortfolioViewsList, ProgrammesList, ProjectDocumentsList, ProjectRequestsList, ProjectsList, RequestHistoryList, ResourcesList,
  BusinessUnitsList, RiskSnapshotsList, RisksList, RolesList, ScoreDraftsList, ScoresList, ScoringCriteriaList, ScoringModelsList, ScoringRoundsList, StatusReportDraftsList, StatusReportsList, StrategicObjectivesList, TemplatesList, TrainingModulesList, LearningPathsList, TrainingAttendanceList, MaturityResultsList, CommunityMembersList,
  TrainingSessionsList
} from '../../src/schema';
import type { GroupKey } from '../../src/schema/types';
import { demoUsers, type DemoRole } from '../directory';
import { REFERENCE_DATE } from './dates';
import type { ISeedData, ISeedMembership } from './model';
import { Rng } from './prng';
import { SeedLists, type ISeedListRef } from './rows';
import { simulateProjects } from './simulate';
import { TitleBook } from './titles';
import { langOfLocale } from './vocabulary';
import { communityMemberRows, communityRows } from './lists/communities';
import { projectContent } from './lists/content';
import { checklistRows, gateRows } from './lists/gates';
import { kpiRows } from './lists/kpis';
import { organisationLessonRows } from './lists/lessons';
import { maturityQuestionRows, maturityRows } from './lists/maturity';
import { PROJECT_MANAGERS, usersOf } from './reference';
import { activeObjectiveIndexes, businessUnitRows, objectiveRows, programmeRows } from './lists/objectives';
import { projectRows } from './lists/projects';
import { approvedWithoutProject, requestDecisionRows, requestRows } from './lists/requests';
import { requestDemandRows, resourceRows, roleRows, trackedCapacity } from './lists/resources';
import { holidayRows, leaveRows } from './lists/absences';
import { showcaseOverAllocation } from './lists/showcase';
import { scenarioRows } from './lists/scenarios';
import { scoringRows } from './lists/scoring';
import { roundRows } from './lists/rounds';
import { methodologyRows } from './lists/methodology';
import { templateRows } from './lists/templates';
import { learningPathRows, sessionRows, trainingModuleRows } from './lists/trainings';
import { personalViewRows, sharedViewRows } from './lists/views';

/** The default PRNG seed. */
export const DEFAULT_SEED: number = 20261101;

/** The default demo size. */
export const DEFAULT_PROJECTS: number = 60;

/**
 * The lists in the order they are written: parents before children. The only cycle (a request links
 * the project it became, the project links its request) is closed by the writer, which sets
 * ProjectRequests.Project after Projects exist.
 */
export const SEED_LISTS: ReadonlyArray<ISeedListRef> = [
  StrategicObjectivesList, BusinessUnitsList, ProgrammesList, CommunitiesList, RolesList, ResourcesList, AbsencesList, GatesList, GateChecklistItemsList, KpiDefinitionsList,
  ScoringModelsList, ScoringCriteriaList, ProjectRequestsList, RequestHistoryList, ScoringRoundsList, ScoresList, ScoreDraftsList, ProjectsList, PortfolioScenariosList, PortfolioViewsList, MyPortfolioViewsList,
  StatusReportsList, StatusReportDraftsList, MilestonesList, MilestoneSnapshotsList, RisksList, RiskSnapshotsList, IssuesList, GateReviewsList, DecisionsList, GateConditionsList, GateWaiversList,
  GateReviewDraftsList, ChangeRequestsList, LessonsList, BenefitsList, BenefitMeasurementsList, BudgetLinesList, AssignmentsList, LearningPathsList, TrainingModulesList, TrainingSessionsList, EnrolmentsList, TrainingAttendanceList,
  MaturityQuestionsList, MaturityAssessmentsList, MaturityResultsList, CommunityMembersList, TemplatesList, MethodologyStagesList, ProjectDocumentsList
];

/** The schema keys of SEED_LISTS, in write order. */
export const LIST_ORDER: ReadonlyArray<string> = SEED_LISTS.map(l => l.key);

export interface IGenerateOptions {
  /** Number of projects (default 60). */
  projects?: number;
  /** PRNG seed (default DEFAULT_SEED). */
  seed?: number;
  /**
   * The site's locale (default en-us): the organisation's texts (titles, descriptions, milestones,
   * objectives, business units, programmes, and the reference data: roles, gates and checklists,
   * KPIs, scoring models, communities, trainings, maturity questions) are in its language; English
   * for a language PMO Hub does not speak.
   */
  locale?: string;
}

/** The PMO group each demo role belongs to. */
const GROUP_OF_ROLE: Readonly<Record<DemoRole, GroupKey>> = {
  owner: 'pmoOwners', pmoOfficer: 'pmoOfficers', projectManager: 'projectManagers', boardMember: 'strategyBoard', requester: 'members', trainee: 'members', reader: 'visitors'
};

/** The named streams of the PRNG, forked from the seed in this order. */
const STREAMS = ['programmes', 'resources', 'projects', 'requests', 'scenarios', 'content', 'training', 'maturity', 'governance', 'tracking', 'absences'] as const;

function streams(seed: number): Record<(typeof STREAMS)[number], Rng> {
  const root = new Rng(seed);
  const out = {} as Record<(typeof STREAMS)[number], Rng>;
  for (const name of STREAMS) out[name] = root.fork(name);
  return out;
}

/** Generates the demo data. */
export function generateSeed(options: IGenerateOptions = {}): ISeedData {
  const n = Math.max(0, Math.floor(options.projects ?? DEFAULT_PROJECTS));
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = streams(seed);
  const lang = langOfLocale(options.locale);
  const lists = new SeedLists(SEED_LISTS);

  // Reference data.
  const activeObjectives = activeObjectiveIndexes();
  lists.append(StrategicObjectivesList, objectiveRows(lang));
  lists.append(BusinessUnitsList, businessUnitRows(lang));
  const programmes = programmeRows(rng.programmes, n, lang);
  lists.append(ProgrammesList, programmes.rows);
  lists.append(CommunitiesList, communityRows(lang));
  // The pool: people and their absences first, so that the roles' set capacity leaves out what the tracked people bring.
  const resources = resourceRows(rng.resources, lang);
  const absences = [...holidayRows(lang), ...leaveRows(rng.absences, resources.rows.length, lang)];
  const tracked = trackedCapacity(resources.rows, absences);
  lists.append(RolesList, roleRows(n, lang, tracked));
  lists.append(ResourcesList, resources.rows);
  lists.append(AbsencesList, absences);
  lists.append(GatesList, gateRows(lang));
  const checklist = checklistRows(lang);
  lists.append(GateChecklistItemsList, checklist.rows);
  lists.append(KpiDefinitionsList, kpiRows(lang));
  const scoring = scoringRows(lang);
  lists.append(ScoringModelsList, scoring.models);
  lists.append(ScoringCriteriaList, scoring.criteria);

  // The portfolio: projects are simulated first, requests become some of them, then the projects' rows.
  // One book of titles: no two projects or requests of the organisation share a title.
  const titles = new TitleBook(lang);
  const sims = simulateProjects(rng.projects, n, programmes.rows.length, titles);
  const requests = requestRows(rng.requests, sims, scoring, activeObjectives, titles);
  lists.append(ProjectRequestsList, requests.requests);
  lists.append(RequestHistoryList, requests.history);
  lists.append(ScoringRoundsList, roundRows(requests, scoring, lang));
  // Submitted scores in Scores (final: the board adds, never edits them), drafts of the open round in ScoreDrafts.
  const submitted = (s: { values: Record<string, unknown> }): boolean => s.values[ScoresList.fields.ScoreState] === 'Submitted';
  lists.append(ScoresList, requests.scores.filter(submitted));
  lists.append(ScoreDraftsList, requests.scores.filter(s => !submitted(s)));
  lists.append(ProjectsList, projectRows(rng.projects, sims, activeObjectives, programmes.teamsGroupIds));
  lists.append(PortfolioScenariosList, scenarioRows(rng.scenarios, sims, requests.outcomes, scoring.activeModel));
  if (n > 0) {
    lists.append(PortfolioViewsList, sharedViewRows(programmes.rows.length));
    lists.append(MyPortfolioViewsList, personalViewRows(lang));
  }

  // What hangs off each project, then off the decided requests.
  const context = { checklistOfGate: checklist.byGate, resourceOfUser: resources.resourceOfUser, resourcesOfRole: resources.resourcesOfRole, activeObjectives };
  const gov = { rng: rng.governance, tracking: rng.tracking, gateFlow: { waivers: 0, drafts: 0 } };
  for (const s of sims) projectContent(lists, rng.content, s, context, gov);
  lists.append(DecisionsList, requestDecisionRows(requests.requests, requests.outcomes));
  lists.append(AssignmentsList, requestDemandRows(requests.requests, approvedWithoutProject(requests.outcomes)));
  // The over-allocation the Capacity heat map shows, which a what-if clears (lists/showcase.ts).
  showcaseOverAllocation(lists.rows(RolesList), tracked, lists.rows(AssignmentsList), requests.requests);
  lists.append(LessonsList, organisationLessonRows(rng.content, n, lang));

  // Training, maturity and templates.
  const membersRng = rng.training.fork('communities'); // before the sessions: memberships do not depend on the portfolio's size
  lists.append(LearningPathsList, learningPathRows(lang));
  lists.append(TrainingModulesList, trainingModuleRows(lang));
  const trainings = sessionRows(rng.training, n, lang);
  lists.append(TrainingSessionsList, trainings.sessions);
  lists.append(EnrolmentsList, trainings.enrolments);
  lists.append(TrainingAttendanceList, trainings.attendance);
  lists.append(MaturityQuestionsList, maturityQuestionRows(lang));
  const maturity = maturityRows(rng.maturity, n);
  lists.append(MaturityAssessmentsList, maturity.assessments);
  lists.append(MaturityResultsList, maturity.results);
  if (n > 0) lists.append(CommunityMembersList, communityMemberRows(membersRng));
  lists.append(TemplatesList, templateRows());
  lists.append(MethodologyStagesList, methodologyRows());

  const memberships: ISeedMembership[] = demoUsers.map(u => ({ group: GROUP_OF_ROLE[u.role], upn: u.userPrincipalName }));
  // The demo's trainers: the PMO officers and two project managers (they give the training sessions).
  for (const u of [...usersOf('pmoOfficer'), ...PROJECT_MANAGERS.slice(0, 2)]) memberships.push({ group: 'trainers', upn: u.userPrincipalName });
  return { projects: n, seed, referenceDate: REFERENCE_DATE, memberships, lists: lists.all() };
}
