/**
 * Emulator figures at SharePoint scale, all through the real PnPjs against startEmulator on a
 * temporary SQLite file:
 * - emulator.insert_100k_ms: 100,000 items added with PnPjs batches (sp.batched, 100 requests per $batch; BENCH_EMULATOR_ITEMS overrides the count);
 * - emulator.indexed_query_top5000_ms: median of 5 indexed filtered queries with $top=5000 (4,000 rows each);
 * - emulator.batch_100_ms: median of 5 PnPjs batches of 100 adds (PnPjs' default 20 requests per $batch).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../workbench/emulator/index';
import { localEnvironment } from '../src/services/environment';

const TOTAL = Number(process.env.BENCH_EMULATOR_ITEMS ?? 100000);
const BUCKETS = 25;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  const site = await startEmulator({ port: 0, db: join(dir, 'bench.db') });
  try {
    const sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 3 }).sp;
    await sp.web.lists.add('Bench');
    const fields = sp.web.lists.getByTitle('Bench').fields;
    await fields.addText('Code');
    await fields.createFieldAsXml('<Field Type="Number" Name="Bucket" DisplayName="Bucket" Indexed="TRUE" />');
    await fields.addChoice('Status', { Choices: ['Open', 'Closed'] });

    const chunk = 2000;
    const t0 = performance.now();
    const insertChunk = async (start: number): Promise<void> => {
      const [batched, execute] = sp.batched({ maxRequests: 100 });
      const list = batched.web.lists.getByTitle('Bench');
      const adds: Array<Promise<unknown>> = [];
      for (let i = start; i < Math.min(start + chunk, TOTAL); i++) adds.push(list.items.add({ Title: `Item ${i}`, Code: `C${i}`, Bucket: i % BUCKETS, Status: i % 2 ? 'Open' : 'Closed' }));
      await execute();
      await Promise.all(adds);
    };
    const starts: number[] = [];
    for (let s = 0; s < TOTAL; s += chunk) starts.push(s);
    for (let i = 0; i < starts.length; i += 2) await Promise.all(starts.slice(i, i + 2).map(insertChunk));
    const insertMs = performance.now() - t0;
    const count = (await sp.web.lists.getByTitle('Bench').select('ItemCount')()).ItemCount as number;
    if (count !== TOTAL) throw new Error(`expected ${TOTAL} items, found ${count}`);
    process.stdout.write(`emulator.insert_${TOTAL === 100000 ? '100k' : TOTAL}_ms: ${Math.round(insertMs)}\n`);

    const queryTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      const rows = await sp.web.lists.getByTitle('Bench').items.filter(`Bucket eq ${r + 3}`).select('Id', 'Title', 'Code', 'Bucket').top(5000)();
      queryTimes.push(performance.now() - t);
      if (rows.length !== TOTAL / BUCKETS) throw new Error(`expected ${TOTAL / BUCKETS} rows, got ${rows.length}`);
    }
    process.stdout.write(`emulator.indexed_query_top5000_ms: ${Math.round(median(queryTimes))}\n`);

    const batchTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      const [batched, execute] = sp.batched();
      const adds = Array.from({ length: 100 }, (_, i) => batched.web.lists.getByTitle('Bench').items.add({ Title: `Extra ${r}-${i}`, Code: `X${r}-${i}`, Bucket: i % BUCKETS, Status: 'Open' }));
      await execute();
      await Promise.all(adds);
      batchTimes.push(performance.now() - t);
    }
    process.stdout.write(`emulator.batch_100_ms: ${Math.round(median(batchTimes))}\n`);
  } finally {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
