import { RequestService } from '../RequestService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';
import { lazyCapacityService } from './capacityLazy';

/** The services the feature uses: its own and those its service receives. */
export type RequestsServiceKey = 'site' | 'projects' | 'capacity' | 'requests';

/** Project requests' services: intake form, workflow and conversion into a project. */
export const requestsWiring: PmoWiring<RequestsServiceKey> = {
  ...projectsWiring,
  // Approval and conversion write the request's committed demand through it (loaded with its own chunk on first use).
  capacity: s => lazyCapacityService(s.env.sp, s.site, s.env.siteTimeZone),
  requests: s => new RequestService(s.env.sp, s.env.graph, s.site, { projects: s.projects, capacity: s.capacity, siteTimeZone: s.env.siteTimeZone })
};
