/**
 * Page errors in browser tests: everything a person would see in the browser's console as an error —
 * uncaught exceptions (`pageerror`), `console.error` (a failed WebSocket, React's warnings) — Fluent
 * UI's "The icon … was used but not registered" warning (an icon that renders blank and unnamed), and
 * requests the page could not make at all. Attach it to a page before loading it, and expect
 * `errors()` to be empty after each load.
 */
import type { ConsoleMessage, Page, Request } from 'playwright-core';

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
  const onRequestFailed = (r: Request): void => {
    // A navigation away cancels the old page's requests: that is not an error a person sees.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    add(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  return {
    errors: () => found.slice(),
    clear: () => { found = []; },
    dispose: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
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
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await ready(page);
  // A WebSocket that cannot connect reports it a moment after the load.
  await page.waitForTimeout(300);
  return watch.errors();
}
