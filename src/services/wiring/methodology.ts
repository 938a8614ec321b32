import { MethodologyService } from '../MethodologyService';
import { siteWiring } from './site';
import type { PmoWiring } from '../compose';

/** The methodology guide's service (the "Methodology" web part needs nothing else), in its own module so that the web part's bundle holds no gate service. */
export const methodologyWiring: PmoWiring<'site' | 'methodology'> = {
  ...siteWiring,
  methodology: s => new MethodologyService(s.env.sp, s.site, s.env.locale)
};
