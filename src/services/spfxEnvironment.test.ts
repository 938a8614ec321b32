/**
 * The SharePoint environment's PnPjs pipeline (SPFx(context) and what PMO Hub adds) against the
 * emulator, with the page context a web part gets: PMO Hub's retry policy replaces the one SPFx(context)
 * installs (3 tries), in SharePoint as on the workbench.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { startEmulator } from '../../workbench/emulator';
import { spfxEnvironment } from './spfxEnvironment';
import { localEnvironment } from './environment';

jest.setTimeout(60_000);

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await site.stop();
});

/** The parts of a web part's context the environment reads (the page's web, its digest, its culture, the Graph factory). */
function pageContext(): WebPartContext {
  const context = {
    pageContext: {
      web: { absoluteUrl: site.siteUrl },
      cultureInfo: { currentUICultureName: 'en-US' },
      legacyPageContext: { formDigestValue: `0x1,${new Date().toUTCString()}`, formDigestTimeoutSeconds: 1800, webTimeZoneData: { Id: 93, Bias: 0, DaylightBias: 0, StandardBias: 0, Description: 'UTC' } }
    },
    msGraphClientFactory: { getClient: () => Promise.resolve({}) }
  };
  return context as unknown as WebPartContext;
}

async function injected(): Promise<number> {
  const h = (await (await fetch(`${site.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> };
  return h.injectedFaults['429'] + h.injectedFaults['503'];
}

describe('the retry policy of both environments', () => {
  it('tries a throttled request 10 times in SharePoint and on the workbench, then raises the 429', async () => {
    const environments = [await spfxEnvironment(pageContext()), localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl })];
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
    const { sp } = await spfxEnvironment(pageContext());
    await sp.web.lists.add('Spfx');
    site.emulator.setFaults({ rate429: 0.2, rate503: 0.05, retryAfterSeconds: 0, seed: 9 });
    for (let i = 0; i < 10; i++) await sp.web.lists.getByTitle('Spfx').items.add({ Title: `S${i}` });
    site.emulator.setFaults({});
    expect((await sp.web.lists.getByTitle('Spfx').items.select('Title')<Array<{ Title: string }>>()).map(x => x.Title)).toEqual(Array.from({ length: 10 }, (_, i) => `S${i}`));
  });
});
