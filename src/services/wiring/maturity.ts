import { MaturityService } from '../MaturityService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/** The services the "Maturity" web part uses (and the site address). */
export type MaturityServiceKey = 'site' | 'maturity';

/** The maturity self-assessment, the qualification plan and the organisation view. */
export const maturityWiring: PmoWiring<MaturityServiceKey> = {
  ...siteWiring,
  maturity: s => new MaturityService(s.env.sp, s.site, { siteTimeZone: s.env.siteTimeZone })
};
