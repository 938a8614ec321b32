/**
 * The PMO's reference data: strategic objectives, programmes, roles, gates and their compliance
 * checklists, KPIs, scoring models, trainings, maturity questions, communities and templates. The
 * names the organisation gives its departments, objectives and programmes in the site's language
 * are in vocabulary.ts; gates, KPIs, roles, scoring models, trainings, maturity questions,
 * communities and templates are in English (templates in each of their languages).
 */
import type { Prince2Stage } from '../../src/domain/vocabulary';
import { demoGroups, demoUsers, type DemoRole, type IDemoUser } from '../directory';
import type { Lang } from './text';

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

export interface IRoleDef { code: string; title: string; summary: string; perPool: number }

/** The ten resource roles (capacity is planned per role and month). `perPool` people per 10 projects. */
export const ROLES: ReadonlyArray<IRoleDef> = [
  { code: 'PM', title: 'Project Manager', summary: 'Leads projects along PRINCE2.', perPool: 2 },
  { code: 'BA', title: 'Business Analyst', summary: 'Requirements, processes and acceptance.', perPool: 2 },
  { code: 'ARCH', title: 'Solution Architect', summary: 'Architecture and integration design.', perPool: 1 },
  { code: 'DEV', title: 'Developer', summary: 'Builds and configures the solution.', perPool: 4 },
  { code: 'QA', title: 'Test Engineer', summary: 'Test management and test automation.', perPool: 2 },
  { code: 'INFRA', title: 'Infrastructure Engineer', summary: 'Hosting, network and operations.', perPool: 2 },
  { code: 'SEC', title: 'Security Specialist', summary: 'ISO 27001 controls, NIS2 and penetration tests.', perPool: 1 },
  { code: 'DATA', title: 'Data Engineer', summary: 'Data migration and data platform.', perPool: 1 },
  { code: 'CHG', title: 'Change Manager', summary: 'Communication, training and adoption.', perPool: 1 },
  { code: 'PROC', title: 'Procurement Specialist', summary: 'Public procurement procedures and contracts.', perPool: 1 }
];

/**
 * Role code of the resource record of demo users who are not project managers (by alias); every
 * other demo user who works in projects is a project manager ('PM'). Board members have none.
 */
export const RESOURCE_ROLE_OF_USER: Readonly<Record<string, string>> = {
  'thomas.wright': 'INFRA', 'luca.bianchi': 'SEC', 'hugo.lefevre': 'PROC', 'james.walker': 'CHG', 'lena.hoffmann': 'CHG',
  'femke.visser': 'BA', 'anna.schmidt': 'BA', 'luc.moreau': 'DATA', 'sanne.devries': 'BA', 'chiara.esposito': 'PM'
};

export interface IGateDef { code: string; title: string; order: number; stage: Prince2Stage; summary: string }

export const GATES: ReadonlyArray<IGateDef> = [
  { code: 'G0', title: 'Gate 0 – Mandate', order: 0, stage: 'StartingUp', summary: 'Is the project worth initiating? Mandate and outline business case.' },
  { code: 'G1', title: 'Gate 1 – Project initiation', order: 1, stage: 'Initiation', summary: 'Project initiation documentation, business case and plan approved.' },
  { code: 'G2', title: 'Gate 2 – Delivery stage boundary', order: 2, stage: 'Delivery', summary: 'Stage results accepted and next stage plan approved.' },
  { code: 'G3', title: 'Gate 3 – Go-live readiness', order: 3, stage: 'Delivery', summary: 'Acceptance, operations and security ready for go-live.' },
  { code: 'G4', title: 'Gate 4 – Project closure', order: 4, stage: 'Closing', summary: 'Handover complete, lessons recorded, benefits owners named.' }
];

/** A gate's checklist item; `category` is a GateChecklistItems.ChecklistCategory code. */
export interface IChecklistDef { gate: string; category: string; title: string; mandatory: boolean; guidance: string }

export const CHECKLIST: ReadonlyArray<IChecklistDef> = [
  { gate: 'G0', category: 'Governance', title: 'Sponsor named and mandate signed', mandatory: true, guidance: 'The sponsor signs the project mandate.' },
  { gate: 'G0', category: 'Procurement', title: 'Procurement need and estimated value stated', mandatory: true, guidance: 'State whether EU thresholds may be reached.' },
  { gate: 'G0', category: 'Iso27001', title: 'Information classification done', mandatory: false, guidance: 'Classify the information the project will handle.' },
  { gate: 'G1', category: 'Governance', title: 'Business case approved by the board', mandatory: true, guidance: 'Options, costs, benefits and risks.' },
  { gate: 'G1', category: 'Quality', title: 'Quality management approach defined', mandatory: true, guidance: 'Acceptance criteria and quality reviews.' },
  { gate: 'G1', category: 'Iso27001', title: 'ISMS scope and risk assessment updated', mandatory: true, guidance: 'ISO 27001 clause 6.1.2: information security risk assessment.' },
  { gate: 'G1', category: 'Nis2', title: 'NIS2 relevance assessed', mandatory: true, guidance: 'Does the service fall under essential or important entities?' },
  { gate: 'G1', category: 'Procurement', title: 'Procurement procedure chosen', mandatory: true, guidance: 'Open, restricted, negotiated, framework agreement or below threshold.' },
  { gate: 'G2', category: 'Quality', title: 'Stage products accepted', mandatory: true, guidance: 'Product descriptions met; sign-offs filed.' },
  { gate: 'G2', category: 'Procurement', title: 'Contract awarded and standstill period observed', mandatory: true, guidance: 'Award decision notified; standstill period respected.' },
  { gate: 'G2', category: 'Iso27001', title: 'Risk treatment plan agreed', mandatory: true, guidance: 'Controls chosen from ISO 27001 Annex A.' },
  { gate: 'G3', category: 'Quality', title: 'User acceptance test passed', mandatory: true, guidance: 'No open severity 1 or 2 defects.' },
  { gate: 'G3', category: 'Iso27001', title: 'Penetration test findings closed', mandatory: true, guidance: 'Critical and high findings fixed or risk accepted.' },
  { gate: 'G3', category: 'Nis2', title: 'Incident reporting process in place', mandatory: true, guidance: 'Early warning within 24 hours, notification within 72 hours.' },
  { gate: 'G3', category: 'Quality', title: 'Accessibility (WCAG 2.1 AA) verified', mandatory: true, guidance: 'Accessibility statement published.' },
  { gate: 'G4', category: 'Governance', title: 'Lessons learned recorded', mandatory: true, guidance: 'Lessons in the PMO lessons log.' },
  { gate: 'G4', category: 'Quality', title: 'Handover to operations signed', mandatory: true, guidance: 'Operations accepts the service.' },
  { gate: 'G4', category: 'Governance', title: 'Benefit owners named for realisation', mandatory: false, guidance: 'Benefits reviews planned after closure.' }
];

export interface IKpiDef { code: string; title: string; measure: string; unit: string; green: number; amber: number; higherIsBetter: boolean; summary: string }

export const KPIS: ReadonlyArray<IKpiDef> = [
  { code: 'KPI-SPI', title: 'Schedule performance index', measure: 'EV / PV', unit: 'index', green: 0.95, amber: 0.85, higherIsBetter: true, summary: 'Earned value over planned value of the latest report.' },
  { code: 'KPI-CPI', title: 'Cost performance index', measure: 'EV / AC', unit: 'index', green: 0.95, amber: 0.85, higherIsBetter: true, summary: 'Earned value over actual cost of the latest report.' },
  { code: 'KPI-GREEN', title: 'Projects reporting green', measure: 'share of active projects with RAG green', unit: '%', green: 70, amber: 50, higherIsBetter: true, summary: 'Share of active projects whose overall RAG is green.' },
  { code: 'KPI-MS', title: 'Milestones on time', measure: 'achieved on or before baseline', unit: '%', green: 80, amber: 65, higherIsBetter: true, summary: 'Milestones achieved no later than their baseline date.' },
  { code: 'KPI-REPORT', title: 'Status reports on time', measure: 'published within 5 days of period end', unit: '%', green: 90, amber: 75, higherIsBetter: true, summary: 'Reporting discipline.' },
  { code: 'KPI-LEAD', title: 'Request lead time', measure: 'days from submission to decision', unit: 'days', green: 45, amber: 75, higherIsBetter: false, summary: 'Intake speed.' },
  { code: 'KPI-BEN', title: 'Benefits realised', measure: 'realised benefits / planned benefits', unit: '%', green: 80, amber: 60, higherIsBetter: true, summary: 'Benefits realisation after closure.' },
  { code: 'KPI-UTIL', title: 'Resource utilisation', measure: 'committed days / capacity days', unit: '%', green: 85, amber: 100, higherIsBetter: false, summary: 'Above 100 % means overbooked roles.' },
  { code: 'KPI-RISK', title: 'High risks without mitigation', measure: 'open risks with score ≥ 15 and no mitigation', unit: 'count', green: 0, amber: 3, higherIsBetter: false, summary: 'Risk management discipline.' },
  { code: 'KPI-BUDGET', title: 'Budget forecast accuracy', measure: '|forecast − actual| / actual', unit: '%', green: 5, amber: 10, higherIsBetter: false, summary: 'Forecast quality of budget lines.' }
];

/** A scoring criterion; `direction` is a ScoringCriteria.CriterionDirection code. */
export interface ICriterionDef { title: string; weight: number; direction: string; objective?: string; summary: string }
/** A scoring model; `status` and `method` are ScoringModels.ModelStatus and ScoringMethod codes. */
export interface IScoringModelDef { title: string; status: string; method: string; start: string; summary: string; criteria: ReadonlyArray<ICriterionDef> }

export const SCORING_MODELS: ReadonlyArray<IScoringModelDef> = [
  {
    title: 'Strategic value 2026', status: 'Active', method: 'Weighted', start: '2026-01-01T00:00:00Z', summary: 'Weighted scoring of requests against the 2026 strategy.',
    criteria: [
      { title: 'Strategic fit', weight: 30, direction: 'Benefit', objective: 'SO-01', summary: 'Contribution to the strategic objectives.' },
      { title: 'Security and compliance', weight: 20, direction: 'Benefit', objective: 'SO-02', summary: 'Closes ISO 27001 / NIS2 gaps or legal duties.' },
      { title: 'Financial benefit', weight: 20, direction: 'Benefit', objective: 'SO-04', summary: 'Savings and avoided costs.' },
      { title: 'Citizen impact', weight: 15, direction: 'Benefit', objective: 'SO-01', summary: 'Better or faster services for citizens.' },
      { title: 'Delivery risk', weight: 15, direction: 'Cost', summary: 'Complexity, dependencies and capability gaps.' }
    ]
  },
  {
    title: 'Strategic value 2025 (AHP)', status: 'Retired', method: 'Ahp', start: '2025-01-01T00:00:00Z', summary: 'AHP-weighted model used in 2025.',
    criteria: [
      { title: 'Strategic fit', weight: 48.3, direction: 'Benefit', objective: 'SO-08', summary: 'Contribution to the 2020–2025 strategy.' },
      { title: 'Financial benefit', weight: 27.2, direction: 'Benefit', objective: 'SO-04', summary: 'Savings and avoided costs.' },
      { title: 'Urgency', weight: 15.7, direction: 'Benefit', summary: 'Legal deadlines and end of support.' },
      { title: 'Delivery risk', weight: 8.8, direction: 'Cost', summary: 'Complexity and dependencies.' }
    ]
  },
  {
    title: 'WSJF for agile epics', status: 'Draft', method: 'Wsjf', start: '2027-01-01T00:00:00Z', summary: 'Weighted shortest job first for epics of the agile release trains.',
    criteria: [
      { title: 'Business value', weight: 25, direction: 'Benefit', summary: 'User and business value.' },
      { title: 'Time criticality', weight: 25, direction: 'Benefit', summary: 'How value decays with delay.' },
      { title: 'Risk reduction / opportunity enablement', weight: 25, direction: 'Benefit', objective: 'SO-02', summary: 'Reduces risk or enables future work.' },
      { title: 'Job size', weight: 25, direction: 'Cost', summary: 'Relative effort.' }
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

/** A community; `type` is a Communities.CommunityType code. */
export interface ICommunityDef { title: string; type: string; owner: string; summary: string; teamsGroupId?: string; active: boolean }

export const COMMUNITIES: ReadonlyArray<ICommunityDef> = [
  { title: 'Project Management Community of Practice', type: 'CommunityOfPractice', owner: upn('olivia.bennett'), summary: 'Monthly exchange of all project managers.', teamsGroupId: groupId('PMO Team'), active: true },
  { title: 'Agile Network', type: 'Network', owner: upn('jonas.weber'), summary: 'Scrum masters, product owners and agile coaches.', active: true },
  { title: 'Security & Compliance Expert Group', type: 'ExpertGroup', owner: upn('luca.bianchi'), summary: 'ISO 27001, NIS2 and data protection questions in projects.', active: true },
  { title: 'Public Procurement Network', type: 'Network', owner: upn('hugo.lefevre'), summary: 'Tender procedures, thresholds and framework agreements.', active: true },
  { title: 'PRINCE2 User Group (2019–2024)', type: 'CommunityOfPractice', owner: upn('anna.schmidt'), summary: 'Merged into the PM Community of Practice.', active: false }
];

/** A training module; `level` and `audience` are TrainingModules.ModuleLevel and Audience codes. */
export interface IModuleDef { code: string; title: string; level: string; hours: number; audience: string[]; community: number; summary: string }

export const TRAINING_MODULES: ReadonlyArray<IModuleDef> = [
  { code: 'TR-P2F', title: 'PRINCE2 Foundation', level: 'Foundation', hours: 21, audience: ['ProjectManager', 'PmoOfficer', 'Trainee'], community: 0, summary: 'Principles, themes and processes of PRINCE2 7.' },
  { code: 'TR-P2P', title: 'PRINCE2 Practitioner', level: 'Practitioner', hours: 21, audience: ['ProjectManager'], community: 0, summary: 'Tailoring PRINCE2 to the project.' },
  { code: 'TR-AGILE', title: 'Agile project management', level: 'Practitioner', hours: 14, audience: ['ProjectManager', 'Trainee'], community: 1, summary: 'Scrum and hybrid delivery in a PRINCE2 frame.' },
  { code: 'TR-RISK', title: 'Risk management essentials', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'PmoOfficer', 'Trainee'], community: 0, summary: 'Identify, assess and treat project risks.' },
  { code: 'TR-BEN', title: 'Benefits management', level: 'Practitioner', hours: 7, audience: ['ProjectManager', 'BoardMember', 'PmoOfficer'], community: 0, summary: 'From business case to benefits realisation.' },
  { code: 'TR-PROC', title: 'Public procurement for project managers', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'Requester'], community: 3, summary: 'Procedures, EU thresholds and standstill periods.' },
  { code: 'TR-SEC', title: 'Information security in projects (ISO 27001, NIS2)', level: 'Advanced', hours: 7, audience: ['ProjectManager', 'PmoOfficer'], community: 2, summary: 'Security by design, ISMS scope and incident reporting.' },
  { code: 'TR-HUB', title: 'PMO Hub for project managers', level: 'Foundation', hours: 3, audience: ['ProjectManager', 'Requester', 'Trainee', 'BoardMember'], community: 0, summary: 'Status reports, risks, gates and requests in PMO Hub.' }
];

/** The maturity dimensions: MaturityQuestions.MaturityDimension code and the abbreviation of its question codes. */
export const MATURITY_DIMENSIONS: ReadonlyArray<readonly [string, string]> = [
  ['Governance', 'GOV'], ['Portfolio', 'PFM'], ['Programme', 'PGM'], ['Project', 'PRJ'], ['Risk', 'RSK'], ['Benefits', 'BEN'], ['Resources', 'RES'], ['Capability', 'CAP']
];

const LEVEL_STATEMENTS: ReadonlyArray<string> = [
  'practices exist but depend on individuals',
  'practices are defined and used in most projects',
  'practices are standard, centrally owned and consistently applied',
  'practices are measured and managed with KPIs',
  'practices are continuously improved from lessons and data'
];

/** The maturity question of a dimension and level (1–5). */
export function maturityQuestion(dimension: string, level: number): string {
  return `${dimension}: ${LEVEL_STATEMENTS[level - 1]}?`;
}

/** A document template; `process` and `status` are Templates.PmoProcess and TemplateStatus codes. */
export interface ITemplateDef { name: string; title: string; process: string; stage?: Prince2Stage; lang: Lang; status: string; summary: string }

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
  { name: 'Abschlussbericht-2019.md', title: 'Abschlussbericht (Vorlage 2019)', process: 'Closure', stage: 'Closing', lang: 'de', status: 'Retired', summary: 'Alte Vorlage, ersetzt durch den End Project Report.' }
];
