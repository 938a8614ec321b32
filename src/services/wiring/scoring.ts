import { ScoringService } from '../ScoringService';
import type { PmoWiring } from '../compose';
import { requestsWiring, type RequestsServiceKey } from './requests';

/** The services the feature uses: its own and those its service receives. */
export type ScoringServiceKey = RequestsServiceKey | 'scoring';

/** Scoring's services: models, rounds and the board's scores (and intake, for the requests' state). */
export const scoringWiring: PmoWiring<ScoringServiceKey> = {
  ...requestsWiring,
  scoring: s => new ScoringService(s.env.sp, s.site, { requests: s.requests, siteTimeZone: s.env.siteTimeZone })
};
