import { SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Client } from '@microsoft/microsoft-graph-client';
import { spfi } from '../platform/pnp';
import type { IPmoEnvironment } from './environment';

/**
 * The environment inside SharePoint or Teams: PnPjs bound to the web part's context, and the Graph
 * client SPFx hands out (its token comes from the tenant's approved API permissions, never from
 * web part properties).
 */
export async function spfxEnvironment(context: WebPartContext): Promise<IPmoEnvironment> {
  const graph = (await context.msGraphClientFactory.getClient('3')) as unknown as Client;
  return {
    sp: spfi().using(SPFx(context)),
    graph,
    siteUrl: context.pageContext.web.absoluteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName.toLowerCase()
  };
}
