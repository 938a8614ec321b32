import { unzipSync } from 'fflate';
import { buildTeamsPackage, TEAMS_APPS, teamsPackageFiles } from './package-teams';

describe('Teams app package', () => {
  it('packages the Scoring tab with its manifest as manifest.json, its icons and localization files, reproducibly', () => {
    const zip = buildTeamsPackage('scoring.manifest.json');
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles('scoring.manifest.json').map(f => (f === 'scoring.manifest.json' ? 'manifest.json' : f)).sort());
    expect(Object.keys(files).every(f => f.indexOf('/') < 0)).toBe(true);
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('a161e740-767d-49d3-b09f-e9d0a6d009e3');
    expect(Object.keys(files)).toContain('a161e740-767d-49d3-b09f-e9d0a6d009e3_fr-fr.json');
    expect(Buffer.from(buildTeamsPackage('scoring.manifest.json')).equals(Buffer.from(zip))).toBe(true);
  });

  it('holds the manifest, both icons and the localization files at the root of the zip, reproducibly', () => {
    const zip = buildTeamsPackage();
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles().slice().sort());
    expect(Object.keys(files)).toContain('manifest.json');
    expect(Object.keys(files).every(f => f.indexOf('/') < 0)).toBe(true);
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('f5211f3a-bb9a-4a57-b9cb-cc036a23f632');
    expect(Buffer.from(buildTeamsPackage()).equals(Buffer.from(zip))).toBe(true);
  });

  it('packages the Capacity tab with its manifest as manifest.json, its icons and localization files', () => {
    const files = unzipSync(buildTeamsPackage('capacity.manifest.json'));
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles('capacity.manifest.json').map(f => (f === 'capacity.manifest.json' ? 'manifest.json' : f)).sort());
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('2c333529-a8b0-4152-bc95-ab50a3655dcc');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['2c333529-a8b0-4152-bc95-ab50a3655dcc_color.png', '2c333529-a8b0-4152-bc95-ab50a3655dcc_outline.png', '2c333529-a8b0-4152-bc95-ab50a3655dcc_de-de.json']));
  });

  it('packages the Dashboard tab with its manifest as manifest.json, its icons and localization files', () => {
    const files = unzipSync(buildTeamsPackage('dashboard.manifest.json'));
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles('dashboard.manifest.json').map(f => (f === 'dashboard.manifest.json' ? 'manifest.json' : f)).sort());
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('a46dcccb-1dc3-411d-8b41-ede87e1a396b');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['a46dcccb-1dc3-411d-8b41-ede87e1a396b_color.png', 'a46dcccb-1dc3-411d-8b41-ede87e1a396b_outline.png', 'a46dcccb-1dc3-411d-8b41-ede87e1a396b_fr-fr.json']));
  });

  it('packages the Training tab with its manifest as manifest.json, its icons and localization files', () => {
    const files = unzipSync(buildTeamsPackage('training.manifest.json'));
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles('training.manifest.json').map(f => (f === 'training.manifest.json' ? 'manifest.json' : f)).sort());
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('ce8084ed-76ef-45ce-a048-14144bf4d7da');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['ce8084ed-76ef-45ce-a048-14144bf4d7da_color.png', 'ce8084ed-76ef-45ce-a048-14144bf4d7da_outline.png', 'ce8084ed-76ef-45ce-a048-14144bf4d7da_nl-nl.json']));
  });

  it.each(TEAMS_APPS)('packages $webPart ($zip): manifest.json, both icons and four localization files at the root, reproducibly', ({ manifest }) => {
    const zip = buildTeamsPackage(manifest);
    const files = unzipSync(zip);
    const names = Object.keys(files).sort();
    expect(names).toEqual(teamsPackageFiles(manifest).map(f => (f === manifest ? 'manifest.json' : f)).sort());
    expect(names.every(f => f.indexOf('/') < 0)).toBe(true);
    const id = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id as string;
    expect(names).toEqual([`${id}_color.png`, `${id}_de-de.json`, `${id}_fr-fr.json`, `${id}_it-it.json`, `${id}_nl-nl.json`, `${id}_outline.png`, 'manifest.json']);
    expect(Buffer.from(buildTeamsPackage(manifest)).equals(Buffer.from(zip))).toBe(true);
  });
});
