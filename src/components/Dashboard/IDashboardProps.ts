import type * as React from 'react';
import type { IDashboardService } from '../../services/DashboardService';
import type { IDashboardChartsProps } from './charts/DashboardCharts';
import type { IPortfolioService } from '../../services/PortfolioService';

/** Props of the "Dashboard" web part's root component. */
export interface IDashboardProps {
  /** KPIs, charts, report data, the Reports library and the PMO's KPI configuration. */
  dashboard: IDashboardService;
  /** The Portfolio's saved views, which a multi-project report can be made for; without it, the report covers the dashboard's filter only. */
  portfolio?: Pick<IPortfolioService, 'loadViews'>;
  /** The user's UI locale, e.g. 'de-de' (numbers, dates and the order of names follow it). */
  locale: string;
  /** Absolute URL of the PMO site (the drill-down links to the Portfolio). */
  siteUrl: string;
  /** The page address's query (`location.search`), where the filter is kept; the browser's when absent (tests give it). */
  search?: string;
  /** The site's time zone (IANA) for the reports' generation time; the browser's when absent. */
  timeZone?: string;
  /** The charts; PMO Hub's own (@fluentui/react-charting) from their lazy chunk unless a host passes others (tests pass a plain one). */
  charts?: React.ComponentType<IDashboardChartsProps>;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the other web parts). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
