import { lazySurface, type ILazySurface } from '../Portfolio/lazySurface';
import type { ITabProps } from './tabParts';

/** Loads the chunk of the later tabs ('raid-logs'); tried again after a failure. */
const load = (): Promise<typeof import('./logTabs')> => import(/* webpackChunkName: 'raid-logs' */ './logTabs');

/** The Decisions tab, loaded with its chunk on first use. */
export const LazyDecisionsTab: ILazySurface<ITabProps> = lazySurface<ITabProps>(() => load().then(m => m.DecisionsTab));
/** The Changes tab, loaded with its chunk on first use. */
export const LazyChangesTab: ILazySurface<ITabProps> = lazySurface<ITabProps>(() => load().then(m => m.ChangesTab));
/** The Lessons tab, loaded with its chunk on first use. */
export const LazyLessonsTab: ILazySurface<ITabProps> = lazySurface<ITabProps>(() => load().then(m => m.LessonsTab));
