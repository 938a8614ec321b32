/**
 * The set-up most browser tests share: the local PMO site as its own process with the demo seed,
 * Chromium with one page watched for page errors (`pageErrors.ts`), and the site owner's PnPjs for
 * reading the seed. A test file opens it in `beforeAll`, checks the page errors after each test and
 * closes it in `afterAll`:
 *
 *   beforeAll(async () => { ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10 })); });
 *   afterEach(() => expect(takePageErrors(watch)).toEqual([]));
 *   afterAll(() => closeSiteSession({ wb, browser, watch }));
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { spawnWorkbench, type ISpawnedWorkbench, type ISpawnOptions } from './workbench-process';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';

/** A browser test's site, browser and page. */
export interface ISiteSession {
  wb: ISpawnedWorkbench;
  browser: Browser;
  /** The one page, 1280 × 1000 unless asked otherwise, watched by `watch`. */
  page: Page;
  watch: IPageErrorWatch;
  /** The site owner's PnPjs (no schema guard), for reading what the seed wrote. */
  owner: SPFI;
}

/** What {@link openSiteSession} starts: the workbench's options and the page's viewport. */
export interface ISiteSessionOptions extends ISpawnOptions {
  viewport?: { width: number; height: number };
  /** Whether the page accepts downloads (reports, .ics files). */
  acceptDownloads?: boolean;
}

/** Starts the workbench and the browser and opens the watched page. */
export async function openSiteSession(options: ISiteSessionOptions = {}): Promise<ISiteSession> {
  const { viewport, acceptDownloads, ...spawnOptions } = options;
  const wb = await spawnWorkbench({ projects: 10, ...spawnOptions });
  const owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: viewport ?? { width: 1280, height: 1000 }, acceptDownloads });
  return { wb, browser, page, watch: watchPageErrors(page), owner };
}

/** The page errors since the last call (and forgets them): a test expects none. */
export function takePageErrors(watch: IPageErrorWatch | undefined): string[] {
  if (!watch) return [];
  const errors = watch.errors();
  watch.clear();
  return errors;
}

/** Closes what {@link openSiteSession} opened; safe after a failed start (any part missing). */
export async function closeSiteSession(session: Partial<Pick<ISiteSession, 'wb' | 'browser' | 'watch'>>): Promise<void> {
  session.watch?.dispose();
  await session.browser?.close();
  await session.wb?.stop();
}
