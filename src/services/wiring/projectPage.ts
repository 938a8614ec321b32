import type { PmoWiring } from '../compose';
import { projectWiring, type ProjectServiceKey } from './project';
import { lazyCapacityService } from './capacityLazy';
import { lazyDashboardService } from './dashboardLazy';

/** The "Project" web part's services: project controlling's, the capacity service of its "Resources" section and the dashboard service of its status report. */
export type ProjectPageServiceKey = ProjectServiceKey | 'capacity' | 'dashboard';

/**
 * Project controlling's services and the project's assignments (the capacity service, loaded with its own
 * chunk on first use). Its own module, so that the web parts that spread `projectWiring` (RAID log,
 * Benefits, Stage gates) do not carry the capacity service's loader.
 */
export const projectPageWiring: PmoWiring<ProjectPageServiceKey> = {
  ...projectWiring,
  capacity: s => lazyCapacityService(s.env.sp, s.site, s.env.siteTimeZone),
  // The status report for the board (its data, the Reports library), loaded with its own chunk on the first report.
  dashboard: s => lazyDashboardService(s.env, s.site, s.projects)
};
