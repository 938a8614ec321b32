import { RaidService } from '../RaidService';
import { RaidLogService } from '../RaidLogService';
import type { PmoWiring } from '../compose';
import { risksWiring } from './risks';

/** The services of the RAID logs: the risk register, issues, decisions and lessons, and the portfolio's RAID roll-up. */
export type RaidServiceKey = 'site' | 'risks' | 'raidLog' | 'raid';

/** RAID logs' services: the risk register (its own module, shared with status reports) and the portfolio roll-up. */
export const raidWiring: PmoWiring<RaidServiceKey> = {
  ...risksWiring,
  raidLog: s => new RaidLogService(s.env.sp, s.site, s.env.siteTimeZone),
  raid: s => new RaidService(s.env.sp, s.site, s.env.siteTimeZone)
};
