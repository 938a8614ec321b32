/**
 * Benchmark runner: `npm run bench -- <name>` runs bench/<name>.ts; with no name, runs every
 * bench/*.ts module (except this one). Each module exports `run(): Promise<void>` and prints
 * `key: value` figures on stdout. `npm run bench -- --help` (or `-h`) lists the benchmarks and the
 * environment variables they read, and runs none.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface IBenchModule { run(): Promise<void> }

/** The benchmarks: bench/*.ts except this runner, tests and declarations, sorted by name. */
export function benchmarks(dir: string = __dirname): string[] {
  return readdirSync(dir).filter(f => /\.ts$/.test(f) && !/\.d\.ts$/.test(f) && f !== 'run.ts' && !/\.test\.ts$/.test(f)).map(f => f.replace(/\.ts$/, '')).sort();
}

/** The project's own modules `file` imports (relative imports, .ts/.tsx or index.ts). */
function relativeImports(file: string): string[] {
  const found: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = resolve(dirname(file), m[1]);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(f => existsSync(f) && statSync(f).isFile() && /\.tsx?$/.test(f));
    if (hit) found.push(hit);
  }
  return found;
}

/** The benchmarks' source files and every project module they import, transitively. */
function sourceFiles(dir: string): string[] {
  const seen = new Set<string>();
  const queue = benchmarks(dir).map(n => join(dir, `${n}.ts`));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...relativeImports(file));
  }
  return [...seen];
}

/** The first sentence of a module's leading doc comment (what the benchmark measures), or ''. */
function summary(file: string): string {
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'));
  if (!m) return '';
  const text = m[1].replace(/^\s*\* ?/gm, '').replace(/\s+/g, ' ').trim();
  const end = text.search(/[.:](\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

/** What `--help` prints: usage, each benchmark with its summary, and every environment variable the benchmarks read, with the files that read it. */
export function benchHelp(dir: string = __dirname): string {
  const vars = new Map<string, Set<string>>();
  const project = resolve(dir, '..');
  for (const file of sourceFiles(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) {
      const name = m[1] ?? m[2];
      if (name === 'JEST_WORKER_ID' || name === 'NODE_ENV') continue;
      if (!vars.has(name)) vars.set(name, new Set());
      vars.get(name)?.add(relative(project, file));
    }
  }
  const names = benchmarks(dir);
  const width = Math.max(...names.map(n => n.length));
  return [
    'Usage: npm run bench -- [<name> ...]   (no name: every benchmark; --help: this text, runs none)',
    '',
    'Benchmarks:',
    ...names.map(n => `  ${n.padEnd(width)}  ${summary(join(dir, `${n}.ts`))}`),
    '',
    'Environment variables (read by):',
    ...[...vars.keys()].sort().map(v => `  ${v}  (${[...(vars.get(v) ?? [])].sort().join(', ')})`)
  ].join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.some(a => a === '--help' || a === '-h')) {
    process.stdout.write(`${benchHelp()}\n`);
    return;
  }
  const wanted = argv.filter(a => !a.startsWith('-'));
  const available = benchmarks();
  const names = wanted.length ? wanted : available;
  for (const name of names) {
    if (available.indexOf(name) < 0) throw new Error(`Unknown benchmark '${name}'. Available: ${available.join(', ')}`);
    const mod = (await import(pathToFileURL(join(__dirname, `${name}.ts`)).href)) as IBenchModule;
    process.stdout.write(`# bench ${name}\n`);
    await mod.run();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  });
}
