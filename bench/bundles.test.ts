import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureBundles, webPartStringsKbGz, type IBundleStats } from './bundles';

describe('bench bundles: which lazy chunks a web part has', () => {
  it('counts a named chunk group for a web part only when its own chunk is reachable from that web part', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pmo-bundles-'));
    for (const f of ['a.js', 'b.js', 'shared.js', 'dialog.js', 'panel.js']) writeFileSync(path.join(dist, f), 'x'.repeat(100));
    for (const id of ['id-a', 'id-b']) writeFileSync(path.join(dist, `${id}.manifest.json`), JSON.stringify({ loaderConfig: { scriptResources: {} } }));
    const stats = {
      entrypoints: { 'web-part-a': { chunks: ['a'] }, 'web-part-b': { chunks: ['b'] } },
      chunks: [
        { id: 'a', names: ['web-part-a'], files: ['a.js'], initial: true, children: ['shared', 'panel'] },
        { id: 'b', names: ['web-part-b'], files: ['b.js'], initial: true, children: ['shared', 'dialog'] },
        { id: 'shared', names: [], files: ['shared.js'], initial: false },
        { id: 'panel', names: ['a-panel'], files: ['panel.js'], initial: false },
        { id: 'dialog', names: ['b-dialog'], files: ['dialog.js'], initial: false }
      ],
      namedChunkGroups: { 'web-part-a': { chunks: ['a'] }, 'web-part-b': { chunks: ['b'] }, 'a-panel': { chunks: ['shared', 'panel'] }, 'b-dialog': { chunks: ['shared', 'dialog'] } }
    } as unknown as IBundleStats;
    const [a, b] = measureBundles(stats, { 'web-part-a': { alias: 'A', id: 'id-a' }, 'web-part-b': { alias: 'B', id: 'id-b' } }, dist);
    expect(a.lazy.map(l => l.name)).toEqual(['a-panel']);
    expect(b.lazy.map(l => l.name)).toEqual(['b-dialog']);
  });

  it('counts the strings modules a web part\'s manifest lists, each at its largest locale, and no other', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pmo-bundles-'));
    const text = (n: number): string => Array.from({ length: n }, (_, i) => `"K${i}": "${(i * 7919).toString(36)}"`).join(',');
    const files: Record<string, string> = {
      'PmoHubStrings_en-us_1.js': text(200), 'PmoHubStrings_de-de_1.js': text(400),
      'ScoringStrings_en-us_1.js': text(50), 'ScoringStrings_de-de_1.js': text(30),
      'PrioStrings_en-us_1.js': text(5000)
    };
    for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dist, f), t);
    const loc = (name: string, locales: string[]): object => ({ type: 'localizedPath', paths: Object.fromEntries(locales.map(l => [l, `${name}_${l.toLowerCase()}_1.js`])), defaultPath: `${name}_en-us_1.js` });
    writeFileSync(path.join(dist, 'wp.manifest.json'), JSON.stringify({ loaderConfig: { scriptResources: {
      'scoring-web-part': { type: 'path', path: 'a.js' }, react: { type: 'component', id: 'r' },
      PmoHubStrings: loc('PmoHubStrings', ['en-US', 'de-DE']), ScoringStrings: loc('ScoringStrings', ['en-US', 'de-DE'])
    } } }));
    const kb = (f: string): number => gzipSync(Buffer.from(files[f])).length / 1024;
    expect(webPartStringsKbGz(dist, 'wp')).toBeCloseTo(kb('PmoHubStrings_de-de_1.js') + kb('ScoringStrings_en-us_1.js'), 6);
    expect(() => webPartStringsKbGz(dist, 'missing')).toThrow(/No missing.manifest.json/);
  });
});
