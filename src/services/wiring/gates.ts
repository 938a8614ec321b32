import { GateService } from '../GateService';
import { BenefitService } from '../BenefitService';
import { EndReportService } from '../EndReportService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';

/** The services of gate reviews, benefits and the end project report: their own and the project register a go moves the stage through. */
export type GatesServiceKey = 'site' | 'projects' | 'gates' | 'benefits' | 'endReports';

/**
 * Governance's gate services: the gate review flow composes the project register (the one owner of
 * Projects), through which a trusted go moves the project's stage.
 */
export const gatesWiring: PmoWiring<GatesServiceKey> = {
  ...projectsWiring,
  gates: s => new GateService(s.env.sp, s.site, { projects: s.projects, siteTimeZone: s.env.siteTimeZone }),
  benefits: s => new BenefitService(s.env.sp, s.site, s.env.siteTimeZone),
  endReports: s => new EndReportService(s.env.sp, s.site, { benefits: s.benefits, siteTimeZone: s.env.siteTimeZone, locale: s.env.locale })
};

/** The methodology guide's service (the "Methodology" web part needs nothing else): see ./methodology. */
export { methodologyWiring } from './methodology';
