/**
 * A Teams channel tab in a team other than the PMO site's own runs in that team's site
 * (`/teams?site=/sites/marketing`): it finds the PMO site through the tenant property and reads the
 * PMO site's lists, never the team site's; a property that names a missing site is said so in the
 * tab, with the address.
 */
import type { Browser, Page } from 'playwright-core';
import { spawnWorkbench, type ISpawnedWorkbench } from './workbench-process';
import { launchBrowser } from './browser';
import { loadWithoutErrors, watchPageErrors, type IPageErrorWatch } from './pageErrors';
import { PMO_SITE_PROPERTY } from '../src/schema/tenant';
import { gotoSettled } from './settle';

jest.setTimeout(300_000);

const PMO = 'anna.schmidt%40pmohub.demo';
let wb: ISpawnedWorkbench;
let browser: Browser;
let page: Page;
let watch: IPageErrorWatch;
let requests: string[] = [];

/** Sets the tenant property as the tenant admin (the site owner) does. */
async function setProperty(value: string): Promise<void> {
  const r = await fetch(`${wb.siteUrl}/_api/web/SetStorageEntity`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ key: PMO_SITE_PROPERTY, value, description: 'PMO Hub: the PMO site' })
  });
  expect(r.status).toBe(200);
}

beforeAll(async () => {
  wb = await spawnWorkbench({ projects: 4 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch = watchPageErrors(page);
  page.on('request', r => { requests.push(decodeURIComponent(new URL(r.url()).pathname)); });
});

afterAll(async () => {
  watch?.dispose();
  await browser?.close();
  await wb?.stop();
});

describe('a Teams tab in another team\'s site', () => {
  it('reads the PMO site that the tenant property names (set by the workbench as deploy sets it)', async () => {
    requests = [];
    const errors = await loadWithoutErrors(page, watch, `${wb.url}/teams?site=/sites/marketing&user=${PMO}&tab=Portfolio&lang=en-us`,
      p => p.locator('nav.teams-tabs a').first().waitFor());
    expect(errors).toEqual([]);
    expect(requests).toContain(`/sites/marketing/_api/web/getStorageEntity('${PMO_SITE_PROPERTY}')`);
    // The tab's lists are read from the PMO site (single reads and $batch), after its web was read once.
    expect(requests).toContain('/sites/pmo/_api/web');
    expect(requests.filter(r => r.startsWith('/sites/pmo/_api/') && r !== '/sites/pmo/_api/web').length).toBeGreaterThan(0);
    expect(requests.filter(r => r.startsWith('/sites/marketing/') && !/getStorageEntity/i.test(r))).toEqual([]);
    await expect(page.getByTestId('pmo-site-unreachable').count()).resolves.toBe(0);
  });

  it('says that the PMO site cannot be opened, with its address, when the property names a missing site', async () => {
    const nowhere = `${wb.url}/sites/nowhere`;
    await setProperty(nowhere);
    try {
      await gotoSettled(page, `${wb.url}/teams?site=/sites/marketing&user=${PMO}&tab=Portfolio&lang=de-de`);
      const notice = page.getByTestId('pmo-site-unreachable');
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain(nowhere);
      await expect(notice.textContent()).resolves.toContain('PMO-Website');
    } finally {
      await setProperty(wb.siteUrl);
    }
  });
});
