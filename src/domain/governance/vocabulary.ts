/**
 * The governance vocabulary: the language-neutral codes of risks, issues, change requests, gate
 * checklists and decisions, lifecycles and benefits, each defined once with its literal type, in
 * the order a choice column offers them (like `../vocabulary.ts`, which src/schema imports the same
 * way). The web parts show the codes through src/loc. Pure: imports only the shared vocabulary.
 */
import { PRINCE2_STAGES, type Prince2Stage } from '../vocabulary';

/** A risk's status (Risks.RiskStatus). */
export type RiskStatus = 'Open' | 'Mitigating' | 'Occurred' | 'Closed';
/** Every risk status, in workflow order. */
export const RISK_STATUSES: ReadonlyArray<RiskStatus> = ['Open', 'Mitigating', 'Occurred', 'Closed'];
/** The statuses of a risk that still threatens the project: only these count in heat maps and top lists. */
export const OPEN_RISK_STATUSES: ReadonlyArray<RiskStatus> = ['Open', 'Mitigating'];

/** A risk's band on the probability-impact grid. */
export type RiskBand = 'Low' | 'Medium' | 'High';
/** Every band, lowest first. */
export const RISK_BANDS: ReadonlyArray<RiskBand> = ['Low', 'Medium', 'High'];

/** How a risk's score moved since the last report ('new': it had no score then). */
export type RiskTrend = 'up' | 'down' | 'same' | 'new';
/** Every trend. */
export const RISK_TRENDS: ReadonlyArray<RiskTrend> = ['up', 'down', 'same', 'new'];

/** An issue's status (Issues.IssueStatus). */
export type IssueStatus = 'Open' | 'InProgress' | 'Resolved' | 'Closed';
/** Every issue status, in workflow order. */
export const ISSUE_STATUSES: ReadonlyArray<IssueStatus> = ['Open', 'InProgress', 'Resolved', 'Closed'];
/** The statuses of an issue still to be dealt with: only these can be overdue or age. */
export const OPEN_ISSUE_STATUSES: ReadonlyArray<IssueStatus> = ['Open', 'InProgress'];

/** An age bucket of the portfolio's "open issues by age": 0–7, 8–30, 31–90 and more than 90 days. */
export type IssueAgeBucket = 'Days0To7' | 'Days8To30' | 'Days31To90' | 'Over90Days';
/** Every age bucket, youngest first. */
export const ISSUE_AGE_BUCKETS: ReadonlyArray<IssueAgeBucket> = ['Days0To7', 'Days8To30', 'Days31To90', 'Over90Days'];

/**
 * A change request's status (ChangeRequests.ChangeStatus). The issue's "raised" is `Submitted`, the
 * code the list already stores.
 */
export type ChangeStatus = 'Submitted' | 'Assessed' | 'Approved' | 'Rejected' | 'Implemented';
/** Every change status, in workflow order. */
export const CHANGE_STATUSES: ReadonlyArray<ChangeStatus> = ['Submitted', 'Assessed', 'Approved', 'Rejected', 'Implemented'];

/**
 * A gate checklist item's category (GateChecklistItems.ChecklistCategory). `Handover` is the Closing
 * gate's transfer to operations: the owner accepted, documentation, support, training of the users.
 */
export type ChecklistCategory = 'Quality' | 'Iso27001' | 'Nis2' | 'Procurement' | 'Governance' | 'Handover';
/** Every checklist category, in the order the checklist shows them (stored codes first, Handover added in schema 7). */
export const CHECKLIST_CATEGORIES: ReadonlyArray<ChecklistCategory> = ['Quality', 'Iso27001', 'Nis2', 'Procurement', 'Governance', 'Handover'];

/** A board's decision at a gate (GateReviews.GateDecision, once the schema moves to these codes). */
export type GateDecision = 'Go' | 'GoWithConditions' | 'Recycle' | 'Stop';
/** Every gate decision. */
export const GATE_DECISIONS: ReadonlyArray<GateDecision> = ['Go', 'GoWithConditions', 'Recycle', 'Stop'];
/** The decisions that let a project pass the gate into the next stage. */
export const PASSING_GATE_DECISIONS: ReadonlyArray<GateDecision> = ['Go', 'GoWithConditions'];

/** A condition of a "go with conditions" decision (GateConditions.ConditionStatus): open until its owner marks it met. */
export type ConditionStatus = 'Open' | 'Met';
/** Every condition status. */
export const CONDITION_STATUSES: ReadonlyArray<ConditionStatus> = ['Open', 'Met'];

/** How a project responds to a threat (Risks.RiskResponse): PRINCE2's threat responses. */
export type RiskResponse = 'Avoid' | 'Reduce' | 'Fallback' | 'Transfer' | 'Accept' | 'Share';
/** Every risk response, in PRINCE2's order. */
export const RISK_RESPONSES: ReadonlyArray<RiskResponse> = ['Avoid', 'Reduce', 'Fallback', 'Transfer', 'Accept', 'Share'];

/** A lifecycle: PRINCE2, agile (discovery, alpha, beta, live) or hybrid (PRINCE2 Agile). */
export type LifecycleCode = 'prince2' | 'agile' | 'hybrid';
/** Every built-in lifecycle. */
export const LIFECYCLE_CODES: ReadonlyArray<LifecycleCode> = ['prince2', 'agile', 'hybrid'];

/** A phase of the agile lifecycle (the UK Government Service Manual's phases). */
export type AgileStage = 'Discovery' | 'Alpha' | 'Beta' | 'Live';
/** The agile phases in order. */
export const AGILE_STAGES: ReadonlyArray<AgileStage> = ['Discovery', 'Alpha', 'Beta', 'Live'];

/** A stage code of any built-in lifecycle (PRINCE2's and hybrid's are `Prince2Stage`). */
export type StageCode = Prince2Stage | AgileStage;
/** Every stage code: PRINCE2's (also the hybrid's), then the agile phases. */
export const STAGE_CODES: ReadonlyArray<StageCode> = [...PRINCE2_STAGES, ...AGILE_STAGES];

/** A gate (decision point) that ends a stage. */
export type GateCode =
  | 'AuthoriseInitiation' | 'AuthoriseProject' | 'EndStage' | 'EndRelease' | 'AuthoriseClosure'
  | 'DiscoveryReview' | 'AlphaAssessment' | 'LiveAssessment' | 'ServiceHandover';
/** Every gate code: PRINCE2's, the hybrid's release boundary, then the agile assessments. */
export const GATE_CODES: ReadonlyArray<GateCode> = [
  'AuthoriseInitiation', 'AuthoriseProject', 'EndStage', 'EndRelease', 'AuthoriseClosure',
  'DiscoveryReview', 'AlphaAssessment', 'LiveAssessment', 'ServiceHandover'
];

/** A role in a lifecycle's stages (PRINCE2's project management team, the service manual's team). */
export type LifecycleRole =
  | 'Executive' | 'SeniorUser' | 'SeniorSupplier' | 'ProjectManager' | 'TeamManager' | 'ProjectAssurance' | 'ProjectSupport' | 'ChangeAuthority'
  | 'ServiceOwner' | 'ProductManager' | 'DeliveryManager' | 'UserResearcher' | 'TechnicalArchitect' | 'Pmo';
/** Every lifecycle role. */
export const LIFECYCLE_ROLES: ReadonlyArray<LifecycleRole> = [
  'Executive', 'SeniorUser', 'SeniorSupplier', 'ProjectManager', 'TeamManager', 'ProjectAssurance', 'ProjectSupport', 'ChangeAuthority',
  'ServiceOwner', 'ProductManager', 'DeliveryManager', 'UserResearcher', 'TechnicalArchitect', 'Pmo'
];

/** A benefit's status (Benefits.BenefitStatus). */
export type BenefitStatus = 'Planned' | 'OnTrack' | 'AtRisk' | 'Realised' | 'NotRealised';
/** Every benefit status. */
export const BENEFIT_STATUSES: ReadonlyArray<BenefitStatus> = ['Planned', 'OnTrack', 'AtRisk', 'Realised', 'NotRealised'];

/**
 * A problem a governance rule finds: a code naming what is wrong and, where the input came from a
 * form, the field to tie the message to (the web part turns the code into its localized text).
 */
export interface IProblem<C extends string, F extends string = string> {
  code: C;
  field?: F;
}
