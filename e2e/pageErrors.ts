/**
 * Page errors in browser tests: everything a person would see in the browser's console as an error —
 * uncaught exceptions (`pageerror`), `console.error` (a failed WebSocket, React's warnings) — Fluent
 * UI's "The icon … was used but not registered" warning (an icon that renders blank and unnamed), and
 * requests that failed, aborted ones included. Attach it to a page before loading it, and expect
 * `errors()` to be empty after each load.
 *
 * The only aborted requests it accepts are those a navigation cancels: a request of a document that a
 * main-frame navigation (a test's `goto`, a link, a reload) has since replaced, and a navigation
 * superseded by the next one. A history entry pushed by the page (`pushState`) replaces no document. Any other `net::ERR_ABORTED` is an error: a request the page's code
 * cancelled, or a response the browser dropped (Chromium reports a 200 whose empty body nobody read
 * as aborted — PMO Hub's PnPjs setup reads them, `platform/readEmptyBodies.ts`).
 */
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { gotoSettled } from './settle';

export interface IPageErrorWatch {
  /** The errors since the watch started (or since the last clear()), each as "kind: text (url)". */
  errors(): string[];
  /** Forgets the errors collected so far (between two pages). */
  clear(): void;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Collects the page errors of `page` from now on. `ignore` lists patterns of messages a test knows
 * of and accepts (keep it empty unless a test says why).
 */
export function watchPageErrors(page: Page, ignore: ReadonlyArray<RegExp> = []): IPageErrorWatch {
  let found: string[] = [];
  const add = (text: string): void => {
    if (!ignore.some(r => r.test(text))) found.push(text);
  };
  const onConsole = (m: ConsoleMessage): void => {
    if (m.type() === 'error') add(`console.error: ${m.text()} (${m.location().url || page.url()})`);
    else if (m.type() === 'warning' && /was used but not registered/.test(m.text())) add(`unregistered icon: ${m.text()} (${page.url()})`);
  };
  const onPageError = (e: Error): void => add(`uncaught: ${e.message} (${page.url()})`);
  // The main frame's documents so far (a navigation's response replaces the document), the one each
  // request was made in, and the aborted requests, judged when the errors are read: by then the
  // navigation that cancelled them has replaced their document (the events come in no fixed order).
  let documents = 0;
  const madeIn = new WeakMap<Request, number>();
  let aborted: Request[] = [];
  const isMainNavigation = (r: Request): boolean => r.isNavigationRequest() && r.frame() === page.mainFrame();
  const onRequest = (r: Request): void => { madeIn.set(r, documents); };
  const onResponse = (response: Response): void => { if (isMainNavigation(response.request())) documents++; };
  const failure = (r: Request): string => `request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`;
  const onRequestFailed = (r: Request): void => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED') aborted.push(r);
    else add(failure(r));
  };
  // A navigation cancels the requests of the document it replaces, and a newer navigation an older one:
  // no person sees an error there. Any other abort is one.
  const unexpectedAborts = (): string[] => aborted
    .filter(r => !r.isNavigationRequest() && (madeIn.get(r) ?? -1) >= documents)
    .map(failure)
    .filter(text => !ignore.some(x => x.test(text)));
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('response', onResponse);
  page.on('requestfailed', onRequestFailed);
  return {
    errors: () => [...found, ...unexpectedAborts()],
    clear: () => { found = []; aborted = []; },
    dispose: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      page.off('response', onResponse);
      page.off('requestfailed', onRequestFailed);
    }
  };
}

/**
 * Opens `url`, waits until the page has settled (network idle, then `ready` when given) and returns
 * the page errors of that load.
 */
export async function loadWithoutErrors(page: Page, watch: IPageErrorWatch, url: string, ready?: (page: Page) => Promise<unknown>): Promise<string[]> {
  watch.clear();
  // Settled as e2e/settle.ts has it; a load that never settles fails naming the requests still open.
  await gotoSettled(page, url);
  if (ready) await ready(page);
  // A WebSocket that cannot connect reports it a moment after the load.
  await page.waitForTimeout(300);
  return watch.errors();
}
