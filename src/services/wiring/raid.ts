import { RaidService } from '../RaidService';
import type { PmoWiring } from '../compose';
import { risksWiring } from './risks';

/** The services of the RAID logs: the risk register and the portfolio's RAID roll-up. */
export type RaidServiceKey = 'site' | 'risks' | 'raid';

/** RAID logs' services: the risk register (its own module, shared with status reports) and the portfolio roll-up. */
export const raidWiring: PmoWiring<RaidServiceKey> = {
  ...risksWiring,
  raid: s => new RaidService(s.env.sp, s.site, s.env.siteTimeZone)
};
