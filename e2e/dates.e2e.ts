/**
 * Date-only values on a UTC+1 site (Amsterdam, Berlin, …; SharePoint time zone 4), in Chromium: the
 * site holds 1 March 2027 as SharePoint does, `2027-02-28T23:00:00Z`, in Projects.StartDate,
 * Projects.NextMilestoneDate and ProjectRequests.DesiredStart. An English user (browser in Honolulu,
 * UTC−10) and a German user (browser in Nuku'alofa, UTC+13) both see 1 March 2027 in the Portfolio
 * grid, its panel, its Excel export and in Requests.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { siteOwner } from '../workbench/directory';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';
import { launchBrowser, screenshot } from './browser';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';

jest.setTimeout(300_000);

const ANNA = 'anna.schmidt@pmohub.demo';
const JAMES = 'james.walker@pmohub.demo';
/** 1 March 2027 as a UTC+1 site stores and returns it. */
const MARCH_1 = '2027-02-28T23:00:00Z';
const PROJECT = 'Date rule check (e2e)';
const REQUEST = 'Date rule request (e2e)';

/** The English and the German user, each with a browser far from the site's time zone. */
const USERS = [
  { name: 'English', upn: siteOwner.userPrincipalName, requester: JAMES, lang: 'en-us', timezoneId: 'Pacific/Honolulu', day: 'Mar 1, 2027', numeric: '03/01/2027', start: 'Start', desired: 'Desired start', milestone: 'Milestone date' },
  { name: 'German', upn: ANNA, requester: ANNA, lang: 'de-de', timezoneId: 'Pacific/Tongatapu', day: '1. März 2027', numeric: '01.03.2027', start: 'Beginn', desired: 'Gewünschter Beginn', milestone: 'Meilensteindatum' }
];

let wb: ISpawnedWorkbench;
let browser: Browser;
let projectId: number;
let requestId: number;

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

/** The text of the <dd> that follows the first <dt> with this label (Playwright matches it case-insensitively). */
async function definition(scope: ReturnType<Page['locator']>, label: string): Promise<string> {
  return ((await scope.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]').textContent()) ?? '').trim();
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10, timeZone: 4 });
  const owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  const tz = (await fetch(`${wb.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json' } }).then(r => r.json())) as { Id: number; Information: { Bias: number } };
  expect([tz.Id, tz.Information.Bias]).toEqual([4, -60]);
  const pm = ((await owner.web.siteUsers.getByEmail(ANNA).select('Id')()) as { Id: number }).Id;
  // Written through REST exactly as SharePoint holds the dates: the site's local midnight in UTC.
  projectId = ((await list(owner, 'Lists/Projects').items.add({
    Title: PROJECT, ProjectCode: 'E2E-DATES', ProjectManagerId: pm, LifecycleStatus: 'Active', Prince2Stage: 'Delivery',
    StartDate: MARCH_1, EndDate: '2027-10-30T22:00:00Z', NextMilestoneTitle: 'Go-live', NextMilestoneDate: MARCH_1
  })) as { Id: number }).Id;
  const asJames = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }).sp;
  requestId = ((await list(asJames, 'Lists/ProjectRequests').items.add({
    Title: REQUEST, BusinessUnit: 'Finance', IntakeState: 'Submitted', SubmittedDate: '2026-11-02T09:30:00Z', DesiredStart: MARCH_1, DesiredEnd: '2027-10-30T22:00:00Z'
  })) as { Id: number }).Id;
  const stored = (await list(owner, 'Lists/Projects').items.getById(projectId).select('StartDate')()) as { StartDate: string };
  expect(stored.StartDate).toBe(MARCH_1);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe.each(USERS)('the $name user on a UTC+1 site', user => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true, timezoneId: user.timezoneId });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('sees 1 March 2027 in the Portfolio grid, its panel and the Excel export', async () => {
    await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?user=${encodeURIComponent(user.upn)}&lang=${user.lang}`);
    await page.getByTestId('portfolio-grid').waitFor();
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(user.timezoneId);
    await page.getByRole('searchbox').first().fill(PROJECT);
    const row = page.locator('[role="row"]', { has: page.getByTestId(`open-${projectId}`) });
    await row.waitFor();
    expect((await row.locator('[data-automation-key="nextMilestoneDate"]').textContent())?.trim()).toBe(user.day);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('portfolio-export').click()]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dates-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const sheet = await readSheet(file);
    const col = sheet[0].indexOf(user.milestone);
    const cell = sheet.filter(r => r[0] === PROJECT)[0][col];
    expect(cell instanceof Date ? cell.toISOString().slice(0, 10) : cell).toBe('2027-03-01');

    await page.getByTestId(`open-${projectId}`).click();
    const panel = page.getByRole('dialog');
    await panel.locator('dt', { hasText: user.start }).first().waitFor();
    expect(await definition(panel, user.start)).toBe(user.day);
    await screenshot(page, `dates-portfolio-panel-${user.lang}`);
  });

  it('sees 1 March 2027 as the desired start in Requests', async () => {
    const pmo = user.requester === ANNA;
    await page.goto(`${wb.siteUrl}/SitePages/Requests.aspx?user=${encodeURIComponent(user.requester)}&lang=${user.lang}`);
    await page.getByRole('tab', { name: pmo ? 'Alle Anträge' : 'My requests' }).click();
    await page.getByTestId(pmo ? 'requests-all' : 'requests-mine').waitFor();
    await page.getByTestId(`request-row-${requestId}`).locator('a, button').first().click();
    const details = page.getByTestId('request-details');
    await details.locator('dt', { hasText: user.desired }).first().waitFor();
    expect(await definition(details, user.desired)).toBe(user.numeric);
    await screenshot(page, `dates-request-${user.lang}`);
  });
});
