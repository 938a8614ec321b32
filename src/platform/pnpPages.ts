/**
 * PnPjs' client-side pages (`web.addClientsidePage`, `web.loadClientsidePage`), in a setup module of
 * their own: only provisioning uses them, and it loads in its own chunk, so no web part's first view
 * carries them. Import the pages API from here, never from '@pnp/sp/clientside-pages' directly.
 */
import '@pnp/sp/clientside-pages';
import '@pnp/sp/files';
import { extractWebUrl, SPQueryable, spGet, type SPFI } from '@pnp/sp';
export { ClientsideWebpart } from '@pnp/sp/clientside-pages';
export type { IClientsidePage } from '@pnp/sp/clientside-pages';

/** A page as SharePoint's site pages API lists it (the SP.Publishing.SitePage properties provisioning reads). */
export interface ISitePageInfo {
  Id: number;
  FileName: string;
  Title?: string;
  /** SharePoint's empty date (0001-01-01…) while the page was never published. Title and CanvasContent1 may come as null. */
  FirstPublished?: string;
  IsPageCheckedOutToCurrentUser?: boolean;
  CanvasContent1?: string;
}

/** Every page of the web, with its title, publishing and check-out state (`GET _api/sitepages/pages`, one request). */
export function getSitePages(sp: SPFI): Promise<ISitePageInfo[]> {
  return spGet<ISitePageInfo[]>(SPQueryable([sp.web, extractWebUrl(sp.web.toUrl())], '_api/sitepages/pages'));
}
