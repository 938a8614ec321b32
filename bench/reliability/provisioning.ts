/**
 * `reliability.provisioning`: PMO Setup killed at random moments, then run again.
 *
 * An existing PMO site (./provisioningBase.ts: schema v1 with projects, requests, risks and status
 * reports) lives in a workbench on a data folder (SQLite on disk). A clean run of PMO Setup upgrades
 * a copy of it to the current schema; its final state (./provisioningState.ts: lists, columns,
 * views, groups and members, permission levels and role assignments of the site, lists and items,
 * pages, every item) is the reference. Then, for each of `runs` runs (a seeded PRNG picks where),
 * another copy is set up by a run that, at its n-th request, SIGKILLs the workbench and itself,
 * either once the workbench answered the request or while the workbench holds it. The workbench is
 * started again on the same data, PMO Setup runs again to the end, and the final state is compared
 * with the reference.
 *
 * Lines: `reliability.provisioning.same_state` (runs whose final state equals the clean run's; goal:
 * all) and `reliability.provisioning.items_lost` (items of the existing lists, over all runs, that are
 * missing or changed afterwards where the clean run kept them; goal 0).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localEnvironment } from '../../src/services/environment';
import { siteOwner } from '../../workbench/directory';
import { Rng } from '../../workbench/seed/prng';
import { BASE_SIZE, createV1Site, type IBaseSize } from './provisioningBase';
import { runSetupProcess, startWorkbenchProcess, type IKillPoint, type IWorkbenchProcess } from './provisioningProcesses';
import { canonicalJson, differingPaths, readItems, readProvisionedState, type IProvisionedState, type ItemValues } from './provisioningState';
import { ProjectRequestsList, ProjectsList, RisksList, StatusReportsList } from '../../src/schema/refs';

/** The file the workbench keeps its site in, under its data folder (with SQLite's WAL files beside it). */
const DB_FILE: string = 'pmo-site.sqlite';

/** One killed run and its rerun. */
export interface IProvisioningRunRow {
  run: number;
  kill: IKillPoint;
  /** Whether the kill happened (the run reached the request) and ended both processes. */
  killed: boolean;
  /** Changes the rerun made to finish the site; undefined when it failed. */
  rerunChanges?: number;
  /** The rerun's error, when it failed. */
  failure?: string;
  same: boolean;
  /** First paths where the final state differs from the clean run's. */
  differences: string[];
  /** Items of the existing lists missing or changed (`<list>/<id>`). */
  lost: string[];
}

/** The figure's lines and what it measured. */
export interface IProvisioningFigures {
  lines: string[];
  rows: IProvisioningRunRow[];
  /** The clean run: requests and changes, the second run's changes (0: idempotent), items before. */
  clean: { requests: number; changes: number; secondRunChanges: number; items: number };
}

/** Options of the figure. */
export interface IProvisioningOptions {
  /** Killed runs (default 20). */
  runs: number;
  /** PRNG seed of the existing site's items and the kill points. */
  seed?: number;
  /** The existing site's size. */
  size?: IBaseSize;
  /** Called after each run (progress on stderr). */
  onRun?: (row: IProvisioningRunRow) => void;
}

function copySite(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const file = path.join(from, DB_FILE + suffix);
    if (existsSync(file)) copyFileSync(file, path.join(to, DB_FILE + suffix));
  }
}

function ownerSp(wb: IWorkbenchProcess): ReturnType<typeof localEnvironment>['sp'] {
  return localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: siteOwner.userPrincipalName, locale: 'en-us' }).sp;
}

/** The v1 lists whose items must survive every run. */
const EXISTING_LISTS: ReadonlyArray<string> = [ProjectsList.url, ProjectRequestsList.url, RisksList.url, StatusReportsList.url];

/**
 * Items of `before` that are missing from `after` or changed there (in the values they had before),
 * measured against `reference` (the clean run's items): an item the clean run's upgrade moved away
 * (a draft report to its own list) is not lost when the run moved it too.
 */
export function lostAgainst(before: ItemValues, reference: ItemValues, after: ItemValues): string[] {
  const lost: string[] = [];
  for (const list of Object.keys(before).sort()) {
    for (const id of Object.keys(before[list])) {
      const ref = reference[list]?.[id];
      const now = after[list]?.[id];
      if (!ref && !now) continue;
      if (!ref || !now || Object.keys(before[list][id]).some(k => canonicalJson(ref[k]) !== canonicalJson(now[k]))) lost.push(`${list}/${id}`);
    }
  }
  return lost;
}

/** Builds the existing site in `dir` (a blank workbench, schema v1 and its items), stopped cleanly. */
async function buildBase(dir: string, seed: number, size: IBaseSize): Promise<void> {
  const wb = await startWorkbenchProcess(dir);
  try {
    await createV1Site(wb.siteUrl, wb.graphUrl, seed, size);
  } finally {
    await wb.stop();
  }
}

/** Sets up the site in `dir` with PMO Setup to the end; throws when the run fails. */
async function setUpToEnd(wb: IWorkbenchProcess): Promise<{ changes: number; requests: number }> {
  const outcome = await runSetupProcess(wb);
  if (outcome.kind !== 'done') throw new Error(`PMO Setup failed: ${outcome.kind === 'failed' ? outcome.message : 'killed'}`);
  return outcome;
}

async function cleanRun(dir: string): Promise<{ state: IProvisionedState; before: ItemValues; clean: IProvisioningFigures['clean'] }> {
  const wb = await startWorkbenchProcess(dir);
  try {
    const webUrl = new URL(wb.siteUrl).pathname;
    const before = await readItems(ownerSp(wb), webUrl, EXISTING_LISTS);
    const first = await setUpToEnd(wb);
    const state = await readProvisionedState(ownerSp(wb), wb.siteUrl);
    const second = await setUpToEnd(wb);
    const items = EXISTING_LISTS.reduce((n, l) => n + Object.keys(before[l] ?? {}).length, 0);
    return { state, before, clean: { requests: first.requests, changes: first.changes, secondRunChanges: second.changes, items } };
  } finally {
    await wb.stop();
  }
}

async function killedRun(dir: string, run: number, kill: IKillPoint, reference: IProvisionedState, before: ItemValues): Promise<IProvisioningRunRow> {
  const first = await startWorkbenchProcess(dir);
  const outcome = await runSetupProcess(first, kill);
  if (outcome.kind !== 'killed') await first.stop();
  const row: IProvisioningRunRow = { run, kill, killed: outcome.kind === 'killed', same: false, differences: [], lost: [] };
  const wb = await startWorkbenchProcess(dir);
  try {
    const rerun = await runSetupProcess(wb);
    if (rerun.kind === 'done') row.rerunChanges = rerun.changes;
    else row.failure = rerun.kind === 'failed' ? rerun.message : 'killed';
    const state = await readProvisionedState(ownerSp(wb), wb.siteUrl);
    row.differences = differingPaths(reference, state, 8);
    row.same = !row.failure && row.killed && canonicalJson(state) === canonicalJson(reference);
    row.lost = lostAgainst(before, reference.items, state.items);
  } finally {
    await wb.stop();
  }
  return row;
}

/** Runs the figure (see the module comment); every workbench and data folder it made is gone afterwards. */
export async function provisioningFigures(options: IProvisioningOptions): Promise<IProvisioningFigures> {
  const seed = options.seed ?? 16;
  const root = mkdtempSync(path.join(tmpdir(), 'pmo-provisioning-'));
  try {
    const base = path.join(root, 'base');
    await buildBase(base, seed, options.size ?? BASE_SIZE);
    const cleanDir = path.join(root, 'clean');
    copySite(base, cleanDir);
    const { state: reference, before, clean } = await cleanRun(cleanDir);
    const rng = new Rng(seed).fork('kills');
    const rows: IProvisioningRunRow[] = [];
    for (let run = 1; run <= options.runs; run++) {
      const kill: IKillPoint = { request: rng.int(1, clean.requests - 1), mode: rng.chance(0.5) ? 'inflight' : 'answered' };
      const dir = path.join(root, `run-${run}`);
      copySite(base, dir);
      const row = await killedRun(dir, run, kill, reference, before);
      rmSync(dir, { recursive: true, force: true });
      rows.push(row);
      options.onRun?.(row);
    }
    const lost = rows.reduce((n, r) => n + r.lost.length, 0);
    return { lines: [`reliability.provisioning.same_state: ${rows.filter(r => r.same).length}`, `reliability.provisioning.items_lost: ${lost}`], rows, clean };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The table of the runs: where each was killed, what the rerun did, and what differs. */
export function provisioningTable(f: IProvisioningFigures): string {
  const head = `# clean run: ${f.clean.requests} requests, ${f.clean.changes} changes; a second run: ${f.clean.secondRunChanges} changes; ${f.clean.items} items in the existing lists`;
  const lines = [head, 'run | killed at request | killed | rerun changes | same state | items lost | differences'];
  for (const r of f.rows) {
    const what = r.failure ? `rerun failed: ${r.failure}` : r.differences.join(', ');
    lines.push(`${r.run} | ${r.kill.request} (${r.kill.mode}) | ${r.killed ? 'yes' : 'no'} | ${r.rerunChanges ?? '-'} | ${r.same ? 'yes' : 'NO'} | ${r.lost.length} | ${what}`);
  }
  return lines.join('\n');
}
