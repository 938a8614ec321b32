/**
 * The Dashboard web part and the reports end to end on the local PMO site with the demo seed: the
 * dashboard renders the demo's KPIs (values, statuses in words, trends) and its charts with their data
 * tables; a chart's row drills down to the Portfolio filtered the same way; the multi-project report for
 * the board's saved view is downloaded as .pptx (unzipped: one slide per project plus the fixed slides,
 * a project's title and RAG on its slide, the overview a real table) and as .xlsx (read back: real dates
 * and numbers), can be cancelled, and a stored report appears in the Reports library's list; the
 * Project page's status report downloads as one slide and prints as a page; axe-core finds nothing in
 * English and French, and the Teams dark theme renders.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';
import { watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices, type IPmoServices } from '../src/services';
import { portfolioDeckPlan } from '../src/components/Reports/documents/pptx/portfolioSlides';
import { reportLabels } from '../src/components/Reports/reportLabels';
import { reportKpiTile } from '../src/components/Dashboard/kpiText';
import { axisTicks, evAxis } from '../src/components/Dashboard/charts/chartModel';
import type { IPortfolioReportData } from '../src/domain/reports';
import { defaultView } from '../src/domain/portfolio';
import { OFFICERS } from '../workbench/seed/reference';

jest.setTimeout(300_000);

const PMO = OFFICERS[0].userPrincipalName;
/**
 * The shared view the board's report is made for: the running projects, worst overall RAG first (the
 * demo's own "Board report" view holds one programme's active projects, none or one at the test's size).
 */
const BOARD_REPORT_VIEW = 'Running projects for the board';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let services: IPmoServices;

const dashboardPage = (lang: string = 'en-us', query: string = ''): string => `${wb.siteUrl}/SitePages/Dashboard.aspx?user=${encodeURIComponent(PMO)}&lang=${lang}${query}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-dashboard-heading"]');
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (xml: string): string[] => Array.from(xml.matchAll(/<a:t>([^<]*)<\/a:t>/g), m => unescapeXml(m[1]));

/** Saves a download in a fresh temporary folder and returns the file's path. */
async function saved(download: Download): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dashboard-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The board's saved view as the report reads it (the same service and labels as the page). */
async function boardReport(): Promise<IPortfolioReportData> {
  const views = (await services.portfolio.load()).views;
  const board = views.filter(v => v.view.name === BOARD_REPORT_VIEW)[0];
  return services.dashboard.getReportData({ kind: 'view', viewId: board.id, scope: board.scope }, { title: '{0}', scope: '', locale: 'en-us', formatKpi: k => reportKpiTile(k, 'en-us') });
}

/** Chooses the board's view as the report's source. */
async function chooseBoardView(p: Page): Promise<void> {
  const source = p.getByTestId('report-source');
  await p.waitForFunction(name => Array.from(document.querySelectorAll('[data-testid="report-source"] option')).some(o => o.textContent === name), BOARD_REPORT_VIEW);
  await source.selectOption({ label: BOARD_REPORT_VIEW });
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10 });
  services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO, schemaGuard: false }), {});
  await services.portfolio.saveView({
    ...defaultView(BOARD_REPORT_VIEW), filters: { statuses: ['Proposed', 'Active', 'OnHold'] }, sort: [{ column: 'ragOverall', descending: true }, { column: 'title', descending: false }]
  }, 'shared');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
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

describe('the Dashboard web part', () => {
  it('renders the demo\'s KPIs (value, status in words, trend) and its charts with their data tables', async () => {
    const data = await services.dashboard.getDashboard();
    await page.goto(dashboardPage());
    const tiles = page.getByTestId('dashboard-kpi');
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(data.kpis.length);
    expect(data.kpis.length).toBeGreaterThanOrEqual(10);
    for (const k of data.kpis) {
      const tile = page.locator(`[data-testid="dashboard-kpi"][data-code="${k.definition.code}"]`);
      expect(await tile.getAttribute('data-status')).toBe(k.status);
      const value = await tile.getByTestId('dashboard-kpi-value').textContent();
      // A KPI without data says so: never 0, never green.
      if (k.result.kind === 'noData') expect([value, k.status]).toEqual(['No data', 'noData']);
      else expect(value).toMatch(/^[−-]?[\d,]+(\.\d+)?(%| days?)?$/);
      expect(await tile.getByTestId('dashboard-kpi-status').textContent()).toMatch(/^(Green: on target|Amber: watch|Red: off target|No data)$/);
      expect(await tile.getByTestId('dashboard-kpi-trend').textContent()).toMatch(/(Improving|Worsening|Steady|No trend yet)/);
    }
    await page.getByTestId('dashboard-charts').waitFor();
    for (const id of ['rag', 'budget', 'earned-value', 'milestones', 'intake']) {
      const figure = page.getByTestId(`dashboard-chart-${id}`);
      await figure.locator('[data-chart-drawing] svg').first().waitFor();
      expect(await figure.getByTestId('dashboard-chart-table').locator('tbody tr').count()).toBeGreaterThan(0);
    }
    const ragRows = await page.getByTestId('dashboard-chart-rag').locator('tbody tr').evaluateAll(rs => rs.map(r => [r.getAttribute('data-rag'), r.querySelector('td')?.textContent]));
    expect(ragRows).toEqual([['Green', String(data.charts.rag.counts.Green)], ['Amber', String(data.charts.rag.counts.Amber)], ['Red', String(data.charts.rag.counts.Red)], ['None', String(data.charts.rag.notReported)]]);
    await screenshot(page, 'dashboard');
  });

  it('draws readable axes in every language: no tick label runs into another, amounts at round values with the locale\'s separators, the SPI/CPI scatter titled and around 1.0', async () => {
    /** Per chart: its tick labels' texts and whether any two of their boxes overlap. */
    const axes = (p: Page): Promise<Array<{ id: string; ticks: string[]; overlaps: string[]; titles: string[]; scientific: string[] }>> => p.evaluate(() => Array.from(document.querySelectorAll('[data-testid="dashboard-charts"] [data-chart-drawing]')).map(d => {
      const figure = d.closest('figure') as HTMLElement;
      const labels = Array.from(d.querySelectorAll('.tick text')).filter(t => (t.textContent ?? '').trim() !== '').map(t => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }));
      const overlaps: string[] = [];
      labels.forEach((a, i) => labels.slice(i + 1).forEach(b => {
        if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) overlaps.push(`${a.text} / ${b.text}`);
      }));
      const titles = Array.from(d.querySelectorAll('text')).map(t => (t.textContent ?? '').trim()).filter(t => t === 'SPI' || t === 'CPI');
      const scientific = Array.from(d.querySelectorAll('text')).map(t => (t.textContent ?? '').trim()).filter(t => /\de[-+]?\d/.test(t));
      return { id: (figure.getAttribute('data-testid') ?? '').replace('dashboard-chart-', ''), ticks: labels.map(l => l.text), overlaps, titles, scientific };
    }));
    const evTicks = axisTicks(evAxis((await services.dashboard.getDashboard()).charts.earnedValue));
    for (const [lang, thousands] of [['nl-nl', '.'], ['de-de', '.'], ['fr-fr', '\u202f']] as const) {
      await page.goto(dashboardPage(lang));
      for (const id of ['rag', 'budget', 'earned-value', 'milestones', 'intake']) await page.getByTestId(`dashboard-chart-${id}`).locator('[data-chart-drawing] .tick text').first().waitFor();
      await page.waitForTimeout(500);
      const charts = await axes(page);
      expect(charts.map(c => c.id)).toEqual(['rag', 'budget', 'earned-value', 'milestones', 'intake']);
      for (const c of charts) expect([lang, c.id, c.overlaps, c.scientific]).toEqual([lang, c.id, [], []]);
      // The budget's amounts: round steps (1, 2, 2.5 or 5 × 10^k) in the locale's digits.
      const amounts = charts[1].ticks.filter(t => /^[\d.,\u202f\u00a0]+$/.test(t) && /\d{3}$/.test(t));
      expect(amounts.length).toBeGreaterThanOrEqual(3);
      const values = amounts.map(t => Number(t.split(thousands).join('').replace(/[^\d]/g, ''))).sort((a, b) => a - b);
      const step = values[1] - values[0];
      expect(String(step)).toMatch(/^(1|2|25|5)0*$/);
      expect(values.every(v => v % step === 0)).toBe(true);
      expect(amounts.some(t => t.includes(thousands))).toBe(true);
      // The scatter: both axes titled, at least 0.5 to 1.5 (not from 0) with 1.0 a tick, the same on both axes.
      const ev = charts[2];
      expect(ev.titles.sort()).toEqual(['CPI', 'SPI']);
      const indices = Array.from(new Set(ev.ticks.map(t => Number(t.replace(',', '.'))))).sort((a, b) => a - b);
      expect(indices).toEqual(evTicks);
      expect(evTicks).toContain(1);
      expect(evTicks[0]).toBeLessThanOrEqual(0.5);
      expect(evTicks[evTicks.length - 1]).toBeGreaterThanOrEqual(1.5);
      // Its legend in words.
      expect(await page.getByTestId('dashboard-chart-earned-value').getByRole('list').locator('li').count()).toBe(3);
    }
  });

  it('drills down from a chart\'s row to the Portfolio filtered the same way', async () => {
    const data = await services.dashboard.getDashboard();
    const programme = data.options.programmes[0];
    const scoped = await services.dashboard.getDashboard({ programmeIds: [programme.id] });
    await page.goto(dashboardPage());
    await page.getByTestId('dashboard-filter-programme').selectOption(String(programme.id));
    await page.waitForURL(/[?&]programme=\d+/);
    await page.waitForFunction(n => document.querySelector('[data-testid="dashboard-scope"]')?.textContent?.startsWith(`${n} project`), scoped.projectCount);
    const green = scoped.charts.rag.counts.Green;
    const row = page.getByTestId('dashboard-chart-rag').locator('tbody tr[data-rag="Green"]');
    await row.waitFor();
    await row.getByRole('link').click();
    await page.waitForURL(/\/SitePages\/Portfolio\.aspx\?/);
    expect(new URL(page.url()).searchParams.getAll('programme')).toEqual([String(programme.id)]);
    expect(new URL(page.url()).searchParams.getAll('rag')).toEqual(['Green']);
    await page.waitForFunction(n => document.querySelector('[data-testid="portfolio-count"]')?.textContent?.startsWith(`${n} of`), green);
    await page.getByRole('button', { name: 'Filters (3)' }).waitFor();
    await screenshot(page, 'dashboard-drilldown-portfolio');
  });

  it('downloads the multi-project .pptx for the board\'s saved view: a slide per project and the fixed slides, each project\'s title and RAG on its slide, the overview a real table', async () => {
    const data = await boardReport();
    const plan = portfolioDeckPlan(data, reportLabels());
    expect(data.projects.length).toBeGreaterThan(1);
    await page.goto(dashboardPage());
    await chooseBoardView(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pptx').click()]);
    expect(download.suggestedFilename().replace(/\d{4}-\d\d-\d\d\.pptx$/, 'DAY.pptx')).toBe(`Portfolio report – ${BOARD_REPORT_VIEW} – DAY.pptx`);
    const zip = await JSZip.loadAsync(readFileSync(await saved(download)));
    const slides = Object.keys(zip.files).filter(f => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(data.projects.length + plan.fixedSlides);
    const slide = (n: number): Promise<string> => (zip.file(`ppt/slides/slide${n}.xml`) as JSZip.JSZipObject).async('string');
    const firstProject = 2 + plan.kpiPages.length + plan.overviewPages.length;
    for (let k = 0; k < data.projects.length; k++) {
      const p = data.projects[k];
      const xml = await slide(firstProject + k);
      expect(texts(xml)[0]).toBe(p.title);
      const overall = p.rag.overall ? reportLabels().rag[p.rag.overall] : 'Not reported';
      expect(texts(xml)).toContain(overall);
    }
    const overview = await slide(2 + plan.kpiPages.length);
    expect(overview).toMatch(/<a:graphicData uri="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/table"><a:tbl>/);
    for (const p of data.overview) expect(texts(overview).join('|')).toContain(p.title);
    await page.getByTestId('report-notice').filter({ hasText: `“${download.suggestedFilename()}” has been downloaded.` }).waitFor();
  });

  it('stores the report made in the Reports library, where the list shows it with its date, kind and who stored it', async () => {
    const store = page.getByTestId('report-store');
    await store.waitFor();
    expect(await store.textContent()).toMatch(/^Store in the Reports library \(report of [A-Z][a-z]{2} \d{1,2}, \d{4}\)$/);
    await store.click();
    await page.getByTestId('report-notice').filter({ hasText: /is stored in the Reports library with the date|could not be stored/ }).waitFor();
    expect(await page.getByTestId('report-notice').textContent()).toMatch(/is stored in the Reports library with the date/);
    const row = page.getByTestId('stored-report').filter({ hasText: BOARD_REPORT_VIEW }).first();
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('PortfolioReport');
    expect(await row.textContent()).toContain('Multi-project report (PowerPoint)');
    expect(await row.textContent()).toContain(OFFICERS[0].displayName);
    const stored = await services.dashboard.listReports();
    expect(stored.some(r => r.kind === 'PortfolioReport' && r.viewName === BOARD_REPORT_VIEW)).toBe(true);
    await screenshot(page, 'dashboard-reports');
  });

  it('downloads the report workbook for the view: its sheets, real dates and numbers', async () => {
    const data = await boardReport();
    await page.goto(dashboardPage());
    await chooseBoardView(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(readFileSync(await saved(download)), { trim: false }) as Array<{ sheet: string; data: unknown[][] }>;
    expect(sheets.map(s => s.sheet)).toEqual(['Projects', 'Status', 'Milestones', 'Risks and issues', 'Budget']);
    const projects = sheets[0].data;
    expect(projects.length - 1).toBe(data.overview.length);
    const titles = projects.slice(1).map(r => r.find(c => typeof c === 'string' && data.overview.some(o => o.title === c)));
    expect(titles.every(t => typeof t === 'string')).toBe(true);
    expect(projects.slice(1).some(r => r.some(c => c instanceof Date))).toBe(true);
    expect(projects.slice(1).some(r => r.some(c => typeof c === 'number'))).toBe(true);
  });

  it('cancels a report: no file is made', async () => {
    await page.goto(dashboardPage());
    await chooseBoardView(page);
    let downloads = 0;
    const count = (): void => { downloads++; };
    page.on('download', count);
    await page.getByTestId('report-pptx').click();
    await page.getByTestId('report-cancel').click();
    await page.getByTestId('report-notice').filter({ hasText: 'The report was cancelled: no file was made.' }).waitFor();
    await page.waitForTimeout(1000);
    page.off('download', count);
    expect(downloads).toBe(0);
  });

  it('is clean for axe in English (with the PMO\'s configuration open) and in French, and renders in the Teams dark theme', async () => {
    await page.goto(dashboardPage());
    await page.getByTestId('dashboard-charts').waitFor();
    await page.getByTestId('dashboard-configure').click();
    await page.getByTestId('kpi-config').waitFor();
    await page.getByTestId('kpi-def-add').click();
    // Enter in a field saves as Save does (the shared form frame is a form): the empty code is named.
    await page.locator('#kpi-def-name').fill('Lead time');
    await page.locator('#kpi-def-name').press('Enter');
    await page.getByTestId('kpi-def-problems').waitFor();
    expect(await page.getByTestId('kpi-def-code').getAttribute('aria-invalid')).toBe('true');
    expect(await webPart(page)).toEqual([]);
    await page.goto(dashboardPage('fr-fr'));
    await page.getByTestId('dashboard-charts').waitFor();
    expect(await page.getByTestId('dashboard-scope').textContent()).toMatch(/^\d+ projets dans le filtre, chiffres au /);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'dashboard-fr');
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(PMO)}&tab=Dashboard&theme=dark&lang=en-us`);
    await page.getByTestId('dashboard-charts').waitFor();
    expect(await page.getByTestId('dashboard-page').getAttribute('data-theme')).toBe('dark');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'dashboard-teams-dark');
  });
});

describe('the Project page\'s status report', () => {
  it('downloads as one slide and prints as a page with the same content', async () => {
    const data = await boardReport();
    const project = data.projects[0];
    await page.goto(`${wb.siteUrl}/SitePages/Project.aspx?projectId=${project.id}&user=${encodeURIComponent(PMO)}&lang=en-us`);
    const section = page.getByTestId('project-report');
    await section.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByTestId('project-report-pptx').click()]);
    const zip = await JSZip.loadAsync(readFileSync(await saved(download)));
    const slides = Object.keys(zip.files).filter(f => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(1);
    expect(texts(await (zip.file('ppt/slides/slide1.xml') as JSZip.JSZipObject).async('string'))[0]).toBe(project.title);
    await section.getByTestId('project-report-print-link').click();
    const printed = page.getByTestId('project-report-print');
    await printed.waitFor();
    expect(await printed.getByRole('heading', { level: 1 }).textContent()).toBe(project.title);
    // Every dimension of the status report (the demo rates seven), as on the slide.
    expect(project.dimensions).toHaveLength(7);
    expect(await printed.getByTestId('print-rag').locator('tbody tr').count()).toBe(project.dimensions.length);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('project-report-print-button').isVisible()).toBe(false);
    await screenshot(page, 'project-report-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await axeViolations(page, '[data-testid="project-report-print-page"]')).toEqual([]);
  });
});
