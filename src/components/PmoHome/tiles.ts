import { CORE_LIST, pageAccess, type IPageAccessInput } from '../../services/pageAccess';
import { pageUrl, sitePages } from '../../schema/pages';
import type { ISitePageSchema } from '../../schema/types';

/** How a page looks as a tile on PMO Home. */
export interface ITileLook {
  /** Loc key of the tile's title. */
  titleKey: string;
  /** Loc key of the tile's one-line description. */
  descriptionKey: string;
  /** Icon: an SVG path in a 24×24 box. */
  iconPath: string;
}

/**
 * The tile of each page that has one, by page key (src/schema/pages.ts), in the order a PMO reads
 * them. A feature that adds a page adds its look here; a page without a look gets no tile.
 */
export const TILE_LOOKS: ReadonlyArray<[string, ITileLook]> = [
  ['requests', { titleKey: 'Home_Tile_Requests_Title', descriptionKey: 'Home_Tile_Requests_Desc', iconPath: 'M6 2h9l5 5v15H6zM14 3v5h5M9 12h8M9 16h8' }],
  ['scoring', { titleKey: 'Home_Tile_Scoring_Title', descriptionKey: 'Home_Tile_Scoring_Desc', iconPath: 'M12 3l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.4l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z' }],
  ['portfolio', { titleKey: 'Home_Tile_Portfolio_Title', descriptionKey: 'Home_Tile_Portfolio_Desc', iconPath: 'M3 4h18v16H3zM3 9h18M3 14h18M9 4v16' }],
  ['dashboard', { titleKey: 'Home_Tile_Reports_Title', descriptionKey: 'Home_Tile_Reports_Desc', iconPath: 'M3 3v18h18M7 15l4-4 3 3 6-7' }],
  ['prioritization', { titleKey: 'Home_Tile_Prioritization_Title', descriptionKey: 'Home_Tile_Prioritization_Desc', iconPath: 'M4 20V10M10 20V4M16 20v-7M22 20H2' }],
  ['capacity', { titleKey: 'Home_Tile_Resources_Title', descriptionKey: 'Home_Tile_Resources_Desc', iconPath: 'M9 7a3 3 0 1 0 0.01 0M17 9a2.5 2.5 0 1 0 0.01 0M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6M14.5 14.5c.8-.3 1.6-.5 2.5-.5 2.8 0 5 2 5 5' }],
  ['training', { titleKey: 'Home_Tile_Training_Title', descriptionKey: 'Home_Tile_Training_Desc', iconPath: 'M2 9l10-5 10 5-10 5zM6 11v5c0 1.7 2.7 3 6 3s6-1.3 6-3v-5M22 9v6' }],
  ['maturity', { titleKey: 'Home_Tile_Maturity_Title', descriptionKey: 'Home_Tile_Maturity_Desc', iconPath: 'M12 3l8 6-3 10H7L4 9zM12 8l4 3-1.5 5h-5L8 11z' }],
  ['setup', { titleKey: 'Home_Tile_Setup_Title', descriptionKey: 'Home_Tile_Setup_Desc', iconPath: 'M12 8a4 4 0 1 0 0.01 0M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2' }]
];

/** One navigation tile of the PMO Home page: a page of the site and its look. */
export interface IHomeTile extends ITileLook {
  /** The page's key, also used in test ids. */
  id: string;
  /** Web-relative URL of the page the tile opens, e.g. 'SitePages/Portfolio.aspx'. */
  page: string;
  /** The page as the schema describes it (its list to read). */
  sitePage: ISitePageSchema;
}

/** The tiles of the site's pages that have a look, in the looks' order. */
export const HOME_TILES: ReadonlyArray<IHomeTile> = TILE_LOOKS
  .map(([key, look]) => ({ look, sitePage: sitePages.filter(p => p.key === key)[0] }))
  .filter(t => !!t.sitePage)
  .map(({ look, sitePage }) => ({ ...look, id: sitePage.key, page: pageUrl(sitePage), sitePage }));

/** Whether a tile links: its page exists on the site and the user can read its list. */
export function isTileAvailable(tile: IHomeTile, site: IPageAccessInput): boolean {
  return pageAccess(tile.sitePage, site) === 'open';
}

/**
 * Which tiles to show, and which of them link. A tile links only when its page exists and the user
 * can read its list; otherwise it is left out. On a site not set up yet (no core list), the tiles
 * are shown greyed out as "not set up" when `showUnavailable` asks for it.
 */
export function visibleTiles(site: IPageAccessInput, showUnavailable: boolean): Array<{ tile: IHomeTile; available: boolean }> {
  const siteSetUp = site.listUrls.some(u => u.toLowerCase() === CORE_LIST.url.toLowerCase());
  return HOME_TILES
    .map(tile => ({ tile, available: isTileAvailable(tile, site) }))
    .filter(t => t.available || (showUnavailable && !siteSetUp));
}
