/**
 * What a person sees of PMO Hub's data integrity (issue 9, items 4 and 7), in English and German:
 * the same draft open in two tabs — the second save says someone else changed it, offers to reload,
 * and keeps what was typed; and in the portfolio, a project manager may edit their own project only,
 * and a budget change asks for its reason.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import type { SPFI } from '../src/platform/pnp';
import { emptyRequest } from '../src/domain/intake';
import { launchBrowser } from './browser';
import { watchPageErrors } from './pageErrors';

jest.setTimeout(300_000);

const JAMES = 'james.walker@pmohub.demo';
const MARCO = 'marco.rossi@pmohub.demo';

let wb: ISpawnedWorkbench;
let browser: Browser;
let owner: SPFI;

const requestsPage = (user: string, lang: string): string => `${wb.siteUrl}/SitePages/Requests.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;

const TEXT = {
  'en-us': {
    mine: 'My requests', open: (t: string): string => `Open ${t}`, edit: 'Edit draft', title: /Request title/, save: 'Save as draft', saved: 'Draft saved.',
    conflict: /Someone else changed this request after you opened it/, reload: 'Reload the request', reloaded: /The latest version of the request is loaded/
  },
  'de-de': {
    mine: 'Meine Anträge', open: (t: string): string => `${t} öffnen`, edit: 'Entwurf bearbeiten', title: /Titel des Antrags/, save: 'Als Entwurf speichern', saved: 'Entwurf gespeichert.',
    conflict: /Jemand anders hat diesen Antrag geändert/, reload: 'Antrag neu laden', reloaded: /Die neueste Fassung des Antrags ist geladen/
  }
} as const;

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10 });
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe('the same draft in two tabs', () => {
  it.each(['en-us', 'de-de'] as const)('%s: the second save says so, offers to reload, keeps the input, and then saves', async lang => {
    const t = TEXT[lang];
    const title = `Two tabs ${lang}`;
    const requests = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }), {}).requests;
    const draft = await requests.saveDraft({ ...emptyRequest(), title });
    const openDraft = async (): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(requestsPage(JAMES, lang));
      await page.getByRole('tab', { name: t.mine }).click();
      await page.getByRole('button', { name: t.open(title) }).click();
      await page.getByRole('button', { name: t.edit }).click();
      await page.getByRole('textbox', { name: t.title }).waitFor();
      return page;
    };
    const [tabA, tabB] = [await openDraft(), await openDraft()];
    // The browser logs the refused save (412) it asked for; that is the conflict this test provokes.
    const errors = watchPageErrors(tabB, [/status of 412 \(Precondition Failed\)/]);
    await tabA.getByRole('textbox', { name: t.title }).fill(`${title} (tab A)`);
    await tabA.getByRole('button', { name: t.save }).click();
    await tabA.getByText(t.saved).waitFor();
    await tabB.getByRole('textbox', { name: t.title }).fill(`${title} (tab B)`);
    await tabB.getByRole('button', { name: t.save }).click();
    await tabB.getByText(t.conflict).waitFor();
    // nothing of tab B was written over tab A's change
    expect((await requests.get(draft.request.id)).request.title).toBe(`${title} (tab A)`);
    await tabB.getByRole('button', { name: t.reload }).click();
    await tabB.getByText(t.reloaded).waitFor();
    expect(await tabB.getByRole('textbox', { name: t.title }).inputValue()).toBe(`${title} (tab B)`);
    await tabB.getByRole('button', { name: t.save }).click();
    await tabB.getByText(t.saved).waitFor();
    expect((await requests.get(draft.request.id)).request.title).toBe(`${title} (tab B)`);
    expect(errors.errors()).toEqual([]);
    await tabA.close();
    await tabB.close();
  });
});

describe('who may change a project, in the portfolio', () => {
  it('a project manager edits only their own project, and a budget change asks for its reason', async () => {
    const marcoId = ((await owner.web.ensureUser(MARCO)) as unknown as { Id?: number; data?: { Id: number } });
    const id = marcoId.Id ?? marcoId.data?.Id;
    const projects = (await owner.web.getList('/sites/pmo/Lists/Projects').items.select('Id', 'Title', 'ProjectManagerId').top(50)()) as Array<{ Id: number; Title: string; ProjectManagerId: number }>;
    const mine = projects.filter(p => p.ProjectManagerId === id)[0];
    const other = projects.filter(p => p.ProjectManagerId !== id)[0];
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchPageErrors(page);
    await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?user=${encodeURIComponent(MARCO)}&lang=en-us`);
    const openPanel = async (title: string): Promise<void> => {
      await page.getByRole('button', { name: `Show details of ${title}` }).first().click();
      await page.getByRole('dialog').getByRole('heading', { level: 3, name: 'Key data' }).waitFor();
    };
    await openPanel(other.Title);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').getByRole('heading', { level: 3, name: 'Key data' }).waitFor({ state: 'detached' });
    await openPanel(mine.Title);
    await page.getByRole('dialog').getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Budget' }).fill('1234567');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').getByText("Give the reason for the budget change: it is kept in the project's history.").waitFor();
    await page.getByRole('dialog').getByRole('textbox', { name: /Reason for the budget change/ }).fill('Second site');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').getByText('Changes saved.').waitFor();
    const stored = (await owner.web.getList('/sites/pmo/Lists/Projects').items.getById(mine.Id).select('Budget', 'ChangeReason')()) as { Budget: number; ChangeReason: string };
    expect(stored).toMatchObject({ Budget: 1234567, ChangeReason: 'Second site' });
    expect(errors.errors()).toEqual([]);
    await page.close();
  });
});
