/**
 * The RAID web part end to end on the local PMO site: a project's manager logs a risk and the heat
 * map's cell counts it at once; clicking the cell filters the register to its risks and clicking it
 * again shows all; a board member reads the log without edit controls; the portfolio view opens
 * without a project. axe-core: no serious or critical findings in English, Italian and the Teams
 * dark theme. The risks it counts are the test's own (created through the services or the form).
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
import { BOARD, OFFICERS } from '../workbench/seed/reference';
import { formatDateOnly, type IsoDay } from '../src/domain/dates';
import { ProjectsList } from '../src/schema/refs';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let projectId: number;
let pm: string;
/** Another running project and its manager (the lesson search from another project). */
let otherId: number;
let otherPm: string;
/** A milestone of the test's own, with a baseline that an approved change moves. */
let milestone: { id: number; title: string; baseline: IsoDay };

const raidPage = (user: string, lang: string = 'en-us', id: number | '' = projectId): string =>
  `${wb.siteUrl}/SitePages/Raid.aspx?${id === '' ? '' : `projectId=${id}&`}user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-raid-heading"]');
const cellCount = async (p: Page, probability: number, impact: number): Promise<number> =>
  Number((await p.getByTestId(`raid-cell-${probability}-${impact}`).locator('span').first().textContent()) ?? 'NaN');

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 10 }));
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager?: { EMail: string } }>;
  const managed = projects.filter(p => p.ProjectManager?.EMail);
  const chosen = managed[0];
  projectId = chosen.Id;
  pm = (chosen.ProjectManager as { EMail: string }).EMail;
  const other = managed.filter(p => p.Id !== projectId)[0];
  otherId = other.Id;
  otherPm = (other.ProjectManager as { EMail: string }).EMail;
  // One risk of the test's own in another cell, so that the filter has something to leave out.
  const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
  await services.risks.create(projectId, { title: 'Key supplier insolvency', probability: 2, impact: 3 });
  const m = await services.milestones.create(projectId, { title: 'Data platform go-live', baselineDate: '2027-03-01' as IsoDay });
  milestone = { id: m.id, title: m.title, baseline: '2027-03-01' as IsoDay };
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

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

  it('a corrected date saves with the first click; the focus moves into each form and back; Close asks first; Resolve asks for the resolution', async () => {
    // The element with the focus (its test id, else its id), once it is `expected` (the forms load with their own chunk), or what it is after the wait.
    const focused = async (expected?: string): Promise<string> => {
      const now = (): string => { const e = document.activeElement; return e?.getAttribute('data-testid') ?? e?.id ?? ''; };
      if (expected) await page.waitForFunction(id => { const e = document.activeElement; return (e?.getAttribute('data-testid') ?? e?.id) === id; }, expected).catch(() => undefined);
      return page.evaluate(now);
    };
    const year = new Date().getFullYear();
    await page.goto(raidPage(pm));
    await page.getByTestId('raid-heatmap').waitFor();
    await page.getByTestId('raid-add-risk').click();
    const form = page.getByTestId('risk-form');
    expect(await focused('risk-heading')).toBe('risk-heading');
    // The date field says the expected format before any error, tied to the input.
    const proximity = form.getByLabel('Proximity');
    const hintId = (await proximity.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${hintId.split(' ').pop() ?? ''}"]`).textContent()).toBe(`For example, ${formatDateOnly(`${year}-12-31` as IsoDay, 'en-us', 'numeric')}`);
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await focused('raid-add-risk')).toBe('raid-add-risk');
    await page.getByTestId('raid-add-risk').click();
    await form.getByLabel('Title').fill('Archive vendor slot lost');
    await form.getByLabel('Probability (1–5)').selectOption('2');
    await form.getByLabel('Impact (1–5)').selectOption('2');
    await proximity.fill('31/12/2026');
    await form.getByTestId('risk-save').click();
    await page.getByTestId('risk-problems').waitFor();
    expect(await proximity.getAttribute('aria-invalid')).toBe('true');
    // Corrected, then Save at once (no Tab first): the first click saves.
    await proximity.fill('12/31/2026');
    await form.getByTestId('risk-save').click();
    await page.getByText('The risk “Archive vendor slot lost” has been saved.').waitFor();
    expect(await focused('raid-add-risk')).toBe('raid-add-risk');
    // A form opening clears the last notice.
    await page.getByTestId('raid-add-risk').click();
    expect(await page.getByTestId('raid-risk-notice').count()).toBe(0);
    await form.getByRole('button', { name: 'Cancel' }).click();
    // Edit: the form's heading takes the focus; Cancel gives it back to the row's button.
    const editRisk = page.getByRole('button', { name: 'Edit the risk “Archive vendor slot lost”' });
    await editRisk.click();
    expect(await focused('risk-heading')).toBe('risk-heading');
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await editRisk.evaluate(e => e === document.activeElement)).toBe(true);
    // Close asks first; Cancel keeps the risk open.
    const closeRisk = page.getByRole('button', { name: 'Close the risk “Archive vendor slot lost”' });
    await closeRisk.click();
    await page.getByTestId('risk-close-form').waitFor();
    expect(await focused('risk-close-heading')).toBe('risk-close-heading');
    await page.getByTestId('risk-close-cancel').press('Enter');
    expect(await closeRisk.evaluate(e => e === document.activeElement)).toBe(true);
    expect(await page.getByText('The risk “Archive vendor slot lost” has been closed.').count()).toBe(0);
    await closeRisk.click();
    await page.getByTestId('risk-close-confirm').click();
    await page.getByText('The risk “Archive vendor slot lost” has been closed.').waitFor();

    // The issue form: the same corrected date; Resolve asks for the resolution, which is stored.
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByTestId('raid-add-issue').click();
    expect(await focused('issue-heading')).toBe('issue-heading');
    const issue = page.getByTestId('issue-form');
    await issue.getByLabel('Title').fill('Archive interface blocked');
    await issue.getByLabel('Due date').fill('31/12/2026');
    await issue.getByTestId('issue-save').click();
    await page.getByTestId('issue-problems').waitFor();
    await issue.getByLabel('Due date').fill('12/31/2026');
    await issue.getByTestId('issue-save').click();
    await page.getByText('The issue “Archive interface blocked” has been saved.').waitFor();
    expect(await focused('raid-add-issue')).toBe('raid-add-issue');
    const resolve = page.getByRole('button', { name: 'Resolve the issue “Archive interface blocked”' });
    await resolve.click();
    expect(await focused('resolve-heading')).toBe('resolve-heading');
    await page.getByTestId('resolve-save').click();
    expect(await page.getByTestId('resolve-problems').textContent()).toContain('“Resolution” is required.');
    expect(await page.getByText('The issue “Archive interface blocked” has been resolved.').count()).toBe(0);
    await page.getByTestId('resolve-form').getByLabel('Resolution').fill('The vendor moved the test slot forward.');
    await page.getByTestId('resolve-save').click();
    await page.getByText('The issue “Archive interface blocked” has been resolved.').waitFor();
    const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
    const stored = (await services.raidLog.listIssues(projectId)).filter(i => i.title === 'Archive interface blocked')[0];
    expect(stored.status).toBe('Resolved');
    expect(stored.resolution).toBe('The vendor moved the test slot forward.');
    expect(await webPart(page)).toEqual([]);
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

  it('a project manager raises and assesses a change request, the PMO approves it and the milestone\'s new baseline names the change', async () => {
    await page.goto(raidPage(pm));
    await page.getByRole('tab', { name: 'Changes' }).click();
    await page.getByTestId('raid-changes-tab').waitFor();
    await page.getByTestId('raid-add-change').click();
    const form = page.getByTestId('change-form');
    // Problems name their fields: no title, days that are not whole, an amount in another locale's style.
    await form.getByLabel('Impact on schedule (days)').fill('two weeks');
    await form.getByLabel('Impact on cost').fill('25.000,50');
    await form.getByTestId('change-save').click();
    const problems = page.getByTestId('change-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('“Title” is required.');
    expect(await problems.textContent()).toContain('“Impact on schedule (days)”: enter a whole number of days');
    expect(await problems.textContent()).toContain('“Impact on cost”');
    expect(await form.getByLabel('Impact on cost').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Title').fill('Add the archive interface');
    await form.getByLabel('Impact on schedule (days)').fill('14');
    await form.getByLabel('Impact on cost').fill('25,000');
    await form.getByLabel('Impact on scope').fill('The archive interface joins the release.');
    await form.getByTestId('change-save').click();
    await page.getByText('The change request “Add the archive interface” has been raised.').waitFor();
    const changeRow = (status: string): ReturnType<Page['locator']> => page.locator(`[data-testid="raid-change-row"][data-status="${status}"]`).filter({ hasText: 'Add the archive interface' });
    const row = changeRow('Submitted');
    await row.waitFor();
    expect(await row.textContent()).toContain('+25,000');
    // Only the next step of the flow is offered: assess, not approve.
    expect(await row.getByRole('button', { name: 'Approve the change request “Add the archive interface”' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Assess the change request “Add the archive interface”' }).click();
    await page.getByTestId('change-form').getByLabel('Impact on schedule (days)').fill('21');
    await page.getByTestId('change-save').click();
    await page.getByText('The change request “Add the archive interface” has been assessed.').waitFor();
    await changeRow('Assessed').waitFor();
    expect(await changeRow('Assessed').textContent()).toContain('+21');

    // The PMO approves (the budget line it adds is the PMO's to write) and picks the milestone it moves.
    await page.goto(raidPage(OFFICERS[0].userPrincipalName));
    await page.getByRole('tab', { name: 'Changes' }).click();
    const assessed = changeRow('Assessed');
    await assessed.getByRole('button', { name: 'Approve the change request “Add the archive interface”' }).click();
    const approve = page.getByTestId('approve-form');
    await approve.getByTestId('approve-save').click();
    await page.getByTestId('approve-problems').waitFor();
    expect(await page.getByTestId('approve-problems').textContent()).toContain('“Milestones to re-baseline” is required.');
    await approve.getByLabel(`${milestone.title} (baseline ${formatDateOnly(milestone.baseline, 'en-us')})`).check();
    await approve.getByTestId('approve-save').click();
    await page.getByText('The change request “Add the archive interface” has been approved.').waitFor();
    const approved = changeRow('Approved');
    await approved.waitFor();
    const changeId = Number(/CR-(\d+)/.exec((await approved.locator('th').textContent()) ?? '')?.[1]);
    const reference = `CR-${changeId}: Add the archive interface`;
    const shown = page.getByTestId('raid-change-rebaseline').filter({ hasText: reference });
    await shown.waitFor();
    expect(await shown.textContent()).toContain(`Milestone “${milestone.title}”: baseline ${formatDateOnly(milestone.baseline, 'en-us')} → ${formatDateOnly('2027-03-22' as IsoDay, 'en-us')}`);
    expect(await shown.textContent()).toContain('Budget line: planned +25,000');
    // The stored milestone carries the change in its baseline history.
    const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
    const stored = (await services.milestones.list(projectId)).filter(m => m.id === milestone.id)[0];
    expect(stored.baselineDate).toBe('2027-03-22');
    expect(stored.baselineHistory.map(h => h.reason)).toContain(reference);
    expect(await approved.getByRole('button').count()).toBe(0);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'raid-changes');
  });

  it('a project manager logs a decision, and filters the log by body', async () => {
    await page.goto(raidPage(pm));
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByTestId('raid-add-decision').click();
    const form = page.getByTestId('decision-form');
    await form.getByLabel('Title').fill('Pilot in two regions first');
    await form.getByLabel('Date of the decision').fill('31/12/2026');
    await form.getByTestId('decision-save').click();
    expect(await page.getByTestId('decision-problems').textContent()).toContain('“Why (rationale)” is required.');
    await form.getByLabel('Why (rationale)').fill('The regions share one data centre.');
    // The corrected date, then Save at once: the first click saves.
    await form.getByLabel('Date of the decision').fill('12/31/2026');
    await form.getByTestId('decision-save').click();
    await page.getByText('The decision “Pilot in two regions first” has been logged.').waitFor();
    const row = page.getByTestId('raid-decision-row').filter({ hasText: 'Pilot in two regions first' });
    expect(await row.textContent()).toContain('Project');
    await page.getByLabel('Body').selectOption('StrategyBoard');
    await page.waitForFunction(() => !document.querySelector('[data-testid="raid-decisions"]')?.textContent?.includes('Pilot in two regions first'));
    await page.getByLabel('Body').selectOption('Project');
    await row.waitFor();
  });

  it('a lesson recorded in one project is found by the manager of another project, linked to its RAID log', async () => {
    await page.goto(raidPage(pm));
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page.getByTestId('raid-add-lesson').click();
    const form = page.getByTestId('lesson-form');
    await form.getByLabel('Title').fill('Reserve the archive vendor’s test slot early');
    await form.getByLabel('Category').selectOption('Procurement');
    await form.getByLabel('What happened').fill('The vendor’s only test slot was taken; the interface slipped by three weeks.');
    await form.getByLabel('Recommendation').fill('Book the test slot in the contract.');
    await form.getByTestId('lesson-save').click();
    await page.getByText('The lesson “Reserve the archive vendor’s test slot early” has been recorded.').waitFor();
    // The notice comes with the save; the list once it is read again.
    await page.getByTestId('raid-lessons').filter({ hasText: 'Reserve the archive vendor’s test slot early' }).waitFor();
    expect(await page.getByTestId('raid-lessons').textContent()).toContain('Reserve the archive vendor’s test slot early');

    await page.goto(raidPage(otherPm, 'en-us', otherId));
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page.getByTestId('raid-lessons-tab').waitFor();
    expect(await page.getByTestId('raid-lessons-tab').textContent()).not.toContain('Reserve the archive vendor’s test slot early');
    await page.getByRole('searchbox', { name: 'Search the lessons of every project' }).fill('  ARCHIVE vendor  ');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const found = page.getByTestId('raid-lesson-found').getByTestId('raid-lesson-row').filter({ hasText: 'Reserve the archive vendor’s test slot early' });
    await found.waitFor();
    const link = found.getByRole('link');
    expect(await link.getAttribute('href')).toContain(`Raid.aspx?projectId=${projectId}`);
    expect((await link.textContent())?.length).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search the lessons of every project' }).fill('no lesson says zyxwvut');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('raid-lesson-none').waitFor();
  });

  it('is clean for axe with the Decisions, Changes and Lessons tabs open in Italian and in the Teams dark theme', async () => {
    await page.goto(raidPage(pm, 'it-it'));
    await page.getByTestId('raid-heatmap').waitFor();
    await page.getByRole('tab', { name: 'Decisioni' }).click();
    await page.getByTestId('raid-add-decision').click();
    await page.getByTestId('decision-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Modifiche' }).click();
    await page.getByTestId('raid-changes').waitFor();
    await page.getByTestId('raid-add-change').click();
    await page.getByTestId('change-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Lezioni apprese' }).click();
    await page.getByTestId('raid-add-lesson').click();
    await page.getByRole('searchbox', { name: 'Cerca nelle lezioni apprese di tutti i progetti' }).fill('archivio');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await page.getByTestId('raid-lesson-results').locator('p').first().waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(pm)}&tab=Raid&theme=dark&lang=en-us&projectId=${projectId}`);
    await page.getByTestId('raid-heatmap').waitFor();
    for (const [tab, ready] of [['Decisions', 'raid-decisions'], ['Changes', 'raid-changes'], ['Lessons', 'raid-lessons']]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByTestId(ready).waitFor();
      expect(await webPart(page)).toEqual([]);
    }
    await screenshot(page, 'raid-teams-dark-changes');
  });

  it('the portfolio filter by project manager narrows the top risks to that manager\'s projects, and the address keeps it', async () => {
    const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
    const rows = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select('Id', 'ProjectManagerId').top(5000)()) as Array<{ Id: number; ProjectManagerId?: number }>;
    const pmId = rows.filter(r => r.Id === projectId)[0].ProjectManagerId as number;
    const own = new Set(rows.filter(r => r.ProjectManagerId === pmId).map(r => r.Id));
    const projectsOf = async (): Promise<number[]> => (await page.getByTestId('raid-top-risks').getByRole('link').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href)))
      .map(href => Number(new URL(href).searchParams.get('projectId')));
    await page.goto(raidPage(pm, 'en-us', ''));
    await page.getByTestId('raid-portfolio').waitFor();
    const before = await projectsOf();
    expect(before.some(id => !own.has(id))).toBe(true);
    const intro = await page.getByTestId('raid-portfolio').locator('p').first().textContent();
    await page.getByLabel('Project manager').selectOption(String(pmId));
    await page.waitForFunction(t => {
      const p = document.querySelector('[data-testid="raid-portfolio"] p');
      return !!p && p.textContent !== t;
    }, intro);
    const after = await projectsOf();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(id => own.has(id))).toBe(true);
    expect(after).toContain(projectId);
    expect(new URL(page.url()).searchParams.get('raidPm')).toBe(String(pmId));
    expect(await webPart(page)).toEqual([]);
    await page.reload();
    await page.getByTestId('raid-portfolio').waitFor();
    expect(await page.getByLabel('Project manager').inputValue()).toBe(String(pmId));
    expect((await projectsOf()).every(id => own.has(id))).toBe(true);
    await page.getByTestId('raid-filter-reset').click();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.get('raidPm'));
  });
});

describe('the RAID heat map by keyboard, and the register agreeing with it', () => {
  /** The heat map's cells' counts summed, as the page shows them. */
  const mapTotal = (p: Page): Promise<number> => p.getByTestId('raid-heatmap').evaluate(t =>
    Array.from(t.querySelectorAll('[data-testid^="raid-cell-"]')).reduce((sum, c) => sum + Number(c.querySelector('span')?.textContent), 0));
  const focused = (p: Page): Promise<string | null | undefined> => p.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('the heat map is one tab stop between the tabs and "Add a risk"; the arrow keys move between cells, Enter filters, the cell is announced', async () => {
    await page.goto(raidPage(pm));
    await page.getByTestId('raid-heatmap').waitFor();
    await page.getByRole('tab', { name: 'Risks' }).focus();
    const passed: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
      passed.push(id);
      if (id === 'raid-add-risk') break;
    }
    expect(passed[passed.length - 1]).toBe('raid-add-risk');
    expect(passed.filter(id => id.startsWith('raid-cell-'))).toEqual(['raid-cell-5-1']);
    expect(passed.length).toBeLessThanOrEqual(4);
    // Back into the map; the arrows move the focus without filtering; Enter filters the register.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('raid-cell-5-1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('raid-cell-3-3');
    expect(await page.getByTestId('raid-cell-filter').count()).toBe(0);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('raid-cell-2-3');
    await page.keyboard.press('Enter');
    await page.getByTestId('raid-cell-filter').waitFor();
    expect(await page.getByTestId('raid-cell-2-3').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('raid-heatmap-announce').textContent()).toMatch(/^Selected cell: Probability 2, impact 3, band Medium\. Open risks: \d+\.$/);
    expect(await page.getByTestId('raid-risks').textContent()).toContain('Key supplier insolvency');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !document.querySelector('[data-testid="raid-cell-filter"]'));
    expect(await webPart(page)).toEqual([]);
    // The portfolio's read-only map is navigable too: one tab stop, the arrows move it.
    await page.goto(raidPage(pm, 'en-us', ''));
    await page.getByTestId('raid-portfolio').waitFor();
    const stops = await page.getByTestId('raid-heatmap').evaluate(t => Array.from(t.querySelectorAll<HTMLElement>('[tabindex]')).filter(el => el.tabIndex >= 0).length);
    expect(stops).toBe(1);
    await page.getByTestId('raid-heatmap').locator('td[tabindex="0"]').focus();
    await page.keyboard.press('Control+End');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Probability 1, impact 5');
  });

  it('the register lists by default the risks the heat map counts; an occurred and a closed risk only on request, their status in words', async () => {
    const services = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm }), {});
    await services.risks.create(projectId, { title: 'Data migration quality is poor', probability: 5, impact: 3, status: 'Occurred' });
    await services.risks.create(projectId, { title: 'Office move delays the team', probability: 1, impact: 2, status: 'Closed' });
    await page.goto(raidPage(pm));
    await page.getByTestId('raid-heatmap').waitFor();
    const unrated = await page.getByTestId('raid-unrated').count() > 0
      ? Number((await page.getByTestId('raid-unrated').textContent())?.replace(/\D/g, '')) : 0;
    const rows = page.getByTestId('raid-risk-row');
    expect(await rows.count()).toBe(await mapTotal(page) + unrated);
    expect(await page.getByTestId('raid-risks').textContent()).not.toContain('Data migration quality is poor');
    expect(await cellCount(page, 5, 3)).toBe(await rows.filter({ has: page.locator('td:nth-child(2)', { hasText: /^5$/ }) }).filter({ has: page.locator('td:nth-child(3)', { hasText: /^3$/ }) }).count());
    const others = page.getByRole('checkbox', { name: /^Show closed and occurred risks \(\d+\)$/ });
    const n = Number((await page.getByText(/^Show closed and occurred risks \(\d+\)$/).textContent())?.replace(/\D/g, ''));
    expect(n).toBeGreaterThanOrEqual(2);
    const open = await rows.count();
    await others.check();
    expect(await rows.count()).toBe(open + n);
    expect(await rows.filter({ hasText: 'Data migration quality is poor' }).locator('td').nth(7).textContent()).toBe('Occurred');
    expect(await rows.filter({ hasText: 'Office move delays the team' }).locator('td').nth(7).textContent()).toBe('Closed');
    expect(await webPart(page)).toEqual([]);
    // The cell's filter shows what the cell counts, and says so.
    await page.getByTestId('raid-cell-5-3').click();
    expect(await page.getByTestId('raid-cell-filter').textContent()).toContain('Showing the open risks with probability 5 and impact 3.');
    expect(await rows.count()).toBe(await cellCount(page, 5, 3));
    expect(await page.getByTestId('raid-risks-tab').textContent()).not.toContain('Data migration quality is poor');
  });
});
