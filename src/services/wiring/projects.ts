import { ProjectService } from '../ProjectService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/** The project register (and the site address it uses). */
export const projectsWiring: PmoWiring<'site' | 'projects'> = {
  ...siteWiring,
  projects: s => new ProjectService(s.env.sp, s.site, s.env.siteTimeZone)
};
