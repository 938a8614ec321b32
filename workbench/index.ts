/**
 * The local workbench: the SharePoint REST + Graph emulator and the local PMO site on one origin,
 * with the PMO site set up (provisioned and seeded) through the same code that runs against
 * SharePoint. `npm start` is its CLI (workbench/cli.ts); tests and benchmarks call startWorkbench().
 */
import http from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createEmulator, type IEmulator, type IFaultOptions } from './emulator';
import { setupSite, type ISetupProgress } from './setup';

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
  /** Resolves when the site is set up (immediately when `setup` is false). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export const SITE_PATH: string = '/sites/pmo';

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
  const siteModule = options.site === false ? undefined : await import('./site/vite');
  const vite = siteModule ? await siteModule.createSiteServer() : undefined;
  const pages = vite && siteModule ? siteModule.sitePageMiddleware(vite) : undefined;

  const server = http.createServer((req, res) => {
    emulator.handle(req, res).then(handled => {
      if (handled) return;
      const notFound = (): void => {
        res.statusCode = 404;
        res.end('Not found');
      };
      if (!vite || !pages) return notFound();
      pages(req, res, (err?: unknown) => (err ? (res.statusCode = 500, res.end(String(err))) : vite.middlewares(req, res, notFound)));
    }).catch((e: Error) => {
      res.statusCode = 500;
      res.end(e.message);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const siteUrl = url + SITE_PATH;
  const graphUrl = `${url}/graph/v1.0`;

  const ready = options.setup === false
    ? Promise.resolve()
    : setupSite({ siteUrl, graphUrl, projects: options.projects ?? 60, onProgress: options.onProgress });

  const stop = async (): Promise<void> => {
    await ready.catch(() => undefined);
    server.closeAllConnections();
    await new Promise<void>(resolve => server.close(() => resolve()));
    if (vite) await vite.close();
    emulator.close();
  };
  return { url, siteUrl, graphUrl, emulator, ready, stop };
}
