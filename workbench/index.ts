/**
 * The local workbench: the SharePoint REST + Graph emulator and the local PMO site on one origin,
 * with the PMO site set up (provisioned and seeded) through the same code that runs against
 * SharePoint. `npm start` is its CLI (workbench/cli.ts); tests and benchmarks call startWorkbench().
 */
import http from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Connect, ViteDevServer } from 'vite';
import { createEmulator, MAX_HEADER_BYTES, type IEmulator, type IFaultOptions } from './emulator';
import { addSetupPage, setupSite, type ISetupProgress } from './setup';

export interface IWorkbenchOptions {
  /** TCP port; 0 picks a free one. Default 4321. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (the workbench is for this machine only). */
  host?: string;
  /** Folder of the SQLite file. Default `.workbench/`. Ignored with `memory`. */
  dataDir?: string;
  /** Keep everything in memory (tests). */
  memory?: boolean;
  /** Delete the data folder's database first. */
  reset?: boolean;
  /** Demo size: number of projects the seed creates on a new site. Default 60. */
  projects?: number;
  /** Provision and seed the PMO site when it is not set up yet. Default true. */
  setup?: boolean;
  /** Serve the local PMO site's pages (Vite). Default true. */
  site?: boolean;
  /** Fault injection from the start. */
  faults?: IFaultOptions;
  /** The site's time zone: SharePoint's id (4 = Berlin) or an IANA name SharePoint has. Default UTC (93). */
  timeZone?: number | string;
  /** Progress of provisioning and seeding. */
  onProgress?: (e: ISetupProgress) => void;
}

export interface IWorkbench {
  /** http://localhost:<port> */
  url: string;
  /** http://localhost:<port>/sites/pmo */
  siteUrl: string;
  /** http://localhost:<port>/graph/v1.0 */
  graphUrl: string;
  emulator: IEmulator;
  /** Resolves when the site is set up (with `setup` false: when the blank site has its PMO Setup page); rejects when stop() interrupts the set-up. */
  ready: Promise<void>;
  /** Ends a running set-up (the next start resumes it), closes the pages, the server and the store. Safe to call twice. */
  stop(): Promise<void>;
}

export const SITE_PATH: string = '/sites/pmo';

/** How long stop() waits for an interrupted set-up to give up before the store is closed. */
const STOP_GRACE_MS: number = 2000;

export async function startWorkbench(options: IWorkbenchOptions = {}): Promise<IWorkbench> {
  let db = ':memory:';
  if (!options.memory) {
    const dir = path.resolve(options.dataDir ?? '.workbench');
    mkdirSync(dir, { recursive: true });
    db = path.join(dir, 'pmo-site.sqlite');
    if (options.reset) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  }
  const emulator = createEmulator({ db, sitePath: SITE_PATH, siteTitle: 'PMO', faults: options.faults, timeZone: options.timeZone });
  // Vite is ESM-only and loaded only when pages are served (tests with `site: false` never load it).
  if (options.site !== false && process.env.JEST_WORKER_ID !== undefined) {
    throw new Error('Under Jest, start the local PMO site with spawnWorkbench() from e2e/workbench-process.ts (Vite is ESM-only), or pass site: false.');
  }
  let site: { vite: ViteDevServer; pages: Connect.NextHandleFunction } | undefined;
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    emulator.handle(req, res).then(handled => {
      if (handled) return;
      const notFound = (): void => {
        res.statusCode = 404;
        res.end('Not found');
      };
      if (!site) return notFound();
      const { vite, pages } = site;
      pages(req, res, (err?: unknown) => (err ? (res.statusCode = 500, res.end(String(err))) : vite.middlewares(req, res, notFound)));
    }).catch((e: Error) => {
      res.statusCode = 500;
      res.end(e.message);
    });
  });
  if (options.site !== false) {
    const siteModule = await import('./site/vite');
    const vite = await siteModule.createSiteServer(server);
    site = { vite, pages: siteModule.sitePageMiddleware(vite, SITE_PATH) };
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const siteUrl = url + SITE_PATH;
  const graphUrl = `${url}/graph/v1.0`;

  const abort = new AbortController();
  const ready = options.setup === false
    ? addSetupPage({ siteUrl, graphUrl })
    : setupSite({ siteUrl, graphUrl, projects: options.projects ?? 60, onProgress: options.onProgress, signal: abort.signal });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async (): Promise<void> => {
      // A stop during set-up ends it: the seed resumes on the next start.
      abort.abort(new Error('The workbench is stopping.'));
      if (site) await site.vite.close();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      await settled(ready, STOP_GRACE_MS);
      emulator.close();
    })();
    return stopping;
  };
  return { url, siteUrl, graphUrl, emulator, ready, stop };
}

/** Waits for `p` to settle, at most `ms`. */
async function settled(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise<void>(resolve => { timer = setTimeout(resolve, ms); })]);
  clearTimeout(timer);
}
