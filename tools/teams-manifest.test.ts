/**
 * The Teams app manifests, one per web part whose manifest has a Teams host (TeamsTab or
 * TeamsPersonalApp; every such web part has one, and the zip tools/package-teams.ts builds holds
 * it): valid against the app manifest JSON schema that ships offline in @microsoft/app-manifest,
 * their ids and URLs point to their web part, and their icons follow Teams' rules (colour 192×192
 * PNG; outline 32×32 PNG, white on a transparent background).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { buildTeamsPackage, TEAMS_APPS } from './package-teams';

// The Teams apps live in teams/ (SPFx also copies that folder's files into the package's assets, so tests stay out of it).
const dir = path.resolve(__dirname, '..', 'teams');
const root = path.resolve(dir, '..');

/** The SPFx web part manifest files (under src/webparts/) of the web parts with a Teams host. */
function teamsWebParts(): string[] {
  const webparts = path.join(root, 'src', 'webparts');
  return readdirSync(webparts, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .map(d => d.name)
    .flatMap(folder => readdirSync(path.join(webparts, folder)).filter(f => f.endsWith('.manifest.json')).map(f => `${folder}/${f}`))
    .filter(f => webPartManifest(f).supportedHosts.some(h => h === 'TeamsTab' || h === 'TeamsPersonalApp'))
    .sort();
}

/** Each Teams app: its manifest in teams/ and the SPFx web part it hosts (from tools/package-teams.ts). */
const APPS: ReadonlyArray<{ manifestFile: string; webPart: string }> = TEAMS_APPS.map(app => {
  const folder = path.join(root, 'src', 'webparts', app.webPart);
  return { manifestFile: app.manifest, webPart: `${app.webPart}/${readdirSync(folder).find(f => f.endsWith('.manifest.json')) ?? ''}` };
});

function readManifest(file: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document walked by the assertions
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
}

/** The JSON schemas of the manifest version (the same for every app; a test checks it). */
const version = String(readManifest('manifest.json').manifestVersion);
const schemaDir = path.join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${version}`);

/** The SPFx web part manifest (JSON with // comments). */
function webPartManifest(file: string): { id: string; supportedHosts: string[]; preconfiguredEntries: Array<{ title: Record<string, string> }> } {
  const text = readFileSync(path.join(root, 'src', 'webparts', file), 'utf8');
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

function validator(schemaFile: string): Ajv.ValidateFunction {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, unknownFormats: 'ignore' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ajv 6 ships the draft-04 meta-schema as JSON
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, schemaFile), 'utf8')));
}

/** Width, height and RGBA pixels of an 8-bit RGBA PNG without interlacing (the format our icons use). */
function readPng(buf: Buffer): { width: number; height: number; colorType: number; pixels: Buffer } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  return { width, height, colorType, pixels: inflateSync(Buffer.concat(idat)) };
}

/**
 * Teams' icon rules: colour icon 192×192 PNG; outline icon 32×32 PNG whose pixels are either fully
 * transparent or white (any alpha), on a transparent background (its corners), with a visible symbol.
 */
function expectTeamsIcons(colorPng: Buffer, outlinePng: Buffer): void {
  const color = readPng(colorPng);
  expect([color.width, color.height, color.colorType]).toEqual([192, 192, 6]);
  const outline = readPng(outlinePng);
  expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
  const alpha = (x: number, y: number): number => outline.pixels[y * (32 * 4 + 1) + 1 + x * 4 + 3];
  expect([alpha(0, 0), alpha(31, 0), alpha(0, 31), alpha(31, 31)]).toEqual([0, 0, 0, 0]);
  let opaque = 0;
  const notWhite: string[] = [];
  for (let y = 0; y < 32; y++) {
    expect(outline.pixels[y * (32 * 4 + 1)]).toBe(0); // filter byte "none": the pixels above are read as they are
    for (let x = 0; x < 32; x++) {
      const i = y * (32 * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = [outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2], outline.pixels[i + 3]];
      if (a === 0) continue;
      opaque++;
      if (r !== 255 || g !== 255 || b !== 255) notWhite.push(`${x},${y}`);
    }
  }
  expect(notWhite).toEqual([]);
  expect(opaque).toBeGreaterThan(50);
}

describe('the Teams apps cover every Teams tab of the solution', () => {
  it('every web part with a Teams host (TeamsTab or TeamsPersonalApp) has exactly one Teams app, and no app hosts another web part', () => {
    const hosted = APPS.map(a => a.webPart).sort();
    expect(hosted).toEqual(teamsWebParts());
    expect(new Set(TEAMS_APPS.map(a => a.zip)).size).toBe(TEAMS_APPS.length);
    // Every Teams manifest in teams/ is one of the apps (none left out of the packaging).
    expect(readdirSync(dir).filter(f => f === 'manifest.json' || f.endsWith('.manifest.json')).sort()).toEqual(TEAMS_APPS.map(a => a.manifest).sort());
  });

  it('a web part without a Teams host has no Teams app (PMO Setup runs on the site only)', () => {
    expect(teamsWebParts()).not.toContain('pmoSetup/PmoSetupWebPart.manifest.json');
    expect(APPS.some(a => a.webPart.indexOf('pmoSetup/') === 0)).toBe(false);
  });

  it.each(APPS)('the zip of $webPart declares its tab and personal app, with valid icons', ({ manifestFile, webPart }) => {
    const wp = webPartManifest(webPart);
    const files = unzipSync(buildTeamsPackage(manifestFile));
    const packaged = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document walked by the assertions
    expect(packaged.id).toBe(wp.id);
    if (wp.supportedHosts.indexOf('TeamsTab') >= 0) expect(packaged.configurableTabs[0].configurationUrl).toContain(`componentId=${wp.id}`);
    if (wp.supportedHosts.indexOf('TeamsPersonalApp') >= 0) expect(packaged.staticTabs[0].contentUrl).toContain(`componentId=${wp.id}`);
    expect(validator('MicrosoftTeams.schema.json')(packaged)).toBe(true);
    expectTeamsIcons(Buffer.from(files[packaged.icons.color]), Buffer.from(files[packaged.icons.outline]));
  });

  it('the icon check is real: a colour icon of the wrong size and an outline with a coloured pixel fail it', () => {
    const portfolio = readManifest('manifest.json');
    const color = readFileSync(path.join(dir, portfolio.icons.color));
    const outline = readFileSync(path.join(dir, portfolio.icons.outline));
    expect(() => expectTeamsIcons(outline, outline)).toThrow();
    expect(() => expectTeamsIcons(color, color)).toThrow();
  });
});

describe.each(APPS)('Teams app manifest (teams/$manifestFile)', ({ manifestFile, webPart }) => {
  const manifest = readManifest(manifestFile);
  const wp = webPartManifest(webPart);

  it(`validates against the app manifest schema v${version} from @microsoft/app-manifest`, () => {
    expect(existsSync(schemaDir)).toBe(true);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
    const validate = validator('MicrosoftTeams.schema.json');
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is checked for real: the schema refuses a broken manifest', () => {
    const validate = validator('MicrosoftTeams.schema.json');
    const broken = { ...manifest, id: 'not-a-guid', name: { short: 'x'.repeat(31) }, configurableTabs: [manifest.configurableTabs[0], manifest.configurableTabs[0]] };
    delete (broken as Record<string, unknown>).developer;
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map(e => `${e.dataPath} ${e.message ?? ''}`).join('\n');
    expect(messages).toMatch(/\.id/);
    expect(messages).toMatch(/\.name\.short/);
    expect(messages).toMatch(/configurableTabs/);
    expect(messages).toMatch(/developer/);
  });

  it('uses a stable manifest version (1.17 or later, not the developer preview)', () => {
    expect(String(manifest.manifestVersion)).toBe(version);
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(version).toMatch(/^1\.\d+$/);
  });

  it('is its web part: same id, and every tab URL loads that component through TeamsLogon', () => {
    expect(manifest.id).toBe(wp.id);
    expect(wp.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    const tab = manifest.configurableTabs[0];
    expect(tab.configurationUrl).toBe(`https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${wp.id}%26forceLocale={locale}`);
    expect(tab.scopes).toContain('team');
    const personal = manifest.staticTabs[0];
    expect(personal.contentUrl).toBe(`https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${wp.id}%26forceLocale={locale}`);
    expect(personal.scopes).toEqual(['personal']);
    // SharePoint Online issues the tab's token: its well-known resource app id.
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
    expect(manifest.validDomains).toContain('*.sharepoint.com');
    expect(manifest.version).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('has icons named after the component: colour 192×192, outline 32×32 white on transparent', () => {
    expect(manifest.icons).toEqual({ color: `${wp.id}_color.png`, outline: `${wp.id}_outline.png` });
    expectTeamsIcons(readFileSync(path.join(dir, manifest.icons.color)), readFileSync(path.join(dir, manifest.icons.outline)));
  });

  it('is localized in German, French, Dutch and Italian (valid localization files)', () => {
    const validate = validator('MicrosoftTeams.Localization.schema.json');
    const tags = (manifest.localizationInfo.additionalLanguages as Array<{ languageTag: string; file: string }>).map(l => l.languageTag);
    expect(tags).toEqual(['de-de', 'fr-fr', 'nl-nl', 'it-it']);
    for (const l of manifest.localizationInfo.additionalLanguages as Array<{ languageTag: string; file: string }>) {
      const doc = JSON.parse(readFileSync(path.join(dir, l.file), 'utf8')) as Record<string, string>;
      expect({ file: l.file, ok: validate(doc), errors: validate.errors ?? [] }).toEqual({ file: l.file, ok: true, errors: [] });
      expect(doc['name.short']).not.toBe('');
      expect(doc['description.full']).not.toBe(manifest.description.full);
    }
    expect(wp.preconfiguredEntries[0].title['de-DE']).toBeTruthy();
  });
});
