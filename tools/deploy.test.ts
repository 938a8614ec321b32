/**
 * `npm run deploy`: the dry run's commands checked against the installed CLI for Microsoft 365's own
 * command definitions (tools/deploy-check.ts, no login, no network), the usage errors, and the
 * steps' decisions on a simulated tenant that answers as the CLI's source does (what runs on a first
 * deployment, on a second one, on an upgrade, what step 2 can tell, the wait for the install, the
 * lists' language, and where a failure stops), the release version, and `npm run bench -- --help`.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTeamsPackage, TEAMS_APPS } from './package-teams';
import { compareVersions, HELP, INSTALL_WAIT, PLACEHOLDERS, provisionWithToken, quoteCommand, readSolution, releaseVersions, runDeploy, splitCommand, teamsAppUrl, type IDeployIo } from './deploy';
import { syncVersion } from './sync-version';
import { benchHelp, benchmarks } from '../bench/run';
import { PMO_SITE_PROPERTY } from '../src/schema/tenant';
import { createEmulator } from '../workbench/emulator';
import { getSiteStatus } from '../src/provisioning';
import { customRoles, pmoSchema, SCHEMA_VERSION } from '../src/schema/pmoSchema';
import { loadLocale } from '../workbench/locales';
import { localEnvironment } from '../src/services/environment';

jest.setTimeout(120000);

const root = path.resolve(__dirname, '..');
const SITE = 'https://contoso.sharepoint.com/sites/pmo';
const SAMPLE_GUID = '3b1b8e28-3d51-4a9f-a0c6-0d7b0b2c8e11';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pmo-deploy-'));
  writeFileSync(path.join(dir, 'pmo-hub.sppkg'), 'stand-in for the package npm run package writes');
  for (const app of TEAMS_APPS) writeFileSync(path.join(dir, app.zip), buildTeamsPackage(app.manifest));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in-process; returns the exit code and what it printed. */
async function deployCli(argv: string[], io: Partial<IDeployIo> = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDeploy(argv, { solutionDir: dir, io: { log: l => out.push(l), ...io }, error: l => err.push(l) });
  return { code, out, err };
}

/** The problems tools/deploy-check.ts finds for each command (run under tsx: the CLI is an ES module). */
function check(commands: string[][]): Promise<Array<{ command: string[]; problems: string[] }>> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = execFile(process.execPath, [tsx, path.join(__dirname, 'deploy-check.ts')], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) =>
      e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    );
    child.stdin?.end(JSON.stringify(commands));
  });
}


const commandName = (args: string[]): string => {
  const first = args.findIndex(a => a.indexOf('--') === 0);
  return (first < 0 ? args : args.slice(0, first)).join(' ');
};
const option = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const CATALOG = 'https://contoso.sharepoint.com/sites/appcatalog';
/** Sample values for the dry run's placeholders, of the form the CLI checks (GUID, URL). */
const SAMPLES: Record<string, string> = { '{appId}': SAMPLE_GUID, '{teamsAppId}': SAMPLE_GUID, '{appCatalogUrl}': CATALOG };
const concrete = (commands: string[][]): string[][] => commands.map(c => c.map(w => (w in PLACEHOLDERS ? SAMPLES[w] : w)));
const solutionConfig = JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string; features: Array<{ title: string; version: string }>; webApiPermissionRequests: Array<{ resource: string; scope: string }> } };
const VERSION = solutionConfig.solution.version;
/** The Teams apps as their manifests state them: zip file name → manifest id and version. */
const TEAMS_MANIFESTS = TEAMS_APPS.map(app => {
  const m = JSON.parse(readFileSync(path.join(root, 'teams', app.manifest), 'utf8')) as { id: string; version: string; name: { short: string } };
  return { zip: app.zip, id: m.id, version: m.version, name: m.name.short };
});

describe('npm run deploy -- --dry-run', () => {
  it('prints the whole sequence in order, every value quoted, and every command is one the installed CLI accepts', async () => {
    const { code, out, err } = await deployCli(['--dry-run', '--tenant', 'contoso', '--site', SITE, '--teams']);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const lines = out.filter(l => l.indexOf('#') !== 0);
    const commands = lines.map(splitCommand);
    for (const [i, line] of lines.entries()) expect(quoteCommand(commands[i])).toBe(line);
    for (const line of lines) expect(line).toMatch(/^m365 [a-z ]+( --[A-Za-z]+( "[^"]*")?)+$/);
    const teamsSteps = TEAMS_APPS.flatMap(() => ['request', 'teams app publish', 'teams app update']);
    expect(commands.map(commandName)).toEqual([
      'spo web get', 'spo app list', 'spo app add', 'spo app deploy',
      'spo serviceprincipal permissionrequest list', 'spo serviceprincipal grant list',
      'spo app instance list', 'spo app install', 'spo app upgrade', 'spo app instance list',
      'spo storageentity get', 'spo tenant appcatalogurl get', 'spo storageentity set',
      'util accesstoken get', ...teamsSteps
    ]);
    expect(commands.every(c => option(c, '--output') === 'json')).toBe(true);
    expect(option(commands[0], '--url')).toBe(SITE);
    expect(option(commands[2], '--filePath')).toBe(path.join(dir, 'pmo-hub.sppkg'));
    expect(commands.filter(c => option(c, '--siteUrl') !== undefined).map(c => option(c, '--siteUrl'))).toEqual([SITE, SITE, SITE, SITE]);
    const set = commands[12];
    expect([option(set, '--key'), option(set, '--value'), option(set, '--appCatalogUrl')]).toEqual([PMO_SITE_PROPERTY, SITE, '{appCatalogUrl}']);
    expect(option(commands[10], '--key')).toBe(PMO_SITE_PROPERTY);
    expect(option(commands[13], '--resource')).toBe('https://contoso.sharepoint.com');
    expect(commands.filter(c => c[0] === 'request').map(c => option(c, '--url'))).toEqual(TEAMS_MANIFESTS.map(m => teamsAppUrl(m.id)));
    expect(commands.filter(c => c[0] === 'teams' && c[2] === 'publish').map(c => option(c, '--filePath'))).toEqual(TEAMS_APPS.map(a => path.join(dir, a.zip)));
    // Nothing approves a permission request or grants a scope.
    expect(commands.some(c => c.indexOf('approve') >= 0 || (c[2] === 'grant' && c[3] === 'add'))).toBe(false);
    expect(out.join('\n')).toMatch(/API access/);
    expect(out[0]).toMatch(/run it as npx m365/);

    // Values the tenant gives are placeholders, only where they are used.
    const withPlaceholder = commands.filter(c => c.some(w => w in PLACEHOLDERS));
    expect(withPlaceholder.map(c => `${commandName(c)} ${c.find(w => w in PLACEHOLDERS)}`)).toEqual(['spo app install {appId}', 'spo app upgrade {appId}', 'spo storageentity set {appCatalogUrl}', ...TEAMS_APPS.map(() => 'teams app update {teamsAppId}')]);
    const results = await check(concrete(commands));
    expect(results.filter(r => r.problems.length > 0)).toEqual([]);
    expect(results).toHaveLength(commands.length);
  });

  it('without --teams stops after the provisioning token; --app-catalog goes to every catalog command and the tenant property, which then needs no look-up', async () => {
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', `${SITE}/`, '--dry-run', '--app-catalog', CATALOG]);
    expect(code).toBe(0);
    const commands = out.filter(l => l.indexOf('#') !== 0).map(splitCommand);
    expect(commands.map(commandName).pop()).toBe('util accesstoken get');
    expect(commands.map(commandName)).not.toContain('spo tenant appcatalogurl get');
    expect(commands.filter(c => (c[1] === 'app' && ['list', 'add', 'deploy'].indexOf(c[2]) >= 0) || c[1] === 'storageentity' && c[2] === 'set').map(c => option(c, '--appCatalogUrl'))).toEqual([CATALOG, CATALOG, CATALOG, CATALOG]);
    expect((await check(concrete(commands))).filter(r => r.problems.length > 0)).toEqual([]);
  });

  it('the checker fails a misspelt option, a missing required option, an unknown command and values of the wrong form', async () => {
    const results = await check([
      ['spo', 'app', 'install', '--id', SAMPLE_GUID, '--siteURL', SITE, '--output', 'json'],
      ['spo', 'app', 'instal', '--id', SAMPLE_GUID, '--siteUrl', SITE],
      ['spo', 'app', 'install', '--id', 'pmo-hub', '--siteUrl', SITE],
      ['spo', 'app', 'install', '--id', SAMPLE_GUID, '--siteUrl', 'contoso/sites/pmo'],
      ['spo', 'app', 'list', '--appCatalogScope', 'global'],
      ['spo', 'app', 'deploy', '--appCatalogScope', 'tenant'],
      ['teams', 'app', 'publish', '--filePath', path.join(dir, 'missing.zip')],
      ['spo', 'app', 'list', '--output', 'yaml'],
      ['spo', 'storageentity', 'set', '--appCatalogUrl', 'appcatalog', '--key', PMO_SITE_PROPERTY, '--value', SITE],
      ['spo', 'storageentity', 'set', '--key', PMO_SITE_PROPERTY, '--value', SITE],
      ['spo', 'web', 'get', '--siteUrl', SITE]
    ]);
    const problems = results.map(r => r.problems.join(' | '));
    expect(problems[0]).toMatch(/option --siteURL is not defined for "spo app install".*required option --siteUrl is missing/);
    expect(problems[1]).toMatch(/"spo app instal" is not a command/);
    expect(problems[2]).toMatch(/not a valid GUID/);
    expect(problems[3]).toMatch(/contoso\/sites\/pmo/);
    expect(problems[4]).toMatch(/--appCatalogScope "global" is not one of tenant, sitecollection/);
    expect(problems[5]).toMatch(/one of id, name/);
    expect(problems[6]).toMatch(/not found/);
    expect(problems[7]).toMatch(/yaml/);
    expect(problems[8]).toMatch(/appcatalog/);
    expect(problems[9]).toMatch(/required option --appCatalogUrl is missing/);
    expect(problems[10]).toMatch(/option --siteUrl is not defined for "spo web get"/);
  });
});

describe('npm run deploy: arguments', () => {
  it.each([
    [[], /--tenant is required/],
    [['--tenant', 'contoso'], /--site is required/],
    [['--tenant', 'contoso', '--site'], /--site needs a value/],
    [['--tenant', 'contoso.sharepoint.com', '--site', SITE], /--tenant must be the tenant's name/],
    [['--tenant', 'contoso', '--site', 'https://fabrikam.sharepoint.com/sites/pmo'], /--site must be on https:\/\/contoso\.sharepoint\.com/],
    [['--tenant', 'contoso', '--site', 'http://contoso.sharepoint.com/sites/pmo'], /--site must be on https/],
    [['--tenant', 'contoso', '--site', 'https://contoso.sharepoint.com/'], /--site must be a site under \/sites\/ or \/teams\//],
    [['--tenant', 'contoso', '--site', 'https://contoso.sharepoint.com/SitePages/Home.aspx'], /--site must be a site under \/sites\/ or \/teams\//],
    [['--tenant', 'contoso', '--site', 'pmo'], /--site must be an absolute URL/],
    [['--tenant', 'contoso', '--site', 'https://admin:secret@contoso.sharepoint.com/sites/pmo'], /--site must not carry a user name or password/],
    [['--tenant', 'contoso', '--site', SITE, '--app-catalog', 'https://contoso.sharepoint.com'], /--app-catalog must be a site/],
    [['--tenant', 'contoso', '--site', SITE, '--app-catalog', `${CATALOG}/AppCatalog/Forms/AllItems.aspx`], /--app-catalog must be the app catalog site's URL only, without "\/AppCatalog\/Forms\/AllItems\.aspx"/],
    [['--tenant', 'contoso', '--site', SITE, '--locale', 'es-es'], /--locale must be one of/],
    [['--tenant', 'contoso', '--site', SITE, '--retitle'], /--retitle needs --locale/],
    [['--tenant', 'contoso', '--site', SITE, '--force'], /Unknown argument --force/]
  ])('%j: usage message naming the argument, exit code 2', async (argv, message) => {
    const { code, err, out } = await deployCli([...(argv as string[]), '--dry-run']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message as RegExp);
    expect(err.join('\n')).toMatch(/Usage: npm run deploy -- --tenant <name> --site/);
    expect(err.join('\n')).not.toMatch(/secret/);
    expect(out).toEqual([]);
  });

  it.each([
    [`${SITE}/SitePages/Home.aspx?debug=true#top`, '/SitePages/Home.aspx?debug=true#top'],
    [`${SITE}/Lists/Projects/AllItems.aspx`, '/Lists/Projects/AllItems.aspx'],
    [`${SITE}/_layouts/15/viewlsts.aspx?view=14`, '/_layouts/15/viewlsts.aspx?view=14'],
    [`${SITE}/Shared%20Documents/Forms/AllItems.aspx`, '/Shared%20Documents/Forms/AllItems.aspx'],
    [`${SITE}?web=1`, '?web=1']
  ])('--site %s: uses the site URL in every command and says what it dropped', async (given, dropped) => {
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', given, '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain(`# --site: using the site's URL ${SITE}; "${dropped}" dropped.`);
    const commands = out.filter(l => l.indexOf('#') !== 0).map(splitCommand);
    const urls = commands.flatMap(c => ['--siteUrl', '--url', '--value'].map(o => option(c, o)).filter((v): v is string => v !== undefined));
    expect([...new Set(urls)]).toEqual([SITE]);
  });

  it('keeps a subsite and a /teams/ site as given, with nothing dropped', async () => {
    for (const site of [`${SITE}/emea`, 'https://contoso.sharepoint.com/teams/pmo']) {
      const { code, out } = await deployCli(['--tenant', 'contoso', '--site', site, '--dry-run']);
      expect(code).toBe(0);
      expect(out.filter(l => /--site: using/.test(l))).toEqual([]);
      expect(option(splitCommand(out.filter(l => l.indexOf('#') !== 0)[0]), '--url')).toBe(site);
    }
  });

  it('--help and -h print the usage and every option, run nothing and exit 0, whatever else is given; the README table lists the same options', async () => {
    for (const argv of [['--help'], ['-h'], ['--tenant', 'contoso', '--help'], ['--bogus', '-h']]) {
      const run = jest.fn(async () => undefined);
      const { code, out, err } = await deployCli(argv, { run });
      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(out.join('\n')).toBe(HELP);
      expect(run).not.toHaveBeenCalled();
    }
    const helpOptions = [...HELP.matchAll(/^ {2}(--[a-z-]+)/gm)].map(m => m[1]);
    expect(helpOptions).toEqual(['--tenant', '--site', '--teams', '--dry-run', '--app-catalog', '--locale', '--retitle', '--help']);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| argument | meaning |'), readme.indexOf('\n\n', readme.indexOf('| argument | meaning |')));
    expect([...table.matchAll(/^\| `(--[a-z-]+)/gm)].map(m => m[1])).toEqual(helpOptions);
  });

  it('says to run npm run package when the package is missing (exit code 1)', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const empty = mkdtempSync(path.join(tmpdir(), 'pmo-deploy-empty-'));
    try {
      const code = await runDeploy(['--dry-run', '--tenant', 'contoso', '--site', SITE], { solutionDir: empty, io: { log: l => out.push(l) }, error: l => err.push(l) });
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/pmo-hub\.sppkg not found: run `npm run package` first/);
      expect(out).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the release version', () => {
  it('package.json, the solution, the "PMO Hub" feature and every Teams manifest state the same release, past the first one', () => {
    const versions = releaseVersions();
    expect(versions).toHaveLength(3 + TEAMS_APPS.length);
    expect(versions.filter(v => v.version !== v.expected)).toEqual([]);
    expect(compareVersions(VERSION, '0.1.0.0')).toBeGreaterThan(0);
    // The information architecture's feature keeps the schema's version.
    expect(solutionConfig.solution.features.find(f => f.title !== 'PMO Hub')?.version).toBe('2.0.0.0');
  });

  it('npm run package writes package.json\'s version into the solution, the "PMO Hub" feature and the Teams manifests, nowhere else', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'pmo-version-'));
    try {
      for (const f of ['package.json', 'config/package-solution.json', ...TEAMS_APPS.map(a => `teams/${a.manifest}`)]) {
        mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
        copyFileSync(path.join(root, f), path.join(copy, f));
      }
      const pkg = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')) as { version: string };
      writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ ...pkg, version: '7.8.9' }));
      expect(syncVersion(copy).sort()).toEqual(['config/package-solution.json', ...TEAMS_APPS.map(a => `teams/${a.manifest}`)].sort());
      const written = releaseVersions(copy);
      expect(written.map(v => v.version)).toEqual(['7.8.9', '7.8.9.0', '7.8.9.0', ...TEAMS_APPS.map(() => '7.8.9')]);
      const config = JSON.parse(readFileSync(path.join(copy, 'config', 'package-solution.json'), 'utf8')) as typeof solutionConfig;
      expect(config.solution.features.map(f => f.version)).toEqual(['7.8.9.0', '2.0.0.0']);
      expect(syncVersion(copy)).toEqual([]);
      expect(() => readSolution(dir, false, copy)).not.toThrow();
      writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ ...pkg, version: '7.8.10' }));
      expect(() => readSolution(dir, false, copy)).toThrow(/versions disagree.*config\/package-solution\.json solution\.version: 7\.8\.9\.0, expected 7\.8\.10\.0.*run `npm run package` first/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('npm run bench -- --help', () => {
  it('lists every benchmark and the environment variables they read, and runs none', async () => {
    const help = benchHelp();
    for (const name of benchmarks()) expect(help.split('\n').filter(l => l.indexOf(`  ${name} `) === 0)).toHaveLength(1);
    expect(help).toMatch(/^ {2}BENCH_RELIABILITY_PAIRS {2}\(/m);
    expect(help).toMatch(/^ {2}CHROMIUM_PATH {2}\(e2e\/browser\.ts\)/m);
    expect(help).not.toMatch(/JEST_WORKER_ID/);
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [tsx, path.join(root, 'bench', 'run.ts'), '--help'], { cwd: root }, (e, out, stderr) => (e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve(out))));
    expect(stdout.trim()).toBe(help);
    expect(stdout).not.toMatch(/# bench/);
  });
});

/** A tenant as the CLI reports it; each command answers as the CLI's source (dist/m365) does. */
interface ITenantState {
  /** The web's Language (LCID), from `spo web get`. */
  lcid?: number;
  catalog: Array<{ ID: string; Title: string; ProductId: string; Deployed: boolean; AppCatalogVersion: string }>;
  /** The site's app tiles (`spo app instance list`: /_api/web/AppTiles), AppStatus 5 = installed. */
  site: Array<{ ProductId: string; Title: string; Version: string; AppStatus: number }>;
  /** `spo app instance list` calls after an install or upgrade before the tile reports installed. */
  installPolls?: number;
  /** The organisation's Teams apps with their published versions. */
  teams: Array<{ id: string; externalId: string; displayName: string; appDefinitions: Array<{ version: string }> }>;
  /** Whether the SharePoint Online Web Client Extensibility principal exists (it does once any API access was approved). */
  principal?: boolean;
  /** Its tenant-wide grants (oAuth2PermissionGrants). */
  grants?: Array<{ consentType: string; scope: string }>;
  /** The permission requests waiting in the API access page. */
  requests?: Array<{ Id: string; Resource: string; Scope: string }>;
  /** The signed-in account is no SharePoint administrator: the admin centre and the directory refuse the reads of step 2. */
  notAdmin?: boolean;
  /** The tenant property of the PMO site (`spo storageentity get`), when set. */
  property?: { Key: string; Value: string; Description: string };
  /** The tenant app catalog's URL (`spo tenant appcatalogurl get`); undefined: none. */
  catalogUrl?: string;
  failOn?: string;
}

const APP_ID = 'a0000000-0000-0000-0000-000000000001';
const PRODUCT_ID = 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-token';

/** Answers the CLI's commands from `state`, records them and changes the state as the tenant would; the clock moves only by the deploy's sleeps. */
function fakeTenant(state: ITenantState): { io: Partial<IDeployIo>; ran: string[]; provisioned: Array<[string, string, string]>; sleeps: number[] } {
  const ran: string[] = [];
  const provisioned: Array<[string, string, string]> = [];
  const sleeps: number[] = [];
  let clock = 0;
  let pollsLeft = 0;
  let target: string | undefined;
  const grantedScopes = (): string[] => (state.grants ?? []).flatMap(g => g.scope.split(' '));
  const denied = (): never => {
    throw new Error('Access denied. You do not have permission to perform this action or access this resource.');
  };
  const run = async (args: string[]): Promise<unknown> => {
    const name = commandName(args);
    ran.push(`${name}${args.indexOf('--id') >= 0 ? ` ${option(args, '--id')}` : ''}`);
    if (state.failOn === name) denied();
    switch (name) {
      case 'spo web get': return { Title: 'PMO', Url: option(args, '--url'), Language: state.lcid ?? 1033 };
      case 'spo app list': return state.catalog;
      case 'spo app add': state.catalog = [{ ID: APP_ID, Title: 'pmo-hub-client-side-solution', ProductId: PRODUCT_ID, Deployed: false, AppCatalogVersion: VERSION }]; return { UniqueId: APP_ID };
      case 'spo app deploy': state.catalog.forEach(c => (c.Deployed = true)); return undefined;
      case 'spo serviceprincipal permissionrequest list':
        // As the CLI: the pending requests only when the principal exists and holds a grant; less the scopes granted.
        if (state.notAdmin) denied();
        if (!state.principal || grantedScopes().length === 0) return [];
        return (state.requests ?? []).filter(r => grantedScopes().indexOf(r.Scope) < 0).map(r => ({ ...r, ResourceId: r.Resource }));
      case 'spo serviceprincipal grant list':
        if (state.notAdmin) throw new Error('Insufficient privileges to complete the operation.');
        if (!state.principal) throw new Error("Service principal 'SharePoint Online Web Client Extensibility' not found");
        return (state.grants ?? []).map((g, i) => ({ clientId: 'sp-ext', consentType: g.consentType, id: `g${i}`, principalId: null, resourceId: 'graph', scope: g.scope }));
      case 'spo app instance list':
        if (target !== undefined && --pollsLeft <= 0) {
          state.site = state.site.map(t => ({ ...t, Version: target as string, AppStatus: 5 }));
          target = undefined;
        }
        return state.site;
      case 'spo app install':
        state.site = [{ ProductId: PRODUCT_ID, Title: 'pmo-hub-client-side-solution', Version: VERSION, AppStatus: 1 }];
        target = VERSION;
        pollsLeft = state.installPolls ?? 3;
        return undefined;
      case 'spo app upgrade':
        state.site = state.site.map(t => ({ ...t, AppStatus: 8 }));
        target = VERSION;
        pollsLeft = state.installPolls ?? 3;
        return undefined;
      case 'spo storageentity get': return state.property;
      case 'spo tenant appcatalogurl get': return state.catalogUrl;
      case 'spo storageentity set': state.property = { Key: option(args, '--key') as string, Value: option(args, '--value') as string, Description: option(args, '--description') as string }; return undefined;
      case 'util accesstoken get': return TOKEN;
      case 'request': {
        const externalId = /externalId eq '([^']+)'/.exec(decodeURIComponent(option(args, '--url') ?? ''))?.[1];
        return { value: state.teams.filter(t => t.externalId === externalId) };
      }
      case 'teams app publish': {
        const m = TEAMS_MANIFESTS.find(x => path.basename(option(args, '--filePath') ?? '') === x.zip);
        if (m) state.teams.push({ id: `t-${m.id}`, externalId: m.id, displayName: m.name, appDefinitions: [{ version: m.version }] });
        return {};
      }
      case 'teams app update': return undefined;
      default: throw new Error(`The simulated tenant does not know "${name}"`);
    }
  };
  return {
    io: { run, provision: async (site, token, locale) => void provisioned.push([site, token, locale]), sleep: async ms => void (sleeps.push(ms), (clock += ms)), now: () => clock },
    ran,
    provisioned,
    sleeps
  };
}

const installedTile = (version: string): ITenantState['site'][number] => ({ ProductId: PRODUCT_ID, Title: 'pmo-hub-client-side-solution', Version: version, AppStatus: 5 });
const catalogApp = (version: string, deployed: boolean = true): ITenantState['catalog'][number] => ({ ID: APP_ID, Title: 'pmo-hub-client-side-solution', ProductId: PRODUCT_ID.toUpperCase(), Deployed: deployed, AppCatalogVersion: version });
const teamsApp = (m: (typeof TEAMS_MANIFESTS)[number], version: string): ITenantState['teams'][number] => ({ id: `t-${m.id}`, externalId: m.id, displayName: m.name, appDefinitions: [{ version }] });
const older = (v: string): string => v.split('.').map((p, i) => (i === 1 ? String(Math.max(0, Number(p) - 1)) : p)).join('.');

describe('npm run deploy on a tenant (the CLI answered by a simulated tenant)', () => {
  const argv = ['--tenant', 'contoso', '--site', SITE, '--teams'];

  it('first deployment: reads the site, uploads, deploys, installs and waits until installed, sets the tenant property, provisions in the site\'s language, publishes the Teams apps', async () => {
    const t = fakeTenant({ catalog: [], site: [], teams: [], principal: true, catalogUrl: CATALOG, installPolls: 3 });
    const { code, out, err } = await deployCli(argv, t.io);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(t.ran).toEqual([
      'spo web get', 'spo app list', 'spo app add', 'spo app deploy', 'spo serviceprincipal permissionrequest list', 'spo serviceprincipal grant list',
      'spo app instance list', `spo app install ${APP_ID}`, 'spo app instance list', 'spo app instance list', 'spo app instance list',
      'spo storageentity get', 'spo tenant appcatalogurl get', 'spo storageentity set', 'util accesstoken get',
      ...TEAMS_APPS.flatMap(() => ['request', 'teams app publish'])
    ]);
    expect(t.sleeps).toEqual([INSTALL_WAIT.pollMs, INSTALL_WAIT.pollMs]);
    expect(t.provisioned).toEqual([[SITE, TOKEN, 'en-us']]);
    const text = out.join('\n');
    expect(text).toMatch(/0\. Site: https:\/\/contoso\.sharepoint\.com\/sites\/pmo is in en-us \(LCID 1033\)/);
    expect(text).toContain(`1. App catalog: uploaded pmo-hub.sppkg ${VERSION}.`);
    expect(text).toMatch(/3\. Site: waiting for pmo-hub-client-side-solution to report installed \(now installing \(1\)\)/);
    expect(text).toMatch(/3\. Site: pmo-hub-client-side-solution .* reports installed on https:\/\/contoso\.sharepoint\.com\/sites\/pmo \(after 10 s\)/);
    expect(text).toMatch(/3b\. Tenant property: set PmoHubSiteUrl to https:\/\/contoso\.sharepoint\.com\/sites\/pmo in the tenant app catalog https:\/\/contoso\.sharepoint\.com\/sites\/appcatalog\./);
    expect(text).toMatch(/5\. Teams: published PMO Hub Portfolio/);
    // The provisioning starts only once the site reports the app installed.
    expect(text.indexOf('reports installed')).toBeLessThan(text.indexOf('4. Provisioning'));
  });

  it.each([
    ['the principal does not exist yet (no API access ever approved)', { principal: false, requests: [{ Id: 'r1', Resource: 'Microsoft Graph', Scope: 'User.ReadBasic.All' }] }, /2\. API access: cannot tell whether User\.ReadBasic\.All \(Microsoft Graph\) is pending, declined or not asked for yet: check the API access page https:\/\/contoso-admin\.sharepoint\.com\/_layouts\/15\/online\/AdminHome\.aspx#\/webApiPermissionManagement\./],
    ['the principal holds no grant: the CLI lists no request although one is pending', { principal: true, grants: [], requests: [{ Id: 'r1', Resource: 'Microsoft Graph', Scope: 'User.ReadBasic.All' }] }, /cannot tell whether User\.ReadBasic\.All \(Microsoft Graph\) is pending, declined or not asked for yet \(no API access is granted on this tenant yet, and then the CLI lists no pending request\): check the API access page/],
    ['another solution\'s scope is granted and ours is pending', { principal: true, grants: [{ consentType: 'AllPrincipals', scope: 'Sites.Read.All' }], requests: [{ Id: 'r1', Resource: 'Microsoft Graph', Scope: 'User.ReadBasic.All' }] }, /2\. API access: User\.ReadBasic\.All \(Microsoft Graph\) is pending: a SharePoint administrator approves it at https:\/\/contoso-admin\.sharepoint\.com\/_layouts\/15\/online\/AdminHome\.aspx#\/webApiPermissionManagement/],
    ['ours is granted', { principal: true, grants: [{ consentType: 'AllPrincipals', scope: 'Sites.Read.All User.ReadBasic.All' }], requests: [{ Id: 'r1', Resource: 'Microsoft Graph', Scope: 'User.ReadBasic.All' }] }, /2\. API access: User\.ReadBasic\.All \(Microsoft Graph\) is granted \(tenant-wide/],
    ['an app catalog owner who is no SharePoint administrator', { notAdmin: true, principal: true, grants: [{ consentType: 'AllPrincipals', scope: 'User.ReadBasic.All' }] }, /cannot tell whether User\.ReadBasic\.All \(Microsoft Graph\) is pending[^\n]*check the API access page[\s\S]*Could not read the pending requests: Access denied[^\n]*the next steps go on\.\n\s+Could not read the granted scopes: Insufficient privileges/]
  ])('step 2 when %s: says so, never "approved", and the run goes on to the end', async (_case, state, message) => {
    const t = fakeTenant({ catalog: [catalogApp(VERSION)], site: [installedTile(VERSION)], teams: [], property: { Key: PMO_SITE_PROPERTY, Value: SITE, Description: '' }, ...(state as Partial<ITenantState>) });
    const { code, out, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const text = out.join('\n');
    expect(text).toMatch(message);
    expect(text).not.toMatch(/approved already/);
    expect(t.provisioned).toHaveLength(1);
    expect(t.ran.filter(r => /approve|grant add/.test(r))).toEqual([]);
  });

  it('second deployment of the same version: skips the upload, the install, the tenant property and every Teams app; provisions again', async () => {
    const t = fakeTenant({
      catalog: [catalogApp(VERSION)],
      site: [installedTile(VERSION)],
      teams: TEAMS_MANIFESTS.map(m => teamsApp(m, m.version)),
      principal: true,
      grants: [{ consentType: 'AllPrincipals', scope: 'User.ReadBasic.All' }],
      property: { Key: PMO_SITE_PROPERTY, Value: SITE, Description: '' },
      catalogUrl: CATALOG
    });
    const { code, out } = await deployCli(argv, t.io);
    expect(code).toBe(0);
    expect(t.ran.filter(r => /add|deploy|install|upgrade|set|publish|update/.test(r))).toEqual([]);
    expect(t.sleeps).toEqual([]);
    const text = out.join('\n');
    expect(text).toMatch(/pmo-hub\.sppkg .* is already deployed; upload skipped/);
    expect(text).toMatch(/already installed on https:\/\/contoso\.sharepoint\.com\/sites\/pmo; skipped/);
    expect(text).toMatch(/3b\. Tenant property: PmoHubSiteUrl is https:\/\/contoso\.sharepoint\.com\/sites\/pmo already; skipped/);
    expect(text).toMatch(/5\. Teams: PMO Hub Portfolio .* is in the catalog already; skipped/);
    expect(t.provisioned).toHaveLength(1);
  });

  it('an older version in the catalog, on the site and in Teams: replaces the package, upgrades the site and waits for it, updates the Teams apps', async () => {
    const old = older(VERSION);
    const t = fakeTenant({
      catalog: [catalogApp(old)],
      site: [installedTile(old)],
      teams: TEAMS_MANIFESTS.map(m => teamsApp(m, older(m.version))),
      principal: true,
      property: { Key: PMO_SITE_PROPERTY, Value: 'https://contoso.sharepoint.com/sites/oldpmo', Description: '' },
      installPolls: 2
    });
    const { code, out, err } = await deployCli([...argv, '--app-catalog', CATALOG], t.io);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(t.ran.slice(1, 4)).toEqual(['spo app list', 'spo app add', 'spo app deploy']);
    expect(t.ran).toContain(`spo app upgrade ${APP_ID}`);
    expect(t.ran).not.toContain('spo tenant appcatalogurl get');
    expect(t.ran.filter(r => r.indexOf('teams app update') === 0)).toEqual(TEAMS_MANIFESTS.map(m => `teams app update t-${m.id}`));
    expect(t.sleeps).toHaveLength(1);
    const text = out.join('\n');
    expect(text).toContain(`(replacing ${old})`);
    expect(text).toContain(`upgrading pmo-hub-client-side-solution from ${old} to ${VERSION}`);
    expect(text).toMatch(/now upgrading \(8\)/);
    expect(text).toMatch(/3b\. Tenant property: set PmoHubSiteUrl to https:\/\/contoso\.sharepoint\.com\/sites\/pmo in the tenant app catalog https:\/\/contoso\.sharepoint\.com\/sites\/appcatalog \(it held https:\/\/contoso\.sharepoint\.com\/sites\/oldpmo\)/);
    expect(text).toMatch(/5\. Teams: updated PMO Hub Portfolio from \S+ to /);
  });

  it('a newer Teams app in the catalog is left as it is', async () => {
    const t = fakeTenant({ catalog: [catalogApp(VERSION)], site: [installedTile(VERSION)], teams: TEAMS_MANIFESTS.map(m => teamsApp(m, '99.0.0')), property: { Key: PMO_SITE_PROPERTY, Value: SITE, Description: '' } });
    const { code, out } = await deployCli(argv, t.io);
    expect(code).toBe(0);
    expect(t.ran.filter(r => /teams app (update|publish)/.test(r))).toEqual([]);
    expect(out.join('\n')).toMatch(/5\. Teams: the catalog holds PMO Hub Portfolio 99\.0\.0, newer than this package's \S+; left as it is/);
  });

  it('a package uploaded but not deployed is deployed without a new upload', async () => {
    const t = fakeTenant({ catalog: [catalogApp(VERSION, false)], site: [], teams: [], catalogUrl: CATALOG, installPolls: 1 });
    const { code } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(0);
    expect(t.ran.slice(1, 3)).toEqual(['spo app list', 'spo app deploy']);
    expect(t.ran).toContain(`spo app install ${APP_ID}`);
    expect(t.sleeps).toEqual([]);
  });

  it('an app a killed run left installing: no second install, waits until it reports installed', async () => {
    const t = fakeTenant({ catalog: [catalogApp(VERSION)], site: [{ ...installedTile(VERSION), AppStatus: 1 }], teams: [], catalogUrl: CATALOG });
    let polls = 0;
    const run = t.io.run as (args: string[]) => Promise<unknown>;
    const io = { ...t.io, run: async (args: string[]): Promise<unknown> => {
      const result = await run(args);
      // The install finishes on SharePoint's side after the third look.
      if (commandName(args) === 'spo app instance list' && ++polls === 3) return (result as ITenantState['site']).map(x => ({ ...x, AppStatus: 5 }));
      return result;
    } };
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', SITE], io);
    expect(code).toBe(0);
    expect(t.ran.filter(r => /install|upgrade/.test(r) && r !== 'spo app instance list')).toEqual([]);
    expect(t.sleeps).toEqual([INSTALL_WAIT.pollMs]);
    expect(out.join('\n')).toMatch(/reports installed/);
  });

  it('an install that never reports installed stops at step 3 after the timeout, naming the last status; nothing after it runs', async () => {
    const t = fakeTenant({ catalog: [], site: [], teams: [], catalogUrl: CATALOG, installPolls: Number.MAX_SAFE_INTEGER });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Step "3\. add the app to the site" failed: pmo-hub-client-side-solution did not report installed on https:\/\/contoso\.sharepoint\.com\/sites\/pmo within 10 minutes \(last: installing \(1\), version /);
    expect(t.sleeps.reduce((x, y) => x + y, 0)).toBe(INSTALL_WAIT.timeoutMs);
    expect(t.provisioned).toEqual([]);
    expect(t.ran).not.toContain('spo storageentity set');
  });

  it('refuses to replace a newer version in the app catalog (exit code 1, nothing uploaded)', async () => {
    const t = fakeTenant({ catalog: [catalogApp('99.0.0.0')], site: [], teams: [] });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(`Step "1. app catalog" failed: the app catalog holds pmo-hub.sppkg 99.0.0.0, newer than this package's ${VERSION}; nothing was replaced`);
    expect(t.ran).toEqual(['spo web get', 'spo app list']);
  });

  it('a tenant without an app catalog: step 3b says who creates it', async () => {
    const t = fakeTenant({ catalog: [catalogApp(VERSION)], site: [installedTile(VERSION)], teams: [] });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Step "3b\. tenant property" failed: the tenant has no app catalog/);
  });

  it('stops at the first failure, naming the step (exit code 1)', async () => {
    const t = fakeTenant({ catalog: [], site: [], teams: [], failOn: 'spo app install' });
    const { code, err } = await deployCli(argv, t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Step "3\. add the app to the site" failed: Access denied/);
    expect(t.ran[t.ran.length - 1]).toMatch(/^spo app install/);
    expect(t.provisioned).toEqual([]);
  });
});

describe('npm run deploy: the lists\' language', () => {
  const base = (): ITenantState => ({ catalog: [catalogApp(VERSION)], site: [installedTile(VERSION)], teams: [], property: { Key: PMO_SITE_PROPERTY, Value: SITE, Description: '' } });

  it('without --locale, provisions in the site\'s language (a German site in de-de)', async () => {
    const t = fakeTenant({ ...base(), lcid: 1031 });
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(0);
    expect(t.provisioned.map(p => p[2])).toEqual(['de-de']);
    expect(out.join('\n')).toMatch(/0\. Site: .* is in de-de \(LCID 1031\); the lists, columns and views are created in de-de/);
  });

  it('refuses a --locale that differs from the site\'s language before anything changes; --retitle allows it', async () => {
    const refused = fakeTenant({ ...base(), lcid: 1031 });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE, '--locale', 'en-us'], refused.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Step "0\. the site and its language" failed: --locale en-us differs from the site's language de-de \(LCID 1031\): the provisioning would retitle .* Leave --locale out to keep de-de, or add --retitle/);
    expect(refused.ran).toEqual(['spo web get']);
    const allowed = fakeTenant({ ...base(), lcid: 1031 });
    expect((await deployCli(['--tenant', 'contoso', '--site', SITE, '--locale', 'en-us', '--retitle'], allowed.io)).code).toBe(0);
    expect(allowed.provisioned.map(p => p[2])).toEqual(['en-us']);
    const same = fakeTenant({ ...base(), lcid: 1036 });
    expect((await deployCli(['--tenant', 'contoso', '--site', SITE, '--locale', 'fr-fr'], same.io)).code).toBe(0);
    expect(same.provisioned.map(p => p[2])).toEqual(['fr-fr']);
  });

  it('a site in a language PMO Hub lacks (Spanish) needs --locale', async () => {
    const t = fakeTenant({ ...base(), lcid: 3082 });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/the site's language \(LCID 3082\) is none of PMO Hub's \(en-us, de-de, fr-fr, nl-nl, it-it\); run again with --locale/);
    const chosen = fakeTenant({ ...base(), lcid: 3082 });
    expect((await deployCli(['--tenant', 'contoso', '--site', SITE, '--locale', 'en-us'], chosen.io)).code).toBe(0);
    expect(chosen.provisioned.map(p => p[2])).toEqual(['en-us']);
  });
});

describe('step 4: the provisioning with the CLI\'s token', () => {
  it('provisions the site with PMO Setup\'s code, every request carrying the token as bearer and no workbench user header', async () => {
    const emulator = createEmulator();
    const seen: Array<{ authorization?: string; user?: string }> = [];
    const server = createServer((req, res) => {
      seen.push({ authorization: req.headers.authorization, user: req.headers['x-workbench-user'] as string | undefined });
      emulator.handle(req, res).then(handled => {
        if (!handled) res.writeHead(404).end();
      }, (e: unknown) => res.writeHead(500).end(String(e)));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sites/pmo`;
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await provisionWithToken(siteUrl, 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-token', 'de-de');
      expect(log.mock.calls.map(c => String(c[0])).pop()).toMatch(/^\d{3,} changes; site at schema version \d+ \(was not set up\)/);
      expect(seen.length).toBeGreaterThan(100);
      expect(seen.filter(h => h.authorization !== 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-token' || h.user !== undefined)).toEqual([]);
      const env = localEnvironment({ siteUrl, graphUrl: `${siteUrl}/graph/v1.0` });
      expect(await getSiteStatus(env.sp, pmoSchema, { locale: 'de-de', strings: loadLocale('de-de') })).toMatchObject({ upToDate: true, changes: [] });
    } finally {
      log.mockRestore();
      await new Promise(resolve => server.close(resolve));
    }
  });
});

describe('README: the figures the deployment section and PMO Setup quote', () => {
  it('states the schema version SCHEMA_VERSION has, wherever it names it', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const stated = [...readme.matchAll(/schema version \(now (\d+)\)|`SCHEMA_VERSION` \(now \*\*(\d+)\*\*\)/g)].map(m => Number(m[1] ?? m[2]));
    expect(stated.length).toBeGreaterThanOrEqual(2);
    expect(stated.every(v => v === SCHEMA_VERSION)).toBe(true);
  });

  it('counts as many custom permission levels as the schema has, and names each', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const stated = /\*\*(\w+) custom permission levels\*\* \(`customRoles`/.exec(readme)?.[1].toLowerCase();
    expect(stated).toBe(words[customRoles.length]);
    for (const role of customRoles) expect(readme).toContain(`\`${role.name}\``);
  });

  it('states the release version package.json has', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const release = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(/package\.json`'s\s+version \(now ([\d.]+)\)/.exec(readme)?.[1]).toBe(release);
  });
});

describe('README: what the admin approves', () => {
  it('lists exactly the scopes of config/package-solution.json webApiPermissionRequests, each with its reason, in one table only', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const requests = (JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { webApiPermissionRequests: Array<{ resource: string; scope: string }> } }).solution.webApiPermissionRequests;
    const section = readme.slice(readme.indexOf('### What the admin approves'), readme.indexOf('\n## ', readme.indexOf('### What the admin approves')));
    const rows = section.split('\n').filter(l => /^\| `[^`]+` \(/.test(l));
    expect(rows.map(r => /^\| `([^`]+)` \(([^)]+)\) \| (.+?) \|/.exec(r)?.slice(1, 3))).toEqual(requests.map(r => [r.scope, r.resource]));
    for (const r of rows) expect(r.split('|')[2].trim().length).toBeGreaterThan(20);
    // One source: no other table row in the README names a requested scope.
    for (const r of requests) expect(readme.split('\n').filter(l => l.indexOf(`| \`${r.scope}\``) === 0)).toHaveLength(1);
  });
});
