/**
 * The dashboard and the multi-project report at scale: `npm run bench -- dashboard`.
 *
 * A workbench seeded with 5,000 projects by the demo seed, StatusReports topped up to about 100,000
 * (copies of reports three years before their project's first one: the trend's periods keep their
 * reports) and the demo's KPI definitions (a database seeded before they had formulas gets the
 * current ones), prepared in this process. Then the emulator serves that database from a process of
 * its own (SharePoint is another machine: a view's time is the client's, and the emulator's work and
 * garbage do not land in it), and as a PMO officer:
 * - figures: the first dashboard view of the day takes the KPI figures (the lists read once,
 *   KpiSnapshots written) — time and requests to stderr;
 * - requests: one `getDashboard` of a new environment (what the Dashboard web part calls), counting
 *   its HTTP requests (the local site's digest included; in SharePoint the page supplies it);
 * - data ready: `getDashboard`'s time (median of 9) against a bare fetch + JSON.parse of the same rows
 *   (Projects' page and columns, the definitions, the settings, programmes, objectives, the figures'
 *   index and the parts of the six days, all at the same time, with plain fetch);
 * - pptx: `getReportData` for the first 100 running projects' filter (100 slides), then the
 *   multi-project deck built by the report documents' builders from it (median of 3; pptxgenjs takes
 *   its browser path, as in the builders' tests);
 * - threshold errors: every response of the cold and warm views and of the report data searched for
 *   SPQueryThrottledException.
 *
 * stdout gets exactly four lines:
 *   dashboard.requests: <n> (goal ≤ 4)
 *   dashboard.data_ready_ratio: <service ÷ bare> (goal ≤ 1.5)
 *   dashboard.pptx_ms_100_projects: <ms>
 *   dashboard.threshold_errors: <n> (goal 0)
 * Everything else goes to stderr.
 *
 * BENCH_DASHBOARD_PROJECTS (default 5000) sets the seed's size and BENCH_DASHBOARD_REPORTS (default
 * 100000) the status reports. BENCH_DASHBOARD_DIR keeps the database in that folder and reuses it;
 * when it has none yet and BENCH_CONTROLLING_DIR has one (the same seed), that one is copied there
 * first — never changed, since this bench adds rows.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { IWorkbench } from '../workbench';
import { seedItems } from '../workbench/emulator/testing';
import { kpiRows } from '../workbench/seed/lists/kpis';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import { DASHBOARD_PROJECT_SELECT, dayFilter } from '../src/services/DashboardService';
import { addDays, dayAt, UTC_TIME_ZONE } from '../src/domain/dates';
import { reportingPeriodEnds } from '../src/domain/kpi';
import { KpiDefinitionsList, KpiSnapshotsList, PmoHubConfigList, ProgrammesList, ProjectsList, StatusReportsList, StrategicObjectivesList } from '../src/schema';
import { labels } from '../src/components/Reports/documents/test-utils/reportFixtures';
import { median, withFetchProbe } from './support/fetchProbe';
import { allPages, getJson } from './support/listPages';
import { BENCH_DB, benchDatabaseDir, itemsUrl, listApi, startBenchWorkbench } from './support/benchSite';

const PMO = 'anna.schmidt@pmohub.demo';
const RUNS = 9;
const REPO = resolve(__dirname, '..');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const filter = (f: string): string => `&$filter=${encodeURIComponent(f)}`;

/** Replaces KPI definitions without a formula (a database seeded before they had one) by the demo's. */
async function currentKpis(wb: IWorkbench): Promise<void> {
  const sp = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  const items = sp.web.getList(`/sites/pmo/${KpiDefinitionsList.url}`).items;
  const rows = (await items.select('Id', 'KpiFormula').top(500)()) as Array<{ Id: number; KpiFormula: string | null }>;
  if (rows.length > 0 && rows.every(r => r.KpiFormula)) return;
  for (const r of rows) await items.getById(r.Id).delete();
  seedItems(wb.emulator, 'KPI definitions', kpiRows('en').map(r => r.values as Record<string, unknown>));
  log(`# KPI definitions replaced by the demo's (${kpiRows('en').length})`);
}

/** Adds status reports until the list has `target`: copies of existing ones, three years before their project's first report. */
async function topUp(wb: IWorkbench, target: number): Promise<number> {
  const count = Number((await getJson(`${listApi(wb.siteUrl, StatusReportsList.url)}?$select=ItemCount`, PMO)).ItemCount ?? 0);
  if (count >= target) return count;
  const SR = StatusReportsList.fields;
  const reports = await allPages(itemsUrl(wb.siteUrl, StatusReportsList.url, [SR.Id, 'ProjectId', SR.ReportDate, SR.RagOverall, SR.PlannedValue, SR.EarnedValue, SR.ActualCost]), PMO);
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; rows.length < target - count; i = (i + 1) % reports.length) {
    const r = reports[i];
    const day = new Date(Date.parse(String(r.ReportDate)) - 3 * 365 * 86400000 - Math.floor(i / reports.length) * 30 * 86400000).toISOString();
    rows.push({ Title: `Archived report ${rows.length + 1}`, ProjectId: r.ProjectId, ReportDate: day, ReportStatus: 'Published', RagOverall: r.RagOverall, PlannedValue: r.PlannedValue, EarnedValue: r.EarnedValue, ActualCost: r.ActualCost });
  }
  for (let k = 0; k < rows.length; k += 10000) seedItems(wb.emulator, 'Status reports', rows.slice(k, k + 10000));
  log(`# status reports: ${count} + ${rows.length}`);
  return count + rows.length;
}

/** The baseline: the same rows as a warm getDashboard with plain fetch and JSON.parse, all at the same time; ms. */
async function bareFetch(siteUrl: string, days: ReadonlyArray<string>): Promise<number> {
  const t = performance.now();
  const page = (url: string): Promise<unknown> => getJson(url, PMO);
  const S = KpiSnapshotsList.fields;
  const C = PmoHubConfigList.fields;
  await Promise.all([
    page(`${itemsUrl(siteUrl, ProjectsList.url, DASHBOARD_PROJECT_SELECT)}&$expand=ProjectManager`),
    page(`${listApi(siteUrl, ProjectsList.url)}?$select=ItemCount`),
    page(itemsUrl(siteUrl, KpiDefinitionsList.url, ['Id', 'Code', 'Title', 'Summary', 'KpiFormula', 'Unit', 'HigherIsBetter', 'GreenThreshold', 'AmberThreshold', 'IsActive'])),
    ...['Dashboard.Configuration', 'Controlling.ReportDimensions', 'Governance.RiskThresholds'].map(k => page(itemsUrl(siteUrl, PmoHubConfigList.url, [C.ConfigKey, C.ConfigValue], filter(`ConfigKey eq '${k}'`)))),
    page(itemsUrl(siteUrl, ProgrammesList.url, ['Id', 'Title'])),
    page(itemsUrl(siteUrl, StrategicObjectivesList.url, ['Id', 'Title', 'ObjectiveStatus'])),
    page(itemsUrl(siteUrl, KpiSnapshotsList.url, [S.Id, S.SnapshotKey, S.SnapshotParts], filter(`SnapshotPart eq 0 and SnapshotKey ge '${addDays(days[0], -1)}'`))),
    ...days.map(d => page(itemsUrl(siteUrl, KpiSnapshotsList.url, [S.Id, S.KpiFiguresJson], filter(dayFilter(d)))))
  ]);
  return performance.now() - t;
}

/** Builds the multi-project deck with pptxgenjs on its browser path (as the builders' tests run it); ms. */
async function deckMs(data: Parameters<typeof import('../src/components/Reports/documents')['buildPortfolioReportPptx']>[0]): Promise<{ ms: number; bytes: number }> {
  const release = process.release;
  Object.defineProperty(process, 'release', { value: { ...release, name: 'browser' }, configurable: true });
  try {
    const { buildPortfolioReportPptx } = await import('../src/components/Reports/documents');
    const t = performance.now();
    const file = await buildPortfolioReportPptx(data, labels, { locale: 'en-gb', timeZone: 'Europe/Berlin' });
    const ms = performance.now() - t;
    return { ms, bytes: (file.content as unknown as { byteLength?: number; size?: number }).byteLength ?? (file.content as unknown as { size: number }).size };
  } finally {
    Object.defineProperty(process, 'release', { value: release, configurable: true });
  }
}

/** The emulator in its own process on the prepared database (SharePoint is another machine: a view's time is the client's); stopped with `stop`. */
async function emulatorProcess(db: string): Promise<{ siteUrl: string; graphUrl: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--disable-warning=ExperimentalWarning', join(REPO, 'workbench', 'emulator', 'main.ts'), '--port', '0', '--db', db], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'inherit']
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', code => reject(new Error(`The emulator stopped (${code})`)));
  });
  const urls = JSON.parse(line) as { siteUrl: string; graphUrl: string };
  return {
    ...urls,
    stop: () => new Promise<void>(resolve => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    })
  };
}

/** Prepares the site in this process: provisioned and seeded (or upgraded), the demo's KPI definitions, the status reports topped up. */
async function prepare(dir: string, projects: number, target: number): Promise<void> {
  const { wb, startedAt: t0 } = await startBenchWorkbench(dir, projects);
  try {
    await wb.ready;
    await currentKpis(wb);
    const reports = await topUp(wb, target);
    log(`# site ready in ${Math.round((performance.now() - t0) / 1000)} s (${dir}); ${reports} status reports`);
  } finally {
    await wb.stop();
  }
}

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_DASHBOARD_PROJECTS ?? 5000);
  const target = Number(process.env.BENCH_DASHBOARD_REPORTS ?? 100000);
  const { dir, keep } = benchDatabaseDir('BENCH_DASHBOARD_DIR', 'BENCH_CONTROLLING_DIR', 'pmo-bench-dashboard-');
  await prepare(dir, projects, target);
  const site = await emulatorProcess(join(dir, BENCH_DB));
  try {
    const env = (): ReturnType<typeof localEnvironment> => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: PMO });

    const t1 = performance.now();
    const cold = await withFetchProbe(true, () => createPmoServices(env(), {}).dashboard.getDashboard());
    log(`# first view of the day: ${Math.round(performance.now() - t1)} ms, ${cold.requests} requests (the figures taken unless an earlier run took them), ${cold.result.kpis.length} KPIs, periods ${cold.result.periods.join(', ')}`);
    const warm = await withFetchProbe(true, () => createPmoServices(env(), {}).dashboard.getDashboard());
    const d = warm.result;
    log(`# view: ${d.projectCount} projects, ${d.kpis.length} KPIs (${d.kpis.filter(k => k.result.kind === 'noData').length} without data), ${warm.requests} request(s)`);
    for (const k of d.kpis) log(`#   ${k.definition.code} ${k.result.kind === 'value' ? k.result.value.toFixed(2) : k.result.reason} ${k.status} ${k.trend.direction}`);

    const days = reportingPeriodEnds(dayAt(Date.now(), UTC_TIME_ZONE.iana));
    const service: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = createPmoServices(env(), {}).dashboard;
      await s.getDashboard({ departments: ['__warm-up__'] }).catch(() => undefined);
      const t = performance.now();
      await s.getDashboard();
      service.push(performance.now() - t);
      bare.push(await bareFetch(site.siteUrl, days));
    }
    log(`# data-ready ms (median of ${RUNS}): ${Math.round(median(service))}; bare fetch+parse ms: ${Math.round(median(bare))}`);

    const report = await withFetchProbe(true, () => createPmoServices(env(), {}).dashboard.getReportData({ kind: 'filter', filters: { statuses: ['Active'] } }, {
      title: 'Portfolio report', scope: 'Running projects', locale: 'en-gb', maxProjectSlides: 100,
      formatKpi: k => ({ name: k.definition.name, value: k.result.kind === 'value' ? k.result.value.toFixed(2) : 'No data', status: k.status, trend: k.trend.direction })
    }));
    const data = report.result;
    log(`# report data: ${data.overview.length} overview rows, ${data.projects.length} project slides, ${report.requests} requests`);
    const decks: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const deck = await deckMs(data);
      decks.push(deck.ms);
      bytes = deck.bytes;
    }
    log(`# deck ms (median of 3): ${Math.round(median(decks))} (${bytes} bytes)`);

    process.stdout.write(`dashboard.requests: ${warm.requests}\n`);
    process.stdout.write(`dashboard.data_ready_ratio: ${(median(service) / median(bare)).toFixed(2)}\n`);
    process.stdout.write(`dashboard.pptx_ms_100_projects: ${Math.round(median(decks))}\n`);
    process.stdout.write(`dashboard.threshold_errors: ${cold.thresholdErrors + warm.thresholdErrors + report.thresholdErrors}\n`);
  } finally {
    await site.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
