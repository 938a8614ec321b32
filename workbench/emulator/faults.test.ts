/**
 * Fault injection: seeded 429/503 answers decided before anything runs, switchable at runtime, and
 * PnPjs (BrowserFetchWithRetry) completing every operation exactly once under 20% injected 429s.
 */
import { startEmulator } from './index';
import { localEnvironment } from '../../src/services/environment';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await site.stop();
});

async function setFaults(f: Record<string, number>): Promise<void> {
  const res = await fetch(`${site.url}/_workbench/faults`, { method: 'POST', body: JSON.stringify(f), headers: { 'Content-Type': 'application/json' } });
  expect(res.status).toBe(200);
}

describe('fault injection', () => {
  it('answers 429 with Retry-After and SharePoint\'s body, with no side effect, and switches at runtime', async () => {
    const sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 1 }).sp;
    await sp.web.lists.add('Faulty');
    await setFaults({ rate429: 1, retryAfterSeconds: 3 });
    const res = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Faulty')/items`, { method: 'POST', body: JSON.stringify({ Title: 'never' }), headers: { Accept: 'application/json', 'Content-Type': 'application/json' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    const body = await res.json() as { 'odata.error': { code: string } };
    expect(body['odata.error'].code).toContain('Throttled');
    const graph = await fetch(`${site.graphUrl}/me`);
    expect(graph.status).toBe(429);
    const admin = await fetch(`${site.url}/_workbench/faults`);
    expect(await admin.json()).toEqual({ rate429: 1, retryAfterSeconds: 3 });
    await setFaults({ rate503: 1, retryAfterSeconds: 0 });
    expect((await fetch(`${site.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } })).status).toBe(503);
    await setFaults({});
    expect((await sp.web.lists.getByTitle('Faulty').select('ItemCount')()).ItemCount).toBe(0);
  });

  it('PnPjs completes every write once, with no duplicates or gaps, under 20% injected 429s', async () => {
    const sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 12 }).sp;
    await sp.web.lists.add('Throttled');
    const before = await (await fetch(`${site.url}/_workbench/health`)).json() as { injectedFaults: Record<string, number> };
    await setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 42 });
    const list = sp.web.lists.getByTitle('Throttled');
    const titles = Array.from({ length: 150 }, (_, i) => `T${i}`);
    for (let i = 0; i < 100; i += 10) {
      await Promise.all(titles.slice(i, i + 10).map(t => list.items.add({ Title: t })));
    }
    const [batched, execute] = sp.batched();
    const inBatch = titles.slice(100).map(t => batched.web.lists.getByTitle('Throttled').items.add({ Title: t }));
    await execute();
    await Promise.all(inBatch);
    const firstTen = await list.items.select('Id').top(10)();
    await Promise.all(firstTen.map(r => list.items.getById(r.Id as number).update({ Title: `T${(r.Id as number) - 1}` })));
    const after = await (await fetch(`${site.url}/_workbench/health`)).json() as { injectedFaults: Record<string, number> };
    await setFaults({});
    expect(after.injectedFaults['429'] - before.injectedFaults['429']).toBeGreaterThan(20);
    const rows = await list.items.select('Title').top(5000)();
    const got = rows.map(r => r.Title as string).sort();
    expect(got).toEqual([...titles].sort());
  });
});
