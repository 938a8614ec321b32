/**
 * Bundle sizes per web part: `npm run bench -- bundles`.
 *
 * Builds the solution as it ships (`gulp bundle --ship`, with webpack's stats written to
 * temp/bundle-stats.json through gulpfile.js' PMO_BUNDLE_STATS hook), or reuses that build while it
 * is newer than every file of src/ and config/ and than tsconfig.json, gulpfile.js and package.json
 * (BENCH_BUNDLES_REBUILD=1 forces a build). Then, per
 * web part (its manifest's alias), on stdout:
 *   bundles.<alias>.initial_kb_gz: <N>
 *     what the web part loads before its first render: its entry bundle (with every chunk webpack
 *     made initial for it) plus the strings modules its manifest lists (each at its largest of the
 *     five locales: PmoHubStrings, shared by all, and the web part's own, e.g. ScoringStrings). React and
 *     React DOM, like the SharePoint Framework's own libraries, are externals and not counted.
 *   bundles.<alias>.lazy.<chunk name>_kb_gz: <N>
 *     each named chunk the web part loads later (a panel, a dialog, an export, a set-up run), with
 *     the shared chunks it needs that are not in the initial bundle.
 * Sizes are gzip (zlib's default level, as web servers compress) in KB of 1,024 bytes, one decimal.
 * The budget (README, "Bundle budget") is initial ≤ 100 KB per web part. The modules that weigh most
 * in each initial bundle (webpack's sizes before minification) go to stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const STATS = join(ROOT, 'temp', 'bundle-stats.json');
/** Initial JavaScript budget of one web part, KB gzip. */
export const BUDGET_KB_GZ: number = 100;

/** The part of webpack's stats JSON this benchmark reads. */
export interface IBundleStats {
  chunks: Array<{ id: number | string; names: string[]; files: string[]; initial: boolean; children?: Array<number | string>; modules?: IStatsModule[] }>;
  entrypoints: Record<string, { chunks: Array<number | string> }>;
  namedChunkGroups: Record<string, { chunks: Array<number | string> }>;
}

interface IStatsModule { name?: string; size?: number; modules?: IStatsModule[] }

/** One web part's figures. */
export interface IWebPartBundle {
  alias: string;
  /** KB gzip loaded before the first render (entry chunks plus its strings modules). */
  initialKbGz: number;
  /** KB gzip of each lazily loaded named chunk (with the shared chunks it needs beyond the initial ones). */
  lazy: Array<{ name: string; kbGz: number }>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether temp/bundle-stats.json comes from a build of the current sources. */
function buildIsFresh(): boolean {
  if (process.env.BENCH_BUNDLES_REBUILD === '1' || !existsSync(STATS) || !existsSync(DIST)) return false;
  const built = statSync(STATS).mtimeMs;
  const inputs = ['tsconfig.json', 'gulpfile.js', 'package.json'].map(f => statSync(join(ROOT, f)).mtimeMs);
  if (built <= Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'config')), ...inputs)) return false;
  // A later build without stats (gulp bundle, npm run package) replaces dist/'s files.
  const stats = JSON.parse(readFileSync(STATS, 'utf8')) as IBundleStats;
  return stats.chunks.every(c => c.files.every(f => existsSync(join(DIST, f))));
}

function build(): void {
  process.stderr.write('# gulp bundle --ship (a few minutes)\n');
  const gulp = join(ROOT, 'node_modules', 'gulp', 'bin', 'gulp.js');
  const run = spawnSync(process.execPath, [gulp, 'bundle', '--ship'], { cwd: ROOT, env: { ...process.env, PMO_BUNDLE_STATS: STATS }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 || !existsSync(STATS)) {
    throw new Error(`gulp bundle --ship failed (exit ${String(run.status)}):\n${(run.stdout ?? '').slice(-4000)}${(run.stderr ?? '').slice(-4000)}`);
  }
}

const kbGz = (bytes: Buffer): number => gzipSync(bytes).length / 1024;
const round1 = (kb: number): number => Math.round(kb * 10) / 10;

/** KB gzip of a chunk's JavaScript files in dist/. */
function chunkKbGz(files: ReadonlyArray<string>, dist: string): number {
  return files.filter(f => f.endsWith('.js')).reduce((sum, f) => sum + kbGz(readFileSync(join(dist, f))), 0);
}

/** A web part as the benchmark names it: its manifest's alias and component id. */
export interface IWebPartRef {
  alias: string;
  id: string;
}

/**
 * KB gzip of the strings a web part loads before it renders: for each localized resource its
 * manifest in dist/ (`<id>.manifest.json`, loaderConfig.scriptResources of type `localizedPath`)
 * lists, the largest of its locale files.
 * @throws Error when dist/ has no manifest for the component, or a listed file is missing.
 */
export function webPartStringsKbGz(dist: string, componentId: string): number {
  const file = join(dist, `${componentId}.manifest.json`);
  if (!existsSync(file)) throw new Error(`No ${componentId}.manifest.json in ${dist}`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { loaderConfig: { scriptResources: Record<string, { type: string; paths?: Record<string, string> }> } };
  return Object.values(manifest.loaderConfig.scriptResources)
    .filter(r => r.type === 'localizedPath')
    .reduce((sum, r) => sum + Math.max(...Object.values(r.paths ?? {}).map(f => kbGz(readFileSync(join(dist, f))))), 0);
}

/** Each web part's alias and component id, by bundle name, from config/config.json and each component's manifest. */
export function webPartRefs(root: string): Record<string, IWebPartRef> {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, { components: Array<{ manifest: string }> }> };
  const out: Record<string, IWebPartRef> = {};
  for (const [bundle, b] of Object.entries(config.bundles)) {
    const manifest = JSON.parse(readFileSync(join(root, b.components[0].manifest), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { alias: string; id: string };
    out[bundle] = { alias: manifest.alias, id: manifest.id };
  }
  return out;
}

/**
 * Each web part's initial and lazy sizes from webpack's stats and the files in dist/. A lazy chunk
 * group belongs to a web part when webpack can reach the group's own chunk from that web part's
 * entry chunks.
 */
export function measureBundles(stats: IBundleStats, webParts: Record<string, IWebPartRef>, dist: string): IWebPartBundle[] {
  const byId = new Map(stats.chunks.map(c => [String(c.id), c]));
  return Object.keys(webParts).map(bundle => {
    const entry = stats.entrypoints[bundle];
    if (!entry) throw new Error(`webpack built no entry '${bundle}'`);
    const initial = new Set(entry.chunks.map(String));
    const reachable = new Set<string>();
    const queue = [...initial];
    while (queue.length) {
      const chunk = byId.get(queue.pop() as string);
      for (const child of chunk?.children ?? []) {
        if (!reachable.has(String(child)) && !initial.has(String(child))) { reachable.add(String(child)); queue.push(String(child)); }
      }
    }
    const files = (ids: Iterable<string>): string[] => [...ids].reduce<string[]>((all, id) => all.concat(byId.get(id)?.files ?? []), []);
    const lazy = Object.entries(stats.namedChunkGroups)
      // The group's own chunk (named after it) must be reachable: a shared chunk (Fluent's Panel, say)
      // reachable from one web part does not make another web part's dialog one of its chunks.
      .filter(([name, g]) => !stats.entrypoints[name] && g.chunks.some(id => reachable.has(String(id)) && (byId.get(String(id))?.names ?? []).indexOf(name) >= 0))
      .map(([name, g]) => ({ name, kbGz: round1(chunkKbGz(files(g.chunks.map(String).filter(id => !initial.has(id))), dist)) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { alias: webParts[bundle].alias, initialKbGz: round1(chunkKbGz(files(initial), dist) + webPartStringsKbGz(dist, webParts[bundle].id)), lazy };
  });
}

/** The packages and folders that weigh most in a chunk (webpack's module sizes before minification, KB). */
export function topContributors(stats: IBundleStats, chunkIds: ReadonlyArray<number | string>, count: number): Array<{ name: string; kb: number }> {
  const sizes = new Map<string, number>();
  const visit = (ms: ReadonlyArray<IStatsModule>): void => {
    for (const m of ms) {
      if (!m.name) continue;
      if (m.modules && m.modules.length) { visit(m.modules); continue; }
      const path = (m.name.split('!').pop() ?? m.name).replace(/ \+ \d+ modules$/, '');
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:lib(?:-commonjs)?\/)?(?:components\/)?([^/.]+)?/.exec(path);
      const own = /\/lib\/([^/]+\/[^/.]+)/.exec(path);
      const key = pkg ? (pkg[1].startsWith('@fluentui/react') && pkg[2] ? `${pkg[1]}/${pkg[2]}` : pkg[1]) : own ? `src/${own[1]}` : path;
      sizes.set(key, (sizes.get(key) ?? 0) + (m.size ?? 0));
    }
  };
  for (const id of chunkIds) visit(stats.chunks.find(c => String(c.id) === String(id))?.modules ?? []);
  return [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, bytes]) => ({ name, kb: round1(bytes / 1024) }));
}

export async function run(): Promise<void> {
  if (buildIsFresh()) process.stderr.write(`# reusing the build of ${new Date(statSync(STATS).mtimeMs).toISOString()} (${relative(ROOT, STATS)})\n`);
  else build();
  const stats = JSON.parse(readFileSync(STATS, 'utf8')) as IBundleStats;
  const webParts = webPartRefs(ROOT);
  process.stderr.write(`# budget ${BUDGET_KB_GZ} KB per web part (initial: entry chunks plus its strings modules)\n`);
  for (const wp of measureBundles(stats, webParts, DIST)) {
    process.stdout.write(`bundles.${wp.alias}.initial_kb_gz: ${wp.initialKbGz}\n`);
    for (const l of wp.lazy) process.stdout.write(`bundles.${wp.alias}.lazy.${l.name}_kb_gz: ${l.kbGz}\n`);
    const bundle = Object.keys(webParts).find(b => webParts[b].alias === wp.alias) as string;
    process.stderr.write(`# ${wp.alias} strings modules: ${round1(webPartStringsKbGz(DIST, webParts[bundle].id))} KB gzip\n`);
    const top = topContributors(stats, stats.entrypoints[bundle].chunks, 12);
    process.stderr.write(`# ${wp.alias} initial, largest parts (KB before minification): ${top.map(t => `${t.name} ${t.kb}`).join(', ')}\n`);
  }
  await Promise.resolve();
}
