/**
 * Board scoring end to end on the local PMO site: the PMO builds an AHP model (an inconsistent set
 * of comparisons shows the warning naming the pair) and opens a round; two board members score it,
 * one on the SharePoint page and one in the Teams view; neither sees the other's scores before
 * close; the PMO follows the progress (states only), closes the round and sees the results with a
 * disagreement flag. axe-core: no serious or critical findings in English and French and in the
 * Teams dark and high-contrast themes.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import { fileReadyRequests } from '../src/services/test-utils/readyRequests';

jest.setTimeout(300_000);

const ANNA = 'anna.schmidt@pmohub.demo';
const KLAUS = 'klaus.fischer@pmohub.demo';
const ISABELLE = 'isabelle.laurent@pmohub.demo';
const JAMES = 'james.walker@pmohub.demo';
const MODEL = 'Board AHP (e2e)';
const ROUND = 'Board round (e2e)';
const KLAUS_REMARK = 'Klaus: decisive for the 2027 strategy';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;

const scoringPage = (user: string, lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Scoring.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;
const teamsTab = (user: string, theme: string, lang: string = 'en-us'): string => `${wb.url}/teams?user=${encodeURIComponent(user)}&tab=Scoring&theme=${theme}&lang=${lang}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-scoring-heading"]');

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel').waitFor();
}

/** Picks the `pick`-th level (0 = lowest, -1 = highest) of every criterion of the sheet. */
async function scoreAll(pick: 0 | -1): Promise<void> {
  const groups = page.getByTestId('score-sheet').getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let k = 0; k < count; k++) {
    const radios = groups.nth(k).getByRole('radio');
    await (pick === 0 ? radios.first() : radios.last()).check({ force: true });
  }
}

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 20 }));
  // Requests of its own, ready for scoring (the demo's ready requests are in its open round).
  const as = (user: string): ReturnType<typeof createPmoServices>['requests'] => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {}).requests;
  await fileReadyRequests(as(JAMES), as(ANNA), ['Online building permits (e2e)', 'Digital archive for case files (e2e)']);
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('board scoring', () => {
  it('the PMO builds an AHP model: an inconsistent matrix shows the warning naming the pair, a consistent one saves', async () => {
    await page.goto(scoringPage(ANNA));
    await openTab('Models');
    await page.getByRole('combobox', { name: 'Method' }).selectOption('Ahp');
    await page.getByTestId('new-model').click();
    await page.getByRole('textbox', { name: /Model title/ }).fill(MODEL);
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    const titles = page.getByRole('textbox', { name: /Criterion title/ });
    await titles.nth(0).fill('Value');
    await titles.nth(1).fill('Urgency');
    await titles.nth(2).fill('Risk');
    await page.getByTestId('criterion-0').getByText('Anchored descriptions of the levels of “Value”').click();
    await page.getByTestId('criterion-0').getByRole('textbox', { name: 'Level 5' }).fill('Decisive for the strategy');
    const pair = (a: string, b: string): ReturnType<Page['getByRole']> => page.getByRole('combobox', { name: `“${a}” compared with “${b}”` });
    await pair('Value', 'Urgency').selectOption({ label: '“Value” is extremely more important than “Urgency”' });
    await pair('Urgency', 'Risk').selectOption({ label: '“Urgency” is extremely more important than “Risk”' });
    await pair('Value', 'Risk').selectOption({ label: '“Risk” is extremely more important than “Value”' });
    const warning = page.getByTestId('ahp-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/above 0\.10\)\. Review “\w+” against “\w+” first\./);
    await screenshot(page, 'scoring-ahp-inconsistent-en');
    expect(await webPart(page)).toEqual([]);
    // Saving it as Active asks first, naming the ratio and the pair; reviewing goes back to that pair.
    await page.getByRole('combobox', { name: 'Status' }).selectOption('Active');
    await page.getByTestId('save-model').click();
    const ask = page.getByTestId('confirm-active');
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/above 0\.10\)\. Review “\w+” against “\w+” first\. Save this model as Active anyway\?/);
    expect(await webPart(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Review the comparisons' }).click();
    expect(await ask.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^pmo-ahp-\d+-\d+$/);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('Draft');
    await pair('Value', 'Urgency').selectOption({ label: '“Value” is moderately more important than “Urgency”' });
    await pair('Urgency', 'Risk').selectOption({ label: '“Urgency” is moderately more important than “Risk”' });
    await pair('Value', 'Risk').selectOption({ label: '“Value” is extremely more important than “Risk”' });
    await page.getByTestId('ahp-cr').getByText('Consistency ratio: 0').waitFor();
    expect(await warning.count()).toBe(0);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('Active');
    await page.getByTestId('save-model').click();
    await page.getByTestId('model-notice').getByText(`The model “${MODEL}” was created as version 1.`).waitFor({ timeout: 30_000 });
    await screenshot(page, 'scoring-ahp-saved-en');
  });

  it('the PMO opens a round on two requests ready for scoring for two board members', async () => {
    await page.goto(scoringPage(ANNA));
    await openTab('Rounds');
    await page.getByTestId('new-round').click();
    await page.getByTestId('open-round-form').waitFor();
    await page.getByRole('textbox', { name: /Round title/ }).fill(ROUND);
    await page.getByRole('combobox', { name: /Scoring model/ }).selectOption({ label: `${MODEL}, version 1` });
    const requests = page.getByRole('group', { name: /Requests ready for scoring/ }).getByRole('checkbox');
    expect(await requests.count()).toBeGreaterThanOrEqual(2);
    await requests.nth(0).check();
    await requests.nth(1).check();
    const members = page.getByRole('group', { name: /Board members/ });
    await members.getByRole('checkbox', { name: 'Klaus Fischer' }).check();
    await members.getByRole('checkbox', { name: 'Isabelle Laurent' }).check();
    const deadline = page.getByRole('combobox', { name: /Deadline/ });
    await deadline.fill('12/31/2027');
    await deadline.press('Tab');
    await page.getByRole('textbox', { name: /Disagreement threshold/ }).fill('20');
    await screenshot(page, 'scoring-open-round-en');
    expect(await webPart(page)).toEqual([]);
    await page.getByTestId('open-round').click();
    await page.getByTestId('rounds-notice').getByText(`The round “${ROUND}” is open.`, { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByTestId('rounds').getByRole('row').filter({ has: page.getByRole('rowheader', { name: ROUND, exact: true }) }).getByText('0 of 2 submitted').waitFor();
  });

  it('the PMO\'s rounds with an open round pass axe in English and Italian: each button\'s name begins with its text', async () => {
    for (const [lang, tab, close] of [['en-us', 'Rounds', `Close round “${ROUND}”`], ['it-it', 'Sessioni', `Chiudi sessione «${ROUND}»`]]) {
      await page.goto(scoringPage(ANNA, lang));
      await openTab(tab);
      const row = page.getByTestId('rounds').getByRole('row').filter({ has: page.getByRole('rowheader', { name: ROUND, exact: true }) });
      await row.getByTestId(/^progress-/).waitFor();
      expect(await webPart(page)).toEqual([]);
      // Its name says the visible text first, then the round (WCAG 2.5.3, label in name).
      expect(await row.getByRole('button', { name: close, exact: true }).count()).toBe(1);
    }
  });

  it('the request page refuses to move a request the open round holds, naming the round in the move dialog', async () => {
    const title = 'Online building permits (e2e)';
    await page.goto(`${wb.siteUrl}/SitePages/Requests.aspx?user=${encodeURIComponent(ANNA)}&lang=en-us`);
    await page.getByRole('tab', { name: 'All requests' }).click();
    await page.getByTestId('requests-all').waitFor();
    await page.getByRole('button', { name: `Open ${title}` }).click();
    await page.getByRole('button', { name: 'Move to Rejected' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox', { name: /Reason for the decision/ }).fill('Out of scope (e2e).');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    const refusal = dialog.getByTestId('transition-error');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toBe(`The scoring round “${ROUND}” still holds this request: close or cancel it first.`);
    await screenshot(page, 'intake-move-refused-open-round-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Nothing moved: the request is still ready for scoring, with no new history.
    expect(await page.getByTestId('history').getByText('Ready for scoring → Rejected').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move to Rejected' }).count()).toBe(1);
  });

  it('a board member scores on the page: a submit with missing scores names request and criterion and moves focus there', async () => {
    await page.goto(scoringPage(KLAUS));
    await page.getByTestId('my-rounds').getByText('Your scores: not started').waitFor();
    await page.getByRole('button', { name: `Score the round “${ROUND}”` }).click();
    const sheet = page.getByTestId('score-sheet');
    await sheet.getByRole('radiogroup').first().waitFor();
    await sheet.getByText('5 – Decisive for the strategy').first().waitFor();
    await page.getByTestId('submit-scores').click();
    const issues = page.getByTestId('score-issues');
    await issues.getByRole('link').first().waitFor();
    expect(await issues.getByRole('link').first().textContent()).toMatch(/^“#\d+ .+”: pick a score for “Value”\.$/);
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id ?? '')).toMatch(/^pmo-score-\d+-\d+$/);
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.getAttribute('aria-invalid'))).toBe('true');
    await scoreAll(-1);
    await sheet.getByRole('textbox', { name: 'Comment on “Value” (optional)' }).first().fill(KLAUS_REMARK);
    await page.getByTestId('save-draft').click();
    await page.getByTestId('sheet-notice').getByText('Your draft was saved. Only you can see it.').waitFor({ timeout: 30_000 });
    await page.getByTestId('submit-scores').click();
    await page.getByTestId('submitted-scores').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('submitted-scores').getByText(KLAUS_REMARK).count()).toBe(1);
    // Read-only scores carry their level's description.
    expect(await page.getByTestId('submitted-scores').getByText('5 – Decisive for the strategy', { exact: true }).count()).toBe(2);
    await screenshot(page, 'scoring-sheet-submitted-en');
    expect(await webPart(page)).toEqual([]);
  });

  it('another member scores in the Teams view (dark) and sees none of the first member\'s scores before close', async () => {
    await page.goto(teamsTab(ISABELLE, 'dark'));
    const tab = page.getByTestId('teams-tab-content');
    await tab.getByRole('button', { name: `Score the round “${ROUND}”` }).click();
    const sheet = page.getByTestId('score-sheet');
    await sheet.getByRole('radiogroup').first().waitFor();
    // Blind: nothing is chosen for her, and Klaus's comment is nowhere on the page.
    expect(await sheet.locator('input[type="radio"]:checked').count()).toBe(0);
    expect(await page.getByText(KLAUS_REMARK).count()).toBe(0);
    expect(await sheet.getByRole('textbox').evaluateAll(els => els.map(e => (e as HTMLTextAreaElement).value).filter(Boolean))).toEqual([]);
    await screenshot(page, 'scoring-teams-dark');
    expect(await webPart(page)).toEqual([]);
    await scoreAll(0);
    await page.getByTestId('submit-scores').click();
    await page.getByTestId('submitted-scores').waitFor({ timeout: 30_000 });
    expect(await page.getByText(KLAUS_REMARK).count()).toBe(0);
  });

  it('the Teams view (dark, German) lists the rounds with buttons named by their text first, and passes axe', async () => {
    await page.goto(teamsTab(ISABELLE, 'dark', 'de-de'));
    const rounds = page.getByTestId('teams-tab-content').getByTestId('my-rounds');
    await rounds.getByText('Ihre Bewertungen: abgegeben').waitFor();
    await screenshot(page, 'scoring-teams-dark-de');
    expect(await webPart(page)).toEqual([]);
    expect(await rounds.getByRole('button', { name: `Ihre Bewertungen ansehen: „${ROUND}“`, exact: true }).count()).toBe(1);
  });

  it('the Teams view in the high-contrast theme passes axe: the rounds and the submitted, read-only sheet', async () => {
    await page.goto(teamsTab(ISABELLE, 'contrast'));
    await page.getByTestId('teams-tab-content').getByTestId('my-rounds').getByText('Your scores: submitted').waitFor();
    await screenshot(page, 'scoring-teams-contrast');
    expect(await webPart(page)).toEqual([]);
    await page.getByRole('button', { name: `View your scores for “${ROUND}”` }).click();
    await page.getByTestId('submitted-scores').waitFor();
    expect(await page.getByTestId('score-sheet').getByRole('radio').count()).toBe(0);
    expect(await webPart(page)).toEqual([]);
  });

  it('the PMO sees who submitted, closes the round and sees the results with the disagreement flag', async () => {
    await page.goto(scoringPage(ANNA));
    await openTab('Rounds');
    const row = page.getByTestId('rounds').getByRole('row').filter({ has: page.getByRole('rowheader', { name: ROUND, exact: true }) });
    await row.getByText('2 of 2 submitted').waitFor({ timeout: 30_000 });
    await row.getByText('Klaus Fischer: submitted').waitFor();
    await row.getByRole('button', { name: `Close round “${ROUND}”` }).click();
    await page.getByTestId('confirm').waitFor();
    await page.getByTestId('confirm-yes').click();
    const results = page.getByTestId('round-results');
    await results.waitFor({ timeout: 30_000 });
    const flags = results.getByTestId('disagreement');
    expect(await flags.count()).toBe(2);
    expect(await flags.first().textContent()).toBe('The board disagrees on: Value, Urgency, Risk');
    expect(await results.getByRole('columnheader').allTextContents()).toEqual(['Rank', 'Request', 'Weighted total', 'Value', 'Urgency', 'Risk', 'Points to discuss']);
    // min and max are levels: “Value” has a description for 5, the others none.
    expect(await results.getByText('mean 2.5 (min 0, max 5, spread 5)', { exact: true }).count()).toBe(4);
    expect(await results.getByText('mean 2.5 (min 0, max 5 – Decisive for the strategy, spread 5)', { exact: true }).count()).toBe(2);
    await screenshot(page, 'scoring-results-en');
    expect(await webPart(page)).toEqual([]);
  });

  it('shows the results in French and passes axe', async () => {
    await page.goto(scoringPage(ANNA, 'fr-fr'));
    await openTab('Sessions');
    await page.getByRole('button', { name: `Résultats de la session « ${ROUND} »` }).click();
    const results = page.getByTestId('round-results');
    await results.waitFor();
    expect(await results.getByTestId('disagreement').first().textContent()).toMatch(/^Le comité/);
    await screenshot(page, 'scoring-results-fr');
    expect(await webPart(page)).toEqual([]);
  });
});
