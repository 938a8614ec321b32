import { PortfolioService } from '../PortfolioService';
import type { IControllingService } from '../ControllingService';
import type { SPFI } from '../../platform/pnp';
import type { ISiteAddress } from '../site';
import type { ISiteTimeZoneSource } from '../siteTimeZone';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';
import { photosWiring } from './photos';

/** The services the feature uses: its own and those its service receives. */
export type PortfolioServiceKey = 'site' | 'projects' | 'photos' | 'portfolio' | 'controlling';

/**
 * The controlling read model for the Portfolio, loaded with the controlling view's chunk
 * ('portfolio-controlling') on its first call: the grid, the Portfolio's first view, does not carry it.
 * A chunk that fails to load is tried again on the next call.
 */
export function lazyControllingService(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource): IControllingService {
  let loaded: Promise<IControllingService> | undefined;
  const get = (): Promise<IControllingService> => {
    if (!loaded) {
      loaded = import(/* webpackChunkName: 'controlling-service' */ '../ControllingService').then(m => new m.ControllingService(sp, site, siteTimeZone));
      loaded.catch(() => { loaded = undefined; });
    }
    return loaded;
  };
  return {
    getProjectPage: (projectId, trendReports) => get().then(s => s.getProjectPage(projectId, trendReports)),
    getPortfolioControlling: () => get().then(s => s.getPortfolioControlling()),
    getTeamProjects: groupId => get().then(s => s.getTeamProjects(groupId))
  };
}

/** The Portfolio's services: project register, saved views, PM photos, and the controlling roll-up (lazy). */
export const portfolioWiring: PmoWiring<PortfolioServiceKey> = {
  ...projectsWiring,
  ...photosWiring,
  portfolio: s => new PortfolioService(s.env.sp, s.site, { projects: s.projects, photos: s.photos, siteTimeZone: s.env.siteTimeZone }),
  controlling: s => lazyControllingService(s.env.sp, s.site, s.env.siteTimeZone)
};
