import { BenefitService } from '../BenefitService';
import type { PmoWiring } from '../compose';
import { projectWiring, type ProjectServiceKey } from './project';

/** The services the "Benefits" web part uses: the register and the project page's read (the project's name and who may edit, as the RAID log). */
export type BenefitsServiceKey = ProjectServiceKey | 'benefits';

/** The benefits register with project controlling's services, without the gate review flow and the end project report. */
export const benefitsWiring: PmoWiring<BenefitsServiceKey> = {
  ...projectWiring,
  benefits: s => new BenefitService(s.env.sp, s.site, s.env.siteTimeZone)
};
