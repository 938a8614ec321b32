import { PortfolioService } from '../PortfolioService';
import type { PmoWiring } from '../compose';
import { photosWiring, projectsWiring } from './shared';

/** The Portfolio's services: the portfolio over the project register and the photo service. */
/** The services a Portfolio web part builds. */
export type PortfolioServiceKey = 'site' | 'projects' | 'photos' | 'portfolio';

export const portfolioWiring: PmoWiring<PortfolioServiceKey> = {
  ...projectsWiring,
  ...photosWiring,
  portfolio: s => new PortfolioService(s.env.sp, s.site, { projects: s.projects, photos: s.photos, siteTimeZone: s.env.siteTimeZone })
};
