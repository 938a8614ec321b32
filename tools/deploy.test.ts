/**
 * `npm run deploy`: the dry run's commands checked against the installed CLI for Microsoft 365's own
 * command definitions (tools/deploy-check.ts, no login, no network), the usage errors, and the
 * steps' decisions on a simulated tenant (what runs on a first deployment, on a second one, on an
 * upgrade, and where a failure stops).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTeamsPackage, TEAMS_APPS } from './package-teams';
import { PLACEHOLDERS, provisionWithToken, quoteCommand, runDeploy, splitCommand, type IDeployIo } from './deploy';
import { createEmulator } from '../workbench/emulator';
import { getSiteStatus } from '../src/provisioning';
import { pmoSchema } from '../src/schema/pmoSchema';
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

const commandName = (args: string[]): string => args.slice(0, args.findIndex(a => a.indexOf('--') === 0)).join(' ');
const option = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};

describe('npm run deploy -- --dry-run', () => {
  it('prints the whole sequence in order, every value quoted, and every command is one the installed CLI accepts', async () => {
    const { code, out, err } = await deployCli(['--dry-run', '--tenant', 'contoso', '--site', SITE, '--teams']);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const lines = out.filter(l => l.indexOf('#') !== 0);
    const commands = lines.map(splitCommand);
    for (const [i, line] of lines.entries()) expect(quoteCommand(commands[i])).toBe(line);
    for (const line of lines) expect(line).toMatch(/^m365 [a-z ]+( --[A-Za-z]+( "[^"]*")?)+$/);
    const teamsPairs = TEAMS_APPS.flatMap(() => ['teams app publish', 'teams app update']);
    expect(commands.map(commandName)).toEqual([
      'spo app list', 'spo app add', 'spo app deploy', 'spo serviceprincipal permissionrequest list',
      'spo app instance list', 'spo app install', 'spo app upgrade', 'util accesstoken get', 'teams app list', ...teamsPairs
    ]);
    expect(commands.every(c => option(c, '--output') === 'json')).toBe(true);
    expect(option(commands[1], '--filePath')).toBe(path.join(dir, 'pmo-hub.sppkg'));
    expect(commands.filter(c => option(c, '--siteUrl') !== undefined).map(c => option(c, '--siteUrl'))).toEqual([SITE, SITE, SITE]);
    expect(option(commands[7], '--resource')).toBe('https://contoso.sharepoint.com');
    expect(commands.filter(c => c[0] === 'teams' && c[2] === 'publish').map(c => option(c, '--filePath'))).toEqual(TEAMS_APPS.map(a => path.join(dir, a.zip)));
    // Nothing approves a permission request.
    expect(commands.some(c => c.indexOf('approve') >= 0)).toBe(false);
    expect(out.join('\n')).toMatch(/API access/);

    // Ids the tenant assigns are placeholders, only as the --id of install, upgrade and update.
    const withPlaceholder = commands.filter(c => c.some(w => w in PLACEHOLDERS));
    expect(withPlaceholder.map(c => `${commandName(c)} ${c[c.indexOf('--id') + 1]}`)).toEqual(['spo app install {appId}', 'spo app upgrade {appId}', ...TEAMS_APPS.map(() => 'teams app update {teamsAppId}')]);
    const concrete = commands.map(c => c.map(w => (w in PLACEHOLDERS ? SAMPLE_GUID : w)));
    const results = await check(concrete);
    expect(results.filter(r => r.problems.length > 0)).toEqual([]);
    expect(results).toHaveLength(commands.length);
  });

  it('without --teams stops after the provisioning token; --app-catalog goes to every catalog command', async () => {
    const catalog = 'https://contoso.sharepoint.com/sites/appcatalog';
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', `${SITE}/`, '--dry-run', '--app-catalog', catalog]);
    expect(code).toBe(0);
    const commands = out.filter(l => l.indexOf('#') !== 0).map(splitCommand);
    expect(commands.map(commandName).pop()).toBe('util accesstoken get');
    expect(commands.filter(c => c[1] === 'app' && ['list', 'add', 'deploy'].indexOf(c[2]) >= 0).map(c => option(c, '--appCatalogUrl'))).toEqual([catalog, catalog, catalog]);
    expect((await check(commands.map(c => c.map(w => (w in PLACEHOLDERS ? SAMPLE_GUID : w))))).filter(r => r.problems.length > 0)).toEqual([]);
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
      ['spo', 'app', 'list', '--output', 'yaml']
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
    [['--tenant', 'contoso', '--site', 'pmo'], /--site must be an absolute URL/],
    [['--tenant', 'contoso', '--site', SITE, '--app-catalog', 'https://contoso.sharepoint.com'], /--app-catalog must be a site/],
    [['--tenant', 'contoso', '--site', SITE, '--locale', 'es-es'], /--locale must be one of/],
    [['--tenant', 'contoso', '--site', SITE, '--force'], /Unknown argument --force/]
  ])('%j: usage message naming the argument, exit code 2', async (argv, message) => {
    const { code, err, out } = await deployCli([...(argv as string[]), '--dry-run']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message as RegExp);
    expect(err.join('\n')).toMatch(/Usage: npm run deploy -- --tenant <name> --site/);
    expect(out).toEqual([]);
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

/** A tenant as the CLI reports it: the catalog, the site's apps, pending requests and Teams apps. */
interface ITenantState {
  catalog: Array<{ ID: string; Title: string; ProductId: string; Deployed: boolean; AppCatalogVersion: string }>;
  site: Array<{ ProductId: string; Title: string; Version: string }>;
  teams: Array<{ id: string; externalId: string; displayName: string }>;
  failOn?: string;
  noRequests?: boolean;
}

/** Answers the CLI's commands from `state` and records them; changes the state as the tenant would. */
function fakeTenant(state: ITenantState): { io: Partial<IDeployIo>; ran: string[]; provisioned: Array<[string, string, string]> } {
  const ran: string[] = [];
  const provisioned: Array<[string, string, string]> = [];
  const run = async (args: string[]): Promise<unknown> => {
    const name = commandName(args);
    ran.push(`${name}${args.indexOf('--id') >= 0 ? ` ${option(args, '--id')}` : ''}`);
    if (state.failOn === name) throw new Error('Access denied. You do not have permission to perform this action or access this resource.');
    switch (name) {
      case 'spo app list': return state.catalog;
      case 'spo app add': state.catalog = [{ ID: 'a0000000-0000-0000-0000-000000000001', Title: 'pmo-hub-client-side-solution', ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Deployed: false, AppCatalogVersion: '0.1.0.0' }]; return { UniqueId: 'a0000000-0000-0000-0000-000000000001' };
      case 'spo app deploy': state.catalog.forEach(c => (c.Deployed = true)); return undefined;
      case 'spo serviceprincipal permissionrequest list': return state.noRequests ? [] : [{ Id: 'r1', Resource: 'Microsoft Graph', ResourceId: 'Microsoft Graph', Scope: 'User.ReadBasic.All' }];
      case 'spo app instance list': return state.site;
      case 'spo app install': case 'spo app upgrade': state.site = [{ ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Title: 'pmo-hub-client-side-solution', Version: '0.1.0.0' }]; return undefined;
      case 'util accesstoken get': return 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-token';
      case 'teams app list': return state.teams;
      default: return {};
    }
  };
  return { io: { run, provision: async (site, token, locale) => void provisioned.push([site, token, locale]) }, ran, provisioned };
}

describe('npm run deploy on a tenant (the CLI answered by a simulated tenant)', () => {
  const argv = ['--tenant', 'contoso', '--site', SITE, '--teams'];

  it('first deployment: uploads, deploys, lists the request for the admin, installs, provisions with the token, publishes the Teams apps', async () => {
    const t = fakeTenant({ catalog: [], site: [], teams: [] });
    const { code, out, err } = await deployCli(argv, t.io);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(t.ran).toEqual(['spo app list', 'spo app add', 'spo app deploy', 'spo serviceprincipal permissionrequest list', 'spo app instance list', 'spo app install a0000000-0000-0000-0000-000000000001', 'util accesstoken get', 'teams app list', ...TEAMS_APPS.map(() => 'teams app publish')]);
    expect(t.provisioned).toEqual([[SITE, 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-token', 'en-us']]);
    const text = out.join('\n');
    expect(text).toMatch(/1\. App catalog: uploaded pmo-hub\.sppkg 0\.1\.0\.0/);
    expect(text).toMatch(/2\. API access: 1 pending permission request\(s\); a SharePoint admin approves them in the SharePoint admin centre → Advanced → API access \(https:\/\/contoso-admin\.sharepoint\.com/);
    expect(text).toMatch(/- Microsoft Graph: User\.ReadBasic\.All \(request r1\), asked for by PMO Hub/);
    expect(text).toMatch(/approves none of them/);
    expect(text).toMatch(/3\. Site: added pmo-hub-client-side-solution 0\.1\.0\.0/);
    expect(text).toMatch(/5\. Teams: published PMO Hub Portfolio/);
  });

  it('second deployment of the same version: skips the upload and the install, provisions again, updates the Teams apps', async () => {
    const t = fakeTenant({
      catalog: [{ ID: 'a0000000-0000-0000-0000-000000000001', Title: 'pmo-hub-client-side-solution', ProductId: 'B1E99B1E-5646-4C24-97B0-CE4919ED2A3C', Deployed: true, AppCatalogVersion: '0.1.0.0' }],
      site: [{ ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Title: 'pmo-hub-client-side-solution', Version: '0.1.0.0' }],
      teams: [{ id: 'c0000000-0000-0000-0000-000000000002', externalId: 'f5211f3a-bb9a-4a57-b9cb-cc036a23f632', displayName: 'PMO Hub Portfolio' }]
    });
    const { code, out } = await deployCli(argv, t.io);
    expect(code).toBe(0);
    expect(t.ran.filter(r => /add|deploy|install|upgrade/.test(r))).toEqual([]);
    expect(t.ran).toContain('teams app update c0000000-0000-0000-0000-000000000002');
    expect(t.ran.filter(r => r === 'teams app publish')).toHaveLength(TEAMS_APPS.length - 1);
    expect(out.join('\n')).toMatch(/pmo-hub\.sppkg 0\.1\.0\.0 is already deployed; upload skipped/);
    expect(out.join('\n')).toMatch(/already installed on https:\/\/contoso\.sharepoint\.com\/sites\/pmo; skipped/);
    expect(out.join('\n')).toMatch(/5\. Teams: updated PMO Hub Portfolio/);
  });

  it('an older version in the catalog and on the site: replaces the package and upgrades the site', async () => {
    const t = fakeTenant({
      catalog: [{ ID: 'a0000000-0000-0000-0000-000000000009', Title: 'pmo-hub-client-side-solution', ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Deployed: true, AppCatalogVersion: '0.0.9.0' }],
      site: [{ ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Title: 'pmo-hub-client-side-solution', Version: '0.0.9.0' }],
      teams: []
    });
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(0);
    expect(t.ran.slice(0, 3)).toEqual(['spo app list', 'spo app add', 'spo app deploy']);
    expect(t.ran).toContain('spo app upgrade a0000000-0000-0000-0000-000000000001');
    expect(out.join('\n')).toMatch(/replacing 0\.0\.9\.0/);
    expect(out.join('\n')).toMatch(/upgraded pmo-hub-client-side-solution from 0\.0\.9\.0 to 0\.1\.0\.0/);
    expect(out.join('\n')).toMatch(/5\. Teams: skipped/);
  });

  it('a package uploaded but not deployed is deployed without a new upload; no pending request is said so', async () => {
    const t = fakeTenant({
      catalog: [{ ID: 'a0000000-0000-0000-0000-000000000003', Title: 'pmo-hub-client-side-solution', ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Deployed: false, AppCatalogVersion: '0.1.0.0' }],
      site: [],
      teams: [],
      noRequests: true
    });
    const { code, out } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(0);
    expect(t.ran.slice(0, 2)).toEqual(['spo app list', 'spo app deploy']);
    expect(t.ran).toContain('spo app install a0000000-0000-0000-0000-000000000003');
    expect(out.join('\n')).toMatch(/2\. API access: no pending request for PMO Hub's scopes \(Microsoft Graph User\.ReadBasic\.All\): approved already, or declined/);
  });

  it('refuses to replace a newer version in the app catalog (exit code 1, nothing uploaded)', async () => {
    const t = fakeTenant({
      catalog: [{ ID: 'a0000000-0000-0000-0000-000000000004', Title: 'pmo-hub-client-side-solution', ProductId: 'b1e99b1e-5646-4c24-97b0-ce4919ed2a3c', Deployed: true, AppCatalogVersion: '0.2.0.0' }],
      site: [],
      teams: []
    });
    const { code, err } = await deployCli(['--tenant', 'contoso', '--site', SITE], t.io);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Step "1\. app catalog" failed: the app catalog holds pmo-hub\.sppkg 0\.2\.0\.0, newer than this package's 0\.1\.0\.0; nothing was replaced/);
    expect(t.ran).toEqual(['spo app list']);
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
