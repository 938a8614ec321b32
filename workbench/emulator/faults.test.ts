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

describe('fault settings out of range', () => {
  it('refuses a share outside 0..1, a fractional or negative Retry-After, a sum over 1 and unknown settings, naming the field, and keeps the settings', async () => {
    await setFaults({ rate429: 0.2 });
    const post = async (body: string): Promise<{ status: number; body: { error?: string; field?: string } }> => {
      const res = await fetch(`${site.url}/_workbench/faults`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      return { status: res.status, body: await res.json() as { error?: string; field?: string } };
    };
    const cases: Array<[string, string]> = [
      ['{"rate429":1.5}', 'rate429'], ['{"rate429":-0.1}', 'rate429'], ['{"rate503":"0.5"}', 'rate503'], ['{"rate429":null,"rate503":2}', 'rate503'],
      ['{"retryAfterSeconds":1.5}', 'retryAfterSeconds'], ['{"retryAfterSeconds":-1}', 'retryAfterSeconds'], ['{"retryAfterSeconds":121}', 'retryAfterSeconds'],
      ['{"rate429":0.7,"rate503":0.5}', 'rate503'], ['{"rate249":0.5}', 'rate249']
    ];
    for (const [body, field] of cases) {
      const r = await post(body);
      expect(`${body} → ${r.status} ${r.body.field ?? ''}`).toBe(`${body} → 400 ${field}`);
      expect(r.body.error).toContain(field);
    }
    expect((await post('[1]')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect(await (await fetch(`${site.url}/_workbench/faults`)).json()).toEqual({ rate429: 0.2 });
    await setFaults({});
  });
});

describe('request URLs longer than SharePoint accepts', () => {
  it('answers 414 "The request URL is too long." to SharePoint and Graph, as their front end does, instead of Node\'s 431', async () => {
    const long = 'a'.repeat(20_000);
    const sp = await fetch(`${site.siteUrl}/_api/web/lists?$filter=${encodeURIComponent(`substringof('${long}',Title)`)}`, { headers: { Accept: 'application/json' } });
    expect(sp.status).toBe(414);
    expect(await sp.text()).toContain('The request URL is too long.');
    const graph = await fetch(`${site.graphUrl}/users?$search=${encodeURIComponent(`"displayName:${long}"`)}`);
    expect(graph.status).toBe(414);
    // Just under the limit is a request like any other.
    const fits = await fetch(`${site.siteUrl}/_api/web/lists?$filter=${encodeURIComponent(`substringof('${'a'.repeat(15_000)}',Title)`)}`, { headers: { Accept: 'application/json' } });
    expect(fits.status).toBe(200);
  });
});
