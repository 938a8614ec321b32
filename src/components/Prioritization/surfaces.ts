import { lazySurface, type ILazySurface } from '../Portfolio/lazySurface';
import type { IOptimizeTabProps } from './OptimizeTab';
import type { IFrontierTabProps } from './FrontierTab';
import type { IScenariosTabProps } from './ScenariosTab';
import type { IDecisionsTabProps } from './DecisionsTab';
import type { IDecisionLogProps } from './DecisionLog';

/**
 * The Prioritization tabs that the first view (Candidates) does not show, each from its own named
 * chunk (the web part's initial bundle keeps the candidates, their data and the optimizer's state):
 * 'prioritization-optimize' (with the analysis of a selection and its texts), 'prioritization-frontier', 'prioritization-scenarios', 'prioritization-decisions',
 * 'prioritization-decision-log'. {@link preloadTabs} loads them once the first view is on screen,
 * so a tab opens at once.
 */
export const lazyOptimizeTab: ILazySurface<IOptimizeTabProps> =
  lazySurface<IOptimizeTabProps>(() => import(/* webpackChunkName: 'prioritization-optimize' */ './OptimizeTab').then(m => m.OptimizeTab));
export const lazyFrontierTab: ILazySurface<IFrontierTabProps> =
  lazySurface<IFrontierTabProps>(() => import(/* webpackChunkName: 'prioritization-frontier' */ './FrontierTab').then(m => m.FrontierTab));
export const lazyScenariosTab: ILazySurface<IScenariosTabProps> =
  lazySurface<IScenariosTabProps>(() => import(/* webpackChunkName: 'prioritization-scenarios' */ './ScenariosTab').then(m => m.ScenariosTab));
export const lazyDecisionsTab: ILazySurface<IDecisionsTabProps> =
  lazySurface<IDecisionsTabProps>(() => import(/* webpackChunkName: 'prioritization-decisions' */ './DecisionsTab').then(m => m.DecisionsTab));
export const lazyDecisionLog: ILazySurface<IDecisionLogProps> =
  lazySurface<IDecisionLogProps>(() => import(/* webpackChunkName: 'prioritization-decision-log' */ './DecisionLog').then(m => m.DecisionLog));

/** Starts loading every later tab's chunk (once each); a chunk that fails loads again when its tab opens. */
export function preloadTabs(): void {
  for (const s of [lazyOptimizeTab, lazyFrontierTab, lazyScenariosTab, lazyDecisionsTab, lazyDecisionLog] as ReadonlyArray<ILazySurface<never>>) s.preload().catch(() => undefined);
}
