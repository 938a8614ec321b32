import type { ICapacityService } from '../../services/CapacityService';
import type { IsoDay } from '../../domain/dates';

/** Props of the "Capacity" web part's root component. */
export interface ICapacityProps {
  /** The pool, demand and settings (getCapacityData), what-ifs, and the PMO's maintenance of the pool. */
  capacity: ICapacityService;
  /** The user's UI locale, e.g. 'de-de' (months, numbers and percentages are written in it). */
  locale: string;
  /** Absolute URL of the PMO site (links to the projects' pages and the requests). */
  siteUrl: string;
  /** Today's date in the user's zone ('YYYY-MM-DD'; tests): the map starts at its month. */
  today?: IsoDay;
  /** How many months the map shows (12 unless given). */
  months?: number;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the other web parts). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
