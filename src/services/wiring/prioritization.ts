import { PrioritizationService } from '../PrioritizationService';
import type { PmoWiring } from '../compose';
import { decisionsWiring, type DecisionsServiceKey } from './decisions';

/** The services the feature uses: its own and those its service receives (and decisions, which the screen records). */
export type PrioritizationServiceKey = DecisionsServiceKey | 'prioritization';

/** Prioritization's services: candidates, budgets and scenarios (with intake, scoring and decisions). */
export const prioritizationWiring: PmoWiring<PrioritizationServiceKey> = {
  ...decisionsWiring,
  prioritization: s => new PrioritizationService(s.env.sp, s.site, { requests: s.requests, scoring: s.scoring, siteTimeZone: s.env.siteTimeZone })
};
