/**
 * The Portfolio view at scale: `npm run bench -- portfolio`.
 *
 * A workbench on a temporary SQLite file, seeded with 5,000 projects (about 100,000 status reports)
 * by the demo seed. Then, as a PMO officer:
 * - data-ready: PortfolioService.load() (what the component calls), median of 9 runs, against a bare
 *   fetch + JSON.parse of the same list URLs from the same emulator (no PnPjs, no $batch);
 * - first render: the Portfolio page in Chromium (the real component, Vite-served), from the
 *   component's load mark to its first render with data (User Timing marks), median of 3 warm loads;
 * - requests: the HTTP requests the view made in Chromium (SharePoint REST and Graph, excluding the
 *   page frame's own), and threshold errors seen in any response.
 *
 * stdout gets exactly four lines:
 *   portfolio.first_render_ms: <load mark → first render with data in Chromium, median of 3>
 *   portfolio.render_ratio: <data-ready ÷ bare fetch+parse>
 *   portfolio.requests: <n>
 *   portfolio.threshold_errors: <n>
 * Everything else (seeding progress, data-ready times, request list) goes to stderr.
 *
 * BENCH_PORTFOLIO_PROJECTS (default 5000) sets the size; BENCH_PORTFOLIO_DIR keeps the seeded
 * database in that folder and reuses it next time (seeding 5,000 projects takes minutes).
 * BENCH_PORTFOLIO_PROFILE=1 traces one more load and prints (stderr) where the first render's time
 * goes: load → data (requests, parsing) and data → render (React, layout), with the functions that
 * took the most CPU time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench } from '../workbench';
import { localEnvironment, WORKBENCH_USER_HEADER } from '../src/services/environment';
import { PROJECT_SELECT } from '../src/services/PortfolioService';
import { MyPortfolioViewsList, PortfolioViewsList, ProgrammesList, ProjectsList, StrategicObjectivesList } from '../src/schema/refs';
import { createPmoServices } from '../src/services';
import { describeError } from '../src/services/errors';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { profileLoad } from './support/renderProfile';
import { median, withFetchProbe } from './support/fetchProbe';

const PMO = 'anna.schmidt@pmohub.demo';
const THRESHOLD = /SPQueryThrottledException|list view threshold/i;
/** Timed runs of each side (interleaved); the medians are compared. */
const RUNS = 9;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The URLs the portfolio reads, requested one by one with plain fetch (the baseline). */
function bareUrls(siteUrl: string): string[] {
  const api = `${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}`;
  const q = (list: { url: string }, select: ReadonlyArray<string>, expand?: string): string =>
    `${api}/${list.url}')/items?$select=${encodeURIComponent(select.join(','))}${expand ? `&$expand=${expand}` : ''}&$top=5000`;
  const G = ProgrammesList.fields;
  const O = StrategicObjectivesList.fields;
  const V = PortfolioViewsList.fields;
  const views = [V.Id, V.Title, V.PortfolioViewJson, V.AuthorId];
  return [
    q(ProjectsList, PROJECT_SELECT, ProjectsList.fields.ProjectManager),
    q(ProgrammesList, [G.Id, G.Title, G.TeamsGroupId]),
    q(StrategicObjectivesList, [O.Id, O.Title, O.ObjectiveStatus]),
    q(PortfolioViewsList, views),
    q(MyPortfolioViewsList, views)
  ];
}

async function bareFetch(siteUrl: string): Promise<number> {
  const t = performance.now();
  const bodies = await Promise.all(bareUrls(siteUrl).map(async url => {
    const res = await fetch(url, { headers: { Accept: 'application/json', [WORKBENCH_USER_HEADER]: PMO } });
    if (!res.ok) throw new Error(`${res.status} ${url}`);
    return JSON.parse(await res.text()) as { value: unknown[] };
  }));
  const ms = performance.now() - t;
  if (bodies[0].value.length === 0) throw new Error('The baseline read no projects');
  return ms;
}

/** Traces one more load of the Portfolio page and logs where its first render's time goes. */
async function logProfile(browser: Browser, page: Page, url: string): Promise<void> {
  const marks = ['pmohub.portfolio.load', 'pmohub.portfolio.data', 'pmohub.portfolio.render'];
  const profile = await profileLoad(browser, page, url, marks, async p => {
    await p.waitForFunction(() => performance.getEntriesByName('pmohub.portfolio.render').length > 0, undefined, { timeout: 120000 });
  });
  for (const segment of Object.keys(profile.segments)) {
    const main = profile.mainThread[segment];
    log(`# profile ${segment}: ${profile.segments[segment]} ms (main thread: script ${main.script}, layout ${main.layout}, gc ${main.gc}, browser ${main.other}, idle ${main.idle})`);
    log(`#   ${profile.topFunctions[segment].map(f => `${f.fn} ${f.ms}`).join(' | ')}`);
  }
}

/** What the Portfolio page does in Chromium: its first render (median of 3 warm loads), its requests, threshold errors seen. */
async function firstRenderInChromium(wb: { url: string; siteUrl: string }, rows: number): Promise<{ firstRender: number; viewRequests: string[]; thresholdErrors: number }> {
  const browser = await launchBrowser();
  let viewRequests: string[] = [];
  let thresholdErrors = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const seen: string[] = [];
    page.on('request', r => {
      const url = r.url();
      if (/\/_api\/|\/graph\//.test(url)) seen.push(`${r.method()} ${url.replace(wb.url, '')}`);
    });
    page.on('response', r => {
      if (!/\/_api\/|\/graph\//.test(r.url())) return;
      r.text().then(t => { if (THRESHOLD.test(t)) thresholdErrors++; }, () => undefined);
    });
    const url = `${wb.siteUrl}/SitePages/Portfolio.aspx?user=${PMO}&lang=en-us`;
    const renders: number[] = [];
    for (let i = 0; i < 4; i++) {
      seen.length = 0;
      await page.goto(url);
      await page.getByTestId('portfolio-grid').waitFor({ timeout: 120000 });
      await page.waitForFunction(() => performance.getEntriesByName('pmohub.portfolio.render').length > 0);
      await page.waitForTimeout(1500); // photos load after the first render
      const ms = await page.evaluate(() => performance.getEntriesByName('pmohub.portfolio.render')[0].startTime - performance.getEntriesByName('pmohub.portfolio.load')[0].startTime);
      if (i > 0) renders.push(ms); // the first load warms Vite's module cache
      // The page frame reads the web's title (browser tab) and the signed-in user's photo (suite
      // bar) with plain GETs; the view reads through one SharePoint $batch (after PnPjs' digest
      // request, which SPFx serves from the page context) and batches photos through Graph $batch.
      viewRequests = seen.filter(s => !/^GET \/sites\/[^/]+\/_api\/web\?(\$|%24)select=Title$/.test(s) && !/^GET \/graph\/v1\.0\/(me|users\/[^/]+)\/photo\/\$value$/.test(s));
    }
    const firstRender = median(renders);
    log(`# first render ms in Chromium (load mark → first render with ${rows} rows, median of 3): ${Math.round(firstRender)} (runs: ${renders.map(Math.round).join(', ')})`);
    log(`# requests of the view: ${viewRequests.join(' | ')}`);
    if (process.env.BENCH_PORTFOLIO_PROFILE === '1') await logProfile(browser, page, url);
    return { firstRender, viewRequests, thresholdErrors };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_PORTFOLIO_PROJECTS ?? 5000);
  const keep = process.env.BENCH_PORTFOLIO_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'pmo-bench-portfolio-'));
  let lastLog = 0;
  const t0 = performance.now();
  const wb = await startWorkbench({
    port: 0,
    dataDir: dir,
    projects,
    onProgress: e => {
      const now = performance.now();
      if (now - lastLog > 10000 || e.done === e.total) {
        lastLog = now;
        log(`# ${e.phase} ${e.step}: ${e.done}/${e.total} (${Math.round((now - t0) / 1000)} s)`);
      }
    }
  });
  let thresholdErrors = 0;
  try {
    await wb.ready;
    log(`# site ready in ${Math.round((performance.now() - t0) / 1000)} s (${dir})`);
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });

    // Verification pass (not timed): every response searched for threshold errors.
    const verify = await withFetchProbe(true, () => createPmoServices(env, {}).portfolio.load());
    thresholdErrors += verify.thresholdErrors;
    const rows = verify.result.rows.length;
    log(`# portfolio rows: ${rows}; service requests: ${verify.requests}`);
    if (rows < projects) throw new Error(`expected at least ${projects} projects, read ${rows}`);

    // Timed: service load vs bare fetch+parse, interleaved, after one warm-up of each.
    await bareFetch(wb.siteUrl);
    const service: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = createPmoServices(env, {}).portfolio;
      const t = performance.now();
      try {
        await s.load();
      } catch (e) {
        if (describeError(e).kind === 'threshold') thresholdErrors++;
        throw e;
      }
      service.push(performance.now() - t);
      bare.push(await bareFetch(wb.siteUrl));
    }
    log(`# data-ready ms (median of ${RUNS}): ${Math.round(median(service))}; bare fetch+parse ms: ${Math.round(median(bare))}`);

    // First render in Chromium, with the requests the view makes.
    const chromium = await firstRenderInChromium(wb, rows);
    thresholdErrors += chromium.thresholdErrors;
    const { firstRender, viewRequests } = chromium;

    process.stdout.write(`portfolio.first_render_ms: ${Math.round(firstRender)}\n`);
    process.stdout.write(`portfolio.render_ratio: ${(median(service) / median(bare)).toFixed(2)}\n`);
    process.stdout.write(`portfolio.requests: ${viewRequests.length}\n`);
    process.stdout.write(`portfolio.threshold_errors: ${thresholdErrors}\n`);
  } finally {
    await wb.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
