import { lazySurface } from '../../Portfolio/lazySurface';
import type { IProjectSlots } from '../IProjectProps';
import type { IMtaChartProps } from './MtaChart';
import type { IBurnChartProps } from './BurnChart';

/**
 * The milestone trend analysis chart (@fluentui/react-charting) from its own chunk,
 * 'project-mta-chart': it loads once the page is on screen (the MTA table beside it shows at once),
 * never with the web part's first JavaScript.
 */
export const lazyMtaChart = lazySurface<IMtaChartProps>(() => import(/* webpackChunkName: 'project-mta-chart' */ './MtaChart').then(m => m.MtaChart));

/** The budget burn chart (cumulative actual against planned cost by fiscal year) from its own chunk, 'project-budget-chart'. */
export const lazyBurnChart = lazySurface<IBurnChartProps>(() => import(/* webpackChunkName: 'project-budget-chart' */ './BurnChart').then(m => m.BurnChart));

/** The Project web part's charts for the page's slots (IProjectSlots), each from its lazy chunk. */
export const projectChartSlots: IProjectSlots = {
  mtaChart: lazyMtaChart.Component,
  budgetChart: lazyBurnChart.Component
};
