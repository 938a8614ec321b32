/**
 * The processes of `reliability.provisioning`: the local workbench on a data folder (workbench/cli.ts
 * `--data <dir> --no-setup --no-pages`: SQLite on disk, the APIs without the pages) and a PMO Setup run (./provisioningRun.ts), each a Node
 * process of its own started with tsx as an in-process loader, so that SIGKILL hits the workbench and
 * the run themselves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { KillMode } from './provisioningRun';

const REPO: string = path.resolve(__dirname, '..', '..');

/** How long a workbench may take to listen, and a setup run to finish. */
const START_TIMEOUT_MS: number = 120_000;
const RUN_TIMEOUT_MS: number = 600_000;

function nodeArgs(script: string, args: ReadonlyArray<string>): string[] {
  return ['--disable-warning=ExperimentalWarning', '--import', 'tsx', path.join(REPO, script), ...args];
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.JEST_WORKER_ID; // the children are a workbench and a setup run, not Jest workers
  return env;
}

/** The exit of a child: its code, or the signal that ended it. */
function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** A workbench process on a data folder. */
export interface IWorkbenchProcess {
  pid: number;
  siteUrl: string;
  graphUrl: string;
  /** Resolves when the process has ended (after a stop or a kill), with the signal that ended it. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops it as Ctrl+C does (SIGTERM: the store is closed) and waits for the end. */
  stop(): Promise<void>;
}

/** Starts `workbench/cli.ts --port 0 --data <dir> --no-setup --no-pages --json` and resolves once the site answers. */
export function startWorkbenchProcess(dataDir: string): Promise<IWorkbenchProcess> {
  const child = spawn(process.execPath, nodeArgs('workbench/cli.ts', ['--port', '0', '--data', dataDir, '--no-setup', '--no-pages', '--json']), { cwd: REPO, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = exited(child);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exit;
  };
  return new Promise((resolve, reject) => {
    let urls: { siteUrl: string; graphUrl: string } | undefined;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The workbench on ${dataDir} did not start in time.\n${stderr}`));
    }, START_TIMEOUT_MS);
    void exit.then(e => {
      clearTimeout(timer);
      reject(new Error(`The workbench on ${dataDir} ended (${String(e.code ?? e.signal)}) before it was ready.\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', line => {
      let msg: Record<string, unknown>;
      try { msg = JSON.parse(line) as Record<string, unknown>; } catch { return; }
      if (typeof msg.siteUrl === 'string') urls = { siteUrl: msg.siteUrl, graphUrl: String(msg.graphUrl) };
      if (msg.ready === true && urls) {
        clearTimeout(timer);
        resolve({ pid: child.pid as number, ...urls, exit, stop });
      }
    });
  });
}

/** Where a run is killed: at its n-th request, answered or in flight. */
export interface IKillPoint {
  request: number;
  mode: KillMode;
}

/** How a setup run ended. */
export type SetupRunOutcome =
  | { kind: 'done'; changes: number; requests: number }
  | { kind: 'killed' }
  | { kind: 'failed'; message: string };

/**
 * Runs PMO Setup (./provisioningRun.ts) against the workbench `wb`; with `kill`, the run kills the
 * workbench and itself at that request. Resolves when the run process and (when killed) the workbench
 * have ended.
 */
export async function runSetupProcess(wb: IWorkbenchProcess, kill?: IKillPoint): Promise<SetupRunOutcome> {
  const args = ['--url', wb.siteUrl, '--graph', wb.graphUrl];
  if (kill) args.push('--kill-at', String(kill.request), '--kill-mode', kill.mode, '--kill-pid', String(wb.pid));
  const child = spawn(process.execPath, nodeArgs('bench/reliability/provisioningRun.ts', args), { cwd: REPO, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const end = await exited(child);
  clearTimeout(timer);
  if (end.signal === 'SIGKILL' && kill) {
    await wb.exit;
    return { kind: 'killed' };
  }
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    const msg = JSON.parse(last) as { done?: boolean; changes?: number; requests?: number; error?: string };
    if (msg.done) return { kind: 'done', changes: Number(msg.changes), requests: Number(msg.requests) };
    if (msg.error) return { kind: 'failed', message: msg.error };
  } catch {
    // not a result line: the output says what happened
  }
  return { kind: 'failed', message: `exit ${String(end.code ?? end.signal)}: ${(stdout + stderr).slice(-2000)}` };
}
