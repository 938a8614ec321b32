/** Browser-test helpers: Debian's Chromium driven by playwright-core, and screenshots in test-output/. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { NAVIGATION_TIMEOUT_MS, trackNetwork } from './settle';

export const SCREENSHOT_DIR: string = path.resolve(__dirname, '..', 'test-output', 'screenshots');

export { NAVIGATION_TIMEOUT_MS };

/**
 * Launches the system Chromium headless with the flags this offline machine needs. Every page
 * and context it opens navigates with {@link NAVIGATION_TIMEOUT_MS}, and counts its requests over the
 * network for e2e/settle.ts.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions): Promise<BrowserContext> => {
    const context = await newContext(options);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    context.on('page', p => { trackNetwork(p); });
    return context;
  };
  browser.newPage = async (options?: BrowserContextOptions): Promise<Page> => {
    const page = await newPage(options);
    page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    trackNetwork(page);
    return page;
  };
  return browser;
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
