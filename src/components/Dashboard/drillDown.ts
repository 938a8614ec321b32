/**
 * Where the dashboard's filter lives (its page address) and where a tile, a chart segment or a table
 * row leads: the Portfolio filtered the same way (the Portfolio reads the same address parameters,
 * `Portfolio/addressFilters`), narrowed to what the segment stands for (a RAG, a programme, the
 * running projects) or with a project's panel open.
 */
import { KPI_CATALOGUE, type KpiFormulaCode } from '../../domain/kpi';
import { ENDED_STATES, LIFECYCLE_STATES, type IPortfolioFilters, type RagFilterValue } from '../../domain/portfolio';
import { pageUrl, PortfolioPage, PROJECT_QUERY_PARAM, RequestsPage } from '../../schema/pages';
import type { IDashboardFilter } from '../../services/DashboardService';
import { addressOfFilters, filtersOfAddress } from '../Portfolio/addressFilters';

/** The lifecycle states of running projects (not closed or cancelled): the RAG and earned-value figures count these. */
export const RUNNING_STATES: ReadonlyArray<string> = LIFECYCLE_STATES.filter(s => ENDED_STATES.every(e => e !== s));

/** The dashboard's filter in a page address (`?programme=3&department=Finance&objective=5`); programmes, departments and objectives only. */
export function dashboardFilterOf(search: string): IDashboardFilter {
  const f = filtersOfAddress(search);
  const out: IDashboardFilter = {};
  if (f.programmeIds) out.programmeIds = f.programmeIds;
  if (f.departments) out.departments = f.departments;
  if (f.objectiveIds) out.objectiveIds = f.objectiveIds;
  return out;
}

/** The query string (without `?`) of the dashboard's filter; '' without a filter. */
export function dashboardSearchOf(filter: IDashboardFilter): string {
  return addressOfFilters(filter);
}

/** A stable key of a filter (what the dashboard reads again when it changes). */
export function filterKey(filter: IDashboardFilter): string {
  return dashboardSearchOf(filter);
}

/** What a drill-down adds to the dashboard's filter. */
export interface IDrillTarget {
  /** More filters of the Portfolio (a RAG, the running projects, projects without a programme). */
  filters?: IPortfolioFilters;
  /** A project whose panel the Portfolio opens. */
  projectId?: number;
}

/** The Portfolio's address for the dashboard's filter and a drill-down target: `<site>/SitePages/Portfolio.aspx?programme=3&rag=Red`. */
export function portfolioHref(siteUrl: string, filter: IDashboardFilter, target: IDrillTarget = {}): string {
  const filters: IPortfolioFilters = { ...filter, ...target.filters };
  if (target.filters?.withoutProgramme) delete filters.programmeIds;
  let query = addressOfFilters(filters);
  if (target.projectId !== undefined) query = `${query}${query ? '&' : ''}${PROJECT_QUERY_PARAM}=${target.projectId}`;
  return `${siteUrl.replace(/\/$/, '')}/${pageUrl(PortfolioPage)}${query ? `?${query}` : ''}`;
}

/** The running projects with an overall RAG (or none: `None`), as the RAG distribution counts them. */
export function ragTarget(rag: RagFilterValue): IDrillTarget {
  return { filters: { statuses: RUNNING_STATES.slice(), rag: [rag] } };
}

/** What a KPI tile opens: the projects its formula speaks of (the RAG shares their RAG, the earned-value KPIs the running projects), else the filter's projects. */
export function kpiTarget(formula: KpiFormulaCode): IDrillTarget {
  if (formula === 'RagShareGreen') return ragTarget('Green');
  if (formula === 'RagShareAmber') return ragTarget('Amber');
  if (formula === 'RagShareRed') return ragTarget('Red');
  if (/^(Spi|Cpi)/.test(formula)) return { filters: { statuses: RUNNING_STATES.slice() } };
  return {};
}

/** Where a KPI tile leads: the Portfolio (projects) or the project requests' page. */
export interface IKpiLink {
  href: string;
  /** What the link opens, for its screen-reader hint: the KPI's projects or the project requests. */
  opens: 'projects' | 'requests';
}

/**
 * A KPI tile's link: a KPI computed from project requests only (requests by state, time in intake)
 * opens the project requests' page, since the Portfolio lists projects, not requests; any other KPI
 * opens its projects in the Portfolio, filtered like the dashboard ({@link kpiTarget}).
 */
export function kpiLink(siteUrl: string, filter: IDashboardFilter, formula: KpiFormulaCode): IKpiLink {
  const reads = KPI_CATALOGUE[formula].reads;
  if (reads.length > 0 && reads.every(r => r === 'requests')) return { href: `${siteUrl.replace(/\/$/, '')}/${pageUrl(RequestsPage)}`, opens: 'requests' };
  return { href: portfolioHref(siteUrl, filter, kpiTarget(formula)), opens: 'projects' };
}
