/**
 * PMO Setup in Chromium: on a blank site a site owner sets up the PMO site with a progress bar
 * (screenshot mid-run), and the web part then says "up to date"; a visitor cannot run it.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { localEnvironment } from '../src/services/environment';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';

jest.setTimeout(240_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  wb = await spawnWorkbench({ setup: false });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe('PMO Setup', () => {
  it('sets up a blank site with a progress bar and ends up to date', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Setup.aspx?user=olivia.bennett@pmohub.demo&lang=en-us`);
    await page.getByRole('heading', { level: 1, name: 'PMO Setup' }).waitFor();
    expect(await page.getByTestId('site-version').textContent()).toBe('Not set up');
    await page.getByText(/^Missing on this site \(\d+\)$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'setup-blank-site');

    await page.getByRole('button', { name: 'Set up the PMO site' }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector('[role="progressbar"]');
      const now = Number(el?.getAttribute('aria-valuenow') ?? 0);
      return now >= 20 && now < 100;
    }, undefined, { timeout: 120_000 });
    await screenshot(page, 'setup-progress-mid-run');

    await page.getByTestId('setup-uptodate').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('setup-uptodate').textContent()).toMatch(/The PMO site is up to date\. \d+ changes made\./);
    expect(await page.getByTestId('site-version').textContent()).toBe(await page.getByTestId('solution-version').textContent());
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'setup-up-to-date');
  });

  it('reports choices cut down and a view deleted by hand, and repairs them (English, then German)', async () => {
    const owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl });
    const projects = owner.sp.web.getList('/sites/pmo/Lists/Projects');
    await projects.fields.getByInternalNameOrTitle('LifecycleStatus').update({ Choices: ['Active', 'Closed'] }, 'SP.FieldChoice');
    const views = (await projects.views.select('Id', 'ServerRelativeUrl')()) as Array<{ Id: string; ServerRelativeUrl: string }>;
    await projects.views.getById(views.filter(v => /ActiveProjects\.aspx$/.test(v.ServerRelativeUrl))[0].Id).delete();

    await page.goto(`${wb.siteUrl}/SitePages/Setup.aspx?user=olivia.bennett@pmohub.demo&lang=de-de`);
    await page.getByRole('heading', { level: 2, name: /^Weicht vom Schema von PMO Hub ab \(\d+\)$/ }).waitFor({ timeout: 60_000 });
    // The web part compares titles in its locale: in German, the English titles differ too; the drift is reported and the repair offered.
    expect(await page.getByRole('button', { name: 'PMO-Website reparieren' }).count()).toBe(1);

    await page.goto(`${wb.siteUrl}/SitePages/Setup.aspx?user=olivia.bennett@pmohub.demo&lang=en-us`);
    await page.getByRole('heading', { level: 2, name: "Differs from PMO Hub's schema (2)" }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('setup-changes').getByRole('listitem').allTextContents()).toEqual(['Column: Projects.LifecycleStatus', 'View: Projects/ActiveProjects']);
    expect(await page.getByTestId('setup-uptodate').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'setup-drift');
    await page.getByRole('button', { name: 'Repair the PMO site' }).click();
    await page.getByTestId('setup-uptodate').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('setup-uptodate').textContent()).toMatch(/The PMO site is up to date\. \d+ changes made\./);
    const field = (await projects.fields.getByInternalNameOrTitle('LifecycleStatus')()) as { Choices: string[] };
    expect(field.Choices).toEqual(expect.arrayContaining(['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled']));
  });

  it('tells a visitor that only site owners can set up the site, in German', async () => {
    const owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl });
    const visitors = await owner.sp.web.associatedVisitorGroup();
    await owner.sp.web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|thomas.wright@pmohub.demo');
    await page.goto(`${wb.siteUrl}/SitePages/Setup.aspx?user=thomas.wright@pmohub.demo&lang=de-de`);
    await page.getByRole('heading', { level: 1, name: 'PMO-Einrichtung' }).waitFor();
    await page.getByText('Nur Websitebesitzer können die PMO-Website einrichten oder aktualisieren.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'setup-visitor-de');
    expect(await page.getByRole('button', { name: /einrichten|aktualisieren/ }).count()).toBe(0);
  });
});
