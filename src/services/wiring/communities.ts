import { CommunityService } from '../CommunityService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/** The services the "Training" web part's Communities tab uses (and the site address). */
export type CommunitiesServiceKey = 'site' | 'communities';

/** Communities of practice: members, join and leave, next events, the PMO's maintenance. */
export const communitiesWiring: PmoWiring<CommunitiesServiceKey> = {
  ...siteWiring,
  communities: s => new CommunityService(s.env.sp, s.site)
};
