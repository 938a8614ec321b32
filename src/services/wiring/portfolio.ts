import { PortfolioService } from '../PortfolioService';
import type { PmoWiring } from '../compose';

/** The Portfolio's services: project register, saved views, PM photos. */
export const portfolioWiring: PmoWiring<'portfolio'> = {
  portfolio: s => new PortfolioService(s.env.sp, s.env.graph, s.env.siteUrl)
};
