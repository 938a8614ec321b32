import { HomeService } from '../HomeService';
import type { PmoWiring } from '../compose';

/** PMO Home's services: the site overview. */
export const homeWiring: PmoWiring<'home'> = {
  home: s => new HomeService(s.env.sp)
};
