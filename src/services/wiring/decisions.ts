import { DecisionService } from '../DecisionService';
import type { PmoWiring } from '../compose';
import { scoringWiring, type ScoringServiceKey } from './scoring';

/** The services the feature uses: its own and those its service receives. */
export type DecisionsServiceKey = ScoringServiceKey | 'decisions';

/** Decisions' services: the board's decisions and the decision log (with intake and scoring). */
export const decisionsWiring: PmoWiring<DecisionsServiceKey> = {
  ...scoringWiring,
  decisions: s => new DecisionService(s.env.sp, s.site, { requests: s.requests, scoring: s.scoring, siteTimeZone: s.env.siteTimeZone })
};
