/**
 * `npm run provision -- --url <siteUrl> [--user <upn>] [--locale de-de] [--status] [--typed]`
 *
 * Runs provisionSite (the same code as the PMO Setup web part) against any site the CLI can reach:
 * normally the local workbench (`npm start`), e.g. http://localhost:4321/sites/pmo. Prints one
 * progress line that updates in place, then the number of changes. `--status` only reports what
 * is missing. Exit code 1 on failure, with the list and column that failed.
 *
 * A real SharePoint Online site needs a bearer token for SharePoint: with `PMO_HUB_ACCESS_TOKEN`
 * set (e.g. from `m365 util accesstoken get --resource https://<tenant>.sharepoint.com`), the run
 * sends it instead of the workbench's user header. `npm run deploy` calls {@link runProvisioning}
 * with such a token (tools/deploy.ts).
 */
import { SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { ReadEmptyBodies, RetryThrottled, spfi, type SPFI } from '../src/platform/pnp';
import { localEnvironment } from '../src/services/environment';
import { getSiteStatus, provisionSite, ProvisioningError, type IProvisionProgress } from '../src/provisioning';
import { pmoSchema } from '../src/schema/pmoSchema';
import { LOCALES, loadLocale } from './locales';

/** The parsed command line of `npm run provision`. */
export interface ICliArgs {
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

/** The environment variable holding a SharePoint bearer token for a real tenant. */
export const ACCESS_TOKEN_VARIABLE: string = 'PMO_HUB_ACCESS_TOKEN';

/**
 * A PnPjs root for a real SharePoint Online site, authenticated with a bearer token for the
 * tenant's SharePoint resource (https://<tenant>.sharepoint.com). No request digest is needed with
 * OAuth. Throttled (429) and unavailable (503) requests are retried as in the web parts.
 */
export function tenantSp(siteUrl: string, accessToken: string): SPFI {
  const url = siteUrl.replace(/\/$/, '');
  return spfi(url).using(SPBrowser({ baseUrl: url }), ReadEmptyBodies(), RetryThrottled({ baseDelayMs: 1000 }), InjectHeaders({ Authorization: `Bearer ${accessToken}` }));
}

/**
 * Runs (or with `status` only reports) the PMO site provisioning on `sp` and prints its progress and
 * result to stdout: the code behind `npm run provision` and step 4 of `npm run deploy`. Throws
 * ProvisioningError naming the list and column that failed.
 */
export async function runProvisioning(sp: SPFI, args: Pick<ICliArgs, 'locale' | 'status' | 'typed'>): Promise<void> {
  if (args.status) {
    const status = await getSiteStatus(sp, pmoSchema, { locale: args.locale, strings: loadLocale(args.locale) });
    console.log(JSON.stringify(status, null, 2));
    return;
  }
  const tty = process.stdout.isTTY === true;
  let lastLine = '';
  const started = Date.now();
  const result = await provisionSite(sp, pmoSchema, {
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const token = process.env[ACCESS_TOKEN_VARIABLE];
  if (token) {
    await runProvisioning(tenantSp(args.url, token), args);
    return;
  }
  const origin = new URL(args.url).origin;
  const env = localEnvironment({ siteUrl: args.url, graphUrl: `${origin}/graph/v1.0`, user: args.user, locale: args.locale });
  await runProvisioning(env.sp, args);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    if (process.stdout.isTTY) process.stdout.write('\n');
    if (e instanceof ProvisioningError) console.error(e.message);
    else console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
