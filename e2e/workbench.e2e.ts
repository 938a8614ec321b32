/**
 * The local PMO site in Chromium: PMO Home renders against the emulator, the user and language
 * switchers work, and the Teams view shows the Teams-enabled web parts as tabs.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';

jest.setTimeout(180_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 8 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe('local PMO site', () => {
  it('renders PMO Home for the site owner in English', async () => {
    await page.goto(`${wb.siteUrl}?user=olivia.bennett@pmohub.demo&lang=en-us`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to the PMO' }).waitFor();
    await page.getByText('Hello, Olivia Bennett').waitFor();
    // One tile per page the site has: no tile leads to a missing page, and no page of the site's areas lacks its tile.
    const tiles = page.getByRole('navigation', { name: 'PMO areas' }).getByRole('listitem');
    expect(await tiles.evaluateAll(items => items.map(li => li.querySelector('span > span')?.textContent))).toEqual(['Project requests', 'Scoring and decisions', 'Portfolio', 'Reports and KPIs', 'Prioritization', 'Resources and capacity', 'Trainings', 'Maturity assessment', 'PMO Setup']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workbench-home-owner-en');
  });

  it('switches the user with the user switcher', async () => {
    await page.goto(wb.siteUrl);
    await page.getByTestId('user-switcher').selectOption('marco.rossi@pmohub.demo');
    await page.getByText('Hello, Marco Rossi').waitFor();
    expect(await page.getByTestId('user-switcher').inputValue()).toBe('marco.rossi@pmohub.demo');
    await screenshot(page, 'workbench-home-projectmanager');
  });

  it('switches the language with the language switcher, and keeps it', async () => {
    await page.goto(wb.siteUrl);
    await page.getByTestId('locale-switcher').selectOption('de-de');
    await page.getByRole('heading', { level: 1, name: 'Willkommen im PMO' }).waitFor();
    await page.getByText('Hallo, Marco Rossi').waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'PMO-Bereiche' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workbench-home-de');
    await page.getByTestId('locale-switcher').selectOption('fr-fr');
    await page.getByRole('heading', { level: 1, name: 'Bienvenue au PMO' }).waitFor();
    await page.getByTestId('locale-switcher').selectOption('en-us');
    await page.getByRole('heading', { level: 1, name: 'Welcome to the PMO' }).waitFor();
  });

  it('takes ?lang= by language: "nl" and "nl-BE" give the Dutch page, strings and switcher alike; an unknown one English', async () => {
    for (const lang of ['nl', 'nl-BE']) {
      await page.goto(`${wb.siteUrl}?user=olivia.bennett@pmohub.demo&lang=${lang}`);
      await page.getByRole('navigation', { name: 'PMO-onderdelen' }).waitFor();
      expect(await page.getByTestId('locale-switcher').inputValue()).toBe('nl-nl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    }
    await page.goto(`${wb.siteUrl}?user=olivia.bennett@pmohub.demo&lang=pt-br`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to the PMO' }).waitFor();
    expect(await page.getByTestId('locale-switcher').inputValue()).toBe('en-us');
  });

  it('shows the Teams view with the user\'s teams and PMO Home as a tab, in the dark theme', async () => {
    await page.goto(`${wb.url}/teams?user=emma.clarke@pmohub.demo&theme=dark`);
    const teams = page.getByRole('navigation', { name: 'Your teams' });
    await teams.getByRole('link', { name: 'Digital Transformation Programme' }).waitFor();
    await page.getByRole('navigation', { name: 'Channel tabs' }).getByRole('link', { name: 'PMO Home' }).waitFor();
    await page.getByTestId('teams-tab-content').getByText('Hello, Emma Clarke').waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.teams-app') as Element).backgroundColor);
    expect(bg).toBe('rgb(31, 31, 31)');
    expect(await axeViolations(page, '[data-testid="teams-tab-content"]')).toEqual([]);
    await screenshot(page, 'workbench-teams-dark');
  });

  it('has set the site up on first start: PMO Setup says up to date', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Setup.aspx?user=olivia.bennett@pmohub.demo&lang=en-us`);
    await page.getByTestId('setup-uptodate').waitFor();
    expect(await page.getByTestId('site-version').textContent()).toBe(await page.getByTestId('solution-version').textContent());
    expect(await page.getByRole('button', { name: /Set up|Upgrade/ }).count()).toBe(0);
    await screenshot(page, 'workbench-setup-uptodate');
  });

  it('answers an unknown page with SharePoint\'s not-found page', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Nothing.aspx?lang=en-us`);
    await page.getByText('Sorry, something went wrong').waitFor();
  });
});
