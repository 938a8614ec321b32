/**
 * Drift: a site changed by hand (a lost index, a retitled list and column, a removed grant, an
 * extra principal on a secured list; cut choices, a deleted view, a deleted page) is reported by the
 * status check (a plan-mode run) and put back by the next run, after which the status is up to date.
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
      const status = await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en });
      expect(status.upToDate).toBe(false);
      expect(status.changes.map(c => `${c.area} ${c.target}`).sort()).toEqual([
        'field Risks.RiskOwner',
        'list Risks',
        'permissions List \'Risks\' · projectManagers',
        `permissions List 'Scores' · principal ${stranger.Id}`
      ]);
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

  it('reports hand-made drift as status (cut choices, a deleted view, a removed group grant, a deleted page), and a repair makes it up to date', async () => {
    const site = await blankSite();
    const options = { locale: 'en-us', strings: en };
    try {
      await provisionSite(site.sp, schema, options);
      expect(await getSiteStatus(site.sp, schema, options)).toEqual({ siteVersion: schema.version, solutionVersion: schema.version, changes: [], upToDate: true });
      // By hand, through REST, as a site owner would in the browser.
      const projects = site.sp.web.getList('/sites/pmo/Lists/Projects');
      await projects.fields.getByInternalNameOrTitle('LifecycleStatus').update({ Choices: ['Active', 'Closed'] }, 'SP.FieldChoice');
      const active = (await projects.views.select('Id', 'ServerRelativeUrl')()).filter(v => /ActiveProjects\.aspx$/.test(String(v.ServerRelativeUrl)))[0];
      await projects.views.getById(active.Id).delete();
      const boardGroup = (await groupIds(site.sp)).strategyBoard;
      const scores = site.sp.web.getList('/sites/pmo/Lists/Scores');
      const bindings = (await scores.roleAssignments.getById(boardGroup).bindings()) as Array<{ Id: number }>;
      for (const b of bindings) await scores.roleAssignments.remove(boardGroup, b.Id);
      await site.sp.web.getFileByServerRelativePath('/sites/pmo/SitePages/Portfolio.aspx').delete();

      const status = await getSiteStatus(site.sp, schema, options);
      expect(status.upToDate).toBe(false);
      expect(status.siteVersion).toBe(schema.version);
      expect(status.changes).toEqual([
        { area: 'field', target: 'Projects.LifecycleStatus', text: "Field 'Projects.LifecycleStatus': updated Choices" },
        { area: 'view', target: 'Projects/ActiveProjects', text: "View 'Projects/ActiveProjects' created" },
        { area: 'permissions', target: "List 'Scores' · strategyBoard", text: expect.stringMatching(/^List 'Scores': granted role \d+ to principal \d+$/) as unknown as string },
        { area: 'page', target: 'Portfolio.aspx', text: "Page 'SitePages/Portfolio.aspx' created with PortfolioWebPart" }
      ]);
      // The status wrote nothing: asking again gives the same answer.
      expect((await getSiteStatus(site.sp, schema, options)).changes).toEqual(status.changes);

      const repaired = await provisionSite(site.sp, schema, options);
      expect(repaired.planned.map(c => c.text)).toEqual(expect.arrayContaining(status.changes.filter(c => c.area !== 'permissions').map(c => c.text)));
      expect(await getSiteStatus(site.sp, schema, options)).toEqual({ siteVersion: schema.version, solutionVersion: schema.version, changes: [], upToDate: true });
      const field = (await projects.fields.getByInternalNameOrTitle('LifecycleStatus')()) as { Choices: string[] };
      expect(field.Choices).toEqual(expect.arrayContaining(['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled']));
      expect(await differences(site.sp, schema, en)).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});
