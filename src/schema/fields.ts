/**
 * PMO Hub's columns, defined once. A column's internal name means the same thing in every list it
 * appears in (like a site column): the lists reuse these definitions and may only change
 * `required`, `indexed`, `unique` and `default` (see `on()` below).
 *
 * Choice values are language-neutral codes; the web parts show them through src/loc
 * (`Choice_<Field>_<Code>`), and list views show the code.
 */
import { INTAKE_STATES, LIFECYCLE_STATES, PRINCE2_STAGES, PRIORITIES, RAG_CHOICES } from '../domain/vocabulary';
import {
  CRITERION_DIRECTIONS, CRITERION_ROLES, DECISION_BODIES, DECISION_OUTCOMES, MODEL_STATUSES, ROUND_STATUSES, SCORE_STATES, SCORING_METHODS
} from '../domain/scoring/vocabulary';
import { EAC_METHODS } from '../domain/evm/earnedValue';
import { KPI_FORMULA_CODES } from '../domain/kpi/vocabulary';
import {
  BENEFIT_STATUSES, CHANGE_STATUSES, CHECKLIST_CATEGORIES, CONDITION_STATUSES, GATE_DECISIONS, ISSUE_STATUSES, LIFECYCLE_CODES, RISK_RESPONSES, RISK_STATUSES, STAGE_CODES
} from '../domain/governance/vocabulary';
import { PERSPECTIVES as PERSPECTIVE_CODES } from '../domain/maturity';
import type { FieldType, IFieldSchema } from './types';

/** Intake states of a project request (ProjectRequests.IntakeState, RequestHistory.FromState/ToState). */
export { INTAKE_STATES };

/**
 * A column whose internal name and type are known to the compiler: the schema's typed references
 * (refs.ts) derive each list's field names and choice columns from them.
 */
export type TypedField<N extends string = string, T extends FieldType = FieldType> = IFieldSchema & { readonly name: N; readonly type: T };

/** Builds a column; its title key is `Field_<name>`. */
function col<N extends string, T extends FieldType>(name: N, type: T, extra?: Partial<IFieldSchema>): TypedField<N, T> {
  return { name, type, title: `Field_${name}`, ...extra } as TypedField<N, T>;
}

/** The same column with per-list settings (required, indexed, unique, default). */
export function on<T extends IFieldSchema>(
  field: T,
  settings: Pick<IFieldSchema, 'required' | 'indexed' | 'unique' | 'default'>
): T {
  return { ...field, ...settings };
}

const LANGUAGES: ReadonlyArray<string> = ['en', 'de', 'fr', 'nl', 'it'];

/** The seven P3M3 perspectives (src/domain/maturity PERSPECTIVES). */
const PERSPECTIVES: ReadonlyArray<string> = PERSPECTIVE_CODES;

/** Every column of the current schema, by internal name. */
export const F = {
  // --- shared links -------------------------------------------------------------------------
  Project: col('Project', 'Lookup', { lookup: { list: 'Projects' }, indexed: true }),
  Request: col('Request', 'Lookup', { lookup: { list: 'ProjectRequests' }, indexed: true }),
  /**
   * The id of a project request, as a plain number. Lists that people who may not read every request
   * can read (Projects, Decisions, Assignments, RequestHistory) carry this instead of the `Request`
   * lookup, so that no column of a request can be projected through them ($expand, $filter).
   */
  RequestNumber: col('RequestNumber', 'Number', { decimals: 0, min: 1, indexed: true }),
  Programme: col('Programme', 'Lookup', { lookup: { list: 'Programmes' }, indexed: true }),
  StrategicObjectives: col('StrategicObjectives', 'LookupMulti', { lookup: { list: 'StrategicObjectives' } }),
  StrategicObjective: col('StrategicObjective', 'Lookup', { lookup: { list: 'StrategicObjectives' }, indexed: true }),
  ScoringModel: col('ScoringModel', 'Lookup', { lookup: { list: 'ScoringModels' }, indexed: true }),
  Criterion: col('Criterion', 'Lookup', { lookup: { list: 'ScoringCriteria' }, indexed: true }),
  Milestone: col('Milestone', 'Lookup', { lookup: { list: 'Milestones' }, indexed: true }),
  StatusReport: col('StatusReport', 'Lookup', { lookup: { list: 'StatusReports' }, indexed: true }),
  Gate: col('Gate', 'Lookup', { lookup: { list: 'Gates' }, indexed: true }),
  ResourceRole: col('ResourceRole', 'Lookup', { lookup: { list: 'Roles' }, indexed: true }),
  Resource: col('Resource', 'Lookup', { lookup: { list: 'Resources' }, indexed: true }),
  TrainingModule: col('TrainingModule', 'Lookup', { lookup: { list: 'TrainingModules' }, indexed: true }),
  TrainingSession: col('TrainingSession', 'Lookup', { lookup: { list: 'TrainingSessions' }, indexed: true }),
  Community: col('Community', 'Lookup', { lookup: { list: 'Communities' }, indexed: true }),
  /** Schema 7: the gate review (the project manager's request) a decision, waiver or condition belongs to. */
  GateReview: col('GateReview', 'Lookup', { lookup: { list: 'GateReviews' }, indexed: true }),
  /** Schema 7: the checklist item a waiver lifts. */
  ChecklistItem: col('ChecklistItem', 'Lookup', { lookup: { list: 'GateChecklistItems' }, indexed: true }),
  /** Schema 7: the board decision that set a condition. */
  Decision: col('Decision', 'Lookup', { lookup: { list: 'Decisions' }, indexed: true }),
  /** Schema 7: the risk a risk snapshot records. */
  Risk: col('Risk', 'Lookup', { lookup: { list: 'Risks' }, indexed: true }),
  /** Schema 7: the benefit a measurement belongs to. */
  Benefit: col('Benefit', 'Lookup', { lookup: { list: 'Benefits' }, indexed: true }),

  // --- common -------------------------------------------------------------------------------
  Code: col('Code', 'Text', { maxLength: 32, validation: { formula: '=LEN([Code])>=2', message: 'Field_Code_Validation' } }),
  Summary: col('Summary', 'Note', { lines: 6 }),
  Department: col('Department', 'Text', { indexed: true }),
  Sponsor: col('Sponsor', 'User', { indexed: true }),
  /** The project manager a requester proposes; the PMO confirms or changes it when the request becomes a project. */
  ProposedManager: col('ProposedManager', 'User'),
  StartDate: col('StartDate', 'DateTime', { indexed: true }),
  EndDate: col('EndDate', 'DateTime', { indexed: true }),
  DueDate: col('DueDate', 'DateTime', { indexed: true }),
  SortOrder: col('SortOrder', 'Number', { decimals: 0, min: 0 }),
  IsActive: col('IsActive', 'Boolean', { default: '1', indexed: true }),
  Priority: col('Priority', 'Choice', { choices: PRIORITIES, default: 'Medium', indexed: true }),
  Prince2Stage: col('Prince2Stage', 'Choice', { choices: PRINCE2_STAGES, indexed: true }),
  /** Schema 7: the lifecycle a project (or a gate, a guide stage) follows (src/domain/governance LIFECYCLE_CODES). */
  Lifecycle: col('Lifecycle', 'Choice', { choices: LIFECYCLE_CODES, default: 'prince2', indexed: true }),
  /**
   * Schema 7: a stage of any lifecycle (STAGE_CODES: PRINCE2's, also the hybrid's, and the agile phases):
   * a project's current stage, the stage a gate ends, a template's or a guide entry's stage. Projects keep
   * Prince2Stage for the portfolio code written before.
   */
  StageCode: col('StageCode', 'Choice', { choices: STAGE_CODES, indexed: true }),
  Language: col('Language', 'Choice', { choices: LANGUAGES, default: 'en' }),
  Weight: col('Weight', 'Number', { min: 0, max: 100, decimals: 2 }),

  // --- Projects and programmes --------------------------------------------------------------
  ProjectCode: col('ProjectCode', 'Text', { maxLength: 32, indexed: true, unique: true }),
  ProjectManager: col('ProjectManager', 'User', { indexed: true }),
  /** The project manager's deputy: edits the project as the project manager does (an item-level grant). */
  DeputyProjectManager: col('DeputyProjectManager', 'User', { indexed: true }),
  /** Why the budget or the baseline dates changed, written with that change: the item's versions keep each reason. */
  ChangeReason: col('ChangeReason', 'Note', { lines: 3, hidden: true }),
  /** Schema 7: which delivery stage (1, 2, …) a project in the Delivery stage is in (PRINCE2 has one or more). */
  DeliveryStageNo: col('DeliveryStageNo', 'Number', { decimals: 0, min: 1 }),
  ProgrammeManager: col('ProgrammeManager', 'User', { indexed: true }),
  LifecycleStatus: col('LifecycleStatus', 'Choice', { choices: LIFECYCLE_STATES, default: 'Active', indexed: true }),
  TeamsGroupId: col('TeamsGroupId', 'Text', { maxLength: 64 }),
  Budget: col('Budget', 'Currency', { min: 0, decimals: 2 }),
  RagOverall: col('RagOverall', 'Choice', { choices: RAG_CHOICES, indexed: true }),
  RagSchedule: col('RagSchedule', 'Choice', { choices: RAG_CHOICES }),
  RagCost: col('RagCost', 'Choice', { choices: RAG_CHOICES }),
  RagScope: col('RagScope', 'Choice', { choices: RAG_CHOICES }),
  RagRisk: col('RagRisk', 'Choice', { choices: RAG_CHOICES }),
  RagQuality: col('RagQuality', 'Choice', { choices: RAG_CHOICES }),
  RagResources: col('RagResources', 'Choice', { choices: RAG_CHOICES }),
  /**
   * A report's RAG per configured dimension as JSON ([{ dimension, rag?, suggested?, value?, justification?,
   * comment? }]): every dimension the PMO configured (custom ones too), the suggestion from its KPI rule,
   * the justification of an override and the project manager's comment. The Rag* columns carry the six
   * standard dimensions for views and filters.
   */
  RagDetailsJson: col('RagDetailsJson', 'Note', { hidden: true, lines: 4 }),
  LastReportDate: col('LastReportDate', 'DateTime', { indexed: true, hidden: true }),
  // The project's next open milestone, denormalised from Milestones like the RAG from StatusReports
  // (kept current by PortfolioService.refreshProjectSummary): the portfolio shows it without reading
  // Milestones per project.
  NextMilestoneTitle: col('NextMilestoneTitle', 'Text', { hidden: true }),
  NextMilestoneDate: col('NextMilestoneDate', 'DateTime', { hidden: true }),
  ProgrammeStatus: col('ProgrammeStatus', 'Choice', { choices: ['Planned', 'Active', 'Closed'], default: 'Active', indexed: true }),
  ObjectiveOwner: col('ObjectiveOwner', 'User'),
  ObjectiveStatus: col('ObjectiveStatus', 'Choice', { choices: ['Active', 'Retired'], default: 'Active', indexed: true }),

  // --- Intake -------------------------------------------------------------------------------
  BusinessUnit: col('BusinessUnit', 'Text', { indexed: true }),
  ProblemStatement: col('ProblemStatement', 'Note', { lines: 8 }),
  Goals: col('Goals', 'Note', { lines: 6 }),
  ExpectedBenefits: col('ExpectedBenefits', 'Note', { lines: 6 }),
  CostPlanJson: col('CostPlanJson', 'Note', { hidden: true, lines: 4 }),
  CapexTotal: col('CapexTotal', 'Currency', { min: 0, decimals: 2 }),
  OpexTotal: col('OpexTotal', 'Currency', { min: 0, decimals: 2 }),
  DesiredStart: col('DesiredStart', 'DateTime'),
  DesiredEnd: col('DesiredEnd', 'DateTime'),
  Urgency: col('Urgency', 'Choice', { choices: PRIORITIES, default: 'Medium' }),
  PersonalData: col('PersonalData', 'Boolean', { default: '0' }),
  Iso27001Scope: col('Iso27001Scope', 'Boolean', { default: '0' }),
  Nis2Relevant: col('Nis2Relevant', 'Boolean', { default: '0' }),
  ProcurementNeeded: col('ProcurementNeeded', 'Boolean', { default: '0' }),
  ProcurementProcedure: col('ProcurementProcedure', 'Choice', { choices: ['None', 'Open', 'Restricted', 'Negotiated', 'FrameworkAgreement', 'BelowThreshold'] }),
  ComplianceNotes: col('ComplianceNotes', 'Note', { lines: 4 }),
  IntakeState: col('IntakeState', 'Choice', { choices: INTAKE_STATES, default: 'Submitted', indexed: true }),
  DecisionReason: col('DecisionReason', 'Note', { lines: 4 }),
  ResourceDemandJson: col('ResourceDemandJson', 'Note', { hidden: true, lines: 4 }),
  /** The request's own copy of its state changes (JSON [{ at, by, from, to, comment, reason }]): RequestHistory has item-level security, so a requester cannot read the rows PMO officers wrote. */
  IntakeLogJson: col('IntakeLogJson', 'Note', { hidden: true, lines: 4 }),
  TotalScore: col('TotalScore', 'Number', { decimals: 2, indexed: true, hidden: true }),
  SubmittedDate: col('SubmittedDate', 'DateTime', { dateOnly: false, indexed: true }),
  FromState: col('FromState', 'Choice', { choices: INTAKE_STATES }),
  ToState: col('ToState', 'Choice', { choices: INTAKE_STATES, indexed: true }),
  TransitionComment: col('TransitionComment', 'Note', { lines: 4 }),

  // --- Scoring and portfolio ----------------------------------------------------------------
  ModelStatus: col('ModelStatus', 'Choice', { choices: MODEL_STATUSES, default: 'Draft', indexed: true }),
  ScoringMethod: col('ScoringMethod', 'Choice', { choices: SCORING_METHODS, default: 'Weighted' }),
  AhpMatrixJson: col('AhpMatrixJson', 'Note', { hidden: true, lines: 4 }),
  /** Stable key of a scoring model across its versions (each version is its own ScoringModels item). */
  ModelKey: col('ModelKey', 'Text', { maxLength: 32, indexed: true }),
  /** 1, 2, …: a new version is made when a round locked the previous one and its criteria, weights, scales or matrix change. */
  ModelVersion: col('ModelVersion', 'Number', { decimals: 0, min: 1, default: '1' }),
  /** Set when a scoring round opens on the version: from then on it never changes (edits make a new version). */
  VersionLocked: col('VersionLocked', 'Boolean', { default: '0' }),
  ScaleMin: col('ScaleMin', 'Number', { decimals: 0, default: '0' }),
  ScaleMax: col('ScaleMax', 'Number', { decimals: 0, default: '10' }),
  /** The anchored description of each level of the criterion's scale (JSON [{ value, description }]). */
  ScaleLevelsJson: col('ScaleLevelsJson', 'Note', { hidden: true, lines: 4 }),
  CriterionDirection: col('CriterionDirection', 'Choice', { choices: CRITERION_DIRECTIONS, default: 'Benefit' }),
  /** The WSJF component a criterion stands for (None in weighted and AHP models). */
  CriterionRole: col('CriterionRole', 'Choice', { choices: CRITERION_ROLES, default: 'None' }),
  BoardMember: col('BoardMember', 'User', { indexed: true }),
  /** Board members invited to a scoring round. */
  BoardMembers: col('BoardMembers', 'UserMulti'),
  ScoreValue: col('ScoreValue', 'Number', { min: 0, max: 100, decimals: 2 }),
  ScoreComment: col('ScoreComment', 'Note', { lines: 3 }),
  ScoreState: col('ScoreState', 'Choice', { choices: SCORE_STATES, default: 'Draft', indexed: true }),
  /**
   * The id of a scoring round, as a plain number (like RequestNumber): Decisions, which everyone
   * reads, name the round without a lookup into ScoringRounds, which only the PMO and the board read.
   */
  RoundNumber: col('RoundNumber', 'Number', { decimals: 0, min: 1, indexed: true }),
  /** The id of a portfolio scenario, as a plain number (PortfolioScenarios is read by the PMO and the board only). */
  ScenarioNumber: col('ScenarioNumber', 'Number', { decimals: 0, min: 1, indexed: true }),
  RoundStatus: col('RoundStatus', 'Choice', { choices: ROUND_STATUSES, default: 'Open', indexed: true }),
  /** A round's candidates (JSON [{ request } | { project, request? }]): request numbers, and active projects to re-prioritise. */
  CandidatesJson: col('CandidatesJson', 'Note', { hidden: true, lines: 4 }),
  /** Disagreement threshold of a round: the spread (max − min) as a share of each criterion's scale above which the board discusses it. */
  SpreadThreshold: col('SpreadThreshold', 'Number', { min: 0, max: 1, decimals: 2, default: '0.3' }),
  Deadline: col('Deadline', 'DateTime', { indexed: true }),
  ClosedDate: col('ClosedDate', 'DateTime', { dateOnly: false }),
  /** A round's aggregated result, written once when the PMO closes it (src/domain/scoring aggregateRound). */
  RoundResultJson: col('RoundResultJson', 'Note', { hidden: true, lines: 4 }),
  /** A decision's snapshot of the round's result for its request (aggregates only, never one member's scores). */
  ScoresSnapshotJson: col('ScoresSnapshotJson', 'Note', { hidden: true, lines: 4 }),
  ScenarioStatus: col('ScenarioStatus', 'Choice', { choices: ['Draft', 'Proposed', 'Approved', 'Archived'], default: 'Draft', indexed: true }),
  BudgetCap: col('BudgetCap', 'Currency', { min: 0, decimals: 2 }),
  ScenarioJson: col('ScenarioJson', 'Note', { hidden: true, lines: 4 }),

  // --- Status reports and milestones --------------------------------------------------------
  ReportDate: col('ReportDate', 'DateTime', { indexed: true }),
  PeriodStart: col('PeriodStart', 'DateTime'),
  PeriodEnd: col('PeriodEnd', 'DateTime', { indexed: true }),
  ReportStatus: col('ReportStatus', 'Choice', { choices: ['Draft', 'Published'], default: 'Draft', indexed: true }),
  PlannedValue: col('PlannedValue', 'Currency', { min: 0, decimals: 2 }),
  EarnedValue: col('EarnedValue', 'Currency', { min: 0, decimals: 2 }),
  ActualCost: col('ActualCost', 'Currency', { min: 0, decimals: 2 }),
  PercentComplete: col('PercentComplete', 'Number', { min: 0, max: 100, decimals: 0 }),
  Highlights: col('Highlights', 'Note', { lines: 6 }),
  NextSteps: col('NextSteps', 'Note', { lines: 6 }),
  /** What the project asks the board to decide or act on (a highlight report's escalations). */
  Escalations: col('Escalations', 'Note', { lines: 4 }),
  /** Budget at completion (BAC) of a report, or, on Projects, of its latest published report. */
  BudgetAtCompletion: col('BudgetAtCompletion', 'Currency', { min: 0, decimals: 2 }),
  /** How a report forecasts EAC (src/domain/evm EAC_METHODS: BAC / CPI, plan, CPI × SPI). */
  EacMethod: col('EacMethod', 'Choice', { choices: EAC_METHODS, default: 'cpi' }),
  /** Where each earned-value input came from (JSON { pv, ev, ac, bac }: given, phasing, budgetLines, percentComplete, missing). */
  EvmSourcesJson: col('EvmSourcesJson', 'Note', { hidden: true, lines: 2 }),
  /** When a report was published (date and time): set once, with the report. */
  PublishedDate: col('PublishedDate', 'DateTime', { dateOnly: false, hidden: true }),
  /**
   * The StatusReportDrafts item a published report came from, as a plain number (indexed): a repeated
   * publish of the same draft finds its report instead of adding a second one.
   */
  DraftNumber: col('DraftNumber', 'Number', { decimals: 0, min: 1, indexed: true, hidden: true }),
  /** A schema-5 draft's StatusReports id, set when the upgrade to schema 6 moved it to StatusReportDrafts (moved once). */
  LegacyReportNumber: col('LegacyReportNumber', 'Number', { decimals: 0, min: 1, indexed: true, hidden: true }),
  /**
   * A milestone's earlier baselines with their reasons (JSON [{ previousBaseline, newBaseline, reason, changedOn, changedBy,
   * changeRequest? }]); since schema 7 an entry from an approved change request names it (`changeRequest`: its ChangeRequests id).
   */
  BaselineHistoryJson: col('BaselineHistoryJson', 'Note', { hidden: true, lines: 4 }),
  BaselineDate: col('BaselineDate', 'DateTime'),
  ForecastDate: col('ForecastDate', 'DateTime', { indexed: true }),
  ActualDate: col('ActualDate', 'DateTime'),
  MilestoneStatus: col('MilestoneStatus', 'Choice', { choices: ['Planned', 'Achieved', 'Late', 'Cancelled'], default: 'Planned', indexed: true }),
  SnapshotDate: col('SnapshotDate', 'DateTime', { indexed: true }),

  // --- Risks, issues, decisions, changes, lessons, benefits ---------------------------------
  RiskStatus: col('RiskStatus', 'Choice', { choices: RISK_STATUSES, default: 'Open', indexed: true }),
  RiskCategory: col('RiskCategory', 'Choice', { choices: ['Schedule', 'Cost', 'Scope', 'Quality', 'Compliance', 'Security', 'Other'], default: 'Other' }),
  Probability: col('Probability', 'Number', { min: 1, max: 5, decimals: 0 }),
  Impact: col('Impact', 'Number', { min: 1, max: 5, decimals: 0 }),
  RiskScore: col('RiskScore', 'Calculated', { formula: '=[Probability]*[Impact]', outputType: 'Number' }),
  RiskOwner: col('RiskOwner', 'User', { indexed: true }),
  Mitigation: col('Mitigation', 'Note', { lines: 4 }),
  /** Schema 7: when the risk would strike (date only): the portfolio's "risks due soon". */
  Proximity: col('Proximity', 'DateTime', { indexed: true }),
  /** Schema 7: the PRINCE2 threat response chosen (src/domain/governance RISK_RESPONSES). */
  RiskResponse: col('RiskResponse', 'Choice', { choices: RISK_RESPONSES }),
  /**
   * Schema 7: the risk's score P × I as a plain number, written with the rating (and filled for earlier
   * risks by the upgrade): SharePoint cannot index the calculated RiskScore, and the portfolio's top
   * risks sort on the score across thousands of projects.
   */
  RiskExposure: col('RiskExposure', 'Number', { min: 1, max: 25, decimals: 0, indexed: true, hidden: true }),
  IssueStatus: col('IssueStatus', 'Choice', { choices: ISSUE_STATUSES, default: 'Open', indexed: true }),
  IssueOwner: col('IssueOwner', 'User', { indexed: true }),
  Resolution: col('Resolution', 'Note', { lines: 4 }),
  DecisionDate: col('DecisionDate', 'DateTime', { indexed: true }),
  DecisionBody: col('DecisionBody', 'Choice', { choices: DECISION_BODIES, default: 'ProjectBoard', indexed: true }),
  DecisionOutcome: col('DecisionOutcome', 'Choice', { choices: DECISION_OUTCOMES, default: 'Noted' }),
  Rationale: col('Rationale', 'Note', { lines: 4 }),
  DecidedBy: col('DecidedBy', 'UserMulti'),
  /** Schema 7: a board's decision at a gate (src/domain/governance GATE_DECISIONS); empty on every other decision. */
  GateOutcome: col('GateOutcome', 'Choice', { choices: GATE_DECISIONS, indexed: true }),
  /** Schema 7: why a PMO officer waived a required checklist item (a waiver is never changed: visible in the review forever). */
  WaiverReason: col('WaiverReason', 'Note', { lines: 4 }),
  /** Schema 7: who must meet a condition of a "go with conditions" decision. */
  ConditionOwner: col('ConditionOwner', 'User', { indexed: true }),
  /** Schema 7: whether a condition is met (src/domain/governance CONDITION_STATUSES). */
  ConditionStatus: col('ConditionStatus', 'Choice', { choices: CONDITION_STATUSES, default: 'Open', indexed: true }),
  /** Schema 7: the change's impact on the project's scope (next to its cost and schedule impact). */
  ScopeImpact: col('ScopeImpact', 'Note', { lines: 4 }),
  ChangeStatus: col('ChangeStatus', 'Choice', { choices: CHANGE_STATUSES, default: 'Submitted', indexed: true }),
  CostImpact: col('CostImpact', 'Currency', { decimals: 2 }),
  ScheduleImpactDays: col('ScheduleImpactDays', 'Number', { decimals: 0 }),
  LessonCategory: col('LessonCategory', 'Choice', { choices: ['Planning', 'Stakeholders', 'Procurement', 'Technology', 'Compliance', 'Team', 'Other'], default: 'Other', indexed: true }),
  LessonType: col('LessonType', 'Choice', { choices: ['WentWell', 'ToImprove'], default: 'ToImprove' }),
  Recommendation: col('Recommendation', 'Note', { lines: 4 }),
  BenefitType: col('BenefitType', 'Choice', { choices: ['Financial', 'NonFinancial', 'Compliance'], default: 'Financial' }),
  BenefitStatus: col('BenefitStatus', 'Choice', { choices: BENEFIT_STATUSES, default: 'Planned', indexed: true }),
  BaselineValue: col('BaselineValue', 'Number', { decimals: 2 }),
  TargetValue: col('TargetValue', 'Number', { decimals: 2 }),
  ActualValue: col('ActualValue', 'Number', { decimals: 2 }),
  Unit: col('Unit', 'Text', { maxLength: 32 }),
  BenefitOwner: col('BenefitOwner', 'User', { indexed: true }),
  /** Schema 7: how a benefit is measured (the measure; its values are BenefitMeasurements). */
  BenefitMeasure: col('BenefitMeasure', 'Text'),
  /** Schema 7: the day a benefit's value was measured. */
  MeasureDate: col('MeasureDate', 'DateTime', { indexed: true }),
  /** Schema 7: the benefit's realised value on the measure date (in the benefit's unit). */
  RealisedValue: col('RealisedValue', 'Number', { decimals: 2 }),
  /** Schema 7: a remark on a measurement. */
  Comment: col('Comment', 'Note', { lines: 3 }),
  /** Schema 7: what a project document is (the end project report, evidence for a gate, or other). */
  DocumentType: col('DocumentType', 'Choice', { choices: ['EndProjectReport', 'GateEvidence', 'Other'], default: 'Other', indexed: true }),

  // --- Budget and resources -----------------------------------------------------------------
  FiscalYear: col('FiscalYear', 'Number', { min: 2000, max: 2100, decimals: 0, indexed: true }),
  CostType: col('CostType', 'Choice', { choices: ['Capex', 'Opex'], default: 'Opex', indexed: true }),
  CostCategory: col('CostCategory', 'Choice', { choices: ['InternalStaff', 'ExternalServices', 'Hardware', 'Software', 'Licences', 'Other'], default: 'Other' }),
  PlannedAmount: col('PlannedAmount', 'Currency', { decimals: 2 }),
  ForecastAmount: col('ForecastAmount', 'Currency', { decimals: 2 }),
  ActualAmount: col('ActualAmount', 'Currency', { decimals: 2 }),
  ResourceUser: col('ResourceUser', 'User', { indexed: true }),
  Fte: col('Fte', 'Number', { min: 0, max: 1, decimals: 2, default: '1' }),
  MonthlyCapacityDays: col('MonthlyCapacityDays', 'Number', { min: 0, decimals: 1 }),
  CapacityByMonthJson: col('CapacityByMonthJson', 'Note', { hidden: true, lines: 4 }),
  Month: col('Month', 'DateTime', { indexed: true }),
  DemandDays: col('DemandDays', 'Number', { min: 0, decimals: 1 }),
  DemandState: col('DemandState', 'Choice', { choices: ['Proposed', 'Committed'], default: 'Proposed', indexed: true }),
  /** Schema 8: the team a person of the resource pool belongs to (the capacity heat map's team rows). */
  Team: col('Team', 'Text', { maxLength: 100, indexed: true }),
  /** Schema 8: the share of a person's time that goes to other than project work (operations, line duties), in per cent. */
  NonProjectPercent: col('NonProjectPercent', 'Number', { min: 0, max: 100, decimals: 0, default: '0' }),
  /** Schema 8: what an absence is; no reason is kept (personal data), only the kind of time it takes out of capacity. */
  AbsenceType: col('AbsenceType', 'Choice', { choices: ['Leave', 'PublicHoliday', 'Training', 'NonProject', 'Other'], default: 'Leave', indexed: true }),

  // --- Gates --------------------------------------------------------------------------------
  GateOrder: col('GateOrder', 'Number', { decimals: 0, min: 0 }),
  ChecklistCategory: col('ChecklistCategory', 'Choice', { choices: CHECKLIST_CATEGORIES, default: 'Quality', indexed: true }),
  Mandatory: col('Mandatory', 'Boolean', { default: '1' }),
  Guidance: col('Guidance', 'Note', { lines: 4 }),
  ReviewDate: col('ReviewDate', 'DateTime', { indexed: true }),
  /** The review's decision up to schema 6; unused from schema 7 (the board's decision is a Decisions row with GateOutcome). */
  GateDecision: col('GateDecision', 'Choice', { choices: ['Pending', 'Passed', 'PassedWithConditions', 'Failed', 'Deferred'], default: 'Pending', indexed: true }),
  ChecklistResultJson: col('ChecklistResultJson', 'Note', { hidden: true, lines: 4 }),
  Conditions: col('Conditions', 'Note', { lines: 4 }),
  Reviewers: col('Reviewers', 'UserMulti'),
  /** Schema 7: a guide stage's purpose (MethodologyStages, per language). */
  Purpose: col('Purpose', 'Note', { lines: 6 }),
  /** Schema 7: the roles of a guide stage and what each does (MethodologyStages). */
  StageRoles: col('StageRoles', 'Note', { lines: 6 }),
  /** Schema 7: what the gate at the end of a guide stage checks (MethodologyStages). */
  GateCriteria: col('GateCriteria', 'Note', { lines: 6 }),

  // --- KPIs ---------------------------------------------------------------------------------
  KpiMeasure: col('KpiMeasure', 'Text'),
  GreenThreshold: col('GreenThreshold', 'Number', { decimals: 2 }),
  AmberThreshold: col('AmberThreshold', 'Number', { decimals: 2 }),
  HigherIsBetter: col('HigherIsBetter', 'Boolean', { default: '1' }),
  /** The status report dimension a KPI's rule suggests the RAG of (a dimension code: schedule, cost, … or the PMO's own). */
  ReportDimension: col('ReportDimension', 'Text', { maxLength: 32 }),
  /** The figure PMO Hub computes for a KPI's rule at each report (none: the KPI is measured outside PMO Hub). */
  KpiMetric: col('KpiMetric', 'Choice', { choices: ['Spi', 'Cpi', 'TcpiBac', 'TcpiEac', 'MilestoneSlipDays'] }),
  /** Schema 8: the formula of PMO Hub's fixed catalogue a KPI is computed with (src/domain/kpi KPI_FORMULA_CODES). */
  KpiFormula: col('KpiFormula', 'Choice', { choices: KPI_FORMULA_CODES }),
  /**
   * Schema 8: a KpiSnapshots item's key, 'YYYY-MM-DD#<part>' (the day the figures are for and the part's number):
   * unique, so that two readers taking the same day's figures at once write each part once.
   */
  SnapshotKey: col('SnapshotKey', 'Text', { maxLength: 40, hidden: true }),
  /** Schema 8: the number of a KpiSnapshots part (0, 1, …): a day's figures are split to keep each item's text small. */
  SnapshotPart: col('SnapshotPart', 'Number', { decimals: 0, min: 0, hidden: true }),
  /** Schema 8: how many parts the day's figures have (on every part). */
  SnapshotParts: col('SnapshotParts', 'Number', { decimals: 0, min: 1, hidden: true }),
  /** Schema 8: the KPI figures of the part's projects at the day (JSON, src/services/kpiFigures.ts). */
  KpiFiguresJson: col('KpiFiguresJson', 'Note', { hidden: true, lines: 4 }),

  // --- Reports (the library of generated reports) ---------------------------------------------
  /** Schema 8: what a stored report is: a single-project status report, a multi-project report (PowerPoint) or the report workbook (Excel). */
  ReportKind: col('ReportKind', 'Choice', { choices: ['ProjectReport', 'PortfolioReport', 'ReportWorkbook'], indexed: true }),
  /** Schema 8: the saved view (or the filter, in words) a multi-project report covers. */
  ViewName: col('ViewName', 'Text'),

  // --- Training, maturity, communities ------------------------------------------------------
  Audience: col('Audience', 'MultiChoice', { choices: ['ProjectManager', 'PmoOfficer', 'BoardMember', 'Requester', 'Trainee'] }),
  DurationHours: col('DurationHours', 'Number', { min: 0, decimals: 1 }),
  ModuleLevel: col('ModuleLevel', 'Choice', { choices: ['Foundation', 'Practitioner', 'Advanced'], default: 'Foundation' }),
  ContentUrl: col('ContentUrl', 'URL'),
  SessionStart: col('SessionStart', 'DateTime', { dateOnly: false, indexed: true }),
  SessionEnd: col('SessionEnd', 'DateTime', { dateOnly: false }),
  Venue: col('Venue', 'Text'),
  Trainer: col('Trainer', 'User'),
  MaxParticipants: col('MaxParticipants', 'Number', { min: 1, decimals: 0 }),
  SessionStatus: col('SessionStatus', 'Choice', { choices: ['Planned', 'Open', 'Full', 'Completed', 'Cancelled'], default: 'Planned', indexed: true }),
  Participant: col('Participant', 'User', { indexed: true }),
  EnrolmentStatus: col('EnrolmentStatus', 'Choice', { choices: ['Enrolled', 'Waitlisted', 'Attended', 'NoShow', 'Cancelled'], default: 'Enrolled', indexed: true }),
  FeedbackRating: col('FeedbackRating', 'Number', { min: 1, max: 5, decimals: 0 }),
  Feedback: col('Feedback', 'Note', { lines: 4 }),
  MaturityDimension: col('MaturityDimension', 'Choice', { choices: ['Governance', 'Portfolio', 'Programme', 'Project', 'Risk', 'Benefits', 'Resources', 'Capability'], indexed: true }),
  MaturityLevel: col('MaturityLevel', 'Number', { min: 1, max: 5, decimals: 0 }),
  Respondent: col('Respondent', 'User', { indexed: true }),
  AssessmentDate: col('AssessmentDate', 'DateTime', { indexed: true }),
  AssessmentScope: col('AssessmentScope', 'Choice', { choices: ['Self', 'Organisation'], default: 'Self', indexed: true }),
  AnswersJson: col('AnswersJson', 'Note', { hidden: true, lines: 4 }),
  OverallLevel: col('OverallLevel', 'Number', { min: 1, max: 5, decimals: 1 }),
  CommunityType: col('CommunityType', 'Choice', { choices: ['CommunityOfPractice', 'Network', 'ExpertGroup'], default: 'CommunityOfPractice' }),
  TeamsLink: col('TeamsLink', 'URL'),
  CommunityOwner: col('CommunityOwner', 'User'),
  // --- Schema 9: people development (training, maturity, communities) -----------------------------
  /** Schema 9: how a module is delivered. */
  TrainingFormat: col('TrainingFormat', 'Choice', { choices: ['Classroom', 'Online', 'ELearning'], default: 'Classroom', indexed: true }),
  /** Schema 9: what a trainee should know or have done before a module (free text). */
  Prerequisites: col('Prerequisites', 'Note', { lines: 3 }),
  /** Schema 9: a module's materials, one link per line: `Title | https://…` (only http(s) and mailto links are shown). */
  Materials: col('Materials', 'Note', { lines: 4 }),
  /** Schema 9: the learning path a module belongs to, and its step on that path (1, 2, …). */
  LearningPath: col('LearningPath', 'Lookup', { lookup: { list: 'LearningPaths' }, indexed: true }),
  PathStep: col('PathStep', 'Number', { decimals: 0, min: 1 }),
  /** Schema 9: the P3M3 perspectives a module develops (src/domain/maturity PERSPECTIVES). */
  MaturityPerspectives: col('MaturityPerspectives', 'MultiChoice', { choices: PERSPECTIVES }),
  /** Schema 9: the maturity level (1–5) a module builds towards. */
  TargetLevel: col('TargetLevel', 'Number', { decimals: 0, min: 1, max: 5 }),
  /** Schema 9: the IANA time zone a session is held in (e.g. 'Europe/Brussels'); SessionStart/End are UTC. */
  SessionTimeZone: col('SessionTimeZone', 'Text', { maxLength: 64 }),
  /** Schema 9: the link of an online session. */
  OnlineUrl: col('OnlineUrl', 'URL'),
  /** Schema 9: when the trainee cancelled their enrolment (UTC). */
  CancelledAt: col('CancelledAt', 'DateTime', { dateOnly: false }),
  /** Schema 9: when the trainee first saw they moved up from the waiting list to a seat (UTC; set once). */
  SeatConfirmedAt: col('SeatConfirmedAt', 'DateTime', { dateOnly: false }),
  /** Schema 9: attendance and completion of a training session, recorded by trainers and the PMO. */
  Attended: col('Attended', 'Boolean', { default: '0' }),
  Completed: col('Completed', 'Boolean', { default: '0', indexed: true }),
  CompletedOn: col('CompletedOn', 'DateTime'),
  /** Schema 9: the P3M3 perspective a maturity question belongs to. */
  Perspective: col('Perspective', 'Choice', { choices: PERSPECTIVES, indexed: true }),
  /** Schema 9: a question's texts in the five languages (JSON `{ "en": { "q": "…", "a": [5 answers, level 1→5] }, … }`). */
  QuestionTexts: col('QuestionTexts', 'Note', { lines: 6, hidden: true }),
  /** Schema 9: a self-assessment's state: a draft is resumed, a submitted one counts. */
  AssessmentState: col('AssessmentState', 'Choice', { choices: ['Draft', 'Submitted'], default: 'Draft', indexed: true }),
  /** Schema 9: the calendar quarter of an assessment or result ('YYYY-Qn'). */
  Quarter: col('Quarter', 'Text', { maxLength: 7, indexed: true }),
  /** Schema 9: a submitted assessment's computed result (JSON IMaturityResult of src/domain/maturity). */
  LevelsJson: col('LevelsJson', 'Note', { lines: 4, hidden: true }),
  /** Schema 9: a MaturityResults item's key, `<Department>|<Quarter>` (unique; the item's Title holds the same). */
  ResultKey: col('ResultKey', 'Text', { maxLength: 255 }),
  /** Schema 9: how many people's submitted assessments a MaturityResults item sums. */
  Respondents: col('Respondents', 'Number', { decimals: 0, min: 0 }),
  /** Schema 9: sums of the respondents' levels per perspective and overall (JSON `{ [perspective]: sum, overall: sum }`). */
  LevelSums: col('LevelSums', 'Note', { lines: 3, hidden: true }),
  /** Schema 9: how many respondents have each overall level (JSON `[n1, n2, n3, n4, n5]`). */
  OverallCounts: col('OverallCounts', 'Note', { lines: 2, hidden: true }),
  /**
   * Schema 9: the random tokens of the submissions a MaturityResults item counts (JSON array), so that a
   * submission retried after a failure is counted once and a resubmission removes exactly the earlier
   * one. A token names no one: it is known only to its respondent's own (private) assessment item.
   */
  ContributionTokens: col('ContributionTokens', 'Note', { lines: 2, hidden: true }),
  /** Schema 9: the token under which an assessment's submitted result is counted in its department's sums. */
  ContributionToken: col('ContributionToken', 'Text', { maxLength: 64, hidden: true }),
  /**
   * Schema 9: a submission under way (JSON `{ token, result, department }`), written on the person's own
   * item before the department's sums change and cleared after: a submission stopped half-way is
   * completed, once, by the next one.
   */
  PendingSubmission: col('PendingSubmission', 'Note', { lines: 2, hidden: true }),
  /** Schema 9: what a community of practice is about. */
  CommunityTopic: col('CommunityTopic', 'Choice', { choices: ['Classic', 'Agile', 'PRINCE2', 'Risk', 'Benefits', 'Tools', 'Other'], default: 'Classic', indexed: true }),
  /** Schema 9: a community's next events, one per line: `YYYY-MM-DDTHH:mmZ | title | https://…` (link optional). */
  NextEvents: col('NextEvents', 'Note', { lines: 4 }),
  /** Schema 9: a community's member (the item's author: join adds one's own item, leave deletes it). */
  Member: col('Member', 'User', { indexed: true }),
  PmoProcess: col('PmoProcess', 'Choice', { choices: ['Initiation', 'Planning', 'Reporting', 'Risk', 'Change', 'Closure', 'Procurement', 'Compliance', 'Quality'], indexed: true }),
  TemplateStatus: col('TemplateStatus', 'Choice', { choices: ['Draft', 'Published', 'Retired'], default: 'Draft', indexed: true }),

  // --- Portfolio views (saved views of the Portfolio web part) ------------------------------------
  PortfolioViewJson: col('PortfolioViewJson', 'Note', { hidden: true, lines: 4 }),

  // --- Config (PmoHubConfig) ----------------------------------------------------------------
  ConfigKey: col('ConfigKey', 'Text', { maxLength: 100 }),
  ConfigValue: col('ConfigValue', 'Note', { lines: 3 })
};
