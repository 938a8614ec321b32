/**
 * Every upgrade step of the schema (src/schema/upgrades.ts, data only) has its migration here, and
 * every migration belongs to a step of the schema; a step without a migration is refused before a
 * run makes any request.
 */
import { loadLocale } from '../../../tools/jest/locale';
import { pmoSchema } from '../../schema/pmoSchema';
import type { ISiteSchema } from '../../schema/types';
import { getSiteStatus, provisionSite } from '../index';
import { blankSite } from '../test-utils/site';
import { migrationOf, migrations, unpairedUpgrades } from './index';

const en = loadLocale('en-us');

describe('schema upgrade steps and their migrations', () => {
  it('every schema upgrade step has a migration, and every migration names a schema upgrade step', () => {
    expect(unpairedUpgrades(pmoSchema.upgrades)).toEqual({ unimplemented: [], orphaned: [] });
    expect(Object.keys(migrations).sort()).toEqual(pmoSchema.upgrades.map(u => u.id).sort());
  });

  it('each schema upgrade step has its own id', () => {
    const ids = pmoSchema.upgrades.map(u => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a step without a migration and a migration without a step', () => {
    const steps = [...pmoSchema.upgrades, { from: 2, to: 3, id: 'v3-missing', description: 'Not implemented' }];
    expect(unpairedUpgrades(steps)).toEqual({ unimplemented: ['v3-missing (2 → 3)'], orphaned: [] });
    expect(unpairedUpgrades(pmoSchema.upgrades.slice(1))).toEqual({ unimplemented: [], orphaned: [pmoSchema.upgrades[0].id] });
    expect(() => migrationOf(steps[steps.length - 1])).toThrow("the upgrade step 'v3-missing' (2 → 3) has no migration in src/provisioning/upgrades");
    // An id inherited from Object.prototype is no migration.
    expect(unpairedUpgrades([{ from: 2, to: 3, id: 'toString', description: '' }]).unimplemented).toEqual(['toString (2 → 3)']);
  });

  it('provisioning refuses a schema whose upgrade step has no migration, before it writes anything', async () => {
    const broken: ISiteSchema = { ...pmoSchema, version: 3, upgrades: [...pmoSchema.upgrades, { from: 2, to: 3, id: 'v3-missing', description: 'Not implemented' }] };
    const site = await blankSite();
    try {
      const events: unknown[] = [];
      const run = provisionSite(site.sp, broken, { locale: 'en-us', strings: loadLocale('en-us'), onProgress: e => events.push(e) });
      await expect(run).rejects.toThrow(/'v3-missing' \(2 → 3\) has no migration/);
      expect(events).toEqual([]);
      const status = await getSiteStatus(site.sp, pmoSchema, { locale: 'en-us', strings: en });
      expect(status.siteVersion).toBeUndefined();
      expect(status.changes.filter(c => c.area === 'list').map(c => c.target)).toEqual(pmoSchema.lists.map(l => l.key));
    } finally {
      await site.stop();
    }
  });
});
