/**
 * `npx tsx bench/reliability/provisioningCuts.ts`: the systematic companion of
 * `reliability.provisioning`. Where the figure kills PMO Setup at random requests, this cuts it after
 * chosen ones: the first and a middle request of every kind of write a clean upgrade of the v1 site
 * sends (kinds: method and URL with ids, names and GUIDs blanked; for a `$batch`, its first part). At
 * each cut point the request is done on the server and its answer never reaches the run, nor does any
 * later request (as after a SIGKILL); PMO Setup then runs again to the end, and the site's final state
 * must equal the clean run's. In one process against in-process emulators on SQLite files (a few
 * seconds per cut point). Prints one line per cut point, then `cut points: N, different: M`.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { provisionSite } from '../../src/provisioning';
import { pmoSchema } from '../../src/schema/pmoSchema';
import { localEnvironment } from '../../src/services/environment';
import { siteOwner } from '../../workbench/directory';
import { startEmulator } from '../../workbench/emulator';
import { loadLocale } from '../../workbench/locales';
import { createV1Site } from './provisioningBase';
import { canonicalJson, differingPaths, readProvisionedState } from './provisioningState';

type Fetch = typeof fetch;

/** The connection of this process: counts requests, logs their kinds, and dies after the `cutAt`-th. */
class Connection {
  public count: number = 0;
  public cutAt: number = 0;
  public kinds: string[] | undefined;
  private dead: boolean = false;

  public constructor(private readonly send: Fetch) {}

  public reset(cutAt: number): void {
    this.count = 0;
    this.cutAt = cutAt;
    this.dead = false;
  }

  public readonly fetch = async (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]): Promise<Response> => {
    if (this.dead) throw Object.assign(new Error('The connection was lost.'), { name: 'AbortError' });
    this.count++;
    this.kinds?.push(kindOf(String(input), init));
    const answer = await this.send(input, init);
    if (this.count === this.cutAt) {
      this.dead = true;
      throw Object.assign(new Error('The connection was lost.'), { name: 'AbortError' });
    }
    return answer;
  };
}

/** A request's kind: method (with X-HTTP-Method) and path, ids and names blanked; a `$batch` by its first part. */
export function kindOf(url: string, init?: Parameters<Fetch>[1]): string {
  const headers = new Headers(init?.headers);
  const method = `${init?.method ?? 'GET'}${headers.get('X-HTTP-Method') ? `/${String(headers.get('X-HTTP-Method'))}` : ''}`;
  let where = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  if (/\$batch$/.test(where) && typeof init?.body === 'string') {
    const first = /^(GET|POST|PATCH|MERGE|DELETE) (\S+)/m.exec(init.body);
    where += first ? ` ${first[1]} ${first[2].replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}` : '';
  }
  return `${method} ${where}`.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, 'G').replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N');
}

function copySite(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

/** Cut points: the first and (for kinds sent three times or more) a middle write of each kind; reads are left out. */
function cutPoints(kinds: ReadonlyArray<string>): Array<{ request: number; kind: string }> {
  const byKind = new Map<string, number[]>();
  kinds.forEach((k, i) => {
    if (/^GET /.test(k) || /\$batch GET /.test(k)) return;
    byKind.set(k, [...(byKind.get(k) ?? []), i + 1]);
  });
  const points: Array<{ request: number; kind: string }> = [];
  for (const [kind, at] of byKind) {
    points.push({ request: at[0], kind });
    if (at.length > 2) points.push({ request: at[Math.floor(at.length / 2)], kind });
  }
  return points.sort((a, b) => a.request - b.request);
}

async function main(): Promise<void> {
  const connection = new Connection(globalThis.fetch.bind(globalThis));
  globalThis.fetch = connection.fetch;
  const strings = loadLocale('en-us');
  const root = mkdtempSync(path.join(tmpdir(), 'pmo-cuts-'));
  const site = async (db: string): Promise<{ sp: ReturnType<typeof localEnvironment>['sp']; siteUrl: string; stop(): Promise<void> }> => {
    const s = await startEmulator({ port: 0, db });
    return { sp: localEnvironment({ siteUrl: s.siteUrl, graphUrl: s.graphUrl, user: siteOwner.userPrincipalName }).sp, siteUrl: s.siteUrl, stop: () => s.stop() };
  };
  try {
    const base = path.join(root, 'base.sqlite');
    const blank = await startEmulator({ port: 0, db: base });
    await createV1Site(blank.siteUrl, blank.graphUrl, 7, { projects: 6, requests: 3, risks: 6, reports: 6 });
    await blank.stop();
    copySite(base, path.join(root, 'clean.sqlite'));
    const clean = await site(path.join(root, 'clean.sqlite'));
    connection.kinds = [];
    await provisionSite(clean.sp, pmoSchema, { locale: 'en-us', strings });
    const kinds = connection.kinds;
    connection.kinds = undefined;
    const reference = canonicalJson(await readProvisionedState(clean.sp, clean.siteUrl));
    const referenceState: unknown = JSON.parse(reference);
    await clean.stop();
    const points = cutPoints(kinds);
    let different = 0;
    for (const p of points) {
      const db = path.join(root, `cut-${p.request}.sqlite`);
      copySite(base, db);
      const s = await site(db);
      connection.reset(p.request);
      const cut = await provisionSite(s.sp, pmoSchema, { locale: 'en-us', strings }).then(() => false, () => true);
      connection.reset(0);
      const rerun = await provisionSite(s.sp, pmoSchema, { locale: 'en-us', strings }).then(() => '', (e: Error) => e.message);
      const state = await readProvisionedState(s.sp, s.siteUrl);
      const same = !rerun && cut && canonicalJson(state) === reference;
      if (!same) different++;
      process.stdout.write(`${p.request} ${p.kind}: ${same ? 'same state' : `DIFFERENT ${rerun || differingPaths(referenceState, state, 6).join(', ')}`}\n`);
      await s.stop();
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    }
    process.stdout.write(`cut points: ${points.length}, different: ${different}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  });
}
