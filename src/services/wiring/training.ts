import { TrainingService } from '../TrainingService';
import type { PmoWiring } from '../compose';
import { siteWiring } from './site';

/** The services the "Training" web part's training tabs use (and the site address). */
export type TrainingServiceKey = 'site' | 'training';

/** Training: the catalogue, enrolment with the waiting list, My learning, rosters and attendance. */
export const trainingWiring: PmoWiring<TrainingServiceKey> = {
  ...siteWiring,
  training: s => new TrainingService(s.env.sp, s.site, { siteTimeZone: s.env.siteTimeZone })
};
