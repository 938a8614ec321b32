import { lazySurface } from '../../Portfolio/lazySurface';
import type { IMilestoneEditorProps } from './MilestoneEditor';
import type { IBudgetLineEditorProps } from './BudgetLineEditor';

/**
 * The Project page's editors from their own chunk, 'project-editors': loaded for the project's
 * manager and the PMO once the page is on screen (preloaded, so an editor opens at once); readers
 * never load it.
 */
export const lazyMilestoneEditor = lazySurface<IMilestoneEditorProps>(() => import(/* webpackChunkName: 'project-editors' */ './MilestoneEditor').then(m => m.MilestoneEditor));

/** The budget line editor, from the same chunk. */
export const lazyBudgetEditor = lazySurface<IBudgetLineEditorProps>(() => import(/* webpackChunkName: 'project-editors' */ './BudgetLineEditor').then(m => m.BudgetLineEditor));
