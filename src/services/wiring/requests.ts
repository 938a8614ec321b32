import { RequestService } from '../RequestService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';

/** The services the feature uses: its own and those its service receives. */
export type RequestsServiceKey = 'site' | 'projects' | 'requests';

/** Project requests' services: intake form, workflow and conversion into a project. */
export const requestsWiring: PmoWiring<RequestsServiceKey> = {
  ...projectsWiring,
  requests: s => new RequestService(s.env.sp, s.env.graph, s.site, { projects: s.projects, siteTimeZone: s.env.siteTimeZone })
};
