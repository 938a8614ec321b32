/**
 * reliability.xss, the rendering half: PMO Hub's pages in Chromium (playwright-core, e2e/browser.ts)
 * as the roles that see them, with a detector. `__xss(<id>)` is a function of the page (and of every
 * frame of it, Playwright's exposeFunction), so a payload that runs reports its id. After each page and
 * after each of its tabs and detail views opens, the DOM is searched for addresses that are not
 * http(s) or mailto in links and in what loads or submits an address (a, area, iframe, frame, embed,
 * object, form, button, input, base, link, SVG/MathML links) and for iframes with `srcdoc`: such an
 * address is executed-equivalent (one click runs it).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROLE_USERS, type SuiteRole } from './site';
import { payloadIdsIn } from './xssPayloads';
import { gotoSettled } from '../../e2e/settle';

/** A page to render: its label, its address and the role that opens it, and what to open on it. */
export interface IXssVisit {
  label: string;
  url: string;
  role: SuiteRole;
  /** Also opens the details of the first items listed (the buttons with such a name), on each tab. */
  details?: RegExp;
}

/** What the detector saw on one visit. */
export interface IXssVisitResult {
  label: string;
  role: SuiteRole;
  /** Payload ids that ran. */
  fired: number[];
  /** Unsafe addresses found (element, attribute, address). */
  unsafe: string[];
  /** Payload ids whose text the page showed (in its text, escaped): the payloads reached it. */
  shown: number[];
  /** Views looked at: the page, each tab, each detail. */
  views: number;
  /** Page errors (uncaught exceptions): not executions, but shown in the table. */
  errors: number;
}

/** How long the page may stay busy after a click before it is searched anyway (ms). */
const SETTLE_MAX_MS = 15_000;
/** How long no request may be open for the page to count as settled (ms). */
const QUIET_MS = 400;
/** Detail views opened per page at most. */
const MAX_DETAILS = 3;

/** Resolves when `page` had no open request for {@link QUIET_MS} (at most {@link SETTLE_MAX_MS}). */
function settleOf(page: Page): () => Promise<void> {
  let open = 0;
  let last = Date.now();
  page.on('request', () => { open++; last = Date.now(); });
  const done = (): void => { open = Math.max(0, open - 1); last = Date.now(); };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const t0 = Date.now();
    while (Date.now() - t0 < SETTLE_MAX_MS && (open > 0 || Date.now() - last < QUIET_MS)) await page.waitForTimeout(100);
  };
}

/** The unsafe addresses in the page's DOM (every frame): `<tag> <attribute>=<address>`. */
export async function unsafeAddresses(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => {
      const SAFE = ['http:', 'https:', 'mailto:'];
      const FRAME_SAFE = ['about:'];
      const ATTRS = ['href', 'xlink:href', 'src', 'data', 'action', 'formaction'];
      const TAGS = new Set(['a', 'area', 'iframe', 'frame', 'embed', 'object', 'form', 'button', 'input', 'base', 'link', 'use', 'math', 'maction', 'animate', 'set']);
      const bad: string[] = [];
      // The body only: the host page's own head (its icon) is not what users wrote.
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const tag = el.localName.toLowerCase();
        if (!TAGS.has(tag)) continue;
        if (tag === 'iframe' && el.hasAttribute('srcdoc')) bad.push(`iframe srcdoc=${(el.getAttribute('srcdoc') ?? '').slice(0, 160)}`);
        for (const attr of ATTRS) {
          const v = el.getAttribute(attr);
          if (v === null || (tag === 'input' && attr === 'src')) continue;
          let protocol: string;
          try { protocol = new URL(v, location.href).protocol; } catch { protocol = 'invalid:'; }
          const frameish = tag === 'iframe' || tag === 'frame';
          if (SAFE.indexOf(protocol) < 0 && !(frameish && FRAME_SAFE.indexOf(protocol) >= 0)) bad.push(`${tag} ${attr}=${v.slice(0, 160)}`);
        }
      }
      return bad;
    }).catch(() => [] as string[]);
    out.push(...found);
  }
  return out;
}

/** A detector on a browser context: the ids fired while each label was current. */
export interface IXssDetector {
  context: BrowserContext;
  /** Starts counting under `label`; the ids fired since the last call. */
  take(): number[];
}

/** A new browser context whose pages (and frames) have `__xss`. */
export async function detectorContext(browser: Browser): Promise<IXssDetector> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  let fired: number[] = [];
  await context.exposeFunction('__xss', (id: unknown) => { fired.push(Number(id)); });
  return { context, take: () => { const f = Array.from(new Set(fired)); fired = []; return f; } };
}

/** The canvas of the local site's page, or the Teams tab's content. */
const CONTENT = '[data-testid="page-canvas"], [data-testid="teams-tab-content"]';

/** Opens `visit` in a new page of the detector's context, its tabs and details, and searches each view. */
export async function renderVisit(d: IXssDetector, siteUrl: string, visit: IXssVisit): Promise<IXssVisitResult> {
  const page = await d.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  const settle = settleOf(page);
  const unsafe = new Set<string>();
  const shown = new Set<number>();
  let views = 0;
  const look = async (): Promise<void> => {
    await settle();
    // A spinner (the light control's ring, Fluent's in panels) means data or a chunk is still coming.
    await page.waitForFunction(() => !document.querySelector('[role="status"] > [aria-hidden="true"], .ms-Spinner'), undefined, { timeout: SETTLE_MAX_MS }).catch(() => undefined);
    await settle();
    views++;
    for (const u of await unsafeAddresses(page)) unsafe.add(u);
    for (const id of payloadIdsIn(await page.evaluate(() => document.body.innerText).catch(() => ''))) shown.add(id);
  };
  d.take();
  try {
    const url = new URL(visit.url, siteUrl);
    url.searchParams.set('user', ROLE_USERS[visit.role]);
    url.searchParams.set('lang', 'en-us');
    await gotoSettled(page, url.toString());
    await page.locator(CONTENT).first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    await look();
    const tabs = page.locator(CONTENT).getByRole('tab');
    const count = await tabs.count();
    for (let i = 0; i < count; i++) {
      if (!(await tabs.nth(i).isVisible().catch(() => false))) continue;
      await tabs.nth(i).click({ timeout: 10_000 }).catch(() => undefined);
      await look();
      if (visit.details) await openDetails(page, visit.details, look);
    }
    if (visit.details && count === 0) await openDetails(page, visit.details, look);
  } finally {
    await page.close();
  }
  return { label: visit.label, role: visit.role, fired: d.take(), unsafe: Array.from(unsafe), shown: Array.from(shown), views, errors: errors.length };
}

/** Opens the first items' details (buttons named `name`) one after the other, searching each, and closes them. */
async function openDetails(page: Page, name: RegExp, look: () => Promise<void>): Promise<void> {
  for (let i = 0; i < MAX_DETAILS; i++) {
    const open = page.locator(CONTENT).getByRole('button', { name });
    if ((await open.count()) <= i) return;
    await open.nth(i).click({ timeout: 10_000 }).catch(() => undefined);
    await look();
    const back = page.getByRole('button', { name: /^(Back|Close)/ }).first();
    if (await back.isVisible().catch(() => false)) await back.click({ timeout: 10_000 }).catch(() => undefined);
    else await page.keyboard.press('Escape');
    await look();
  }
}
