import { SetupService } from '../SetupService';
import type { PmoWiring } from '../compose';

/** PMO Setup's services: set-up state and provisioning from the schema. */
export const setupWiring: PmoWiring<'setup'> = {
  setup: (s, strings) => new SetupService(s.env.sp, s.env.locale, strings)
};
