import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { startEmulator } from '../../workbench/emulator';
import { localEnvironment } from './environment';
import { spfxEnvironment } from './spfxEnvironment';
import { PmoSiteUnreachableError } from './pmoSite';
import { PMO_SITE_PROPERTY } from '../schema/tenant';

/**
 * The SPFx host as a web part sees it in a Teams tab or on a page: the page's web and language (the
 * real PnPjs SPFx behaviour then runs against the emulator, as the site owner).
 */
function hostContext(webUrl: string): WebPartContext {
  return {
    msGraphClientFactory: { getClient: () => Promise.resolve({}) },
    pageContext: { web: { absoluteUrl: webUrl }, cultureInfo: { currentUICultureName: 'de-DE' }, legacyPageContext: {} }
  } as unknown as WebPartContext;
}

describe('spfxEnvironment', () => {
  let site: Awaited<ReturnType<typeof startEmulator>>;
  const owner = (): ReturnType<typeof localEnvironment>['sp'] => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl }).sp;

  beforeAll(async () => { site = await startEmulator({ port: 0 }); });
  afterAll(async () => { await site.stop(); });

  it('in a team site (a Teams channel tab) binds PnPjs to the PMO site the tenant property names', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, site.siteUrl);
    const env = await spfxEnvironment(hostContext(`${site.url}/sites/marketing`));
    expect(env.siteUrl).toBe(site.siteUrl);
    expect(env.locale).toBe('de-de');
    const web = await env.sp.web.select('Url')<{ Url: string }>();
    expect(web.Url).toBe(site.siteUrl);
  });

  it('says which PMO site it could not open when the property names a missing site', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, `${site.url}/sites/nowhere`);
    await expect(spfxEnvironment(hostContext(`${site.url}/sites/marketing`))).rejects.toBeInstanceOf(PmoSiteUnreachableError);
  });

  it('binds PMO Setup to the site it is added to, whatever the property names', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, `${site.url}/sites/nowhere`);
    const env = await spfxEnvironment(hostContext(site.siteUrl), 'currentWeb');
    expect(env.siteUrl).toBe(site.siteUrl);
    const web = await env.sp.web.select('Url')<{ Url: string }>();
    expect(web.Url).toBe(site.siteUrl);
  });
});
