/**
 * The PMO site's pages, as data: each page's file in the Site Pages library, its title, the web part
 * it holds and the list a user must be able to read to use it. One source for provisioning (which
 * creates the pages), PMO Home's tiles, the site navigation of the local site and the links the
 * services build ("open the project" → the Portfolio page).
 *
 * A feature that adds a page adds its entry here (and, for a tile on PMO Home, a tile look in
 * src/components/PmoHome/tiles.ts). Rules a test checks: file names are unique, every web part id
 * is the id of a web part manifest of this solution, every `readList` names a list of the schema.
 */
import type { ISitePageSchema } from './types';

/** The web-relative URL of the Site Pages library, where SharePoint keeps a site's modern pages. */
export const SITE_PAGES_LIBRARY: string = 'SitePages';

/** Web part ids (the `id` of each web part's manifest in src/webparts). */
export const WEB_PART_IDS = {
  pmoHome: '5a6a671d-54e8-4f14-b1af-0269923040d3',
  portfolio: 'f5211f3a-bb9a-4a57-b9cb-cc036a23f632',
  projectRequest: 'd0f31d87-8cfc-44b4-be65-66192185499d',
  pmoSetup: '4ccb27a4-32a8-4d2f-a1aa-db804c9b5cb7',
  scoring: 'a161e740-767d-49d3-b09f-e9d0a6d009e3',
  prioritization: 'defa4ba0-fb63-413c-aa83-260073e25011',
  project: '63c1f751-a4b1-43f5-945a-6ef81d436620',
  raid: '101a9ab9-2868-4ef6-96fd-121c656be78e',
  gates: 'a720d78e-da6c-4c3d-93c1-0208a65ee95d',
  methodology: 'bbf68637-4df1-4660-bf0b-cb47d5ef34ee',
  benefits: '5832bbb6-0a00-4dc3-bba4-5c3e886a6e0b',
  capacity: '2c333529-a8b0-4152-bc95-ab50a3655dcc',
  dashboard: 'a46dcccb-1dc3-411d-8b41-ede87e1a396b',
  training: 'ce8084ed-76ef-45ce-a048-14144bf4d7da',
  maturity: 'ebc0441e-a4d9-44f2-969a-7b5c05798082'
} as const;

/** The home page (the first entry of {@link sitePages}). */
export const HomePage: ISitePageSchema = {
  key: 'home',
  file: 'Home.aspx',
  title: 'Home_WebPartTitle',
  webPart: { id: WEB_PART_IDS.pmoHome, alias: 'PmoHomeWebPart', properties: { title: '', intro: '', showUnavailable: true } },
  teamsTab: true
};

/** The query parameter of the Portfolio page that opens a project's panel: `SitePages/Portfolio.aspx?project=12`. */
export const PROJECT_QUERY_PARAM: string = 'project';

/** The portfolio: the project register; `?project=<id>` opens a project's panel. */
export const PortfolioPage: ISitePageSchema = {
  key: 'portfolio',
  file: 'Portfolio.aspx',
  title: 'Portfolio_WebPartTitle',
  webPart: { id: WEB_PART_IDS.portfolio, alias: 'PortfolioWebPart', properties: { title: '', defaultViewName: '', showRollup: true } },
  readList: 'Projects',
  teamsTab: true
};

/** Project requests: filing and following requests, and the PMO's intake. */
export const RequestsPage: ISitePageSchema = {
  key: 'requests',
  file: 'Requests.aspx',
  title: 'Request_WebPartTitle',
  webPart: { id: WEB_PART_IDS.projectRequest, alias: 'ProjectRequestWebPart', properties: { startView: 'new' } },
  readList: 'ProjectRequests',
  teamsTab: true
};

/**
 * Scoring: the board's score sheets (board members read ScoringRounds; the PMO edits it), the PMO's
 * models and rounds.
 */
export const ScoringPage: ISitePageSchema = {
  key: 'scoring',
  file: 'Scoring.aspx',
  title: 'Scoring_WebPartTitle',
  webPart: { id: WEB_PART_IDS.scoring, alias: 'ScoringWebPart', properties: {} },
  readList: 'ScoringRounds',
  teamsTab: true
};

/** Prioritization: candidates, the optimizer, the frontier, scenarios and the board's decisions (PMO and board). */
export const PrioritizationPage: ISitePageSchema = {
  key: 'prioritization',
  file: 'Prioritization.aspx',
  title: 'Prioritization_WebPartTitle',
  webPart: { id: WEB_PART_IDS.prioritization, alias: 'PrioritizationWebPart', properties: { title: '' } },
  readList: 'PortfolioScenarios',
  teamsTab: true
};

/**
 * Capacity: resource capacity against demand — the heat map of roles (teams, people) × months, the
 * drill-down, the over-allocations and the what-if saved as a portfolio scenario; for the PMO the
 * maintenance of roles, people, absences and settings. For everyone who can read the roles.
 */
export const CapacityPage: ISitePageSchema = {
  key: 'capacity',
  file: 'Capacity.aspx',
  title: 'Capacity_WebPartTitle',
  webPart: { id: WEB_PART_IDS.capacity, alias: 'CapacityWebPart', properties: {} },
  readList: 'Roles',
  teamsTab: true
};

/**
 * Dashboard: the portfolio's KPIs (tiles with threshold colour and six-period trend), the charts
 * (RAG distribution, budget against actual by programme and year, SPI/CPI per project, milestone
 * adherence, intake pipeline), filtered by programme, department and strategic objective
 * (`?programme=&department=&objective=`), and the multi-project reports for the board with the
 * Reports library. For IT management, the board and the PMO: everyone who can read Projects.
 */
export const DashboardPage: ISitePageSchema = {
  key: 'dashboard',
  file: 'Dashboard.aspx',
  title: 'Dashboard_WebPartTitle',
  webPart: { id: WEB_PART_IDS.dashboard, alias: 'DashboardWebPart', properties: {} },
  readList: 'Projects',
  teamsTab: true
};

/** The query parameter of the Project page that names its project: `SitePages/Project.aspx?projectId=12`. */
export const PROJECT_PAGE_QUERY_PARAM: string = 'projectId';

/**
 * Project: one project's home (overview, latest published status, milestones, budget, earned value)
 * and its status report form, opened by `?projectId=` (or bound to a project in the property pane).
 */
export const ProjectPage: ISitePageSchema = {
  key: 'project',
  file: 'Project.aspx',
  title: 'Project_WebPartTitle',
  webPart: { id: WEB_PART_IDS.project, alias: 'ProjectWebPart', properties: { projectId: '' } },
  readList: 'Projects',
  teamsTab: true
};

/**
 * RAID: a project's RAID log (risks with the 5 × 5 heat map, issues), opened by `?projectId=` (or
 * bound to a project in the property pane) — the Project page's "RAID" area link; without a project,
 * the portfolio's RAID view (top risks, aggregate heat map, open issues by age).
 */
export const RaidPage: ISitePageSchema = {
  key: 'raid',
  file: 'Raid.aspx',
  title: 'Raid_WebPartTitle',
  webPart: { id: WEB_PART_IDS.raid, alias: 'RaidWebPart', properties: { projectId: '' } },
  readList: 'Risks',
  teamsTab: true
};

/**
 * Gates: a project's lifecycle (stage strip, the gate ahead), its gate reviews (checklist with evidence,
 * waivers, the board's decision and its conditions) and, at Closing, the handover and the end project
 * report; opened by `?projectId=` (or bound in the property pane) — the Project page's "gates" area link.
 */
export const GatesPage: ISitePageSchema = {
  key: 'gates',
  file: 'Gates.aspx',
  title: 'Gates_WebPartTitle',
  webPart: { id: WEB_PART_IDS.gates, alias: 'GatesWebPart', properties: { projectId: '' } },
  readList: 'GateReviews',
  teamsTab: true
};

/**
 * Benefits: a project's benefits register (benefit, measure, owner, baseline, target, planned
 * realisation, realised values over time, status), opened by `?projectId=` (or bound to a project in
 * the property pane) — the Project page's "Benefits" area link. For those who can read Benefits.
 */
export const BenefitsPage: ISitePageSchema = {
  key: 'benefits',
  file: 'Benefits.aspx',
  title: 'Benefits_WebPartTitle',
  webPart: { id: WEB_PART_IDS.benefits, alias: 'BenefitsWebPart', properties: { projectId: '' } },
  readList: 'Benefits',
  teamsTab: true
};

/**
 * Methodology: the guide of the PRINCE2, agile and hybrid lifecycles (process map, each stage's purpose,
 * roles, gate criteria, required products and templates); `?lifecycle=` names the lifecycle shown.
 * For everyone who can read the guide's content (MethodologyStages).
 */
export const MethodologyPage: ISitePageSchema = {
  key: 'methodology',
  file: 'Methodology.aspx',
  title: 'Methodology_WebPartTitle',
  webPart: { id: WEB_PART_IDS.methodology, alias: 'MethodologyWebPart', properties: { lifecycle: 'prince2' } },
  readList: 'MethodologyStages',
  teamsTab: true
};

/**
 * Training: the catalogue with its sessions, enrolment with the waiting list, the .ics of a seat, My
 * learning, the communities of practice, and for trainers and the PMO rosters, attendance, completion
 * rates and the maintenance; `?module=<id>` opens a module with its next sessions. For everyone who can
 * read the catalogue (TrainingModules), also as a Teams tab.
 */
export const TrainingPage: ISitePageSchema = {
  key: 'training',
  file: 'Training.aspx',
  title: 'Training_WebPartTitle',
  webPart: { id: WEB_PART_IDS.training, alias: 'TrainingWebPart', properties: {} },
  readList: 'TrainingModules',
  teamsTab: true
};

/**
 * Maturity: the P3M3 self-assessment (save and resume, the result as a radar chart with its table and the
 * level rule), the qualification plan with links to enrol on the Training page, and for the PMO the
 * organisation view (departments × quarters, groups under 5 hidden) and the targets. For everyone who can
 * read the questionnaire (MaturityQuestions).
 */
export const MaturityPage: ISitePageSchema = {
  key: 'maturity',
  file: 'Maturity.aspx',
  title: 'Home_Tile_Maturity_Title',
  webPart: { id: WEB_PART_IDS.maturity, alias: 'MaturityWebPart', properties: {} },
  readList: 'MaturityQuestions',
  teamsTab: true
};

/** PMO Setup: the site's state against the schema, set-up, upgrade and repair (site owners). */
export const SetupPage: ISitePageSchema = {
  key: 'setup',
  file: 'Setup.aspx',
  title: 'Setup_WebPartTitle',
  webPart: { id: WEB_PART_IDS.pmoSetup, alias: 'PmoSetupWebPart', properties: {} },
  requires: 'manageSite',
  teamsTab: false
};

/**
 * Every page of the PMO site, in navigation order (PMO Setup last). Provisioning creates each one
 * that is missing, with its web part; the navigation and PMO Home show a page only when it exists
 * on the site and the user can read its `readList`.
 */
export const sitePages: ReadonlyArray<ISitePageSchema> = [
  HomePage,
  PortfolioPage,
  DashboardPage,
  RequestsPage,
  ScoringPage,
  PrioritizationPage,
  CapacityPage,
  ProjectPage,
  RaidPage,
  GatesPage,
  BenefitsPage,
  TrainingPage,
  MaturityPage,
  MethodologyPage,
  // ↑ a feature's page goes above this line (PMO Setup stays last)
  SetupPage
];

/** The web-relative URL of a page, e.g. 'SitePages/Portfolio.aspx'. */
export function pageUrl(page: Pick<ISitePageSchema, 'file'>): string {
  return `${SITE_PAGES_LIBRARY}/${page.file}`;
}

/** The page of a web-relative or server-relative URL ('…/SitePages/portfolio.aspx', any case); undefined when none. */
export function pageByFile(file: string, pages: ReadonlyArray<ISitePageSchema> = sitePages): ISitePageSchema | undefined {
  const leaf = file.split('?')[0].split('/').pop()?.toLowerCase() ?? '';
  return pages.filter(p => p.file.toLowerCase() === leaf)[0];
}
