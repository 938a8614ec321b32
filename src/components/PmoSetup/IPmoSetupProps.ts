import type { ISetupService } from '../../services/SetupService';

export interface IPmoSetupProps {
  /** Reads the site's schema state and runs provisioning. */
  service: ISetupService;
  /** The user's locale ('de-de'): counts take their plural form in it. */
  locale: string;
}
