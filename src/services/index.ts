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
import { composeServices, type PmoServiceKey, type PmoStrings, type PmoWiring } from './compose';
import { homeWiring } from './wiring/home';
import { setupWiring } from './wiring/setup';
import { portfolioWiring } from './wiring/portfolio';
import { requestsWiring } from './wiring/requests';
import { scoringWiring } from './wiring/scoring';
import { decisionsWiring } from './wiring/decisions';
import { prioritizationWiring } from './wiring/prioritization';

export type { IPmoEnvironment } from './environment';
export { composeServices, type PmoServiceKey, type PmoServicesOf, type PmoStrings, type PmoWiring } from './compose';
export type { IHomeService, ISiteOverview } from './HomeService';
export type { ISetupService, ISetupStatus, ISetupProgress } from './SetupService';
export type { IPortfolioService, IPortfolioData, ISavedPortfolioView, IProjectDetail, PortfolioViewScope } from './PortfolioService';
export type { IProjectService, IProjectChanges, IProjectCreation } from './ProjectService';
export type { IPhotoService } from './PhotoService';
export type { ISiteAddress } from './site';
export type { IScoringService, IScoringUser, IScoringRound, IStoredRoundResult, IRoundCandidate, IRoundInput, IRoundIssue, IMyScores, IRoundClosure, IModelSaveResult, IAhpSaveResult, ScoringRefusal } from './ScoringService';
export { ScoringRefusedError } from './ScoringService';
export type { IDecisionService, IDecisionInput, IDecisionRecord, IDecisionSnapshot, IDecisionLogQuery, IDecisionResult, BoardDecision, DecisionRefusal } from './DecisionService';
export { DecisionRefusedError } from './DecisionService';
export type { IPrioritizationService, IPrioritizationData, IPrioritizationItem, IScenarioSummary, IPortfolioScenario, IScenarioInput } from './PrioritizationService';
export { PrioritizationRefusedError } from './PrioritizationService';
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
  ...prioritizationWiring
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
