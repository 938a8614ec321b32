/**
 * Waiting for a page to settle, as a person's browser has it: no http(s) request open for 500 ms
 * (Playwright's definition of network idle). Playwright's own `networkidle` also waits for the page's
 * object URLs (`blob:`, `data:`), and Chromium does not always report the end of an image loaded from a
 * `blob:` URL (a person's photo from Graph): a load that had long finished then waited out the
 * navigation timeout (seen once in some hundred loads of the Dashboard page). These helpers count only
 * requests that travel over the network, and on a timeout name the ones still open.
 */
import type { Page, Request } from 'playwright-core';

/** Quiet time that makes a page settled (ms), as Playwright's network idle. */
const QUIET_MS: number = 500;
/**
 * How long a navigation, or a page's settling, may take before a test fails (ms). Playwright's 30 s
 * default is too short on a two-core CI machine where Jest runs the instrumented workbench and other
 * suites alongside the browser: a page that settles in 2 s alone once took over 30 s there.
 */
export const NAVIGATION_TIMEOUT_MS: number = 90_000;

interface INetworkTracker {
  /** The requests over the network not yet answered, with when each was made. */
  open: Map<Request, number>;
  /** When the last request over the network ended or began (ms since the epoch). */
  lastChange: number;
}

const trackers = new WeakMap<Page, INetworkTracker>();

const overNetwork = (r: Request): boolean => /^https?:/i.test(r.url());

/**
 * Starts counting `page`'s requests over the network (once per page; e2e/browser.ts does it for every
 * page it opens). Returns the page.
 */
export function trackNetwork(page: Page): Page {
  if (trackers.has(page)) return page;
  const t: INetworkTracker = { open: new Map(), lastChange: Date.now() };
  trackers.set(page, t);
  const done = (r: Request): void => {
    if (t.open.delete(r)) t.lastChange = Date.now();
  };
  page.on('request', r => {
    if (!overNetwork(r)) return;
    t.open.set(r, Date.now());
    t.lastChange = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return page;
}

/**
 * Resolves once `page` has had no request over the network open for 500 ms. Throws after
 * `timeoutMs` naming the requests still open.
 */
export async function waitForSettled(page: Page, timeoutMs: number = NAVIGATION_TIMEOUT_MS): Promise<void> {
  trackNetwork(page);
  const t = trackers.get(page) as INetworkTracker;
  const until = Date.now() + timeoutMs;
  // A request the page makes right after the load event starts within the quiet time.
  t.lastChange = Math.max(t.lastChange, Date.now());
  while (t.open.size > 0 || Date.now() - t.lastChange < QUIET_MS) {
    if (Date.now() > until) {
      const open = Array.from(t.open.entries()).map(([r, at]) => `${r.method()} ${r.url()} (open ${Date.now() - at} ms)`);
      throw new Error(`The page did not settle within ${timeoutMs} ms: ${open.length} request(s) still open:\n${open.slice(0, 40).join('\n')}`);
    }
    await page.waitForTimeout(50);
  }
}

/** Opens `url` in `page` and waits until it has loaded and settled (see {@link waitForSettled}). */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  trackNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  await waitForSettled(page);
}

/** Reloads `page` and waits until it has loaded and settled. */
export async function reloadSettled(page: Page): Promise<void> {
  trackNetwork(page);
  await page.reload({ waitUntil: 'load' });
  await waitForSettled(page);
}
