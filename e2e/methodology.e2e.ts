/**
 * The Methodology web part end to end on the local PMO site: the guide shows, for a stage chosen on
 * the process map (by click and by the arrow keys), exactly the templates the seed put in the
 * Templates library for that stage (read through REST: StageCode, else Prince2Stage; retired ones left
 * out); switching to the agile lifecycle shows its phases and remembers the choice in the address.
 * axe-core: no serious or critical findings in English, Italian and the Teams dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { type ISpawnedWorkbench } from './workbench-process';
import { screenshot } from './browser';
import { axeViolations } from './axe';
import { type IPageErrorWatch } from './pageErrors';
import { closeSiteSession, openSiteSession, takePageErrors } from './siteSession';
import { localEnvironment } from '../src/services/environment';
import type { SPFI } from '../src/platform/pnp';
import { TemplatesList } from '../src/schema/refs';
import { PROJECT_MANAGERS } from '../workbench/seed/reference';

jest.setTimeout(300_000);

let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let templates: Array<{ id: number; stage?: string; status?: string }>;
const user = PROJECT_MANAGERS[0].userPrincipalName;
const T = TemplatesList.fields;

const guidePage = (lang: string = 'en-us', query: string = ''): string =>
  `${wb.siteUrl}/SitePages/Methodology.aspx?user=${encodeURIComponent(user)}&lang=${lang}${query}`;
const webPart = (p: Page): Promise<string[]> => axeViolations(p, 'section[aria-labelledby="pmo-methodology-heading"]');
/** The ids of the templates the seed put in the library for a stage, as the guide must list them. */
const expectedFor = (stage: string): number[] => templates.filter(t => t.stage === stage && t.status !== 'Retired').map(t => t.id).sort((a, b) => a - b);
const shownTemplates = async (p: Page): Promise<number[]> =>
  (await p.getByTestId('methodology-template').evaluateAll(els => els.map(e => Number(e.getAttribute('data-template-id'))))).sort((a, b) => a - b);

beforeAll(async () => {
  ({ wb, browser, page, watch } = await openSiteSession({ projects: 10 }));
  const owner: SPFI = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const rows = (await owner.web.getList(`/sites/pmo/${TemplatesList.url}`).items.select(T.Id, T.StageCode, T.Prince2Stage, T.TemplateStatus).top(5000)()) as Array<Record<string, string | number | null>>;
  templates = rows.map(r => ({ id: r[T.Id] as number, stage: (r[T.StageCode] ?? r[T.Prince2Stage] ?? undefined) as string | undefined, status: (r[T.TemplateStatus] ?? undefined) as string | undefined }));
});

afterEach(() => expect(takePageErrors(watch)).toEqual([]));

afterAll(() => closeSiteSession({ wb, browser, watch }));

describe('the Methodology web part', () => {
  it('shows per stage the templates the Templates library holds for it; the arrow keys move between the stages', async () => {
    await page.goto(guidePage());
    await page.getByTestId('methodology-map').waitFor();
    expect(await page.getByTestId('methodology-map').evaluate(e => e.tagName)).toBe('OL');
    expect(expectedFor('Initiation').length).toBeGreaterThan(0);
    await page.getByTestId('methodology-stage-Initiation').click();
    expect(await page.getByTestId('methodology-stage-Initiation').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-testid="methodology-detail"][data-stage="Initiation"]').waitFor();
    expect(await shownTemplates(page)).toEqual(expectedFor('Initiation'));
    // The PMO's text from the seed, in English.
    expect(await page.getByTestId('methodology-criteria').textContent()).toContain('The board checks the required items of the checklist');
    // Keyboard: the arrow key moves to the next stage and shows it (announced in the live region).
    await page.getByTestId('methodology-stage-Initiation').press('ArrowRight');
    await page.locator('[data-testid="methodology-detail"][data-stage="Delivery"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('methodology-stage-Delivery');
    expect(await page.getByTestId('methodology-announce').textContent()).toBe('Delivery stages is shown.');
    expect(await shownTemplates(page)).toEqual(expectedFor('Delivery'));
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'methodology');
  });

  it('switches to the agile lifecycle, remembers it in the address and shows its phases\' templates', async () => {
    await page.goto(guidePage());
    await page.getByTestId('methodology-map').waitFor();
    await page.getByRole('radio', { name: 'Agile', exact: true }).check();
    await page.getByTestId('methodology-stage-Discovery').waitFor();
    expect(new URL(page.url()).searchParams.get('lifecycle')).toBe('agile');
    expect(await page.getByTestId('methodology-map').getByRole('button').count()).toBe(4);
    await page.getByTestId('methodology-stage-Alpha').click();
    await page.locator('[data-testid="methodology-detail"][data-stage="Alpha"]').waitFor();
    expect(await shownTemplates(page)).toEqual(expectedFor('Alpha'));
    // A reload shows the lifecycle the address remembers.
    await page.reload();
    await page.getByTestId('methodology-stage-Live').waitFor();
    expect(await page.getByRole('radio', { name: 'Agile', exact: true }).isChecked()).toBe(true);
  });

  it('is clean for axe in Italian and in the Teams dark theme', async () => {
    await page.goto(guidePage('it-it', '&lifecycle=hybrid'));
    await page.getByTestId('methodology-map').waitFor();
    expect(await page.getByRole('list', { name: 'Fasi e gate del ciclo di vita Ibrido (PRINCE2 Agile)' }).count()).toBe(1);
    await page.getByTestId('methodology-stage-Delivery').click();
    expect(await page.getByTestId('methodology-detail').getByRole('heading', { level: 2 }).textContent()).toBe('Consegna per rilasci');
    expect(await webPart(page)).toEqual([]);
    await page.goto(`${wb.url}/teams?user=${encodeURIComponent(user)}&tab=Methodology&theme=dark&lang=en-us`);
    await page.getByTestId('methodology-map').waitFor();
    expect(await webPart(page)).toEqual([]);
    await screenshot(page, 'methodology-teams-dark');
  });
});
