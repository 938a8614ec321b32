/**
 * Where a page's time goes between two User Timing marks: one Chromium trace of a page load (User
 * Timing, main-thread tasks and V8 CPU samples on one clock), summed by phase and by function.
 * Used by bench/portfolio.ts when BENCH_PORTFOLIO_PROFILE=1.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

interface ITraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: IProfileChunkData };
}

interface IProfileNode { id: number; callFrame: { functionName: string; url?: string; lineNumber: number } }

interface IProfileChunkData { cpuProfile?: { nodes?: IProfileNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number }

/** One segment of the load: time between two marks, what the main thread did and the functions that took it. */
export interface IRenderProfile {
  /** ms between each pair of consecutive marks, keyed 'a → b'. */
  segments: Record<string, number>;
  /**
   * Renderer main-thread ms within each segment: `script` (CPU samples in JavaScript), `idle`
   * (waiting, e.g. for the network), `gc`, `other` (the browser's own work as V8 sees it) from the
   * samples, and `layout` (style and layout) from the trace's events.
   */
  mainThread: Record<string, Record<'script' | 'idle' | 'gc' | 'other' | 'layout', number>>;
  /** The functions with the most self time (ms of CPU samples) within each segment. */
  topFunctions: Record<string, Array<{ fn: string; ms: number }>>;
}

const LAYOUT = ['Layout', 'UpdateLayoutTree'];

function functionKey(node: IProfileNode | undefined): string {
  if (!node) return '(unknown)';
  const file = (node.callFrame.url ?? '').replace(/\?.*$/, '').replace(/^.*\/(node_modules\/\.vite\/deps\/|src\/)/, '');
  const where = file ? ` ${file}:${node.callFrame.lineNumber + 1}` : ' (native)';
  return `${node.callFrame.functionName || '(anonymous)'}${where}`;
}

/** CPU self time per function between `from` and `to` (trace clock, µs). */
function selfTimes(events: ReadonlyArray<ITraceEvent>, from: number, to: number): Map<string, number> {
  const nodes = new Map<number, IProfileNode>();
  const self = new Map<string, number>();
  let t = events.find(e => e.name === 'Profile')?.args?.data?.startTime ?? 0;
  for (const chunk of events.filter(e => e.name === 'ProfileChunk')) {
    const data = chunk.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      t += deltas[i] ?? 0;
      if (t < from || t > to) return;
      const key = functionKey(nodes.get(id));
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
    });
  }
  return self;
}

/**
 * Loads `url` once with tracing on, waits for `until` (the last mark), and splits the time between
 * the `marks` (in order) into main-thread work and the functions that took it.
 */
export async function profileLoad(browser: Browser, page: Page, url: string, marks: ReadonlyArray<string>, until: (page: Page) => Promise<void>): Promise<IRenderProfile> {
  const file = join(tmpdir(), `pmo-render-trace-${process.pid}.json`);
  await browser.startTracing(page, { path: file, categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
  await page.goto(url);
  await until(page);
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: ITraceEvent[] }).traceEvents;
  rmSync(file, { force: true });
  const at = marks.map(m => {
    const e = events.find(x => x.name === m && x.cat.indexOf('user_timing') >= 0);
    if (!e) throw new Error(`The trace has no User Timing mark '${m}'`);
    return e.ts;
  });
  const thread = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const layout = events.filter(e => thread && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && LAYOUT.indexOf(e.name) >= 0);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  const profile: IRenderProfile = { segments: {}, mainThread: {}, topFunctions: {} };
  for (let i = 1; i < marks.length; i++) {
    const segment = `${marks[i - 1]} → ${marks[i]}`;
    const [from, to] = [at[i - 1], at[i]];
    profile.segments[segment] = Math.round((to - from) / 1000);
    const self = selfTimes(events, from, to);
    const special = (prefix: string): number => [...self.entries()].filter(([k]) => k.startsWith(prefix)).reduce((sum, [, ms]) => sum + ms, 0);
    const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
    const [idle, gc, other] = [special('(idle)'), special('(garbage collector)'), special('(program)')];
    profile.mainThread[segment] = {
      script: round(total - idle - gc - other), idle: round(idle), gc: round(gc), other: round(other),
      layout: round(layout.filter(e => e.ts >= from && e.ts < to).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0))
    };
    profile.topFunctions[segment] = [...self.entries()].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, ms]) => ({ fn, ms: round(ms) }));
  }
  return profile;
}
