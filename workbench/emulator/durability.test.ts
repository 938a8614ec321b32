/**
 * Durability: the standalone emulator (workbench/emulator/main.ts) is killed with SIGKILL in the
 * middle of a burst of writes; after a restart on the same SQLite file every acknowledged write
 * (HTTP 2xx received) is there and the database passes PRAGMA integrity_check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const root = join(__dirname, '..', '..');

/** Starts main.ts in a node 22 process of its own (tsx as an in-process loader, so SIGKILL hits the server itself). */
function startChild(db: string): Promise<{ child: ChildProcess; siteUrl: string }> {
  const child = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', 'workbench/emulator/main.ts', '--port', '0', '--db', db], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => { err += c.toString(); });
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, siteUrl: (JSON.parse(out.slice(0, nl)) as { siteUrl: string }).siteUrl });
    });
    child.on('exit', code => reject(new Error(`emulator exited early (${String(code)}): ${err}`)));
  });
}

const json = { Accept: 'application/json', 'Content-Type': 'application/json' };

describe('durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-emu-'));
  const dbFile = join(dir, 'site.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write across a SIGKILL mid-burst', async () => {
    const first = await startChild(dbFile);
    const created = await fetch(`${first.siteUrl}/_api/web/lists`, { method: 'POST', headers: json, body: JSON.stringify({ Title: 'Burst', BaseTemplate: 100 }) });
    expect(created.status).toBe(201);
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; i < 200 && !killed; i++) {
        const title = `w${w}-${i}`;
        try {
          const res = await fetch(`${first.siteUrl}/_api/web/lists/getByTitle('Burst')/items`, { method: 'POST', headers: json, body: JSON.stringify({ Title: title }) });
          if (res.status === 201) acknowledged.push(title);
          await res.arrayBuffer();
        } catch {
          return; // connection refused or reset after the kill
        }
        if (acknowledged.length >= 150 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    expect(killed).toBe(true);
    await new Promise(r => (first.child.exitCode !== null || first.child.signalCode !== null ? r(undefined) : first.child.once('exit', r)));
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startChild(dbFile);
    try {
      const res = await fetch(`${second.siteUrl}/_api/web/lists/getByTitle('Burst')/items?$select=Title&$top=5000`, { headers: json });
      const body = await res.json() as { value: Array<{ Title: string }> };
      const stored = new Set(body.value.map(v => v.Title));
      const lost = acknowledged.filter(t => !stored.has(t));
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);
      expect(lost).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise(r => second.child.once('exit', r));
    }
    const db = new DatabaseSync(dbFile);
    try {
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      db.close();
    }
  }, 60000);
});
