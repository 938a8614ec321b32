/**
 * Intake end to end on the local PMO site: a requester files a project request (a submit with a
 * missing field is refused and saves nothing), another requester cannot see it, a PMO officer takes
 * it through review to approval and converts it into a project, which the Portfolio lists. axe-core
 * checks the form and the PMO list in English and German.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';
import { launchBrowser, screenshot } from './browser';
import { axeViolations } from './axe';

jest.setTimeout(300_000);

const JAMES = 'james.walker@pmohub.demo';
const LENA = 'lena.hoffmann@pmohub.demo';
const ANNA = 'anna.schmidt@pmohub.demo';
const TITLE = 'Customer service chatbot (e2e)';

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let owner: SPFI;
let requestId: number;

const requestsPage = (user: string, lang: string = 'en-us'): string => `${wb.siteUrl}/SitePages/Requests.aspx?user=${encodeURIComponent(user)}&lang=${lang}`;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-request-heading"]');

async function requestIdsTitled(title: string): Promise<number[]> {
  const rows = (await list(owner, 'Lists/ProjectRequests').items.select('Id').filter(`Title eq '${title.replace(/'/g, "''")}'`)()) as Array<{ Id: number }>;
  return rows.map(r => r.Id);
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 10 });
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

describe('project request intake', () => {
  it('refuses a submit with a missing required field, naming it, and saves nothing', async () => {
    await page.goto(requestsPage(JAMES));
    const title = page.getByRole('textbox', { name: /Request title/ });
    await title.waitFor();
    await title.fill(TITLE);
    await page.getByRole('button', { name: 'Submit request' }).click();
    const summary = page.getByTestId('validation-summary');
    await summary.getByRole('link', { name: '“Business unit”: fill in this field.' }).waitFor();
    await summary.getByRole('link', { name: '“Business unit”: fill in this field.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pmo-request-businessUnit');
    expect(await requestIdsTitled(TITLE)).toEqual([]);
    await screenshot(page, 'intake-validation-en');
    expect(await webPart(page)).toEqual([]);
  });

  it('submits the complete request with an attachment', async () => {
    await page.getByRole('combobox', { name: /Business unit/ }).selectOption({ label: 'Customer Service' });
    await page.getByRole('textbox', { name: /Problem statement/ }).fill('Call volumes grew 40% in two years; waiting times exceed 12 minutes.');
    await page.getByRole('textbox', { name: /^Goals/ }).fill('Answer 30% of routine questions automatically.');
    await page.getByRole('group', { name: /Strategic objectives/ }).getByRole('checkbox').first().check();
    await page.getByRole('textbox', { name: /Expected benefits/ }).fill('Shorter waiting times; 3 FTE freed for complex cases.');
    const sponsor = page.getByRole('combobox', { name: /Sponsor/ });
    await sponsor.click();
    await sponsor.fill('bakk');
    await page.getByRole('listbox', { name: 'Suggested people' }).getByRole('option', { name: /Pieter Bakker/ }).click();
    // The requester proposes a project manager; the PMO confirms it on conversion.
    const proposed = page.getByRole('combobox', { name: /Proposed project manager/ });
    expect(await proposed.getAttribute('aria-describedby')).toBeTruthy();
    await proposed.click();
    await proposed.fill('rossi');
    await page.getByRole('listbox', { name: 'Suggested people' }).getByRole('option', { name: /Marco Rossi/ }).click();
    const start = page.getByRole('combobox', { name: /Desired start/ });
    await start.fill('3/1/2027');
    await start.press('Tab');
    const end = page.getByRole('combobox', { name: /Desired end/ });
    await end.fill('8/31/2027');
    await end.press('Tab');
    await page.getByRole('button', { name: 'Add a year' }).click();
    await page.getByRole('textbox', { name: 'Capex, 2027' }).fill('120000');
    await page.getByRole('textbox', { name: 'Opex, 2027' }).fill('12500.50');
    const firstDemand = page.locator('input[data-testid^="demand-"]').first();
    await firstDemand.fill('8');
    const answers: Array<[RegExp, string]> = [[/Processes personal data/, 'Yes'], [/In ISO 27001 scope/, 'Yes'], [/Relevant for NIS2/, 'No'], [/Procurement needed/, 'Yes']];
    for (const [question, answer] of answers) {
      await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer }).check({ force: true });
    }
    await page.setInputFiles('#pmo-request-files', { name: 'business-case.txt', mimeType: 'text/plain', buffer: Buffer.from('Business case: chatbot') });
    await page.getByText('business-case.txt (not uploaded yet)').waitFor();
    await screenshot(page, 'intake-form-filled-en');
    await page.getByRole('button', { name: 'Submit request' }).click();
    const details = page.getByTestId('request-details');
    await details.getByText(`Your request "${TITLE}" was submitted. The PMO will review it.`).waitFor({ timeout: 30_000 });
    expect(await details.getByTestId('details-state').textContent()).toBe('Submitted');
    const ids = await requestIdsTitled(TITLE);
    expect(ids).toHaveLength(1);
    requestId = ids[0];
    const item = (await list(owner, 'Lists/ProjectRequests').items.getById(requestId).select('IntakeState', 'CapexTotal', 'OpexTotal', 'BusinessUnit', 'SponsorId', 'ProposedManager/EMail', 'Attachments').expand('ProposedManager')()) as Record<string, unknown>;
    expect(item).toEqual(expect.objectContaining({ IntakeState: 'Submitted', CapexTotal: 120000, OpexTotal: 12500.5, BusinessUnit: 'Customer Service', Attachments: true }));
    expect(item.SponsorId).toBeGreaterThan(0);
    expect(item.ProposedManager).toEqual(expect.objectContaining({ EMail: 'marco.rossi@pmohub.demo' }));
    await screenshot(page, 'intake-submitted-en');
  });

  it('hides the request from another requester: not in her list, and a direct REST read by id fails', async () => {
    await page.goto(`${requestsPage(LENA)}`);
    await page.getByRole('tab', { name: 'My requests' }).click();
    await page.getByRole('tabpanel').waitFor();
    await page.getByText(/You have not filed any project requests yet\.|\d+ requests?/).first().waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('Project requests')/items(${requestId})`, { headers: { Accept: 'application/json', 'X-Workbench-User': LENA } });
    expect(res.status).toBe(404);
    const asLena = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: LENA }).sp;
    const ids = ((await list(asLena, 'Lists/ProjectRequests').items.select('Id').top(5000)()) as Array<{ Id: number }>).map(r => r.Id);
    expect(ids).not.toContain(requestId);
  });

  it('lets a PMO officer take it through review to approval and convert it into a project', async () => {
    await page.goto(requestsPage(ANNA));
    await page.getByRole('tab', { name: 'All requests' }).click();
    await page.getByTestId('requests-all').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'intake-pmo-list-en');
    await page.getByRole('button', { name: `Open ${TITLE}` }).click();
    for (const [button, state] of [['Move to In review', 'In review'], ['Move to Ready for scoring', 'Ready for scoring'], ['Move to Approved', 'Approved']]) {
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('textbox', { name: 'Comment' }).fill(`${state}: e2e`);
      await dialog.getByRole('button', { name: 'Move', exact: true }).click();
      await page.getByTestId('details-notice').getByText(`"${TITLE}" is now ${state}.`).waitFor();
    }
    await page.getByRole('button', { name: 'Convert to project' }).click();
    // The confirmation shows what the project gets and asks for its manager.
    const confirm = page.getByRole('alertdialog');
    const code = `REQ-${String(requestId).padStart(6, '0')}`;
    expect(await confirm.getByTestId('convert-code').textContent()).toBe(code);
    // The requester's proposal is filled in; the officer could remove it and pick someone else.
    await confirm.getByRole('button', { name: 'Remove Marco Rossi' }).waitFor();
    await confirm.getByRole('button', { name: 'Create project' }).click();
    await page.getByTestId('details-notice').getByText(`Project ${code} was created from "${TITLE}".`).waitFor();
    const projectLink = page.getByTestId('details-notice-link');
    expect(await projectLink.textContent()).toBe(`Open project ${code}`);
    await page.getByTestId('history').getByText('Converted into project').waitFor();
    const history = (await list(owner, 'Lists/RequestHistory').items.select('ToState').filter(`RequestNumber eq ${requestId}`).orderBy('Id')()) as Array<{ ToState: string }>;
    expect(history.map(h => h.ToState)).toEqual(['Submitted', 'InReview', 'ReadyForScoring', 'Approved', 'Approved']);
    const projects = (await list(owner, 'Lists/Projects').items.select('Id', 'Title', 'Budget', 'Department', 'ProjectCode', 'ProjectManager/EMail').expand('ProjectManager').filter(`RequestNumber eq ${requestId}`)()) as Array<{ Id: number; Title: string; Budget: number; Department: string }>;
    expect(projects).toHaveLength(1);
    expect(projects[0]).toEqual(expect.objectContaining({ Title: TITLE, Budget: 132500.5, Department: 'Customer Service', ProjectCode: code, ProjectManager: expect.objectContaining({ EMail: 'marco.rossi@pmohub.demo' }) }));
    expect(await projectLink.getAttribute('href')).toBe(`${wb.siteUrl}/SitePages/Portfolio.aspx?project=${projects[0].Id}`);
    await screenshot(page, 'intake-converted-en');

    // The Portfolio page (another feature) lists the new project, when the local site has it.
    if (/name: 'Portfolio'/.test(readFileSync(path.resolve(__dirname, '..', 'workbench', 'site', 'pages.tsx'), 'utf8'))) {
      await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?user=${encodeURIComponent(ANNA)}&lang=en-us`);
      const search = page.getByRole('searchbox').first();
      await search.waitFor({ timeout: 60_000 });
      await search.fill(TITLE);
      await page.getByTestId(`open-${projects[0].Id}`).waitFor({ timeout: 30_000 });
      await screenshot(page, 'intake-portfolio-en');
    }
  });

  it('has no serious or critical axe violations on the form and the PMO list in German', async () => {
    await page.goto(requestsPage(JAMES, 'de-de'));
    await page.getByRole('tab', { name: 'Neuer Antrag' }).waitFor();
    await page.getByRole('button', { name: 'Antrag einreichen' }).click();
    await page.getByTestId('validation-summary').getByRole('link', { name: '„Titel des Antrags“: Bitte füllen Sie dieses Feld aus.' }).waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'intake-validation-de');
    await page.goto(requestsPage(ANNA, 'de-de'));
    await page.getByRole('tab', { name: 'Alle Anträge' }).click();
    await page.getByTestId('state-filter').waitFor();
    await page.getByRole('combobox', { name: /Nach Status filtern/ }).selectOption({ label: 'Alle Status' });
    await page.getByTestId('requests-all').getByText(TITLE).waitFor();
    expect(await page.getByTestId('requests-all').getByText('Genehmigt').count()).toBeGreaterThan(0);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'intake-pmo-list-de');
  });
});

describe('project request intake: messages, amounts, attachments, lists', () => {
  /** Fills what a submission needs besides the attachments (the business unit from the PMO's list). */
  async function fillComplete(p: Page, title: string): Promise<void> {
    await p.getByRole('textbox', { name: /Request title/ }).fill(title);
    await p.getByRole('combobox', { name: /Business unit/ }).selectOption({ label: 'Facilities' });
    await p.getByRole('textbox', { name: /Problem statement/ }).fill('Badge readers fail twice a week.');
    await p.getByRole('textbox', { name: /^Goals/ }).fill('One reader per door that works.');
    await p.getByRole('group', { name: /Strategic objectives/ }).getByRole('checkbox').first().check();
    const sponsor = p.getByRole('combobox', { name: /Sponsor/ });
    await sponsor.click();
    await sponsor.fill('bakk');
    await p.getByRole('listbox', { name: 'Suggested people' }).getByRole('option', { name: /Pieter Bakker/ }).click();
    for (const [field, day] of [[/Desired start/, '3/1/2027'], [/Desired end/, '8/31/2027']] as const) {
      const date = p.getByRole('combobox', { name: field });
      await date.fill(day);
      await date.press('Tab');
    }
    for (const question of [/Processes personal data/, /In ISO 27001 scope/, /Relevant for NIS2/, /Procurement needed/]) {
      await p.getByRole('radiogroup', { name: question }).getByRole('radio', { name: 'No' }).check({ force: true });
    }
  }

  it('keeps a request a draft when SharePoint refuses attachment names, names each file with the reason, attaches the valid one, and submits once the bad ones are removed', async () => {
    const title = 'Badge readers (attachments e2e)';
    const long = `${'x'.repeat(296)}.pdf`;
    await page.goto(requestsPage(JAMES));
    await fillComplete(page, title);
    await page.setInputFiles('#pmo-request-files', [
      { name: 'offer<2027>.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF offer') },
      { name: long, mimeType: 'application/pdf', buffer: Buffer.from('%PDF long') },
      { name: 'floor-plan.txt', mimeType: 'text/plain', buffer: Buffer.from('Floor plan') }
    ]);
    await page.getByRole('button', { name: 'Submit request' }).click();
    const notice = page.getByTestId('form-notice');
    await notice.waitFor({ timeout: 30_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('The request was saved as a draft');
    // Each refused file, with SharePoint's reason for it.
    expect(text).toMatch(/offer<2027>\.pdf: [^:]*The file or folder name contains characters that are not permitted/);
    const afterLong = text.slice(text.lastIndexOf(`${long}: `) + long.length + 2);
    expect(text.lastIndexOf(`${long}: `)).toBeGreaterThan(text.indexOf(`${long}`));
    expect(afterLong).toMatch(/^[^:]*The specified file or folder name is too long/);
    const ids = await requestIdsTitled(title);
    expect(ids).toHaveLength(1);
    const item = (await list(owner, 'Lists/ProjectRequests').items.getById(ids[0]).select('IntakeState', 'AttachmentFiles').expand('AttachmentFiles')()) as { IntakeState: string; AttachmentFiles: Array<{ FileName: string }> };
    expect([item.IntakeState, item.AttachmentFiles.map(a => a.FileName)]).toEqual(['Draft', ['floor-plan.txt']]);
    // The valid file is a download link now; the refused ones wait to be removed.
    await page.getByRole('link', { name: 'Download floor-plan.txt' }).waitFor();
    await page.getByRole('button', { name: 'Remove offer<2027>.pdf' }).click();
    await page.getByRole('button', { name: `Remove ${long}` }).click();
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.getByTestId('request-details').getByText(`Your request "${title}" was submitted. The PMO will review it.`).waitFor({ timeout: 30_000 });
    expect(await requestIdsTitled(title)).toEqual(ids);
    const after = (await list(owner, 'Lists/ProjectRequests').items.getById(ids[0]).select('IntakeState')()) as { IntakeState: string };
    expect(after.IntakeState).toBe('Submitted');
    await screenshot(page, 'intake-attachments-refused-en');
  });

  it('downloads an attachment from the details, for the requester and for the PMO', async () => {
    for (const user of [JAMES, ANNA]) {
      await page.goto(requestsPage(user));
      await page.getByRole('tab', { name: user === JAMES ? 'My requests' : 'All requests' }).click();
      if (user === ANNA) await page.getByRole('combobox', { name: /Filter by state/ }).selectOption({ label: 'All states' });
      await page.getByRole('button', { name: `Open ${TITLE}` }).click();
      const link = page.getByTestId('details-attachments').getByRole('link', { name: 'Download business-case.txt' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('business-case.txt');
      const file = await download.path();
      expect(readFileSync(file, 'utf8')).toBe('Business case: chatbot');
    }
  });

  it.each([
    ['en-us', '15/03/2027', '“Desired start”: enter a date such as 03/01/2027.', 'Capex, 2026', '1,250,000', '1.250.000', '“Opex, 2026”: enter an amount such as 1,234,567.89.', 'Submit request', 'Add a year'],
    ['de-de', '03/15/2027', '„Gewünschter Beginn“: Geben Sie ein Datum wie 01.03.2027 ein.', 'Investitionskosten, 2026', '1.250.000', '1,250,000', '„Betriebskosten, 2026“: Geben Sie einen Betrag wie 1.234.567,89 ein.', 'Antrag einreichen', 'Jahr hinzufügen']
  ])('%s: one message per field, also in the summary, and amounts with the locale\'s grouping', async (lang, badDate, dateMessage, capexCell, capex, badOpex, opexMessage, submit, addYear) => {
    await page.goto(requestsPage(JAMES, lang));
    await page.getByRole('button', { name: submit }).waitFor();
    const start = page.getByRole('combobox', { name: lang === 'en-us' ? /Desired start/ : /Gewünschter Beginn/ });
    await start.fill(badDate);
    await start.press('Tab');
    await page.getByRole('button', { name: addYear }).click();
    await page.getByRole('textbox', { name: capexCell }).fill(capex);
    const opexCell = page.getByRole('textbox', { name: lang === 'en-us' ? 'Opex, 2026' : 'Betriebskosten, 2026' });
    await opexCell.fill(badOpex);
    expect(await page.getByTestId('cost-total-capex').textContent()).toBe(capex);
    await page.getByRole('button', { name: submit }).click();
    const summary = page.getByTestId('validation-summary');
    await summary.getByRole('link', { name: dateMessage }).waitFor();
    const links = await summary.getByRole('link').allTextContents();
    expect(links).toContain(opexMessage);
    expect(links.filter(l => l.indexOf(lang === 'en-us' ? '“Desired start”' : '„Gewünschter Beginn“') === 0)).toEqual([dateMessage]);
    // At the field: the same one message, no "required" beside it.
    expect(await page.getByText(dateMessage).count()).toBe(2);
    expect(await page.getByText(opexMessage).count()).toBe(2);
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, `intake-one-message-${lang}`);
  });

  it('searches and sorts the PMO list, shows the project code linked to the Portfolio with the project open, and rejects a submitted request at once', async () => {
    await page.goto(requestsPage(ANNA));
    await page.getByRole('tab', { name: 'All requests' }).click();
    await page.getByRole('combobox', { name: /Filter by state/ }).selectOption({ label: 'All states' });
    const table = page.getByTestId('requests-all');
    await table.waitFor();
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(TITLE);
    const code = `REQ-${String(requestId).padStart(6, '0')}`;
    const projectLink = table.getByRole('link', { name: `Open project ${code}` });
    await projectLink.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([TITLE]);
    await page.getByRole('searchbox', { name: 'Search requests' }).fill('');
    await page.getByRole('button', { name: 'Title' }).click();
    const titles = await table.getByRole('rowheader').allTextContents();
    expect(titles).toEqual(titles.slice().sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(await table.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe('ascending');
    // The attachments test's request is Submitted: the PMO rejects it straight away.
    const rejected = 'Badge readers (attachments e2e)';
    await page.getByRole('button', { name: `Open ${rejected}` }).click();
    await page.getByRole('button', { name: 'Move to Rejected' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox', { name: /Reason for the decision/ }).fill('Covered by the facilities budget.');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByTestId('details-notice').getByText(`"${rejected}" is now Rejected.`).waitFor();
    // The project link opens the Portfolio with the project's panel.
    if (/name: 'Portfolio'/.test(readFileSync(path.resolve(__dirname, '..', 'workbench', 'site', 'pages.tsx'), 'utf8'))) {
      await page.goto(`${wb.siteUrl}/SitePages/Portfolio.aspx?project=${(await list(owner, 'Lists/ProjectRequests').items.getById(requestId).select('ProjectId')() as { ProjectId: number }).ProjectId}&user=${encodeURIComponent(ANNA)}&lang=en-us`);
      const panel = page.getByRole('dialog');
      await panel.getByText('Latest status').waitFor({ timeout: 60_000 });
      await panel.getByText(TITLE, { exact: true }).first().waitFor();
      await screenshot(page, 'intake-project-panel-en');
    }
  });

  it('lets the author withdraw a draft and delete another, in German', async () => {
    const titles = ['Kiosk (Entwurf e2e)', 'Drucker (Entwurf e2e)'];
    const asJames = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }).sp;
    for (const t of titles) await list(asJames, 'Lists/ProjectRequests').items.add({ Title: t, IntakeState: 'Draft' });
    await page.goto(requestsPage(JAMES, 'de-de'));
    await page.getByRole('tab', { name: 'Meine Anträge' }).click();
    await page.getByRole('button', { name: `${titles[0]} öffnen` }).click();
    await page.getByRole('button', { name: 'Entwurf zurückziehen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verschieben', exact: true }).click();
    await page.getByTestId('details-notice').getByText(`„${titles[0]}“ ist jetzt Zurückgezogen.`).waitFor();
    await page.getByTestId('details-back').click();
    await page.getByRole('button', { name: `${titles[1]} öffnen` }).click();
    await page.getByRole('button', { name: 'Entwurf löschen' }).click();
    await page.getByTestId('delete-confirm').getByRole('button', { name: 'Entwurf löschen' }).click();
    await page.getByTestId('list-notice').getByText(`Der Entwurf „${titles[1]}“ wurde gelöscht.`).waitFor();
    expect(await requestIdsTitled(titles[1])).toEqual([]);
    const kept = (await list(owner, 'Lists/ProjectRequests').items.select('IntakeState').filter(`Title eq '${titles[0]}'`)()) as Array<{ IntakeState: string }>;
    expect(kept.map(k => k.IntakeState)).toEqual(['Withdrawn']);
    expect(await webPart(page)).toEqual([]);
  });
});
