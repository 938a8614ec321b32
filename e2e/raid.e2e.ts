/**
 * The RAID web part end to end on the local PMO site: a project's manager logs a risk and the heat
 * map's cell counts it at once; clicking the cell filters the register to its risks and clicking it
 * again shows all; a board member reads the log without edit controls; the portfolio view opens
 * without a project. axe-core: no serious or critical findings in English, Italian and the Teams
 * dark theme. The risks it counts are the test's own (created through the services or the form).
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';
import { watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import type { SPFI } from '../src/platform/pnp';
import { BOARD } from '../workbench/seed/reference';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let projectId: number;
let pm: string;

const raidPage = (user: string, lang: string = 'en-us', id: number | '' = projectId): string =>
  `${wb.siteUrl}/SitePages/Raid.aspx?${id === '' ? '' : `projectId=${id}&`}user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-raid-heading"]');
const cellCount = async (p: Page, probability: number, impact: number): Promise<number> =>
  Number((await p.getByTestId(`raid-cell-${probability}-${impact}`).locator('span').first().textContent()) ?? 'NaN');

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10 });
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = (await owner.web.getList('/sites/pmo/Lists/Projects').items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager?: { EMail: string } }>;
  const chosen = projects.filter(p => p.ProjectManager?.EMail)[0];
  projectId = chosen.Id;
  pm = (chosen.ProjectManager as { EMail: string }).EMail;
  // One risk of the test's own in another cell, so that the filter has something to leave out.
  const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
  await services.risks.create(projectId, { title: 'Key supplier insolvency', probability: 2, impact: 3 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  watch = watchPageErrors(page);
});

afterEach(() => {
  const errors = watch.errors();
  watch.clear();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  watch?.dispose();
  await browser?.close();
  await wb?.stop();
});

describe('the RAID web part', () => {
  it('a project manager logs a risk and its heat map cell counts it at once; the cell filters the register', async () => {
    await page.goto(raidPage(pm));
    await page.getByTestId('raid-heatmap').waitFor();
    const before = await cellCount(page, 4, 5);
    await page.getByTestId('raid-add-risk').click();
    const form = page.getByTestId('risk-form');
    // Saving without a title or a rating names the fields.
    await form.getByTestId('risk-save').click();
    await page.getByTestId('risk-problems').waitFor();
    expect(await page.getByTestId('risk-problems').textContent()).toContain('“Title” is required.');
    expect(await form.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Title').fill('Data centre migration slips');
    await form.getByLabel('Probability (1–5)').selectOption('4');
    await form.getByLabel('Impact (1–5)').selectOption('5');
    await form.getByLabel('Response').selectOption('Reduce');
    await form.getByTestId('risk-save').click();
    await page.getByText('The risk “Data centre migration slips” has been saved.').waitFor();
    await page.waitForFunction(n => Number(document.querySelector('[data-testid="raid-cell-4-5"] span')?.textContent) === n, before + 1);
    expect(await cellCount(page, 4, 5)).toBe(before + 1);
    // The cell filters the register to its risks; again shows all.
    const all = await page.getByTestId('raid-risk-row').count();
    await page.getByTestId('raid-cell-4-5').click();
    expect(await page.getByTestId('raid-cell-4-5').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('raid-cell-filter').waitFor();
    const rows = page.getByTestId('raid-risk-row');
    expect(await rows.count()).toBe(before + 1);
    expect(await page.getByTestId('raid-risks').textContent()).toContain('Data centre migration slips');
    expect(await page.getByTestId('raid-risks').textContent()).not.toContain('Key supplier insolvency');
    await page.getByTestId('raid-cell-4-5').press('Enter');
    expect(await page.getByTestId('raid-cell-filter').count()).toBe(0);
    expect(await rows.count()).toBe(all);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'raid');
  });

  it('shows a board member the log read only', async () => {
    await page.goto(raidPage(BOARD[0].userPrincipalName));
    await page.getByTestId('raid-heatmap').waitFor();
    await page.getByTestId('raid-read-only').waitFor();
    expect(await page.getByTestId('raid-add-risk').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit the risk/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByTestId('raid-issues-tab').waitFor();
    expect(await page.getByTestId('raid-add-issue').count()).toBe(0);
  });

  it('is clean for axe in Italian (with the risk form and the issues) and in the Teams dark theme; the portfolio view opens without a project', async () => {
    await page.goto(raidPage(pm, 'it-it'));
    await page.getByTestId('raid-heatmap').waitFor();
    expect(await page.getByRole('tab', { name: 'Rischi' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('raid-add-risk').click();
    await page.getByTestId('risk-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Criticità' }).click();
    await page.getByTestId('raid-add-issue').click();
    await page.getByTestId('issue-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(pm)}&tab=Raid&theme=dark&lang=en-us&projectId=${projectId}`);
    await page.getByTestId('raid-heatmap').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'raid-teams-dark');
    await page.goto(raidPage(pm, 'en-us', ''));
    await page.getByTestId('raid-portfolio').waitFor();
    expect(await page.getByTestId('raid-heatmap').count()).toBe(1);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'raid-portfolio');
  });
});
