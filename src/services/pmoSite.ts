/**
 * Which site a web part's services read and write: the PMO site, wherever the web part runs. A page
 * on the PMO site is the PMO site; a Teams channel tab runs in its team's own SharePoint site
 * (`{teamSite}/_layouts/15/teamshostedapp.aspx`) and a personal app on the tenant's root site, where
 * the PMO site's lists are not. The tenant property {@link PMO_SITE_PROPERTY} (a storage entity in
 * the tenant app catalog, readable from every site) names the PMO site; `npm run deploy` sets it.
 */
import { PMO_SITE_PROPERTY } from '../schema/tenant';
import { describeError } from './errors';
import type { SPFI } from '../platform/pnp';

/** Host names a page may be served from over plain http: the local workbench only. */
const LOOPBACK_HOSTS: ReadonlyArray<string> = ['localhost', '127.0.0.1', '[::1]'];

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** The URL without query, fragment and trailing slash: `https://contoso.sharepoint.com/sites/pmo`. */
function siteAddress(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The PMO site's absolute URL from the tenant property's value and the current web (pure).
 * The value is taken when it is an absolute https URL on the current web's host (the same tenant;
 * plain http only when the current web itself is served over http from a loopback host, i.e. the
 * local workbench); otherwise — unset, empty, relative, another host or scheme — the current web is
 * the PMO site (a page on the PMO site itself, as before the property existed).
 * @param value The property's Value (undefined when unset).
 * @param currentWebUrl The absolute URL of the web the page runs in (`pageContext.web.absoluteUrl`).
 * @returns An absolute URL without trailing slash, query or fragment.
 */
export function pmoSiteFromProperty(value: string | undefined, currentWebUrl: string): string {
  const current = parsedUrl(currentWebUrl);
  if (!current) throw new Error(`The current web's URL is not absolute: ${currentWebUrl}`);
  const candidate = typeof value === 'string' ? parsedUrl(value.trim()) : undefined;
  const sameTenant = !!candidate && candidate.host.toLowerCase() === current.host.toLowerCase() && candidate.protocol === current.protocol;
  const secure = !!candidate && (candidate.protocol === 'https:' || (candidate.protocol === 'http:' && LOOPBACK_HOSTS.indexOf(current.hostname.toLowerCase()) >= 0));
  return candidate && sameTenant && secure ? siteAddress(candidate) : siteAddress(current);
}

/** Whether two absolute site URLs name the same site (case-insensitive, as SharePoint's paths are). */
export function sameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

/**
 * The PMO site named in the tenant property is missing, or the user may not read it: the web part
 * shows this (with the address) instead of reading the lists of the site it runs in.
 */
export class PmoSiteUnreachableError extends Error {
  /** The PMO site's absolute URL, as the tenant property names it. */
  public readonly siteUrl: string;
  /** SharePoint's HTTP status: 404 (no such site), 401/403 (no read permission), else another failure. */
  public readonly status: number | undefined;

  public constructor(siteUrl: string, status: number | undefined, detail: string) {
    super(`The PMO site ${siteUrl} could not be read (${status ?? 'no answer'}): ${detail}`);
    this.name = 'PmoSiteUnreachableError';
    this.siteUrl = siteUrl;
    this.status = status;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Reads the tenant property through the current web (`GET {web}/_api/web/GetStorageEntity('PmoHubSiteUrl')`,
 * answered `{ Value, Description, Comment }` with Value null when unset). A site without a tenant app
 * catalog, or an answer without a Value, counts as unset; throttling that outlasts the retries is thrown.
 * @param currentWeb PnPjs bound to the web the page runs in.
 * @returns The property's value, or undefined.
 */
export async function readPmoSiteProperty(currentWeb: SPFI): Promise<string | undefined> {
  try {
    const entity = await currentWeb.web.getStorageEntity(PMO_SITE_PROPERTY) as { Value?: string | null } | null;
    return typeof entity?.Value === 'string' && entity.Value ? entity.Value : undefined;
  } catch (e) {
    const described = describeError(e);
    if (described.kind === 'throttled' || described.kind === 'network') throw e;
    return undefined;
  }
}

/**
 * The PMO site for a web part running in the current web: the tenant property's site when it is set
 * and valid ({@link pmoSiteFromProperty}), else the current web. A PMO site other than the current web
 * is read once (`GET {pmo}/_api/web?$select=Url`) so that a wrong address or a missing permission shows
 * as such, before any list of the wrong site is read.
 * @param currentWeb PnPjs bound to the current web.
 * @param currentWebUrl The current web's absolute URL.
 * @param pmoWeb PnPjs bound to a site URL (the same pipeline as currentWeb, another base).
 * @returns The PMO site's absolute URL (no trailing slash).
 * @throws PmoSiteUnreachableError when the named PMO site answers 401/403/404 or another error.
 */
export async function resolvePmoSite(currentWeb: SPFI, currentWebUrl: string, pmoWeb: (siteUrl: string) => SPFI): Promise<string> {
  const siteUrl = pmoSiteFromProperty(await readPmoSiteProperty(currentWeb), currentWebUrl);
  if (sameSite(siteUrl, currentWebUrl)) return siteUrl;
  try {
    await pmoWeb(siteUrl).web.select('Url')();
  } catch (e) {
    const described = describeError(e);
    throw new PmoSiteUnreachableError(siteUrl, described.status, described.detail);
  }
  return siteUrl;
}
