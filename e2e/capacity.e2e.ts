/**
 * The Capacity web part end to end on the local PMO site with the demo seed: the heat map shows the
 * demo's over-allocated month (architects in March 2027, once proposed demand counts) as text, band
 * and marker, readable without colour (forced colours, grayscale); its drill-down lists the projects
 * and requests that make it up; a what-if that moves the request under review by three months clears
 * it at once, and saved as a scenario it comes back after a reload; axe-core finds nothing serious in
 * English, German (with the PMO's maintenance open) and the Teams dark theme. On the project page a
 * project's manager opens its resources, edits its assignments and moves its start with them.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import type { SPFI } from '../src/platform/pnp';
import { AssignmentsList, ProjectsList, RolesList } from '../src/schema/refs';
import { OFFICERS } from '../workbench/seed/reference';
import { SHOWCASE } from '../workbench/seed/lists/showcase';

jest.setTimeout(300_000);

const PMO = OFFICERS[0].userPrincipalName;

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let owner: SPFI;
/** The Roles item id of the showcase role (its heat map row's key). */
let architects: number;

const capacityPage = (user: string = PMO, lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Capacity.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-capacity-heading"]');
const showcaseCell = (p: Page) => p.getByTestId(`capacity-cell-${architects}-${SHOWCASE.month}`); // eslint-disable-line @typescript-eslint/explicit-function-return-type -- a locator
const bandOf = (p: Page): Promise<string | null> => showcaseCell(p).evaluate(e => e.closest('td')?.getAttribute('data-band') ?? null);
const overRow = (p: Page) => p.locator(`[data-testid="capacity-over-row"][data-row="${architects}"][data-month="${SHOWCASE.month}"]`); // eslint-disable-line @typescript-eslint/explicit-function-return-type -- a locator

beforeAll(async () => {
  ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10, viewport: { width: 1400, height: 1000 } }));
  const R = RolesList.fields;
  const roles = (await owner.web.getList(`/sites/pmo/${RolesList.url}`).items.select(R.Id).filter(`${R.Code} eq '${SHOWCASE.role}'`)()) as Array<{ Id: number }>;
  architects = roles[0].Id;
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Capacity web part', () => {
  it('shows the over-allocated month as text, band and marker, readable without colour, and drills down into its projects and requests', async () => {
    await page.goto(capacityPage());
    await showcaseCell(page).waitFor();
    expect(await bandOf(page)).toBe('red');
    expect(await showcaseCell(page).textContent()).toMatch(/^▲ \d+%[\d.]+ \/ [\d.]+$/);
    expect(await showcaseCell(page).getAttribute('aria-label')).toMatch(/^\d+%, [\d.]+ \/ [\d.]+ days \(over capacity\): .+, March 2027\. Demand .+ days \(.+ hours\), capacity .+ days \(.+ hours\)\.$/);
    await overRow(page).waitFor();
    expect(Number(await overRow(page).getByTestId('capacity-over-hours').textContent())).toBeGreaterThan(0);
    // Every cell says its utilisation in text, and every near and over cell carries its marker: the map reads without colour.
    const cells = await page.locator('[data-testid="capacity-heatmap"] td').evaluateAll(tds => tds.map(td => [td.getAttribute('data-band') ?? '', td.textContent ?? ''] as [string, string]));
    expect(cells.length).toBeGreaterThan(12);
    for (const [band, text] of cells) {
      if (band === 'none') expect(text).toBe('–');
      else expect(text).toMatch(/^(▲ |● )?(\d+%|∞)/);
      if (band === 'red') expect(text.startsWith('▲ ')).toBe(true);
      if (band === 'amber') expect(text.startsWith('● ')).toBe(true);
    }
    await showcaseCell(page).click();
    const drill = page.getByTestId('capacity-drilldown');
    await drill.waitFor();
    expect(await drill.getByRole('heading').textContent()).toMatch(/, March 2027$/);
    const rows = drill.getByTestId('capacity-drill-row');
    const texts = await rows.evaluateAll(rs => rs.map(r => r.textContent ?? ''));
    expect(texts.some(t => /^Request: .+Proposed/.test(t))).toBe(true);
    expect(texts.some(t => /^Project: /.test(t))).toBe(true);
    expect(await rows.filter({ hasText: 'Project:' }).first().getByRole('link').getAttribute('href')).toMatch(/\/SitePages\/Project\.aspx\?projectId=\d+$/);
    await screenshot(page, 'capacity');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await showcaseCell(page).textContent()).toMatch(/^▲ \d+%/);
    await screenshot(page, 'capacity-forced-colors');
    await page.emulateMedia({ forcedColors: 'none' });
    await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    await screenshot(page, 'capacity-grayscale');
  });

  it('clears the over-allocation with a what-if that moves the request, and keeps it when saved as a scenario', async () => {
    await page.goto(capacityPage());
    await showcaseCell(page).click();
    const request = page.getByTestId('capacity-drill-row').filter({ hasText: 'Request:' }).filter({ hasText: 'Proposed' }).first();
    await request.getByTestId('capacity-drill-whatif').click();
    await page.getByTestId('capacity-whatif-shift').selectOption(String(SHOWCASE.shift));
    expect(await bandOf(page)).not.toBe('red');
    expect(await overRow(page).count()).toBe(0);
    expect(await page.getByTestId('capacity-whatif-banner').textContent()).toContain('What-if, not saved.');
    expect(await page.getByTestId('capacity-whatif-changes').textContent()).toContain(`${SHOWCASE.shift} months later`);
    await page.getByTestId('capacity-scenario-title').fill('Architects: the request three months later');
    await page.getByTestId('capacity-save-scenario').click();
    await page.getByText('The what-if has been saved as the scenario “Architects: the request three months later”.').waitFor();
    // Reloaded, the plan is back; the saved what-if reopens and clears the month again.
    await page.reload();
    await showcaseCell(page).waitFor();
    expect(await bandOf(page)).toBe('red');
    await page.getByRole('button', { name: 'Open “Architects: the request three months later”' }).click();
    await page.getByTestId('capacity-whatif-banner').filter({ hasText: 'Saved what-if “Architects: the request three months later”.' }).waitFor();
    expect(await bandOf(page)).not.toBe('red');
    expect(await overRow(page).count()).toBe(0);
  });

  it('is clean for axe in English and in German with the PMO\'s maintenance open, and renders in the Teams dark theme', async () => {
    await page.goto(capacityPage());
    await showcaseCell(page).click();
    await page.getByTestId('capacity-drilldown').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.goto(capacityPage(PMO, 'de-de'));
    await showcaseCell(page).waitFor();
    expect(await showcaseCell(page).textContent()).toMatch(/^▲ \d+\u00a0%/);
    expect(await showcaseCell(page).getAttribute('aria-label')).toContain('(über der Kapazität)');
    await showcaseCell(page).click();
    await page.getByTestId('capacity-pool-open').click();
    await page.getByTestId('capacity-pool-editor').waitFor();
    await page.getByTestId('capacity-settings-edit').click();
    await page.getByTestId('capacity-settings-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'capacity-de');
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(PMO)}&tab=Capacity&theme=dark&lang=en-us`);
    await showcaseCell(page).waitFor();
    expect(await page.getByTestId('capacity-page').getAttribute('data-theme')).toBe('dark');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'capacity-teams-dark');
  });
});

describe('a project\'s assignments on its page', () => {
  it('lets the project\'s manager edit the days, and move the start with the assignments', async () => {
    const P = ProjectsList.fields;
    const projects = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select(P.Id, P.StartDate, `${P.ProjectManager}/EMail`).expand(P.ProjectManager)
      .filter(`${P.LifecycleStatus} eq 'Active'`).top(100)()) as Array<{ Id: number; StartDate?: string; ProjectManager?: { EMail: string } }>;
    const chosen = projects.filter(p => p.ProjectManager?.EMail && p.StartDate)[0];
    const pm = (chosen.ProjectManager as { EMail: string }).EMail;
    await page.goto(`${wb.siteUrl}/SitePages/Project.aspx?projectId=${chosen.Id}&user=${encodeURIComponent(pm)}&lang=en-us`);
    const section = page.getByTestId('project-assignments');
    await section.getByTestId('assignments-toggle').click();
    await section.getByTestId('assignments-edit').click();
    await section.getByTestId('assignment-new-role').selectOption({ index: 1 });
    await section.getByTestId('assignment-new-state').selectOption('Committed');
    await section.getByTestId('assignment-add-line').click();
    const line = await section.getByTestId('assignment-line').last().locator('input').first().getAttribute('data-testid');
    await section.getByTestId(line as string).fill('32');
    await section.getByTestId('assignments-save').click();
    await section.getByTestId('assignments-problems').waitFor();
    expect(await section.getByTestId('assignments-problems').textContent()).toContain('enter days from 0 to 31');
    await section.getByTestId(line as string).fill('6.5');
    await section.getByTestId('assignments-save').click();
    await section.getByText('The assignments have been saved.').waitFor();
    expect(await section.locator('[data-testid^="assignment-cell-"]').count()).toBe(0); // the editor closed
    const A = AssignmentsList.fields;
    const stored = async (): Promise<Array<Record<string, unknown>>> => (await owner.web.getList(`/sites/pmo/${AssignmentsList.url}`).items
      .select(A.Id, A.Month, A.DemandDays, A.DemandState).filter(`${A.Project}Id eq ${chosen.Id}`).top(500)()) as Array<Record<string, unknown>>;
    const before = await stored();
    expect(before.some(r => r[A.DemandDays] === 6.5 && r[A.DemandState] === 'Committed')).toBe(true);
    expect(await axeViolations(page, 'section[aria-labelledby="pmo-project-heading"]')).toEqual([]);
    await screenshot(page, 'project-assignments');
    // Move the start a month later: the page asks whether the assignments move too.
    await section.getByTestId('assignments-move').click();
    const start = new Date(chosen.StartDate as string);
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    await section.getByLabel(/^New start/).fill(`${next.getUTCMonth() + 1}/1/${next.getUTCFullYear()}`);
    await section.getByTestId('move-reason').fill('The supplier starts a month later');
    await section.getByTestId('move-save').click();
    await section.getByTestId('move-confirm').waitFor();
    expect(await section.getByTestId('move-confirm').textContent()).toBe(`Shift ${before.length} assignment${before.length === 1 ? '' : 's'} 1 month later as well?`);
    await section.getByTestId('move-shift').click();
    await section.getByTestId('assignments-notice').filter({ hasText: `${before.length} assignment${before.length === 1 ? '' : 's'} moved with it.` }).waitFor();
    const after = await stored();
    const month = (r: Record<string, unknown>): string => String(r[A.Month]).slice(0, 7);
    const shifted = (m: string): string => { const d = new Date(`${m}-15T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); return d.toISOString().slice(0, 7); };
    expect(after.map(r => [r[A.Id], month(r)]).sort()).toEqual(before.map(r => [r[A.Id], shifted(month(r))]).sort());
  });
});
