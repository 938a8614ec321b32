/**
 * Standalone emulator: `npx tsx workbench/emulator/main.ts --port 0 --db <file> [--rate429 0.2] [--rate503 0.1] [--retry-after 1] [--site-path /sites/pmo] [--time-zone 4|Europe/Berlin]`.
 * Prints ONE JSON line {"url","siteUrl","graphUrl"} on stdout once listening.
 */
import { startEmulator } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const num = (name: string): number | undefined => (arg(name) === undefined ? undefined : Number(arg(name)));
  const site = await startEmulator({
    port: num('port') ?? 0,
    host: arg('host') ?? '127.0.0.1',
    db: arg('db') ?? ':memory:',
    sitePath: arg('site-path'),
    siteTitle: arg('site-title'),
    timeZone: arg('time-zone'),
    faults: { rate429: num('rate429'), rate503: num('rate503'), retryAfterSeconds: num('retry-after'), seed: num('seed') }
  });
  process.stdout.write(JSON.stringify({ url: site.url, siteUrl: site.siteUrl, graphUrl: site.graphUrl }) + '\n');
  const stop = (): void => {
    site.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
