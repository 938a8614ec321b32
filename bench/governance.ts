/**
 * The portfolio's RAID roll-up at scale: `npm run bench -- governance`.
 *
 * A workbench on a temporary SQLite file, seeded with 5,000 projects by the demo seed (about 5 risks
 * and 3 issues per running project: some 20,000 risks and 15,000 issues, far above the list view
 * threshold). Then, as a PMO officer:
 * - requests: RaidService.getPortfolioRaid (what the portfolio's RAID view calls) without a filter,
 *   counting its HTTP requests;
 * - threshold errors: every response of a verification pass (no filter; a programme, a department,
 *   a project manager) searched for SPQueryThrottledException;
 * - roll-up: data-ready time (median of 9) against a bare fetch + JSON.parse of the same rows and
 *   columns of Projects, Risks and Issues (plain fetch, paged as SharePoint pages, the three lists at
 *   the same time as the service reads them).
 *
 * stdout gets exactly three lines:
 *   governance.portfolio_risk_requests: <requests of one unfiltered roll-up>
 *   governance.rollup_ratio: <roll-up data-ready ÷ bare fetch+parse>      (goal ≤ 1.5)
 *   governance.threshold_errors: <n>                                      (goal 0)
 * Everything else goes to stderr.
 *
 * BENCH_GOVERNANCE_PROJECTS (default 5000) sets the size; BENCH_GOVERNANCE_DIR (else
 * BENCH_CONTROLLING_DIR: the seed is the same) keeps the seeded database in that folder and reuses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench } from '../workbench';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import type { IPortfolioRaidFilter } from '../src/services/RaidService';
import { RAID_ISSUE_SELECT, RAID_PROJECT_SELECT, RAID_RISK_SELECT } from '../src/services/RaidService';
import { IssuesList, lookupId, ProjectsList, RisksList } from '../src/schema';
import { median, withFetchProbe } from './support/fetchProbe';
import { allPages as allPagesAs } from './support/listPages';

const PMO = 'anna.schmidt@pmohub.demo';
const RUNS = 9;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The rows of a list URL as the PMO, following SharePoint's next links. */
function allPages(first: string): Promise<Array<Record<string, unknown>>> {
  return allPagesAs(first, PMO);
}

function itemsUrl(siteUrl: string, listUrl: string, select: ReadonlyArray<string>): string {
  return `${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}/${listUrl}')/items?$select=${encodeURIComponent(select.join(','))}&$top=5000`;
}

/** The baseline: the roll-up's rows and columns of the three lists with plain fetch and JSON.parse; ms and rows. */
async function bareRollup(siteUrl: string): Promise<{ ms: number; projects: Array<Record<string, unknown>>; risks: number; issues: number }> {
  const t = performance.now();
  const [projects, risks, issues] = await Promise.all([
    allPages(itemsUrl(siteUrl, ProjectsList.url, RAID_PROJECT_SELECT)),
    allPages(itemsUrl(siteUrl, RisksList.url, RAID_RISK_SELECT)),
    allPages(itemsUrl(siteUrl, IssuesList.url, RAID_ISSUE_SELECT))
  ]);
  return { ms: performance.now() - t, projects, risks: risks.length, issues: issues.length };
}

/** Filters the portfolio offers, taken from the Projects rows: the largest programme, a department, a project manager. */
function sampleFilters(projects: ReadonlyArray<Record<string, unknown>>): Array<[string, IPortfolioRaidFilter]> {
  const most = <T>(values: Array<T | undefined>): T | undefined => {
    const counts = new Map<T, number>();
    for (const v of values) if (v !== undefined && v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const P = ProjectsList.fields;
  const programme = most(projects.map(p => p[lookupId(P.Programme)] as number | undefined));
  const department = most(projects.map(p => p[P.Department] as string | undefined));
  const pm = most(projects.map(p => p[lookupId(P.ProjectManager)] as number | undefined));
  return [
    ['programme', { programmeIds: programme !== undefined ? [programme] : [] }],
    ['department', { departments: department !== undefined ? [department] : [] }],
    ['project manager', { projectManagerIds: pm !== undefined ? [pm] : [] }]
  ];
}

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_GOVERNANCE_PROJECTS ?? 5000);
  const keep = process.env.BENCH_GOVERNANCE_DIR ?? process.env.BENCH_CONTROLLING_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'pmo-bench-governance-'));
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
    const baseline = await bareRollup(wb.siteUrl);
    log(`# site ready in ${Math.round((performance.now() - t0) / 1000)} s (${dir}); projects ${baseline.projects.length}, risks ${baseline.risks}, issues ${baseline.issues}`);
    if (baseline.projects.length < projects) throw new Error(`the baseline read ${baseline.projects.length} projects, expected at least ${projects}`);
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });

    const verify = await withFetchProbe(true, () => createPmoServices(env, {}).raid.getPortfolioRaid());
    let thresholdErrors = verify.thresholdErrors;
    log(`# roll-up: ${verify.result.projects} running projects, ${verify.result.heatMap.total} open risks, ${verify.result.issuesByAge.total} open issues, ${verify.requests} request(s)`);
    for (const [name, filter] of sampleFilters(baseline.projects)) {
      const probe = await withFetchProbe(true, () => createPmoServices(env, {}).raid.getPortfolioRaid(filter));
      thresholdErrors += probe.thresholdErrors;
      log(`# filtered by ${name}: ${probe.result.projects} projects, ${probe.result.heatMap.total} open risks, ${probe.requests} request(s)`);
    }

    const service: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = createPmoServices(env, {}).raid;
      const t = performance.now();
      await s.getPortfolioRaid();
      service.push(performance.now() - t);
      bare.push((await bareRollup(wb.siteUrl)).ms);
    }
    log(`# roll-up data-ready ms (median of ${RUNS}): ${Math.round(median(service))}; bare fetch+parse ms: ${Math.round(median(bare))}`);

    process.stdout.write(`governance.portfolio_risk_requests: ${verify.requests}\n`);
    process.stdout.write(`governance.rollup_ratio: ${(median(service) / median(bare)).toFixed(2)}\n`);
    process.stdout.write(`governance.threshold_errors: ${thresholdErrors}\n`);
  } finally {
    await wb.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
