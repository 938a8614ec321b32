import { GateService } from '../GateService';
import { BenefitService } from '../BenefitService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';

/** The services of gate reviews and benefits: their own and the project register a go moves the stage through. */
export type GatesServiceKey = 'site' | 'projects' | 'gates' | 'benefits';

/**
 * Governance's gate services: the gate review flow composes the project register (the one owner of
 * Projects), through which a trusted go moves the project's stage.
 */
export const gatesWiring: PmoWiring<GatesServiceKey> = {
  ...projectsWiring,
  gates: s => new GateService(s.env.sp, s.site, { projects: s.projects, siteTimeZone: s.env.siteTimeZone }),
  benefits: s => new BenefitService(s.env.sp, s.site, s.env.siteTimeZone)
};
