/**
 * The Gates web part end to end on the local PMO site (issue 12, "Done when"): a project manager
 * fills the checklist of the Initiation gate without the NIS2 evidence (a javascript: link refused,
 * naming the item), requests the review and is told what is missing; the board sees "go" blocked
 * with the reason, and no "Waive"; a PMO officer waives the NIS2 item with a reason (required); the
 * board decides "go with conditions" with one condition, and the stage moves (on the manager's next
 * visit, as the service says) and the manager marks the condition met; a project at Closing shows
 * its handover items and generates the end project report, whose link appears and whose file is in
 * the project's library (REST). axe-core: no serious or critical findings in English, Italian and the
 * Teams dark theme. The projects it works on are the test's own (added through REST as the owner).
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { setProjectEditors } from '../src/services/projectEditors';
import { formatDateOnly } from '../src/domain/dates';
import type { SPFI } from '../src/platform/pnp';
import { BOARD, OFFICERS } from '../workbench/seed/reference';
import { ProjectsList } from '../src/schema/refs';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let owner: SPFI;
let pm: string;
let initiation: number;
let closing: number;
const board = BOARD[0].userPrincipalName;
const officer = OFFICERS[0].userPrincipalName;

const gatesPage = (user: string, id: number, lang: string = 'en-us'): string =>
  `${wb.siteUrl}/SitePages/Gates.aspx?projectId=${id}&user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-gates-heading"]');
const projects = (): ReturnType<SPFI['web']['getList']> => owner.web.getList(`/sites/pmo/${ProjectsList.url}`);

async function addProject(title: string, stage: string, pmId: number): Promise<number> {
  const added = (await projects().items.add({ Title: title, ProjectManagerId: pmId, Lifecycle: 'prince2', StageCode: stage, Prince2Stage: stage, LifecycleStatus: 'Active' })) as { Id: number };
  await setProjectEditors(owner, `/sites/pmo/${ProjectsList.url}`, added.Id, [pmId]);
  return added.Id;
}

beforeAll(async () => {
  ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10 }));
  const rows = (await projects().items.select('Id', 'ProjectManagerId', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ ProjectManagerId: number; ProjectManager?: { EMail: string } }>;
  const chosen = rows.filter(p => p.ProjectManager?.EMail)[0];
  pm = (chosen.ProjectManager as { EMail: string }).EMail;
  initiation = await addProject('Case file digitisation', 'Initiation', chosen.ProjectManagerId);
  closing = await addProject('Citizen portal relaunch', 'Closing', chosen.ProjectManagerId);
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Gates web part', () => {
  let nis2Title: string;

  it('a project manager requests the review without the NIS2 evidence and is told that go is blocked by it', async () => {
    await page.goto(gatesPage(pm, initiation));
    await page.getByTestId('gates-strip').waitFor();
    expect(await page.getByTestId('gates-current-stage').textContent()).toBe('Initiationcurrent stage');
    expect(await page.getByTestId('gates-purpose').count()).toBe(1);
    expect(await page.getByTestId('gates-reviews-empty').count()).toBe(1);
    await page.getByTestId('gates-start').click();
    const form = page.getByTestId('gates-draft');
    await form.waitFor();
    const nis2 = form.getByTestId('gates-draft-group-Nis2').locator('fieldset');
    expect(await nis2.count()).toBeGreaterThan(0);
    nis2Title = ((await nis2.first().locator('legend').textContent()) ?? '').replace(/\s*Required$/, '').trim();
    // Every item but the NIS2 ones gets a comment; one a link that is not http(s), refused naming its item.
    const items = await form.locator('[data-testid^="gates-draft-group-"]:not([data-testid="gates-draft-group-Nis2"]) fieldset').all();
    for (const item of items) await item.getByLabel('Comment').fill('Approved by the project board on 3 March');
    const firstTitle = ((await items[0].locator('legend').textContent()) ?? '').replace(/\s*(Required|Optional)$/, '').trim();
    await items[0].getByLabel('Link to the evidence').fill('javascript:alert(1)');
    await page.getByTestId('gates-draft-save').click();
    await page.getByTestId('gates-draft-problems').waitFor();
    expect(await page.getByTestId('gates-draft-problems').textContent()).toContain(`“${firstTitle}”: Enter a link that starts with https:// or http://.`);
    expect(await items[0].getByLabel('Link to the evidence').getAttribute('aria-invalid')).toBe('true');
    await items[0].getByLabel('Link to the evidence').fill('https://intranet.example.org/docs/pid.docx');
    await page.getByTestId('gates-draft-save').click();
    await page.getByText('The checklist has been saved.').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.getByTestId('gates-request').click();
    await page.getByTestId('gates-request-missing').waitFor();
    expect(await page.getByTestId('gates-request-missing').textContent()).toContain(`“${nis2Title}”`);
    await page.getByTestId('gates-request-anyway').click();
    await page.getByText('The review has been requested. The board can now decide.').waitFor();
    await page.getByTestId('gates-review-missing').waitFor();
    expect(await page.getByTestId('gates-review-missing').textContent()).toContain(`“${nis2Title}”`);
    expect(await page.locator('[data-testid="gates-review-item"][data-state="missing"]').count()).toBeGreaterThan(0);
    // The manager neither decides nor waives.
    expect(await page.getByTestId('gates-decide').count()).toBe(0);
    expect(await page.locator('[data-testid^="gates-waive-item-"]').count()).toBe(0);
    expect(await webPart(page)).toEqual([]);
  });

  it('the board sees go blocked with the reason, and cannot waive', async () => {
    await page.goto(gatesPage(board, initiation));
    await page.getByTestId('gates-decide').waitFor();
    expect(await page.getByTestId('gates-decision-Go').isDisabled()).toBe(true);
    expect(await page.getByTestId('gates-decision-GoWithConditions').isDisabled()).toBe(true);
    expect(await page.getByTestId('gates-decision-Recycle').isDisabled()).toBe(false);
    const group = page.getByRole('radiogroup', { name: 'Decision' });
    expect(await group.textContent()).toContain(`Go isn't possible yet: these required items have neither evidence nor a waiver: “${nis2Title}”`);
    expect(await page.locator('[data-testid^="gates-waive-item-"]').count()).toBe(0);
    expect(await webPart(page)).toEqual([]);
  });

  it('a PMO officer waives the NIS2 items with a reason, which the review shows with who and when', async () => {
    await page.goto(gatesPage(officer, initiation));
    await page.getByTestId('gates-review-missing').waitFor();
    const waive = page.getByRole('button', { name: `Waive: “${nis2Title}”` });
    await waive.click();
    await page.getByTestId('gates-waive-form').waitFor();
    // The form's heading takes the focus; Cancel gives it back to the item's "Waive".
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gates-waive-heading');
    await page.getByTestId('gates-waive-form').getByRole('button', { name: 'Cancel' }).click();
    expect(await waive.evaluate(e => e === document.activeElement)).toBe(true);
    await waive.click();
    await page.getByTestId('gates-waive-save').click();
    const reason = page.getByLabel('Reason for the waiver');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('gates-waive-form').textContent()).toContain('Give the reason for the waiver.');
    expect(await webPart(page)).toEqual([]);
    await reason.fill('Not an essential or important entity under NIS2');
    await page.getByTestId('gates-waive-save').click();
    await page.getByText(`The item “${nis2Title}” has been waived.`).waitFor();
    await page.getByTestId('gates-waiver').first().waitFor();
    // The gate may hold more NIS2 items than the first: each is waived the same way.
    for (let waived = 1, left = await page.locator('[data-testid^="gates-waive-item-"]').count(); left > 0; left--) {
      await page.locator('[data-testid^="gates-waive-item-"]').first().click();
      await page.getByLabel('Reason for the waiver').fill('Not an essential or important entity under NIS2');
      await page.getByTestId('gates-waive-save').click();
      await page.waitForFunction(n => document.querySelectorAll('[data-testid="gates-waiver"]').length > n, waived++);
    }
    await page.getByTestId('gates-review-ready').waitFor();
    expect(await page.getByTestId('gates-waiver').first().textContent()).toMatch(/^Waived by .+ on .+: Not an essential or important entity under NIS2$/);
  });

  it('the board decides go with conditions with one condition; the stage moves, and the manager marks the condition met', async () => {
    await page.goto(gatesPage(board, initiation));
    await page.getByTestId('gates-review-ready').waitFor();
    await page.getByTestId('gates-decision-GoWithConditions').check();
    const condition = page.getByTestId('gates-condition-0');
    await condition.getByLabel('Condition').fill('Appoint the senior user');
    await condition.getByLabel('Owner').selectOption({ index: 1 });
    await condition.getByLabel('Due date').fill(formatDateOnly('2027-03-15', 'en-us', 'numeric'));
    await page.getByTestId('gates-rationale').fill('Business case approved; the senior user must be named.');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'gates-decision');
    // A day typed the other way round is refused; corrected, the first click on Save records the decision.
    await condition.getByLabel('Due date').fill('15/03/2027');
    await page.getByTestId('gates-decide-save').click();
    await page.getByTestId('gates-decide-problems').waitFor();
    expect(await condition.getByLabel('Due date').getAttribute('aria-invalid')).toBe('true');
    await condition.getByLabel('Due date').fill(formatDateOnly('2027-03-15', 'en-us', 'numeric'));
    await page.getByTestId('gates-decide-save').click();
    await page.getByTestId('gates-notice').waitFor();
    expect(await page.getByTestId('gates-notice').textContent()).toContain('The decision “Go with conditions” has been recorded. The board\'s go moves the project to Delivery: stage 1.');
    expect(await page.getByTestId('gates-decision').textContent()).toMatch(/^Decision: Go with conditions, by .+ on .+\.Rationale: Business case approved/);
    expect(await page.getByTestId('gates-condition-row').count()).toBe(1);
    // The manager's next visit moves the stage in the project register.
    await page.goto(gatesPage(pm, initiation));
    await page.getByTestId('gates-strip').waitFor();
    expect(await page.getByTestId('gates-current-stage').textContent()).toBe('Delivery: stage 1current stage');
    expect(await page.getByTestId('gates-stage-moved').textContent()).toBe('The board\'s go moved the project to Delivery: stage 1.');
    expect((await projects().items.getById(initiation).select('StageCode', 'DeliveryStageNo')()) as Record<string, unknown>).toMatchObject({ StageCode: 'Delivery', DeliveryStageNo: 1 });
    const row = page.getByTestId('gates-condition-row');
    expect(await row.textContent()).toContain('Appoint the senior user');
    expect(await row.textContent()).toContain('Mar 15, 2027');
    await row.getByRole('button', { name: 'Mark met: “Appoint the senior user”' }).click();
    await page.getByText('The condition “Appoint the senior user” is met.').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="gates-condition-row"] td:nth-of-type(3)')?.textContent === 'Met');
    await screenshot(page, 'gates');
  });

  it('a project at Closing shows its handover items and generates the end project report into its library', async () => {
    await page.goto(gatesPage(pm, closing));
    await page.getByTestId('gates-handover').waitFor();
    expect(await page.getByTestId('gates-handover').locator('h2').textContent()).toBe('Handover to operations');
    expect(await page.getByTestId('gates-handover').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('gates-start').click();
    await page.getByTestId('gates-draft-group-Handover').waitFor();
    expect(await page.getByTestId('gates-draft-group-Handover').locator('h4').textContent()).toBe('Handover to operations');
    await page.getByTestId('gates-endreport-generate').click();
    await page.getByTestId('gates-endreport-link').waitFor({ timeout: 60_000 });
    const href = (await page.getByTestId('gates-endreport-link').getAttribute('href')) ?? '';
    const fileUrl = decodeURIComponent(new URL(href).pathname);
    expect(fileUrl).toMatch(/^\/sites\/pmo\/ProjectDocuments\/.+\.docx$/);
    const docs = (await owner.web.getList('/sites/pmo/ProjectDocuments').items.select('Id', 'ProjectId', 'DocumentType', 'FileRef').filter(`ProjectId eq ${closing}`)()) as Array<{ DocumentType: string; FileRef: string }>;
    expect(docs.map(d => [d.DocumentType, d.FileRef])).toEqual([['EndProjectReport', fileUrl]]);
    expect(await webPart(page)).toEqual([]);
  });

  it('is clean for axe in Italian (checklist, review and report) and in the Teams dark theme', async () => {
    await page.goto(gatesPage(pm, closing, 'it-it'));
    await page.getByTestId('gates-draft').waitFor();
    expect(await page.getByTestId('gates-draft-group-Handover').locator('h4').textContent()).toBe('Passaggio all’esercizio');
    expect(await page.getByTestId('gates-endreport').locator('h2').textContent()).toBe('Rapporto di fine progetto');
    expect(await webPart(page)).toEqual([]);
    await page.goto(gatesPage(officer, initiation, 'it-it'));
    await page.getByTestId('gates-strip').waitFor();
    expect(await page.getByTestId('gates-current-stage').textContent()).toBe('Realizzazione: fase 1fase attuale');
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(board)}&tab=Gates&theme=dark&lang=en-us&projectId=${initiation}`);
    await page.getByTestId('gates-strip').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'gates-teams-dark');
  });
});
