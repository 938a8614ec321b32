/**
 * reliability.faults: every write journey of every web part, run through PMO Hub's services (as the
 * screens call them, with the product's retry policy) as the role that has it, while the workbench
 * answers 20 % of the requests 429 (with Retry-After) and 5 % 503, decided before any work is done,
 * as SharePoint throttles. Each journey runs twice without faults (the second run is its reference:
 * which lists gain or lose how many items), then `runs` times with fresh inputs under faults; after each run, with the
 * faults off, the lists are counted and the journey's own checks read what it changed.
 *
 * - completed_pct: runs that returned without throwing, in % of all runs;
 * - duplicates: items written more than once (a list gained more items than the reference run);
 * - partial_writes: runs that left part of their writes (a list gained fewer items than the
 *   reference, or the journey's check finds a change missing), whether or not the run threw; a run
 *   that threw and wrote nothing is not partial (all or nothing).
 */
import type { IReliabilitySite } from './site';
import { FAULT_JOURNEYS } from './faultJourneys';
import { journeyContext, type IFaultJourney, type IJourneyContext } from './faultJourneyKit';

/** The faults injected while a journey runs: the rates; Retry-After 0 s (sent, but not waited for, so 2,000 runs take minutes). */
export const BENCH_FAULTS = { rate429: 0.2, rate503: 0.05, retryAfterSeconds: 0 } as const;

/** One journey's outcome over its runs. */
export interface IFaultRow { journey: string; webPart: string; role: string; runs: number; completed: number; duplicates: number; partial: number; injected: number; failures: string[] }

/** The figure's lines and the outcome per journey. */
export interface IFaultFigures { lines: string[]; rows: IFaultRow[] }

/** Sets the workbench's fault injection at runtime (its HTTP endpoint, as the Workbench page does). */
export async function setFaults(site: IReliabilitySite, faults: Record<string, number>): Promise<void> {
  const res = await fetch(`${site.wb.url}/_workbench/faults`, { method: 'POST', body: JSON.stringify(faults), headers: { 'Content-Type': 'application/json' } });
  if (res.status !== 200) throw new Error(`the workbench refused the fault settings: ${res.status} ${await res.text()}`);
}

/** The faults the workbench injected so far (429 + 503). */
async function injectedSoFar(site: IReliabilitySite): Promise<number> {
  const h = (await (await fetch(`${site.wb.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> };
  return (h.injectedFaults['429'] ?? 0) + (h.injectedFaults['503'] ?? 0);
}

/** Items per list of the site (web-relative URL → ItemCount), read with the faults off. */
async function itemCounts(ctx: IJourneyContext): Promise<Map<string, number>> {
  const lists = await ctx.owner.web.lists.select('ItemCount', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<Array<{ ItemCount: number; RootFolder: { ServerRelativeUrl: string } }>>();
  return new Map(lists.map(l => [l.RootFolder.ServerRelativeUrl.slice(ctx.sitePath.length + 1), l.ItemCount]));
}

/** How the counts moved from `before` to `after`, by list (only lists that moved). */
function deltaOf(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [list, n] of after) if (n !== (before.get(list) ?? 0)) out.set(list, n - (before.get(list) ?? 0));
  return out;
}

/** Compares a run's deltas with the reference: items beyond it (duplicates) and lists short of it. */
function compare(reference: Map<string, number>, got: Map<string, number>): { extra: number; short: string[]; extraIn: string[] } {
  let extra = 0;
  const short: string[] = [];
  const extraIn: string[] = [];
  for (const list of new Set([...reference.keys(), ...got.keys()])) {
    const want = reference.get(list) ?? 0;
    const have = got.get(list) ?? 0;
    if (have > want) { extra += have - want; extraIn.push(`${list} +${have - want}`); }
    if (have < want) short.push(`${list} ${have - want}`);
  }
  return { extra, short, extraIn };
}

/**
 * The journey's reference without faults: a first run (which may create what later runs only update,
 * e.g. a setting's item) and a second one (run `runs + 1`), whose change of the lists' item counts
 * every faulted run must repeat; throws when either fails or fails its check.
 */
async function referenceRun(ctx: IJourneyContext, journey: IFaultJourney, runs: number): Promise<Map<string, number>> {
  if (journey.prepare) await journey.prepare(ctx);
  let reference = new Map<string, number>();
  for (const i of [0, runs + 1]) {
    const plan = await journey.plan(ctx, i);
    const before = await itemCounts(ctx);
    await plan.run();
    reference = deltaOf(before, await itemCounts(ctx));
    const problems = plan.verify ? await plan.verify() : [];
    if (problems.length) throw new Error(`its own check: ${problems.join('; ')}`);
  }
  return reference;
}

/** Runs one journey: its reference run, then `runs` runs under faults; its row. */
async function runJourney(ctx: IJourneyContext, site: IReliabilitySite, journey: IFaultJourney, index: number, runs: number): Promise<IFaultRow> {
  const row: IFaultRow = { journey: journey.name, webPart: journey.webPart, role: journey.role, runs: 0, completed: 0, duplicates: 0, partial: 0, injected: 0, failures: [] };
  const note = (text: string): void => { if (row.failures.length < 3) row.failures.push(text); };
  let reference: Map<string, number>;
  try {
    reference = await referenceRun(ctx, journey, runs);
  } catch (e) {
    // A journey that fails without faults counts all its runs as failed (the figure shows it).
    note(`reference run (no faults) failed: ${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 200)}`);
    return { ...row, runs };
  }
  for (let i = 1; i <= runs; i++) {
    const plan = await journey.plan(ctx, i);
    const counts = await itemCounts(ctx);
    const injected = await injectedSoFar(site);
    await setFaults(site, { ...BENCH_FAULTS, seed: index * 1000 + i });
    let error: unknown;
    try {
      await plan.run();
    } catch (e) {
      error = e;
    } finally {
      await setFaults(site, {});
    }
    row.runs++;
    row.injected += (await injectedSoFar(site)) - injected;
    const got = deltaOf(counts, await itemCounts(ctx));
    const { extra, short, extraIn } = compare(reference, got);
    const problems = error === undefined && plan.verify ? await plan.verify() : [];
    if (error === undefined) row.completed++;
    else note(`run ${i} failed: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200)}`);
    row.duplicates += extra;
    if (extra) note(`run ${i} wrote twice: ${extraIn.join(', ')}`);
    // A run that threw may have written nothing (all or nothing); one that wrote part of it is partial.
    const partial = error === undefined ? short.length > 0 || problems.length > 0 : got.size > 0 && short.length > 0;
    if (partial) {
      row.partial++;
      note(`run ${i} partial: ${[...short, ...problems].join(', ').slice(0, 200)}`);
    }
  }
  return row;
}

/**
 * Runs `runs` faulted runs of each journey (after its reference run) and returns the figure lines
 * (completed_pct, duplicates, partial_writes) and the outcome per journey.
 */
export async function faultFigures(site: IReliabilitySite, runs: number, journeys: ReadonlyArray<IFaultJourney> = FAULT_JOURNEYS): Promise<IFaultFigures> {
  const ctx = await journeyContext(site);
  const rows: IFaultRow[] = [];
  for (const [k, j] of journeys.entries()) rows.push(await runJourney(ctx, site, j, k + 1, runs));
  const sum = (f: (r: IFaultRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  const all = sum(r => r.runs);
  return {
    rows,
    lines: [
      // Rounded down: 2,449 of 2,450 is 99.9, never 100.
      `reliability.faults.completed_pct: ${all ? Math.floor((sum(r => r.completed) / all) * 1000) / 10 : 0}`,
      `reliability.faults.duplicates: ${sum(r => r.duplicates)}`,
      `reliability.faults.partial_writes: ${sum(r => r.partial)}`
    ]
  };
}

/** The per-journey table (stderr / --verbose). */
export function faultTable(rows: ReadonlyArray<IFaultRow>): string {
  const out = [`${'journey'.padEnd(38)} ${'web part'.padEnd(15)} ${'role'.padEnd(15)} runs done dupl partial faults`];
  for (const r of rows) {
    out.push(`${r.journey.padEnd(38)} ${r.webPart.padEnd(15)} ${r.role.padEnd(15)} ${String(r.runs).padStart(4)} ${String(r.completed).padStart(4)} ${String(r.duplicates).padStart(4)} ${String(r.partial).padStart(7)} ${String(r.injected).padStart(6)}`);
    for (const f of r.failures) out.push(`    ${f}`);
  }
  const sum = (f: (r: IFaultRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  out.push(`${'all'.padEnd(70)} ${String(sum(r => r.runs)).padStart(4)} ${String(sum(r => r.completed)).padStart(4)} ${String(sum(r => r.duplicates)).padStart(4)} ${String(sum(r => r.partial)).padStart(7)} ${String(sum(r => r.injected)).padStart(6)}`);
  return out.join('\n');
}
