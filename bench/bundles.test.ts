import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureBundles, type IBundleStats } from './bundles';

describe('bench bundles: which lazy chunks a web part has', () => {
  it('counts a named chunk group for a web part only when its own chunk is reachable from that web part', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pmo-bundles-'));
    for (const f of ['a.js', 'b.js', 'shared.js', 'dialog.js', 'panel.js', 'PmoHubStrings_en-us_0123.js']) writeFileSync(path.join(dist, f), 'x'.repeat(100));
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
    const [a, b] = measureBundles(stats, { 'web-part-a': 'A', 'web-part-b': 'B' }, dist);
    expect(a.lazy.map(l => l.name)).toEqual(['a-panel']);
    expect(b.lazy.map(l => l.name)).toEqual(['b-dialog']);
  });
});
