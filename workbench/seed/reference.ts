/**
 * The PMO's reference data: strategic objectives, programmes, roles, gates and their compliance
 * checklists, KPIs, scoring models, trainings, maturity questions, communities and templates. The
 * names the organisation gives its departments, objectives and programmes in the site's language
 * are in vocabulary.ts; the titles and texts of roles, gates and checklists, KPIs, scoring models,
 * communities, trainings and maturity questions in the site's language are in referenceTexts.ts.
 * Codes and figures are the same in every language. Templates are in each of their languages.
 */
import type { AgileStage } from '../../src/domain/governance/vocabulary';
import type { KpiFormulaCode } from '../../src/domain/kpi';
import type { Prince2Stage } from '../../src/domain/vocabulary';
import { demoGroups, demoUsers, type DemoRole, type IDemoUser } from '../directory';
import type { Lang } from './text';
import type { LevelSet } from './referenceTexts';

const upn = (alias: string): string => {
  const u = demoUsers.filter(x => x.userPrincipalName.split('@')[0] === alias)[0];
  if (!u) throw new Error(`No demo user ${alias}`);
  return u.userPrincipalName;
};

export function usersOf(...roles: DemoRole[]): IDemoUser[] {
  return demoUsers.filter(u => roles.indexOf(u.role) >= 0);
}

/** The demo users who manage projects. */
export const PROJECT_MANAGERS: ReadonlyArray<IDemoUser> = usersOf('projectManager');
/** The demo users on the strategy board (they sponsor projects and score requests). */
export const BOARD: ReadonlyArray<IDemoUser> = usersOf('boardMember');
/** The demo users who are PMO officers. */
export const OFFICERS: ReadonlyArray<IDemoUser> = usersOf('pmoOfficer');
/** The demo users who file project requests: requesters and project managers. */
export const REQUESTERS: ReadonlyArray<IDemoUser> = usersOf('requester', 'projectManager');

/**
 * Departments that run projects (by the directory's department name; their names in the site's
 * language are in vocabulary.ts) and their relative project volume.
 */
export const DEPARTMENTS: ReadonlyArray<{ name: string; weight: number }> = [
  { name: 'Digital Services', weight: 3 },
  { name: 'IT Infrastructure', weight: 3 },
  { name: 'Public Services', weight: 2 },
  { name: 'Finance', weight: 2 },
  { name: 'Human Resources', weight: 1.5 },
  { name: 'Customer Service', weight: 1.5 },
  { name: 'Procurement', weight: 1 },
  { name: 'Facilities', weight: 1 },
  { name: 'Legal & Compliance', weight: 1 },
  { name: 'Portfolio Management Office', weight: 0.5 }
];

/** A strategic objective (its title and summary per language are in vocabulary.ts, OBJECTIVE_TEXTS); `status` is a StrategicObjectives.ObjectiveStatus code. */
export interface IObjectiveDef { code: string; weight: number; owner: string; status: string }

export const OBJECTIVES: ReadonlyArray<IObjectiveDef> = [
  { code: 'SO-01', weight: 20, owner: upn('giulia.ferrari'), status: 'Active' },
  { code: 'SO-02', weight: 18, owner: upn('klaus.fischer'), status: 'Active' },
  { code: 'SO-03', weight: 12, owner: upn('klaus.fischer'), status: 'Active' },
  { code: 'SO-04', weight: 15, owner: upn('isabelle.laurent'), status: 'Active' },
  { code: 'SO-05', weight: 10, owner: upn('pieter.bakker'), status: 'Active' },
  { code: 'SO-06', weight: 10, owner: upn('isabelle.laurent'), status: 'Active' },
  { code: 'SO-07', weight: 8, owner: upn('pieter.bakker'), status: 'Active' },
  { code: 'SO-08', weight: 7, owner: upn('klaus.fischer'), status: 'Retired' }
];

/** A named programme (its title and summary per language are in vocabulary.ts, PROGRAMME_TEXTS). */
export interface IProgrammeDef { code: string; manager: string; sponsor: string; teamsGroupId?: string }

function groupId(name: string): string | undefined {
  const g = demoGroups.filter(x => x.displayName === name)[0];
  return g ? g.id : undefined;
}

/**
 * The named programmes; more are generated at scale (vocabulary.ts, PROGRAMME_THEME_TITLES). The two programme teams
 * of the directory are linked; the 'Finance Department' team is deliberately not (a Teams tab there
 * falls back to the Finance department).
 */
export const PROGRAMMES: ReadonlyArray<IProgrammeDef> = [
  { code: 'PGM-DTP', manager: upn('emma.clarke'), sponsor: upn('klaus.fischer'), teamsGroupId: groupId('Digital Transformation Programme') },
  { code: 'PGM-PSM', manager: upn('sofia.romano'), sponsor: upn('giulia.ferrari'), teamsGroupId: groupId('Public Services Modernisation') },
  { code: 'PGM-FIN', manager: upn('camille.dubois'), sponsor: upn('isabelle.laurent') },
  { code: 'PGM-SEC', manager: upn('marco.rossi'), sponsor: upn('klaus.fischer') }
];

/** The codes of the resource roles (Roles.Code). */
export type RoleCode = 'PM' | 'BA' | 'ARCH' | 'DEV' | 'QA' | 'INFRA' | 'SEC' | 'DATA' | 'CHG' | 'PROC';

/** A resource role (its title and summary per language are in referenceTexts.ts, ROLE_TEXTS). */
export interface IRoleDef { code: RoleCode; perPool: number }

/** The ten resource roles (capacity is planned per role and month). `perPool` people per 10 projects. */
export const ROLES: ReadonlyArray<IRoleDef> = [
  { code: 'PM', perPool: 2 },
  { code: 'BA', perPool: 2 },
  { code: 'ARCH', perPool: 1 },
  { code: 'DEV', perPool: 4 },
  { code: 'QA', perPool: 2 },
  { code: 'INFRA', perPool: 2 },
  { code: 'SEC', perPool: 1 },
  { code: 'DATA', perPool: 1 },
  { code: 'CHG', perPool: 1 },
  { code: 'PROC', perPool: 1 }
];

/**
 * Role code of the resource record of demo users who are not project managers (by alias); every
 * other demo user who works in projects is a project manager ('PM'). Board members have none.
 */
export const RESOURCE_ROLE_OF_USER: Readonly<Record<string, RoleCode>> = {
  'thomas.wright': 'INFRA', 'luca.bianchi': 'SEC', 'hugo.lefevre': 'PROC', 'james.walker': 'CHG', 'lena.hoffmann': 'CHG',
  'femke.visser': 'BA', 'anna.schmidt': 'BA', 'luc.moreau': 'DATA', 'sanne.devries': 'BA', 'chiara.esposito': 'PM'
};

/** The codes of the gates (Gates.Code). */
export type GateCode = 'G0' | 'G1' | 'G2' | 'G3' | 'G4';

/** A gate (its title and summary per language are in referenceTexts.ts, GATE_TEXTS). */
export interface IGateDef { code: GateCode; order: number; stage: Prince2Stage }

export const GATES: ReadonlyArray<IGateDef> = [
  { code: 'G0', order: 0, stage: 'StartingUp' },
  { code: 'G1', order: 1, stage: 'Initiation' },
  { code: 'G2', order: 2, stage: 'Delivery' },
  { code: 'G3', order: 3, stage: 'Delivery' },
  { code: 'G4', order: 4, stage: 'Closing' }
];

/**
 * A gate's checklist item; `category` is a GateChecklistItems.ChecklistCategory code (its title and
 * guidance per language are in referenceTexts.ts, CHECKLIST_TEXTS, in this order).
 */
export interface IChecklistDef { gate: GateCode; category: string; mandatory: boolean }

export const CHECKLIST: ReadonlyArray<IChecklistDef> = [
  { gate: 'G0', category: 'Governance', mandatory: true },
  { gate: 'G0', category: 'Procurement', mandatory: true },
  { gate: 'G0', category: 'Iso27001', mandatory: false },
  { gate: 'G1', category: 'Governance', mandatory: true },
  { gate: 'G1', category: 'Quality', mandatory: true },
  { gate: 'G1', category: 'Iso27001', mandatory: true },
  { gate: 'G1', category: 'Nis2', mandatory: true },
  { gate: 'G1', category: 'Procurement', mandatory: true },
  { gate: 'G2', category: 'Quality', mandatory: true },
  { gate: 'G2', category: 'Procurement', mandatory: true },
  { gate: 'G2', category: 'Iso27001', mandatory: true },
  { gate: 'G3', category: 'Quality', mandatory: true },
  { gate: 'G3', category: 'Iso27001', mandatory: true },
  { gate: 'G3', category: 'Nis2', mandatory: true },
  { gate: 'G3', category: 'Quality', mandatory: true },
  { gate: 'G4', category: 'Governance', mandatory: true },
  { gate: 'G4', category: 'Quality', mandatory: true },
  { gate: 'G4', category: 'Governance', mandatory: false }
];

/** The codes of the KPIs (KpiDefinitions.Code). */
export type KpiCode =
  | 'KPI-SPI' | 'KPI-SPI-MIN' | 'KPI-CPI' | 'KPI-CPI-MIN' | 'KPI-GREEN' | 'KPI-RED' | 'KPI-MS' | 'KPI-MS-LATE' | 'KPI-RISK' | 'KPI-ISSUE'
  | 'KPI-BEN' | 'KPI-BUDGET' | 'KPI-INTAKE' | 'KPI-LEAD' | 'KPI-GATE';

/**
 * A KPI: the formula of the catalogue it is computed with (src/domain/kpi) and its thresholds (its
 * title, measure and summary per language are in referenceTexts.ts, KPI_TEXTS; its unit and direction
 * are the formula's).
 */
export interface IKpiDef { code: KpiCode; formula: KpiFormulaCode; green: number; amber: number }

export const KPIS: ReadonlyArray<IKpiDef> = [
  { code: 'KPI-SPI', formula: 'SpiAverage', green: 0.95, amber: 0.85 },
  { code: 'KPI-SPI-MIN', formula: 'SpiWorst', green: 0.85, amber: 0.7 },
  { code: 'KPI-CPI', formula: 'CpiAverage', green: 0.95, amber: 0.85 },
  { code: 'KPI-CPI-MIN', formula: 'CpiWorst', green: 0.85, amber: 0.7 },
  { code: 'KPI-GREEN', formula: 'RagShareGreen', green: 70, amber: 50 },
  { code: 'KPI-RED', formula: 'RagShareRed', green: 10, amber: 20 },
  { code: 'KPI-MS', formula: 'MilestonesOnTime', green: 80, amber: 65 },
  { code: 'KPI-MS-LATE', formula: 'MilestonesLate', green: 5, amber: 15 },
  { code: 'KPI-RISK', formula: 'OpenHighRisks', green: 0, amber: 3 },
  { code: 'KPI-ISSUE', formula: 'OverdueIssues', green: 5, amber: 15 },
  { code: 'KPI-BEN', formula: 'BenefitsRealisedShare', green: 80, amber: 60 },
  { code: 'KPI-BUDGET', formula: 'BudgetVariance', green: 5, amber: 10 },
  { code: 'KPI-INTAKE', formula: 'RequestsInState', green: 10, amber: 20 },
  { code: 'KPI-LEAD', formula: 'IntakeDaysAverage', green: 45, amber: 75 },
  { code: 'KPI-GATE', formula: 'GatesPassedFirstAttempt', green: 80, amber: 60 }
];

/**
 * A scoring criterion; `direction` is a ScoringCriteria.CriterionDirection code; `levels` names the
 * descriptions of its scale's levels that fit its meaning and direction (referenceTexts.ts, LEVEL_TEXTS).
 */
export interface ICriterionDef { weight: number; direction: string; levels: LevelSet; objective?: string }
/**
 * A scoring model; `status` and `method` are ScoringModels.ModelStatus and ScoringMethod codes (its
 * and its criteria's titles and summaries per language are in referenceTexts.ts, SCORING_MODEL_TEXTS, in this order).
 */
export interface IScoringModelDef { status: string; method: string; start: string; criteria: ReadonlyArray<ICriterionDef> }

export const SCORING_MODELS: ReadonlyArray<IScoringModelDef> = [
  {
    status: 'Active', method: 'Weighted', start: '2026-01-01T00:00:00Z',
    criteria: [
      { weight: 30, direction: 'Benefit', levels: 'contribution', objective: 'SO-01' },
      { weight: 20, direction: 'Benefit', levels: 'compliance', objective: 'SO-02' },
      { weight: 20, direction: 'Benefit', levels: 'financial', objective: 'SO-04' },
      { weight: 15, direction: 'Benefit', levels: 'citizen', objective: 'SO-01' },
      { weight: 15, direction: 'Cost', levels: 'risk' }
    ]
  },
  {
    status: 'Retired', method: 'Ahp', start: '2025-01-01T00:00:00Z',
    criteria: [
      { weight: 48.3, direction: 'Benefit', levels: 'contribution', objective: 'SO-08' },
      { weight: 27.2, direction: 'Benefit', levels: 'financial', objective: 'SO-04' },
      { weight: 15.7, direction: 'Benefit', levels: 'urgency' },
      { weight: 8.8, direction: 'Cost', levels: 'risk' }
    ]
  },
  {
    status: 'Draft', method: 'Wsjf', start: '2027-01-01T00:00:00Z',
    criteria: [
      { weight: 25, direction: 'Benefit', levels: 'wsjfValue' },
      { weight: 25, direction: 'Benefit', levels: 'wsjfValue' },
      { weight: 25, direction: 'Benefit', levels: 'wsjfValue', objective: 'SO-02' },
      { weight: 25, direction: 'Cost', levels: 'jobSize' }
    ]
  }
];

/** Saaty-style pairwise matrix of the retired AHP model (4 criteria). */
export const AHP_MATRIX: ReadonlyArray<ReadonlyArray<number>> = [
  [1, 2, 3, 5],
  [1 / 2, 1, 2, 3],
  [1 / 3, 1 / 2, 1, 2],
  [1 / 5, 1 / 3, 1 / 2, 1]
];

/** A community; `type` is a Communities.CommunityType code (its title and summary per language are in referenceTexts.ts, COMMUNITY_TEXTS, in this order). */
export interface ICommunityDef { type: string; owner: string; teamsGroupId?: string; active: boolean }

export const COMMUNITIES: ReadonlyArray<ICommunityDef> = [
  { type: 'CommunityOfPractice', owner: upn('olivia.bennett'), teamsGroupId: groupId('PMO Team'), active: true },
  { type: 'Network', owner: upn('jonas.weber'), active: true },
  { type: 'ExpertGroup', owner: upn('luca.bianchi'), active: true },
  { type: 'Network', owner: upn('hugo.lefevre'), active: true },
  { type: 'CommunityOfPractice', owner: upn('anna.schmidt'), active: false }
];

/** The codes of the training modules (TrainingModules.Code). */
export type ModuleCode = 'TR-P2F' | 'TR-P2P' | 'TR-AGILE' | 'TR-RISK' | 'TR-BEN' | 'TR-PROC' | 'TR-SEC' | 'TR-HUB';

/**
 * A training module; `level` and `audience` are TrainingModules.ModuleLevel and Audience codes (its
 * title and summary per language are in referenceTexts.ts, MODULE_TEXTS).
 */
export interface IModuleDef { code: ModuleCode; level: string; hours: number; audience: string[]; community: number }

export const TRAINING_MODULES: ReadonlyArray<IModuleDef> = [
  { code: 'TR-P2F', level: 'Foundation', hours: 21, audience: ['ProjectManager', 'PmoOfficer', 'Trainee'], community: 0 },
  { code: 'TR-P2P', level: 'Practitioner', hours: 21, audience: ['ProjectManager'], community: 0 },
  { code: 'TR-AGILE', level: 'Practitioner', hours: 14, audience: ['ProjectManager', 'Trainee'], community: 1 },
  { code: 'TR-RISK', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'PmoOfficer', 'Trainee'], community: 0 },
  { code: 'TR-BEN', level: 'Practitioner', hours: 7, audience: ['ProjectManager', 'BoardMember', 'PmoOfficer'], community: 0 },
  { code: 'TR-PROC', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'Requester'], community: 3 },
  { code: 'TR-SEC', level: 'Advanced', hours: 7, audience: ['ProjectManager', 'PmoOfficer'], community: 2 },
  { code: 'TR-HUB', level: 'Foundation', hours: 3, audience: ['ProjectManager', 'Requester', 'Trainee', 'BoardMember'], community: 0 }
];

/** The codes of the maturity dimensions (MaturityQuestions.MaturityDimension). */
export type MaturityDimensionCode = 'Governance' | 'Portfolio' | 'Programme' | 'Project' | 'Risk' | 'Benefits' | 'Resources' | 'Capability';

/**
 * The maturity dimensions: MaturityQuestions.MaturityDimension code and the abbreviation of its
 * question codes (their names and questions per language are in referenceTexts.ts, MATURITY_TEXTS).
 */
export const MATURITY_DIMENSIONS: ReadonlyArray<readonly [MaturityDimensionCode, string]> = [
  ['Governance', 'GOV'], ['Portfolio', 'PFM'], ['Programme', 'PGM'], ['Project', 'PRJ'], ['Risk', 'RSK'], ['Benefits', 'BEN'], ['Resources', 'RES'], ['Capability', 'CAP']
];

/** A document template; `process` and `status` are Templates.PmoProcess and TemplateStatus codes. */
/** A template of the library: `stage` its PRINCE2 stage (Prince2Stage), `stageCode` the stage of another lifecycle (an agile phase) when it has no PRINCE2 stage. */
export interface ITemplateDef { name: string; title: string; process: string; stage?: Prince2Stage; stageCode?: AgileStage; lang: Lang; status: string; summary: string }

export const TEMPLATES: ReadonlyArray<ITemplateDef> = [
  { name: 'Project-Mandate.md', title: 'Project mandate', process: 'Initiation', stage: 'StartingUp', lang: 'en', status: 'Published', summary: 'Mandate from the sponsor: background, objectives, constraints.' },
  { name: 'Projektauftrag.md', title: 'Projektauftrag', process: 'Initiation', stage: 'StartingUp', lang: 'de', status: 'Published', summary: 'Projektauftrag des Auftraggebers.' },
  { name: 'Lettre-de-mission.md', title: 'Lettre de mission', process: 'Initiation', stage: 'StartingUp', lang: 'fr', status: 'Published', summary: 'Mandat du commanditaire.' },
  { name: 'Projectopdracht.md', title: 'Projectopdracht', process: 'Initiation', stage: 'StartingUp', lang: 'nl', status: 'Published', summary: 'Opdracht van de opdrachtgever.' },
  { name: 'Mandato-di-progetto.md', title: 'Mandato di progetto', process: 'Initiation', stage: 'StartingUp', lang: 'it', status: 'Published', summary: 'Mandato dello sponsor.' },
  { name: 'Business-Case.md', title: 'Business case', process: 'Initiation', stage: 'Initiation', lang: 'en', status: 'Published', summary: 'Options, costs, benefits, risks and investment appraisal.' },
  { name: 'Project-Plan.md', title: 'Project plan', process: 'Planning', stage: 'Initiation', lang: 'en', status: 'Published', summary: 'Products, schedule, resources and tolerances.' },
  { name: 'Highlight-Report.md', title: 'Highlight report', process: 'Reporting', stage: 'Delivery', lang: 'en', status: 'Published', summary: 'Monthly status with RAG per dimension.' },
  { name: 'Risk-Register.md', title: 'Risk register', process: 'Risk', stage: 'Initiation', lang: 'en', status: 'Published', summary: 'Probability, impact, owner and response.' },
  { name: 'Change-Request.md', title: 'Change request', process: 'Change', stage: 'Delivery', lang: 'en', status: 'Published', summary: 'Request for change with impact assessment.' },
  { name: 'Tender-Checklist.md', title: 'Public procurement checklist', process: 'Procurement', stage: 'Initiation', lang: 'en', status: 'Published', summary: 'Procedure choice, thresholds, standstill period.' },
  { name: 'ISMS-Project-Checklist.md', title: 'ISO 27001 / NIS2 project checklist', process: 'Compliance', stage: 'Delivery', lang: 'en', status: 'Published', summary: 'Security controls and incident reporting duties.' },
  { name: 'Quality-Register.md', title: 'Quality register', process: 'Quality', stage: 'Delivery', lang: 'en', status: 'Draft', summary: 'Quality reviews and acceptance records.' },
  { name: 'End-Project-Report.md', title: 'End project report', process: 'Closure', stage: 'Closing', lang: 'en', status: 'Published', summary: 'Performance against the baseline and lessons.' },
  { name: 'Handover-Checklist.md', title: 'Handover checklist', process: 'Closure', stage: 'Closing', lang: 'en', status: 'Published', summary: 'Operations owner acceptance, documentation, support and user training.' },
  { name: 'Discovery-Report.md', title: 'Discovery report', process: 'Initiation', stageCode: 'Discovery', lang: 'en', status: 'Published', summary: 'User needs, the problem to solve, constraints and a recommendation.' },
  { name: 'User-Needs.md', title: 'User needs', process: 'Planning', stageCode: 'Discovery', lang: 'en', status: 'Published', summary: 'User stories from research, with evidence.' },
  { name: 'Product-Backlog.md', title: 'Product backlog', process: 'Planning', stageCode: 'Alpha', lang: 'en', status: 'Published', summary: 'Prioritised user stories with acceptance criteria.' },
  { name: 'Alpha-Assessment.md', title: 'Alpha assessment report', process: 'Quality', stageCode: 'Alpha', lang: 'en', status: 'Published', summary: 'Findings against the service standard.' },
  { name: 'Release-Plan.md', title: 'Release plan', process: 'Planning', stageCode: 'Beta', lang: 'en', status: 'Published', summary: 'Releases, their scope and dates.' },
  { name: 'Accessibility-Statement.md', title: 'Accessibility statement', process: 'Compliance', stageCode: 'Beta', lang: 'en', status: 'Published', summary: 'WCAG 2.1 AA conformance and known issues.' },
  { name: 'Service-Handover.md', title: 'Service handover checklist', process: 'Closure', stageCode: 'Live', lang: 'en', status: 'Published', summary: 'Transfer of the live service to operations.' },
  { name: 'Benefits-Review-Plan.md', title: 'Benefits review plan', process: 'Closure', stageCode: 'Live', lang: 'en', status: 'Published', summary: 'How and when the benefits are measured after the project.' },
  { name: 'Abschlussbericht-2019.md', title: 'Abschlussbericht (Vorlage 2019)', process: 'Closure', stage: 'Closing', lang: 'de', status: 'Retired', summary: 'Alte Vorlage, ersetzt durch den End Project Report.' }
];
