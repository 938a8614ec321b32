import { siteAddress } from '../site';
import type { PmoWiring } from '../compose';

/** The site's address, computed once from the environment. */
export const siteWiring: PmoWiring<'site'> = {
  site: s => siteAddress(s.env.siteUrl)
};
