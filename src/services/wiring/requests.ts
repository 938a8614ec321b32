import { RequestService } from '../RequestService';
import type { PmoWiring } from '../compose';

/** Project requests' services: intake form and workflow. */
export const requestsWiring: PmoWiring<'requests'> = {
  requests: s => new RequestService(s.env.sp, s.env.graph, s.env.siteUrl)
};
