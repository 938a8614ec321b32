/**
 * The built-in lifecycles as data: PRINCE2, agile and hybrid (PRINCE2 Agile). Texts are keys that
 * src/loc resolves (`Methodology_<Lifecycle>_<Stage>_Purpose`); required products are Templates
 * keys (the library's documents by stage and process).
 *
 * Sources: PRINCE2 2017 ("Managing Successful Projects with PRINCE2", AXELOS): the processes
 * Starting up a project, Initiating a project, Controlling a stage / Managing product delivery /
 * Managing a stage boundary (the delivery stages), Closing a project; the project board's decisions
 * (authorise initiation, authorise the project, authorise a stage, authorise project closure) and
 * the management products of its appendix A. The UK Government Service Manual ("Agile delivery":
 * discovery, alpha, beta, live; service assessments at the end of alpha and before going live).
 * PRINCE2 Agile (AXELOS, 2015): PRINCE2's processes with delivery in releases. The products and roles
 * listed per stage are PMO Hub's selection, from memory of those books.
 */
import type { LifecycleCode } from './vocabulary';
import type { ILifecycle, IStage } from './lifecycle';

const PRINCE2_BOARD: IStage['roles'] = ['Executive', 'SeniorUser', 'SeniorSupplier'];

const STARTING_UP: IStage = {
  code: 'StartingUp', order: 1, gate: 'AuthoriseInitiation',
  purpose: 'Methodology_Prince2_StartingUp_Purpose',
  roles: ['Executive', 'ProjectManager', 'ProjectSupport'],
  requiredProducts: ['ProjectMandate', 'ProjectBrief', 'OutlineBusinessCase', 'ProjectProductDescription', 'InitiationStagePlan', 'DailyLog', 'LessonsLog']
};

const INITIATION: IStage = {
  code: 'Initiation', order: 2, gate: 'AuthoriseProject',
  purpose: 'Methodology_Prince2_Initiation_Purpose',
  roles: [...PRINCE2_BOARD, 'ProjectManager', 'ProjectAssurance', 'ProjectSupport'],
  requiredProducts: [
    'ProjectInitiationDocumentation', 'BusinessCase', 'BenefitsManagementApproach', 'RiskManagementApproach', 'QualityManagementApproach',
    'ChangeControlApproach', 'CommunicationManagementApproach', 'ProjectPlan', 'RiskRegister', 'IssueRegister', 'QualityRegister'
  ]
};

const CLOSING: IStage = {
  code: 'Closing', order: 4, gate: 'AuthoriseClosure',
  purpose: 'Methodology_Prince2_Closing_Purpose',
  roles: [...PRINCE2_BOARD, 'ProjectManager', 'ProjectAssurance'],
  requiredProducts: ['EndProjectReport', 'LessonsReport', 'HandoverChecklist', 'BenefitsManagementApproach']
};

/** PRINCE2: starting up, initiation, one or more numbered delivery stages, closing; a gate after each. */
export const PRINCE2_LIFECYCLE: ILifecycle = {
  code: 'prince2',
  stages: [
    STARTING_UP,
    INITIATION,
    {
      code: 'Delivery', order: 3, gate: 'EndStage', repeats: 'stage',
      purpose: 'Methodology_Prince2_Delivery_Purpose',
      roles: [...PRINCE2_BOARD, 'ProjectManager', 'TeamManager', 'ProjectAssurance', 'ChangeAuthority'],
      requiredProducts: ['StagePlan', 'WorkPackage', 'CheckpointReport', 'HighlightReport', 'EndStageReport', 'ExceptionReport']
    },
    CLOSING
  ]
};

/** Agile, after the UK Government Service Manual's phases: discovery, alpha, beta, live. */
export const AGILE_LIFECYCLE: ILifecycle = {
  code: 'agile',
  stages: [
    {
      code: 'Discovery', order: 1, gate: 'DiscoveryReview', purpose: 'Methodology_Agile_Discovery_Purpose',
      roles: ['ServiceOwner', 'ProductManager', 'DeliveryManager', 'UserResearcher'],
      requiredProducts: ['DiscoveryReport', 'UserNeeds', 'OutlineBusinessCase']
    },
    {
      code: 'Alpha', order: 2, gate: 'AlphaAssessment', purpose: 'Methodology_Agile_Alpha_Purpose',
      roles: ['ServiceOwner', 'ProductManager', 'DeliveryManager', 'UserResearcher', 'TechnicalArchitect'],
      requiredProducts: ['Prototypes', 'ProductBacklog', 'RiskRegister', 'BusinessCase']
    },
    {
      code: 'Beta', order: 3, gate: 'LiveAssessment', purpose: 'Methodology_Agile_Beta_Purpose',
      roles: ['ServiceOwner', 'ProductManager', 'DeliveryManager', 'UserResearcher', 'TechnicalArchitect'],
      requiredProducts: ['ReleasePlan', 'ProductBacklog', 'RiskRegister', 'IssueRegister', 'SecurityAssessment', 'AccessibilityStatement']
    },
    {
      code: 'Live', order: 4, gate: 'ServiceHandover', purpose: 'Methodology_Agile_Live_Purpose',
      roles: ['ServiceOwner', 'ProductManager', 'DeliveryManager', 'Pmo'],
      requiredProducts: ['EndProjectReport', 'LessonsReport', 'HandoverChecklist', 'BenefitsManagementApproach']
    }
  ]
};

/** Hybrid (PRINCE2 Agile): PRINCE2's stages, delivery in numbered releases, each ending at a release review. */
export const HYBRID_LIFECYCLE: ILifecycle = {
  code: 'hybrid',
  stages: [
    { ...STARTING_UP, purpose: 'Methodology_Hybrid_StartingUp_Purpose' },
    { ...INITIATION, purpose: 'Methodology_Hybrid_Initiation_Purpose', requiredProducts: [...INITIATION.requiredProducts, 'ProductBacklog', 'ReleasePlan'] },
    {
      code: 'Delivery', order: 3, gate: 'EndRelease', repeats: 'release',
      purpose: 'Methodology_Hybrid_Delivery_Purpose',
      roles: [...PRINCE2_BOARD, 'ProjectManager', 'TeamManager', 'ProductManager', 'ProjectAssurance'],
      requiredProducts: ['ReleasePlan', 'ProductBacklog', 'WorkPackage', 'HighlightReport', 'EndStageReport']
    },
    { ...CLOSING, purpose: 'Methodology_Hybrid_Closing_Purpose' }
  ]
};

/** The built-in lifecycles by code. */
export const BUILT_IN_LIFECYCLES: Readonly<Record<LifecycleCode, ILifecycle>> = Object.freeze({
  prince2: PRINCE2_LIFECYCLE,
  agile: AGILE_LIFECYCLE,
  hybrid: HYBRID_LIFECYCLE
});
