import type * as React from 'react';
import type { IControllingService } from '../../services/ControllingService';
import type { IStatusReportService } from '../../services/StatusReportService';
import type { IBudgetService, IProjectBudget } from '../../services/BudgetService';
import type { IMilestoneService } from '../../services/MilestoneService';
import type { ICapacityService } from '../../services/CapacityService';
import type { IProjectService } from '../../services/ProjectService';
import type { IDashboardService } from '../../services/DashboardService';
import type { IMtaSeries } from '../../domain/milestones';
import type { IsoDay } from '../../domain/dates';

/**
 * Places on the project page where later features plug in their charts. A slot that is not filled
 * shows nothing (the data tables beside it are always there); no placeholder pretends a chart.
 */
export interface IProjectSlots {
  /** The milestone trend analysis chart (x: report dates, y: forecast dates, the diagonal). */
  mtaChart?: React.ComponentType<{ series: IMtaSeries; locale: string }>;
  /** The budget chart (planned, forecast and actual; the burn). */
  budgetChart?: React.ComponentType<{ budget: IProjectBudget; locale: string }>;
}

/** Props of the Project web part's root component. */
export interface IProjectProps {
  /** The project page's read model (one `$batch`). */
  controlling: IControllingService;
  /** Drafts, saves and publishing of status reports. */
  statusReports: IStatusReportService;
  /** Milestone writes (add, edit, delete, re-baseline); without it the page offers no milestone editing. */
  milestones?: IMilestoneService;
  /** Budget line writes; without it the page offers no budget editing. */
  budget?: IBudgetService;
  /** The project's assignments (the "Resources" section: days per role and month, edited by its manager, deputy and the PMO); without it the page has no such section. */
  capacity?: Pick<ICapacityService, 'getProjectAssignments' | 'getRolesAndPeople' | 'saveProjectAssignments' | 'previewShift' | 'shiftProjectAssignments'>;
  /** The project register: moving the project's start in the "Resources" section (with its assignments); without it the start is not moved there. */
  projects?: Pick<IProjectService, 'update'>;
  /** The status report for the board (its data, the Reports library); without it the page offers no report. */
  reports?: Pick<IDashboardService, 'getProjectReportData' | 'storeReport' | 'canStoreReports'>;
  /** Shows the printable status report instead of the page (`?print=1`; needs `reports`). */
  print?: boolean;
  /** The user's UI locale, e.g. 'en-us' (dates and amounts). */
  locale: string;
  /** The project shown (bound in the property pane, else `?projectId=`); undefined: none named. */
  projectId?: number;
  /** Absolute URL of the PMO site (links to the Portfolio and to the project's areas). */
  siteUrl: string;
  /**
   * Set when the web part runs as a tab in a Teams team (TeamsJS `team.groupId`): with no project named,
   * the tab lists the team's projects (Projects.TeamsGroupId) and opens them in place. Undefined
   * elsewhere (SharePoint, a personal app): the page then says that no project is selected.
   */
  teams?: { groupId: string };
  /** Today's date in the user's zone ('YYYY-MM-DD'; tests); the default report date. */
  today?: IsoDay;
  /** The page's charts (see {@link IProjectSlots}); by default PMO Hub's own, each from its lazy chunk (`charts/lazyCharts`). `{}` draws none. */
  slots?: IProjectSlots;
}
