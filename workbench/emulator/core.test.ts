/**
 * The SharePoint REST emulator driven by the REAL PnPjs v4: lists, every field type (typed adds and
 * createFieldAsXml giving the same records), views, item CRUD, $filter operators, $expand,
 * attachments, and the verbose OData flavour.
 */
import { spErrorOf } from './testing';
import { startEmulator } from './index';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';
import { siteOwner } from '../directory/index';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let sp: SPFI;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: siteOwner.userPrincipalName, retries: 2 }).sp;
});
afterAll(async () => {
  await site.stop();
});

async function errorOf(p: Promise<unknown>): Promise<{ status: number; body: { 'odata.error'?: { code: string; message: { value: string } } } }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response: Response };
    return { status: err.status, body: await err.response.clone().json() };
  }
  throw new Error('expected the request to fail');
}

describe('web and lists', () => {
  it('serves the blank site, contextinfo and list creation with SharePoint shapes', async () => {
    const web = await sp.web.select('Title', 'ServerRelativeUrl')();
    expect(web.Title).toBe('PMO');
    expect(web.ServerRelativeUrl).toBe('/sites/pmo');
    const res = await fetch(`${site.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const info = await res.json() as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);

    const added = await sp.web.lists.add('Programmes', 'All programmes', 100, false, { EnableVersioning: true });
    expect(added.Title).toBe('Programmes');
    const list = await sp.web.lists.getByTitle('Programmes').select('Id', 'Title', 'ItemCount', 'EnableVersioning', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(list.ItemCount).toBe(0);
    expect(list.EnableVersioning).toBe(true);
    expect(list.RootFolder.ServerRelativeUrl).toBe('/sites/pmo/Lists/Programmes');
    const byId = await sp.web.lists.getById(list.Id).select('Title')();
    expect(byId.Title).toBe('Programmes');

    const ensured = await sp.web.lists.ensure('Programmes', 'Updated description');
    expect(ensured.created).toBe(false);
    await sp.web.lists.getByTitle('Programmes').update({ ReadSecurity: 2, WriteSecurity: 2, Description: 'x' });
    const upd = await sp.web.lists.getByTitle('Programmes').select('ReadSecurity', 'WriteSecurity', 'Description')();
    expect([upd.ReadSecurity, upd.WriteSecurity, upd.Description]).toEqual([2, 2, 'x']);

    await sp.web.update({ Title: 'PMO Hub', Description: 'Portfolio office' });
    expect(await sp.web.select('Title', 'Description')()).toMatchObject({ Title: 'PMO Hub', Description: 'Portfolio office' });
    await sp.web.update({ Title: 'PMO' });
    await sp.web.lists.add('Archive');
    // Every SharePoint site has its Site Pages library.
    expect((await sp.web.lists.select('Title').orderBy('Title', false)()).map(l => l.Title)).toEqual(['Site Pages', 'Programmes', 'Archive']);
    await sp.web.lists.getByTitle('Archive').delete();

    const filtered = await sp.web.lists.filter("Title eq 'Programmes'").select('Title')();
    expect(filtered.map(l => l.Title)).toEqual(['Programmes']);

    const missing = await errorOf(sp.web.lists.getByTitle('Nope')());
    expect(missing.status).toBe(404);
    expect(missing.body['odata.error']?.message.value).toBe(`List 'Nope' does not exist at site with URL '${site.siteUrl}'.`);

    await sp.web.lists.getByTitle('Programmes').delete();
    expect((await sp.web.lists.filter("Title eq 'Programmes'")()).length).toBe(0);
  });
});

describe('fields', () => {
  const pick = (f: Record<string, unknown>): Record<string, unknown> => {
    const keep = ['FieldTypeKind', 'TypeAsString', 'InternalName', 'StaticName', 'Title', 'Required', 'Indexed', 'EnforceUniqueValues', 'Choices', 'FillInChoice',
      'MinimumValue', 'MaximumValue', 'LookupList', 'LookupField', 'AllowMultipleValues', 'DefaultValue', 'SelectionMode', 'MaxLength', 'DisplayFormat', 'Formula', 'OutputType', 'RichText'];
    const out: Record<string, unknown> = {};
    for (const k of keep) if (f[k] !== undefined) out[k] = f[k];
    return out;
  };

  it('typed adds and createFieldAsXml produce the same field records for every type', async () => {
    await sp.web.lists.add('Target');
    const target = await sp.web.lists.getByTitle('Target').select('Id')();
    await sp.web.lists.add('Typed');
    await sp.web.lists.add('Xml');
    const typed = sp.web.lists.getByTitle('Typed').fields;
    await typed.addText('Code', { MaxLength: 20, Required: true, Indexed: true, EnforceUniqueValues: true });
    await typed.addMultilineText('Notes', { RichText: false });
    await typed.addNumber('Points', { MinimumValue: 0, MaximumValue: 100 });
    await typed.addCurrency('Budget');
    await typed.addDateTime('Due', { DisplayFormat: 0 });
    await typed.addBoolean('Done');
    await typed.addChoice('Status', { Choices: ['Active', 'Closed'], FillInChoice: false });
    await typed.getByInternalNameOrTitle('Status').update({ DefaultValue: 'Active' });
    await typed.addMultiChoice('Tags', { Choices: ['a', 'b'] });
    await typed.addLookup('Parent', { LookupListId: target.Id, LookupFieldName: 'Title' });
    await typed.addLookup('Related', { LookupListId: target.Id, LookupFieldName: 'Title' });
    await typed.getByInternalNameOrTitle('Related').update({ AllowMultipleValues: true });
    await typed.addUser('Owner', { SelectionMode: 0 });
    await typed.addUser('Members', { SelectionMode: 0 });
    await typed.getByInternalNameOrTitle('Members').update({ AllowMultipleValues: true });
    await typed.addUrl('Link');
    await typed.addCalculated('Label', { Formula: '=[Code]', OutputType: 2 });

    const xml = sp.web.lists.getByTitle('Xml').fields;
    await xml.createFieldAsXml('<Field Type="Text" Name="Code" StaticName="Code" DisplayName="Code" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="20" />');
    await xml.createFieldAsXml('<Field Type="Note" Name="Notes" DisplayName="Notes" RichText="FALSE" />');
    await xml.createFieldAsXml('<Field Type="Number" Name="Points" DisplayName="Points" Min="0" Max="100" />');
    await xml.createFieldAsXml('<Field Type="Currency" Name="Budget" DisplayName="Budget" />');
    await xml.createFieldAsXml('<Field Type="DateTime" Name="Due" DisplayName="Due" Format="DateOnly" />');
    await xml.createFieldAsXml('<Field Type="Boolean" Name="Done" DisplayName="Done" />');
    await xml.createFieldAsXml('<Field Type="Choice" Name="Status" DisplayName="Status"><Default>Active</Default><CHOICES><CHOICE>Active</CHOICE><CHOICE>Closed</CHOICE></CHOICES></Field>');
    await xml.createFieldAsXml('<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>a</CHOICE><CHOICE>b</CHOICE></CHOICES></Field>');
    await xml.createFieldAsXml(`<Field Type="Lookup" Name="Parent" DisplayName="Parent" List="{${target.Id}}" ShowField="Title" />`);
    await xml.createFieldAsXml(`<Field Type="LookupMulti" Name="Related" DisplayName="Related" List="{${target.Id}}" ShowField="Title" Mult="TRUE" />`);
    await xml.createFieldAsXml('<Field Type="User" Name="Owner" DisplayName="Owner" UserSelectionMode="PeopleOnly" />');
    await xml.createFieldAsXml('<Field Type="UserMulti" Name="Members" DisplayName="Members" UserSelectionMode="PeopleOnly" Mult="TRUE" />');
    await xml.createFieldAsXml('<Field Type="URL" Name="Link" DisplayName="Link" Format="Hyperlink" />');
    await xml.createFieldAsXml('<Field Type="Calculated" Name="Label" DisplayName="Label" ResultType="Text"><Formula>=[Code]</Formula></Field>');

    const names = ['Code', 'Notes', 'Points', 'Budget', 'Due', 'Done', 'Status', 'Tags', 'Parent', 'Related', 'Owner', 'Members', 'Link', 'Label'];
    const a = (await sp.web.lists.getByTitle('Typed').fields()).filter(f => names.indexOf(f.InternalName) >= 0);
    const b = (await sp.web.lists.getByTitle('Xml').fields()).filter(f => names.indexOf(f.InternalName) >= 0);
    expect(a).toHaveLength(names.length);
    expect(a.map(f => pick(f as unknown as Record<string, unknown>))).toEqual(b.map(f => pick(f as unknown as Record<string, unknown>)));

    const byName = new Map(a.map(f => [f.InternalName, f as unknown as Record<string, unknown>]));
    expect(byName.get('Code')).toMatchObject({ FieldTypeKind: 2, TypeAsString: 'Text', Required: true, Indexed: true, MaxLength: 20, 'odata.type': 'SP.FieldText' });
    expect(byName.get('Status')).toMatchObject({ FieldTypeKind: 6, Choices: ['Active', 'Closed'], DefaultValue: 'Active' });
    expect(byName.get('Related')).toMatchObject({ FieldTypeKind: 7, TypeAsString: 'LookupMulti', AllowMultipleValues: true, LookupList: `{${target.Id}}`, LookupField: 'Title' });
    expect(byName.get('Members')).toMatchObject({ FieldTypeKind: 20, TypeAsString: 'UserMulti', AllowMultipleValues: true });
    expect(byName.get('Points')).toMatchObject({ FieldTypeKind: 9, MinimumValue: 0, MaximumValue: 100 });

    // built-ins, and the verbose flavour returns Choices as {results}
    const title = await sp.web.lists.getByTitle('Typed').fields.getByInternalNameOrTitle('Title')();
    expect(title.Required).toBe(true);
    const verbose = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Typed')/fields/getByInternalNameOrTitle('Status')`, { headers: { Accept: 'application/json;odata=verbose' } });
    const vj = await verbose.json() as { d: { Choices: { results: string[] }; __metadata: { type: string } } };
    expect(vj.d.Choices.results).toEqual(['Active', 'Closed']);
    expect(vj.d.__metadata.type).toBe('SP.FieldChoice');

    // typed add derives the internal name from the title like SharePoint
    const spaced = await typed.addText('Project Code');
    expect(spaced.InternalName).toBe('Project_x0020_Code');

    // field update and delete
    await typed.getByInternalNameOrTitle('Notes').update({ Title: 'Remarks', Indexed: false });
    expect((await typed.getByInternalNameOrTitle('Notes')()).Title).toBe('Remarks');
    await typed.getByInternalNameOrTitle('Budget').delete();
    const gone = await errorOf(typed.getByInternalNameOrTitle('Budget')());
    expect(gone.status).toBe(404);
  });
});

describe('views', () => {
  it('lists the default view, adds a view and its fields', async () => {
    await sp.web.lists.add('ViewList');
    const list = sp.web.lists.getByTitle('ViewList');
    await list.fields.addText('Code');
    const views = await list.views();
    expect(views.map(v => v.Title)).toEqual(['All Items']);
    expect(views[0].DefaultView).toBe(true);
    const v = await list.views.add('Active', false, { RowLimit: 50, ViewQuery: '<OrderBy><FieldRef Name="Code" /></OrderBy>' });
    expect(v.RowLimit).toBe(50);
    await list.views.getByTitle('Active').fields.add('Code');
    const vf = await list.views.getByTitle('Active').fields();
    expect((vf as unknown as { Items: string[] }).Items).toEqual(['LinkTitle', 'Code']);
  });
});

describe('items', () => {
  let ids: Record<string, number>;
  let anna: number;
  let marco: number;

  beforeAll(async () => {
    await sp.web.lists.add('Projects');
    await sp.web.lists.add('Tasks');
    const projects = sp.web.lists.getByTitle('Projects');
    const pl = await projects.select('Id')();
    await projects.fields.addText('Code');
    const p1 = await projects.items.add({ Title: 'Apollo', Code: 'AP' });
    const p2 = await projects.items.add({ Title: 'Zeus', Code: 'ZE' });
    anna = (await sp.web.ensureUser('anna.schmidt@pmohub.demo')).Id;
    marco = (await sp.web.ensureUser('i:0#.f|membership|marco.rossi@pmohub.demo')).Id;
    const f = sp.web.lists.getByTitle('Tasks').fields;
    await f.addNumber('Points');
    await f.addDateTime('Due');
    await f.addBoolean('Done');
    await f.addChoice('Status', { Choices: ['Open', 'Closed'] });
    await f.addMultiChoice('Tags', { Choices: ['red', 'blue'] });
    await f.addLookup('Project', { LookupListId: pl.Id, LookupFieldName: 'Title' });
    await f.createFieldAsXml(`<Field Type="LookupMulti" Name="Related" DisplayName="Related" List="{${pl.Id}}" ShowField="Title" Mult="TRUE" />`);
    await f.createFieldAsXml('<Field Type="User" Name="Owner" DisplayName="Owner" />');
    await f.createFieldAsXml('<Field Type="UserMulti" Name="Members" DisplayName="Members" Mult="TRUE" />');
    const tasks = sp.web.lists.getByTitle('Tasks').items;
    const rows = [
      { Title: 'Alpha', Points: 1, Due: '2026-01-10T00:00:00Z', Done: true, Status: 'Open', TagsId: undefined, Tags: ['red'], ProjectId: p1.Id, RelatedId: [p1.Id, p2.Id], OwnerId: anna, MembersId: [anna, marco] },
      { Title: 'Beta', Points: 5, Due: '2026-03-01T00:00:00Z', Done: false, Status: 'Closed', Tags: ['blue'], ProjectId: p2.Id, RelatedId: [p2.Id], OwnerId: marco, MembersId: [marco] },
      { Title: "O'Brien", Points: 10, Due: null, Done: false, Status: 'Open', Tags: [], ProjectId: p1.Id, RelatedId: [], OwnerId: null, MembersId: [] },
      { Title: 'Gamma', Points: 20, Due: '2026-12-31T00:00:00Z', Done: true, Status: 'Closed', Tags: ['red', 'blue'], ProjectId: null, RelatedId: [], OwnerId: anna, MembersId: [] }
    ];
    ids = {};
    for (const r of rows) {
      const { TagsId, ...body } = r;
      void TagsId;
      const added = await tasks.add(body);
      ids[r.Title] = added.Id;
    }
  });

  const titles = async (filter: string): Promise<string[]> => (await sp.web.lists.getByTitle('Tasks').items.filter(filter).select('Title').orderBy('ID')()).map(i => i.Title as string);

  it('refuses a string literal with a control character (SharePoint\'s CAML is XML) instead of matching every item', async () => {
    for (const ch of ['\u0000', '\u0001', '\u001f', '\u000b']) {
      for (const filter of [`substringof('a${ch}', Title)`, `startswith(Title, '${ch}')`, `Title eq '${ch}'`]) {
        const e = await spErrorOf(sp.web.lists.getByTitle('Tasks').items.filter(filter).select('Title')());
        expect(`${JSON.stringify(filter)}: ${e.status} ${e.code ?? ''}`).toBe(`${JSON.stringify(filter)}: 400 -2147024809, System.ArgumentException`);
        expect(e.message).toMatch(/hexadecimal value 0x[0-9A-F]{2}, is an invalid character/);
      }
    }
    // Tab, line feed and carriage return are text XML holds: a normal query that finds nothing here.
    expect(await titles("substringof('a\tb', Title)")).toEqual([]);
  });

  it('supports every $filter operator', async () => {
    expect(await titles("Title eq 'Beta'")).toEqual(['Beta']);
    expect(await titles("Title eq 'beta'")).toEqual(['Beta']); // SharePoint compares text case-insensitively
    expect(await titles("Status ne 'Closed'")).toEqual(['Alpha', "O'Brien"]);
    expect(await titles('Points lt 5')).toEqual(['Alpha']);
    expect(await titles('Points le 5')).toEqual(['Alpha', 'Beta']);
    expect(await titles('Points gt 10')).toEqual(['Gamma']);
    expect(await titles('Points ge 10')).toEqual(["O'Brien", 'Gamma']);
    expect(await titles("Points gt 1 and Status eq 'Open'")).toEqual(["O'Brien"]);
    expect(await titles("Points eq 1 or Title eq 'Gamma'")).toEqual(['Alpha', 'Gamma']);
    expect(await titles("not (Status eq 'Open')")).toEqual(['Beta', 'Gamma']);
    expect(await titles("startswith(Title, 'Al')")).toEqual(['Alpha']);
    expect(await titles("substringof('amm', Title)")).toEqual(['Gamma']);
    expect(await titles('Due eq null')).toEqual(["O'Brien"]);
    expect(await titles('Due ne null')).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await titles("Due lt datetime'2026-06-01T00:00:00Z'")).toEqual(['Alpha', 'Beta']);
    expect(await titles("Title eq 'O''Brien'")).toEqual(["O'Brien"]);
    expect(await titles('Done eq 1')).toEqual(['Alpha', 'Gamma']);
    expect(await titles('Done eq false')).toEqual(['Beta', "O'Brien"]);
    expect(await titles(`ProjectId eq ${ids.Alpha ? 1 : 0}`)).toEqual(['Alpha', "O'Brien"]);
    expect(await titles("Project/Title eq 'Zeus'")).toEqual(['Beta']);
    expect(await titles(`OwnerId eq ${anna}`)).toEqual(['Alpha', 'Gamma']);
    expect(await titles("Owner/EMail eq 'marco.rossi@pmohub.demo'")).toEqual(['Beta']);
    expect(await titles(`AuthorId eq 6`)).toEqual(['Alpha', 'Beta', "O'Brien", 'Gamma']);
    expect(await titles(`MembersId eq ${marco}`)).toEqual(['Alpha', 'Beta']);
    expect(await titles("Tags eq 'blue'")).toEqual(['Beta', 'Gamma']);
    expect(await titles("Related/Title eq 'Zeus'")).toEqual(['Alpha', 'Beta']);
    const bad = await errorOf(sp.web.lists.getByTitle('Tasks').items.filter("Nope eq 'x'")());
    expect(bad.status).toBe(400);
    expect(bad.body['odata.error']?.message.value).toBe("Column 'Nope' does not exist. It may have been deleted by another user.");
  });

  it('orders by several columns and honours $top', async () => {
    const rows = await sp.web.lists.getByTitle('Tasks').items.select('Title').orderBy('Status', true).orderBy('Points', false).top(3)();
    expect(rows.map(r => r.Title)).toEqual(['Gamma', 'Beta', "O'Brien"]);
  });

  it('expands lookup and user fields, and writes multi values as arrays', async () => {
    const [row] = await sp.web.lists.getByTitle('Tasks').items
      .filter("Title eq 'Alpha'")
      .select('Title', 'ProjectId', 'RelatedId', 'MembersId', 'Tags', 'Project/Title', 'Project/Code', 'Owner/Title', 'Owner/EMail', 'Owner/Id', 'Members/Title', 'Related/Title', 'Author/Name')
      .expand('Project', 'Owner', 'Members', 'Related', 'Author')();
    expect(row.ProjectId).toBe(1);
    expect(row.RelatedId).toEqual([1, 2]);
    expect(row.MembersId).toEqual([anna, marco]);
    expect(row.Tags).toEqual(['red']);
    expect(row.Project).toMatchObject({ Title: 'Apollo', Code: 'AP' });
    expect(row.Owner).toMatchObject({ Id: anna, Title: 'Anna Schmidt', EMail: 'anna.schmidt@pmohub.demo' });
    expect((row.Members as Array<{ Title: string }>).map(m => m.Title)).toEqual(['Anna Schmidt', 'Marco Rossi']);
    expect((row.Related as Array<{ Title: string }>).map(m => m.Title)).toEqual(['Apollo', 'Zeus']);
    expect(row.Author).toMatchObject({ Name: 'i:0#.f|membership|olivia.bennett@pmohub.demo' });
    const noExpand = await errorOf(sp.web.lists.getByTitle('Tasks').items.select('Owner/Title')());
    expect(noExpand.status).toBe(400);

    // verbose: multi values as {results}, d.results and __metadata.etag
    const res = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Tasks')/items?$select=Title,RelatedId&$filter=Title eq 'Alpha'`, { headers: { Accept: 'application/json;odata=verbose' } });
    const vj = await res.json() as { d: { results: Array<{ RelatedId: { results: number[] }; __metadata: { etag: string } }> } };
    expect(vj.d.results[0].RelatedId.results).toEqual([1, 2]);
    expect(vj.d.results[0].__metadata.etag).toBe('"1"');
  });

  it('adds, reads, updates with ETags and deletes items', async () => {
    const list = sp.web.lists.getByTitle('Tasks');
    await list.update({ EnableVersioning: true });
    const added = await list.items.add({ Title: 'Temp', Points: 3 });
    expect(added['odata.etag']).toBe('"1"');
    const item = list.items.getById(added.Id);
    const r1 = await item.update({ Points: 4 }, added['odata.etag']);
    expect(r1.etag).toBe('"2"');
    const stale = await errorOf(item.update({ Points: 5 }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.body['odata.error']?.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect((await item.select('Points')()).Points).toBe(4);
    await item.update({ Points: 6 });
    const got = await item();
    expect(got.Points).toBe(6);
    expect(got['odata.etag']).toBe('"3"');
    const versions = await item.versions();
    expect(versions.map(v => [v.VersionLabel, v.IsCurrentVersion, v.Points])).toEqual([['3.0', true, 6], ['2.0', false, 4], ['1.0', false, 3]]);
    expect((await item.versions.getById(512)()).Points).toBe(3);
    await item.delete();
    const missing = await errorOf(item());
    expect(missing.status).toBe(404);
    expect(missing.body['odata.error']?.message.value).toBe('Item does not exist. It may have been deleted by another user.');
    expect((await list.select('ItemCount')()).ItemCount).toBe(4);
  });

  it('stores, lists, reads and deletes attachments', async () => {
    const item = sp.web.lists.getByTitle('Tasks').items.getById(ids.Alpha);
    await item.attachmentFiles.add('note.txt', 'hello attachment');
    const files = await item.attachmentFiles();
    expect(files.map(f => f.FileName)).toEqual(['note.txt']);
    expect(files[0].ServerRelativeUrl).toBe(`/sites/pmo/Lists/Tasks/Attachments/${ids.Alpha}/note.txt`);
    expect(await item.attachmentFiles.getByName('note.txt').getText()).toBe('hello attachment');
    expect((await item.select('Attachments')()).Attachments).toBe(true);
    await item.attachmentFiles.getByName('note.txt').delete();
    expect(await item.attachmentFiles()).toHaveLength(0);
  });

  it('computes calculated columns when an item is written', async () => {
    await sp.web.lists.add('Risks');
    const f = sp.web.lists.getByTitle('Risks').fields;
    await f.addNumber('Probability');
    await f.createFieldAsXml('<Field Type="Number" Name="Impact" DisplayName="Impact (1-5)" />');
    await f.createFieldAsXml('<Field Type="Calculated" Name="RiskScore" DisplayName="Risk score" ResultType="Number"><Formula>=[Probability]*[Impact (1-5)]</Formula></Field>');
    await f.createFieldAsXml('<Field Type="Calculated" Name="Level" DisplayName="Level" ResultType="Text"><Formula>=IF([Risk score]&gt;=12,"High","Low")&amp;" ("&amp;[Title]&amp;")"</Formula></Field>');
    const added = await sp.web.lists.getByTitle('Risks').items.add({ Title: 'Vendor', Probability: 3, Impact: 5 });
    expect([added.RiskScore, added.Level]).toEqual([15, 'High (Vendor)']);
    await sp.web.lists.getByTitle('Risks').items.getById(added.Id).update({ Impact: 2 });
    const row = await sp.web.lists.getByTitle('Risks').items.getById(added.Id).select('RiskScore', 'Level')();
    expect([row.RiskScore, row.Level]).toEqual([6, 'Low (Vendor)']);
    expect((await sp.web.lists.getByTitle('Risks').items.filter('RiskScore ge 6').select('Title')()).map(r => r.Title)).toEqual(['Vendor']);
  });

  it('rejects unknown properties like SharePoint', async () => {
    const e = await errorOf(sp.web.lists.getByTitle('Tasks').items.add({ Title: 'x', Nope: 1 }));
    expect(e.status).toBe(400);
    expect(e.body['odata.error']?.message.value).toBe("The property 'Nope' does not exist on type 'SP.Data.TasksListItem'. Make sure to only use property names that are defined by the type.");
  });
});
