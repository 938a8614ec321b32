/**
 * The Project web part as a tab in a Teams team, in the local workbench's Teams view: without a project
 * named it lists the team's projects (Projects.TeamsGroupId) with their overall RAG and next milestone;
 * a project opens in the tab (address, focus on its heading, by keyboard) with a way back to the list;
 * a team's only project opens directly; a team without projects says so and links to the portfolio.
 * axe-core: no serious or critical findings in English and Dutch, in Teams' dark and high-contrast themes.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import { demoGroups } from '../workbench/directory';
import type { SPFI } from '../src/platform/pnp';

jest.setTimeout(300_000);

const teamOf = (name: string): string => demoGroups.filter(g => g.displayName === name)[0].id;
/** Thomas Wright (a reader) is a member of the programme team; Sofia Romano of the public services team; Camille Dubois of Finance. */
const LIST_TEAM = { user: 'thomas.wright@pmohub.demo', team: teamOf('Digital Transformation Programme') };
const ONE_TEAM = { user: 'sofia.romano@pmohub.demo', team: teamOf('Public Services Modernisation') };
const NO_TEAM = { user: 'camille.dubois@pmohub.demo', team: teamOf('Finance Department') };

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
/** The programme team's projects (by title), and the public services team's only one. */
let listed: Array<{ Id: number; Title: string }>;
let only: { Id: number; Title: string };

const tab = (t: { user: string; team: string }, theme: string, lang: string = 'en-us'): string =>
  `${wb.url}/teams?user=${encodeURIComponent(t.user)}&team=${t.team}&tab=Project&theme=${theme}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-project-heading"]');
const headingIsFocused = (p: Page): Promise<boolean> => p.evaluate(() => document.activeElement === document.getElementById('pmo-project-heading'));

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 10 }));
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = owner.web.getList('/sites/pmo/Lists/Projects');
  const all = (await projects.items.select('Id', 'Title').orderBy('Id').top(100)()) as Array<{ Id: number; Title: string }>;
  // Three projects in the programme team, one in the public services team, none in Finance.
  for (const [i, p] of all.entries()) {
    await projects.items.getById(p.Id).update({ TeamsGroupId: i < 3 ? LIST_TEAM.team : i === 3 ? ONE_TEAM.team : null });
  }
  listed = all.slice(0, 3).sort((a, b) => a.Title.localeCompare(b.Title));
  only = all[3];
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Project tab in a Teams team', () => {
  it('lists the team\'s projects (dark theme) and opens one in the tab by keyboard, with the way back', async () => {
    await page.goto(tab(LIST_TEAM, 'dark'));
    const list = page.getByRole('table', { name: 'This team\'s projects' });
    await list.waitFor();
    expect(await list.locator('tbody th').allTextContents()).toEqual(listed.map(p => expect.stringContaining(p.Title)));
    // Every row says its overall RAG in words ("No report" without a published one), or the status of an ended project.
    for (const row of await list.locator('tbody tr').all()) expect(((await row.locator('td').first().textContent()) ?? '').length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await screenshot(page, 'project-teams-dark-list');
    expect(await webPart(page)).toEqual([]);
    const chosen = listed[1];
    await list.locator(`a[href$="projectId=${chosen.Id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('project-status').waitFor();
    expect(await page.locator('#pmo-project-heading').textContent()).toContain(chosen.Title);
    await page.waitForFunction(() => document.activeElement === document.getElementById('pmo-project-heading'));
    expect(new URL(page.url()).searchParams.get('projectId')).toBe(String(chosen.Id));
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'project-teams-dark-opened');
    await page.getByRole('link', { name: 'Back to the team\'s projects' }).click();
    await list.waitFor();
    expect(new URL(page.url()).searchParams.get('projectId')).toBeNull();
    await page.waitForFunction(() => document.activeElement === document.getElementById('pmo-project-heading'));
    // The browser's Forward opens the project again (the address is the tab's state).
    await page.goForward();
    await page.getByTestId('project-status').waitFor();
    expect(await page.locator('#pmo-project-heading').textContent()).toContain(chosen.Title);
  });

  it('is clean for axe in Dutch in the high-contrast theme, listed and opened', async () => {
    await page.goto(tab(LIST_TEAM, 'contrast', 'nl-nl'));
    const list = page.getByRole('table', { name: 'Projecten van dit team' });
    await list.waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'project-teams-contrast-nl-list');
    await list.getByRole('link').first().click();
    await page.getByTestId('project-status').waitFor();
    expect(await headingIsFocused(page)).toBe(true);
    expect(await page.getByRole('link', { name: 'Terug naar de projecten van het team' }).count()).toBe(1);
    expect(await webPart(page)).toEqual([]);
  });

  it('opens a team\'s only project directly, and says when a team has none', async () => {
    await page.goto(tab(ONE_TEAM, 'dark'));
    await page.getByTestId('project-status').waitFor();
    expect(await page.locator('#pmo-project-heading').textContent()).toContain(only.Title);
    expect(new URL(page.url()).searchParams.get('projectId')).toBe(String(only.Id));
    expect(await page.getByRole('link', { name: 'Back to the team\'s projects' }).count()).toBe(0);
    await page.goto(tab(NO_TEAM, 'contrast'));
    const none = page.getByTestId('project-team-none');
    await none.waitFor();
    expect(await none.textContent()).toContain('This team has no projects in PMO Hub.');
    expect(await none.getByRole('link', { name: 'Open the portfolio' }).getAttribute('href')).toBe(`${wb.siteUrl}/SitePages/Portfolio.aspx`);
    expect(await webPart(page)).toEqual([]);
  });
});
