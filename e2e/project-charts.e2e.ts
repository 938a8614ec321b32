/**
 * The Project page's charts and editing end to end on the local PMO site: the milestone trend
 * analysis chart (its own chunk) draws a slipping milestone as a rising line — a later report, a
 * later forecast, higher on the chart; the project's manager re-baselines a milestone only with a
 * reason (refused naming the field), and the old baseline shows in its history; a budget amount
 * typed "1.234,5" in German is stored as 1234.5 ("1.5" is refused naming the field) and the burn
 * chart (its own chunk) shows the budget by fiscal year; axe-core finds nothing serious or critical with the charts
 * open, in English, Dutch and the Teams dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import type { SPFI } from '../src/platform/pnp';
import { gotoSettled } from './settle';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let projectId: number;
let pm: string;

/** A milestone of the test's own that slips at every report: its forecasts as three reports saw them. */
const SLIPPING = 'Data migration signed off';
const SNAPSHOTS: ReadonlyArray<[string, string]> = [['2026-08-31', '2027-01-15'], ['2026-09-30', '2027-02-26'], ['2026-10-30', '2027-04-30']];

const projectPage = (user: string, lang: string = 'en-us'): string =>
  `${wb.siteUrl}/SitePages/Project.aspx?projectId=${projectId}&user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-project-heading"]');

/** The segments of a milestone's line as the chart drew them (SVG coordinates: y grows downwards). */
async function drawnSegments(p: Page, title: string): Promise<Array<{ x1: number; y1: number; x2: number; y2: number }>> {
  return p.evaluate(t => {
    const line = [...document.querySelectorAll('[data-testid="project-mta-chart"] g[role="region"]')]
      .find(g => (g.getAttribute('aria-label') ?? '').startsWith(`${t}, `));
    return [...(line?.querySelectorAll('line') ?? [])].map(l => ({
      x1: Number(l.getAttribute('x1')), y1: Number(l.getAttribute('y1')), x2: Number(l.getAttribute('x2')), y2: Number(l.getAttribute('y2'))
    }));
  }, title);
}

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 10 }));
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const list = (url: string): ReturnType<SPFI['web']['getList']> => owner.web.getList(`/sites/pmo/${url}`);
  const projects = (await list('Lists/Projects').items.select('Id', 'ProjectManager/EMail', 'LastReportDate').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager: { EMail: string }; LastReportDate: string | null }>;
  const chosen = projects.filter(p => p.LastReportDate)[0];
  projectId = chosen.Id;
  pm = chosen.ProjectManager.EMail;
  // The project's manager adds the milestone; three reports' snapshots record its forecast slipping.
  const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
  const milestone = await services.milestones.create(projectId, { title: SLIPPING, baselineDate: '2027-01-15', forecastDate: '2027-04-30' });
  for (const [reportDate, forecast] of SNAPSHOTS) {
    // The local site's time zone is UTC: a day is stored as its UTC midnight.
    await list('Lists/MilestoneSnapshots').items.add({
      Title: `${SLIPPING} @ ${reportDate}`, MilestoneId: milestone.id, ProjectId: projectId, SnapshotDate: `${reportDate}T00:00:00Z`, ForecastDate: `${forecast}T00:00:00Z`
    });
  }
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Project page\'s charts', () => {
  it('the MTA chart shows a slipping milestone rising: a later report, a later forecast, higher on the chart', async () => {
    await page.goto(projectPage(pm));
    const chart = page.getByTestId('project-mta-chart');
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.getByRole('img', { name: /Milestone trend analysis chart/ }).count()).toBe(1);
    await page.waitForFunction(t => [...document.querySelectorAll('[data-testid="project-mta-chart"] g[role="region"]')]
      .some(g => (g.getAttribute('aria-label') ?? '').startsWith(`${t}, `)), SLIPPING);
    const segments = await drawnSegments(page, SLIPPING);
    expect(segments).toHaveLength(SNAPSHOTS.length - 1);
    for (const s of segments) {
      expect(s.x2).toBeGreaterThan(s.x1); // the later report to the right
      expect(s.y2).toBeLessThan(s.y1); // its later forecast higher up
    }
    // The legend names it with its trend; the table beside the chart gives the same.
    const legend = page.getByTestId('project-mta-legend').locator('li', { hasText: SLIPPING });
    expect(await legend.textContent()).toContain('Slipping (+105 days)');
    expect(await page.getByTestId('project-mta').getByRole('row', { name: SLIPPING }).textContent()).toContain('Slipping (+105 days)');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'project-mta');
  });

  it('each chart is one image named in the user\'s language only, with nothing inside it to Tab to', async () => {
    await page.goto(projectPage(pm, 'nl-nl'));
    await page.getByTestId('project-mta-chart').waitFor({ timeout: 30_000 });
    await page.getByTestId('project-burn-chart').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="project-mta-chart"] g[role="region"]').length > 0);
    // The names as Chromium's accessibility tree computes them: ours, whole, with nothing of the library's (English) added.
    const cdp = await page.context().newCDPSession(page);
    const tree = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string } }> };
    const images = tree.nodes.filter(n => !n.ignored && n.role?.value === 'image').map(n => n.name?.value ?? '');
    const mta = images.filter(n => n.startsWith('Mijlpaaltrendanalyse als grafiek'));
    const burn = images.filter(n => n.startsWith('Budgetverbruik als grafiek'));
    expect([mta.length, burn.length]).toEqual([1, 1]);
    for (const name of [...mta, ...burn]) {
      expect(name).not.toMatch(/chart|line|axis|data points|\.\./i);
    }
    // Nothing of the drawings is exposed: no named node below either image.
    expect(tree.nodes.filter(n => !n.ignored && /Line chart|data points|X axis/i.test(n.name?.value ?? '')).map(n => n.name?.value)).toEqual([]);
    // Tab through the whole page: focus never lands inside a chart.
    await page.locator('body').focus();
    const visited: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return 'body';
        return a.closest('[role="img"], [data-chart-drawing]') ? 'chart' : a.tagName;
      });
      visited.push(where);
      if (where === 'body' && i > 0) break;
    }
    expect(visited.length).toBeGreaterThan(10); // the page's controls were reached
    expect(visited).not.toContain('chart');
  });

  it('a milestone re-baselining without a reason is refused naming the field; with one, the old baseline shows in the history', async () => {
    await page.goto(projectPage(pm));
    const row = page.getByTestId('project-milestones').getByRole('row', { name: SLIPPING }).first();
    await row.getByRole('button', { name: `Edit “${SLIPPING}”` }).click();
    const editor = page.getByTestId('milestone-editor');
    await editor.waitFor();
    const date = editor.getByLabel('New baseline date');
    await date.fill('04/30/2027');
    await date.press('Tab');
    await editor.getByTestId('ms-rebaseline-save').click();
    expect(await editor.getByTestId('ms-problems').textContent()).toContain('“Reason for the new baseline”: give the reason for the new baseline.');
    const reason = editor.getByLabel('Reason for the new baseline');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.evaluate(e => e === document.activeElement)).toBe(true);
    expect(await webPart(page)).toEqual([]);
    await reason.fill('Data quality issues found in the test load.');
    await editor.getByTestId('ms-rebaseline-save').click();
    expect(await page.getByTestId('ms-done').textContent()).toContain(`New baseline of “${SLIPPING}”: Apr 30, 2027.`);
    await page.waitForFunction(t => [...document.querySelectorAll('[data-testid="project-milestones"] tr')].some(r => r.textContent?.includes(t) && r.textContent.includes('Apr 30, 2027')), SLIPPING);
    await row.getByRole('button', { name: `Edit “${SLIPPING}”` }).click();
    const history = page.getByTestId('ms-history');
    await history.waitFor();
    expect(await history.textContent()).toContain('Jan 15, 2027');
    expect(await history.textContent()).toContain('Data quality issues found in the test load.');
    await page.getByTestId('milestone-editor').scrollIntoViewIfNeeded();
    await screenshot(page, 'project-milestone-editor');
  });

  it('a budget amount typed "1.234,5" in German is stored as 1234.5; "1.5" is refused naming the field; the burn chart shows the budget by fiscal year', async () => {
    // Settled first: the Project page goes on reading (sections, the editor's chunk) after its first
    // render; the click waits until those reads are done (it once found no editor within 30 s).
    await gotoSettled(page, projectPage(pm, 'de-de'));
    await page.getByTestId('bl-add').click();
    const editor = page.getByTestId('budget-editor');
    await editor.waitFor();
    await editor.getByLabel('Geschäftsjahr').fill('2031');
    await editor.getByLabel('Kostenart').selectOption('Capex');
    await editor.getByLabel('Kategorie').selectOption('ExternalServices');
    const planned = editor.getByLabel('Geplant');
    await planned.fill('1.5');
    await editor.getByTestId('bl-save').click();
    expect(await editor.getByTestId('bl-problems').textContent()).toBe('„Geplant“: Geben Sie einen Betrag wie 1.234.567,89 ein.');
    expect(await planned.getAttribute('aria-invalid')).toBe('true');
    await planned.fill('1.234,5');
    await editor.getByTestId('bl-save').click();
    await page.getByTestId('bl-done').waitFor();
    const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
    const stored = (await owner.web.getList('/sites/pmo/Lists/BudgetLines').items.select('PlannedAmount', 'CostType', 'CostCategory')
      .filter(`ProjectId eq ${projectId} and FiscalYear eq 2031`)()) as Array<{ PlannedAmount: number; CostType: string; CostCategory: string }>;
    expect(stored.map(r => ({ PlannedAmount: r.PlannedAmount, CostType: r.CostType, CostCategory: r.CostCategory }))).toEqual([{ PlannedAmount: 1234.5, CostType: 'Capex', CostCategory: 'ExternalServices' }]);
    // The page shows it at once, in German.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="project-budget"] tr')].some(r => r.textContent?.includes('2031') && r.textContent.includes('1.234,50')));
    const burn = page.getByTestId('project-burn-chart');
    expect(await burn.getByRole('img', { name: /Budgetverbrauch/ }).count()).toBe(1);
    expect(await burn.textContent()).toContain('Je Geschäftsjahr: Die Budgetzeilen enthalten keine monatlichen Ist-Kosten.');
    expect(await page.getByTestId('project-burn-table').getByRole('row', { name: /^2031/ }).count()).toBe(1);
    await page.getByTestId('project-budget').scrollIntoViewIfNeeded();
    await screenshot(page, 'project-budget');
  });

  it('is clean for axe with the charts open in English, Dutch and the Teams dark theme', async () => {
    for (const lang of ['en-us', 'nl-nl']) {
      await page.goto(projectPage(pm, lang));
      await page.getByTestId('project-mta-chart').waitFor({ timeout: 30_000 });
      await page.getByTestId('project-burn-chart').waitFor();
      expect(await webPart(page)).toEqual([]);
    }
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(pm)}&tab=Project&theme=dark&lang=en-us&projectId=${projectId}`);
    await page.getByTestId('project-mta-chart').waitFor({ timeout: 30_000 });
    await page.getByTestId('project-burn-chart').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByTestId('project-mta-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'project-charts-teams-dark');
  });
});
