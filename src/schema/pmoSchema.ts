/**
 * The PMO site's information architecture, version 10: every list, column, index, view, group and
 * permission. Provisioning, the asset generator, the services and the seed all read this.
 */
import { F, on } from './fields';
import type { ICustomRoleSchema, IFieldSchema, IGroupSchema, IListSchema, ISiteSchema, IViewSchema, RoleAssignmentsSchema } from './types';
import { upgrades } from './upgrades';
import { sitePages } from './pages';

/** The current schema version. Raise it with every released change and add an upgrade step. */
export const SCHEMA_VERSION: number = 10;

/** The PMO groups. Their members are data (added by the PMO in SharePoint), not schema. */
export const groups: ReadonlyArray<IGroupSchema> = [
  { key: 'pmoOwners', title: 'Group_PmoOwners_Title', description: 'Group_PmoOwners_Desc' },
  { key: 'pmoOfficers', title: 'Group_PmoOfficers_Title', description: 'Group_PmoOfficers_Desc' },
  { key: 'projectManagers', title: 'Group_ProjectManagers_Title', description: 'Group_ProjectManagers_Desc' },
  { key: 'strategyBoard', title: 'Group_StrategyBoard_Title', description: 'Group_StrategyBoard_Desc' },
  { key: 'members', title: 'Group_Members_Title', description: 'Group_Members_Desc' },
  { key: 'visitors', title: 'Group_Visitors_Title', description: 'Group_Visitors_Desc' },
  // Schema 9: the people who give trainings (in-house trainers, often also project managers or PMO officers).
  { key: 'trainers', title: 'Group_Trainers_Title', description: 'Group_Trainers_Desc' }
];

/**
 * PMO Hub's one custom permission level. The strategy board must read EVERY project request to
 * score it, but ProjectRequests has item-level security (requesters see only their own). Only the
 * 'Override List Behaviors' right (CancelCheckout) lifts item-level security, and every standard
 * level that has it (Design, Full Control) also lets the holder edit all requests and change the
 * list. 'Read all items' is Read plus that one right: the board reads all requests, edits none.
 */
export const customRoles: ReadonlyArray<ICustomRoleSchema> = [
  {
    key: 'readAll',
    name: 'PMO Hub Read All Items',
    description: 'Group_ReadAllRole_Desc',
    // Read (ViewListItems 1, OpenItems 6, ViewVersions 7, ViewFormPages 13, Open 17, ViewPages 18,
    // CreateSSCSite 23, BrowseUserInfo 28, UseClientIntegration 37, UseRemoteAPIs 38, CreateAlerts 40)
    // plus CancelCheckout 9 ('Override List Behaviors').
    permissions: [1, 6, 7, 9, 13, 17, 18, 23, 28, 37, 38, 40],
    order: 200
  },
  {
    // Add items and read own ones, never edit or delete them: requesters and project managers append
    // their own moves to a request's history (RequestHistory), which stays append-only for them.
    key: 'addOnly',
    name: 'PMO Hub Add Items',
    description: 'Group_AddOnlyRole_Desc',
    // ViewListItems 1, AddListItems 2, OpenItems 6, ViewVersions 7, ViewFormPages 13, Open 17,
    // ViewPages 18, BrowseUserInfo 28, UseClientIntegration 37, UseRemoteAPIs 38. No EditListItems 3,
    // no DeleteListItems 4.
    permissions: [1, 2, 6, 7, 13, 17, 18, 28, 37, 38],
    order: 201
  },
  {
    // Design plus ManagePermissions 26 and EnumeratePermissions 63, on Projects only: PMO officers give
    // each project's manager and deputy their item-level grant (on conversion and when the PM changes).
    // Design alone cannot change permissions; Full Control would also let them change the whole site.
    key: 'manageProjects',
    name: 'PMO Hub Manage Projects',
    description: 'Group_ManageProjectsRole_Desc',
    permissions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 17, 18, 19, 20, 21, 23, 26, 27, 28, 29, 30, 37, 38, 40, 41, 63],
    order: 202
  },
  {
    // Schema 8, on Reports: store a generated report and describe it, never delete one or one of its
    // versions. SharePoint uploads a file first and sets its columns (kind, day, project) second, which
    // needs EditListItems 3: with Add Items alone the upload succeeds and its columns are refused. No
    // DeleteListItems 4 and no DeleteVersions 8: with versioning on, a later change of a stored report
    // is a new version and the one the board saw stays in its history; only PMO Owners delete.
    key: 'addEdit',
    name: 'PMO Hub Add and Edit Items',
    description: 'Group_AddEditRole_Desc',
    permissions: [1, 2, 3, 6, 7, 13, 17, 18, 28, 37, 38],
    order: 203
  },
  {
    // Schema 10, on GateConditions: project managers mark the board's conditions met (an update of an
    // item they read), and do nothing else there: no AddListItems 2 (only the board and the PMO record
    // conditions, with their decision), no DeleteListItems 4 and no DeleteVersions 8 (a condition the
    // board set cannot be removed through REST by the project it binds).
    key: 'editOnly',
    name: 'PMO Hub Edit Items',
    description: 'Group_EditOnlyRole_Desc',
    // ViewListItems 1, EditListItems 3, OpenItems 6, ViewVersions 7, ViewFormPages 13, Open 17,
    // ViewPages 18, BrowseUserInfo 28, UseClientIntegration 37, UseRemoteAPIs 38.
    permissions: [1, 3, 6, 7, 13, 17, 18, 28, 37, 38],
    order: 204
  }
];

/** The PMO groups' levels on the site. Lists without `roleAssignments` inherit these: the PMO edits, everyone reads. */
export const webRoleAssignments: RoleAssignmentsSchema = {
  pmoOwners: 'FullControl',
  // Design includes 'Override List Behaviors' (CancelCheckout): PMO officers read and edit every
  // project request despite item-level security, and maintain the configuration lists.
  pmoOfficers: 'Design',
  projectManagers: 'Read',
  strategyBoard: 'Read',
  members: 'Read',
  visitors: 'Read',
  trainers: 'Read'
};

/**
 * Projects: everyone reads; only the PMO edits the list as a whole. A project's own manager and deputy
 * edit it through an item-level Contribute grant that PMO Hub gives on conversion and on every change
 * of manager (ProjectService.setEditors), so a project manager cannot change another manager's project.
 */
const PROJECTS: RoleAssignmentsSchema = { ...webRoleAssignments, pmoOfficers: 'manageProjects' };
/** Project managers write (status reports, risks, issues, milestones, …); everyone else as on the site. */
const PM_WRITE: RoleAssignmentsSchema = { ...webRoleAssignments, projectManagers: 'Contribute' };
/**
 * Records that stay as filed (published status reports, milestone and risk snapshots, gate review
 * requests): project managers and PMO officers add and read them, never change or delete one, their
 * own included (`PMO Hub Add Items`); only PMO owners (Full Control) can. SharePoint enforces it, not
 * only PMO Hub: a published report is immutable, a correction is a new report.
 */
const PM_APPEND: RoleAssignmentsSchema = { ...webRoleAssignments, projectManagers: 'addOnly', pmoOfficers: 'addOnly' };
/**
 * Decisions (schema 7): an immutable record for project managers, the board and PMO officers, who add
 * and read them and never change one (`PMO Hub Add Items`); only PMO owners (Full Control) can. A gate decision counts only when
 * its Author (set by SharePoint) is in the strategy board or a PMO group (README, permission model).
 */
const DECISION_RECORDS: RoleAssignmentsSchema = { ...webRoleAssignments, projectManagers: 'addOnly', strategyBoard: 'addOnly', pmoOfficers: 'addOnly' };
/**
 * Gate waivers (schema 7): PMO officers add them and cannot change or delete one, so a waiver stays
 * visible in its review forever; only PMO owners (Full Control) can; everyone else reads, so a board
 * member or a project manager who adds one gets 403 from SharePoint.
 */
const WAIVERS: RoleAssignmentsSchema = { ...webRoleAssignments, pmoOfficers: 'addOnly' };
/**
 * The Reports library (schema 8), the audit trail of what the board saw: PMO officers and project
 * managers store reports and set their columns (`PMO Hub Add and Edit Items`: no delete, no deleting
 * versions), IT management (visitors) and the board read, requesters and trainees (members) have no
 * access; only PMO Owners delete. Versioning keeps every earlier version of a stored report. Schema 10:
 * the library's WriteSecurity is 2 (edit own items): the one edit of a stored report is its uploader
 * setting its columns right after the upload, so nobody below PMO Owners (Full Control, which overrides
 * it) can change the columns of a report someone else stored.
 */
const REPORT_ARCHIVE: RoleAssignmentsSchema = { pmoOwners: 'FullControl', pmoOfficers: 'addEdit', projectManagers: 'addEdit', strategyBoard: 'Read', visitors: 'Read' };
/**
 * KpiSnapshots (schema 8): the PMO takes the dashboard's figures (adds, never changes one: a day's
 * figures stay as taken); everyone reads them; only PMO Owners correct.
 */
const FIGURES: RoleAssignmentsSchema = { ...webRoleAssignments, pmoOfficers: 'addOnly' };
/**
 * Gate conditions (schema 7): the board adds them with its decision; project managers mark them met; the
 * PMO maintains them. Schema 10: project managers hold `PMO Hub Edit Items` (read and edit, no add, no
 * delete) instead of Contribute, so they cannot delete the board's conditions through REST.
 */
const CONDITIONS: RoleAssignmentsSchema = { ...webRoleAssignments, projectManagers: 'editOnly', strategyBoard: 'addOnly' };
/** Intake: requesters (and PMs) add requests; item-level security limits them to their own. */
const INTAKE: RoleAssignmentsSchema = {
  pmoOwners: 'FullControl',
  pmoOfficers: 'Design',
  strategyBoard: 'readAll',
  projectManagers: 'Contribute',
  members: 'Contribute'
};
/**
 * A request's history: requesters and project managers add their own moves and cannot change or
 * delete any row (append-only); the PMO writes every other move; the board reads all.
 */
const INTAKE_HISTORY: RoleAssignmentsSchema = { ...INTAKE, projectManagers: 'addOnly', members: 'addOnly' };
/** Personal records (enrolments, self-assessments): everyone adds their own. */
const PERSONAL: RoleAssignmentsSchema = {
  pmoOwners: 'FullControl',
  pmoOfficers: 'Design',
  projectManagers: 'Contribute',
  strategyBoard: 'Contribute',
  members: 'Contribute',
  visitors: 'Read'
};
/**
 * Schema 9, the training catalogue (TrainingModules, TrainingSessions, LearningPaths): trainers maintain
 * it with the PMO; everyone reads it.
 */
const TRAINING: RoleAssignmentsSchema = { ...webRoleAssignments, trainers: 'Contribute' };
/**
 * Schema 9, TrainingAttendance: trainers and PMO officers record attendance and completion (Contribute,
 * not Design); everyone else reads, so a trainee cannot mark themselves complete.
 */
const ATTENDANCE: RoleAssignmentsSchema = { ...webRoleAssignments, pmoOfficers: 'Contribute', trainers: 'Contribute' };
/**
 * Schema 9, MaturityAssessments (ReadSecurity 2, WriteSecurity 2) and MaturityResults: everyone who may
 * take the assessment adds their own; NO group gets a level with 'Override List Behaviors' (PMO officers
 * Contribute, not Design), so only PMO Owners (Full Control) can technically read someone's answers.
 */
const SELF_ASSESSMENT: RoleAssignmentsSchema = {
  pmoOwners: 'FullControl',
  pmoOfficers: 'Contribute',
  projectManagers: 'Contribute',
  strategyBoard: 'Contribute',
  members: 'Contribute',
  visitors: 'Contribute',
  trainers: 'Contribute'
};
/**
 * Schema 9, MaturityResults (counts and sums per department and quarter): each respondent's own client
 * adds its result to its group's item on submitting, so everyone who may take the assessment adds and
 * edits items (`PMO Hub Add and Edit Items`); nobody below PMO Owners deletes one, so a published
 * group's figures cannot be removed through REST. An edit stays possible (a running sum needs it) and is
 * ETag-guarded in MaturityService; README, People development, states this limit.
 */
const RESULTS: RoleAssignmentsSchema = {
  pmoOwners: 'FullControl',
  pmoOfficers: 'addEdit',
  projectManagers: 'addEdit',
  strategyBoard: 'addEdit',
  members: 'addEdit',
  visitors: 'addEdit',
  trainers: 'addEdit'
};
/**
 * Schema 9, Enrolments (ReadSecurity 1, WriteSecurity 2): the roster is readable like a classroom's,
 * and each trainee writes only their own enrolment. Nobody below PMO Owners holds 'Override List
 * Behaviors' here (PMO officers Contribute, not Design), so no client can change another trainee's
 * enrolment: seat order is derived from the enrolments' ids, never written (README, People development).
 * IT management (visitors) reads.
 */
const ENROLMENTS: RoleAssignmentsSchema = { ...SELF_ASSESSMENT, visitors: 'Read' };
/** Schema 9, CommunityMembers (WriteSecurity 2): anyone joins (adds their own item) and leaves (deletes it); everyone reads. */
const MEMBERSHIP: RoleAssignmentsSchema = { ...SELF_ASSESSMENT };

/** The default view (AllItems) with the given columns, newest first unless a query is given. */
function allItems(fields: ReadonlyArray<string>, query?: string): IViewSchema {
  return { url: 'AllItems', default: true, fields: ['LinkTitle', ...fields], query: query ?? '<OrderBy><FieldRef Name="ID" Ascending="FALSE"/></OrderBy>', rowLimit: 30 };
}

/** A list whose key and columns are known to the compiler (refs.ts derives the typed references from them). */
export type TypedList<K extends string = string, Fs extends ReadonlyArray<IFieldSchema> = ReadonlyArray<IFieldSchema>> = IListSchema & {
  readonly key: K;
  readonly fields: Fs;
};

function list<K extends string, Fs extends ReadonlyArray<IFieldSchema>>(
  key: K,
  url: string,
  fields: Fs,
  settings: Omit<Partial<IListSchema>, 'key' | 'url' | 'fields'> & { view?: ReadonlyArray<string> }
): TypedList<K, Fs> {
  const { view, ...rest } = settings;
  return {
    key,
    url,
    template: 100,
    title: `List_${key}_Title`,
    description: `List_${key}_Desc`,
    fields,
    views: [allItems(view ?? fields.filter(f => !f.hidden && f.type !== 'Note').slice(0, 6).map(f => f.name))],
    versioning: true,
    ...rest
  } as TypedList<K, Fs>;
}

/**
 * A document library (template 101) whose default view lists the files with the given columns, in the
 * given order (by modification, newest first, unless a query is given).
 */
function library<K extends string, Fs extends ReadonlyArray<IFieldSchema>>(
  key: K,
  url: string,
  fields: Fs,
  settings: Omit<Partial<IListSchema>, 'key' | 'url' | 'fields'> & { view: ReadonlyArray<string> },
  query: string = '<OrderBy><FieldRef Name="Modified" Ascending="FALSE"/></OrderBy>'
): TypedList<K, Fs> {
  return {
    ...list(key, url, fields, settings),
    template: 101,
    views: [{ url: 'Forms/AllItems', default: true, fields: ['DocIcon', 'LinkFilename', ...settings.view, 'Modified'], query, rowLimit: 30 }]
  };
}

const req = <T extends IFieldSchema>(f: T): T => on(f, { required: true });
/** The columns of a board member's score, the same in Scores (submitted) and ScoreDrafts (schema 10). */
const scoreColumns = () => [req(F.RoundNumber), req(F.RequestNumber), req(F.Criterion), req(F.BoardMember), F.ScoreValue, F.ScoreState, F.ScoringModel, F.ScoreComment] as const;

/** Every list of the PMO site (a tuple, so that refs.ts knows each list's key and columns). */
export const lists = [
  list('PmoHubConfig', 'Lists/PmoHubConfig', [on(F.ConfigKey, { required: true, unique: true, indexed: true }), F.ConfigValue], {
    // PMO Hub's own settings: the schema version the site is at, the PMO groups' ids. SharePoint
    // Online does not let no-script sites write the web's property bag, so they live in this list.
    hidden: true,
    versioning: true,
    queriedBy: ['ConfigKey'],
    view: ['ConfigKey', 'ConfigValue']
  }),
  list('StrategicObjectives', 'Lists/StrategicObjectives', [on(F.Code, { unique: true, indexed: true }), F.Summary, F.Weight, F.ObjectiveOwner, F.ObjectiveStatus], {
    queriedBy: ['ObjectiveStatus']
  }),
  list('BusinessUnits', 'Lists/BusinessUnits', [on(F.Code, { unique: true, indexed: true }), F.IsActive], {
    // The organisation's units, maintained by the PMO: a request's business unit is chosen from the
    // active ones (ProjectRequests.BusinessUnit keeps the unit's name, so a renamed or retired unit
    // leaves the requests filed under it as they were). Everyone reads it (inherits the site).
    queriedBy: ['IsActive'],
    view: ['Code', 'IsActive']
  }),
  list('Programmes', 'Lists/Programmes', [on(F.Code, { unique: true, indexed: true }), F.Summary, F.ProgrammeManager, F.Sponsor, F.ProgrammeStatus, F.StartDate, F.EndDate, F.TeamsGroupId], {
    queriedBy: ['ProgrammeStatus', 'ProgrammeManager']
  }),
  list(
    'Projects',
    'Lists/Projects',
    [
      F.ProjectCode, F.Summary, F.Programme, F.Department, req(F.ProjectManager), F.DeputyProjectManager, F.Sponsor, F.StrategicObjectives,
      F.Prince2Stage, F.LifecycleStatus, F.RequestNumber, F.TeamsGroupId, F.Budget, F.StartDate, F.EndDate,
      // The latest highlight report's RAG, denormalised by the status report service when a report is
      // published: the portfolio view (thousands of projects) shows and filters RAG without reading
      // StatusReports per project. StatusReports stays the source and the history.
      F.RagOverall, F.RagSchedule, F.RagCost, F.RagScope, F.RagRisk, F.LastReportDate,
      F.NextMilestoneTitle, F.NextMilestoneDate, F.ChangeReason,
      // Schema 6: the other two standard dimensions and the latest published report's earned-value
      // inputs, denormalised like the RAG (ProjectService.refreshSummary), so that the portfolio rolls
      // earned value up per programme and counts RAG per dimension from Projects alone.
      F.RagQuality, F.RagResources, F.PlannedValue, F.EarnedValue, F.ActualCost, F.BudgetAtCompletion,
      // Schema 7: the project's lifecycle and its stage in it (any lifecycle's stage code); Prince2Stage
      // stays for the portfolio code written before. DeliveryStageNo counts PRINCE2's delivery stages.
      F.Lifecycle, F.StageCode, F.DeliveryStageNo
    ],
    {
      large: true,
      roleAssignments: PROJECTS,
      queriedBy: [
        'ProjectCode', 'Programme', 'Department', 'ProjectManager', 'Sponsor', 'Prince2Stage', 'LifecycleStatus', 'RequestNumber', 'StartDate', 'EndDate', 'RagOverall', 'LastReportDate',
        'Lifecycle', 'StageCode'
      ],
      view: ['ProjectCode', 'ProjectManager', 'Programme', 'Prince2Stage', 'LifecycleStatus', 'RagOverall', 'EndDate']
    }
  ),
  list(
    'ProjectRequests',
    'Lists/ProjectRequests',
    [
      // Business unit, problem statement and sponsor are required to SUBMIT (the intake service validates
      // them), not to save a draft, which needs only a title: so they are not Required columns.
      F.BusinessUnit, F.ProblemStatement, F.Goals, F.StrategicObjectives, F.ExpectedBenefits,
      // Capex/opex per year as JSON ([{ year, capex, opex }]) with the totals as columns to sort on.
      F.CostPlanJson, F.CapexTotal, F.OpexTotal, F.DesiredStart, F.DesiredEnd, F.Urgency, F.Sponsor, F.ProposedManager,
      F.PersonalData, F.Iso27001Scope, F.Nis2Relevant, F.ProcurementNeeded, F.ProcurementProcedure, F.ComplianceNotes,
      F.IntakeState, F.DecisionReason,
      // Resource demand by role and month as JSON ([{ role, month: 'YYYY-MM', days }]): it belongs to
      // the request (same item-level security, saved atomically with it) and is only read whole for
      // one request. Approval turns it into Assignments rows (Proposed), which are indexed.
      F.ResourceDemandJson, F.IntakeLogJson,
      F.ScoringModel, F.TotalScore, F.SubmittedDate, F.Project
    ],
    {
      large: true,
      readSecurity: 2,
      writeSecurity: 2,
      roleAssignments: INTAKE,
      queriedBy: ['IntakeState', 'BusinessUnit', 'Sponsor', 'SubmittedDate', 'ScoringModel', 'TotalScore', 'Project', 'Author'],
      view: ['BusinessUnit', 'Sponsor', 'Urgency', 'IntakeState', 'SubmittedDate', 'TotalScore']
    }
  ),
  list('RequestHistory', 'Lists/RequestHistory', [req(F.RequestNumber), F.FromState, req(F.ToState), F.TransitionComment, F.DecisionReason], {
    // Who and when are the item's Author and Created: set by SharePoint, not by the client. The request
    // is a number, not a lookup: a row anyone may add must not reach into a request they cannot read.
    large: true,
    readSecurity: 2,
    writeSecurity: 2,
    roleAssignments: INTAKE_HISTORY,
    queriedBy: ['RequestNumber', 'ToState', 'Author', 'Created'],
    view: ['RequestNumber', 'FromState', 'ToState', 'Author', 'Created'],
    versioning: false
  }),
  list('ScoringModels', 'Lists/ScoringModels', [F.ModelKey, F.ModelVersion, F.ModelStatus, F.ScoringMethod, F.VersionLocked, F.StartDate, F.Summary, F.AhpMatrixJson], {
    // Each version of a model is an item: ModelKey names the model across its versions. A round locks
    // the version it scores with (VersionLocked); a later change of criteria, weights, scales or the
    // matrix makes a new version (src/domain/scoring/versioning.ts), so no past ranking changes.
    queriedBy: ['ModelStatus', 'ModelKey'],
    view: ['ModelKey', 'ModelVersion', 'ModelStatus', 'ScoringMethod', 'StartDate']
  }),
  list(
    'ScoringCriteria',
    'Lists/ScoringCriteria',
    [req(F.ScoringModel), req(F.Weight), F.CriterionDirection, F.CriterionRole, F.ScaleMin, F.ScaleMax, F.ScaleLevelsJson, F.StrategicObjective, F.SortOrder, F.Summary],
    {
      // A criterion belongs to one model VERSION (ScoringModel points at the version's item).
      queriedBy: ['ScoringModel', 'StrategicObjective']
    }
  ),
  list(
    'ScoringRounds',
    'Lists/ScoringRounds',
    [req(F.ScoringModel), F.RoundStatus, F.Deadline, F.BoardMembers, F.SpreadThreshold, F.CandidatesJson, F.RoundResultJson, F.ClosedDate, F.Summary],
    {
      // A round scores its candidates with one locked model version; the PMO opens and closes it, the
      // board reads it (its open rounds, and the result written once at close).
      roleAssignments: { pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'Read' },
      queriedBy: ['RoundStatus', 'ScoringModel', 'Deadline'],
      view: ['RoundStatus', 'ScoringModel', 'Deadline', 'ClosedDate']
    }
  ),
  list(
    'Scores',
    'Lists/Scores',
    scoreColumns(),
    {
      // Blind scoring, enforced by SharePoint: board members read only their own scores (item-level
      // security); the PMO (Design: Override List Behaviors) reads all. The request is a number, not a
      // lookup (as in every list outside intake). Schema 10: Scores holds SUBMITTED scores only, and the
      // board adds them and cannot change or delete one (`PMO Hub Add Items`): a submitted score is final
      // in SharePoint itself, not only in PMO Hub's screens. Drafts live in ScoreDrafts.
      large: true,
      readSecurity: 2,
      writeSecurity: 2,
      roleAssignments: { pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'addOnly' },
      queriedBy: ['RoundNumber', 'RequestNumber', 'Criterion', 'BoardMember', 'ScoringModel', 'ScoreState', 'Author'],
      view: ['RoundNumber', 'RequestNumber', 'Criterion', 'BoardMember', 'ScoreValue', 'ScoreState']
    }
  ),
  list(
    'ScoreDrafts',
    'Lists/ScoreDrafts',
    scoreColumns(),
    {
      // Schema 10: a board member's scores of an open round until they submit them (ScoreState 'Draft'),
      // the same columns as Scores. Each member reads and edits only their own drafts (item-level
      // security, Contribute); the PMO (Design) sees who has started, as in Scores.
      large: true,
      readSecurity: 2,
      writeSecurity: 2,
      roleAssignments: { pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'Contribute' },
      queriedBy: ['RoundNumber', 'RequestNumber', 'Criterion', 'Author'],
      view: ['RoundNumber', 'RequestNumber', 'Criterion', 'BoardMember', 'ScoreValue']
    }
  ),
  list('PortfolioScenarios', 'Lists/PortfolioScenarios', [F.ScenarioStatus, F.BudgetCap, F.FiscalYear, F.ScoringModel, F.Summary, F.ScenarioJson], {
    roleAssignments: { pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'Read' },
    queriedBy: ['ScenarioStatus', 'FiscalYear']
  }),
  list(
    'StatusReports',
    'Lists/StatusReports',
    [
      req(F.Project), req(F.ReportDate), F.PeriodStart, F.PeriodEnd, F.ReportStatus,
      F.RagOverall, F.RagSchedule, F.RagCost, F.RagScope, F.RagRisk,
      F.PlannedValue, F.EarnedValue, F.ActualCost, F.PercentComplete, F.Highlights, F.NextSteps,
      // Schema 6: quality and resources, every configured dimension with its suggestion, override
      // justification and comment (RagDetailsJson), escalations, BAC, the EAC method, each EV input's
      // source, and the publication (when, from which draft).
      F.RagQuality, F.RagResources, F.RagDetailsJson, F.Escalations, F.BudgetAtCompletion, F.EacMethod, F.EvmSourcesJson,
      F.PublishedDate, F.DraftNumber
    ],
    {
      // Published reports only (since schema 6; drafts are in StatusReportDrafts). Project managers add
      // and read, never edit: a published report is immutable, enforced by SharePoint. Highlights holds
      // the period's achievements.
      large: true,
      roleAssignments: PM_APPEND,
      queriedBy: ['Project', 'ReportDate', 'PeriodEnd', 'ReportStatus', 'RagOverall', 'DraftNumber'],
      view: ['Project', 'ReportDate', 'ReportStatus', 'RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk']
    }
  ),
  list(
    'StatusReportDrafts',
    'Lists/StatusReportDrafts',
    [
      req(F.Project), req(F.ReportDate), F.PeriodStart, F.PeriodEnd,
      F.RagOverall, F.RagSchedule, F.RagCost, F.RagScope, F.RagRisk, F.RagQuality, F.RagResources, F.RagDetailsJson,
      F.PlannedValue, F.EarnedValue, F.ActualCost, F.BudgetAtCompletion, F.PercentComplete, F.EacMethod, F.EvmSourcesJson,
      F.Highlights, F.NextSteps, F.Escalations, F.LegacyReportNumber
    ],
    {
      // A project manager's report before it is published (edited with ETags); publishing adds the
      // StatusReports item and deletes the draft. At most one draft per project in practice, but a
      // portfolio of 5,000+ projects can pass the threshold: the Project lookup is indexed.
      large: true,
      roleAssignments: PM_WRITE,
      queriedBy: ['Project', 'LegacyReportNumber'],
      view: ['Project', 'ReportDate', 'RagOverall', 'Modified']
    }
  ),
  list('Milestones', 'Lists/Milestones', [req(F.Project), F.BaselineDate, F.ForecastDate, F.ActualDate, F.MilestoneStatus, F.Gate, F.SortOrder, F.BaselineHistoryJson, F.ChangeReason], {
    // Schema 6: a re-baselining keeps the old baseline and its reason (BaselineHistoryJson), and the
    // reason is also written into ChangeReason with the change, so the item's versions carry it.
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'ForecastDate', 'MilestoneStatus', 'Gate']
  }),
  list('MilestoneSnapshots', 'Lists/MilestoneSnapshots', [req(F.Milestone), req(F.Project), req(F.SnapshotDate), F.BaselineDate, F.ForecastDate, F.ActualDate, F.StatusReport], {
    // One row per milestone per published status report: the milestone trend analysis (MTA) chart.
    // Written with the report and, like it, never changed by project managers (add and read only).
    large: true,
    roleAssignments: PM_APPEND,
    queriedBy: ['Milestone', 'Project', 'SnapshotDate', 'StatusReport'],
    versioning: false
  }),
  list(
    'Risks',
    'Lists/Risks',
    [req(F.Project), F.RiskStatus, F.RiskCategory, req(F.Probability), req(F.Impact), F.RiskScore, F.RiskOwner, F.Mitigation, F.DueDate, F.Proximity, F.RiskResponse, F.RiskExposure],
    {
      // Schema 7: proximity, the PRINCE2 response, and the score as an indexed number (RiskExposure:
      // SharePoint cannot index the calculated RiskScore) for the portfolio's top risks.
      large: true,
      roleAssignments: PM_WRITE,
      queriedBy: ['Project', 'RiskStatus', 'RiskOwner', 'DueDate', 'Proximity', 'RiskExposure'],
      view: ['Project', 'RiskStatus', 'Probability', 'Impact', 'RiskScore', 'RiskOwner', 'DueDate']
    }
  ),
  list('RiskSnapshots', 'Lists/RiskSnapshots', [req(F.Risk), req(F.Project), req(F.SnapshotDate), F.Probability, F.Impact, F.StatusReport], {
    // Schema 7: each open risk's rating at each published status report (the trend since the last
    // report). Written with the report and, like it, never changed by project managers (add and read).
    large: true,
    roleAssignments: PM_APPEND,
    queriedBy: ['Risk', 'Project', 'SnapshotDate', 'StatusReport'],
    versioning: false
  }),
  list('Issues', 'Lists/Issues', [req(F.Project), F.IssueStatus, F.Priority, F.IssueOwner, F.DueDate, F.Summary, F.Resolution], {
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'IssueStatus', 'Priority', 'IssueOwner', 'DueDate']
  }),
  list(
    'Decisions',
    'Lists/Decisions',
    [F.Project, F.RequestNumber, req(F.DecisionDate), F.DecisionBody, F.DecisionOutcome, F.DecidedBy, F.Rationale, F.RoundNumber, F.ScenarioNumber, F.ScoresSnapshotJson, F.GateReview, F.GateOutcome],
    {
      // A board decision on a request names its scoring round and portfolio scenario by number and
      // keeps a snapshot of the round's result for the request (aggregates only). Schema 7: a gate
      // decision names its review (GateReview) and outcome (GateOutcome); project managers log
      // project-level decisions (DecisionBody 'Project'). Add-only for project managers and the board.
      large: true,
      roleAssignments: DECISION_RECORDS,
      queriedBy: ['Project', 'RequestNumber', 'DecisionDate', 'DecisionBody', 'RoundNumber', 'ScenarioNumber', 'GateReview', 'GateOutcome']
    }
  ),
  list('ChangeRequests', 'Lists/ChangeRequests', [req(F.Project), F.ChangeStatus, F.Priority, F.CostImpact, F.ScheduleImpactDays, F.Summary, F.DecisionDate, F.ScopeImpact], {
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'ChangeStatus', 'Priority', 'DecisionDate']
  }),
  list('Lessons', 'Lists/Lessons', [F.Project, F.LessonCategory, F.LessonType, F.Prince2Stage, F.Summary, F.Recommendation], {
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'LessonCategory', 'Prince2Stage']
  }),
  list(
    'Benefits',
    'Lists/Benefits',
    [req(F.Project), F.BenefitType, F.BenefitStatus, F.BenefitOwner, F.BaselineValue, F.TargetValue, F.ActualValue, F.Unit, F.DueDate, F.StrategicObjective, F.BenefitMeasure],
    {
      large: true,
      roleAssignments: PM_WRITE,
      queriedBy: ['Project', 'BenefitStatus', 'BenefitOwner', 'DueDate', 'StrategicObjective']
    }
  ),
  list('BenefitMeasurements', 'Lists/BenefitMeasurements', [req(F.Benefit), req(F.Project), req(F.MeasureDate), F.RealisedValue, F.Comment], {
    // Schema 7: a benefit's realised value over time, measured also after the project closes.
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Benefit', 'Project', 'MeasureDate'],
    view: ['Benefit', 'Project', 'MeasureDate', 'RealisedValue']
  }),
  list('BudgetLines', 'Lists/BudgetLines', [req(F.Project), req(F.FiscalYear), req(F.CostType), F.CostCategory, F.PlannedAmount, F.ForecastAmount, F.ActualAmount], {
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'FiscalYear', 'CostType']
  }),
  list('Roles', 'Lists/Roles', [on(F.Code, { unique: true, indexed: true }), F.MonthlyCapacityDays, F.CapacityByMonthJson, F.Summary, F.IsActive], {
    queriedBy: ['IsActive', 'Code']
  }),
  list('Resources', 'Lists/Resources', [req(F.ResourceUser), req(F.ResourceRole), F.Department, F.Fte, F.MonthlyCapacityDays, F.IsActive, F.Team, F.NonProjectPercent], {
    // Schema 8: Team and NonProjectPercent. A person's capacity in a month is derived from FTE, the
    // working days, absences and non-project time (src/domain/capacity); MonthlyCapacityDays is unused.
    large: true,
    queriedBy: ['ResourceUser', 'ResourceRole', 'Department', 'IsActive', 'Team']
  }),
  list('Absences', 'Lists/Absences', [F.Resource, req(F.StartDate), req(F.EndDate), req(F.AbsenceType)], {
    // Schema 8: time a person (Resource) is not available, first to last day inclusive; without a
    // Resource it applies to everyone (a public holiday or an office closure). The PMO edits, everyone reads.
    large: true,
    queriedBy: ['Resource', 'StartDate', 'EndDate', 'AbsenceType']
  }),
  list('Assignments', 'Lists/Assignments', [F.Project, F.RequestNumber, req(F.ResourceRole), F.Resource, req(F.Month), req(F.DemandDays), req(F.DemandState)], {
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'RequestNumber', 'ResourceRole', 'Resource', 'Month', 'DemandState']
  }),
  list('Gates', 'Lists/Gates', [on(F.Code, { unique: true, indexed: true }), req(F.GateOrder), F.Prince2Stage, F.Summary, F.IsActive, F.Lifecycle, F.StageCode], {
    // Schema 7: the lifecycle a gate belongs to and the stage it ends (StageCode, any lifecycle's).
    queriedBy: ['Prince2Stage', 'IsActive', 'Lifecycle', 'StageCode']
  }),
  list('GateChecklistItems', 'Lists/GateChecklistItems', [req(F.Gate), req(F.ChecklistCategory), F.Mandatory, F.SortOrder, F.Guidance], {
    // Checklist items of each gate, e.g. ISO 27001 (ISMS scope, risk treatment), NIS2 (incident
    // reporting), public procurement (tender procedure, thresholds) and quality criteria.
    queriedBy: ['Gate', 'ChecklistCategory']
  }),
  list('GateReviews', 'Lists/GateReviews', [req(F.Project), req(F.Gate), F.ReviewDate, F.GateDecision, F.Reviewers, F.ChecklistResultJson, F.Conditions, F.DraftNumber], {
    // Schema 7: the project manager's review REQUEST, immutable: the checklist answers with their
    // evidence (ChecklistResultJson); who and when are its Author and Created. Project managers add
    // and read (never edit); the board decides in Decisions (GateReview lookup), the PMO waives in
    // GateWaivers. DraftNumber: the GateReviewDrafts item it came from (a repeated submit finds it).
    // GateDecision is kept from schema 6, unused.
    large: true,
    roleAssignments: PM_APPEND,
    queriedBy: ['Project', 'Gate', 'ReviewDate', 'GateDecision', 'DraftNumber']
  }),
  list('GateReviewDrafts', 'Lists/GateReviewDrafts', [req(F.Project), req(F.Gate), F.ChecklistResultJson, F.Reviewers], {
    // Schema 7: the checklist while the project manager fills it (edited with ETags); requesting the
    // review adds the GateReviews item and deletes the draft.
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'Gate'],
    view: ['Project', 'Gate', 'Modified']
  }),
  list('GateWaivers', 'Lists/GateWaivers', [req(F.Project), req(F.GateReview), req(F.ChecklistItem), req(F.WaiverReason)], {
    // Schema 7: a PMO officer's waiver of a required checklist item, with its reason; who and when are
    // Author and Created. Add-only even for PMO officers: a waiver stays visible in the review forever.
    large: true,
    roleAssignments: WAIVERS,
    queriedBy: ['Project', 'GateReview', 'ChecklistItem'],
    view: ['Project', 'GateReview', 'ChecklistItem', 'Author', 'Created']
  }),
  list('GateConditions', 'Lists/GateConditions', [req(F.Project), req(F.GateReview), req(F.Decision), F.ConditionOwner, F.DueDate, F.ConditionStatus], {
    // Schema 7: the conditions of a "go with conditions" decision (Title = the condition), each with an
    // owner and a due date; the board adds them, project managers mark them met.
    large: true,
    roleAssignments: CONDITIONS,
    queriedBy: ['Project', 'GateReview', 'Decision', 'ConditionOwner', 'DueDate', 'ConditionStatus'],
    view: ['Project', 'ConditionOwner', 'DueDate', 'ConditionStatus']
  }),
  list(
    'KpiDefinitions',
    'Lists/KpiDefinitions',
    [on(F.Code, { unique: true, indexed: true }), F.KpiMeasure, F.Unit, F.GreenThreshold, F.AmberThreshold, F.HigherIsBetter, F.IsActive, F.Summary, F.ReportDimension, F.KpiMetric, F.KpiFormula],
    {
      // Schema 6: a KPI whose rule suggests a status report dimension's RAG names the dimension
      // (ReportDimension) and the figure PMO Hub computes for it (KpiMetric, e.g. Spi for schedule).
      // The set of dimensions itself is a setting (PmoHubConfig 'Controlling.ReportDimensions').
      // Schema 8: the formula of the fixed catalogue the dashboard computes the KPI with (KpiFormula),
      // with Unit holding its unit code (src/domain/kpi: definitions and their validation).
      queriedBy: ['IsActive']
    }
  ),
  list(
    'KpiSnapshots',
    'Lists/KpiSnapshots',
    [on(F.SnapshotKey, { required: true, unique: true, indexed: true }), req(F.SnapshotDate), on(F.SnapshotPart, { required: true, indexed: true }), req(F.SnapshotParts), req(F.KpiFiguresJson)],
    {
      // Schema 8: the dashboard's figures of each project at each reporting period's end and at the
      // day they were last taken (the per-project partial sums of each KPI formula, and the status
      // report valid then), so that a dashboard view of 5,000 projects reads Projects and a few of
      // these items instead of ~100,000 status reports and the registers (README, "KPIs and reports").
      // A day's figures are split into parts of at most 60,000 characters each.
      hidden: true,
      large: true,
      roleAssignments: FIGURES,
      queriedBy: ['SnapshotKey', 'SnapshotPart', 'SnapshotDate'],
      view: ['SnapshotKey', 'SnapshotDate', 'SnapshotPart', 'SnapshotParts'],
      versioning: false
    }
  ),
  list('LearningPaths', 'Lists/LearningPaths', [F.Summary, F.Audience, F.SortOrder], {
    // Schema 9: learning paths (e.g. "New project manager"); a module names its path and step.
    roleAssignments: TRAINING,
    queriedBy: [],
    view: ['Audience', 'SortOrder']
  }),
  list(
    'TrainingModules',
    'Lists/TrainingModules',
    [
      on(F.Code, { unique: true, indexed: true }), F.Summary, F.Audience, F.ModuleLevel, F.DurationHours, F.ContentUrl, F.Community, F.IsActive,
      // Schema 9: format, language, prerequisites, materials, learning path and step, and the P3M3
      // perspectives and level the module builds towards (the qualification plan recommends by them).
      F.TrainingFormat, F.Language, F.Prerequisites, F.Materials, F.LearningPath, F.PathStep, F.MaturityPerspectives, F.TargetLevel
    ],
    {
      roleAssignments: TRAINING,
      queriedBy: ['IsActive', 'Community', 'LearningPath'],
      view: ['Code', 'ModuleLevel', 'TrainingFormat', 'Language', 'LearningPath', 'PathStep']
    }
  ),
  list(
    'TrainingSessions',
    'Lists/TrainingSessions',
    [req(F.TrainingModule), req(F.SessionStart), F.SessionEnd, F.Venue, F.Trainer, F.MaxParticipants, F.Language, F.SessionStatus, F.SessionTimeZone, F.OnlineUrl],
    {
      // SessionStart/SessionEnd are UTC; schema 9: the session's own time zone (IANA) and its online link.
      // 'Full' is derived from the enrolments, never stored by PMO Hub.
      roleAssignments: TRAINING,
      queriedBy: ['TrainingModule', 'SessionStart', 'SessionStatus'],
      view: ['TrainingModule', 'SessionStart', 'SessionTimeZone', 'Trainer', 'MaxParticipants', 'Language']
    }
  ),
  list(
    'Enrolments',
    'Lists/Enrolments',
    [req(F.TrainingSession), req(F.Participant), F.EnrolmentStatus, F.FeedbackRating, F.Feedback, F.CancelledAt, F.SeatConfirmedAt, F.Team],
    {
      // Schema 9: the roster is readable (ReadSecurity 1), each trainee writes only their own enrolment
      // (WriteSecurity 2); seats and waiting positions are derived from the ids of the active ones.
      large: true,
      readSecurity: 1,
      writeSecurity: 2,
      roleAssignments: ENROLMENTS,
      queriedBy: ['TrainingSession', 'Participant', 'EnrolmentStatus', 'Author']
    }
  ),
  list(
    'TrainingAttendance',
    'Lists/TrainingAttendance',
    [req(F.TrainingSession), req(F.TrainingModule), req(F.Participant), F.Attended, F.Completed, F.CompletedOn],
    {
      // Schema 9: attendance and completion, recorded by trainers and PMO officers; everyone reads.
      large: true,
      roleAssignments: ATTENDANCE,
      queriedBy: ['TrainingSession', 'TrainingModule', 'Participant'],
      view: ['TrainingSession', 'Participant', 'Attended', 'Completed', 'CompletedOn']
    }
  ),
  list(
    'MaturityQuestions',
    'Lists/MaturityQuestions',
    // Schema 9: MaturityDimension and MaturityLevel are no longer required and no longer used; a question
    // belongs to a P3M3 perspective and holds its five languages' texts (QuestionTexts).
    [on(F.Code, { unique: true, indexed: true }), F.MaturityDimension, F.MaturityLevel, F.Guidance, F.SortOrder, F.IsActive, F.Perspective, F.QuestionTexts],
    {
      queriedBy: ['Perspective', 'IsActive'],
      view: ['Code', 'Perspective', 'SortOrder', 'IsActive']
    }
  ),
  list(
    'MaturityAssessments',
    'Lists/MaturityAssessments',
    [req(F.Respondent), req(F.AssessmentDate), F.AssessmentScope, F.Department, F.OverallLevel, F.AnswersJson, F.AssessmentState, F.Quarter, F.LevelsJson, F.ContributionToken, F.PendingSubmission],
    {
      // Each person's own answers (2/2); schema 9: draft or submitted, the quarter, the computed result.
      large: true,
      readSecurity: 2,
      writeSecurity: 2,
      roleAssignments: SELF_ASSESSMENT,
      queriedBy: ['Respondent', 'AssessmentDate', 'AssessmentScope', 'Department', 'Author', 'AssessmentState', 'Quarter'],
      view: ['Respondent', 'AssessmentDate', 'AssessmentState', 'Quarter', 'Department', 'OverallLevel']
    }
  ),
  list(
    'MaturityResults',
    'Lists/MaturityResults',
    [on(F.ResultKey, { required: true, unique: true, indexed: true }), F.Department, F.Quarter, F.Respondents, F.LevelSums, F.OverallCounts, F.ContributionTokens],
    {
      // Schema 9: one item per department and quarter holding only counts and sums (no person column),
      // updated by each respondent's own client when they submit (ETag-guarded). The organisation view
      // reads only these, and shows a group only with 5 or more respondents. ResultKey (= Title) is
      // `<Department>|<Quarter>`, unique: two first respondents of a group cannot add two items.
      hidden: true,
      versioning: false,
      roleAssignments: RESULTS,
      queriedBy: ['ResultKey', 'Department', 'Quarter'],
      view: ['Department', 'Quarter', 'Respondents']
    }
  ),
  list(
    'Communities',
    'Lists/Communities',
    [F.CommunityType, F.CommunityOwner, F.TeamsLink, F.Summary, F.IsActive, F.CommunityTopic, F.NextEvents],
    {
      queriedBy: ['IsActive'],
      view: ['CommunityTopic', 'CommunityOwner', 'TeamsLink', 'IsActive']
    }
  ),
  list('CommunityMembers', 'Lists/CommunityMembers', [req(F.Community), req(F.Member)], {
    // Schema 9: joining adds one's own item, leaving deletes it (WriteSecurity 2); everyone reads.
    large: true,
    writeSecurity: 2,
    roleAssignments: MEMBERSHIP,
    queriedBy: ['Community', 'Member'],
    view: ['Community', 'Member']
  }),
  list('PortfolioViews', 'Lists/PortfolioViews', [req(F.PortfolioViewJson)], {
    // Shared views of the Portfolio web part. Inherits the site's permissions: only the PMO
    // (Design) and owners write, everyone else reads, so a shared view is PMO-only by permission.
    queriedBy: [],
    view: ['Author', 'Modified']
  }),
  list('MyPortfolioViews', 'Lists/MyPortfolioViews', [req(F.PortfolioViewJson)], {
    // Personal views: everyone adds their own; item-level security keeps them private.
    readSecurity: 2,
    writeSecurity: 2,
    roleAssignments: { ...PERSONAL, visitors: 'Contribute' },
    queriedBy: ['Author'],
    view: ['Author', 'Modified'],
    versioning: false
  }),
  library('Templates', 'PmoTemplates', [F.PmoProcess, F.Prince2Stage, F.Language, F.TemplateStatus, F.Summary, F.StageCode], {
    // Schema 7: StageCode, so that the guide filters templates by any lifecycle's stage.
    queriedBy: ['PmoProcess', 'Prince2Stage', 'TemplateStatus', 'StageCode'],
    view: ['PmoProcess', 'Prince2Stage', 'Language', 'TemplateStatus']
  }, '<OrderBy><FieldRef Name="FileLeafRef"/></OrderBy>'),
  library('ProjectDocuments', 'ProjectDocuments', [F.Project, F.DocumentType], {
    // Schema 7: the project's documents that PMO Hub writes or links: the end project report (generated
    // at Closing, edited by the project manager) and evidence for gate checklists.
    large: true,
    roleAssignments: PM_WRITE,
    queriedBy: ['Project', 'DocumentType'],
    view: ['Project', 'DocumentType']
  }),
  library('Reports', 'Reports', [req(F.ReportKind), req(F.ReportDate), F.Project, F.ViewName], {
    // Schema 8: generated reports as presented, with their day (ReportDate), kind, project (a
    // single-project report) or view (a multi-project report): what the board saw on a given day.
    // An audit trail enforced by SharePoint: nobody but PMO Owners deletes, versions keep every change.
    large: true,
    writeSecurity: 2,
    roleAssignments: REPORT_ARCHIVE,
    queriedBy: ['ReportKind', 'ReportDate', 'Project'],
    view: ['ReportKind', 'ReportDate', 'Project', 'ViewName', 'Author']
  }, '<OrderBy><FieldRef Name="ReportDate" Ascending="FALSE"/></OrderBy>'),
  list(
    'MethodologyStages',
    'Lists/MethodologyStages',
    [req(F.Lifecycle), req(F.StageCode), req(F.Language), F.Purpose, F.StageRoles, F.GateCriteria, F.SortOrder],
    {
      // Schema 7: the methodology guide's editable content, per lifecycle, stage and language. The PMO
      // edits it, everyone reads it (inherits the site).
      queriedBy: ['Lifecycle', 'StageCode', 'Language'],
      view: ['Lifecycle', 'StageCode', 'Language', 'SortOrder']
    }
  )
] as const;

// Extra views of a few lists (their titles come from src/loc).
function addViews(key: string, views: ReadonlyArray<IViewSchema>): void {
  const l = (lists as ReadonlyArray<IListSchema>).filter(x => x.key === key)[0];
  (l as { views: ReadonlyArray<IViewSchema> }).views = [...l.views, ...views];
}
addViews('ProjectRequests', [
  {
    url: 'MyRequests',
    title: 'View_MyRequests',
    fields: ['LinkTitle', 'IntakeState', 'SubmittedDate', 'Urgency'],
    query: '<Where><Eq><FieldRef Name="Author"/><Value Type="Integer"><UserID/></Value></Eq></Where><OrderBy><FieldRef Name="ID" Ascending="FALSE"/></OrderBy>',
    rowLimit: 30
  }
]);
addViews('Projects', [
  {
    url: 'ActiveProjects',
    title: 'View_ActiveProjects',
    fields: ['LinkTitle', 'ProjectCode', 'ProjectManager', 'Prince2Stage', 'RagOverall', 'EndDate'],
    query: '<Where><Eq><FieldRef Name="LifecycleStatus"/><Value Type="Text">Active</Value></Eq></Where><OrderBy><FieldRef Name="EndDate"/></OrderBy>',
    rowLimit: 30
  }
]);
addViews('Risks', [
  {
    url: 'OpenRisks',
    title: 'View_OpenRisks',
    fields: ['LinkTitle', 'Project', 'RiskScore', 'RiskOwner', 'DueDate'],
    query: '<Where><Neq><FieldRef Name="RiskStatus"/><Value Type="Text">Closed</Value></Neq></Where><OrderBy><FieldRef Name="DueDate"/></OrderBy>',
    rowLimit: 30
  }
]);

/** PMO Hub's schema, version 10. */
export const pmoSchema: ISiteSchema = {
  version: SCHEMA_VERSION,
  groups,
  customRoles,
  webRoleAssignments,
  lists,
  upgrades,
  pages: sitePages
};

/** A list of a schema by key (throws naming the key when it does not exist). */
export function listByKey(schema: ISiteSchema, key: string): IListSchema {
  const l = schema.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`The schema (version ${schema.version}) has no list '${key}'`);
  return l;
}
