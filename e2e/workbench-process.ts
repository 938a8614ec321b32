/**
 * The local workbench as its own process, started the way `npm start` starts it (workbench/cli.ts),
 * for browser tests: Vite is ESM-only and cannot load inside Jest's CommonJS runtime.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ISpawnedWorkbench {
  url: string;
  siteUrl: string;
  graphUrl: string;
  stop(): Promise<void>;
}

export interface ISpawnOptions {
  /** Demo size (default 10). */
  projects?: number;
  /** Provision and seed on start (default true); false leaves a blank site. */
  setup?: boolean;
  /** How long provisioning and seeding may take. */
  timeoutMs?: number;
  /** The site's time zone (`--time-zone`): SharePoint's id or an IANA name; UTC when omitted. */
  timeZone?: number | string;
}

const repo = path.resolve(__dirname, '..');

/** Starts `workbench/cli.ts --port 0 --memory --json` and resolves when the site is set up. */
export function spawnWorkbench(options: ISpawnOptions = {}): Promise<ISpawnedWorkbench> {
  const args = [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--disable-warning=ExperimentalWarning', path.join(repo, 'workbench', 'cli.ts'),
    '--port', '0', '--memory', '--json', '--projects', String(options.projects ?? 10)];
  if (options.setup === false) args.push('--no-setup');
  if (options.timeZone !== undefined) args.push('--time-zone', String(options.timeZone));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.JEST_WORKER_ID; // the child is a workbench like `npm start`, not a Jest worker
  const child: ChildProcess = spawn(process.execPath, args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });

  const stop = (): Promise<void> => new Promise(resolve => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });

  return new Promise((resolve, reject) => {
    let urls: Omit<ISpawnedWorkbench, 'stop'> | undefined;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The workbench did not get ready in time.\n${stderr}`));
    }, options.timeoutMs ?? 180_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', line => {
      let msg: Record<string, unknown>;
      try { msg = JSON.parse(line) as Record<string, unknown>; } catch { return; }
      if (typeof msg.url === 'string') urls = msg as unknown as Omit<ISpawnedWorkbench, 'stop'>;
      if (msg.ready === true && urls) {
        clearTimeout(timer);
        resolve({ ...urls, stop });
      }
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`The workbench exited (${code}) before it was ready.\n${stderr}`));
    });
  });
}
