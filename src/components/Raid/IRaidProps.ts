import type { IControllingService } from '../../services/ControllingService';
import type { IRiskService } from '../../services/RiskService';
import type { IRaidLogService } from '../../services/RaidLogService';
import type { IRaidService } from '../../services/RaidService';
import type { IChangeRequestService } from '../../services/ChangeRequestService';
import type { IsoDay } from '../../domain/dates';

/** Props of the RAID web part's root component. */
export interface IRaidProps {
  /** The project's name and whether the user may change its RAID log (`getProjectPage`'s `canFile`, as the Project page); its milestones and budget lines (what an approved change re-baselined). */
  controlling: Pick<IControllingService, 'getProjectPage'>;
  /** The risk register: risks, heat map, trend; add, edit, close. */
  risks: IRiskService;
  /** The project's issues: list, add, edit, resolve. */
  raidLog: IRaidLogService;
  /** The project's change requests: raise, assess, approve (re-baselining milestones and budget) or reject. */
  changes: IChangeRequestService;
  /** The portfolio's RAID roll-up (shown without a project). */
  raid: IRaidService;
  /** The user's UI locale, e.g. 'en-us' (dates and numbers). */
  locale: string;
  /** The project shown (bound in the property pane, else `?projectId=`); undefined: the portfolio's RAID view. */
  projectId?: number;
  /** Absolute URL of the PMO site (links to the project's pages). */
  siteUrl: string;
  /** Today's date in the user's zone ('YYYY-MM-DD'; tests): the date fields' example. */
  today?: IsoDay;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the Portfolio). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
