/**
 * Stopping `npm start` stops the workbench: SIGTERM to npm, or Ctrl+C (SIGINT to the terminal's
 * process group), while the site is still being set up or once it is ready. No process that npm
 * started is left running afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { commandOf, descendants, isRunning } from './processTree';

jest.setTimeout(180_000);

const repo = path.resolve(__dirname, '..');

interface IStarted { npm: ChildProcess; url: string; lines: string[] }

/** `npm start -- --port 0 --memory --json …` in its own process group; resolves at the line `wanted` names. */
function npmStart(wanted: 'url' | 'ready', extra: string[] = []): Promise<IStarted> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.JEST_WORKER_ID;
  const npm = spawn('npm', ['start', '--silent', '--', '--port', '0', '--memory', '--json', ...extra], { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let url = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not print ${wanted}: ${lines.join('\n')}`)), 150_000);
    createInterface({ input: npm.stdout! }).on('line', line => {
      lines.push(line);
      if (line.indexOf('"url"') >= 0) url = (JSON.parse(line) as { url: string }).url;
      if ((wanted === 'url' && url) || (wanted === 'ready' && line.indexOf('"ready":true') >= 0)) {
        clearTimeout(timer);
        resolve({ npm, url, lines });
      }
    });
    npm.stderr!.on('data', (d: Buffer) => lines.push(d.toString()));
    npm.once('exit', code => { clearTimeout(timer); reject(new Error(`npm start exited (${code}): ${lines.join('\n')}`)); });
  });
}

/** Waits until none of `pids` runs (at most `ms`); returns the ones still running. */
async function gone(pids: number[], ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  let left = pids.filter(isRunning);
  while (left.length && Date.now() < until) {
    await new Promise(r => setTimeout(r, 200));
    left = left.filter(isRunning);
  }
  return left.map(p => `${p} ${commandOf(p)}`);
}

/** Kills what a failed test left behind (this test's own processes only). */
function cleanUp(pids: number[]): void {
  for (const p of pids) if (isRunning(p)) try { process.kill(p, 'SIGKILL'); } catch { /* ended meanwhile */ }
}

describe('stopping npm start', () => {
  it('SIGTERM to npm while the site is being set up stops every process npm started', async () => {
    const { npm, url } = await npmStart('url', ['--projects', '40']);
    const tree = [npm.pid as number, ...descendants(npm.pid as number)];
    try {
      expect(tree.length).toBeGreaterThanOrEqual(3); // npm, the shell or tsx, the workbench
      expect((await fetch(`${url}/_workbench/health`)).status).toBe(200);
      process.kill(npm.pid as number, 'SIGTERM');
      expect(await gone(tree, 15_000)).toEqual([]);
      await expect(fetch(`${url}/_workbench/health`)).rejects.toThrow();
    } finally {
      cleanUp(tree);
    }
  });

  it('Ctrl+C (SIGINT to the process group) once the site is ready stops every process npm started', async () => {
    const { npm, url } = await npmStart('ready', ['--projects', '2']);
    const tree = [npm.pid as number, ...descendants(npm.pid as number)];
    try {
      process.kill(-(npm.pid as number), 'SIGINT');
      expect(await gone(tree, 15_000)).toEqual([]);
      await expect(fetch(`${url}/_workbench/health`)).rejects.toThrow();
    } finally {
      cleanUp(tree);
    }
  });
});
