import { ProjectService } from '../ProjectService';
import { PhotoService } from '../PhotoService';
import { siteAddress } from '../site';
import type { PmoWiring } from '../compose';

/** The site's address, computed once per environment. */
export const siteWiring: PmoWiring<'site'> = {
  site: s => siteAddress(s.env.siteUrl)
};

/** The project register, which the portfolio and requests compose (one instance per environment). */
export const projectsWiring: PmoWiring<'site' | 'projects'> = {
  ...siteWiring,
  projects: s => new ProjectService(s.env.sp, s.site, s.env.siteTimeZone)
};

/** People's photos from Graph. */
export const photosWiring: PmoWiring<'photos'> = {
  photos: s => new PhotoService(s.env.graph)
};
