/**
 * Reliability and security as measured figures: `npm run bench -- reliability [--verbose]`.
 *
 * Starts its own in-memory workbench, provisioned and seeded by the demo seed (its fixed PRNG seed:
 * a second run holds the same data and prints the same figures), and runs each figure module of
 * bench/reliability/ through PMO Hub's real services and PnPjs over HTTP as the demo users of each
 * role. stdout gets the figure lines `name: value`, in the names; the tables per entity or
 * list go to stderr (or stdout with --verbose).
 *
 * BENCH_RELIABILITY_PROJECTS (default 12) sets the seed's size, BENCH_RELIABILITY_PAIRS (default
 * 1000) the conflicting edit pairs, BENCH_RELIABILITY_FAULT_RUNS (default 50) the runs of each write
 * journey under injected faults (BENCH_RELIABILITY_FAULT_JOURNEYS, e.g. `gate,request:`, only the journeys
 * whose names contain one of the parts), BENCH_RELIABILITY_KILLS (default 20) the killed PMO Setup runs,
 * BENCH_RELIABILITY_FUZZ_CASES (default 10000) the fuzz's form submissions (BENCH_RELIABILITY_FUZZ_FORMS:
 * only the named forms, e.g. `risk,training session`), BENCH_RELIABILITY_FIGURES (e.g. `conflicts`) runs
 * only the named figures (comma-separated; default all).
 */
import { SITE_PATH } from '../workbench';
import { ProjectsList } from '../src/schema/refs';
import { ROLE_USERS, SECOND_PMO_OFFICER, startReliabilitySite, type IReliabilitySite } from './reliability/site';
import type { IConflictContext } from './reliability/conflictEntities';
import { conflictFigures, conflictTable } from './reliability/conflicts';
import { permissionFigures, permissionTable } from './reliability/permissions';
import { faultFigures, faultTable } from './reliability/faults';
import { FAULT_JOURNEYS } from './reliability/faultJourneys';
import { xssFigures, xssTable } from './reliability/xss';
import { fuzzFigures, fuzzTable } from './reliability/fuzz';
import { provisioningFigures, provisioningTable } from './reliability/provisioning';

const OWNER = ROLE_USERS.pmoOwner;

/** The project the conflicts work in (the first active project of the demo project manager) and the requester. */
export async function conflictContext(site: IReliabilitySite): Promise<IConflictContext> {
  const sp = site.sp(OWNER);
  const me = await site.sp(ROLE_USERS.projectManager).web.currentUser.select('Id')<{ Id: number }>();
  const projects = await sp.web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.select('Id', 'LifecycleStatus', 'ProjectManagerId').filter(`ProjectManagerId eq ${me.Id}`).orderBy('Id').top(500)<Array<{ Id: number; LifecycleStatus?: string }>>();
  const project = projects.filter(p => p.LifecycleStatus === 'Active')[0] ?? projects[0];
  if (!project) throw new Error(`${ROLE_USERS.projectManager} manages no demo project`);
  return { projectId: project.Id, manager: ROLE_USERS.projectManager, pmo: SECOND_PMO_OFFICER, requester: ROLE_USERS.member };
}

/** One figure of the suite: its name (`reliability.<name>.*`) and how it runs on the site; its lines for stdout and its table. */
export interface IReliabilityFigure {
  name: string;
  run(site: IReliabilitySite): Promise<{ lines: string[]; table: string }>;
}

/** The figures, in the order they print. A new figure is a module of bench/reliability/ and one entry here. */
export const FIGURES: ReadonlyArray<IReliabilityFigure> = [
  {
    name: 'conflicts',
    run: async site => {
      const f = await conflictFigures(site, await conflictContext(site), Number(process.env.BENCH_RELIABILITY_PAIRS ?? 1000));
      return { lines: f.lines, table: conflictTable(f.rows) };
    }
  },
  {
    name: 'faults',
    run: async site => {
      const only = process.env.BENCH_RELIABILITY_FAULT_JOURNEYS;
      const journeys = FAULT_JOURNEYS.filter(j => !only || only.split(',').some(o => j.name.indexOf(o.trim()) >= 0));
      const f = await faultFigures(site, Number(process.env.BENCH_RELIABILITY_FAULT_RUNS ?? 50), journeys);
      return { lines: f.lines, table: faultTable(f.rows) };
    }
  },
  {
    name: 'permissions',
    run: async site => {
      const f = await permissionFigures(site);
      return { lines: f.lines, table: permissionTable(f) };
    }
  },
  {
    name: 'fuzz',
    run: async site => {
      const only = (process.env.BENCH_RELIABILITY_FUZZ_FORMS ?? '').split(',').map(x => x.trim()).filter(Boolean);
      const f = await fuzzFigures(site, Number(process.env.BENCH_RELIABILITY_FUZZ_CASES ?? 10000), { only: only.length ? only : undefined });
      return { lines: f.lines, table: fuzzTable(f.rows) };
    }
  },
  {
    // Its own workbench process: the pages need the local site (Vite), which this site does not serve.
    name: 'xss',
    run: async () => {
      const f = await xssFigures();
      for (const u of f.unsafe) process.stderr.write(`reliability.xss unsafe address: ${u}\n`);
      return { lines: f.lines, table: xssTable(f) };
    }
  },
  {
    // Workbench processes of its own on data folders: PMO Setup and the workbench are killed (SIGKILL).
    name: 'provisioning',
    run: async () => {
      const f = await provisioningFigures({
        runs: Number(process.env.BENCH_RELIABILITY_KILLS ?? 20),
        onRun: r => process.stderr.write(`# provisioning run ${r.run}: killed at request ${r.kill.request} (${r.kill.mode}), ${r.same ? 'same state' : 'DIFFERENT state'}, ${r.lost.length} items lost\n`)
      });
      return { lines: f.lines, table: provisioningTable(f) };
    }
  }
];

/** Runs the figures on a new site and prints them (stdout), the tables on stderr (stdout with --verbose). */
export async function run(): Promise<void> {
  const verbose = process.argv.indexOf('--verbose') >= 0;
  const only = (process.env.BENCH_RELIABILITY_FIGURES ?? '').split(',').map(x => x.trim()).filter(Boolean);
  const unknown = only.filter(n => !FIGURES.some(f => f.name === n));
  if (unknown.length) throw new Error(`Unknown reliability figure(s) ${unknown.join(', ')}. Available: ${FIGURES.map(f => f.name).join(', ')}`);
  const projects = Number(process.env.BENCH_RELIABILITY_PROJECTS ?? 12);
  const t0 = performance.now();
  const site = await startReliabilitySite(projects);
  try {
    process.stderr.write(`# site seeded with ${projects} projects in ${Math.round((performance.now() - t0) / 1000)} s\n`);
    for (const figure of FIGURES.filter(f => !only.length || only.indexOf(f.name) >= 0)) {
      const out = await figure.run(site);
      for (const l of out.lines) process.stdout.write(`${l}\n`);
      (verbose ? process.stdout : process.stderr).write(`${out.table}\n`);
    }
  } finally {
    await site.stop();
  }
}
