/**
 * Seed figures at scale, through the real PnPjs against startEmulator on a temporary SQLite file:
 * provisions the PMO site, then seeds 5,000 projects (BENCH_PROJECTS overrides) with items authored
 * by their demo users.
 * - seed.projects_<N>_ms: time of seedSite (provisioning excluded);
 * - seed.status_reports: status reports written;
 * - seed.items / seed.items_per_s: all items written and the rate;
 * - seed.count.<List>: items per list.
 * Progress goes to stderr, figures to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../workbench/emulator/index';
import { localEnvironment } from '../src/services/environment';
import { provisionSite } from '../src/provisioning';
import { pmoSchema } from '../src/schema/pmoSchema';
import { siteOwner } from '../workbench/directory';
import { loadLocale } from '../workbench/locales';
import { seedSite } from '../workbench/seed';

export async function run(): Promise<void> {
  const projects = Number(process.env.BENCH_PROJECTS ?? 5000);
  if (!Number.isInteger(projects) || projects < 0) throw new Error(`BENCH_PROJECTS must be a whole number, not ${String(process.env.BENCH_PROJECTS)}`);
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-seed-'));
  const site = await startEmulator({ port: 0, db: join(dir, 'seed.db') });
  try {
    const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: siteOwner.userPrincipalName, retries: 3 });
    const schema = pmoSchema;
    await provisionSite(env.sp, schema, { locale: 'en-us', strings: loadLocale('en-us') });

    let lastLog = 0;
    const t0 = performance.now();
    const result = await seedSite(env, {
      projects,
      schema,
      actAs: upn => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: upn, retries: 3 }).sp,
      onProgress: e => {
        const now = performance.now();
        if (now - lastLog < 5000) return;
        lastLog = now;
        process.stderr.write(`  seed ${e.list} ${e.done}/${e.total} after ${Math.round((now - t0) / 1000)} s\n`);
      }
    });
    const ms = performance.now() - t0;
    const total = Object.values(result.counts).reduce((s, n) => s + n, 0);
    process.stdout.write(`seed.projects_${projects}_ms: ${Math.round(ms)}\n`);
    process.stdout.write(`seed.status_reports: ${result.counts.StatusReports ?? 0}\n`);
    process.stdout.write(`seed.items: ${total}\n`);
    process.stdout.write(`seed.items_per_s: ${Math.round(total / (ms / 1000))}\n`);
    for (const [list, n] of Object.entries(result.counts)) process.stdout.write(`seed.count.${list}: ${n}\n`);
  } finally {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
