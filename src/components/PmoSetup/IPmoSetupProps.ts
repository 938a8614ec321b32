import type { ISetupService } from '../../services/SetupService';

export interface IPmoSetupProps {
  /** Reads the site's schema state and runs provisioning. */
  service: ISetupService;
}
