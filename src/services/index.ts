import type { IPmoEnvironment } from './environment';
import { HomeService, type IHomeService } from './HomeService';
import { SetupService, type ISetupService } from './SetupService';
import { PortfolioService, type IPortfolioService } from './PortfolioService';
import { RequestService, type IRequestService } from './RequestService';
import { ProjectService, type IProjectService } from './ProjectService';
import { PhotoService, type IPhotoService } from './PhotoService';
import { siteAddress, type ISiteAddress } from './site';

export type { IPmoEnvironment } from './environment';
export type { IHomeService, ISiteOverview } from './HomeService';
export type { ISetupService, ISetupStatus, ISetupProgress } from './SetupService';
export type { IPortfolioService, IPortfolioData, ISavedPortfolioView, IProjectDetail, PortfolioViewScope } from './PortfolioService';
export type { IProjectService, IProjectChanges, IProjectCreation } from './ProjectService';
export type { IPhotoService } from './PhotoService';
export type { ISiteAddress } from './site';
export type { IRequestService, IRequestSummary, IProjectRequest, IRequestWithHistory, IHistoryEntry, IPersonResult, IIntakeReferenceData, IIntakeUser, IAttachmentFile, IAttachmentChanges, ISaveProgress, ISaveResult, IConvertResult } from './RequestService';

/**
 * Every PMO Hub service, created once per web part instance (or per test) from one environment.
 * Each feature adds its service here: an interface in its own file and one class implementing it.
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
  // ↑ one member per feature service; add new ones above this line
}

/**
 * Creates PMO Hub's services for one environment (SharePoint, Teams or the local workbench).
 * @param strings PmoHubStrings in the environment's locale (a web part passes its strings module;
 *   Node tools pass `loadLocale(locale)` from workbench/locales.ts). Services use them only for
 *   what SharePoint stores in the user's language, such as list and column titles.
 */
export function createPmoServices(env: IPmoEnvironment, strings: Readonly<Record<string, string>>): IPmoServices {
  // Each service receives the services it uses, by interface (see README.md in this folder).
  const site = siteAddress(env.siteUrl);
  const projects = new ProjectService(env.sp, site, env.siteTimeZone);
  const photos = new PhotoService(env.graph);
  return {
    env,
    site,
    projects,
    photos,
    home: new HomeService(env.sp),
    setup: new SetupService(env.sp, env.locale, strings),
    portfolio: new PortfolioService(env.sp, site, { projects, photos, siteTimeZone: env.siteTimeZone }),
    requests: new RequestService(env.sp, env.graph, site, { projects, siteTimeZone: env.siteTimeZone })
    // ↑ one line per feature service; add new ones above this line
  };
}
