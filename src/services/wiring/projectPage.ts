import type { PmoWiring } from '../compose';
import { projectWiring, type ProjectServiceKey } from './project';
import { lazyCapacityService } from './capacityLazy';

/** The "Project" web part's services: project controlling's, and the capacity service of its "Resources" section. */
export type ProjectPageServiceKey = ProjectServiceKey | 'capacity';

/**
 * Project controlling's services and the project's assignments (the capacity service, loaded with its own
 * chunk on first use). Its own module, so that the web parts that spread `projectWiring` (RAID log,
 * Benefits, Stage gates) do not carry the capacity service's loader.
 */
export const projectPageWiring: PmoWiring<ProjectPageServiceKey> = {
  ...projectWiring,
  capacity: s => lazyCapacityService(s.env.sp, s.site, s.env.siteTimeZone)
};
