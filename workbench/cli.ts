/**
 * `npm start`: the local PMO site with demo data.
 *   --port <n>       default 4321
 *   --data <dir>     default .workbench/
 *   --reset          start from a blank site
 *   --projects <n>   demo size (default 60)
 *   --no-open        do not open a browser
 *   --memory         keep the site in memory (nothing written to --data)
 *   --no-setup       do not provision and seed (a blank site, e.g. to try PMO Setup)
 *   --no-pages       serve only SharePoint REST and Graph, not the local site's pages (scripts, benchmarks: starts in seconds)
 *   --json           print machine-readable lines: {"url",…} when listening, {"ready":true} when set up
 *   --rate429 <0..1> --rate503 <0..1>   fault injection from the start
 *   --time-zone <id|IANA>  the site's time zone: SharePoint's id (4 = Berlin) or e.g. Europe/Berlin (default UTC)
 */
import { spawn } from 'node:child_process';
import { startWorkbench, type IWorkbench } from './index';
import { progressReporter } from './progress';

interface ICliArgs { port: number; data: string; reset: boolean; projects: number; open: boolean; rate429: number; rate503: number; memory: boolean; setup: boolean; pages: boolean; json: boolean; timeZone?: string }

export function parseArgs(argv: string[]): ICliArgs {
  const args: ICliArgs = { port: 4321, data: '.workbench', reset: false, projects: 60, open: true, rate429: 0, rate503: 0, memory: false, setup: true, pages: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = (min: number, max: number): number => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${a} must be a number from ${min} to ${max}`);
      return n;
    };
    switch (a) {
      case '--port': args.port = num(0, 65535); break;
      case '--data': args.data = value(); break;
      case '--reset': args.reset = true; break;
      case '--projects': args.projects = num(0, 100000); break;
      case '--no-open': args.open = false; break;
      case '--memory': args.memory = true; break;
      case '--no-setup': args.setup = false; break;
      case '--no-pages': args.pages = false; args.open = false; break;
      case '--json': args.json = true; args.open = false; break;
      case '--rate429': args.rate429 = num(0, 1); break;
      case '--rate503': args.rate503 = num(0, 1); break;
      case '--time-zone': args.timeZone = value(); break;
      default: throw new Error(`Unknown option ${a}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const progress = progressReporter(process.stdout);
  const wb = await startWorkbench({
    port: args.port,
    dataDir: args.data,
    reset: args.reset,
    memory: args.memory,
    setup: args.setup,
    site: args.pages,
    projects: args.projects,
    faults: args.rate429 || args.rate503 ? { rate429: args.rate429, rate503: args.rate503 } : undefined,
    timeZone: args.timeZone,
    onProgress: e => { if (!args.json) progress.report(e); }
  });
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    // Nothing may outlive `npm start`: stop() ends the set-up, Vite and the server; exit in any case.
    setTimeout(() => process.exit(1), FORCE_EXIT_MS).unref();
    wb.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
  watchParent(shutdown);
  try {
    if (args.json) {
      console.log(JSON.stringify({ url: wb.url, siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }));
      await wb.ready;
      console.log(JSON.stringify({ ready: true }));
    } else {
      await announce(wb, args, () => progress.end());
    }
  } catch (e) {
    if (!stopping) throw e; // a set-up interrupted by the stop is not a failure
  }
}

/** How long a stop may take before the process exits anyway. */
const FORCE_EXIT_MS: number = 8000;

/**
 * Calls `onOrphaned` when the process that started the workbench (npm, or tsx under it) is gone
 * without passing on a signal: the workbench is then re-parented and must not run on unseen.
 */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, 1000);
  timer.unref();
}

async function announce(wb: IWorkbench, args: ICliArgs, endProgress: () => void): Promise<void> {
  console.log('PMO Hub local workbench');
  console.log(`  PMO site:   ${wb.siteUrl}`);
  console.log(`  Graph:      ${wb.graphUrl}`);
  console.log(`  Teams view: ${wb.url}/teams`);
  await wb.ready;
  endProgress();
  console.log('The PMO site is ready. Press Ctrl+C to stop.');
  if (args.open) {
    const child = spawn('xdg-open', [wb.siteUrl], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  }
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(`npm start failed: ${e.message}`);
    process.exit(1);
  });
}
