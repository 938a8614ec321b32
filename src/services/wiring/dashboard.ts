import { DashboardService } from '../DashboardService';
import type { PmoWiring } from '../compose';
import { portfolioWiring, type PortfolioServiceKey } from './portfolio';

/** The services the "Dashboard" web part uses: its own and the Portfolio's (the reports' rows are the grid's rows). */
export type DashboardServiceKey = PortfolioServiceKey | 'dashboard';

/** The dashboard's service: KPIs, charts, report data, the Reports library, the PMO's KPI configuration. */
export const dashboardWiring: PmoWiring<DashboardServiceKey> = {
  ...portfolioWiring,
  dashboard: s => new DashboardService(s.env.sp, s.site, { portfolio: s.portfolio, siteTimeZone: s.env.siteTimeZone, locale: s.env.locale })
};
