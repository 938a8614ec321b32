/**
 * seedSite end to end: the real PnPjs against the emulator, on a site provisioned by provisionSite.
 * A small portfolio (6 projects) lands in every list with resolved lookups, authors and group
 * memberships, and a second run leaves the site alone.
 */
import { startEmulator } from '../emulator';
import { localEnvironment, type IPmoEnvironment } from '../../src/services/environment';
import { provisionSite } from '../../src/provisioning';
import { pmoSchema } from '../../src/schema/pmoSchema';
import type { IListSchema } from '../../src/schema/types';
import type { SPFI } from '../../src/platform/pnp';
import { claimsLogin, demoUsers, findDemoUser, siteOwner } from '../directory';
import { loadLocale } from '../locales';
import { generateSeed, pmoGroupIds, seedSite, type ISeedResult } from './index';
import type { ISeedProgress } from './write';
import { PmoHubConfigList, ProjectRequestsList, ProjectsList, StrategicObjectivesList } from '../../src/schema/refs';

jest.setTimeout(60000);

const PROJECTS = 6;
const schema = pmoSchema;
const expected = generateSeed({ projects: PROJECTS });
const expectedCount = (key: string): number => expected.lists.filter(l => l.key === key)[0].rows.length;

describe('seedSite on a provisioned emulator site', () => {
  let stop: () => Promise<void>;
  let env: IPmoEnvironment;
  let as: (upn: string) => SPFI;
  let webUrl: string;
  let result: ISeedResult;
  const progress: ISeedProgress[] = [];

  const list = (key: string): ReturnType<SPFI['web']['getList']> => {
    const l = schema.lists.filter(x => x.key === key)[0] as IListSchema;
    return env.sp.web.getList(`${webUrl}/${l.url}`);
  };
  const all = async <T>(key: string, ...select: string[]): Promise<T[]> => (await list(key).items.select('Id', ...select).top(5000)()) as T[];

  beforeAll(async () => {
    const site = await startEmulator({ port: 0 });
    stop = site.stop;
    env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: siteOwner.userPrincipalName });
    as = (upn: string): SPFI => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: upn }).sp;
    await provisionSite(env.sp, schema, { locale: 'en-us', strings: loadLocale('en-us') });
    webUrl = String((await env.sp.web.select('ServerRelativeUrl')()).ServerRelativeUrl).replace(/\/$/, '');
    result = await seedSite(env, { projects: PROJECTS, schema, actAs: as, onProgress: e => progress.push(e) });
  });
  afterAll(async () => {
    await stop();
  });

  it('writes exactly what the generator made, list by list, and reports progress', async () => {
    expect(result.alreadySeeded).toBe(false);
    for (const l of expected.lists) {
      expect(`${l.key}: ${result.counts[l.key]}`).toBe(`${l.key}: ${l.rows.length}`);
      const info = (await list(l.key).select('ItemCount')()) as { ItemCount: number };
      expect(`${l.key}: ${info.ItemCount}`).toBe(`${l.key}: ${l.rows.length}`);
      expect(l.rows.length).toBeGreaterThan(0);
    }
    const last = progress.filter(p => p.list === 'StatusReports').pop();
    expect(last).toEqual({ list: 'StatusReports', done: expectedCount('StatusReports'), total: expectedCount('StatusReports') });
  });

  it('uploads the Templates library\'s files with their content and sets their columns through the file\'s item', async () => {
    const templates = expected.lists.filter(l => l.key === 'Templates')[0].rows;
    expect(templates.length).toBeGreaterThan(0);
    const lib = schema.lists.filter(x => x.key === 'Templates')[0];
    const files = (await env.sp.web.getFolderByServerRelativePath(`${webUrl}/${lib.url}`).files.select('Name')()) as Array<{ Name: string }>;
    expect(files.map(f => f.Name)).toEqual(templates.map(t => t.file?.name));
    const first = templates[0];
    const url = `${webUrl}/${lib.url}/${first.file?.name ?? ''}`;
    expect(await env.sp.web.getFileByServerRelativePath(url).getText()).toBe(first.file?.content);
    const item = (await env.sp.web.getFileByServerRelativePath(url).listItemAllFields.select('Title', 'PmoProcess', 'Language', 'TemplateStatus', 'FileLeafRef')()) as Record<string, unknown>;
    expect(item).toMatchObject({
      Title: first.values.Title, PmoProcess: first.values.PmoProcess, Language: first.values.Language, TemplateStatus: first.values.TemplateStatus, FileLeafRef: first.file?.name
    });
    // the library answers item queries on its indexed columns like any list
    const published = (await list('Templates').items.filter(`TemplateStatus eq '${String(first.values.TemplateStatus)}'`).select('FileLeafRef')()) as Array<{ FileLeafRef: string }>;
    expect(published.map(p => p.FileLeafRef)).toEqual(templates.filter(t => t.values.TemplateStatus === first.values.TemplateStatus).map(t => t.file?.name));
  });

  it('stores the generated values in generated order', async () => {
    const projects = await all<{ Title: string; ProjectCode: string; LifecycleStatus: string; Budget: number }>('Projects', 'Title', 'ProjectCode', 'LifecycleStatus', 'Budget');
    expect(projects.map(p => [p.Title, p.ProjectCode, p.LifecycleStatus, p.Budget])).toEqual(
      expected.lists.filter(l => l.key === 'Projects')[0].rows.map(r => [r.values.Title, r.values.ProjectCode, r.values.LifecycleStatus, r.values.Budget])
    );
  });

  it('resolves lookups and users to the ids the site gave, including the request ↔ project cycle', async () => {
    const projects = await all<{ Id: number; RequestNumber: number | null; ProgrammeId: number | null }>('Projects', 'RequestNumber', 'ProgrammeId');
    const projectIds = new Set(projects.map(p => p.Id));
    const reports = await all<{ ProjectId: number }>('StatusReports', 'ProjectId');
    expect(reports.every(r => projectIds.has(r.ProjectId))).toBe(true);
    const requests = await all<{ Id: number; ProjectId: number | null }>('ProjectRequests', 'ProjectId');
    const linked = projects.filter(p => p.RequestNumber);
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(requests.filter(r => r.Id === p.RequestNumber)[0].ProjectId).toBe(p.Id);
    const managers = (await list('Projects').items.select('ProjectManager/Title').expand('ProjectManager')()) as Array<{ ProjectManager: { Title: string } }>;
    for (const m of managers) expect(demoUsers.some(u => u.displayName === m.ProjectManager.Title && u.role === 'projectManager')).toBe(true);
    const snaps = await all<{ MilestoneId: number; StatusReportId: number }>('MilestoneSnapshots', 'MilestoneId', 'StatusReportId');
    const milestoneIds = new Set((await all<{ Id: number }>('Milestones')).map(m => m.Id));
    const reportIds = new Set((await all<{ Id: number }>('StatusReports')).map(r => r.Id));
    expect(snaps.length).toBeGreaterThan(0);
    expect(snaps.every(s => milestoneIds.has(s.MilestoneId) && reportIds.has(s.StatusReportId))).toBe(true);
  });

  it('turns references inside JSON columns into ids (gate checklists, resource demand)', async () => {
    const checklistIds = new Set((await all<{ Id: number }>('GateChecklistItems')).map(c => c.Id));
    const reviews = await all<{ ChecklistResultJson: string }>('GateReviews', 'ChecklistResultJson');
    for (const r of reviews) {
      // Schema 7's shape, as GateService writes it: the position and the answers with their evidence.
      const items = (JSON.parse(r.ChecklistResultJson) as { answers: Array<{ itemId: number }> }).answers;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every(i => checklistIds.has(i.itemId))).toBe(true);
    }
    const roleIds = new Set((await all<{ Id: number }>('Roles')).map(r => r.Id));
    const requests = await all<{ ResourceDemandJson: string }>('ProjectRequests', 'ResourceDemandJson');
    for (const r of requests) for (const d of JSON.parse(r.ResourceDemandJson) as Array<{ role: number }>) expect(roleIds.has(d.role)).toBe(true);
  });

  it('authors requests, history and scores as their people, so item-level security applies', async () => {
    const requests = (await list('ProjectRequests').items.select('Id', 'Author/Title').expand('Author').top(5000)()) as Array<{ Id: number; Author: { Title: string } }>;
    const generated = expected.lists.filter(l => l.key === 'ProjectRequests')[0].rows;
    expect(requests.map(r => r.Author.Title)).toEqual(generated.map(g => findDemoUser(g.author as string)?.displayName));
    const requester = generated[0].author as string;
    const mine = (await as(requester).web.getList(`${webUrl}/${ProjectRequestsList.url}`).items.select('Id')()) as unknown[];
    expect(mine).toHaveLength(generated.filter(g => g.author === requester).length);
    const scores = (await list('Scores').items.select('Author/Title', 'BoardMember/Title').expand('Author', 'BoardMember').top(5000)()) as Array<{ Author: { Title: string }; BoardMember: { Title: string } }>;
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(s.Author.Title).toBe(s.BoardMember.Title);
  });

  it('dates each request\'s creation and last change within its own history, by who made it (not the seeding day)', async () => {
    const requests = (await list('ProjectRequests').items.select('Id', 'Created', 'Modified', 'Editor/EMail').expand('Editor').orderBy('Id').top(5000)()) as Array<{ Created: string; Modified: string; Editor: { EMail: string } }>;
    const generated = expected.lists.filter(l => l.key === 'ProjectRequests')[0].rows;
    expect(requests.map(r => [r.Created, r.Modified, r.Editor.EMail])).toEqual(generated.map(g => [g.stamp?.created, g.stamp?.modified, g.stamp?.editor]));
  });

  it('writes each request\'s history steps in the order they happened, so their ids grow with time as on a real site', async () => {
    const rows = (await list('RequestHistory').items.select('Id', 'RequestNumber', 'FromState', 'ToState').orderBy('Id').top(5000)()) as Array<{ RequestNumber: number; FromState: string | null; ToState: string }>;
    const byRequest = new Map<number, string[]>();
    for (const r of rows) byRequest.set(r.RequestNumber, [...(byRequest.get(r.RequestNumber) ?? []), `${r.FromState}→${r.ToState}`]);
    expect(byRequest.size).toBeGreaterThan(3);
    for (const [, steps] of byRequest) {
      // Each step starts where the one before ended.
      for (let k = 1; k < steps.length; k++) expect(steps[k].split('→')[0]).toBe(steps[k - 1].split('→')[1]);
    }
  });

  it('puts every demo user into the PMO group of their role', async () => {
    const ids = await pmoGroupIds(env.sp, schema, 'en-us');
    const want: Record<string, string> = { owner: 'pmoOwners', pmoOfficer: 'pmoOfficers', projectManager: 'projectManagers', boardMember: 'strategyBoard', requester: 'members', trainee: 'members', reader: 'visitors' };
    for (const g of schema.groups) {
      const members = ((await env.sp.web.siteGroups.getById(ids[g.key] as number).users.select('LoginName')()) as Array<{ LoginName: string }>).map(u => u.LoginName.toLowerCase());
      for (const u of demoUsers.filter(x => want[x.role] === g.key)) expect(`${g.key}: ${members.indexOf(claimsLogin(u).toLowerCase()) >= 0 ? 'member' : 'missing'} ${u.userPrincipalName}`).toBe(`${g.key}: member ${u.userPrincipalName}`);
    }
  });

  it('does nothing on a site that already has projects, and says so', async () => {
    const before = (await list('StatusReports').select('ItemCount')()) as { ItemCount: number };
    const again = await seedSite(env, { projects: PROJECTS, schema, actAs: as });
    expect(again.alreadySeeded).toBe(true);
    expect(again.counts).toEqual({});
    expect(again.message).toMatch(/already has projects/);
    const after = (await list('StatusReports').select('ItemCount')()) as { ItemCount: number };
    expect(after.ItemCount).toBe(before.ItemCount);
  });
});

describe('seedSite after a run that stopped part-way', () => {
  it('refuses to seed over reference rows without projects, and says how to recover', async () => {
    const site = await startEmulator({ port: 0 });
    try {
      const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: siteOwner.userPrincipalName });
      await provisionSite(env.sp, schema, { locale: 'en-us', strings: loadLocale('en-us') });
      const web = String((await env.sp.web.select('ServerRelativeUrl')()).ServerRelativeUrl).replace(/\/$/, '');
      await env.sp.web.getList(`${web}/${StrategicObjectivesList.url}`).items.add({ Title: 'Left over', Code: 'SO-01' });
      await expect(seedSite(env, { projects: 2, schema })).rejects.toThrow(/stopped part-way.*--reset/);
      expect(((await env.sp.web.getList(`${web}/${ProjectsList.url}`).items.select('Id')()) as unknown[]).length).toBe(0);
    } finally {
      await site.stop();
    }
  });
});

/**
 * The site's content in a form two sites can be compared by: per list, the sorted rows, each with its
 * values, lookups as the looked-up row's values and users by id. JSON columns hold ids of other
 * lists: they are compared as "refer to an existing item" in the test, not by value.
 */
async function siteContent(sp: SPFI): Promise<Record<string, string[]>> {
  const web = String((await sp.web.select('ServerRelativeUrl')()).ServerRelativeUrl).replace(/\/$/, '');
  const plain = (l: IListSchema): string[] => l.fields.filter(f => f.type !== 'Calculated' && !/^(Lookup|LookupMulti|User|UserMulti)$/.test(f.type) && !/Json$/.test(f.name)).map(f => f.name);
  const rowsOf = async (l: IListSchema, select: string[]): Promise<Array<Record<string, unknown>>> => {
    const out: Array<Record<string, unknown>> = [];
    for await (const page of sp.web.getList(`${web}/${l.url}`).items.select('Id', ...select).top(5000)) out.push(...(page as Array<Record<string, unknown>>));
    return out;
  };
  const base = new Map<string, Map<number, string>>();
  for (const l of expected.lists) {
    const list = schema.lists.filter(x => x.key === l.key)[0];
    const fields = plain(list);
    base.set(l.key, new Map((await rowsOf(list, fields)).map(r => [r.Id as number, JSON.stringify(fields.map(f => r[f]))])));
  }
  const out: Record<string, string[]> = {};
  for (const l of expected.lists) {
    const list = schema.lists.filter(x => x.key === l.key)[0];
    const refs = list.fields.filter(f => /^(Lookup|LookupMulti|User|UserMulti)$/.test(f.type));
    const rows = await rowsOf(list, refs.map(f => `${f.name}Id`));
    out[l.key] = rows.map(r => [base.get(l.key)?.get(r.Id as number), ...refs.map(f => {
      const v = r[`${f.name}Id`] as number | number[] | null;
      if (!f.lookup) return JSON.stringify(v);
      const target = base.get(f.lookup.list);
      return JSON.stringify((Array.isArray(v) ? v : [v]).map(id => (id === null ? null : target?.get(id) ?? `missing ${f.lookup?.list} ${id}`)));
    })].join(' | ')).sort();
  }
  return out;
}

describe('seedSite resumes a run that stopped part-way', () => {
  it('continues with the list it did not finish and ends with the same data as an uninterrupted run', async () => {
    const interrupted = await startEmulator({ port: 0 });
    const whole = await startEmulator({ port: 0 });
    try {
      const envOf = (site: typeof whole, upn: string): IPmoEnvironment => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: upn });
      const env = envOf(interrupted, siteOwner.userPrincipalName);
      const as = (upn: string): SPFI => envOf(interrupted, upn).sp;
      await provisionSite(env.sp, schema, { locale: 'en-us', strings: loadLocale('en-us') });
      // Stopped in the middle of the status reports: projects exist, 17 lists are still empty.
      const stop = new AbortController();
      await expect(seedSite(env, {
        projects: PROJECTS, schema, actAs: as, batchSize: 10, signal: stop.signal,
        onProgress: e => { if (e.list === 'StatusReports' && e.done >= 20) stop.abort(new Error('killed')); }
      })).rejects.toThrow('killed');
      const web = String((await env.sp.web.select('ServerRelativeUrl')()).ServerRelativeUrl).replace(/\/$/, '');
      const count = async (key: string): Promise<number> => ((await env.sp.web.getList(`${web}/${schema.lists.filter(x => x.key === key)[0].url}`).select('ItemCount')()) as { ItemCount: number }).ItemCount;
      expect(await count('Projects')).toBe(expectedCount('Projects'));
      const reports = await count('StatusReports');
      expect(reports).toBeGreaterThan(0);
      expect(reports).toBeLessThan(expectedCount('StatusReports'));
      expect(await count('Templates')).toBe(0);

      // The next start resumes (even when asked for another size) …
      const resumed = await seedSite(env, { projects: PROJECTS + 3, schema, actAs: as, batchSize: 10 });
      expect(resumed.alreadySeeded).toBe(false);
      expect(resumed.message).toMatch(/resumed/);
      for (const l of expected.lists) expect(`${l.key}: ${await count(l.key)}`).toBe(`${l.key}: ${l.rows.length}`);
      // … and the site holds what an uninterrupted seed writes.
      const wholeEnv = envOf(whole, siteOwner.userPrincipalName);
      await provisionSite(wholeEnv.sp, schema, { locale: 'en-us', strings: loadLocale('en-us') });
      await seedSite(wholeEnv, { projects: PROJECTS, schema, actAs: upn => envOf(whole, upn).sp, batchSize: 10 });
      expect(await siteContent(env.sp)).toEqual(await siteContent(wholeEnv.sp));
      // Then it is done: the journal keeps no ids, and a further run leaves the site alone.
      const again = await seedSite(env, { projects: PROJECTS, schema, actAs: as });
      expect(again.alreadySeeded).toBe(true);
      const journal = (await env.sp.web.getList(`${web}/${PmoHubConfigList.url}`).items.select('ConfigKey').top(500)()) as Array<{ ConfigKey: string }>;
      expect(journal.map(r => r.ConfigKey).filter(k => k.indexOf('DemoSeed.') === 0).sort()).toEqual(['DemoSeed.Done', 'DemoSeed.Started']);
    } finally {
      await interrupted.stop();
      await whole.stop();
    }
  });
});
