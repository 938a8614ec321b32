/** The provisioning CLI: arguments, the progress line, and a run against the emulator in a child process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { startEmulator } from './emulator';
import { parseArgs, progressLine } from './provision';
import { pmoSchema } from '../src/schema/pmoSchema';

jest.setTimeout(60000);

describe('npm run provision', () => {
  it('parses --url, --user, --locale, --status and --typed', () => {
    expect(parseArgs(['--url', 'http://localhost:4321/sites/pmo/', '--user', 'anna.schmidt@pmohub.demo', '--locale', 'DE-DE'])).toEqual({
      url: 'http://localhost:4321/sites/pmo',
      user: 'anna.schmidt@pmohub.demo',
      locale: 'de-de',
      status: false,
      typed: false
    });
    expect(parseArgs(['--url', 'http://x/sites/pmo', '--status', '--typed'])).toMatchObject({ status: true, typed: true, locale: 'en-us' });
    expect(() => parseArgs([])).toThrow(/--url is required/);
    expect(() => parseArgs(['--url', 'http://x', '--locale', 'es-es'])).toThrow(/--locale must be one of/);
    expect(() => parseArgs(['--url'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--url', 'http://x', '--force'])).toThrow(/Unknown option --force/);
  });

  it('draws a progress bar with the step, list and column', () => {
    expect(progressLine({ step: 'fields', done: 15, total: 30, list: 'Risks', field: 'Impact' }, 10)).toBe('[#####.....] 15/30 fields Risks Impact');
    expect(progressLine({ step: 'read', done: 0, total: 0 }, 4)).toBe('[....] 0/0 read');
  });

  it('provisions a site end to end and reports the change count; a second run reports 0', async () => {
    const site = await startEmulator({ port: 0 });
    const run = (args: string[]): Promise<string> =>
      new Promise((resolve, reject) => {
        const tsx = path.resolve(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
        execFile(process.execPath, [tsx, path.join(__dirname, 'provision.ts'), ...args], { cwd: path.resolve(__dirname, '..') }, (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)
        );
      });
    try {
      const first = await run(['--url', site.siteUrl, '--locale', 'fr-fr']);
      expect(first).toMatch(/\[#{30}\] (\d+)\/\1 version/);
      expect((/^\d{3,} changes; site at schema version (\d+) \(was not set up\)/m.exec(first) ?? [])[1]).toBe(String(pmoSchema.version));
      const second = await run(['--url', site.siteUrl, '--locale', 'fr-fr']);
      expect((/^0 changes; site at schema version (\d+) \(was (\d+)\)/m.exec(second) ?? []).slice(1)).toEqual([String(pmoSchema.version), String(pmoSchema.version)]);
      // The status is a plan-mode run in the site's locale (titles are compared in it).
      const status = JSON.parse(await run(['--url', site.siteUrl, '--locale', 'fr-fr', '--status'])) as { upToDate: boolean; changes: unknown[] };
      expect(status).toMatchObject({ upToDate: true, changes: [] });
    } finally {
      await site.stop();
    }
  });
});
