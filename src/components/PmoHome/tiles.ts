import { KpiDefinitionsList, MaturityQuestionsList, ProjectRequestsList, ProjectsList, ResourcesList, RisksList, ScoresList, StatusReportsList, TrainingModulesList } from '../../schema/refs';

/** One navigation tile of the PMO Home page. */
export interface IHomeTile {
  /** Stable id, also used in test ids. */
  id: string;
  /** Loc key of the tile's title. */
  titleKey: string;
  /** Loc key of the tile's one-line description. */
  descriptionKey: string;
  /** Site-relative page the tile opens. */
  page: string;
  /** Site-relative URL of the list whose presence means the area is set up; none: always available. */
  requiresList?: string;
  /** Icon: an SVG path in a 24×24 box. */
  iconPath: string;
}

/** The PMO site's areas, in the order a PMO reads them. */
export const HOME_TILES: ReadonlyArray<IHomeTile> = [
  { id: 'requests', titleKey: 'Home_Tile_Requests_Title', descriptionKey: 'Home_Tile_Requests_Desc', page: 'SitePages/Requests.aspx', requiresList: ProjectRequestsList.url, iconPath: 'M6 2h9l5 5v15H6zM14 3v5h5M9 12h8M9 16h8' },
  { id: 'portfolio', titleKey: 'Home_Tile_Portfolio_Title', descriptionKey: 'Home_Tile_Portfolio_Desc', page: 'SitePages/Portfolio.aspx', requiresList: ProjectsList.url, iconPath: 'M3 4h18v16H3zM3 9h18M3 14h18M9 4v16' },
  { id: 'status', titleKey: 'Home_Tile_Status_Title', descriptionKey: 'Home_Tile_Status_Desc', page: 'SitePages/StatusReports.aspx', requiresList: StatusReportsList.url, iconPath: 'M12 3a9 9 0 1 0 0.01 0M12 7v5l3 3' },
  { id: 'risks', titleKey: 'Home_Tile_Risks_Title', descriptionKey: 'Home_Tile_Risks_Desc', page: 'SitePages/Risks.aspx', requiresList: RisksList.url, iconPath: 'M12 3l10 18H2zM12 10v5M12 18v1' },
  { id: 'scoring', titleKey: 'Home_Tile_Scoring_Title', descriptionKey: 'Home_Tile_Scoring_Desc', page: 'SitePages/Scoring.aspx', requiresList: ScoresList.url, iconPath: 'M12 3v18M5 7h14M5 7l-3 6h6zM19 7l-3 6h6zM8 21h8' },
  { id: 'resources', titleKey: 'Home_Tile_Resources_Title', descriptionKey: 'Home_Tile_Resources_Desc', page: 'SitePages/Capacity.aspx', requiresList: ResourcesList.url, iconPath: 'M8 8a3 3 0 1 0 0.01 0M16 8a3 3 0 1 0 0.01 0M3 20c0-4 10-4 10 0M11 20c0-4 10-4 10 0' },
  { id: 'reports', titleKey: 'Home_Tile_Reports_Title', descriptionKey: 'Home_Tile_Reports_Desc', page: 'SitePages/Reports.aspx', requiresList: KpiDefinitionsList.url, iconPath: 'M4 20V10M10 20V4M16 20v-7M22 20H2' },
  { id: 'training', titleKey: 'Home_Tile_Training_Title', descriptionKey: 'Home_Tile_Training_Desc', page: 'SitePages/Training.aspx', requiresList: TrainingModulesList.url, iconPath: 'M2 7l10-4 10 4-10 4zM6 9v6c3 3 9 3 12 0V9' },
  { id: 'maturity', titleKey: 'Home_Tile_Maturity_Title', descriptionKey: 'Home_Tile_Maturity_Desc', page: 'SitePages/Maturity.aspx', requiresList: MaturityQuestionsList.url, iconPath: 'M3 21h4v-5h4v-5h4V6h4V3' },
  { id: 'setup', titleKey: 'Home_Tile_Setup_Title', descriptionKey: 'Home_Tile_Setup_Desc', page: 'SitePages/Setup.aspx', iconPath: 'M12 8a4 4 0 1 0 0.01 0M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2' }
];

/** Whether an area is set up on a site with these lists. */
export function isTileAvailable(tile: IHomeTile, listUrls: ReadonlyArray<string>): boolean {
  if (!tile.requiresList) return true;
  const wanted = tile.requiresList.toLowerCase();
  return listUrls.some(u => u.toLowerCase() === wanted);
}

/** The list whose presence means PMO Setup has run on the site. */
export const CORE_LIST: string = ProjectsList.url;

/**
 * Which tiles to show. On a set-up site a list the user cannot see means no access, and its tile is
 * left out; on a site that is not set up yet, such tiles are shown as "not set up" when asked.
 */
export function visibleTiles(listUrls: ReadonlyArray<string>, showUnavailable: boolean): Array<{ tile: IHomeTile; available: boolean }> {
  const siteSetUp = listUrls.some(u => u.toLowerCase() === CORE_LIST.toLowerCase());
  return HOME_TILES
    .map(tile => ({ tile, available: isTileAvailable(tile, listUrls) }))
    .filter(t => t.available || (showUnavailable && !siteSetUp));
}
