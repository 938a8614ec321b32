import type { IControllingService } from '../../services/ControllingService';
import type { IBenefitService } from '../../services/BenefitService';
import type { IsoDay } from '../../domain/dates';

/** Props of the "Benefits" web part's root component. */
export interface IBenefitsProps {
  /** The project's name and whether the user may change its register (`getProjectPage`'s `canFile`, as the Project page and the RAID log). */
  controlling: Pick<IControllingService, 'getProjectPage'>;
  /** The benefits register: list, add, edit (ETag), measurements. */
  benefits: IBenefitService;
  /** The user's UI locale, e.g. 'de-de' (amounts and dates are typed and shown in it). */
  locale: string;
  /** The project shown (bound in the property pane, else `?projectId=`); undefined: an empty state pointing to the projects. */
  projectId?: number;
  /** Absolute URL of the PMO site (links to the project's pages). */
  siteUrl: string;
  /** Today's date in the user's zone ('YYYY-MM-DD'; tests): the date fields' example and a new measurement's day. */
  today?: IsoDay;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the Portfolio). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
