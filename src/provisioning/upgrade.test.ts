/**
 * Upgrades: a site provisioned at the v1 fixture, with data in it, upgrades to the current schema
 * with every row intact (data migrated by the upgrade steps, legacy columns kept); an upgrade
 * stopped in the middle resumes; and a column whose type changed without a step is an error that
 * names the list and the column.
 */
import { loadLocale } from '../../tools/jest/locale';
import { schemaV1 } from '../schema/fixtures/v1';
import { pmoSchema } from '../schema/pmoSchema';
import type { ISiteSchema } from '../schema/types';
import type { SPFI } from '../platform/pnp';
import { getSiteStatus, provisionSite, ProvisioningAbortedError, ProvisioningError } from './index';
import { blankSite, differences, userIdOf, type ITestSite } from './test-utils/site';

jest.setTimeout(60000);

const en = loadLocale('en-us');
const schema = pmoSchema;
const V1_COLUMNS: Record<string, string[]> = {
  'Lists/Projects': ['Id', 'Title', 'ProjectCode', 'ProjectManagerId', 'ProgrammeName', 'Status', 'Budget', 'StartDate', 'EndDate'],
  'Lists/ProjectRequests': ['Id', 'Title', 'BusinessUnit', 'ProblemStatement', 'IntakeState', 'SponsorId', 'AuthorId'],
  'Lists/Risks': ['Id', 'Title', 'ProjectId', 'Probability', 'Impact', 'RiskStatus'],
  'Lists/StatusReports': ['Id', 'Title', 'ProjectId', 'ReportDate', 'RagOverall']
};

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

async function rows(sp: SPFI): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const url of Object.keys(V1_COLUMNS)) {
    const items = (await list(sp, url).items.select(...V1_COLUMNS[url]).orderBy('Id')()) as Array<Record<string, unknown>>;
    // Values only: the ETag changes where an upgrade step migrated the item.
    out[url] = items.map(item => {
      const values: Record<string, unknown> = {};
      for (const k of V1_COLUMNS[url]) values[k] = item[k];
      return values;
    });
  }
  return out;
}

/** A v1 site with data: projects naming their programme in text, requests, risks and reports. */
async function v1SiteWithData(): Promise<ITestSite> {
  const site = await blankSite();
  const v1 = await provisionSite(site.sp, schemaV1, { locale: 'en-us', strings: en });
  expect(v1.toVersion).toBe(1);
  const pm = await userIdOf(site.sp, 'projectManager');
  const sponsor = await userIdOf(site.sp, 'boardMember');
  const projects = [
    { Title: 'Data centre move', ProjectCode: 'PRJ-001', ProgrammeName: 'Digital Transformation', Status: 'Active', Budget: 1200000, StartDate: '2025-01-01T00:00:00Z' },
    { Title: 'E-invoicing', ProjectCode: 'PRJ-002', ProgrammeName: 'Digital Transformation ', Status: 'OnHold', Budget: 300000 },
    { Title: 'Citizen portal', ProjectCode: 'PRJ-003', ProgrammeName: 'Public Services', Status: 'Closed', Budget: 800000 },
    { Title: 'Office move', ProjectCode: 'PRJ-004', Status: 'Active', Budget: 50000 }
  ];
  const ids: number[] = [];
  for (const p of projects) ids.push(((await list(site.sp, 'Lists/Projects').items.add({ ...p, ProjectManagerId: pm })) as { Id: number }).Id);
  await list(site.sp, 'Lists/ProjectRequests').items.add({ Title: 'New heating', BusinessUnit: 'Facilities', ProblemStatement: 'Old boiler', IntakeState: 'Approved', SponsorId: sponsor });
  await list(site.sp, 'Lists/ProjectRequests').items.add({ Title: 'HR portal', BusinessUnit: 'Human Resources', ProblemStatement: 'Paper forms' });
  for (let i = 0; i < 3; i++) await list(site.sp, 'Lists/Risks').items.add({ Title: `Risk ${i + 1}`, ProjectId: ids[i], Probability: i + 2, Impact: 5 - i });
  await list(site.sp, 'Lists/StatusReports').items.add({ Title: 'Q1', ProjectId: ids[0], ReportDate: '2025-03-31T00:00:00Z', RagOverall: 'Green' });
  return site;
}

describe('upgrading a v1 site to the current schema', () => {
  it('keeps every row and value, links programmes, maps the lifecycle status, and ends up to date', async () => {
    const site = await v1SiteWithData();
    try {
      const before = await rows(site.sp);
      expect((await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).siteVersion).toBe(1);
      const result = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(result.fromVersion).toBe(1);
      expect(result.toVersion).toBe(10);
      expect(result.log).toEqual(expect.arrayContaining(['Upgrade 1 → 2: Link projects to the new Programmes list (from the v1 text column ProgrammeName)']));
      // Every v1 row and value is intact, legacy columns (ProgrammeName, Status) included.
      expect(await rows(site.sp)).toEqual(before);
      const programmes = (await list(site.sp, 'Lists/Programmes').items.select('Id', 'Title').orderBy('Id')()) as Array<{ Id: number; Title: string }>;
      expect(programmes.map(p => p.Title)).toEqual(['Digital Transformation', 'Public Services']);
      const projects = (await list(site.sp, 'Lists/Projects').items.select('Title', 'ProgrammeId', 'LifecycleStatus').orderBy('Id')()) as Array<{ Title: string; ProgrammeId: number | null; LifecycleStatus: string | null }>;
      expect(projects.map(p => [p.Title, p.ProgrammeId, p.LifecycleStatus])).toEqual([
        ['Data centre move', programmes[0].Id, 'Active'],
        ['E-invoicing', programmes[0].Id, 'OnHold'],
        ['Citizen portal', programmes[1].Id, 'Closed'],
        ['Office move', null, 'Active']
      ]);
      expect(await differences(site.sp, schema, en)).toEqual([]);
      expect(await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).toEqual({ siteVersion: 10, solutionVersion: 10, changes: [], upToDate: true });
      const again = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(again.changes).toBe(0);
    } finally {
      await site.stop();
    }
  });

  it('an upgrade stopped after its first data step resumes without duplicating data', async () => {
    const site = await v1SiteWithData();
    try {
      const before = await rows(site.sp);
      const controller = new AbortController();
      const stopped = provisionSite(site.sp, schema, {
        locale: 'en-us',
        strings: en,
        signal: controller.signal,
        onProgress: e => {
          if (e.step === 'upgrade') controller.abort();
        }
      });
      await expect(stopped).rejects.toBeInstanceOf(ProvisioningAbortedError);
      expect((await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).siteVersion).toBe(1);
      const resumed = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(resumed.fromVersion).toBe(1);
      expect(await rows(site.sp)).toEqual(before);
      expect(((await list(site.sp, 'Lists/Programmes').items.select('Id')()) as unknown[]).length).toBe(2);
      expect((await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).upToDate).toBe(true);
    } finally {
      await site.stop();
    }
  });

  it('refuses to retype a column without an upgrade step, naming the list and the column', async () => {
    const site = await blankSite();
    try {
      await provisionSite(site.sp, schemaV1, { locale: 'en-us', strings: en });
      const retyped: ISiteSchema = {
        ...schemaV1,
        lists: schemaV1.lists.map(l =>
          l.key === 'Risks' ? { ...l, fields: l.fields.map(f => (f.name === 'Probability' ? { ...f, type: 'Choice' as const, choices: ['Low', 'High'], min: undefined, max: undefined } : f)) } : l
        )
      };
      const run = provisionSite(site.sp, retyped, { locale: 'en-us', strings: en });
      await expect(run).rejects.toBeInstanceOf(ProvisioningError);
      await expect(run).rejects.toMatchObject({ list: 'Risks', field: 'Probability' });
      await expect(run).rejects.toThrow(/list 'Risks', field 'Probability'.*Number on the site but Choice.*never retypes/);
    } finally {
      await site.stop();
    }
  });

  it('upgrading a v2 site lists the business units its requests name, once, as active units', async () => {
    const v2: ISiteSchema = { ...pmoSchema, version: 2, lists: pmoSchema.lists.filter(l => l.key !== 'BusinessUnits'), upgrades: pmoSchema.upgrades.filter(u => u.to <= 2) };
    const site = await blankSite();
    try {
      await provisionSite(site.sp, v2, { locale: 'en-us', strings: en });
      for (const [title, unit] of [['A', 'Customer Service'], ['B', ' customer service '], ['C', 'Finance'], ['D', '']]) {
        await list(site.sp, 'Lists/ProjectRequests').items.add({ Title: title, BusinessUnit: unit || null, IntakeState: 'Draft' });
      }
      const result = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect([result.fromVersion, result.toVersion]).toEqual([2, pmoSchema.version]);
      expect(result.log).toEqual(expect.arrayContaining(['Upgrade 2 → 3: List the business units that project requests name in the new BusinessUnits list']));
      const units = (await list(site.sp, 'Lists/BusinessUnits').items.select('Title', 'Code', 'IsActive').orderBy('Id')()) as Array<{ Title: string; Code: string; IsActive: boolean }>;
      expect(units.map(u => [u.Title, u.Code, u.IsActive])).toEqual([['Customer Service', 'BU-001', true], ['Finance', 'BU-002', true]]);
      const again = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(again.changes).toBe(0);
      expect(await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).toEqual(expect.objectContaining({ siteVersion: 10, upToDate: true }));
    } finally {
      await site.stop();
    }
  });

  it('refuses to downgrade a site that is newer than the solution', async () => {
    const site = await blankSite();
    try {
      await provisionSite(site.sp, schemaV1, { locale: 'en-us', strings: en });
      await expect(provisionSite(site.sp, { ...schemaV1, version: 0 }, { locale: 'en-us', strings: en })).rejects.toThrow(/schema version 1, newer than this solution's 0/);
    } finally {
      await site.stop();
    }
  });
});
