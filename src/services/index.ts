import type { IPmoEnvironment } from './environment';
import type { IHomeService } from './HomeService';
import type { ISetupService } from './SetupService';
import type { IPortfolioService } from './PortfolioService';
import type { IRequestService } from './RequestService';
import type { IProjectService } from './ProjectService';
import type { IPhotoService } from './PhotoService';
import type { IScoringService } from './ScoringService';
import type { IDecisionService } from './DecisionService';
import type { IPrioritizationService } from './PrioritizationService';
import type { ISiteAddress } from './site';
import type { IMilestoneService } from './MilestoneService';
import type { IBudgetService } from './BudgetService';
import type { IStatusReportService } from './StatusReportService';
import type { IControllingService } from './ControllingService';
import type { IGateService } from './GateService';
import type { IBenefitService } from './BenefitService';
import type { IEndReportService } from './EndReportService';
import type { IMethodologyService } from './MethodologyService';
import type { IRiskService } from './RiskService';
import type { IRaidService } from './RaidService';
import type { IRaidLogService } from './RaidLogService';
import type { IChangeRequestService } from './ChangeRequestService';
import type { ICapacityService } from './CapacityService';
import type { IDashboardService } from './DashboardService';
import type { ITrainingService } from './TrainingService';
import type { IMaturityService } from './MaturityService';
import type { ICommunityService } from './CommunityService';
import { composeServices, type PmoServiceKey, type PmoStrings, type PmoWiring } from './compose';
import { homeWiring } from './wiring/home';
import { setupWiring } from './wiring/setup';
import { portfolioWiring } from './wiring/portfolio';
import { requestsWiring } from './wiring/requests';
import { scoringWiring } from './wiring/scoring';
import { decisionsWiring } from './wiring/decisions';
import { prioritizationWiring } from './wiring/prioritization';
import { projectWiring } from './wiring/project';
import { gatesWiring, methodologyWiring } from './wiring/gates';
import { raidWiring } from './wiring/raid';
import { capacityWiring } from './wiring/capacity';
import { dashboardWiring } from './wiring/dashboard';
import { trainingWiring } from './wiring/training';
import { maturityWiring } from './wiring/maturity';
import { communitiesWiring } from './wiring/communities';

export type { IPmoEnvironment } from './environment';
export { composeServices, type PmoServiceKey, type PmoServicesOf, type PmoStrings, type PmoWiring } from './compose';
export type { IHomeService, ISiteOverview } from './HomeService';
export type { ISetupService, ISetupStatus, ISetupProgress } from './SetupService';
export type { IPortfolioService, IPortfolioData, ISavedPortfolioView, IProjectDetail, PortfolioViewScope } from './PortfolioService';
export type { IProjectService, IProjectChanges, IProjectCreation, IRefreshedSummary } from './ProjectService';
export type { IPhotoService } from './PhotoService';
export type { ISiteAddress } from './site';
export type { IScoringService, IScoringUser, IScoringRound, IStoredRoundResult, IRoundCandidate, IRoundInput, IRoundIssue, IMyScores, IRoundClosure, IModelSaveResult, IAhpSaveResult, ScoringRefusal } from './ScoringService';
export { ScoringRefusedError } from './ScoringService';
export type { IDecisionService, IDecisionInput, IDecisionRecord, IDecisionSnapshot, IDecisionLogQuery, IDecisionResult, BoardDecision, DecisionRefusal } from './DecisionService';
export { DecisionRefusedError } from './DecisionService';
export type { IPrioritizationService, IPrioritizationData, IPrioritizationItem, IScenarioSummary, IPortfolioScenario, IScenarioInput } from './PrioritizationService';
export { PrioritizationRefusedError } from './PrioritizationService';
export type { IMilestoneService, IMilestoneInput, IMilestoneChanges } from './MilestoneService';
export { MilestoneRefusedError } from './MilestoneService';
export type { IBudgetService, IBudgetLineInput, IProjectBudget } from './BudgetService';
export { BudgetRefusedError } from './BudgetService';
export type { IStatusReportService, IPublishResult } from './StatusReportService';
export { ReportRefusedError, ReportConflictError } from './StatusReportService';
export type { IControllingService, IProjectPage, IPortfolioControlling, IRagDistribution, IRagTrendPoint } from './ControllingService';
export type { IBenefitService, IBenefit, IBenefitInput, IMeasurementInput } from './BenefitService';
export { BenefitRefusedError } from './BenefitService';
export type { IEndReportService, IEndReportResult } from './EndReportService';
export type { IMethodologyService, IGuideStage, IStageTemplate } from './MethodologyService';
export type { IGateService, ILifecycleView, IGateReviewView, IConditionInput, IDecideResult } from './GateService';
export { GateRefusedError, type GateRefusal, type IGate, type IGateChecklistItem, type IGateReview, type IGateReviewDraft, type IGateWaiver, type IGateDecisionRow, type IGateConditionRow } from './gateRecords';
export type { IRiskService, IRisk, IRiskInput, IRiskChanges, IProjectRisks, IRiskSnapshots, RiskProblemCode } from './RiskService';
export { RiskRefusedError } from './RiskService';
export type { IRaidLogService, IIssue, IIssueInput, IIssueChanges, IProjectDecision, IProjectDecisionInput, ILesson, ILessonInput, ILessonSearch, ILessonSearchResult, RaidLogProblemCode } from './RaidLogService';
export { RaidLogRefusedError, LESSON_SCAN_LIMIT } from './RaidLogService';
export type { IChangeRequestService, IChange, IChangeInput, IChangeApproval, IChangeProblem } from './ChangeRequestService';
export { ChangeRefusedError, ChangeConflictError } from './ChangeRequestService';
export type { IRaidService, IPortfolioRaid, IPortfolioRaidFilter, IPortfolioRisk } from './RaidService';
export type { IMilestone, IBudgetLine, IStatusReport, IDimensionRag, IReportEvm } from './controllingRows';
export type { IReportDraftChanges, IRatingChange, IReportRules, IControllingSettings } from './reportRules';
export type { ICapacityService, ICapacityData, IAbsenceRow, IPersonInput, IRoleCapacityInput, IAbsenceInput, IAssignmentRow, ICommitResult, ICapacityScenarioInput } from './CapacityService';
export { CapacityRefusedError } from './CapacityService';
export type {
  IDashboardService, IDashboardData, IDashboardFilter, IDashboardKpi, IDashboardCharts, IDashboardConfiguration, IDashboardOptions, IKpiDefinitionRow,
  IDashboardBudgetPoint, IDashboardIndexPoint, IDashboardMilestoneSeries, IDashboardIntakePoint, IDashboardRagSeries,
  ReportSource, IReportDataOptions, ReportKind, IStoreReportInput, IStoredReport, DashboardRefusal
} from './DashboardService';
export { DashboardRefusedError } from './DashboardService';
export type {
  ITrainingService, ITrainingCatalogue, ITrainingRights, IMyEnrolment, IMyLearning, IRosterLine, IAttendanceInput, IModuleInput, IPathInput, ISessionInput,
  ILearningPath, ITrainingModule, ITrainingPerson, ITrainingSession
} from './TrainingService';
export { TrainingRefusedError } from './TrainingService';
export type { IMaturityService, IQuestionView, IMyAssessment, IMaturityGroup, IOrganisationView, IQualificationLine, IQuestionInput } from './MaturityService';
export { MaturityRefusedError } from './MaturityService';
export type { ICommunityService, ICommunity, ICommunityEvent, ICommunityInput } from './CommunityService';
export { CommunityRefusedError } from './CommunityService';
export type { IRequestService, IRequestSummary, IProjectRequest, IRequestWithHistory, IHistoryEntry, IPersonResult, IIntakeReferenceData, IIntakeUser, IAttachmentFile, IAttachmentChanges, ISaveProgress, ISaveResult, IConvertResult } from './RequestService';

/**
 * Every PMO Hub service, created once per web part instance (or per test) from one environment.
 * Each feature adds its service here: an interface in its own file, one class implementing it, and
 * its factory in `wiring/<feature>.ts` (listed in {@link pmoWiring}).
 */
export interface IPmoServices {
  /** The environment the services were created from. */
  readonly env: IPmoEnvironment;
  /** The PMO site's address: its path and the URLs of its lists and pages. */
  readonly site: ISiteAddress;
  /** The project register and its consistency rules (the denormalised summary). */
  readonly projects: IProjectService;
  /** People's photos from Microsoft Graph. */
  readonly photos: IPhotoService;
  /** The PMO Home page's site overview. */
  readonly home: IHomeService;
  /** The PMO site's set-up state and provisioning (PMO Setup). */
  readonly setup: ISetupService;
  /** The portfolio overview: project register, saved views, PM photos (Portfolio). */
  readonly portfolio: IPortfolioService;
  /** Project requests: intake form and workflow (Project requests). */
  readonly requests: IRequestService;
  /** Scoring models (versioned), rounds and the board's blind scores (Scoring). */
  readonly scoring: IScoringService;
  /** The board's decisions on requests and the decision log (Decisions). */
  readonly decisions: IDecisionService;
  /** Candidates, budgets and portfolio scenarios (Prioritization). */
  readonly prioritization: IPrioritizationService;
  /** A project's milestones, re-baselining, snapshots and trend analysis (Project). */
  readonly milestones: IMilestoneService;
  /** A project's budget lines and variances (Project). */
  readonly budget: IBudgetService;
  /** Status report drafts, RAG suggestions and publishing (Project). */
  readonly statusReports: IStatusReportService;
  /** The project page's data and the portfolio's controlling roll-up (Project, Roadmap). */
  readonly controlling: IControllingService;
  /** Gate reviews: lifecycle, checklist drafts, review requests, waivers, board decisions, conditions (Project, governance). */
  readonly gates: IGateService;
  /** The benefits register and realised values over time (Project, governance). */
  readonly benefits: IBenefitService;
  /** The end project report generated at the Closing gate into the project's library (Project, governance). */
  readonly endReports: IEndReportService;
  /** The methodology guide: stages, the PMO's text in the user's language, templates per stage (Methodology). */
  readonly methodology: IMethodologyService;
  /** A project's risks, heat map and trend; the snapshots a published report takes (Project, RAID logs). */
  readonly risks: IRiskService;
  /** A project's issues and decision log; the lessons of every project (Project, RAID logs). */
  readonly raidLog: IRaidLogService;
  /** A project's change requests: the state flow and the re-baselining of an approved change (Project, RAID logs). */
  readonly changes: IChangeRequestService;
  /** The portfolio's RAID roll-up: top risks, aggregate heat map, open issues by age (Portfolio). */
  readonly raid: IRaidService;
  /** Resource capacity and demand: the pool, the heat map's data, committed demand of approved requests, a project's assignments, what-ifs (Capacity, Project). */
  readonly capacity: ICapacityService;
  /** KPIs, the dashboard's charts, the data of single- and multi-project reports and the Reports library (Dashboard). */
  readonly dashboard: IDashboardService;
  /** Training: catalogue, sessions with waiting lists, enrolment, .ics, My learning, rosters, attendance, completion rates (Training). */
  readonly training: ITrainingService;
  /** The P3M3 maturity self-assessment, qualification plan and organisation view (Maturity). */
  readonly maturity: IMaturityService;
  /** Communities of practice: members, join and leave, next events (Training). */
  readonly communities: ICommunityService;
  // ↑ one member per feature service; add new ones above this line
}

/**
 * The wiring of every PMO Hub service: how each is built and which others it receives. Each
 * feature's wiring (wiring/<feature>.ts) already holds the wirings of the services it uses.
 */
export const pmoWiring: PmoWiring<PmoServiceKey> = {
  ...homeWiring,
  ...setupWiring,
  ...portfolioWiring,
  ...requestsWiring,
  ...scoringWiring,
  ...decisionsWiring,
  ...prioritizationWiring,
  ...projectWiring,
  ...gatesWiring,
  ...methodologyWiring,
  ...raidWiring,
  // after the intake wiring, whose capacity service loads lazily: here the one service, built directly
  ...capacityWiring,
  ...dashboardWiring,
  ...trainingWiring,
  ...maturityWiring,
  ...communitiesWiring
  // ↑ one line per feature's wiring; add new ones above this line
};

/**
 * Creates PMO Hub's services for one environment (SharePoint, Teams or the local workbench). Each
 * service is built on first use, once (see {@link composeServices}). A web part composes only its
 * own feature's wiring instead, so that its bundle holds no other service (README, "Bundle budget").
 * @param strings PmoHubStrings in the environment's locale (a web part passes its strings module;
 *   Node tools pass `loadLocale(locale)` from workbench/locales.ts). Services use them only for
 *   what SharePoint stores in the user's language, such as list and column titles.
 */
export function createPmoServices(env: IPmoEnvironment, strings: PmoStrings): IPmoServices {
  // Each service receives the services it uses, by interface (see README.md in this folder).
  return composeServices(env, strings, pmoWiring);
}
