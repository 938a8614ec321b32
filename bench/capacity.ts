/**
 * Resource capacity at scale: `npm run bench -- capacity`.
 *
 * A workbench seeded with 5,000 projects by the demo seed, whose Assignments are topped up to about
 * 100,000 rows (rows of existing projects, roles and months from January 2026 to December 2027, most
 * of them committed: some 8,000 rows a month in the year shown, more than an indexed month query may
 * match). Then, as a PMO officer, for the twelve months from November 2026:
 * - requests: CapacityService.getCapacityData (what the Capacity web part calls), counting its HTTP
 *   requests (the local site's digest included; in SharePoint the page supplies it);
 * - threshold errors: every response of that call searched for SPQueryThrottledException;
 * - aggregate: buildHeatMap (roles, committed and proposed) + overAllocations alone, median of 9;
 * - data ready: getCapacityData's time (median of 9) against a bare fetch + JSON.parse of the same
 *   rows and columns (plain fetch of the same queries, Assignments' pages by ID at the same time).
 *
 * stdout gets exactly four lines:
 *   capacity.requests: <n> (goal ≤ ceil(rows ÷ 5,000) + 2)
 *   capacity.aggregate_ms: <ms> (goal ≤ 100)
 *   capacity.data_ready_ratio: <service ÷ bare> (goal ≤ 1.5)
 *   capacity.threshold_errors: <n> (goal 0)
 * Everything else goes to stderr.
 *
 * BENCH_CAPACITY_PROJECTS (default 5000) sets the seed's size and BENCH_CAPACITY_ROWS (default 100000)
 * the Assignments rows. BENCH_CAPACITY_DIR keeps the database in that folder and reuses it; when it
 * has none yet and BENCH_CONTROLLING_DIR has one (the same seed), that one is copied there first —
 * never changed, since this bench adds rows.
 */
import { rmSync } from 'node:fs';
import type { IWorkbench } from '../workbench';
import { seedItems } from '../workbench/emulator/testing';
import { localEnvironment } from '../src/services/environment';
import { createPmoServices } from '../src/services';
import { ASSIGNMENT_SELECT } from '../src/services/capacityAssignments';
import { ABSENCE_SELECT, PERSON_SELECT, ROLE_SELECT } from '../src/services/capacityPool';
import { buildHeatMap, overAllocations, UNDECIDED_INTAKE_STATES, type HeatDimension } from '../src/domain/capacity';
import { writeDateOnly } from '../src/domain/dates';
import { AbsencesList, AssignmentsList, PmoHubConfigList, ProjectRequestsList, ProjectsList, ResourcesList, RolesList } from '../src/schema';
import { median, withFetchProbe } from './support/fetchProbe';
import { allPages, getJson } from './support/listPages';
import { benchDatabaseDir, itemsUrl, listApi, startBenchWorkbench } from './support/benchSite';

const PMO = 'anna.schmidt@pmohub.demo';
const RUNS = 9;
const FIRST = '2026-11';
const COUNT = 12;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Adds Assignments rows until the list has `target` (rows of existing projects and roles, 2026–2027, 85 % committed). */
async function topUp(wb: IWorkbench, target: number): Promise<number> {
  const count = Number((await getJson(`${listApi(wb.siteUrl, AssignmentsList.url)}?$select=ItemCount`, PMO)).ItemCount ?? 0);
  if (count >= target) return count;
  const projects = (await allPages(itemsUrl(wb.siteUrl, ProjectsList.url, ['Id']), PMO)).map(p => Number(p.Id));
  const roles = (await allPages(itemsUrl(wb.siteUrl, RolesList.url, ['Id']), PMO)).map(r => Number(r.Id));
  const zone = await localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).siteTimeZone.get();
  const months = Array.from({ length: 24 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`).map(d => writeDateOnly(d, zone));
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let done = count; done < target;) {
    const chunk = Math.min(10000, target - done);
    seedItems(wb.emulator, 'Assignments', Array.from({ length: chunk }, (_, i) => ({
      Title: `Bench ${done + i}`, ProjectId: projects[next(projects.length)], ResourceRoleId: roles[next(roles.length)], Month: months[next(months.length)],
      DemandDays: 1 + next(19) / 2, DemandState: next(100) < 85 ? 'Committed' : 'Proposed'
    })));
    done += chunk;
    log(`# assignments: ${done}/${target}`);
  }
  return target;
}

/** The baseline: the same queries as getCapacityData with plain fetch and JSON.parse (Assignments' pages by ID at the same time); ms. */
async function bareFetch(siteUrl: string, maxId: number): Promise<{ ms: number; assignments: number }> {
  const t = performance.now();
  const after = Array.from({ length: Math.ceil(maxId / 5000) }, (_, k) => k * 5000);
  const page = (url: string): Promise<Array<Record<string, unknown>>> => getJson(url, PMO).then(b => b.value as Array<Record<string, unknown>>);
  const states = [...UNDECIDED_INTAKE_STATES, 'Approved'];
  const [assignments] = await Promise.all([
    Promise.all(after.map(a => page(itemsUrl(siteUrl, AssignmentsList.url, ASSIGNMENT_SELECT, a ? `&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${a}`)}` : '')))).then(ps => ps.flat()),
    page(itemsUrl(siteUrl, RolesList.url, ROLE_SELECT, '&$filter=IsActive eq 1')),
    page(itemsUrl(siteUrl, ResourcesList.url, PERSON_SELECT)),
    page(itemsUrl(siteUrl, AbsencesList.url, ABSENCE_SELECT, `&$filter=${encodeURIComponent("EndDate ge datetime'2026-10-31T00:00:00Z'")}`)),
    page(itemsUrl(siteUrl, ProjectsList.url, ['Id', 'Title'])),
    ...states.map(s => page(itemsUrl(siteUrl, ProjectRequestsList.url, ['Id', 'Title', 'ResourceDemandJson', 'ProjectId'], `&$filter=${encodeURIComponent(`IntakeState eq '${s}'`)}`))),
    page(itemsUrl(siteUrl, PmoHubConfigList.url, ['Id', 'ConfigValue'], `&$filter=${encodeURIComponent("ConfigKey eq 'Capacity.Settings'")}`))
  ]);
  return { ms: performance.now() - t, assignments: assignments.length };
}

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_CAPACITY_PROJECTS ?? 5000);
  const target = Number(process.env.BENCH_CAPACITY_ROWS ?? 100000);
  const { dir, keep } = benchDatabaseDir('BENCH_CAPACITY_DIR', 'BENCH_CONTROLLING_DIR', 'pmo-bench-capacity-');
  const { wb, startedAt: t0 } = await startBenchWorkbench(dir, projects);
  try {
    await wb.ready;
    const rows = await topUp(wb, target);
    const maxId = Number(((await getJson(`${itemsUrl(wb.siteUrl, AssignmentsList.url, ['Id'])}&$orderby=Id desc`.replace('$top=5000', '$top=1'), PMO)).value as Array<{ Id: number }>)[0].Id);
    log(`# site ready in ${Math.round((performance.now() - t0) / 1000)} s (${dir}); ${rows} assignments (highest id ${maxId})`);
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO });

    const verify = await withFetchProbe(true, () => createPmoServices(env, {}).capacity.getCapacityData(FIRST, COUNT));
    const data = verify.result;
    log(`# getCapacityData: ${data.demand.length} demand entries of ${data.months.length} months, ${data.pool.roles.length} roles, ${data.pool.people.length} people, ${data.absences.length} absences; ${verify.requests} request(s)`);

    const aggregate: Record<HeatDimension, number[]> = { role: [], team: [], person: [] };
    const cpu: number[] = [];
    let over = 0;
    for (let i = 0; i < RUNS; i++) {
      for (const dimension of ['role', 'team', 'person'] as const) {
        const c0 = process.cpuUsage();
        const t = performance.now();
        const heat = buildHeatMap({ pool: data.pool, demand: data.demand, months: data.months, dimension, includeProposed: true, settings: data.settings });
        over = overAllocations(heat, data.settings).length;
        aggregate[dimension].push(performance.now() - t);
        const c = process.cpuUsage(c0);
        if (dimension === 'role') cpu.push((c.user + c.system) / 1000);
      }
    }
    // CPU time as well: on a shared machine the wall-clock time also counts waiting for a core.
    log(`# aggregate ms (median of ${RUNS}): roles ${median(aggregate.role).toFixed(1)} (CPU ${median(cpu).toFixed(1)}), teams ${median(aggregate.team).toFixed(1)}, people ${median(aggregate.person).toFixed(1)}; ${over} over-allocated cells (people)`);

    const service: number[] = [];
    const bare: number[] = [];
    let bareRows = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: PMO }), {}).capacity;
      const t = performance.now();
      await s.getCapacityData(FIRST, COUNT);
      service.push(performance.now() - t);
      const b = await bareFetch(wb.siteUrl, maxId);
      bare.push(b.ms);
      bareRows = b.assignments;
    }
    log(`# data-ready ms (median of ${RUNS}): ${Math.round(median(service))}; bare fetch+parse ms: ${Math.round(median(bare))} (${bareRows} assignment rows)`);
    log(`# goal for requests: ceil(${rows} / 5000) + 2 = ${Math.ceil(rows / 5000) + 2}`);

    process.stdout.write(`capacity.requests: ${verify.requests}\n`);
    process.stdout.write(`capacity.aggregate_ms: ${median(aggregate.role).toFixed(1)}\n`);
    process.stdout.write(`capacity.data_ready_ratio: ${(median(service) / median(bare)).toFixed(2)}\n`);
    process.stdout.write(`capacity.threshold_errors: ${verify.thresholdErrors}\n`);
  } finally {
    await wb.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
