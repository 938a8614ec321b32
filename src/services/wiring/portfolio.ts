import { PortfolioService } from '../PortfolioService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';
import { photosWiring } from './photos';

/** The services the feature uses: its own and those its service receives. */
export type PortfolioServiceKey = 'site' | 'projects' | 'photos' | 'portfolio';

/** The Portfolio's services: project register, saved views, PM photos. */
export const portfolioWiring: PmoWiring<PortfolioServiceKey> = {
  ...projectsWiring,
  ...photosWiring,
  portfolio: s => new PortfolioService(s.env.sp, s.site, { projects: s.projects, photos: s.photos, siteTimeZone: s.env.siteTimeZone })
};
