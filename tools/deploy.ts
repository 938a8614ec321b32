/**
 * `npm run deploy -- --tenant <name> --site <url> [--teams] [--dry-run] [--app-catalog <url>] [--locale <tag>]`
 *
 * Deploys PMO Hub to a Microsoft 365 tenant with the CLI for Microsoft 365 (`@pnp/cli-microsoft365`,
 * a dev dependency; log in first with `npx m365 login`). Five steps, each idempotent and saying
 * what it did:
 * 1. the app catalog: add and deploy `sharepoint/solution/pmo-hub.sppkg` (skipped when the same
 *    version is deployed);
 * 2. the pending API permission requests: listed for the admin to approve in the SharePoint admin
 *    centre (never approved here);
 * 3. the site: add the app (skipped when this version is installed, upgraded when an older one is);
 * 4. the PMO site provisioning (provisionSite, the code of `npm run provision`) with a SharePoint
 *    token from `m365 util accesstoken get`;
 * 5. with `--teams`: the Teams apps (published when new, updated when present).
 * `--dry-run` prints the CLI commands, one per line, and runs none. Exit code 2 on a usage error,
 * 1 when a step fails (the step is named).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEAMS_APPS } from './package-teams';
import { LOCALES } from '../workbench/locales';

const root = path.resolve(__dirname, '..');

/** The parsed command line of `npm run deploy`. */
export interface IDeployArgs {
  /** The tenant's name: `contoso` for contoso.sharepoint.com. */
  tenant: string;
  /** The PMO site's absolute URL, on the tenant's SharePoint host. */
  site: string;
  /** Also publish or update the Teams apps. */
  teams: boolean;
  /** Print the commands, run none. */
  dryRun: boolean;
  /** The tenant app catalog's URL, when the CLI should not look it up. */
  appCatalog?: string;
  /** Language of the lists, columns and views the provisioning creates (en-us if omitted). */
  locale: string;
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
export const USAGE: string = 'Usage: npm run deploy -- --tenant <name> --site <https://<name>.sharepoint.com/sites/...> [--teams] [--dry-run] [--app-catalog <url>] [--locale en-us|de-de|fr-fr|nl-nl|it-it]';

function siteUrlProblem(name: string, value: string, tenant: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} must be an absolute URL, got "${value}"`;
  }
  const host = `${tenant}.sharepoint.com`;
  if (url.protocol !== 'https:' || url.host.toLowerCase() !== host) return `${name} must be on https://${host}, got "${value}"`;
  if (!/^\/(sites|teams)\/[^/]+/i.test(url.pathname)) return `${name} must be a site under /sites/ or /teams/, got "${value}"`;
  return undefined;
}

/** Parses the command line. Throws UsageError naming the argument that is missing or wrong. */
export function parseDeployArgs(argv: string[]): IDeployArgs {
  const out: IDeployArgs = { tenant: '', site: '', teams: false, dryRun: false, locale: 'en-us' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.indexOf('--') === 0) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--tenant') out.tenant = value().toLowerCase();
    else if (a === '--site') out.site = value().replace(/\/$/, '');
    else if (a === '--app-catalog') out.appCatalog = value().replace(/\/$/, '');
    else if (a === '--locale') out.locale = value().toLowerCase();
    else if (a === '--teams') out.teams = true;
    else if (a === '--dry-run') out.dryRun = true;
    else throw new UsageError(`Unknown argument ${a}.`);
  }
  if (!out.tenant) throw new UsageError('--tenant is required.');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(out.tenant)) throw new UsageError(`--tenant must be the tenant's name (contoso for contoso.sharepoint.com), got "${out.tenant}".`);
  if (!out.site) throw new UsageError('--site is required.');
  const siteProblem = siteUrlProblem('--site', out.site, out.tenant);
  if (siteProblem) throw new UsageError(`${siteProblem}.`);
  const catalogProblem = out.appCatalog === undefined ? undefined : siteUrlProblem('--app-catalog', out.appCatalog, out.tenant);
  if (catalogProblem) throw new UsageError(`${catalogProblem}.`);
  if ((LOCALES as readonly string[]).indexOf(out.locale) < 0) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, got "${out.locale}".`);
  return out;
}

/** What is deployed: the solution (config/package-solution.json) and its package files. */
export interface ISolution {
  /** The solution's name, e.g. pmo-hub-client-side-solution. */
  name: string;
  /** The solution's id: the app's ProductId in the catalog and on the site. */
  id: string;
  /** Four-part version, e.g. 0.1.0.0. */
  version: string;
  /** Absolute path of the .sppkg. */
  sppkg: string;
  /** The Teams app packages: absolute zip path, the manifest's id and short name. */
  teamsApps: Array<{ zip: string; id: string; name: string }>;
  /** The API permissions the package asks for (webApiPermissionRequests). */
  permissions: Array<{ resource: string; scope: string }>;
}

/** The default folder of the packages `npm run package` writes. */
export const SOLUTION_DIR: string = path.join(root, 'sharepoint', 'solution');

/**
 * Reads the solution and checks that its packages exist in `solutionDir` (the Teams zips only
 * with `teams`). Throws an Error saying to run `npm run package` when one is missing.
 */
export function readSolution(solutionDir: string = SOLUTION_DIR, teams: boolean = false): ISolution {
  const config = JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')) as {
    solution: { name: string; id: string; version: string; webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
    paths: { zippedPackage: string };
  };
  const sppkg = path.join(solutionDir, path.basename(config.paths.zippedPackage));
  const teamsApps = TEAMS_APPS.map(app => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'teams', app.manifest), 'utf8')) as { id: string; name: { short: string } };
    return { zip: path.join(solutionDir, app.zip), id: manifest.id, name: manifest.name.short };
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

/** Placeholders for ids the tenant assigns during the run (a dry run cannot know them). */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '{appId}': "pmo-hub.sppkg's ID in the app catalog (from step 1)",
  '{teamsAppId}': "the Teams app's ID in the organisation's app catalog (from step 5's list)"
};

/** The CLI commands of the deployment, as argument lists (each ends with `--output json`). */
export const deployCommands = {
  appList: (a: IDeployArgs): string[] => ['spo', 'app', 'list', '--appCatalogScope', 'tenant', ...catalogUrl(a), '--output', 'json'],
  appAdd: (a: IDeployArgs, s: ISolution): string[] => ['spo', 'app', 'add', '--filePath', s.sppkg, '--appCatalogScope', 'tenant', ...catalogUrl(a), '--overwrite', '--output', 'json'],
  appDeploy: (a: IDeployArgs, s: ISolution): string[] => ['spo', 'app', 'deploy', '--name', path.basename(s.sppkg), '--appCatalogScope', 'tenant', ...catalogUrl(a), '--output', 'json'],
  permissionRequests: (): string[] => ['spo', 'serviceprincipal', 'permissionrequest', 'list', '--output', 'json'],
  instanceList: (a: IDeployArgs): string[] => ['spo', 'app', 'instance', 'list', '--siteUrl', a.site, '--output', 'json'],
  install: (a: IDeployArgs, appId: string): string[] => ['spo', 'app', 'install', '--id', appId, '--siteUrl', a.site, '--appCatalogScope', 'tenant', '--output', 'json'],
  upgrade: (a: IDeployArgs, appId: string): string[] => ['spo', 'app', 'upgrade', '--id', appId, '--siteUrl', a.site, '--appCatalogScope', 'tenant', '--output', 'json'],
  accessToken: (a: IDeployArgs): string[] => ['util', 'accesstoken', 'get', '--resource', `https://${a.tenant}.sharepoint.com`, '--output', 'json'],
  teamsList: (): string[] => ['teams', 'app', 'list', '--distributionMethod', 'organization', '--output', 'json'],
  teamsPublish: (zip: string): string[] => ['teams', 'app', 'publish', '--filePath', zip, '--output', 'json'],
  teamsUpdate: (id: string, zip: string): string[] => ['teams', 'app', 'update', '--id', id, '--filePath', zip, '--output', 'json']
};

function catalogUrl(a: IDeployArgs): string[] {
  return a.appCatalog ? ['--appCatalogUrl', a.appCatalog] : [];
}

/** Where the admin approves the API permission requests. */
export function apiAccessPage(tenant: string): string {
  return `SharePoint admin centre → Advanced → API access (https://${tenant}-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/webApiPermissionManagement)`;
}

/**
 * The dry run's lines: a `#` line before each step and before each command that runs only in one
 * case, then the commands as {@link quoteCommand} prints them, in the order of a real run.
 */
export function dryRunLines(a: IDeployArgs, s: ISolution): string[] {
  const c = deployCommands;
  const pkg = path.basename(s.sppkg);
  const lines = [
    `# PMO Hub ${s.version} to ${a.tenant}.sharepoint.com, site ${a.site} (dry run: nothing is run).`,
    ...Object.keys(PLACEHOLDERS).map(p => `# ${p}: ${PLACEHOLDERS[p]}.`),
    `# Step 1, app catalog: list; when ${pkg} ${s.version} is not deployed yet, add it and deploy it.`,
    quoteCommand(c.appList(a)),
    quoteCommand(c.appAdd(a, s)),
    quoteCommand(c.appDeploy(a, s)),
    `# Step 2, API permission requests (PMO Hub asks for ${s.permissions.map(p => `${p.resource} ${p.scope}`).join(', ')}): listed for the admin to approve in the ${apiAccessPage(a.tenant)}; never approved here.`,
    quoteCommand(c.permissionRequests()),
    `# Step 3, the site: list its apps; install when ${s.name} is not there, upgrade when an older version is.`,
    quoteCommand(c.instanceList(a)),
    quoteCommand(c.install(a, '{appId}')),
    quoteCommand(c.upgrade(a, '{appId}')),
    `# Step 4, PMO site provisioning (provisionSite, as npm run provision, locale ${a.locale}) with this SharePoint token:`,
    quoteCommand(c.accessToken(a))
  ];
  if (a.teams) {
    lines.push("# Step 5, Teams apps: list the organisation's apps, then for each of PMO Hub's apps:", quoteCommand(c.teamsList()));
    for (const app of s.teamsApps) lines.push(`# ${app.name} (${app.id}): publish when new, else update.`, quoteCommand(c.teamsPublish(app.zip)), quoteCommand(c.teamsUpdate('{teamsAppId}', app.zip)));
  }
  return lines;
}

/** Runs one CLI command (the words after `m365`) and returns its parsed JSON output (undefined when empty). */
export type CliRunner = (args: string[]) => Promise<unknown>;

/** What a deployment talks to: the CLI, the provisioning and the console (replaced in tests). */
export interface IDeployIo {
  run: CliRunner;
  /** Runs the PMO site provisioning against `siteUrl` with a SharePoint bearer token. */
  provision: (siteUrl: string, accessToken: string, locale: string) => Promise<void>;
  log: (line: string) => void;
}

interface ICatalogApp { ID: string; Title?: string; ProductId?: string; Deployed?: boolean; AppCatalogVersion?: string }
interface ISiteApp { ProductId?: string; Title?: string; Version?: string }
interface ITeamsApp { id: string; externalId?: string; displayName?: string }
interface IPermissionRequest { Id?: string; Resource?: string; Scope?: string }

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
    throw new DeployStepError(name, e instanceof Error ? e.message : String(e));
  }
}

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
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

/** Step 2: lists the pending API permission requests for the admin, marking PMO Hub's; approves nothing. */
async function permissionStep(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<void> {
  const pending = asArray<IPermissionRequest>(await io.run(deployCommands.permissionRequests()));
  const ours = (r: IPermissionRequest): boolean => s.permissions.some(p => p.resource === r.Resource && p.scope === r.Scope);
  const asked = s.permissions.map(p => `${p.resource} ${p.scope}`).join(', ');
  if (!pending.some(ours)) io.log(`2. API access: no pending request for PMO Hub's scopes (${asked}): approved already, or declined (see the ${apiAccessPage(a.tenant)}).`);
  if (pending.length === 0) return;
  io.log(`2. API access: ${pending.length} pending permission request(s); a SharePoint admin approves them in the ${apiAccessPage(a.tenant)}:`);
  for (const r of pending) io.log(`   - ${r.Resource ?? '?'}: ${r.Scope ?? '?'} (request ${r.Id ?? '?'})${ours(r) ? ', asked for by PMO Hub' : ''}`);
  io.log('   This command approves none of them. README, "What the admin approves", says why PMO Hub needs each of its scopes.');
}

/** Step 3: installs the app on the site, upgrades an older version, or says it is there. */
async function siteStep(a: IDeployArgs, s: ISolution, io: IDeployIo, appId: string): Promise<void> {
  const installed = asArray<ISiteApp>(await io.run(deployCommands.instanceList(a))).find(x => (x.ProductId ?? '').toLowerCase() === s.id.toLowerCase() || x.Title === s.name);
  if (!installed) {
    await io.run(deployCommands.install(a, appId));
    io.log(`3. Site: added ${s.name} ${s.version} to ${a.site}.`);
  } else if (installed.Version && compareVersions(installed.Version, s.version) < 0) {
    await io.run(deployCommands.upgrade(a, appId));
    io.log(`3. Site: upgraded ${s.name} from ${installed.Version} to ${s.version} on ${a.site}.`);
  } else {
    io.log(`3. Site: ${s.name} ${installed.Version ?? ''} is already installed on ${a.site}; skipped.`);
  }
}

/** Step 4: a SharePoint token from the CLI, then provisionSite against the site. */
async function provisionStep(a: IDeployArgs, io: IDeployIo): Promise<void> {
  const token = await io.run(deployCommands.accessToken(a));
  if (typeof token !== 'string' || token.length < 20) throw new Error('the CLI gave no access token for SharePoint');
  io.log(`4. Provisioning: running PMO Setup's provisioning against ${a.site} (locale ${a.locale}); it continues where an earlier run stopped.`);
  await io.provision(a.site, token, a.locale);
  io.log('4. Provisioning: done.');
}

/** Step 5: publishes each Teams app that is new to the organisation's catalog and updates each that is there. */
async function teamsStep(s: ISolution, io: IDeployIo): Promise<void> {
  const present = asArray<ITeamsApp>(await io.run(deployCommands.teamsList()));
  for (const app of s.teamsApps) {
    const found = present.find(x => (x.externalId ?? '').toLowerCase() === app.id.toLowerCase());
    if (found) {
      await io.run(deployCommands.teamsUpdate(found.id, app.zip));
      io.log(`5. Teams: updated ${app.name}.`);
    } else {
      await io.run(deployCommands.teamsPublish(app.zip));
      io.log(`5. Teams: published ${app.name}.`);
    }
  }
}

/** Runs the five steps in order; stops at the first failure with a DeployStepError naming the step. */
export async function deploy(a: IDeployArgs, s: ISolution, io: IDeployIo): Promise<void> {
  const appId = await inStep('1. app catalog', () => catalogStep(a, s, io));
  await inStep('2. API permission requests', () => permissionStep(a, s, io));
  await inStep('3. add the app to the site', () => siteStep(a, s, io, appId));
  await inStep('4. PMO site provisioning', () => provisionStep(a, io));
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
        reject(new Error(`${quoteCommand(args)}: ${parsed}${/log in/i.test(parsed) ? ' (sign in with `npx m365 login`)' : ''}`));
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
  const io: IDeployIo = { run: options.io?.run ?? runM365, provision: options.io?.provision ?? provisionWithToken, log };
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
