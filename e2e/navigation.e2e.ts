/**
 * Site pages and navigation (issue 9, items 10–12), in English and German, in the SharePoint frame
 * and the Teams view: every PMO Home tile and every navigation entry opens a page that exists; a
 * visitor sees no "Project requests" entry, and opening that page by its address says in plain words
 * that they cannot use it (no raw SharePoint error); "Open the project in SharePoint" opens the
 * project's page.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';
import { gotoSettled } from './settle';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;

const OWNER = 'olivia.bennett@pmohub.demo';
const VISITOR = 'thomas.wright@pmohub.demo';

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 6 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

/** The hrefs of the links matched by `selector` once the page at `url` shows them. */
async function hrefs(url: string, selector: string): Promise<string[]> {
  await gotoSettled(page, url);
  await page.locator(selector).first().waitFor();
  return page.locator(selector).evaluateAll(els => els.map(e => (e as HTMLAnchorElement).href));
}

/** Whether the page at `url` shows SharePoint's "page not found". */
async function isNotFound(url: string): Promise<boolean> {
  await gotoSettled(page, url);
  await page.getByTestId('page-canvas').locator('*').first().waitFor();
  return (await page.locator('.sp-notfound').count()) > 0;
}

const NOT_FOUND = { en: 'The page you are looking for does not exist on this site.', de: 'Die gesuchte Seite gibt es auf dieser Website nicht.' };

describe.each([['en-us', 'en'], ['de-de', 'de']] as const)('site pages in %s', (lang, short) => {
  it('every PMO Home tile and every navigation entry opens a page that exists', async () => {
    const tiles = await hrefs(`${wb.siteUrl}?user=${OWNER}&lang=${lang}`, '[data-testid^="tile-"] a');
    expect(tiles.map(u => new URL(u).pathname)).toEqual([
      '/sites/pmo/SitePages/Requests.aspx', '/sites/pmo/SitePages/Scoring.aspx', '/sites/pmo/SitePages/Portfolio.aspx', '/sites/pmo/SitePages/Dashboard.aspx',
      '/sites/pmo/SitePages/Prioritization.aspx', '/sites/pmo/SitePages/Capacity.aspx', '/sites/pmo/SitePages/Training.aspx', '/sites/pmo/SitePages/Maturity.aspx', '/sites/pmo/SitePages/Setup.aspx'
    ]);
    const nav = await hrefs(`${wb.siteUrl}?user=${OWNER}&lang=${lang}`, 'nav.sp-sitenav a');
    const missing: string[] = [];
    for (const url of [...tiles, ...nav]) {
      if (await isNotFound(`${url}${url.indexOf('?') < 0 ? '?' : '&'}user=${OWNER}&lang=${lang}`)) missing.push(url);
    }
    expect(missing).toEqual([]);
    expect(await page.getByText(NOT_FOUND[short]).count()).toBe(0);
  });

  it('a visitor sees no Project requests in the navigation, and the page says in plain words they cannot use it', async () => {
    const nav = await hrefs(`${wb.siteUrl}?user=${VISITOR}&lang=${lang}`, 'nav.sp-sitenav a');
    expect(nav.map(u => new URL(u).pathname)).not.toContain('/sites/pmo/SitePages/Requests.aspx');
    expect(nav.map(u => new URL(u).pathname)).toContain('/sites/pmo/SitePages/Portfolio.aspx');
    // PMO Setup is the site owners' page: neither in the navigation nor a tile for anyone else.
    expect(nav.map(u => new URL(u).pathname)).not.toContain('/sites/pmo/SitePages/Setup.aspx');
    await page.locator('[data-testid^="tile-"] a').first().waitFor();
    const tiles = await page.locator('[data-testid^="tile-"] a').evaluateAll(els => els.map(e => (e as HTMLAnchorElement).pathname));
    expect(tiles).toContain('/sites/pmo/SitePages/Portfolio.aspx');
    expect(tiles).not.toContain('/sites/pmo/SitePages/Requests.aspx');
    expect(tiles).not.toContain('/sites/pmo/SitePages/Setup.aspx');

    await gotoSettled(page, `${wb.siteUrl}/SitePages/Requests.aspx?user=${VISITOR}&lang=${lang}`);
    const notice = page.getByTestId('page-no-access');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain(short === 'en' ? "You can't use this page" : 'Sie können diese Seite nicht verwenden');
    expect(text).toContain(short === 'en' ? '“Project requests”' : '„Projektanträge“');
    expect(await page.getByText(/does not exist|List '/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `navigation-visitor-requests-${short}`);
  });

  it('the Teams view offers a visitor no Project requests tab, and the tab by its address says they cannot use it', async () => {
    const tabs = await hrefs(`${wb.url}/teams?user=${VISITOR}&lang=${lang}`, 'nav.teams-tabs a');
    // A visitor reads Projects, Roles, Risks, GateReviews, Benefits, the training catalogue, the maturity questionnaire and the methodology guide, so the
    // Dashboard, Capacity, Project, RAID log, Gates, Benefits, Training, Maturity and Methodology pages are tabs too; Project requests is not.
    expect(tabs.map(u => new URL(u).searchParams.get('tab'))).toEqual(['Home', 'Portfolio', 'Dashboard', 'Capacity', 'Project', 'Raid', 'Gates', 'Benefits', 'Training', 'Maturity', 'Methodology']);
    await gotoSettled(page, `${wb.url}/teams?user=${VISITOR}&lang=${lang}&tab=Requests&theme=dark`);
    await page.getByTestId('page-no-access').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"Open the project in SharePoint" opens the project\'s page, which exists', async () => {
    await gotoSettled(page, `${wb.siteUrl}/SitePages/Portfolio.aspx?user=${OWNER}&lang=${lang}`);
    const details = page.getByRole('button', { name: short === 'en' ? /^Show details of / : /^Details zu .* anzeigen$/ }).first();
    await details.waitFor();
    await details.click();
    const open = page.getByRole('dialog').getByRole('link', { name: short === 'en' ? 'Open the project in SharePoint' : 'Projekt in SharePoint öffnen' });
    await open.waitFor();
    const href = await open.getAttribute('href');
    expect(href).toMatch(/\/sites\/pmo\/SitePages\/Project\.aspx\?projectId=\d+$/);
    expect(await isNotFound(`${href}&user=${OWNER}&lang=${lang}`)).toBe(false);
  });
});
