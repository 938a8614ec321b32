import type { IPmoEnvironment } from './environment';
import { HomeService, type IHomeService } from './HomeService';

export type { IPmoEnvironment } from './environment';
export type { IHomeService, ISiteOverview } from './HomeService';

/**
 * Every PMO Hub service, created once per web part instance (or per test) from one environment.
 * Each feature adds its service here: an interface in its own file and one class implementing it.
 */
export interface IPmoServices {
  /** The environment the services were created from. */
  readonly env: IPmoEnvironment;
  /** The PMO Home page's site overview. */
  readonly home: IHomeService;
}

/** Creates PMO Hub's services for one environment (SharePoint, Teams or the local workbench). */
export function createPmoServices(env: IPmoEnvironment): IPmoServices {
  return {
    env,
    home: new HomeService(env.sp)
  };
}
