/** sharepoint/assets is generated from src/schema: this test fails when the files on disk are stale. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLocale } from '../../tools/jest/locale';
import { generateAssets } from './assets';
import { pmoSchema } from './pmoSchema';

const dir = path.resolve(__dirname, '..', '..', 'sharepoint', 'assets');

describe('generated sharepoint/assets', () => {
  const expected = generateAssets(pmoSchema, loadLocale('en-us'));

  it('matches src/schema (run `npx tsx tools/generate-assets.ts` when this fails)', () => {
    const stale = Object.keys(expected).filter(name => !existsSync(path.join(dir, name)) || readFileSync(path.join(dir, name), 'utf8') !== expected[name]);
    const extra = existsSync(dir) ? readdirSync(dir).filter(name => expected[name] === undefined) : [];
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  });

  it('declares every list once and every site column once, with the schema version', () => {
    const elements = expected['elements.xml'];
    for (const l of pmoSchema.lists) {
      expect(elements.split(`Url="${l.url}"`).length - 1).toBe(1);
      expect(expected[`schema-${l.key}.xml`]).toContain(`Url="${l.url}"`);
    }
    const names = (elements.match(/<Field [^>]*Name="([A-Za-z0-9]+)"/g) ?? []).map(m => /Name="([A-Za-z0-9]+)"/.exec(m)?.[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(elements).toContain(`schema version ${pmoSchema.version}`);
    expect(expected['schema-ProjectRequests.xml']).toContain('ReadSecurity="2" WriteSecurity="2"');
  });
});
