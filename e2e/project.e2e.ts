/**
 * The Project web part end to end on the local PMO site: the page of a project loads in at most 3
 * SharePoint round trips of its own; a reader sees no report form; the project's manager files a
 * report from the previous one (pre-filled), overriding a suggested RAG needs a justification that
 * the problem names, publishing shows the report as the latest at once and the Portfolio's grid
 * shows the project's new RAG right away. axe-core: no serious or critical findings in English and
 * Dutch and in the Teams dark theme.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import type { SPFI } from '../src/platform/pnp';
import { waitForSettled } from './settle';

jest.setTimeout(300_000);

const READER = 'thomas.wright@pmohub.demo';
const OFFICER = 'anna.schmidt@pmohub.demo';
const RAGS = ['Green', 'Amber', 'Red'];

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let projectId: number;
let pm: string;
let previousAchievements: string;

const projectPage = (user: string, lang: string = 'en-us', id: number | '' = projectId): string =>
  `${wb.siteUrl}/SitePages/Project.aspx?${id === '' ? '' : `projectId=${id}&`}user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-project-heading"]');

/** SharePoint REST calls (not Graph) the page makes while `load` runs, until the page is idle. */
async function sharePointRequests(load: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (r: { url(): string; method(): string }): void => {
    if (/\/_api\//.test(r.url())) seen.push(`${r.method()} ${r.url().replace(wb.url, '')}`);
  };
  page.on('request', listener);
  try {
    await load();
    await waitForSettled(page);
  } finally {
    page.off('request', listener);
  }
  return seen;
}

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 10 }));
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const list = (url: string): ReturnType<SPFI['web']['getList']> => owner.web.getList(`/sites/pmo/${url}`);
  // An active demo project with a published report, and its manager; no draft left from the seed.
  const projects = (await list('Lists/Projects').items.select('Id', 'ProjectManager/EMail', 'LastReportDate').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager: { EMail: string }; LastReportDate: string | null }>;
  const chosen = projects.filter(p => p.LastReportDate)[0];
  projectId = chosen.Id;
  pm = chosen.ProjectManager.EMail;
  for (const d of (await list('Lists/StatusReportDrafts').items.select('Id').filter(`ProjectId eq ${projectId}`)()) as Array<{ Id: number }>) {
    await list('Lists/StatusReportDrafts').items.getById(d.Id).delete();
  }
  const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
  previousAchievements = (await services.statusReports.listReports(projectId, 1))[0].achievements ?? '';
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Project web part', () => {
  it('loads a project in at most 3 SharePoint round trips of its own, and shows a reader no report form', async () => {
    // What the local site's frame reads (title, navigation) with the web part asking nothing: no project named.
    const frame = await sharePointRequests(async () => {
      await page.goto(projectPage(READER, 'en-us', ''));
      await page.getByTestId('project-none').waitFor();
    });
    const all = await sharePointRequests(async () => {
      await page.goto(projectPage(READER));
      await page.getByTestId('project-status').waitFor();
    });
    expect(all.length - frame.length).toBeLessThanOrEqual(3);
    expect(all.filter(r => /\$batch/.test(r)).length - frame.filter(r => /\$batch/.test(r)).length).toBe(1);
    expect(await page.getByTestId('project-rag').locator('[data-rag]').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('project-start').count()).toBe(0);
    expect(await page.getByTestId('project-continue').count()).toBe(0);
  });

  it('a project manager files a report from the previous one; an override needs a justification; publishing shows it at once, also in the portfolio', async () => {
    await page.goto(projectPage(pm));
    const before = await page.getByTestId('project-rag').locator('tr[data-dimension="overall"] [data-rag]').getAttribute('data-rag');
    await page.getByTestId('project-start').click();
    const form = page.getByTestId('report-form');
    await form.waitFor();
    // Pre-filled from the previous published report.
    expect(await form.getByLabel('Achievements').inputValue()).toBe(previousAchievements);
    // A typed actual cost changes the cost suggestion at once (CPI from the typed inputs), and the rating follows it.
    const cost = form.getByRole('radiogroup', { name: 'RAG: Cost' });
    const costHint = async (): Promise<string> => (await form.getByTestId('rating-cost').locator('p').first().textContent()) ?? '';
    const costBefore = await costHint();
    await form.getByLabel('Actual cost (AC)').fill('1,234.5');
    await page.waitForFunction(b => (document.querySelector('[data-testid="rating-cost"] p')?.textContent ?? '') !== b, costBefore);
    expect(await costHint()).toMatch(/^Suggested: (Green|Amber|Red) \(CPI /);
    const costSuggested = /^Suggested: (\w+)/.exec(await costHint())![1];
    expect(await cost.locator('input:checked').getAttribute('value')).toBe(costSuggested);
    // Choosing another cost RAG makes it an override: its justification field appears.
    const costOther = RAGS.filter(r => r !== costSuggested)[0];
    await cost.getByRole('radio', { name: costOther }).check();
    await form.getByLabel('Justification for “Cost”').waitFor();
    // Override the suggested schedule RAG: the justification appears and is required.
    const schedule = form.getByRole('radiogroup', { name: 'RAG: Schedule' });
    const suggested = await schedule.locator('input:checked').getAttribute('value');
    const other = RAGS.filter(r => r !== suggested)[0];
    await schedule.getByRole('radio', { name: other }).check();
    // The overall RAG too, to a value it did not have, so the portfolio's change can be seen.
    const overall = RAGS.filter(r => r !== before && r !== other)[0];
    await form.getByRole('radiogroup', { name: 'RAG: Overall' }).getByRole('radio', { name: overall }).check();
    // The draft saves half-way, without the justifications yet.
    await form.getByTestId('report-save').click();
    await page.getByText('Draft saved.').waitFor();
    // Publishing asks for them: the problem names the dimension and both RAGs, its link moves focus to the field.
    await form.getByTestId('report-publish').click();
    await page.getByTestId('publish-yes').click();
    const problems = page.getByTestId('report-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain(`“Schedule”: you chose ${other} instead of the suggested ${suggested}. Give a justification.`);
    const justification = form.getByLabel('Justification for “Schedule”');
    expect(await justification.getAttribute('aria-invalid')).toBe('true');
    await problems.getByRole('link', { name: /“Schedule”/ }).click();
    expect(await justification.evaluate(e => e === document.activeElement)).toBe(true);
    expect(await page.getByTestId('project-published').count()).toBe(0);
    expect(await webPart(page)).toEqual([]);
    await justification.fill('The supplier confirmed the recovery plan.');
    await form.getByLabel('Justification for “Cost”').fill('The invoice for the licences is booked next month.');
    const overallJustification = form.getByLabel('Justification for “Overall”');
    if (await overallJustification.count()) await overallJustification.fill('Agreed with the sponsor.');
    await form.getByTestId('report-save').click();
    await page.getByText('Draft saved.').waitFor();
    // Publishing makes no failed request: the draft's DELETE (200, empty body) finishes, it is not aborted.
    watch.clear();
    const deletes: string[] = [];
    // PnPjs sends a DELETE as a POST with X-HTTP-Method: DELETE.
    const onDone = (r: Request): void => { if ((r.headers()['x-http-method'] ?? r.method()) === 'DELETE') deletes.push(r.url().replace(wb.url, '')); };
    page.on('requestfinished', onDone);
    await form.getByTestId('report-publish').click();
    await page.getByTestId('publish-yes').click();
    await page.getByTestId('project-published').waitFor();
    await waitForSettled(page);
    page.off('requestfinished', onDone);
    expect(watch.errors()).toEqual([]);
    expect(deletes).toEqual([expect.stringMatching(/StatusReportDrafts.*\/items\(\d+\)$/)]);
    const status = page.getByTestId('project-rag');
    await page.waitForFunction(r => document.querySelector(`[data-testid="project-rag"] tr[data-dimension="overall"] [data-rag="${r}"]`) !== null, overall);
    expect(await status.locator('tr[data-dimension="schedule"] [data-rag]').getAttribute('data-rag')).toBe(other);
    expect(await status.locator('tr[data-dimension="schedule"]').textContent()).toContain('The supplier confirmed the recovery plan.');
    await screenshot(page, 'project');
    // The portfolio reads Projects' summary, which publishing updated.
    await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?user=${encodeURIComponent(OFFICER)}&lang=en-us`);
    const row = page.getByTestId('portfolio-grid').locator('[role="row"]', { has: page.getByTestId(`open-${projectId}`) });
    await row.waitFor();
    expect(await row.locator('[data-rag]').first().getAttribute('data-rag')).toBe(overall);
  });

  it('is clean for axe in Dutch and in the Teams dark theme', async () => {
    await page.goto(projectPage(pm, 'nl-nl'));
    await page.getByTestId('project-status').waitFor();
    expect(await page.getByRole('heading', { name: 'Laatste status' }).count()).toBe(1);
    await page.locator('[data-testid="project-start"], [data-testid="project-continue"]').first().click();
    await page.getByTestId('report-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(pm)}&tab=Project&theme=dark&lang=en-us&projectId=${projectId}`);
    await page.getByTestId('project-status').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'project-teams-dark');
  });
});
