/**
 * PMO Hub's retry policy (RetryThrottled) through the real PnPjs against the emulator's fault
 * injection: what is retried (429, 503), how often (10 attempts), how long it waits (Retry-After in
 * seconds or as an HTTP-date, else a doubling wait), and that writes and batched writes land once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SPBrowser } from '@pnp/sp';
import { startEmulator } from '../../workbench/emulator';
import { retryAfterMs, RetryThrottled } from './retryThrottled';
import { spfi, type SPFI } from './pnp';

jest.setTimeout(60_000);

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let sp: SPFI;

async function setFaults(f: Record<string, number>): Promise<void> {
  const res = await fetch(`${site.url}/_workbench/faults`, { method: 'POST', body: JSON.stringify(f), headers: { 'Content-Type': 'application/json' } });
  expect(res.status).toBe(200);
}

async function injected(): Promise<number> {
  const h = (await (await fetch(`${site.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> };
  return h.injectedFaults['429'] + h.injectedFaults['503'];
}

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  // The platform's own pipeline (as localEnvironment builds it, without PMO Hub's services).
  sp = spfi(site.siteUrl).using(SPBrowser({ baseUrl: site.siteUrl }), RetryThrottled());
  await sp.web.lists.add('Retried');
});
afterAll(async () => {
  await site.stop();
});
afterEach(async () => {
  await setFaults({});
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP-dates, never negative, and nothing else', () => {
    const now = Date.parse('2026-10-21T07:28:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:02 GMT', now)).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('RetryThrottled against the emulator', () => {
  it('completes reads and writes, each write once, with half of all requests answered 429 or 503', async () => {
    const before = await injected();
    await setFaults({ rate429: 0.35, rate503: 0.15, retryAfterSeconds: 0, seed: 7 });
    const list = sp.web.lists.getByTitle('Retried');
    for (let i = 0; i < 20; i++) await list.items.add({ Title: `W${i}` });
    const first = await list.items.select('Id', 'Title').orderBy('Id')<Array<{ Id: number; Title: string }>>();
    await list.items.getById(first[0].Id).update({ Title: 'W0 changed' });
    expect(await injected() - before).toBeGreaterThan(10);
    await setFaults({});
    const items = await list.items.select('Title').orderBy('Id')<Array<{ Title: string }>>();
    expect(items.map(x => x.Title)).toEqual(['W0 changed', ...Array.from({ length: 19 }, (_, i) => `W${i + 1}`)]);
  });

  it('sends a $batch of writes whole again after a 429 on the batch, so every write lands once', async () => {
    await sp.web.lists.add('Batched');
    const before = await injected();
    await setFaults({ rate429: 0.5, retryAfterSeconds: 0, seed: 3 });
    for (let round = 0; round < 4; round++) {
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Batched');
      for (let i = 0; i < 5; i++) void list.items.add({ Title: `B${round}-${i}` });
      await execute();
    }
    expect(await injected() - before).toBeGreaterThan(0);
    await setFaults({});
    const titles = (await sp.web.lists.getByTitle('Batched').items.select('Title').orderBy('Id')<Array<{ Title: string }>>()).map(x => x.Title);
    expect(titles).toEqual(Array.from({ length: 20 }, (_, i) => `B${Math.floor(i / 5)}-${i % 5}`));
  });

  it('honours Retry-After: a 1 s Retry-After makes a throttled read wait at least 1 s', async () => {
    // seed 1 at rate 0.5: the first request is throttled (the emulator's fixed sequence); the wait is timed on it.
    let slowest = 0;
    await setFaults({ rate429: 0.5, retryAfterSeconds: 1, seed: 1 });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await sp.web.select('Title')();
      slowest = Math.max(slowest, performance.now() - t0);
    }
    expect(slowest).toBeGreaterThanOrEqual(990);
    await setFaults({ rate429: 0.5, retryAfterSeconds: 0, seed: 1 });
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await sp.web.select('Title')();
      fastest = Math.min(fastest, performance.now() - t0);
    }
    expect(fastest).toBeLessThan(900);
  });

  it('gives up after 10 attempts and raises the 429 itself, and never retries other statuses', async () => {
    const before = await injected();
    await setFaults({ rate429: 1, retryAfterSeconds: 0 });
    await expect(sp.web.select('Title')()).rejects.toMatchObject({ status: 429 });
    expect(await injected() - before).toBe(10);
    await setFaults({});
    // 404 is not retried: one request reaches the server (counted by a proxy in front of the emulator).
    let hits = 0;
    const proxy: Server = createServer((req, res) => {
      hits++;
      res.writeHead(req.url?.includes('missing') ? 404 : 500, { 'Content-Type': 'application/json' });
      res.end('{"odata.error":{"code":"-1","message":{"value":"no"}}}');
    });
    await new Promise<void>(r => proxy.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/sites/pmo`;
    const other = spfi(base).using(SPBrowser({ baseUrl: base }), RetryThrottled({ baseDelayMs: 1 }));
    try {
      await expect(other.web.lists.getByTitle('missing')()).rejects.toMatchObject({ status: 404 });
      expect(hits).toBe(1);
      await expect(other.web.lists.getByTitle('broken').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 500 });
      expect(hits).toBe(2); // one request (the first the write sends), its 500 not retried
    } finally {
      await new Promise<void>(r => proxy.close(() => r()));
    }
  });

  it('without Retry-After waits a doubling time', async () => {
    let hits = 0;
    const times: number[] = [];
    const proxy: Server = createServer((_req, res) => {
      hits++;
      times.push(performance.now());
      if (hits < 4) {
        res.writeHead(503, { 'Content-Type': 'application/json' });
        res.end('{}');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"Title":"ok"}');
      }
    });
    await new Promise<void>(r => proxy.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/sites/pmo`;
    const other = spfi(base).using(SPBrowser({ baseUrl: base }), RetryThrottled({ baseDelayMs: 100, maxDelayMs: 250 }));
    try {
      expect(await other.web.select('Title')<{ Title: string }>()).toEqual({ Title: 'ok' });
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(gaps[0]).toBeGreaterThanOrEqual(95);
      expect(gaps[1]).toBeGreaterThanOrEqual(195);
      expect(gaps[2]).toBeGreaterThanOrEqual(245); // capped at 250, not 400
      expect(gaps[2]).toBeLessThan(390);
    } finally {
      await new Promise<void>(r => proxy.close(() => r()));
    }
  });
});
