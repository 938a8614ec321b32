/** Benchmark support: the database folder a bench keeps (or a temporary one), and starting the workbench on it with progress on stderr. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type IWorkbench } from '../../workbench';

/** The workbench's database file in its folder. */
export const BENCH_DB: string = 'pmo-site.sqlite';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * The folder of a bench's database: `keepVar`'s folder, kept and reused (seeded from `sourceVar`'s copy
 * of the same seed when it has none yet, never changing the source), else a new temporary folder.
 */
export function benchDatabaseDir(keepVar: string, sourceVar: string, prefix: string): { dir: string; keep: boolean } {
  const keep = process.env[keepVar];
  if (!keep) return { dir: mkdtempSync(join(tmpdir(), prefix)), keep: false };
  mkdirSync(keep, { recursive: true });
  const source = process.env[sourceVar];
  if (!existsSync(join(keep, BENCH_DB)) && source && existsSync(join(source, BENCH_DB)) && !existsSync(join(source, `${BENCH_DB}-wal`))) {
    log(`# copying ${join(source, BENCH_DB)} to ${keep}`);
    copyFileSync(join(source, BENCH_DB), join(keep, BENCH_DB));
  }
  return { dir: keep, keep: true };
}

/** Starts the workbench on `dir` with `projects` demo projects (provisioned and seeded when new), logging progress every 10 s. */
export async function startBenchWorkbench(dir: string, projects: number): Promise<{ wb: IWorkbench; startedAt: number }> {
  let lastLog = 0;
  const startedAt = performance.now();
  const wb = await startWorkbench({
    port: 0, dataDir: dir, projects, site: false,
    onProgress: e => {
      const now = performance.now();
      if (now - lastLog > 10000 || e.done === e.total) { lastLog = now; log(`# ${e.phase} ${e.step}: ${e.done}/${e.total} (${Math.round((now - startedAt) / 1000)} s)`); }
    }
  });
  return { wb, startedAt };
}

/** The REST address of a list of the site by its web-relative URL. */
export function listApi(siteUrl: string, listUrl: string): string {
  return `${siteUrl}/_api/web/getList('${new URL(siteUrl).pathname}/${listUrl}')`;
}

/** A list's items with the columns `select`, 5,000 a page, and more of the query (`&$filter=…`). */
export function itemsUrl(siteUrl: string, listUrl: string, select: ReadonlyArray<string>, query: string = ''): string {
  return `${listApi(siteUrl, listUrl)}/items?$select=${encodeURIComponent(select.join(','))}&$top=5000${query}`;
}
