import { SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Client } from '@microsoft/microsoft-graph-client';
import { ReadEmptyBodies, RetryThrottled, spfi } from '../platform/pnp';
import type { IPmoEnvironment } from './environment';
import { knownSiteTimeZone, restSiteTimeZone, siteTimeZoneFromPage, type IWebTimeZoneData } from './siteTimeZone';

/**
 * The environment inside SharePoint or Teams: PnPjs bound to the web part's context, and the Graph
 * client SPFx hands out (its token comes from the tenant's approved API permissions, never from
 * web part properties). The site's time zone comes from the page context (`webTimeZoneData`), so
 * reading it costs no request; only a host without it reads it once through REST.
 */
export async function spfxEnvironment(context: WebPartContext): Promise<IPmoEnvironment> {
  const graph = (await context.msGraphClientFactory.getClient('3')) as unknown as Client;
  // RetryThrottled replaces the retry SPFx(context) installs (3 tries, 429/503/504 and network errors alike).
  const sp = spfi().using(SPFx(context), ReadEmptyBodies(), RetryThrottled());
  const legacy = context.pageContext.legacyPageContext as { webTimeZoneData?: IWebTimeZoneData } | undefined;
  const zone = legacy?.webTimeZoneData;
  return {
    sp,
    graph,
    siteUrl: context.pageContext.web.absoluteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName.toLowerCase(),
    siteTimeZone: zone && typeof zone.Id === 'number' ? knownSiteTimeZone(siteTimeZoneFromPage(zone)) : restSiteTimeZone(sp)
  };
}
