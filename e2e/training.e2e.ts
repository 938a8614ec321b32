/**
 * The Training web part end to end on the local PMO site with the demo seed. The PMO plans a session
 * with one seat 30 days ahead (the services read the real clock, so the test makes its own session):
 * one trainee takes the seat in their own browser; a second trainee finds it full and joins the
 * waiting list at position 1; the first cancels (after confirming) and the second, on reloading, is told
 * once that the seat is theirs, holds it and downloads the .ics of it (its content checked). The
 * catalogue's filters, a module's detail and My learning are clean for axe in English and Dutch, and the
 * Training Teams tab renders in the dark theme.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import type { SPFI } from '../src/platform/pnp';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices, type IPmoServices } from '../src/services';
import { TrainingModulesList } from '../src/schema/refs';
import { OFFICERS } from '../workbench/seed/reference';

jest.setTimeout(300_000);

const PMO = OFFICERS[0].userPrincipalName;
const HOLDER = 'james.walker@pmohub.demo';
const WAITING = 'lena.hoffmann@pmohub.demo';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let owner: SPFI;
let moduleId: number;
let sessionId: number;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const trainingPage = (user: string, extra: string = '', lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Training.aspx?user=${encodeURIComponent(user)}&lang=${lang}${extra}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-training-heading"]');
const ourSession = (p: Page) => p.locator(`[data-testid="training-session"][data-session="${sessionId}"]`).first(); // eslint-disable-line @typescript-eslint/explicit-function-return-type -- a locator
/** 'YYYY-MM-DDTHH:mm' `days` days from now. */
const local = (days: number, time: string): string => `${new Date(Date.now() + days * 86400000).toISOString().slice(0, 10)}T${time}`;

beforeAll(async () => {
  ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10, acceptDownloads: true }));
  const modules = (await owner.web.getList(`/sites/pmo/${TrainingModulesList.url}`).items.select('Id', 'Code')()) as Array<{ Id: number; Code: string }>;
  moduleId = modules.filter(m => m.Code === 'TR-PMB')[0].Id;
  sessionId = await as(PMO).training.saveSession({
    moduleId, localStart: local(30, '09:00'), localEnd: local(30, '17:00'), timeZone: 'Europe/Brussels', capacity: 1, language: 'en', venue: 'Brussels – Salle Europa'
  });
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Training web part', () => {
  let holder: BrowserContext;

  afterAll(async () => { await holder?.close(); });

  it('puts a trainee who enrols in a full session on the waiting list', async () => {
    // The first trainee takes the one seat in their own browser.
    holder = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const theirs = await holder.newPage();
    await theirs.goto(trainingPage(HOLDER, `&module=${moduleId}`));
    await ourSession(theirs).getByTestId('training-enrol').click();
    await theirs.getByTestId('training-message').filter({ hasText: 'You are enrolled.' }).waitFor();
    expect(await ourSession(theirs).getByTestId('training-my-status').textContent()).toBe('Enrolled');
    // The keyboard stays on the line: on "Cancel my place", which replaced Enrol.
    await theirs.waitForFunction(id => document.activeElement?.getAttribute('data-testid') === 'training-cancel' && !!document.activeElement.closest(`[data-session="${id}"]`), sessionId);
    // The second finds the session full (the Maturity plan's "Enrol" opens the module this way).
    await page.goto(trainingPage(WAITING, `&module=${moduleId}`));
    await page.getByTestId('training-module-detail').waitFor();
    expect(await ourSession(page).getByTestId('training-session-seats').textContent()).toBe('Full – waiting list: 0');
    const time = await ourSession(page).getByTestId('training-session-time').textContent();
    expect(time).toMatch(/\(.+\)$/);
    const join = ourSession(page).getByTestId('training-enrol');
    expect(await join.textContent()).toBe('Join the waiting list');
    await join.click();
    expect(await page.getByTestId('training-message').textContent()).toContain('you are on the waiting list, position 1');
    expect(await ourSession(page).getByTestId('training-my-status').textContent()).toBe('Waiting, position 1');
    expect(await ourSession(page).getByTestId('training-ics').count()).toBe(0);
    await screenshot(page, 'training');
  });

  it('moves them up when the trainee holding the seat cancels, tells them once, and gives them the .ics of the seat', async () => {
    const theirs = holder.pages()[0];
    await theirs.reload();
    await ourSession(theirs).getByTestId('training-cancel').click();
    // The confirm button has the focus: Enter cancels, and the keyboard lands on the Enrol that replaced "Cancel my place".
    await theirs.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'training-cancel-yes');
    await theirs.keyboard.press('Enter');
    await theirs.getByTestId('training-message').filter({ hasText: 'Your place has been cancelled.' }).waitFor();
    await theirs.waitForFunction(id => document.activeElement?.getAttribute('data-testid') === 'training-enrol' && !!document.activeElement.closest(`[data-session="${id}"]`), sessionId);
    await page.reload();
    const notice = page.getByTestId('training-seat-notice');
    expect(await notice.textContent()).toContain('A seat is yours now: you moved up from the waiting list of');
    expect(await ourSession(page).getByTestId('training-my-status').textContent()).toBe('Enrolled');
    const [download] = await Promise.all([page.waitForEvent('download'), ourSession(page).getByTestId('training-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toMatch(/UID:pmohub-enrolment-\d+@/);
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics).toContain('Brussels – Salle Europa');
    // Seen once: after a reload the notice is gone, the seat stays.
    await page.reload();
    await ourSession(page).getByTestId('training-my-status').filter({ hasText: 'Enrolled' }).waitFor();
    expect(await page.getByTestId('training-seat-notice').count()).toBe(0);
  });

  it('is clean for axe in English and Dutch (catalogue, a module, My learning, Communities), and renders as a Teams tab in the dark theme', async () => {
    await page.goto(trainingPage(WAITING));
    await page.getByTestId('training-catalogue').waitFor();
    await page.getByLabel('Level').selectOption('Foundation');
    expect(await webPart(page)).toEqual([]);
    await page.goto(trainingPage(WAITING, `&module=${moduleId}`, 'nl-nl'));
    await page.getByTestId('training-module-detail').waitFor();
    expect(await ourSession(page).getByTestId('training-my-status').textContent()).toBe('Ingeschreven');
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Mijn leren' }).click();
    await page.getByTestId('training-progress').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Communities' }).click();
    await page.getByTestId('training-community').first().waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'training-nl');
    // The Teams view shows the teams the user joined: the PMO officer's team.
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(PMO)}&tab=Training&theme=dark&lang=en-us`);
    await page.getByTestId('training-catalogue').waitFor();
    expect(await page.getByTestId('training-page').getAttribute('data-theme')).toBe('dark');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'training-teams-dark');
    // The community cards with their owners' links keep their contrast in the dark theme.
    await page.getByRole('tab', { name: 'Communities' }).click();
    await page.getByTestId('training-community-owner').first().waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'training-teams-dark-communities');
  });

  it('gives trainers and the PMO the roster with attendance, completion rates and the maintenance', async () => {
    await page.goto(trainingPage(PMO));
    await page.getByRole('tab', { name: 'Manage' }).click();
    await page.getByTestId('training-manage').waitFor();
    await page.getByLabel('Session', { exact: true }).selectOption(String(sessionId));
    await page.getByTestId('training-roster-line').first().waitFor();
    expect(await page.getByTestId('training-roster-line').filter({ hasText: 'Enrolled' }).count()).toBe(1);
    await page.getByTestId('training-rates').waitFor();
    await page.getByTestId('training-add-session').click();
    await page.getByTestId('training-session-save').click();
    await page.getByTestId('training-session-problems').waitFor();
    expect(await page.getByTestId('training-session-problems').textContent()).toContain('“Module” is required.');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'training-manage');
  });

  it('keeps the keyboard focus where the user works, and names a code another module has and a duration written the other way', async () => {
    await page.goto(trainingPage(PMO));
    await page.getByTestId('training-catalogue').waitFor();
    const activeTestId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? null); // eslint-disable-line @rushstack/no-new-null -- evaluate's answer
    // A module's details take the focus on their title; Back returns it to that module in the catalogue.
    const entry = page.locator(`[data-testid="training-module"][data-module="${moduleId}"] [data-testid="training-module-open"]`);
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('training-module-detail').waitFor();
    expect(await activeTestId()).toBe('training-module-title');
    await page.getByTestId('training-back').click();
    await page.getByTestId('training-catalogue').waitFor();
    expect(await entry.evaluate(e => e === document.activeElement)).toBe(true);
    // A saved community: the focus is back on "Add a community" and the live region says it.
    await page.getByRole('tab', { name: 'Communities' }).click();
    await page.getByTestId('training-community-add').click();
    // The form loads with its own chunk: its heading takes the focus once it is there.
    await page.waitForFunction(() => document.activeElement?.id === 'training-community-heading');
    await page.locator('#training-community-title').fill('Focus circle (browser test)');
    await page.getByTestId('training-community-save').click();
    await page.getByTestId('training-community-status').filter({ hasText: 'The community has been saved.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'training-community-add');
    expect(await page.getByTestId('training-community-status').getAttribute('aria-live')).toBe('polite');
    // A module under TR-PMB: the module that has the code is named; "3,5" hours in English is not a number.
    await page.getByRole('tab', { name: 'Manage' }).click();
    await page.getByTestId('training-add-module').click();
    await page.locator('#training-module-durationHours').fill('3,5');
    await page.getByTestId('training-module-save').click();
    await page.getByTestId('training-module-problems').waitFor();
    expect(await page.getByTestId('training-module-problems').textContent()).toContain('“Duration (hours)”: enter a number such as 3.5.');
    await page.locator('#training-module-durationHours').fill('3.5');
    await page.locator('#training-module-code').fill('TR-PMB');
    await page.locator('#training-module-title').fill('Another basics');
    await page.getByTestId('training-module-save').click();
    await page.getByText('“Code” is already used by “Project management basics”.').first().waitFor();
    expect(await page.locator('#training-module-code').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('training-module-cancel').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'training-add-module');
    expect(await webPart(page)).toEqual([]);
  });
});
