/**
 * Resumability: a run stopped after N steps (stopAfterSteps or an AbortSignal) leaves a site that
 * the next run completes, identical to a site provisioned in one go (full snapshot of lists,
 * columns, indexes, views, groups, permission levels and role assignments).
 */
import { loadLocale } from '../../tools/jest/locale';
import { pmoSchema } from '../schema/pmoSchema';
import { provisionSite, ProvisioningAbortedError, snapshotSite, type ISiteSnapshot } from './index';
import { blankSite } from './test-utils/site';

jest.setTimeout(60000);

const en = loadLocale('en-us');
const schema = pmoSchema;

describe('provisionSite resumes', () => {
  let reference: ISiteSnapshot;
  let total = 0;

  beforeAll(async () => {
    const site = await blankSite();
    try {
      await provisionSite(site.sp, schema, { locale: 'en-us', strings: en, onProgress: e => (total = e.total) });
      reference = await snapshotSite(site.sp, { includeFieldIds: true });
    } finally {
      await site.stop();
    }
  });

  it('the reference snapshot covers every list with columns, indexes, views and role assignments', () => {
    expect(Object.keys(reference.lists)).toEqual(expect.arrayContaining(schema.lists.map(l => l.url)));
    expect(reference.lists['Lists/Risks'].indexes).toEqual(expect.arrayContaining(['Project', 'RiskStatus', 'RiskOwner', 'DueDate']));
    expect(Object.keys(reference.lists['Lists/Scores'].roleAssignments).length).toBe(3);
    expect(total).toBeGreaterThan(100);
  });

  // Stop points: after reading, inside groups, among lists, among columns, among views and permissions.
  it.each([1, 45, 130])('stopped after %i steps, the next run completes the site identically', async n => {
    const site = await blankSite();
    try {
      const stopped = provisionSite(site.sp, schema, { locale: 'en-us', strings: en, stopAfterSteps: n });
      await expect(stopped).rejects.toBeInstanceOf(ProvisioningAbortedError);
      await expect(stopped).rejects.toMatchObject({ stepsDone: n });
      const resumed = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(resumed.changes).toBeGreaterThan(0);
      expect(await snapshotSite(site.sp, { includeFieldIds: true })).toEqual(reference);
    } finally {
      await site.stop();
    }
  });

  it('an AbortSignal stops the run between steps; the next run completes the site identically', async () => {
    const site = await blankSite();
    try {
      const controller = new AbortController();
      const stopped = provisionSite(site.sp, schema, {
        locale: 'en-us',
        strings: en,
        signal: controller.signal,
        onProgress: e => {
          if (e.done === 90) controller.abort();
        }
      });
      await expect(stopped).rejects.toMatchObject({ name: 'ProvisioningAbortedError', stepsDone: 90 });
      await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(await snapshotSite(site.sp, { includeFieldIds: true })).toEqual(reference);
    } finally {
      await site.stop();
    }
  });
});
