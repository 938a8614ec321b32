/**
 * The Portfolio's roadmap end to end on the local PMO site with the 60 demo projects: every project
 * the Projects view counts has a row (its bar when it runs in the window shown), Year and Quarter
 * zoom change the ticks, the today line is drawn, the keyboard moves between rows and Enter opens
 * the project's page, and axe-core finds nothing serious or critical in English, Dutch and the
 * Teams dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';
import { ProjectsList } from '../src/schema/refs';

jest.setTimeout(300_000);

const PMO = 'anna.schmidt@pmohub.demo';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;

interface IProjectDates { Id: number; Title: string; StartDate: string | null; EndDate: string | null }

/** The demo projects with their days (the local site's zone is UTC: a day is stored at its UTC midnight). */
async function projectDays(): Promise<Array<{ id: number; start?: string; end?: string }>> {
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const items = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select('Id', 'Title', 'StartDate', 'EndDate').top(5000)()) as IProjectDates[];
  return items.map(i => ({ id: i.Id, start: i.StartDate?.slice(0, 10), end: i.EndDate?.slice(0, 10) }));
}

/** Opens the portfolio and its Roadmap tab; resolves when the milestones are in. */
async function openRoadmap(url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('portfolio-count').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: /^(Roadmap)$/ }).click();
  await page.getByTestId('roadmap-grid').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="roadmap"] [role="status"]'));
}

const portfolioUrl = (lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Portfolio.aspx?user=${PMO}&lang=${lang}`;
const ticks = (): Promise<string[]> => page.getByTestId('roadmap-tick').allTextContents();
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pf-title"]');

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 60 }));
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the portfolio roadmap', () => {
  it('renders every one of the 60 demo projects: a row each, a bar for each that runs in the year shown', async () => {
    await openRoadmap(portfolioUrl());
    const days = await projectDays();
    expect(days).toHaveLength(60);
    expect(await page.getByTestId('portfolio-count').textContent()).toBe('60 of 60 projects');
    const rowIds = (await page.getByTestId('roadmap-row').evaluateAll(rows => rows.map(r => Number(r.getAttribute('data-project-id'))))).sort((a, b) => a - b);
    expect(rowIds).toEqual(days.map(d => d.id).sort((a, b) => a - b));
    // The year shown is today's: a project has a bar when it runs some day of it.
    const window = await page.getByTestId('roadmap-window').textContent();
    const year = /^(\d{4})/.exec(window ?? '')?.[1] as string;
    const running = days.filter(d => d.start && d.end && d.start <= `${year}-12-31` && d.end >= `${year}-01-01`);
    expect(running.length).toBeGreaterThan(0);
    expect(await page.getByTestId('roadmap-bar').count()).toBe(running.length);
    expect(await page.getByTestId('roadmap-lane').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('roadmap-lane').last().textContent()).toBe('No programme');
    expect(await page.getByTestId('roadmap-grid').getByRole('img', { name: /^Milestone .+, (forecast|reached|planned) \w{3} \d{1,2}, \d{4}$/ }).count()).toBeGreaterThan(0);
    await screenshot(page, 'portfolio-roadmap');
  });

  it('zooms from Year to Quarter and back: quarters, then months; the today line is drawn and labelled', async () => {
    await openRoadmap(portfolioUrl());
    expect(await ticks()).toEqual([expect.stringMatching(/^Q1 \d{4}$/), expect.stringMatching(/^Q2 /), expect.stringMatching(/^Q3 /), expect.stringMatching(/^Q4 /)]);
    expect(await page.getByTestId('roadmap-today').count()).toBe(1);
    expect(await page.getByTestId('roadmap-today-label').getAttribute('title')).toMatch(/^Today, \w{3} \d{1,2}, \d{4}$/);
    await page.getByRole('button', { name: 'Quarter', exact: true }).click();
    const months = await ticks();
    expect(months).toHaveLength(3);
    for (const m of months) expect(m).toMatch(/^[A-Z][a-z]{2}$/);
    expect(await page.getByTestId('roadmap-today').count()).toBe(1);
    await page.getByRole('button', { name: 'Next quarter' }).click();
    expect(await ticks()).not.toEqual(months);
    expect(await page.getByTestId('roadmap-today').count()).toBe(0);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    expect(await ticks()).toEqual(months);
    await screenshot(page, 'portfolio-roadmap-quarter');
    await page.getByRole('button', { name: 'Year', exact: true }).click();
    expect(await ticks()).toHaveLength(4);
  });

  it('moves with the keyboard between projects and milestones, and Enter opens the project\'s page', async () => {
    await openRoadmap(portfolioUrl());
    const rows = page.getByTestId('roadmap-row');
    await page.getByRole('tab', { name: 'Roadmap' }).focus();
    // One tab stop in the grid: the first row.
    await rows.first().focus();
    const focusedRow = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-project-id') ?? null);
    const ids = await rows.evaluateAll(r => r.map(e => e.getAttribute('data-project-id')));
    expect(await focusedRow()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await focusedRow()).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    expect(await focusedRow()).toBe(ids[0]);
    // Right goes to the first milestone in the window of a row that has one.
    const withMilestone = await rows.evaluateAll(r => r.findIndex(e => !!e.querySelector('[data-milestone]')));
    expect(withMilestone).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < withMilestone; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Milestone /);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedRow()).toBe(ids[withMilestone]);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    expect(opened.url()).toBe(`${wb.siteUrl}/SitePages/Project.aspx?projectId=${ids[withMilestone]}`);
    await opened.close();
  });

  it('is clean for axe in English, Dutch and the Teams dark theme', async () => {
    await openRoadmap(portfolioUrl());
    expect(await webPart(page)).toEqual([]);
    await page.goto(portfolioUrl('nl-nl'));
    await page.getByTestId('portfolio-count').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('grid', { name: 'Roadmap van de getoonde projecten' }).waitFor();
    expect(await ticks()).toEqual([expect.stringMatching(/^K1 \d{4}$/), expect.stringMatching(/^K2 /), expect.stringMatching(/^K3 /), expect.stringMatching(/^K4 /)]);
    expect(await webPart(page)).toEqual([]);
    await openRoadmap(`${wb.url}/teams?user=${PMO}&tab=Portfolio&theme=dark&lang=en-us`);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'portfolio-roadmap-teams-dark');
  });
});

describe('the portfolio\'s earned value and RAG view', () => {
  /** Opens the portfolio and its "Earned value and RAG" tab (name in the page's language); resolves when the roll-up is in. */
  async function openControlling(url: string, tab: string): Promise<void> {
    await page.goto(url);
    await page.getByTestId('portfolio-count').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByTestId('controlling-rag').waitFor({ timeout: 60_000 });
  }

  it('counts every running demo project once per dimension, a project without a report as "no report", never green', async () => {
    await openControlling(portfolioUrl(), 'Earned value and RAG');
    const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
    const items = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select('Id', 'LifecycleStatus', 'LastReportDate', 'RagOverall').top(5000)()) as Array<{ LifecycleStatus: string; LastReportDate: string | null; RagOverall: string | null }>;
    const running = items.filter(i => i.LifecycleStatus !== 'Closed' && i.LifecycleStatus !== 'Cancelled');
    const overall = page.getByTestId('controlling-rag').locator('tbody tr').first();
    expect(await overall.getAttribute('data-dimension')).toBe('overall');
    const cell = async (c: string): Promise<number> => Number(await overall.locator(`[data-category="${c}"]`).textContent());
    expect(await cell('noReport')).toBe(running.filter(i => !i.LastReportDate).length);
    expect(await cell('Green')).toBe(running.filter(i => i.LastReportDate && i.RagOverall === 'Green').length);
    expect(await cell('Red')).toBe(running.filter(i => i.LastReportDate && i.RagOverall === 'Red').length);
    // Every dimension's row adds up to the running projects.
    const totals = await page.getByTestId('controlling-rag').locator('tbody tr td:last-child').allTextContents();
    for (const t of totals) expect(Number(t)).toBe(running.length);
    expect(await page.getByTestId('controlling-programmes').locator('tbody tr').count()).toBeGreaterThan(1);
    await screenshot(page, 'portfolio-controlling');
  });

  it('is clean for axe in English, Dutch and the Teams high-contrast theme', async () => {
    await openControlling(portfolioUrl(), 'Earned value and RAG');
    expect(await webPart(page)).toEqual([]);
    await openControlling(portfolioUrl('nl-nl'), 'Earned value en RAG');
    expect(await page.getByRole('heading', { name: 'RAG-verdeling' }).count()).toBe(1);
    expect(await webPart(page)).toEqual([]);
    await openControlling(`${wb.url}/teams?user=${PMO}&tab=Portfolio&theme=contrast&lang=en-us`, 'Earned value and RAG');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'portfolio-controlling-teams-contrast');
  });
});
