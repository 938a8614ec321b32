/**
 * The workbench's own page and frames as a person sees them: fault settings out of range are refused
 * with a message naming the field (and nothing is applied), and the workbench's labels follow the
 * language switcher, in English and German.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';
import { watchPageErrors, type IPageErrorWatch } from './pageErrors';

jest.setTimeout(180_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 2 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The page's own refusal is no page error; a 400 the browser logs for a refused POST would be one.
  watch = watchPageErrors(page);
});

afterAll(async () => {
  watch?.dispose();
  await browser?.close();
  await wb?.stop();
});

const faults = async (): Promise<unknown> => (await fetch(`${wb.url}/_workbench/faults`)).json();

describe.each([
  ['en-us', { share429: 'Share of 429 responses (0–1)', retry: 'Retry-After (seconds)', apply: 'Apply', error429: '“Share of 429 responses (0–1)” must be a number from 0 to 1.', errorRetry: '“Retry-After (seconds)” must be a whole number from 0 to 120.', applied: 'The fault settings are applied.' }],
  ['de-de', { share429: 'Anteil der 429-Antworten (0–1)', retry: 'Retry-After (Sekunden)', apply: 'Übernehmen', error429: '„Anteil der 429-Antworten (0–1)“ muss eine Zahl von 0 bis 1 sein.', errorRetry: '„Retry-After (Sekunden)“ muss eine ganze Zahl von 0 bis 120 sein.', applied: 'Die Einstellungen der Fehlersimulation gelten jetzt.' }]
])('the Workbench page in %s', (lang, t) => {
  it('refuses a 429 share of 1.5 and a Retry-After of 2.5 with messages naming the fields, and applies valid settings', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Workbench.aspx?lang=${lang}`);
    watch.clear();
    const share = page.getByLabel(t.share429);
    await share.fill('1.5');
    await page.getByLabel(t.retry).fill('2.5');
    await page.getByRole('button', { name: t.apply }).click();
    await page.getByText(t.error429, { exact: true }).first().waitFor();
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${String(await share.getAttribute('aria-describedby'))}`).textContent()).toBe(t.error429);
    expect(await page.getByTestId('wb-error-retryAfterSeconds').textContent()).toBe(t.errorRetry);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('rate429');
    expect(await faults()).toEqual({});
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `workbench-faults-refused-${lang}`);

    await share.fill('0.25');
    await page.getByLabel(t.retry).fill('2');
    await page.getByRole('button', { name: t.apply }).click();
    await page.getByRole('status').getByText(t.applied).waitFor();
    expect(await share.getAttribute('aria-invalid')).toBeNull();
    expect(await faults()).toEqual({ rate429: 0.25, rate503: 0, retryAfterSeconds: 2 });
    await fetch(`${wb.url}/_workbench/faults`, { method: 'POST', body: '{}' });
    expect(watch.errors()).toEqual([]);
  });
});

describe('the workbench\'s own labels', () => {
  it('are German on a German page: suite bar, switchers, navigation, not-found page and the Teams view', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Nothing.aspx?lang=de-de`);
    await page.getByRole('heading', { name: 'Leider ist ein Fehler aufgetreten' }).waitFor();
    await page.getByRole('link', { name: 'Teams-Ansicht' }).waitFor();
    await page.getByLabel('Sprache').waitFor();
    await page.getByLabel('Angemeldet als').waitFor();
    await page.getByRole('navigation', { name: 'Websitenavigation' }).getByRole('link', { name: 'Arbeitsumgebung' }).waitFor();
    expect(await page.getByLabel('Angemeldet als').locator('optgroup').evaluateAll(els => els.map(e => (e as HTMLOptGroupElement).label)))
      .toEqual(['Websitebesitz', 'PMO-Team', 'Projektleitung', 'Strategiegremium', 'Antragstellende', 'Lernende', 'Lesezugriff']);
    expect(await page.locator('body').textContent()).not.toMatch(/Teams view|Signed in as|Language|Workbench\b|Sorry/);
    await page.goto(`${wb.url}/teams?lang=de-de&user=emma.clarke@pmohub.demo`);
    await page.getByRole('navigation', { name: 'Ihre Teams' }).waitFor();
    await page.getByRole('navigation', { name: 'Registerkarten des Kanals' }).waitFor();
    await page.getByLabel('Teams-Design').waitFor();
    expect(await page.getByLabel('Teams-Design').locator('option').allTextContents()).toEqual(['Standard', 'Dunkel', 'Hoher Kontrast']);
    await screenshot(page, 'workbench-teams-de');
  });
});
