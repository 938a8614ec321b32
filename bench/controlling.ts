/**
 * Project controlling at scale: `npm run bench -- controlling`.
 *
 * A workbench on a temporary SQLite file, seeded with 5,000 projects (about 100,000 status reports)
 * by the demo seed. Then, as a PMO officer:
 * - project page: ControllingService.getProjectPage (what the Project web part calls) for projects
 *   spread over the list (first, middle, last and two more), counting the HTTP requests each makes;
 * - portfolio roll-up: ControllingService.getPortfolioControlling (earned value per programme and
 *   portfolio, RAG distribution per dimension), data-ready time (median of 9), against a bare
 *   fetch + JSON.parse of the same Projects rows and columns (plain fetch, paged as SharePoint pages);
 * - threshold errors: every response of a verification pass searched for SPQueryThrottledException.
 *
 * stdout gets exactly three lines:
 *   controlling.project_page_requests: <the most requests one project page made>   (goal ≤ 3)
 *   controlling.rollup_ratio: <roll-up data-ready ÷ bare fetch+parse>               (goal ≤ 1.5)
 *   controlling.threshold_errors: <n>                                               (goal 0)
 * Everything else (seeding progress, times, the report count) goes to stderr.
 *
 * BENCH_CONTROLLING_PROJECTS (default 5000) sets the size; BENCH_CONTROLLING_DIR keeps the seeded
 * database in that folder and reuses it next time (it may be the portfolio benchmark's folder: the
 * seed is the same).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench } from '../workbench';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import { ROLLUP_SELECT } from '../src/services/ControllingService';
import { ProjectsList, StatusReportsList } from '../src/schema';
import { median, withFetchProbe } from './support/fetchProbe';
import { allPages as allPagesAs, getJson as getJsonAs } from './support/listPages';

const PMO = 'anna.schmidt@pmohub.demo';
const RUNS = 9;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** GET as the PMO; the parsed JSON. */
function getJson(url: string): Promise<Record<string, unknown>> {
  return getJsonAs(url, PMO);
}

/** The rows of a list URL as the PMO, following SharePoint's next links. */
function allPages(first: string): Promise<Array<Record<string, unknown>>> {
  return allPagesAs(first, PMO);
}

/** The baseline: the roll-up's Projects rows and columns with plain fetch and JSON.parse; ms and rows. */
async function bareRollup(siteUrl: string): Promise<{ ms: number; rows: number }> {
  const t = performance.now();
  const url = `${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}/${ProjectsList.url}')/items?$select=${encodeURIComponent(ROLLUP_SELECT.join(','))}&$top=5000`;
  const rows = await allPages(url);
  return { ms: performance.now() - t, rows: rows.length };
}

/** Project ids spread over the list: first, last, middle and two between. */
async function sampleProjects(siteUrl: string): Promise<number[]> {
  const api = `${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}/${ProjectsList.url}')/items?$select=Id&$top=1`;
  const first = ((await getJson(`${api}&$orderby=Id asc`)).value as Array<{ Id: number }>)[0].Id;
  const last = ((await getJson(`${api}&$orderby=Id desc`)).value as Array<{ Id: number }>)[0].Id;
  const at = (f: number): number => Math.round(first + (last - first) * f);
  return [first, at(0.25), at(0.5), at(0.75), last];
}

/** Published status reports on the site (stderr only: the scale the figures were measured at). */
async function reportCount(siteUrl: string): Promise<number> {
  const body = await getJson(`${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}/${StatusReportsList.url}')?$select=ItemCount`);
  return Number(body.ItemCount ?? 0);
}

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_CONTROLLING_PROJECTS ?? 5000);
  const keep = process.env.BENCH_CONTROLLING_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'pmo-bench-controlling-'));
  let lastLog = 0;
  const t0 = performance.now();
  const wb = await startWorkbench({
    port: 0, dataDir: dir, projects,
    onProgress: e => {
      const now = performance.now();
      if (now - lastLog > 10000 || e.done === e.total) { lastLog = now; log(`# ${e.phase} ${e.step}: ${e.done}/${e.total} (${Math.round((now - t0) / 1000)} s)`); }
    }
  });
  try {
    await wb.ready;
    log(`# site ready in ${Math.round((performance.now() - t0) / 1000)} s (${dir}); status reports: ${await reportCount(wb.siteUrl)}`);
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });
    let thresholdErrors = 0;

    const pageRequests: number[] = [];
    for (const id of await sampleProjects(wb.siteUrl)) {
      const probe = await withFetchProbe(true, () => createPmoServices(env, {}).controlling.getProjectPage(id));
      thresholdErrors += probe.thresholdErrors;
      pageRequests.push(probe.requests);
      log(`# project ${id}: ${probe.requests} request(s), ${probe.result.trend.length} report(s) in the trend, ${probe.result.milestones.length} milestone(s)`);
    }

    const verify = await withFetchProbe(true, () => createPmoServices(env, {}).controlling.getPortfolioControlling());
    thresholdErrors += verify.thresholdErrors;
    log(`# roll-up: ${verify.result.projects} running projects, ${verify.requests} request(s)`);
    const baseline = await bareRollup(wb.siteUrl);
    if (baseline.rows < projects) throw new Error(`the baseline read ${baseline.rows} projects, expected at least ${projects}`);

    const service: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = createPmoServices(env, {}).controlling;
      const t = performance.now();
      await s.getPortfolioControlling();
      service.push(performance.now() - t);
      bare.push((await bareRollup(wb.siteUrl)).ms);
    }
    log(`# roll-up data-ready ms (median of ${RUNS}): ${Math.round(median(service))}; bare fetch+parse ms: ${Math.round(median(bare))}`);

    process.stdout.write(`controlling.project_page_requests: ${Math.max(...pageRequests)}\n`);
    process.stdout.write(`controlling.rollup_ratio: ${(median(service) / median(bare)).toFixed(2)}\n`);
    process.stdout.write(`controlling.threshold_errors: ${thresholdErrors}\n`);
  } finally {
    await wb.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
