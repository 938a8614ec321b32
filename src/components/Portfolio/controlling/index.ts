/**
 * The Portfolio's controlling view (earned value per programme and portfolio, RAG distribution per
 * dimension), from its own chunk 'portfolio-controlling': the Portfolio's first view (the grid) does
 * not carry it, and it loads when its tab is opened (or preloaded once the grid is on screen).
 */
import { lazySurface } from '../lazySurface';
import type { IPortfolioControllingProps } from './IPortfolioControllingProps';

export type { IPortfolioControllingProps } from './IPortfolioControllingProps';

/** The controlling view, loaded on first render (or `preload()`). */
export const LazyPortfolioControlling = lazySurface<IPortfolioControllingProps>(
  () => import(/* webpackChunkName: 'portfolio-controlling' */ './PortfolioControlling').then(m => m.PortfolioControlling)
);
