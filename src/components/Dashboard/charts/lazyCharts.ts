import { lazySurface } from '../../Portfolio/lazySurface';
import type { IDashboardChartsProps } from './DashboardCharts';

/**
 * The dashboard's charts (@fluentui/react-charting) from their own chunk, 'dashboard-charts': they load
 * once the KPI tiles are on screen, never with the web part's first JavaScript.
 */
export const lazyDashboardCharts = lazySurface<IDashboardChartsProps>(() => import(/* webpackChunkName: 'dashboard-charts' */ './DashboardCharts').then(m => m.DashboardCharts));
