/**
 * The PMO site's address, computed once: its absolute URL, its server-relative path and the URLs of
 * its lists and pages. Every service and component takes URLs from here, never from string edits
 * of its own.
 */

/** A list of the schema (its typed reference or any `{ url }` with a web-relative URL). */
export interface IListLocation {
  /** Web-relative URL, e.g. 'Lists/Projects'. */
  readonly url: string;
}

/** The PMO site's address. */
export interface ISiteAddress {
  /** Absolute URL without a trailing slash, e.g. https://contoso.sharepoint.com/sites/pmo. */
  readonly url: string;
  /** Server-relative path without a trailing slash, e.g. /sites/pmo ('' for a root site). */
  readonly path: string;
  /** Server-relative URL of a list, as `getList()` takes it: /sites/pmo/Lists/Projects. */
  listPath(list: IListLocation): string;
  /** Absolute URL of a list, e.g. for "Open in SharePoint". */
  listUrl(list: IListLocation): string;
  /** Absolute URL of a page or file by its web-relative URL, e.g. 'SitePages/Portfolio.aspx'. */
  pageUrl(webRelativeUrl: string): string;
}

/**
 * The address of the site at `siteUrl`.
 * @param siteUrl absolute URL of the site, or its server-relative path (then every URL it gives is
 *   server-relative too); a trailing slash is ignored.
 * @throws Error when `siteUrl` is neither an http(s) URL nor a path starting with '/'.
 */
export function siteAddress(siteUrl: string): ISiteAddress {
  const m = /^(https?:\/\/[^/?#]+)?(\/[^?#]*)?$/i.exec(siteUrl.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Not a site URL: ${siteUrl}`);
  const path = (m[2] ?? '').replace(/\/+$/, '');
  const url = (m[1] ?? '') + path;
  return {
    url,
    path,
    listPath: list => `${path}/${list.url}`,
    listUrl: list => `${url}/${list.url}`,
    pageUrl: page => `${url}/${page.replace(/^\//, '')}`
  };
}
