import { MilestoneService } from '../MilestoneService';
import { BudgetService } from '../BudgetService';
import { StatusReportService } from '../StatusReportService';
import { ControllingService } from '../ControllingService';
import type { PmoWiring } from '../compose';
import { projectsWiring } from './projects';
import { risksWiring } from './risks';

/** The services the "Project" web part uses: its own and those they receive. */
export type ProjectServiceKey = 'site' | 'projects' | 'milestones' | 'budget' | 'risks' | 'statusReports' | 'controlling';

/**
 * Project controlling's services: milestones and status reports compose the project register (its
 * summary is refreshed inside their writes; a published report snapshots the open risks), the budget
 * lines, and the project page / portfolio roll-up read models.
 */
export const projectWiring: PmoWiring<ProjectServiceKey> = {
  ...projectsWiring,
  ...risksWiring,
  milestones: s => new MilestoneService(s.env.sp, s.site, { projects: s.projects, siteTimeZone: s.env.siteTimeZone }),
  budget: s => new BudgetService(s.env.sp, s.site),
  statusReports: s => new StatusReportService(s.env.sp, s.site, { projects: s.projects, milestones: s.milestones, risks: s.risks, siteTimeZone: s.env.siteTimeZone }),
  controlling: s => new ControllingService(s.env.sp, s.site, s.env.siteTimeZone)
};
