/**
 * The Benefits web part end to end on the local PMO site: a project's manager adds a benefit, records
 * a measurement and sees the realised value and its day in the register; in German "1.234,5" is stored
 * as 1234.5 (read back through REST); a board member reads the register only. axe-core: no serious or
 * critical findings in English, Italian (with the form open) and the Teams dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import type { SPFI } from '../src/platform/pnp';
import { BenefitsList, ProjectsList } from '../src/schema/refs';
import { BOARD } from '../workbench/seed/reference';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let owner: SPFI;
let projectId: number;
let pm: string;

const benefitsPage = (user: string, lang: string = 'en-us'): string =>
  `${wb.siteUrl}/SitePages/Benefits.aspx?projectId=${projectId}&user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-benefits-heading"]');
const rowOf = (p: Page, title: string) => p.getByTestId('benefit-row').filter({ hasText: title }); // eslint-disable-line @typescript-eslint/explicit-function-return-type -- a locator

beforeAll(async () => {
  ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10 }));
  const projects = (await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(100)()) as Array<{ Id: number; ProjectManager?: { EMail: string } }>;
  const chosen = projects.filter(p => p.ProjectManager?.EMail)[0];
  projectId = chosen.Id;
  pm = (chosen.ProjectManager as { EMail: string }).EMail;
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Benefits web part', () => {
  it('a project manager adds a benefit, records a measurement and sees the realised value', async () => {
    await page.goto(benefitsPage(pm));
    await page.getByTestId('benefits-add').click();
    const form = page.getByTestId('benefit-form');
    await form.getByTestId('benefit-save').click();
    await page.getByTestId('benefit-problems').waitFor();
    expect(await page.getByTestId('benefit-problems').textContent()).toContain('“Benefit” is required.');
    await form.getByTestId('benefit-title').fill('Shorter processing time');
    await form.getByTestId('benefit-unit').fill('days');
    await form.getByTestId('benefit-baseline').fill('40');
    await form.getByTestId('benefit-target').fill('20');
    await form.getByTestId('benefit-save').click();
    await page.getByText('The benefit “Shorter processing time” has been saved.').waitFor();
    const row = rowOf(page, 'Shorter processing time');
    await row.getByTestId('benefit-record').click();
    await page.getByTestId('measurement-value').fill('30.5');
    await page.getByTestId('measurement-save').click();
    await page.getByText('The measurement of “Shorter processing time” has been recorded.').waitFor();
    await row.getByTestId('benefit-realised').filter({ hasText: '30.5 days' }).waitFor();
    expect(await row.getByTestId('benefit-realised').textContent()).toBe('30.5 days48% of the way to the target'); // (30.5 − 40) ÷ (20 − 40) = 47.5 %, as English writes a percentage (Intl)
    expect(await row.getByTestId('benefit-realised-on').textContent()).not.toBe('');
    await row.getByTestId('benefit-history-toggle').click();
    expect(await page.getByTestId('benefit-history').getByRole('row').count()).toBe(2); // the header and the measurement
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'benefits');
  });

  it('a corrected date saves with the first click; the focus moves into each form and back; a form opening clears the last notice', async () => {
    // The element with the focus (its test id, else its id), once it is `expected` (the forms load with their own chunk), or what it is after the wait.
    const focused = async (expected?: string): Promise<string> => {
      const now = (): string => { const e = document.activeElement; return e?.getAttribute('data-testid') ?? e?.id ?? ''; };
      if (expected) await page.waitForFunction(id => { const e = document.activeElement; return (e?.getAttribute('data-testid') ?? e?.id) === id; }, expected).catch(() => undefined);
      return page.evaluate(now);
    };
    await page.goto(benefitsPage(pm));
    await page.getByTestId('benefits-add').click();
    expect(await focused('benefit-heading')).toBe('benefit-heading');
    const form = page.getByTestId('benefit-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await focused('benefits-add')).toBe('benefits-add');
    await page.getByTestId('benefits-add').click();
    await form.getByTestId('benefit-title').fill('Fewer paper forms');
    const planned = form.getByLabel('Planned realisation');
    await planned.fill('31/12/2026');
    await form.getByTestId('benefit-save').click();
    await page.getByTestId('benefit-problems').waitFor();
    expect(await planned.getAttribute('aria-invalid')).toBe('true');
    // Corrected, then Save at once (no Tab first): the first click saves.
    await planned.fill('12/31/2026');
    await form.getByTestId('benefit-save').click();
    await page.getByText('The benefit “Fewer paper forms” has been saved.').waitFor();
    expect(await focused('benefits-add')).toBe('benefits-add');
    // Record a measurement: its heading takes the focus, the notice goes; Cancel gives the focus back to the row's button.
    const record = rowOf(page, 'Fewer paper forms').getByTestId('benefit-record');
    await record.click();
    expect(await focused('measurement-heading')).toBe('measurement-heading');
    expect(await page.getByTestId('benefits-notice').count()).toBe(0);
    await page.getByTestId('measurement-form').getByRole('button', { name: 'Cancel' }).click();
    expect(await record.evaluate(e => e === document.activeElement)).toBe(true);
  });

  it('stores "1.234,5" typed in German as 1234.5', async () => {
    await page.goto(benefitsPage(pm, 'de-de'));
    await page.getByTestId('benefits-add').click();
    await page.getByTestId('benefit-title').fill('Weniger Papier');
    await page.getByTestId('benefit-baseline').fill('1.234,5');
    await page.getByTestId('benefit-target').fill('1.5');
    await page.getByTestId('benefit-save').click();
    expect(await page.getByTestId('benefit-problems').textContent()).toContain('„Zielwert“: Geben Sie eine Zahl wie 1.234,5 ein.'); // a target is a number, not an amount of money
    await page.getByTestId('benefit-target').fill('500');
    await page.getByTestId('benefit-save').click();
    await page.getByText('Der Nutzen „Weniger Papier“ wurde gespeichert.').waitFor();
    const B = BenefitsList.fields;
    const stored = (await owner.web.getList(`/sites/pmo/${BenefitsList.url}`).items.select(B.Title, B.BaselineValue, B.TargetValue).filter(`${B.Title} eq 'Weniger Papier'`)()) as Array<Record<string, unknown>>;
    expect(stored.map(r => [r[B.BaselineValue], r[B.TargetValue]])).toEqual([[1234.5, 500]]);
    expect(await rowOf(page, 'Weniger Papier').textContent()).toContain('1.234,5');
  });

  it('shows a board member the register read only; is clean for axe in Italian and in the Teams dark theme', async () => {
    await page.goto(benefitsPage(BOARD[0].userPrincipalName));
    await page.getByTestId('benefits-read-only').waitFor();
    await page.getByTestId('benefits-register').waitFor();
    expect(await page.getByTestId('benefits-add').count()).toBe(0);
    expect(await page.getByTestId('benefit-record').count()).toBe(0);
    await page.goto(benefitsPage(pm, 'it-it'));
    await page.getByTestId('benefits-add').click();
    await page.getByTestId('benefit-form').waitFor();
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(pm)}&tab=Benefits&theme=dark&lang=en-us&projectId=${projectId}`);
    await page.getByTestId('benefits-register').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'benefits-teams-dark');
  });
});
