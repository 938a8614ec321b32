/**
 * The Maturity web part end to end on the local PMO site with the demo seed: the trainee answers the
 * P3M3 questionnaire, saves and resumes it, submits it and sees the radar with its table, the levels
 * and the qualification plan whose "Enrol" opens the module on the Training page; a PMO officer sees
 * the organisation view with no group under 5 respondents and no count under 5; a person who submits
 * with unanswered questions gets them named; axe-core finds nothing in English and Dutch, and the page
 * renders as a Teams tab in the dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import type { SPFI } from '../src/platform/pnp';
import { TrainingSessionsList } from '../src/schema/refs';
import { PERSPECTIVES } from '../src/domain/maturity';
import { BOARD, OFFICERS } from '../workbench/seed/reference';
import { demoUsers } from '../workbench/directory';

jest.setTimeout(300_000);

const PMO = OFFICERS[0].userPrincipalName;
const TRAINEE = demoUsers.filter(u => u.role === 'trainee')[0].userPrincipalName;

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let owner: SPFI;
/** The modules (TrainingModules ids) that have a session to come that takes enrolments (not cancelled or held, not begun). */
let withSessions: Set<number>;

const maturityPage = (user: string, lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Maturity.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-maturity-heading"]');

/** Answers every question of every perspective with the answer of `level` (1–5). */
async function answerAll(p: Page, level: number): Promise<void> {
  for (const perspective of PERSPECTIVES) {
    await p.getByTestId(`maturity-perspective-${perspective}`).click();
    const groups = p.getByTestId('maturity-questions').getByRole('radiogroup');
    const n = await groups.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio').nth(level - 1).check();
    expect((await p.getByTestId(`maturity-perspective-${perspective}`).textContent())?.endsWith(`${n} of ${n} answered`)).toBe(true);
  }
}

beforeAll(async () => {
  ({ wb, browser, page, watch, owner } = await openSiteSession({ projects: 10 }));
  const S = TrainingSessionsList.fields;
  const sessions = (await owner.web.getList(`/sites/pmo/${TrainingSessionsList.url}`).items.select(`${S.TrainingModule}Id`, S.SessionStart, S.SessionStatus)
    .filter(`${S.SessionStart} gt datetime'${new Date().toISOString()}'`).top(5000)()) as Array<Record<string, unknown>>;
  withSessions = new Set(sessions.filter(r => r[S.SessionStatus] !== 'Cancelled' && r[S.SessionStatus] !== 'Completed').map(r => r[`${S.TrainingModule}Id`] as number));
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Maturity web part', () => {
  it('lets the trainee save and resume the assessment, submit it, and see the radar, the levels and the trainings to enrol in', async () => {
    await page.goto(maturityPage(TRAINEE));
    await page.getByTestId('maturity-assessment').waitFor();
    await answerAll(page, 1);
    await page.getByTestId('maturity-save').click();
    await page.getByText('Your answers are saved. You can come back later and go on.').waitFor();
    // Resume: after a reload the answers are there.
    await page.reload();
    await page.getByTestId('maturity-assessment').waitFor();
    expect(await page.getByTestId('maturity-state').textContent()).toMatch(/^Assessment for Q[1-4] \d{4}: saved as a draft, not submitted yet\.$/);
    await page.getByTestId('maturity-perspective-ResourceManagement').click();
    expect(await page.getByTestId('maturity-questions').getByRole('radiogroup').first().getByRole('radio').first().isChecked()).toBe(true);
    await page.getByTestId('maturity-submit').click();
    await page.getByTestId('maturity-show-result').click();
    await page.getByTestId('maturity-radar').waitFor();
    expect(await page.getByTestId('maturity-overall').textContent()).toBe('Overall level: 1 Awareness');
    expect(await page.getByRole('img', { name: /Your levels by perspective \(radar chart\)/ }).count()).toBe(1);
    const rows = await page.getByTestId('maturity-levels').locator('tbody tr').evaluateAll(rs => rs.map(r => Array.from(r.children).map(c => c.textContent)));
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r[1]).toBe('1 Awareness');
    expect(await page.getByTestId('maturity-rule').textContent()).toMatch(/lowest answer among its questions/);
    const plan = page.getByTestId('maturity-plan-ManagementControl');
    expect(await plan.textContent()).toMatch(/^Management control: your level 1 Awareness, target \d /);
    // "Enrol" wherever a session to come takes enrolments; the others say why not.
    const items = await page.getByTestId('maturity-plan-module').evaluateAll(els => els.map(e => ({
      availability: e.getAttribute('data-availability') ?? '', href: e.querySelector('a')?.getAttribute('href') ?? '', text: e.textContent ?? ''
    })));
    expect(items.some(i => i.availability === 'enrol')).toBe(true);
    for (const i of items) {
      if (i.availability === 'enrol') {
        const id = Number(/[?&]module=(\d+)$/.exec(i.href)?.[1]);
        expect(i.href).toBe(`${wb.siteUrl}/SitePages/Training.aspx?module=${id}`);
        expect(withSessions.has(id)).toBe(true);
        expect(i.text).toMatch(/ · next session on /);
      } else {
        expect(i.href).toBe('');
        expect(i.text).toMatch(/ · no session planned( · first complete “.+”)?$/);
      }
    }
    // Prerequisites met first (an earlier path step is advice: "first complete …"), then those that can be enrolled in.
    const ranks = await plan.getByTestId('maturity-plan-module').evaluateAll(els => els.map(e => `${/first complete/.test(e.textContent ?? '') ? 1 : 0}${e.getAttribute('data-availability') === 'enrol' ? 0 : 1}`));
    expect(ranks).toEqual(ranks.slice().sort());
    await screenshot(page, 'maturity');
    expect(await webPart(page)).toEqual([]);
  });

  it('names the unanswered questions instead of submitting, and is clean for axe in English and Dutch', async () => {
    // A board member (the demo's board takes no assessment): a new one, nothing answered yet.
    await page.goto(maturityPage(BOARD[0].userPrincipalName));
    await page.getByTestId('maturity-assessment').waitFor();
    expect(await page.getByTestId('maturity-state').textContent()).toMatch(/^Assessment for Q[1-4] \d{4}: not started yet\.$/);
    await page.getByTestId('maturity-perspective-ManagementControl').click();
    await page.getByTestId('maturity-questions').getByRole('radiogroup').first().getByRole('radio').nth(2).check();
    await page.getByTestId('maturity-submit').click();
    expect(await page.getByTestId('maturity-outcome').textContent()).toMatch(/^\d+ questions are not answered yet, the first in “Organisational governance”\. Answer every question to submit\.$/);
    const first = page.getByTestId('maturity-questions').getByRole('radiogroup').first();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the first unanswered question once the outcome has rendered (a moment later on a loaded machine).
    await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.getAttribute('aria-invalid') === 'true', undefined, { timeout: 10_000 });
    expect(await webPart(page)).toEqual([]);
    await page.goto(maturityPage(TRAINEE, 'nl-nl'));
    await page.getByTestId('maturity-result').waitFor();
    expect(await page.getByTestId('maturity-overall').textContent()).toBe('Totaalniveau: 1 Bewustzijn');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Beoordeling', 'Resultaat en plan']);
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Beoordeling' }).click();
    await page.getByTestId('maturity-assessment').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'maturity-nl');
  });

  it('shows the PMO the departments by quarter with no group under 5 respondents, and renders as a Teams tab in the dark theme', async () => {
    await page.goto(maturityPage(PMO));
    await page.getByRole('tab', { name: 'Organisation' }).click();
    const table = page.getByTestId('maturity-org-table');
    await table.waitFor();
    const cells = await table.getByTestId('maturity-org-cell').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const m = /· (\d+) respondents$/.exec(c);
      if (m) expect(Number(m[1])).toBeGreaterThanOrEqual(5);
      else expect(c).toBe('fewer than 5 respondents — hidden, or none');
    }
    expect(cells.some(c => /respondents$/.test(c) && !/hidden/.test(c))).toBe(true);
    await page.getByTestId('maturity-targets').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'maturity-organisation');
    // The questionnaire's maintenance: a question's English answer emptied is named, with its language, and not saved.
    await page.getByTestId('maturity-question-table').getByRole('button').first().click();
    const form = page.getByTestId('maturity-question-form');
    await form.getByLabel(/^Answer for level 2 – Repeatable/).fill('');
    await page.getByTestId('maturity-question-save').click();
    expect(await page.getByTestId('maturity-question-problems').textContent()).toBe('“Answer for level 2 – Repeatable (English)” is required.');
    expect(await form.getByLabel(/^Answer for level 2 – Repeatable/).getAttribute('aria-invalid')).toBe('true');
    expect(await webPart(page)).toEqual([]);
    // In Teams as the PMO officer (a member of the demo's teams): the tab opens at the assessment or, once submitted, at the result.
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(PMO)}&tab=Maturity&theme=dark&lang=en-us`);
    await page.locator('[data-testid="maturity-assessment"], [data-testid="maturity-result"]').first().waitFor();
    expect(await page.getByTestId('maturity-page').getAttribute('data-theme')).toBe('dark');
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'maturity-teams-dark');
  });
});
