import { RiskService } from '../RiskService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/**
 * The risk register (and the site address it uses): its own module because status reports (Project)
 * snapshot the risks at publish, and the RAID services use it too.
 */
export const risksWiring: PmoWiring<'site' | 'risks'> = {
  ...siteWiring,
  risks: s => new RiskService(s.env.sp, s.site, s.env.siteTimeZone)
};
