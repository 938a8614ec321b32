import type { IPmoEnvironment } from './environment';
import { HomeService, type IHomeService } from './HomeService';
import { SetupService, type ISetupService } from './SetupService';
import { PortfolioService, type IPortfolioService } from './PortfolioService';
import { RequestService, type IRequestService } from './RequestService';

export type { IPmoEnvironment } from './environment';
export type { IHomeService, ISiteOverview } from './HomeService';
export type { ISetupService, ISetupStatus, ISetupProgress } from './SetupService';
export type { IPortfolioService, IPortfolioData, ISavedPortfolioView, IProjectDetail, IProjectChanges, PortfolioViewScope } from './PortfolioService';
export type { IRequestService, IRequestSummary, IProjectRequest, IRequestWithHistory, IHistoryEntry, IPersonResult, IIntakeReferenceData, IIntakeUser, IAttachmentFile, IAttachmentChanges, ISaveProgress, ISaveResult, IConvertResult } from './RequestService';

/**
 * Every PMO Hub service, created once per web part instance (or per test) from one environment.
 * Each feature adds its service here: an interface in its own file and one class implementing it.
 */
export interface IPmoServices {
  /** The environment the services were created from. */
  readonly env: IPmoEnvironment;
  /** The PMO Home page's site overview. */
  readonly home: IHomeService;
  /** The PMO site's set-up state and provisioning (PMO Setup). */
  readonly setup: ISetupService;
  /** The portfolio overview: project register, saved views, PM photos (Portfolio). */
  readonly portfolio: IPortfolioService;
  /** Project requests: intake form and workflow (Project requests). */
  readonly requests: IRequestService;
  // ↑ one member per feature service; add new ones above this line
}

/**
 * Creates PMO Hub's services for one environment (SharePoint, Teams or the local workbench).
 * @param strings PmoHubStrings in the environment's locale (a web part passes its strings module;
 *   Node tools pass `loadLocale(locale)` from workbench/locales.ts). Services use them only for
 *   what SharePoint stores in the user's language, such as list and column titles.
 */
export function createPmoServices(env: IPmoEnvironment, strings: Readonly<Record<string, string>>): IPmoServices {
  return {
    env,
    home: new HomeService(env.sp),
    setup: new SetupService(env.sp, env.locale, strings),
    portfolio: new PortfolioService(env.sp, env.graph, env.siteUrl, { siteTimeZone: env.siteTimeZone }),
    requests: new RequestService(env.sp, env.graph, env.siteUrl, env.siteTimeZone)
    // ↑ one line per feature service; add new ones above this line
  };
}
