/**
 * Drift: a site changed by hand (a lost index, a retitled list and column, a removed grant, an
 * extra principal on a secured list) is reported by the status check and put back by the next run.
 */
import { claimsLogin, firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import { pmoSchema } from '../schema/pmoSchema';
import { getSiteStatus, provisionSite } from './index';
import { blankSite, differences, groupIds } from './test-utils/site';

jest.setTimeout(60000);

const en = loadLocale('en-us');
const schema = pmoSchema;

describe('provisionSite repairs', () => {
  it('repairs drift: a lost index, a changed title, a removed role and extra principals are put back', async () => {
    const site = await blankSite();
    try {
      await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      const risks = site.sp.web.getList('/sites/pmo/Lists/Risks');
      await risks.fields.getByInternalNameOrTitle('RiskOwner').update({ Indexed: false, Title: 'Owner' }, 'SP.FieldUser');
      await risks.update({ Title: 'Risk register' });
      const pmGroup = (await groupIds(site.sp)).projectManagers;
      const contribute = (await site.sp.web.roleDefinitions.getByType(3)()) as { Id: number };
      await risks.roleAssignments.remove(pmGroup, contribute.Id);
      const stranger = (await site.sp.web.ensureUser(claimsLogin(firstUserOf('requester')))) as unknown as { Id: number };
      const read = (await site.sp.web.roleDefinitions.getByType(2)()) as { Id: number };
      await site.sp.web.getList('/sites/pmo/Lists/Scores').roleAssignments.add(stranger.Id, read.Id);
      expect((await getSiteStatus(site.sp, schema)).missing).toEqual(['Lists/Risks: RiskOwner (index)']);
      const drift = await differences(site.sp, schema, en);
      expect(drift.sort()).toEqual([
        'Risks.RiskOwner indexed false',
        'Risks.RiskOwner title Owner',
        'list Risks title Risk register',
        'list Risks: group projectManagers has [], expected [Contribute]',
        `list Scores: unexpected principal ${stranger.Id}`
      ]);
      const repaired = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(repaired.changes).toBe(4); // list title; column title+index (one update); one grant; one removal
      expect(await differences(site.sp, schema, en)).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});
