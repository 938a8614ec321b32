import type { IScoringService } from '../../services/ScoringService';
import type { IsoDay } from '../../domain/dates';

/** The tabs of the Scoring web part. */
export type ScoringTab = 'mine' | 'results' | 'models' | 'rounds';

/** Props of the Scoring web part's root component. */
export interface IScoringProps {
  /** Models, rounds and the board's scores. */
  service: IScoringService;
  /** The user's UI locale, e.g. 'en-us' (numbers and dates). */
  locale: string;
  /** True in a Teams tab: the member's open rounds come first and the intro is shorter. */
  teams?: boolean;
  /** Today's date (tests); the user's local day otherwise. */
  today?: IsoDay;
}
