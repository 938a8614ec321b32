import { lazySurface } from '../../Portfolio/lazySurface';
import type { IMilestoneEditorProps } from './MilestoneEditor';

/**
 * The Project page's editors from their own chunk, 'project-editors': loaded for the project's
 * manager and the PMO once the page is on screen (preloaded, so an editor opens at once); readers
 * never load it.
 */
export const lazyMilestoneEditor = lazySurface<IMilestoneEditorProps>(() => import(/* webpackChunkName: 'project-editors' */ './MilestoneEditor').then(m => m.MilestoneEditor));
