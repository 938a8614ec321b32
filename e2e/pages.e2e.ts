/**
 * Every page of the local site loads without a page error: each page of the SharePoint frame's
 * navigation (and SharePoint's not-found page), and each Teams tab in Teams' three themes, in English
 * and German, while another program holds Vite's default WebSocket port. A failed WebSocket (Vite's
 * client), an uncaught exception, a console error or a request the page could not make fails the test.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { loadWithoutErrors, watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { axeViolations } from './axe';
import { gotoSettled } from './settle';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let other: Server | undefined;

/**
 * Another program on Vite's default WebSocket port (24678), as a second workbench on the machine
 * would be: the local site must not depend on that port. Resolves undefined when the port is taken already.
 */
function occupyVitePort(): Promise<Server | undefined> {
  return new Promise(resolve => {
    const s = createServer((_req, res) => { res.statusCode = 400; res.end(); });
    s.once('error', () => resolve(undefined));
    s.listen(24678, () => resolve(s));
  });
}

beforeAll(async () => {
  other = await occupyVitePort();
  wb = await spawnWorkbench({ projects: 6 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch = watchPageErrors(page);
});

afterAll(async () => {
  watch?.dispose();
  await browser?.close();
  await wb?.stop();
  await new Promise(resolve => (other ? other.close(resolve) : resolve(undefined)));
});

/** The hrefs of the links matched by `selector` on the page at `url`. */
async function links(url: string, selector: string): Promise<string[]> {
  await gotoSettled(page, url);
  await page.locator(selector).first().waitFor();
  return page.locator(selector).evaluateAll(els => els.map(e => (e as HTMLAnchorElement).href));
}

const canvasReady = (p: Page): Promise<unknown> => p.getByTestId('page-canvas').locator('*').first().waitFor();

describe.each(['en-us', 'de-de'])('the local site in %s', lang => {
  it('loads every page of the SharePoint frame without a page error', async () => {
    const pages = await links(`${wb.siteUrl}?lang=${lang}`, 'nav.sp-sitenav a');
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.push(`${wb.siteUrl}/SitePages/Nothing.aspx`);
    const found: Record<string, string[]> = {};
    for (const url of pages) {
      const errors = await loadWithoutErrors(page, watch, `${url}${url.indexOf('?') < 0 ? '?' : '&'}lang=${lang}`, canvasReady);
      if (errors.length) found[url] = errors;
    }
    expect(found).toEqual({});
  });

  // One test per theme: each loads every tab (14 of them), which on a loaded two-core machine takes minutes.
  it.each(['default', 'dark', 'contrast'])('loads every Teams tab in the %s theme without a page error or a serious axe violation', async theme => {
    const tabs = await links(`${wb.url}/teams?lang=${lang}`, 'nav.teams-tabs a');
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    const found: Record<string, string[]> = {};
    for (const tab of tabs) {
      const url = new URL(tab);
      url.searchParams.set('theme', theme);
      url.searchParams.set('lang', lang);
      const errors = await loadWithoutErrors(page, watch, url.toString(), p => p.getByTestId('teams-tab-content').locator('*').first().waitFor());
      // Each tab's content once loaded (no spinner left), in this theme's colours.
      await page.getByTestId('teams-tab-content').getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="teams-tab-content"] [role="status"] [aria-hidden="true"]'));
      errors.push(...(await axeViolations(page, '[data-testid="teams-tab-content"]')).map(v => `axe: ${v}`));
      errors.push(...(await nativeControlsOffTheme(page, theme !== 'default')));
      if (errors.length) found[url.toString()] = errors;
    }
    expect(found).toEqual({});
  });

  it('shows the date picker readable in Teams\' dark and high-contrast themes (selected day and month, icons)', async () => {
    const found: Record<string, string[]> = {};
    for (const theme of ['dark', 'contrast']) {
      const url = `${wb.url}/teams?user=anna.schmidt%40pmohub.demo&lang=${lang}&tab=Requests&theme=${theme}`;
      await loadWithoutErrors(page, watch, url, p => p.getByTestId('teams-tab-content').locator('input').first().waitFor());
      const button = page.getByTestId('teams-tab-content').getByRole('button', { name: lang === 'de-de' ? /Kalender/ : /Calendar/ }).first();
      await button.click();
      const dialog = page.getByTestId('teams-tab-content').getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('grid').first().waitFor();
      const errors = (await axeViolations(page, '[data-testid="teams-tab-content"] [role="dialog"]')).map(v => `axe: ${v}`);
      if (errors.length) found[theme] = errors;
      // The month and year heading shows in full.
      const heading = dialog.locator('button[aria-live], [aria-live] button, button[class*="monthAndYear"], [class*="monthAndYear"]').first();
      if (await heading.count()) {
        const clipped = await heading.evaluate(el => el.scrollWidth > el.clientWidth + 1);
        if (clipped) (found[theme] = found[theme] ?? []).push(`month heading clipped: ${await heading.textContent()}`);
      }
      await screenshot(page, `calendar-${theme}-${lang}`);
      await page.keyboard.press('Escape');
    }
    expect(found).toEqual({});
  });
});

/**
 * What axe does not check: native controls (checkboxes, radio buttons, file and select buttons) drawn
 * light on a dark theme, and placeholders under 4.5:1 against their field (WCAG 1.4.3).
 */
async function nativeControlsOffTheme(p: Page, dark: boolean): Promise<string[]> {
  return p.evaluate((isDark: boolean) => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]): number => {
      const [r, g, b] = c.map(v => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string): number => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
    const root = document.querySelector('[data-testid="teams-tab-content"]');
    const out: string[] = [];
    if (!root) return out;
    const name = (el: Element): string => el.id || el.getAttribute('name') || el.outerHTML.slice(0, 60);
    if (isDark) {
      for (const el of Array.from(root.querySelectorAll('input[type="checkbox"], input[type="radio"], input[type="file"], select'))) {
        if (getComputedStyle(el).colorScheme.indexOf('dark') < 0) out.push(`native control drawn light on a dark theme: ${name(el)}`);
      }
    }
    for (const el of Array.from(root.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
      const field = getComputedStyle(el).backgroundColor;
      const hint = getComputedStyle(el, '::placeholder').color;
      if (ratio(hint, field) < 4.5) out.push(`placeholder of ${name(el)}: ${hint} on ${field} is ${ratio(hint, field).toFixed(2)}:1`);
    }
    return out;
  }, dark);
}

describe('the local site over plain HTTP', () => {
  it('answers a plain GET of a page with the page, as curl gets it (no Accept: text/html)', async () => {
    for (const url of [wb.siteUrl, `${wb.siteUrl}/`, `${wb.siteUrl}/SitePages/Portfolio.aspx`, `${wb.siteUrl}/SitePages/Nothing.aspx`, `${wb.url}/teams`, `${wb.url}/teams?tab=Portfolio`, wb.url]) {
      const res = await fetch(url, { headers: { Accept: '*/*' }, redirect: 'manual' });
      expect(`${url}: ${res.status} ${res.headers.get('content-type') ?? ''}`).toBe(`${url}: 200 text/html; charset=utf-8`);
      expect(await res.text()).toContain('<div id="root"></div>');
    }
    const head = await fetch(wb.siteUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('keeps the API routes, the page\'s modules and unknown paths as they were', async () => {
    const web = await fetch(`${wb.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(web.status).toBe(200);
    expect(await web.json()).toEqual({ Title: 'PMO' });
    const unknownApi = await fetch(`${wb.siteUrl}/_api/nothing`, { headers: { Accept: 'text/html' } });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/json/);
    const graph = await fetch(`${wb.graphUrl}/me`, { headers: { 'X-Workbench-User': 'olivia.bennett@pmohub.demo' } });
    expect(graph.headers.get('content-type')).toMatch(/json/);
    const module = await fetch(`${wb.url}/main.tsx`);
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${wb.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${wb.url}/nothing`, { headers: { Accept: 'text/html' } })).status).toBe(404);
  });
});
