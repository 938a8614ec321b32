/**
 * The portfolio's secondary surfaces, each in its own named chunk: they open on a click, so the
 * web part's first view does not wait for them (see bench/bundles.ts and the README's bundle budget).
 */
import { lazySurface } from './lazySurface';
import type { IFilterPaneProps } from './FilterPane';
import type { IColumnChooserProps } from './ColumnChooser';
import type { ISaveViewDialogProps } from './SaveViewDialog';
import type { IProjectPanelProps } from './ProjectPanel';

/** The filter pane. */
export const LazyFilterPane = lazySurface<IFilterPaneProps>(() => import(/* webpackChunkName: 'portfolio-filters' */ './FilterPane').then(m => m.FilterPane));
/** The column chooser. */
export const LazyColumnChooser = lazySurface<IColumnChooserProps>(() => import(/* webpackChunkName: 'portfolio-columns' */ './ColumnChooser').then(m => m.ColumnChooser));
/** The "Save view" dialog. */
export const LazySaveViewDialog = lazySurface<ISaveViewDialogProps>(() => import(/* webpackChunkName: 'portfolio-save-view' */ './SaveViewDialog').then(m => m.SaveViewDialog));
/** The project panel (details and edit). */
export const LazyProjectPanel = lazySurface<IProjectPanelProps>(() => import(/* webpackChunkName: 'portfolio-project-panel' */ './ProjectPanel').then(m => m.ProjectPanel));

/**
 * Loads every surface's chunk in the background (after the first view is on screen), so that a
 * click opens its surface at once, as if it were part of the initial bundle.
 */
export function preloadSurfaces(): void {
  for (const s of [LazyFilterPane, LazyColumnChooser, LazySaveViewDialog, LazyProjectPanel]) s.preload().catch(() => undefined);
}
