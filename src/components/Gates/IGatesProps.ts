import type { IGateService } from '../../services/GateService';
import type { IEndReportService } from '../../services/EndReportService';
import type { IsoDay } from '../../domain/dates';

/** Props of the "Gates" web part's root component. */
export interface IGatesProps {
  /** The gate review flow: lifecycle, the user's role, drafts, reviews, waivers, decisions, conditions. */
  gates: IGateService;
  /** The end project report at Closing (generated into the project's library). */
  endReports: Pick<IEndReportService, 'generate'>;
  /** The user's UI locale, e.g. 'en-us' (dates). */
  locale: string;
  /** The project shown (bound in the property pane, else `?projectId=`); undefined: a hint to open the page from a project. */
  projectId?: number;
  /** Absolute URL of the PMO site (the link back to the project's page, the stored report's address). */
  siteUrl: string;
  /** Today's date in the user's zone ('YYYY-MM-DD'; tests): the due date field's example. */
  today?: IsoDay;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the Portfolio). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
