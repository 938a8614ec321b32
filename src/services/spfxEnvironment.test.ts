/**
 * The SharePoint environment's PnPjs pipeline (SPFx(context) and what PMO Hub adds) against the
 * emulator, with the page context a web part gets: PMO Hub's retry policy replaces the one SPFx(context)
 * installs (3 tries), in SharePoint as on the workbench.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { startEmulator } from '../../workbench/emulator';
import { spfxEnvironment } from './spfxEnvironment';
import { localEnvironment } from './environment';
import { PmoSiteUnreachableError } from './pmoSite';
import { PMO_SITE_PROPERTY } from '../schema/tenant';

jest.setTimeout(60_000);

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await site.stop();
});

/**
 * The SPFx host as a web part sees it on a page or in a Teams tab: the page's web, its language, its
 * legacy page context (digest and time zone, or none) and the Graph factory. The real PnPjs SPFx
 * behaviour then runs against the emulator.
 */
function pageContext(webUrl: string, culture: string = 'en-US', legacyPageContext: Record<string, unknown> = webPageLegacy()): WebPartContext {
  const context = {
    pageContext: { web: { absoluteUrl: webUrl }, cultureInfo: { currentUICultureName: culture }, legacyPageContext },
    msGraphClientFactory: { getClient: () => Promise.resolve({}) }
  };
  return context as unknown as WebPartContext;
}

/** A SharePoint page's legacy context: its form digest and the site's time zone. */
function webPageLegacy(): Record<string, unknown> {
  return { formDigestValue: `0x1,${new Date().toUTCString()}`, formDigestTimeoutSeconds: 1800, webTimeZoneData: { Id: 93, Bias: 0, DaylightBias: 0, StandardBias: 0, Description: 'UTC' } };
}

async function injected(): Promise<number> {
  const h = (await (await fetch(`${site.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> };
  return h.injectedFaults['429'] + h.injectedFaults['503'];
}

describe('the retry policy of both environments', () => {
  it('tries a throttled request 10 times in SharePoint and on the workbench, then raises the 429', async () => {
    const environments = [await spfxEnvironment(pageContext(site.siteUrl)), localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl })];
    for (const env of environments) {
      expect((await env.sp.web.select('Title')<{ Title: string }>()).Title).toBeTruthy();
      const before = await injected();
      site.emulator.setFaults({ rate429: 1, retryAfterSeconds: 0 });
      await expect(env.sp.web.select('Title')()).rejects.toMatchObject({ status: 429 });
      site.emulator.setFaults({});
      expect(await injected() - before).toBe(10);
    }
  });

  it('completes a write once in SharePoint with a quarter of the requests throttled or busy', async () => {
    const { sp } = await spfxEnvironment(pageContext(site.siteUrl));
    await sp.web.lists.add('Spfx');
    site.emulator.setFaults({ rate429: 0.2, rate503: 0.05, retryAfterSeconds: 0, seed: 9 });
    for (let i = 0; i < 10; i++) await sp.web.lists.getByTitle('Spfx').items.add({ Title: `S${i}` });
    site.emulator.setFaults({});
    expect((await sp.web.lists.getByTitle('Spfx').items.select('Title')<Array<{ Title: string }>>()).map(x => x.Title)).toEqual(Array.from({ length: 10 }, (_, i) => `S${i}`));
  });
});

describe('the PMO site the SharePoint environment binds to', () => {
  // An emulator of its own: these tests set the tenant property, which the retry tests above must not see.
  let site: Awaited<ReturnType<typeof startEmulator>>;
  const owner = (): ReturnType<typeof localEnvironment>['sp'] => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl }).sp;

  beforeAll(async () => { site = await startEmulator({ port: 0 }); });
  afterAll(async () => { await site.stop(); });

  it('in a team site (a Teams channel tab) binds PnPjs to the PMO site the tenant property names', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, site.siteUrl);
    const env = await spfxEnvironment(pageContext(`${site.url}/sites/marketing`, 'de-DE', {}));
    expect(env.siteUrl).toBe(site.siteUrl);
    expect(env.locale).toBe('de-de');
    const web = await env.sp.web.select('Url')<{ Url: string }>();
    expect(web.Url).toBe(site.siteUrl);
  });

  it('says which PMO site it could not open when the property names a missing site', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, `${site.url}/sites/nowhere`);
    await expect(spfxEnvironment(pageContext(`${site.url}/sites/marketing`, 'de-DE', {}))).rejects.toBeInstanceOf(PmoSiteUnreachableError);
  });

  it('binds PMO Setup to the site it is added to, whatever the property names', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, `${site.url}/sites/nowhere`);
    const env = await spfxEnvironment(pageContext(site.siteUrl, 'de-DE', {}), 'currentWeb');
    expect(env.siteUrl).toBe(site.siteUrl);
    const web = await env.sp.web.select('Url')<{ Url: string }>();
    expect(web.Url).toBe(site.siteUrl);
  });
});
