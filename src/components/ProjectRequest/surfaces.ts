/**
 * What the request views open later, each in its own named chunk, so that the web part's first view
 * does not carry it (README, "Bundle budget"): the dialog that moves a request to another state
 * (Fluent UI's Dialog and TextField), and the dialog that confirms a conversion.
 */
import { lazySurface } from '../Portfolio/lazySurface';
import type { IConvertDialogProps, ITransitionDialogProps } from './IProjectRequestProps';

/** The move dialog. */
export const LazyTransitionDialog = lazySurface<ITransitionDialogProps>(() => import(/* webpackChunkName: 'request-move-dialog' */ './TransitionDialog').then(m => m.TransitionDialog));

/** The dialog that confirms a conversion into a project. */
export const LazyConvertDialog = lazySurface<IConvertDialogProps>(() => import(/* webpackChunkName: 'request-convert-dialog' */ './ConvertDialog').then(m => m.ConvertDialog));
