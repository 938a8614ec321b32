import { lazySurface } from '../Portfolio/lazySurface';
import type { IChartProps } from './charts';

/**
 * The Prioritization charts (@fluentui/react-charting) from their own chunk, 'charts': loaded when
 * the PMO opens a chart, never with the web part's first view.
 */
export const lazyCharts = lazySurface<IChartProps>(() => import(/* webpackChunkName: 'charts' */ './charts').then(m => m.PrioritizationChart));
