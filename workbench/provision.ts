/**
 * `npm run provision -- --url <siteUrl> [--user <upn>] [--locale de-de] [--status] [--typed]`
 *
 * Runs provisionSite (the same code as the PMO Setup web part) against any site the CLI can reach:
 * normally the local workbench (`npm start`), e.g. http://localhost:4321/sites/pmo. Prints one
 * progress line that updates in place, then the number of changes. `--status` only reports what
 * is missing. Exit code 1 on failure, with the list and column that failed.
 */
import { localEnvironment } from '../src/services/environment';
import { getSiteStatus, provisionSite, ProvisioningError, type IProvisionProgress } from '../src/provisioning';
import { pmoSchema } from '../src/schema/pmoSchema';
import { LOCALES, loadLocale } from './locales';

interface ICliArgs {
  url: string;
  user?: string;
  locale: string;
  status: boolean;
  typed: boolean;
}

function usage(): string {
  return 'Usage: npm run provision -- --url <siteUrl> [--user <upn>] [--locale en-us|de-de|fr-fr|nl-nl|it-it] [--status] [--typed]';
}

/** Parses the command line (exported for tests). */
export function parseArgs(argv: string[]): ICliArgs {
  const out: ICliArgs = { url: '', locale: 'en-us', status: false, typed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.indexOf('--') === 0) throw new Error(`${a} needs a value. ${usage()}`);
      return v;
    };
    if (a === '--url') out.url = value().replace(/\/$/, '');
    else if (a === '--user') out.user = value();
    else if (a === '--locale') out.locale = value().toLowerCase();
    else if (a === '--status') out.status = true;
    else if (a === '--typed') out.typed = true;
    else throw new Error(`Unknown option ${a}. ${usage()}`);
  }
  if (!out.url) throw new Error(`--url is required. ${usage()}`);
  if ((LOCALES as readonly string[]).indexOf(out.locale) < 0) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  return out;
}

/** One line: a bar, the count and what is being done. */
export function progressLine(e: IProvisionProgress, width: number = 30): string {
  const filled = e.total > 0 ? Math.round((e.done / e.total) * width) : 0;
  const what = [e.step, e.list, e.field].filter(Boolean).join(' ');
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${e.done}/${e.total} ${what}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const origin = new URL(args.url).origin;
  const env = localEnvironment({ siteUrl: args.url, graphUrl: `${origin}/graph/v1.0`, user: args.user, locale: args.locale });
  if (args.status) {
    const status = await getSiteStatus(env.sp, pmoSchema, { locale: args.locale, strings: loadLocale(args.locale) });
    console.log(JSON.stringify(status, null, 2));
    return;
  }
  const tty = process.stdout.isTTY === true;
  let lastLine = '';
  const started = Date.now();
  const result = await provisionSite(env.sp, pmoSchema, {
    locale: args.locale,
    strings: loadLocale(args.locale),
    fieldMode: args.typed ? 'typed' : 'xml',
    onProgress: e => {
      const line = progressLine(e);
      if (tty) process.stdout.write(`\r${line.padEnd(lastLine.length)}`);
      lastLine = line;
    }
  });
  if (tty) process.stdout.write('\n');
  else console.log(lastLine);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.changes} changes; site at schema version ${result.toVersion} (was ${result.fromVersion || 'not set up'}); ${seconds} s`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    if (process.stdout.isTTY) process.stdout.write('\n');
    if (e instanceof ProvisioningError) console.error(e.message);
    else console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
