import { SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Client } from '@microsoft/microsoft-graph-client';
import { ReadEmptyBodies, RetryThrottled, spfi, type SPFI } from '../platform/pnp';
import type { IPmoEnvironment } from './environment';
import { resolvePmoSite, sameSite } from './pmoSite';
import { knownSiteTimeZone, restSiteTimeZone, siteTimeZoneFromPage, type IWebTimeZoneData } from './siteTimeZone';

/**
 * The environment inside SharePoint or Teams: PnPjs bound to the PMO site, and the Graph client SPFx
 * hands out (its token comes from the tenant's approved API permissions, never from web part
 * properties). The PMO site is the one the tenant property names (see pmoSite.ts): a Teams tab runs in
 * its team's site and a personal app on the root site, not on the PMO site. On the PMO site itself the
 * site's time zone comes from the page context (`webTimeZoneData`), so reading it costs no request;
 * elsewhere it is the PMO site's, read once through REST.
 * @param site 'pmoSite' (default): the site the tenant property names; 'currentWeb': the site the page
 *   is on, whatever the property says (PMO Setup sets up the site it is added to).
 * @throws PmoSiteUnreachableError when the tenant property names a site the user cannot read.
 */
export async function spfxEnvironment(context: WebPartContext, site: 'pmoSite' | 'currentWeb' = 'pmoSite'): Promise<IPmoEnvironment> {
  const graph = (await context.msGraphClientFactory.getClient('3')) as unknown as Client;
  const currentWebUrl = context.pageContext.web.absoluteUrl;
  // RetryThrottled replaces the retry SPFx(context) installs (3 tries, 429/503/504 and network errors alike).
  const current = spfi().using(SPFx(context), ReadEmptyBodies(), RetryThrottled());
  const bound = (siteUrl: string): SPFI => spfi(siteUrl).using(SPFx(context), ReadEmptyBodies(), RetryThrottled());
  const siteUrl = site === 'currentWeb' ? currentWebUrl : await resolvePmoSite(current, currentWebUrl, bound);
  const onPmoSite = sameSite(siteUrl, currentWebUrl);
  const sp = onPmoSite ? current : bound(siteUrl);
  const legacy = context.pageContext.legacyPageContext as { webTimeZoneData?: IWebTimeZoneData } | undefined;
  const zone = onPmoSite ? legacy?.webTimeZoneData : undefined;
  return {
    sp,
    graph,
    siteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName.toLowerCase(),
    siteTimeZone: zone && typeof zone.Id === 'number' ? knownSiteTimeZone(siteTimeZoneFromPage(zone)) : restSiteTimeZone(sp)
  };
}
