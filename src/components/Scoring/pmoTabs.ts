/**
 * The PMO's tabs of the Scoring web part, loaded in their own chunk ('scoring-pmo'): a board
 * member's first view never loads the model editor or the rounds and results.
 */
import type { IScoringService } from '../../services/ScoringService';
import type { IsoDay } from '../../domain/dates';

/** Props of the PMO's tabs. */
export interface IPmoTabProps {
  service: IScoringService;
  locale: string;
  /** Today (the earliest deadline). */
  today: IsoDay;
}

export { ModelsTab } from './ModelsTab';
export { RoundsTab } from './RoundsTab';
export { ClosedRounds } from './ClosedRounds';
