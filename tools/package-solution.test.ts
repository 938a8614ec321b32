/**
 * config/package-solution.json against the solution: every web part bundled in config/config.json
 * ships in the web part feature (and only there), and the information-architecture feature carries
 * exactly the generated schema files of sharepoint/assets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const json = (file: string): Record<string, unknown> => {
  // SPFx manifests allow // comments.
  const text = readFileSync(path.join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text) as Record<string, unknown>;
};

interface IFeature { id: string; title: string; componentIds?: string[]; assets?: { elementManifests?: string[]; elementFiles?: string[] } }

const config = json('config/config.json') as { bundles: Record<string, { components: Array<{ manifest: string }> }> };
const solution = (json('config/package-solution.json') as { solution: { features: IFeature[]; webApiPermissionRequests: Array<{ resource: string; scope: string }> } }).solution;
const webPartIds = Object.values(config.bundles).flatMap(b => b.components.map(c => String(json(c.manifest).id))).sort();
const webPartFeature = solution.features.find(f => f.id === 'ee8dcfc2-8b09-44b7-b4a3-83e518811fda') as IFeature;
const schemaFeature = solution.features.find(f => f.id === 'cb52922a-0b77-5430-99a7-25f881baf981') as IFeature;

describe('package-solution.json', () => {
  it('ships every bundled web part in the web part feature', () => {
    expect(webPartIds.length).toBeGreaterThanOrEqual(4);
    expect((webPartFeature.componentIds ?? []).slice().sort()).toEqual(webPartIds);
  });

  it('keeps web parts out of the information-architecture feature, which carries the generated schema files', () => {
    expect(schemaFeature.componentIds).toEqual([]);
    expect(schemaFeature.assets?.elementManifests).toEqual(['elements.xml']);
    const generated = readdirSync(path.join(root, 'sharepoint', 'assets')).filter(f => /^schema-.+\.xml$/.test(f)).sort();
    expect((schemaFeature.assets?.elementFiles ?? []).slice().sort()).toEqual(generated);
  });

  it('requests only the Graph scopes the README justifies', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const p of solution.webApiPermissionRequests) expect(readme).toContain(`\`${p.scope}\``);
    expect(solution.webApiPermissionRequests.map(p => `${p.resource}: ${p.scope}`)).toEqual(['Microsoft Graph: User.ReadBasic.All']);
  });
});
