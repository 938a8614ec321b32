import { CapacityService } from '../CapacityService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/** The services the "Capacity" web part uses: resource capacity and demand (and the site address). */
export type CapacityServiceKey = 'site' | 'capacity';

/** Resource management's service: the pool, demand, heat map data, a project's assignments, what-ifs. */
export const capacityWiring: PmoWiring<CapacityServiceKey> = {
  ...siteWiring,
  capacity: s => new CapacityService(s.env.sp, s.site, { siteTimeZone: s.env.siteTimeZone })
};
