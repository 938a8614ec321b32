import { RaidService } from '../RaidService';
import { RaidLogService } from '../RaidLogService';
import type { PmoWiring } from '../compose';
import { ChangeRequestService } from '../ChangeRequestService';
import { projectWiring, type ProjectServiceKey } from './project';

/** The services of the RAID logs: the risk register, issues, decisions and lessons, change requests, and the portfolio's RAID roll-up. */
export type RaidServiceKey = ProjectServiceKey | 'raidLog' | 'changes' | 'raid';

/**
 * RAID logs' services: the risk register (its own module, shared with status reports), issues, decisions
 * and lessons, change requests (which re-baseline through milestones and the budget of project
 * controlling, so this wiring holds the Project's) and the portfolio roll-up.
 */
export const raidWiring: PmoWiring<RaidServiceKey> = {
  ...projectWiring,
  raidLog: s => new RaidLogService(s.env.sp, s.site, s.env.siteTimeZone),
  changes: s => new ChangeRequestService(s.env.sp, s.site, { milestones: s.milestones, budget: s.budget, siteTimeZone: s.env.siteTimeZone }),
  raid: s => new RaidService(s.env.sp, s.site, s.env.siteTimeZone)
};
