import { RequestService } from '../RequestService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './shared';

/** Project requests' services: intake form and workflow, converting through the project register. */
/** The services a Project request web part builds. */
export type RequestsServiceKey = 'site' | 'projects' | 'requests';

export const requestsWiring: PmoWiring<RequestsServiceKey> = {
  ...projectsWiring,
  requests: s => new RequestService(s.env.sp, s.env.graph, s.site, { projects: s.projects, siteTimeZone: s.env.siteTimeZone })
};
