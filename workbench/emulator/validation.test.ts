/**
 * Validation with SharePoint-shaped errors that name the field, and rejected writes (also inside a
 * $batch changeset) that change nothing.
 */
import { startEmulator } from './index';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';
import { spErrorOf } from './testing';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let sp: SPFI;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 2 }).sp;
  await sp.web.lists.add('Projects');
  const projects = await sp.web.lists.getByTitle('Projects').select('Id')();
  await sp.web.lists.getByTitle('Projects').items.add({ Title: 'Apollo' });
  await sp.web.lists.add('Requests');
  const f = sp.web.lists.getByTitle('Requests').fields;
  await f.createFieldAsXml('<Field Type="Text" Name="ReqCode" DisplayName="Request code" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
  await f.addChoice('Status', { Choices: ['Open', 'Closed'] });
  await f.addNumber('Score', { MinimumValue: 0, MaximumValue: 10 });
  await f.addLookup('Project', { LookupListId: projects.Id, LookupFieldName: 'Title' });
  await f.addUser('Owner');
  await f.addDateTime('Due', { DisplayFormat: 0 });
  await sp.web.lists.getByTitle('Requests').items.add({ Title: 'first', ReqCode: 'R-1', Status: 'Open', Score: 5, ProjectId: 1, OwnerId: 6 });
});
afterAll(async () => {
  await site.stop();
});


const count = async (): Promise<number> => (await sp.web.lists.getByTitle('Requests').select('ItemCount')()).ItemCount as number;

describe('validation', () => {
  it('rejects a missing required field, naming its title and internal name, and writes nothing', async () => {
    const before = await count();
    const e = await spErrorOf(sp.web.lists.getByTitle('Requests').items.add({ Title: 'no code' }));
    expect(e.status).toBe(400);
    expect(e.code).toBe('-2130575155, Microsoft.SharePoint.SPFieldValidationException');
    expect(e.message).toContain("'Request code' (ReqCode)");
    expect(await count()).toBe(before);
    const cleared = await spErrorOf(sp.web.lists.getByTitle('Requests').items.getById(1).update({ ReqCode: '' }));
    expect(cleared.status).toBe(400);
    expect((await sp.web.lists.getByTitle('Requests').items.getById(1).select('ReqCode')()).ReqCode).toBe('R-1');
  });

  it('checks choices, number ranges, types, lookups, users and unique values', async () => {
    const items = sp.web.lists.getByTitle('Requests').items;
    const choice = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-2', Status: 'Maybe' }));
    expect([choice.status, choice.message]).toEqual([400, "Field 'Status' (Status): The value 'Maybe' is not one of the allowed choices."]);
    const range = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-2', Score: 11 }));
    expect(range.message).toBe("Field 'Score' (Score): The value of this field must be a number between 0 and 10.");
    const type = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-2', Score: 'high' }));
    expect([type.status, type.code]).toEqual([400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException']);
    const lookup = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-2', ProjectId: 999 }));
    expect(lookup.message).toContain("'Project' (Project)");
    const user = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-2', OwnerId: 999 }));
    expect(user.message).toContain("'Owner' (Owner)");
    const dup = await spErrorOf(items.add({ Title: 't', ReqCode: 'r-1' }));
    expect([dup.status, dup.code]).toEqual([400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException']);
    expect(dup.message).toContain("'Request code' (ReqCode)");
    expect(await count()).toBe(1);
  });

  it('refuses text over the column\'s length and days outside 1/1/1900–12/31/8900 with a 400 naming the field, as SharePoint does', async () => {
    const items = sp.web.lists.getByTitle('Requests').items;
    const long = await spErrorOf(items.add({ Title: 'x'.repeat(256), ReqCode: 'R-3' }));
    expect([long.status, long.message]).toEqual([400, "Field 'Title' (Title): The value is longer than the maximum length of 255 characters."]);
    for (const day of ['1899-12-31', '0001-01-01', '0099-06-15', '8901-01-01', '9999-12-31']) {
      const far = await spErrorOf(items.add({ Title: 't', ReqCode: 'R-3', Due: day }));
      expect([day, far.status, far.code, far.message]).toEqual([day, 400, '-2130575155, Microsoft.SharePoint.SPFieldValidationException', "Field 'Due' (Due): You must specify a valid date within the range of 1/1/1900 and 12/31/8900."]);
    }
    expect(await count()).toBe(1);
    // The first and the last day SharePoint holds are kept as they are.
    for (const [code, day] of [['R-4', '1900-01-01'], ['R-5', '8900-12-31']]) {
      const added = await items.add({ Title: 'edge', ReqCode: code, Due: day });
      const row = await sp.web.lists.getByTitle('Requests').items.getById(added.Id as number).select('Due')<{ Due: string }>();
      // The UTC instant of the site's midnight of that day: within a day of it.
      expect(Math.abs(Date.parse(row.Due) - Date.parse(`${day}T00:00:00Z`))).toBeLessThan(86_400_000);
      // Written again as that instant (as PMO Hub's services write a day), it is the same day.
      await sp.web.lists.getByTitle('Requests').items.getById(added.Id as number).update({ Due: row.Due });
      expect((await sp.web.lists.getByTitle('Requests').items.getById(added.Id as number).select('Due')<{ Due: string }>()).Due).toBe(row.Due);
      await sp.web.lists.getByTitle('Requests').items.getById(added.Id as number).delete();
    }
  });

  it('rolls back a whole $batch changeset when one request in it is invalid', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Requests');
    const results = [
      list.items.add({ ReqCode: 'R-10', Title: 'ok 1' }),
      list.items.add({ Title: 'bad', ReqCode: 'R-11', Status: 'Nope' }),
      list.items.add({ ReqCode: 'R-12', Title: 'ok 2' })
    ].map(p => p.then(() => 'ok', (e: { status: number }) => e.status));
    await execute();
    expect(await Promise.all(results)).toEqual([400, 400, 400]);
    expect(await count()).toBe(1);
    const rows = await sp.web.lists.getByTitle('Requests').items.filter("ReqCode eq 'R-10'")();
    expect(rows).toHaveLength(0);

    const [b2, exec2] = sp.batched();
    const ok = [b2.web.lists.getByTitle('Requests').items.add({ Title: 'a', ReqCode: 'R-20' }), b2.web.lists.getByTitle('Requests').items.add({ Title: 'b', ReqCode: 'R-21' })];
    await exec2();
    expect((await Promise.all(ok)).map(r => r.ReqCode)).toEqual(['R-20', 'R-21']);
    expect(await count()).toBe(3);
  });

  it('validateUpdateListItem sets an item\'s own dates and people as a migration does, and writes nothing when one value is wrong', async () => {
    const list = sp.web.lists.getByTitle('Requests');
    const added = await list.items.add({ Title: 'migrated', ReqCode: 'R-30', Status: 'Open' });
    const item = list.items.getById(added.Id as number);
    const before = (await item.select('Modified', 'Status')()) as { Modified: string; Status: string };
    // One wrong value: every value gets its result, and nothing is written.
    const refused = await item.validateUpdateListItem([
      { FieldName: 'Status', FieldValue: 'Closed' },
      { FieldName: 'Modified', FieldValue: '13/45/2024 10:00 AM' }
    ], true);
    expect(refused.map(r => [r.FieldName, r.HasException])).toEqual([['Status', false], ['Modified', true]]);
    expect(refused[1].ErrorMessage).toMatch(/Invalid date\/time value/);
    expect(await item.select('Modified', 'Status')()).toEqual(expect.objectContaining(before));
    const done = await item.validateUpdateListItem([
      { FieldName: 'Status', FieldValue: 'Closed' },
      { FieldName: 'Created', FieldValue: '3/4/2024 9:15 AM' },
      { FieldName: 'Modified', FieldValue: '5/6/2024 2:30 PM' },
      { FieldName: 'Editor', FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|marco.rossi@pmohub.demo' }]) }
    ], true);
    expect(done.every(r => !r.HasException)).toBe(true);
    const after = (await item.select('Created', 'Modified', 'Status', 'Editor/EMail').expand('Editor')()) as { Created: string; Modified: string; Status: string; Editor: { EMail: string } };
    expect(after).toEqual(expect.objectContaining({ Created: '2024-03-04T09:15:00Z', Modified: '2024-05-06T14:30:00Z', Status: 'Closed', Editor: expect.objectContaining({ EMail: 'marco.rossi@pmohub.demo' }) }));
    // bNewDocumentUpdate: no earlier version kept for this write.
    expect((await item.versions()).length).toBe(1);
    const unknown = await item.validateUpdateListItem([{ FieldName: 'Editor', FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|nobody@example.com' }]) }, { FieldName: 'NoSuchColumn', FieldValue: 'x' }]);
    expect(unknown.map(r => r.HasException)).toEqual([true, true]);
  });
});
