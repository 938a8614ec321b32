/**
 * Benchmark runner: `npm run bench -- <name>` runs bench/<name>.ts; with no name, runs every
 * bench/*.ts module (except this one). Each module exports `run(): Promise<void>` and prints
 * `key: value` figures on stdout.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface IBenchModule { run(): Promise<void> }

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter(a => !a.startsWith('-'));
  const available = readdirSync(__dirname).filter(f => /\.ts$/.test(f) && !/\.d\.ts$/.test(f) && f !== 'run.ts' && !/\.test\.ts$/.test(f)).map(f => f.replace(/\.ts$/, '')).sort();
  const names = wanted.length ? wanted : available;
  for (const name of names) {
    if (available.indexOf(name) < 0) throw new Error(`Unknown benchmark '${name}'. Available: ${available.join(', ')}`);
    const mod = (await import(pathToFileURL(join(__dirname, `${name}.ts`)).href)) as IBenchModule;
    process.stdout.write(`# bench ${name}\n`);
    await mod.run();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
