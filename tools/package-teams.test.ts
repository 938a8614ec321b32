import { unzipSync } from 'fflate';
import { buildTeamsPackage, teamsPackageFiles } from './package-teams';

describe('Teams app package', () => {
  it('holds the manifest, both icons and the localization files at the root of the zip, reproducibly', () => {
    const zip = buildTeamsPackage();
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(teamsPackageFiles().slice().sort());
    expect(Object.keys(files)).toContain('manifest.json');
    expect(Object.keys(files).every(f => f.indexOf('/') < 0)).toBe(true);
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).id).toBe('f5211f3a-bb9a-4a57-b9cb-cc036a23f632');
    expect(Buffer.from(buildTeamsPackage()).equals(Buffer.from(zip))).toBe(true);
  });
});
