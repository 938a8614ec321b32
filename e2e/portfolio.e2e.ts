/**
 * The Portfolio web part in Chromium against the local workbench (30 seeded projects, started as its
 * own process like `npm start`), as a PMO
 * officer: the grid loads, filters and grouping work, the Excel export downloads an .xlsx with the
 * rows shown, a project added or edited through PnPjs shows at once after a refresh, the Teams tab
 * starts filtered to the team's programme, and axe finds no serious or critical violations.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { demoGroups } from '../workbench/directory';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';
import { launchBrowser, screenshot } from './browser';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { axeViolations } from './axe';
import { watchPageErrors } from './pageErrors';

jest.setTimeout(300_000);

const PMO = 'anna.schmidt@pmohub.demo';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let owner: SPFI;

interface IProjectRow { Id: number; Title: string; LifecycleStatus: string | null; ProgrammeId: number | null; TeamsGroupId: string | null }

async function projects(): Promise<IProjectRow[]> {
  return (await owner.web.getList('/sites/pmo/Lists/Projects').items.select('Id', 'Title', 'LifecycleStatus', 'ProgrammeId', 'TeamsGroupId').top(5000)()) as IProjectRow[];
}

async function countText(): Promise<string> {
  return (await page.getByTestId('portfolio-count').textContent()) ?? '';
}

async function openPortfolio(lang: string = 'en-us'): Promise<void> {
  await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?user=${PMO}&lang=${lang}`);
  await page.getByTestId('portfolio-grid').waitFor();
}

/**
 * Picks an option: of a native select (the toolbar's pickers), or of a Fluent Dropdown in the filter
 * pane (for a multi-select one, ticks it and closes the list).
 */
async function pick(testId: string, option: string): Promise<void> {
  const dropdown = page.getByTestId(testId);
  if (await dropdown.evaluate(el => el.tagName === 'SELECT')) {
    await dropdown.selectOption({ label: option });
    return;
  }
  await dropdown.click();
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option', { name: option, exact: true }).waitFor({ state: 'attached' });
  await listbox.locator('.ms-Dropdown-optionText, .ms-Checkbox-text').getByText(option, { exact: true }).click();
  if ((await dropdown.getAttribute('aria-expanded')) === 'true' || (await listbox.count()) > 0) await page.keyboard.press('Escape');
  await listbox.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 30 });
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe('Portfolio web part', () => {
  it('loads every project for a PMO officer, with RAG as text and the programme roll-up', async () => {
    const all = await projects();
    expect(all.length).toBeGreaterThanOrEqual(30);
    await openPortfolio();
    expect(await countText()).toBe(`${all.length} of ${all.length} projects`);
    await page.getByTestId('programme-rollup').waitFor();
    expect(await page.getByTestId('portfolio-grid').locator('[data-rag]').count()).toBeGreaterThan(0);
    await screenshot(page, 'portfolio-pmo-en');
    // Sorting from the keyboard: focus the Budget header and press Enter (twice: descending).
    const budget = page.locator('[role="columnheader"][data-item-key="budget"]');
    await budget.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-item-key="budget"]')?.getAttribute('aria-sort') === 'ascending');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-item-key="budget"]')?.getAttribute('aria-sort') === 'descending');
    await page.locator('[role="columnheader"][data-item-key="title"]').getByRole('button').focus();
    await page.keyboard.press('Enter');
  });

  it('filters by lifecycle status and groups by programme', async () => {
    const active = (await projects()).filter(p => p.LifecycleStatus === 'Active');
    await page.getByTestId('portfolio-filters').click();
    await pick('filter-status', 'Active');
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
    await page.locator('.ms-Panel').waitFor({ state: 'detached' });
    await page.waitForFunction(n => document.querySelector('[data-testid="portfolio-count"]')?.textContent?.indexOf(`${n} of`) === 0, active.length);
    await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
    await pick('portfolio-groupby', 'Programme');
    const headers = page.getByTestId('portfolio-grid').getByTestId('group-title');
    await headers.first().waitFor();
    const titles = await headers.allTextContents();
    const counts = titles.map(t => Number((/\((\d+)\)\s*$/.exec(t) ?? ['', '0'])[1]));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(active.length);
    // Grouped, the lines are a tree: group rows that expand and collapse are valid only in a treegrid.
    await page.getByRole('treegrid', { name: 'Projects' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'portfolio-filtered-grouped');
  });

  it('exports the view as shown to an .xlsx file whose rows read back the same', async () => {
    await pick('portfolio-groupby', 'No grouping');
    const shown = await page.getByTestId('portfolio-grid').locator('[data-testid^="open-"]').allTextContents();
    const active = (await projects()).filter(p => p.LifecycleStatus === 'Active');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('portfolio-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d\d-\d\d\.xlsx$/);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pf-export-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const rows = await readSheet(file);
    expect(rows[0]).toEqual(['Project', 'Code', 'Programme', 'Project manager', 'Stage', 'Lifecycle status', 'Overall', 'Budget', 'Next milestone', 'Milestone date']);
    expect(rows.length - 1).toBe(active.length);
    expect(rows.slice(1).every(r => r[5] === 'Active')).toBe(true);
    const titles = rows.slice(1).map(r => String(r[0]));
    // The grid virtualizes: the rows rendered are a prefix of the exported ones, in the same order.
    expect(titles.slice(0, shown.length)).toEqual(shown);
    expect(titles.slice().sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(titles);
    expect(rows.slice(1).filter(r => typeof r[7] === 'number').length).toBeGreaterThan(0);
  });

  it('shows a project added and a project edited through PnPjs at once after a refresh (no search index)', async () => {
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
    await page.locator('.ms-Panel').waitFor({ state: 'detached' });
    const before = (await projects()).length;
    const list = owner.web.getList('/sites/pmo/Lists/Projects');
    const pm = (await owner.web.ensureUser('i:0#.f|membership|marco.rossi@pmohub.demo')) as unknown as { Id: number };
    await list.items.add({ Title: 'Zeta e2e citizen portal', ProjectCode: 'E2E-0001', ProjectManagerId: pm.Id, LifecycleStatus: 'Active', RagOverall: 'Red', Budget: 4321 });
    const first = (await projects())[0];
    await list.items.getById(first.Id).update({ Title: 'Renamed by e2e' });
    await page.getByTestId('portfolio-refresh').click();
    await page.waitForFunction(n => document.querySelector('[data-testid="portfolio-count"]')?.textContent === `${n} of ${n} projects`, before + 1);
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('zeta e2e');
    await page.getByRole('button', { name: 'Show details of Zeta e2e citizen portal' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('renamed by e2e');
    await page.getByRole('button', { name: 'Show details of Renamed by e2e' }).waitFor();
    // And on coming back to the window, without a click.
    await list.items.getById(first.Id).update({ Title: 'Renamed again by e2e' });
    await page.waitForTimeout(2100);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('renamed again');
    await page.getByRole('button', { name: 'Show details of Renamed again by e2e' }).waitFor();
    await page.getByRole('button', { name: 'Show details of Renamed again by e2e' }).click();
    await page.getByRole('dialog').getByText('Latest status').waitFor();
    await screenshot(page, 'portfolio-project-panel');
    await page.keyboard.press('Escape');
  });

  it('has no serious or critical axe violations, in English and in German', async () => {
    await openPortfolio('en-us');
    expect(await axeViolations(page)).toEqual([]);
    await openPortfolio('de-de');
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page.getByRole('searchbox', { name: 'Projekte durchsuchen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'portfolio-pmo-de');
  });

  it('shows every column header and cell in full, in English, German and French (issue 9, item 15)', async () => {
    for (const lang of ['en-us', 'de-de', 'fr-fr']) {
      await openPortfolio(lang);
      // Text cut off inside a header or a cell: its content is wider than its box.
      const clipped = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="portfolio-grid"] [role="columnheader"] button, [data-testid="portfolio-grid"] [role="gridcell"]'))
        .filter(el => el.scrollWidth > el.clientWidth + 1)
        .map(el => (el.textContent ?? '').trim()));
      expect({ lang, clipped }).toEqual({ lang, clipped: [] });
    }
  });

  it('as a Teams tab in a programme team, starts filtered to that programme, in the dark theme', async () => {
    const team = demoGroups.filter(g => g.displayName === 'Digital Transformation Programme')[0];
    const all = await projects();
    const inTeam = all.filter(p => (p.TeamsGroupId ?? '').toLowerCase() === team.id.toLowerCase());
    expect(inTeam.length).toBeGreaterThan(0);
    const programmeId = inTeam[0].ProgrammeId;
    const expected = all.filter(p => p.ProgrammeId === programmeId).length;
    // Page errors and unregistered Fluent icons while the panels open (issue 9, items 13 and 23).
    const watch = watchPageErrors(page);
    await page.goto(`${wb.url}/teams?user=emma.clarke@pmohub.demo&team=${team.id}&tab=Portfolio&theme=dark&lang=en-us`);
    const tab = page.getByTestId('teams-tab-content');
    await tab.getByTestId('team-filter-notice').waitFor();
    expect(await tab.getByTestId('team-filter-notice').textContent()).toBe('Showing the projects of Digital Transformation Programme, the programme of this team.');
    await page.waitForFunction(n => document.querySelector('[data-testid="portfolio-count"]')?.textContent?.indexOf(`${n} of`) === 0, expected);
    expect(await tab.getByRole('link', { name: 'Open in SharePoint' }).getAttribute('href')).toBe(`${wb.siteUrl}/SitePages/Portfolio.aspx`);
    await page.waitForTimeout(600); // rows fade in
    await screenshot(page, 'portfolio-teams-dark');
    expect(await axeViolations(page)).toEqual([]);
    // The Fluent panels follow the Teams theme too (issue 9, item 14): no Fluent theme is loaded in
    // Teams, so PMO Hub themes them from the theme SPFx passes.
    await tab.getByRole('button', { name: 'Filters (1)' }).click();
    const pane = page.locator('.ms-Panel-main');
    await pane.waitFor();
    await page.waitForTimeout(400);
    expect(await pane.evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
    await screenshot(page, 'portfolio-teams-dark-filters');
    expect(await axeViolations(page, '.ms-Panel')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.ms-Panel').waitFor({ state: 'detached' });
    await tab.getByRole('button', { name: 'Show all projects' }).click();
    await page.waitForFunction(n => document.querySelector('[data-testid="portfolio-count"]')?.textContent === `${n} of ${n} projects`, all.length);
    await page.goto(`${wb.url}/teams?user=emma.clarke@pmohub.demo&team=${team.id}&tab=Portfolio&theme=contrast&lang=en-us`);
    await page.getByTestId('team-filter-notice').waitFor();
    await page.waitForTimeout(600);
    await screenshot(page, 'portfolio-teams-contrast');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Show details of / }).first().click();
    const panel = page.locator('.ms-Panel-main');
    await panel.waitFor();
    await page.getByRole('dialog').getByRole('heading', { level: 3, name: 'Key data' }).waitFor();
    await page.waitForTimeout(400);
    expect(await panel.evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await screenshot(page, 'portfolio-teams-contrast-panel');
    expect(await axeViolations(page, '.ms-Panel')).toEqual([]);
    expect(watch.errors()).toEqual([]);
    watch.dispose();
  });
});
