/**
 * `npm run deploy -- --tenant <name> --site <url> [--teams] [--dry-run] [--app-catalog <url>] [--locale <tag> [--retitle]]`
 * (`npm run deploy -- --help` prints every option).
 *
 * Deploys PMO Hub to a Microsoft 365 tenant with the CLI for Microsoft 365 (`@pnp/cli-microsoft365`,
 * a dev dependency; sign in first with `npx m365 login --authType browser`). Before anything changes,
 * the site is read (`spo web get`): its language sets the lists' language. Then the steps, each
 * idempotent and saying what it did:
 * 1. the app catalog: add and deploy `sharepoint/solution/pmo-hub.sppkg` (skipped when the same
 *    version is deployed, refused when the catalog holds a newer one);
 * 2. API access (informational, never stops the run): whether PMO Hub's Graph scopes are pending
 *    (approve at the API access page), granted, or cannot be told (never approved here);
 * 3. the site: add the app (skipped when this version is installed, upgraded when an older one
 *    is), then wait until the site reports the app installed;
 * 3b. the tenant property {@link PMO_SITE_PROPERTY}: the PMO site's URL (skipped when it holds it);
 * 4. the PMO site provisioning (provisionSite, the code of `npm run provision`) with a SharePoint
 *    token from `m365 util accesstoken get`;
 * 5. with `--teams`: the Teams apps (published when new, updated when this version is newer,
 *    skipped when the catalog holds it).
 * `--dry-run` prints the CLI commands, one per line, and runs none. Exit code 0 when deployed (and
 * for `--help`), 2 on a usage error, 1 when a step fails (the step is named).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEAMS_APPS } from './package-teams';
import { LOCALES } from '../workbench/locales';
import { PMO_SITE_PROPERTY } from '../src/schema/tenant';

const root = path.resolve(__dirname, '..');

/** The parsed command line of `npm run deploy`. */
export interface IDeployArgs {
  /** The tenant's name: `contoso` for contoso.sharepoint.com. */
  tenant: string;
  /** The PMO site's absolute URL, on the tenant's SharePoint host (normalized: no page, query or fragment). */
  site: string;
  /** What `--site` carried beyond the site's URL and was dropped (a page, query or fragment); said in the output. */
  siteDropped?: string;
  /** Also publish or update the Teams apps. */
  teams: boolean;
  /** Print the commands, run none. */
  dryRun: boolean;
  /** The tenant app catalog's URL, when the CLI should not look it up. */
  appCatalog?: string;
  /** Language of the lists, columns and views the provisioning creates; undefined: the site's language. */
  locale?: string;
  /** Allow a `--locale` that differs from the site's language (the provisioning retitles the lists). */
  retitle: boolean;
}

/** A wrong or missing argument: the message names it; the command exits with code 2. */
export class UsageError extends Error {}

/** A step that failed on the tenant: names the step and the CLI's message. */
export class DeployStepError extends Error {
  public constructor(public readonly step: string, message: string) {
    super(`Step "${step}" failed: ${message}`);
  }
}

/** The usage line printed with every usage error. */
export const USAGE: string = 'Usage: npm run deploy -- --tenant <name> --site <https://<name>.sharepoint.com/sites/...> [--teams] [--dry-run] [--app-catalog <url>] [--locale en-us|de-de|fr-fr|nl-nl|it-it [--retitle]] [--help]';

/** What `--help` (or `-h`) prints: the usage, then every option with its meaning. */
export const HELP: string = [
  USAGE,
  '',
  'Deploys PMO Hub to a Microsoft 365 tenant with the CLI for Microsoft 365 installed with the project (npx m365).',
  'Sign in first: npx m365 login --authType browser (and npx m365 logout afterwards).',
  '',
  'Options:',
  '  --tenant <name>        the tenant\'s name: contoso for contoso.sharepoint.com (required)',
  '  --site <url>           the PMO site\'s URL, under /sites/ or /teams/ (required); a page, query or',
  '                         fragment after it (/SitePages/Home.aspx?a=b#c) is dropped, and said so',
  '  --teams                also publish the Teams apps, or update them when this version is newer (step 5)',
  '  --dry-run              print the CLI commands in order (each runs as npx m365 ...); run none',
  '  --app-catalog <url>    the tenant app catalog\'s URL, when the CLI should not look it up',
  `  --locale <tag>         language of the lists, columns and views: ${LOCALES.join(', ')};`,
  '                         default: the site\'s language (spo web get, Language)',
  '  --retitle              with a --locale that differs from the site\'s language: give the lists that',
  '                         language\'s titles on purpose (without it such a --locale is refused)',
  '  --help, -h             print this help and exit',
  '',
  'Exit codes: 0 deployed (or help), 1 a step failed (the message names it), 2 a wrong or missing argument.'
].join('\n');

/** Path segments that start a page, library or list inside a site: `--site` is cut there. */
const INSIDE_SITE = /^(sitepages|pages|lists|_layouts|siteassets|shared documents|forms|_api|_vti_bin)$|\.aspx$/i;
/** Libraries of the app catalog site (AppCatalog, ClientSideAssets): below a site's URL, a URL is cut there too. */
const CATALOG_LIBRARY = /^(appcatalog|clientsideassets)$/i;

/**
 * The site's URL from a URL given on the command line: https on `<tenant>.sharepoint.com`, under
 * /sites/ or /teams/; a page, list or library path, a query and a fragment are cut off and returned
 * as `dropped`. Throws UsageError (naming `name`) for anything else, and for a user name or password.
 */
export function siteUrlOf(name: string, value: string, tenant: string): { url: string; dropped?: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${name} must be an absolute URL, got "${value}".`);
  }
  if (url.username || url.password) throw new UsageError(`${name} must not carry a user name or password; give the site's URL only (sign in with \`npx m365 login --authType browser\`).`);
  const host = `${tenant}.sharepoint.com`;
  if (url.protocol !== 'https:' || url.host !== host) throw new UsageError(`${name} must be on https://${host}, got "${value}".`);
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length < 2 || !/^(sites|teams)$/i.test(segments[0]) || INSIDE_SITE.test(decodeURIComponent(segments[1]))) {
    throw new UsageError(`${name} must be a site under /sites/ or /teams/, got "${value}".`);
  }
  let keep = segments.length;
  for (let i = 2; i < segments.length; i++) {
    const segment = decodeURIComponent(segments[i]);
    if (INSIDE_SITE.test(segment) || CATALOG_LIBRARY.test(segment)) {
      keep = i;
      break;
    }
  }
  const rest = segments.slice(keep);
  const dropped = `${rest.length > 0 ? `/${rest.join('/')}` : ''}${url.search}${url.hash}`;
  return { url: `https://${host}/${segments.slice(0, keep).join('/')}`, dropped: dropped || undefined };
}

/** Parses the command line (not `--help`: see {@link wantsHelp}). Throws UsageError naming the argument that is missing or wrong. */
export function parseDeployArgs(argv: string[]): IDeployArgs {
  const out: IDeployArgs = { tenant: '', site: '', teams: false, dryRun: false, retitle: false };
  let site = '';
  let catalog: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.indexOf('--') === 0) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--tenant') out.tenant = value().toLowerCase();
    else if (a === '--site') site = value();
    else if (a === '--app-catalog') catalog = value();
    else if (a === '--locale') out.locale = value().toLowerCase();
    else if (a === '--teams') out.teams = true;
    else if (a === '--dry-run') out.dryRun = true;
    else if (a === '--retitle') out.retitle = true;
    else throw new UsageError(`Unknown argument ${a}.`);
  }
  if (!out.tenant) throw new UsageError('--tenant is required.');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(out.tenant)) throw new UsageError(`--tenant must be the tenant's name (contoso for contoso.sharepoint.com), got "${out.tenant}".`);
  if (!site) throw new UsageError('--site is required.');
  const parsedSite = siteUrlOf('--site', site, out.tenant);
  out.site = parsedSite.url;
  if (parsedSite.dropped) out.siteDropped = parsedSite.dropped;
  if (catalog !== undefined) {
    const parsedCatalog = siteUrlOf('--app-catalog', catalog, out.tenant);
    if (parsedCatalog.dropped) throw new UsageError(`--app-catalog must be the app catalog site's URL only, without "${parsedCatalog.dropped}".`);
    out.appCatalog = parsedCatalog.url;
  }
  if (out.locale !== undefined && (LOCALES as readonly string[]).indexOf(out.locale) < 0) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, got "${out.locale}".`);
  if (out.retitle && out.locale === undefined) throw new UsageError('--retitle needs --locale: it allows a --locale that differs from the site\'s language.');
  return out;
}

/** True when the command line asks for the help (`--help` or `-h`, anywhere). */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some(a => a === '--help' || a === '-h');
}

/** What is deployed: the solution (config/package-solution.json) and its package files. */
export interface ISolution {
  /** The solution's name, e.g. pmo-hub-client-side-solution. */
  name: string;
  /** The solution's id: the app's ProductId in the catalog and on the site. */
  id: string;
  /** Four-part version, e.g. 0.16.0.0. */
  version: string;
  /** Absolute path of the .sppkg. */
  sppkg: string;
  /** The Teams app packages: absolute zip path, the manifest's id, short name and (three-part) version. */
  teamsApps: Array<{ zip: string; id: string; name: string; version: string }>;
  /** The API permissions the package asks for (webApiPermissionRequests). */
  permissions: Array<{ resource: string; scope: string }>;
}

/** The default folder of the packages `npm run package` writes. */
export const SOLUTION_DIR: string = path.join(root, 'sharepoint', 'solution');

/**
 * The release's versions as each file states it: package.json (x.y.z), the solution and the
 * "PMO Hub" feature in config/package-solution.json (x.y.z.0) and every Teams manifest (x.y.z).
 * `npm run package` writes them from package.json's (tools/sync-version.ts); the deploy compares
 * the solution's version with the deployed one, so they must move with every release.
 */
export function releaseVersions(projectDir: string = root): Array<{ file: string; version: string; expected: string }> {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(projectDir, file), 'utf8'));
  const release = (read('package.json') as { version: string }).version;
  const config = read('config/package-solution.json') as { solution: { version: string; features: Array<{ title: string; version: string }> } };
  const feature = config.solution.features.find(f => f.title === 'PMO Hub');
  return [
    { file: 'package.json', version: release, expected: release },
    { file: 'config/package-solution.json solution.version', version: config.solution.version, expected: `${release}.0` },
    { file: 'config/package-solution.json feature "PMO Hub"', version: feature?.version ?? '(missing)', expected: `${release}.0` },
    ...TEAMS_APPS.map(app => ({ file: `teams/${app.manifest}`, version: (read(`teams/${app.manifest}`) as { version: string }).version, expected: release }))
  ];
}

/**
 * Reads the solution and checks that its packages exist in `solutionDir` (the Teams zips only
 * with `teams`). Throws an Error saying to run `npm run package` when one is missing, or when the
 * release's versions disagree ({@link releaseVersions}). `projectDir`: where config/ and teams/ are.
 */
export function readSolution(solutionDir: string = SOLUTION_DIR, teams: boolean = false, projectDir: string = root): ISolution {
  const config = JSON.parse(readFileSync(path.join(projectDir, 'config', 'package-solution.json'), 'utf8')) as {
    solution: { name: string; id: string; version: string; webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
    paths: { zippedPackage: string };
  };
  const disagree = releaseVersions(projectDir).filter(v => v.version !== v.expected);
  if (disagree.length > 0) throw new Error(`The release's versions disagree (${disagree.map(v => `${v.file}: ${v.version}, expected ${v.expected}`).join('; ')}): run \`npm run package\` first (it writes them from package.json's version).`);
  const sppkg = path.join(solutionDir, path.basename(config.paths.zippedPackage));
  const teamsApps = TEAMS_APPS.map(app => {
    const manifest = JSON.parse(readFileSync(path.join(projectDir, 'teams', app.manifest), 'utf8')) as { id: string; version: string; name: { short: string } };
    return { zip: path.join(solutionDir, app.zip), id: manifest.id, name: manifest.name.short, version: manifest.version };
  });
  const needed = [sppkg, ...(teams ? teamsApps.map(a => a.zip) : [])];
  const missing = needed.filter(f => !existsSync(f));
  if (missing.length > 0) throw new Error(`${missing.map(f => path.relative(process.cwd(), f)).join(', ')} not found: run \`npm run package\` first.`);
  return { name: config.solution.name, id: config.solution.id, version: config.solution.version, sppkg, teamsApps, permissions: config.solution.webApiPermissionRequests ?? [] };
}

/** Quotes one command for a POSIX shell: `m365`, the command's words, then options with every value in double quotes. */
export function quoteCommand(args: readonly string[]): string {
  const quote = (v: string): string => `"${v.replace(/(["\\$`])/g, '\\$1')}"`;
  const firstOption = args.findIndex(a => a.indexOf('--') === 0);
  const words = firstOption < 0 ? args : args.slice(0, firstOption);
  const options = firstOption < 0 ? [] : args.slice(firstOption);
  return ['m365', ...words, ...options.map(a => (a.indexOf('--') === 0 ? a : quote(a)))].join(' ');
}

/** Splits a line printed by {@link quoteCommand} back into its words (without `m365`). */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  if (words[0] !== 'm365') throw new Error(`Not an m365 command: ${line}`);
  return words.slice(1);
}

/** Placeholders for values the tenant gives during the run (a dry run cannot know them). */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '{appId}': "pmo-hub.sppkg's ID in the app catalog (from step 1)",
  '{appCatalogUrl}': "the tenant app catalog's URL (from `spo tenant appcatalogurl get` in step 3b; --app-catalog gives it)",
  '{teamsAppId}': "the Teams app's ID in the organisation's app catalog (from step 5's request)"
};

/** The description stored with the tenant property {@link PMO_SITE_PROPERTY}. */
export const PMO_SITE_PROPERTY_DESCRIPTION: string = "PMO Hub: the PMO site's URL, read by PMO Hub's web parts on other sites and in Teams (set by npm run deploy).";

/** The Graph request (through `m365 request`) for one Teams app of the organisation's catalog, found by its manifest id, with its versions. */
export function teamsAppUrl(manifestId: string): string {
  return `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps?$filter=externalId%20eq%20'${manifestId}'&$expand=appDefinitions`;
}

/** The CLI commands of the deployment, as argument lists (each ends with `--output json`). */
export const deployCommands = {
  webGet: (a: IDeployArgs): string[] => ['spo', 'web', 'get', '--url', a.site, '--output', 'json'],
  appList: (a: IDeployArgs): string[] => ['spo', 'app', 'list', '--appCatalogScope', 'tenant', ...catalogUrl(a), '--output', 'json'],
  appAdd: (a: IDeployArgs, s: ISolution): string[] => ['spo', 'app', 'add', '--filePath', s.sppkg, '--appCatalogScope', 'tenant', ...catalogUrl(a), '--overwrite', '--output', 'json'],
  appDeploy: (a: IDeployArgs, s: ISolution): string[] => ['spo', 'app', 'deploy', '--name', path.basename(s.sppkg), '--appCatalogScope', 'tenant', ...catalogUrl(a), '--output', 'json'],
  permissionRequests: (): string[] => ['spo', 'serviceprincipal', 'permissionrequest', 'list', '--output', 'json'],
  grantList: (): string[] => ['spo', 'serviceprincipal', 'grant', 'list', '--output', 'json'],
  instanceList: (a: IDeployArgs): string[] => ['spo', 'app', 'instance', 'list', '--siteUrl', a.site, '--output', 'json'],
  install: (a: IDeployArgs, appId: string): string[] => ['spo', 'app', 'install', '--id', appId, '--siteUrl', a.site, '--appCatalogScope', 'tenant', '--output', 'json'],
  upgrade: (a: IDeployArgs, appId: string): string[] => ['spo', 'app', 'upgrade', '--id', appId, '--siteUrl', a.site, '--appCatalogScope', 'tenant', '--output', 'json'],
  storageGet: (): string[] => ['spo', 'storageentity', 'get', '--key', PMO_SITE_PROPERTY, '--output', 'json'],
  appCatalogUrl: (): string[] => ['spo', 'tenant', 'appcatalogurl', 'get', '--output', 'json'],
  storageSet: (a: IDeployArgs, catalog: string): string[] => ['spo', 'storageentity', 'set', '--appCatalogUrl', catalog, '--key', PMO_SITE_PROPERTY, '--value', a.site, '--description', PMO_SITE_PROPERTY_DESCRIPTION, '--output', 'json'],
  accessToken: (a: IDeployArgs): string[] => ['util', 'accesstoken', 'get', '--resource', `https://${a.tenant}.sharepoint.com`, '--output', 'json'],
  teamsApp: (manifestId: string): string[] => ['request', '--url', teamsAppUrl(manifestId), '--output', 'json'],
  teamsPublish: (zip: string): string[] => ['teams', 'app', 'publish', '--filePath', zip, '--output', 'json'],
  teamsUpdate: (id: string, zip: string): string[] => ['teams', 'app', 'update', '--id', id, '--filePath', zip, '--output', 'json']
};

function catalogUrl(a: IDeployArgs): string[] {
  return a.appCatalog ? ['--appCatalogUrl', a.appCatalog] : [];
}

/** The URL of the page where a SharePoint administrator approves API access requests. */
export function apiAccessUrl(tenant: string): string {
  return `https://${tenant}-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/webApiPermissionManagement`;
}

/** Where the admin approves the API permission requests (named, with its URL). */
export function apiAccessPage(tenant: string): string {
  return `SharePoint admin centre → Advanced → API access (${apiAccessUrl(tenant)})`;
}

/** Polling of step 3 until the site reports the app installed: every `pollMs`, for at most `timeoutMs` (milliseconds). */
export const INSTALL_WAIT: Readonly<{ pollMs: number; timeoutMs: number }> = { pollMs: 5000, timeoutMs: 10 * 60 * 1000 };

/** The SharePoint language ids (web Language, an LCID) of PMO Hub's five locales. */
export const LOCALE_LCIDS: Readonly<Record<string, number>> = { 'en-us': 1033, 'de-de': 1031, 'fr-fr': 1036, 'nl-nl': 1043, 'it-it': 1040 };

function dryRunSteps(a: IDeployArgs, s: ISolution): string[] {
  const c = deployCommands;
  const pkg = path.basename(s.sppkg);
  const scopes = s.permissions.map(p => `${p.resource} ${p.scope}`).join(', ');
  const catalog = a.appCatalog ?? '{appCatalogUrl}';
  return [
    `# Before step 1, the site: its language (Language, an LCID) is the lists' language${a.locale ? `; --locale ${a.locale} must match it${a.retitle ? ' (here --retitle allows another)' : ' unless --retitle is given'}` : ''}.`,
    quoteCommand(c.webGet(a)),
    `# Step 1, app catalog: list; when ${pkg} ${s.version} is not deployed yet, add it and deploy it (a newer version in the catalog stops the run).`,
    quoteCommand(c.appList(a)),
    quoteCommand(c.appAdd(a, s)),
    quoteCommand(c.appDeploy(a, s)),
    `# Step 2, API access (PMO Hub asks for ${scopes}): pending requests, then what is granted to the SharePoint Online Web Client Extensibility principal; says pending (approve in the ${apiAccessPage(a.tenant)}), granted, or cannot tell; never approves, never stops the run.`,
    quoteCommand(c.permissionRequests()),
    quoteCommand(c.grantList()),
    `# Step 3, the site: list its apps; install when ${s.name} is not there, upgrade when an older version is.`,
    quoteCommand(c.instanceList(a)),
    quoteCommand(c.install(a, '{appId}')),
    quoteCommand(c.upgrade(a, '{appId}')),
    `# Then, every ${INSTALL_WAIT.pollMs / 1000} s for at most ${INSTALL_WAIT.timeoutMs / 60000} minutes, until the site reports ${s.name} ${s.version} installed (AppStatus 5):`,
    quoteCommand(c.instanceList(a)),
    `# Step 3b, the tenant property ${PMO_SITE_PROPERTY} (the PMO site's URL, read by the web parts on other sites and in Teams): read it; set it when it does not hold ${a.site}.`,
    quoteCommand(c.storageGet()),
    ...(a.appCatalog ? [] : ['# (the tenant app catalog\'s URL, for the set:)', quoteCommand(c.appCatalogUrl())]),
    quoteCommand(c.storageSet(a, catalog)),
    `# Step 4, PMO site provisioning (provisionSite, as npm run provision, locale ${a.locale ?? "the site's language"}) with this SharePoint token:`,
    quoteCommand(c.accessToken(a))
  ];
}

/**
 * The dry run's lines: a `#` line before each step and before each command that runs only in one
 * case, then the commands as {@link quoteCommand} prints them, in the order of a real run.
 */
export function dryRunLines(a: IDeployArgs, s: ISolution): string[] {
  const c = deployCommands;
  const lines = [
    `# PMO Hub ${s.version} to ${a.tenant}.sharepoint.com, site ${a.site} (dry run: nothing is run; m365 is the CLI installed with the project, run it as npx m365).`,
    ...(a.siteDropped ? [`# --site: using the site's URL ${a.site}; "${a.siteDropped}" dropped.`] : []),
    ...Object.keys(PLACEHOLDERS).map(p => `# ${p}: ${PLACEHOLDERS[p]}.`),
    ...dryRunSteps(a, s)
  ];
  if (a.teams) {
    lines.push("# Step 5, Teams apps: for each of PMO Hub's apps, its versions in the organisation's catalog; publish when new, update when this version is newer, else skip.");
    for (const app of s.teamsApps) lines.push(`# ${app.name} ${app.version} (${app.id}):`, quoteCommand(c.teamsApp(app.id)), quoteCommand(c.teamsPublish(app.zip)), quoteCommand(c.teamsUpdate('{teamsAppId}', app.zip)));
  }
  return lines;
}

/** Runs one CLI command (the words after `m365`) and returns its parsed JSON output (undefined when empty). */
export type CliRunner = (args: string[]) => Promise<unknown>;

/** What a deployment talks to: the CLI, the provisioning, the console and the clock (replaced in tests). */
export interface IDeployIo {
  run: CliRunner;
  /** Runs the PMO site provisioning against `siteUrl` with a SharePoint bearer token. */
  provision: (siteUrl: string, accessToken: string, locale: string) => Promise<void>;
  log: (line: string) => void;
  /** Waits `ms` milliseconds (step 3's polling). */
  sleep: (ms: number) => Promise<void>;
  /** The time in milliseconds (step 3's timeout). */
  now: () => number;
}

interface ICatalogApp { ID: string; Title?: string; ProductId?: string; Deployed?: boolean; AppCatalogVersion?: string }
interface ISiteApp { ProductId?: string; Title?: string; Version?: string; AppStatus?: number }
interface ITeamsApp { id: string; externalId?: string; displayName?: string; appDefinitions?: Array<{ version?: string }> }
interface IPermissionRequest { Id?: string; Resource?: string; Scope?: string }
interface IPermissionGrant { consentType?: string; scope?: string }

/** Compares dotted versions numerically: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

async function inStep<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DeployStepError) throw e;
    throw new DeployStepError(name, errorText(e));
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Before step 1: the site's language (`spo web get`, Language) decides the lists' language. Without
 * `--locale`, the site's; a `--locale` that differs from a site language PMO Hub has is refused
 * unless `--retitle`; a site language PMO Hub lacks needs `--locale`. Returns the locale to provision.
 */
async function localeStep(a: IDeployArgs, io: IDeployIo): Promise<string> {
  const web = (await io.run(deployCommands.webGet(a))) as { Language?: number; Title?: string } | undefined;
  const lcid = web?.Language;
  const siteLocale = Object.keys(LOCALE_LCIDS).find(l => LOCALE_LCIDS[l] === lcid);
  if (a.locale === undefined) {
    if (!siteLocale) throw new Error(`the site's language (LCID ${lcid ?? 'unknown'}) is none of PMO Hub's (${LOCALES.join(', ')}); run again with --locale to choose the lists' language`);
    io.log(`0. Site: ${a.site} is in ${siteLocale} (LCID ${lcid}); the lists, columns and views are created in ${siteLocale}.`);
    return siteLocale;
  }
  if (siteLocale && siteLocale !== a.locale && !a.retitle) {
    throw new Error(`--locale ${a.locale} differs from the site's language ${siteLocale} (LCID ${lcid}): the provisioning would retitle the site's lists, columns and views in ${a.locale}. Leave --locale out to keep ${siteLocale}, or add --retitle to retitle them on purpose; nothing was changed`);
  }
  io.log(`0. Site: ${a.site} is in ${siteLocale ?? `LCID ${lcid ?? 'unknown'}`}; the lists, columns and views are created in ${a.locale}${siteLocale && siteLocale !== a.locale ? ' (--retitle: existing lists are retitled)' : ''}.`);
  return a.locale;
}

/** Step 1: adds and deploys the package unless this version is deployed. Returns the app's catalog ID. */
async function catalogStep(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<string> {
  const pkg = path.basename(s.sppkg);
  const find = async (): Promise<ICatalogApp | undefined> =>
    asArray<ICatalogApp>(await io.run(deployCommands.appList(a))).find(x => (x.ProductId ?? '').toLowerCase() === s.id.toLowerCase() || x.Title === s.name);
  const existing = await find();
  if (existing && existing.AppCatalogVersion && compareVersions(existing.AppCatalogVersion, s.version) === 0 && existing.Deployed) {
    io.log(`1. App catalog: ${pkg} ${s.version} is already deployed; upload skipped.`);
    return existing.ID;
  }
  if (existing?.AppCatalogVersion && compareVersions(existing.AppCatalogVersion, s.version) > 0) {
    throw new Error(`the app catalog holds ${pkg} ${existing.AppCatalogVersion}, newer than this package's ${s.version}; nothing was replaced (build the newer version, or remove it from the catalog by hand to go back)`);
  }
  let appId = existing?.ID;
  if (!existing || !existing.AppCatalogVersion || compareVersions(existing.AppCatalogVersion, s.version) !== 0) {
    const added = (await io.run(deployCommands.appAdd(a, s))) as { UniqueId?: string } | undefined;
    io.log(`1. App catalog: uploaded ${pkg} ${s.version}${existing?.AppCatalogVersion ? ` (replacing ${existing.AppCatalogVersion})` : ''}.`);
    appId = added?.UniqueId ?? appId;
  }
  await io.run(deployCommands.appDeploy(a, s));
  io.log(`1. App catalog: deployed ${pkg} ${s.version}.`);
  appId = appId ?? (await find())?.ID;
  if (!appId) throw new Error(`${pkg} is not in the app catalog after the upload`);
  return appId;
}

/**
 * Step 2 (informational): for each scope PMO Hub asks for, pending (the CLI's pending requests
 * name it), granted (a tenant-wide grant of the SharePoint Online Web Client Extensibility
 * principal holds it) or cannot tell. The CLI's request list is empty when that principal has no
 * grant at all or does not exist, so an empty list is never taken as "approved". A read that
 * fails (e.g. an app catalog owner who is no SharePoint administrator) is said, and the run goes on.
 */
async function permissionStep(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<void> {
  const read = async <T>(args: string[]): Promise<{ rows?: T[]; error?: string }> => {
    try {
      return { rows: asArray<T>(await io.run(args)) };
    } catch (e) {
      return { error: errorText(e) };
    }
  };
  const requests = await read<IPermissionRequest>(deployCommands.permissionRequests());
  const grants = await read<IPermissionGrant>(deployCommands.grantList());
  const granted = new Set((grants.rows ?? []).filter(g => !g.consentType || g.consentType === 'AllPrincipals').flatMap(g => (g.scope ?? '').split(' ').filter(Boolean)));
  const ours = (r: IPermissionRequest): boolean => s.permissions.some(p => p.resource === r.Resource && p.scope === r.Scope);
  for (const p of s.permissions) {
    const name = `${p.scope} (${p.resource})`;
    if ((requests.rows ?? []).some(r => r.Resource === p.resource && r.Scope === p.scope)) io.log(`2. API access: ${name} is pending: a SharePoint administrator approves it at ${apiAccessUrl(a.tenant)} (SharePoint admin centre → Advanced → API access).`);
    else if (granted.has(p.scope)) io.log(`2. API access: ${name} is granted (tenant-wide, to the SharePoint Online Web Client Extensibility principal).`);
    else io.log(`2. API access: cannot tell whether ${name} is pending, declined or not asked for yet${grants.rows && granted.size === 0 ? ' (no API access is granted on this tenant yet, and then the CLI lists no pending request)' : ''}: check the API access page ${apiAccessUrl(a.tenant)}.`);
  }
  for (const r of (requests.rows ?? []).filter(x => !ours(x))) io.log(`   Also pending, not PMO Hub's: ${r.Resource ?? '?'}: ${r.Scope ?? '?'} (request ${r.Id ?? '?'}).`);
  for (const [what, result] of [['the pending requests', requests], ['the granted scopes', grants]] as const) {
    if (result.error) io.log(`   Could not read ${what}: ${result.error}. Reading them needs a SharePoint administrator (and the CLI's app the scopes of README "Prerequisites"); the next steps go on.`);
  }
  io.log('   This command approves nothing. README, "What the admin approves", says why PMO Hub needs each of its scopes.');
}

/** AppStatus of a site's app tile (CSOM AppInstanceStatus), named in step 3's messages. */
const APP_STATUS: Readonly<Record<number, string>> = { [-1]: 'installing', 0: 'invalid', 1: 'installing', 4: 'uninstalling', 5: 'installed', 7: 'canceling', 8: 'upgrading', 9: 'initialized', 10: 'upgrade canceling', 11: 'disabling', 12: 'disabled' };
const INSTALLED = 5;

function statusName(tile: ISiteApp | undefined): string {
  if (!tile) return 'not listed yet';
  return tile.AppStatus === undefined ? 'no status' : `${APP_STATUS[tile.AppStatus] ?? 'status'} (${tile.AppStatus})`;
}

/** The PMO Hub tile among the site's apps (`spo app instance list`). */
async function siteApp(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<ISiteApp | undefined> {
  return asArray<ISiteApp>(await io.run(deployCommands.instanceList(a))).find(x => (x.ProductId ?? '').toLowerCase() === s.id.toLowerCase() || x.Title === s.name);
}

/**
 * Step 3's wait: `spo app install` and `upgrade` return before SharePoint has created the
 * feature's lists. Polls the site's apps every INSTALL_WAIT.pollMs until PMO Hub reports installed
 * (AppStatus 5) at this version; throws after INSTALL_WAIT.timeoutMs, naming the last status.
 */
async function waitInstalled(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<void> {
  const started = io.now();
  for (;;) {
    const tile = await siteApp(a, s, io);
    const upToDate = !tile?.Version || compareVersions(tile.Version, s.version) >= 0;
    if (tile && tile.AppStatus === INSTALLED && upToDate) {
      io.log(`3. Site: ${s.name} ${s.version} reports installed on ${a.site} (after ${Math.round((io.now() - started) / 1000)} s).`);
      return;
    }
    if (tile && (tile.AppStatus === 0 || tile.AppStatus === 12)) throw new Error(`${s.name} is ${statusName(tile)} on ${a.site}; look at the site's Site contents, remove the app there if it failed, and run the command again`);
    if (io.now() - started >= INSTALL_WAIT.timeoutMs) {
      throw new Error(`${s.name} did not report installed on ${a.site} within ${INSTALL_WAIT.timeoutMs / 60000} minutes (last: ${statusName(tile)}${tile?.Version ? `, version ${tile.Version}` : ''}); look at the site's Site contents, and run the command again when the app shows there: every step continues from where it is`);
    }
    io.log(`3. Site: waiting for ${s.name} to report installed (now ${statusName(tile)}).`);
    await io.sleep(INSTALL_WAIT.pollMs);
  }
}

/** Step 3: installs the app on the site, upgrades an older version, or says it is there; then waits until it reports installed. */
async function siteStep(a: IDeployArgs, s: ISolution, io: IDeployIo, appId: string): Promise<void> {
  const installed = await siteApp(a, s, io);
  if (!installed) {
    await io.run(deployCommands.install(a, appId));
    io.log(`3. Site: adding ${s.name} ${s.version} to ${a.site}.`);
  } else if (installed.Version && compareVersions(installed.Version, s.version) < 0) {
    await io.run(deployCommands.upgrade(a, appId));
    io.log(`3. Site: upgrading ${s.name} from ${installed.Version} to ${s.version} on ${a.site}.`);
  } else if (installed.AppStatus === undefined || installed.AppStatus === INSTALLED) {
    io.log(`3. Site: ${s.name} ${installed.Version ?? ''} is already installed on ${a.site}; skipped.`);
    return;
  }
  await waitInstalled(a, s, io);
}

/** Step 3b: the tenant property holding the PMO site's URL; set when it does not hold this site's. */
async function tenantPropertyStep(a: IDeployArgs, io: IDeployIo): Promise<void> {
  const current = (await io.run(deployCommands.storageGet())) as { Value?: string } | undefined;
  if (current?.Value === a.site) {
    io.log(`3b. Tenant property: ${PMO_SITE_PROPERTY} is ${a.site} already; skipped.`);
    return;
  }
  let catalog = a.appCatalog;
  if (!catalog) {
    const found = await io.run(deployCommands.appCatalogUrl());
    if (typeof found !== 'string' || !found) throw new Error('the tenant has no app catalog (`spo tenant appcatalogurl get` gives none); a SharePoint administrator creates it in the SharePoint admin centre → More features → Apps');
    catalog = found;
  }
  await io.run(deployCommands.storageSet(a, catalog));
  io.log(`3b. Tenant property: set ${PMO_SITE_PROPERTY} to ${a.site} in the tenant app catalog ${catalog}${current?.Value ? ` (it held ${current.Value})` : ''}.`);
}

/** Step 4: a SharePoint token from the CLI, then provisionSite against the site in `locale`. */
async function provisionStep(a: IDeployArgs, io: IDeployIo, locale: string): Promise<void> {
  const token = await io.run(deployCommands.accessToken(a));
  if (typeof token !== 'string' || token.length < 20) throw new Error('the CLI gave no access token for SharePoint');
  io.log(`4. Provisioning: running PMO Setup's provisioning against ${a.site} (locale ${locale}); it continues where an earlier run stopped.`);
  await io.provision(a.site, token, locale);
  io.log('4. Provisioning: done.');
}

/** Step 5: for each Teams app, publishes it when new, updates it when this version is newer than the catalog's, and skips it otherwise. */
async function teamsStep(s: ISolution, io: IDeployIo): Promise<void> {
  for (const app of s.teamsApps) {
    const found = asArray<ITeamsApp>(((await io.run(deployCommands.teamsApp(app.id))) as { value?: unknown } | undefined)?.value)[0];
    if (!found) {
      await io.run(deployCommands.teamsPublish(app.zip));
      io.log(`5. Teams: published ${app.name} ${app.version}.`);
      continue;
    }
    const versions = (found.appDefinitions ?? []).map(d => d.version ?? '').filter(Boolean).sort(compareVersions);
    const latest = versions[versions.length - 1];
    if (latest && compareVersions(latest, app.version) === 0) io.log(`5. Teams: ${app.name} ${app.version} is in the catalog already; skipped.`);
    else if (latest && compareVersions(latest, app.version) > 0) io.log(`5. Teams: the catalog holds ${app.name} ${latest}, newer than this package's ${app.version}; left as it is.`);
    else {
      await io.run(deployCommands.teamsUpdate(found.id, app.zip));
      io.log(`5. Teams: updated ${app.name} ${latest ? `from ${latest} ` : ''}to ${app.version}.`);
    }
  }
}

/** Runs the steps in order; stops at the first failure (step 2 never fails) with a DeployStepError naming the step. */
export async function deploy(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<void> {
  if (a.siteDropped) io.log(`--site: using the site's URL ${a.site}; "${a.siteDropped}" dropped.`);
  const locale = await inStep('0. the site and its language', () => localeStep(a, io));
  const appId = await inStep('1. app catalog', () => catalogStep(a, s, io));
  await permissionStep(a, s, io);
  await inStep('3. add the app to the site', () => siteStep(a, s, io, appId));
  await inStep('3b. tenant property', () => tenantPropertyStep(a, io));
  await inStep('4. PMO site provisioning', () => provisionStep(a, io, locale));
  if (a.teams) await inStep('5. Teams apps', () => teamsStep(s, io));
  else io.log('5. Teams: skipped (add --teams to publish the Teams apps).');
}

/** The CLI for Microsoft 365 installed with the project (its bin entry). */
export const M365_CLI: string = path.join(root, 'node_modules', '@pnp', 'cli-microsoft365', 'dist', 'index.js');

/** Runs `m365 <args>` (the installed CLI) and parses its JSON output; rejects with the CLI's error message. */
export const runM365: CliRunner = args =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [M365_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', code => {
      if (code !== 0) {
        const text = err.trim() || out.trim();
        const parsed = ((): string => {
          try {
            return String((JSON.parse(text) as { error?: unknown }).error ?? text);
          } catch {
            return text;
          }
        })();
        reject(new Error(`${quoteCommand(args)}: ${parsed}${/log in/i.test(parsed) ? ' (sign in with `npx m365 login --authType browser`)' : ''}`));
        return;
      }
      const trimmed = out.trim();
      try {
        resolve(trimmed ? JSON.parse(trimmed) : undefined);
      } catch {
        resolve(trimmed);
      }
    });
  });

/** Options of {@link runDeploy}: where the packages are, and the io (the real CLI unless given). */
export interface IRunDeployOptions {
  solutionDir?: string;
  io?: Partial<IDeployIo>;
  error?: (line: string) => void;
}

/** The whole command: parses, checks the packages, prints the dry run or deploys. Returns the exit code. */
export async function runDeploy(argv: string[], options: IRunDeployOptions = {}): Promise<number> {
  const log = options.io?.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  if (wantsHelp(argv)) {
    log(HELP);
    return 0;
  }
  let args: IDeployArgs;
  try {
    args = parseDeployArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    error(`${e.message}\n${USAGE}`);
    return 2;
  }
  let solution: ISolution;
  try {
    solution = readSolution(options.solutionDir, args.teams);
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    return 1;
  }
  if (args.dryRun) {
    for (const line of dryRunLines(args, solution)) log(line);
    return 0;
  }
  const io: IDeployIo = {
    run: options.io?.run ?? runM365,
    provision: options.io?.provision ?? provisionWithToken,
    log,
    sleep: options.io?.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
    now: options.io?.now ?? (() => Date.now())
  };
  try {
    await deploy(args, solution, io);
    log(`PMO Hub ${solution.version} is deployed to ${args.site}.`);
    return 0;
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

/** Step 4's provisioning: runProvisioning (workbench/provision.ts) on a PnPjs root that sends `accessToken` as the bearer token. */
export async function provisionWithToken(siteUrl: string, accessToken: string, locale: string): Promise<void> {
  const { runProvisioning, tenantSp } = await import('../workbench/provision');
  await runProvisioning(tenantSp(siteUrl, accessToken), { locale, status: false, typed: false });
}

if (require.main === module) {
  runDeploy(process.argv.slice(2)).then(code => process.exit(code), (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
