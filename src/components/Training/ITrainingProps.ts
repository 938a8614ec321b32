import type { ITrainingService } from '../../services/TrainingService';
import type { ICommunityService } from '../../services/CommunityService';

/** Props of the "Training" web part's root component. */
export interface ITrainingProps {
  /** The catalogue, enrolment with the waiting list, My learning, rosters and the maintenance. */
  training: ITrainingService;
  /** The Communities tab: communities of practice, join and leave, the PMO's maintenance. */
  communities: ICommunityService;
  /** The user's UI locale, e.g. 'nl-nl' (dates and numbers are written in it). */
  locale: string;
  /** Absolute URL of the PMO site. */
  siteUrl: string;
  /** The page address's query (`?module=12` opens that module with its next sessions); `window.location.search` unless given. */
  search?: string;
  /** The viewer's IANA time zone (tests); the browser's `Intl` zone unless given. */
  timeZone?: string;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the other web parts). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
