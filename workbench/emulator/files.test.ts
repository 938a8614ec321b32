/**
 * Document library files through the real PnPjs v4: upload (`files.addUsingPath` with and without
 * Overwrite), the file's list item (`getItem`, `listItemAllFields`, `item.file`), folder listings,
 * downloads (`$value`), content replacement, delete/recycle, item queries on FileLeafRef/FileRef,
 * and permissions (library roles and unique item permissions) applied to files.
 */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { startEmulator } from './index';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';
import { claimsLogin, findDemoUser } from '../directory/index';
import { spErrorOf } from './testing';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let owner: SPFI;
const as = (upn: string): SPFI => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: upn, retries: 2 }).sp;
const READER = 'thomas.wright@pmohub.demo';
const LIB = '/sites/pmo/Docs';


interface IFileInfo { Name: string; ServerRelativeUrl: string; Length: string; UniqueId: string; ETag: string; MajorVersion: number; UIVersionLabel: string; Exists: boolean }

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = as('olivia.bennett@pmohub.demo');
  await owner.web.siteGroups.getById(4).users.add(claimsLogin(findDemoUser(READER)!)); // eslint-disable-line @typescript-eslint/no-non-null-assertion
  await owner.web.lists.add('Docs', 'Templates and guides', 101);
  const fields = owner.web.lists.getByTitle('Docs').fields;
  await fields.addChoice('Phase', { Choices: ['Initiation', 'Delivery'] });
  await fields.createFieldAsXml('<Field Type="Text" Name="Owner" DisplayName="Owner" Required="TRUE" />');
  await owner.web.lists.add('Names');
  await owner.web.lists.getByTitle('Names').items.add({ Title: 'With attachments' });
  await owner.web.lists.getByTitle('Names').items.getById(1).attachmentFiles.add('ok.txt', 'ok');
});
afterAll(async () => {
  await site.stop();
});

describe('uploading files', () => {
  it('adds a file with addUsingPath and answers SharePoint\'s SP.File, even when required columns are still empty', async () => {
    const info = await owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath('Project Plan.md', '# Plan\n', { Overwrite: true }) as unknown as IFileInfo & Record<string, unknown>;
    expect(info).toMatchObject({ Name: 'Project Plan.md', ServerRelativeUrl: `${LIB}/Project Plan.md`, Length: '7', Exists: true, MajorVersion: 1, UIVersionLabel: '1.0' });
    expect(info['odata.type']).toBe('SP.File');
    expect(info.ETag).toBe(`"{${info.UniqueId.toUpperCase()}},1"`);
    expect((await owner.web.lists.getByTitle('Docs').select('ItemCount')()).ItemCount).toBe(1);
    // the content is stored in SQLite
    const row = site.emulator.db.prepare("SELECT name, content FROM files WHERE name = 'Project Plan.md'").get() as { name: string; content: Uint8Array };
    expect(Buffer.from(row.content).toString('utf8')).toBe('# Plan\n');
  });

  it('refuses an existing name without Overwrite, replaces it with Overwrite (same item, next version)', async () => {
    const folder = owner.web.getFolderByServerRelativePath(LIB);
    const e = await spErrorOf(folder.files.addUsingPath('project plan.md', 'other'));
    expect(e.status).toBe(400);
    expect(e.code).toBe('-2130575257, Microsoft.SharePoint.SPException');
    expect(e.message).toMatch(/^A file with the name Docs\/Project Plan\.md already exists\. It was last modified by i:0#\.f\|membership\|olivia\.bennett@pmohub\.demo on /);
    const before = await owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`).getItem<{ Id: number }>('Id');
    const again = await folder.files.addUsingPath('Project Plan.md', '# Plan v2\n', { Overwrite: true }) as unknown as IFileInfo;
    expect(again).toMatchObject({ Length: '10', MajorVersion: 2, UIVersionLabel: '2.0' });
    const after = await owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`).getItem<{ Id: number }>('Id');
    expect(after.Id).toBe(before.Id);
    expect(await owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`).getText()).toBe('# Plan v2\n');
    expect((await owner.web.lists.getByTitle('Docs').items.getById(before.Id).versions()).map(v => v.VersionLabel)).toEqual(['2.0', '1.0']);
  });

  it('refuses names SharePoint does not allow, folders that do not exist and lists that are not libraries', async () => {
    expect((await spErrorOf(owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath('a:b.md', 'x'))).status).toBe(400);
    const missing = await spErrorOf(owner.web.getFolderByServerRelativePath('/sites/pmo/Nowhere').files.addUsingPath('a.md', 'x'));
    expect(missing).toEqual({ status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.' });
    await owner.web.lists.add('Plain');
    expect((await spErrorOf(owner.web.getFolderByServerRelativePath('/sites/pmo/Lists/Plain').files.addUsingPath('a.md', 'x'))).status).toBe(404);
    expect((await spErrorOf(owner.web.getFileByServerRelativePath(`${LIB}/nothing.md`)())).status).toBe(404);
  });
});

describe('the file\'s list item', () => {
  it('sets columns through getItem().update and reads them back through item queries and listItemAllFields', async () => {
    const file = owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`);
    const item = await file.getItem<{ Id: number }>('Id');
    await item.update({ Title: 'Project plan', Phase: 'Initiation', Owner: 'PMO' });
    const fields = await file.listItemAllFields.select('Id', 'Title', 'Phase', 'Owner', 'FileLeafRef', 'FileRef')<Record<string, unknown>>();
    expect(fields).toMatchObject({ Id: item.Id, Title: 'Project plan', Phase: 'Initiation', Owner: 'PMO', FileLeafRef: 'Project Plan.md', FileRef: `${LIB}/Project Plan.md` });
    // validation applies to the metadata as to any item
    expect((await spErrorOf(item.update({ Phase: 'Nonsense' }))).code).toBe('-2130575155, Microsoft.SharePoint.SPFieldValidationException');

    await owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath('Risk Register.md', '# Risks\n');
    const list = owner.web.lists.getByTitle('Docs');
    const byName = await list.items.filter("FileLeafRef eq 'risk register.md'").select('Id', 'FileLeafRef', 'FileDirRef')();
    expect(byName).toEqual([expect.objectContaining({ FileLeafRef: 'Risk Register.md', FileDirRef: LIB })]);
    const ordered = await list.items.orderBy('FileLeafRef', false).select('FileLeafRef')();
    expect(ordered.map(r => r.FileLeafRef)).toEqual(['Risk Register.md', 'Project Plan.md']);
    expect(await list.items.filter(`FileRef eq '${LIB}/Project Plan.md'`).select('Id')()).toEqual([expect.objectContaining({ Id: item.Id })]);
    // the file of an item
    const viaItem = await list.items.getById(byName[0].Id as number).file.select('Name', 'ServerRelativeUrl')();
    expect(viaItem).toMatchObject({ Name: 'Risk Register.md', ServerRelativeUrl: `${LIB}/Risk Register.md` });
    // FileLeafRef is not a column the plain item update can rename here (stricter than SharePoint)
    expect((await spErrorOf(item.update({ FileLeafRef: 'Renamed.md' }))).status).toBe(400);
  });

  it('lists the folder\'s files with $select/$filter, and the folder itself', async () => {
    const folder = owner.web.getFolderByServerRelativePath(LIB);
    const files = await folder.files.select('Name', 'Length')();
    expect(files.map(f => [f.Name, f.Length])).toEqual([['Project Plan.md', '10'], ['Risk Register.md', '8']]);
    const filtered = await folder.files.filter("Name eq 'Risk Register.md'")();
    expect(filtered.map(f => f.Name)).toEqual(['Risk Register.md']);
    const info = await folder.select('Name', 'ServerRelativeUrl', 'ItemCount', 'Exists')();
    expect(info).toMatchObject({ Name: 'Docs', ServerRelativeUrl: LIB, ItemCount: 2, Exists: true });
    const viaList = await owner.web.lists.getByTitle('Docs').rootFolder.files.select('Name')();
    expect(viaList.map(f => f.Name)).toEqual(['Project Plan.md', 'Risk Register.md']);
  });
});

describe('content', () => {
  it('downloads binary content unchanged and replaces it with setContent', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath('logo.bin', bytes);
    const file = owner.web.getFileByServerRelativePath(`${LIB}/logo.bin`);
    expect(Buffer.from(await file.getBuffer()).equals(Buffer.from(bytes))).toBe(true);
    await file.setContent('replaced');
    expect(await file.getText()).toBe('replaced');
    expect((await file.select('Length', 'MajorVersion')())).toMatchObject({ Length: '8', MajorVersion: 2 });
  });
});

describe('opening a file by its URL', () => {
  it('answers a link\'s GET with the file\'s content and its type, as a download; a missing file or a page is left to the site', async () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => 255 - i);
    await owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath('End project report – Archive.docx', bytes);
    const origin = new URL(site.siteUrl).origin;
    const get = (path: string, user = 'olivia.bennett@pmohub.demo'): Promise<Response> => fetch(`${origin}${encodeURI(path)}`, { headers: { 'x-workbench-user': user } });
    const r = await get(`${LIB}/End project report – Archive.docx`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('End project report – Archive.docx')}`);
    expect(Buffer.from(await r.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect((await get(`${LIB}/Nothing here.docx`)).status).toBe(404);
    expect((await get('/sites/pmo/SitePages/Home.aspx')).status).toBe(404);
    await owner.web.getFileByServerRelativePath(`${LIB}/End project report – Archive.docx`).delete();
  });
});

describe('permissions', () => {
  it('lets a reader read and download, but not upload, replace or delete', async () => {
    const reader = as(READER);
    expect(await reader.web.getFileByServerRelativePath(`${LIB}/Risk Register.md`).getText()).toBe('# Risks\n');
    expect((await reader.web.getFolderByServerRelativePath(LIB).files.select('Name')()).length).toBe(3);
    expect((await spErrorOf(reader.web.getFolderByServerRelativePath(LIB).files.addUsingPath('mine.md', 'x'))).status).toBe(403);
    expect((await spErrorOf(reader.web.getFolderByServerRelativePath(LIB).files.addUsingPath('Risk Register.md', 'x', { Overwrite: true }))).status).toBe(403);
    expect((await spErrorOf(reader.web.getFileByServerRelativePath(`${LIB}/Risk Register.md`).delete())).status).toBe(403);
  });

  it('hides a file whose item has unique permissions without the reader', async () => {
    const item = await owner.web.getFileByServerRelativePath(`${LIB}/logo.bin`).getItem<{ Id: number }>('Id');
    await item.breakRoleInheritance(false, false);
    const reader = as(READER);
    expect((await reader.web.getFolderByServerRelativePath(LIB).files.select('Name')()).map(f => f.Name)).toEqual(['Project Plan.md', 'Risk Register.md']);
    expect(await spErrorOf(reader.web.getFileByServerRelativePath(`${LIB}/logo.bin`).getText())).toMatchObject({ status: 404 });
    expect((await reader.web.lists.getByTitle('Docs').items.select('Id')()).map(r => r.Id)).not.toContain(item.Id);
  });
});

describe('deleting', () => {
  it('deletes a file with its item (If-Match checked), and recycles one', async () => {
    const file = owner.web.getFileByServerRelativePath(`${LIB}/logo.bin`);
    const { Id } = await file.getItem<{ Id: number }>('Id');
    expect((await spErrorOf(file.delete('"{00000000-0000-0000-0000-000000000000},1"'))).status).toBe(412);
    const { ETag } = await file.select('ETag')<{ ETag: string }>();
    await file.delete(ETag);
    expect(await spErrorOf(file())).toEqual({ status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.' });
    expect((await spErrorOf(owner.web.lists.getByTitle('Docs').items.getById(Id)())).status).toBe(404);
    expect(site.emulator.db.prepare("SELECT COUNT(*) AS c FROM files WHERE name = 'logo.bin'").get()).toEqual({ c: 0 });

    await owner.web.getFileByServerRelativePath(`${LIB}/Risk Register.md`).recycle();
    expect((await owner.web.getFolderByServerRelativePath(LIB).files.select('Name')()).map(f => f.Name)).toEqual(['Project Plan.md']);
    expect((await owner.web.lists.getByTitle('Docs').select('ItemCount')()).ItemCount).toBe(1);
  });

  it('deleting the library item deletes the file', async () => {
    const { Id } = await owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`).getItem<{ Id: number }>('Id');
    await owner.web.lists.getByTitle('Docs').items.getById(Id).delete();
    expect((await spErrorOf(owner.web.getFileByServerRelativePath(`${LIB}/Project Plan.md`)())).status).toBe(404);
    expect(await owner.web.getFolderByServerRelativePath(LIB).files()).toEqual([]);
  });
});

describe('names SharePoint refuses', () => {
  const bad: Array<[string, string]> = [
    ['empty', ''], ['blank', '   '], ['a slash', 'a/b.txt'], ['a backslash', 'a\\b.txt'], ['dot-dot', '..'], ['a dot', '.'],
    ['angle brackets', 'a<b>.txt'], ['a colon', 'a:b.txt'], ['a double quote', 'a"b.txt'], ['an asterisk', 'a*b.txt'], ['a question mark', 'a?b.txt'], ['a pipe', 'a|b.txt'],
    ['NUL', 'a\u0000b.txt'], ['a control character', 'a\u0007b.txt'], ['a C1 control', 'a\u0085b.txt'], ['a trailing period', 'plan.'], ['a leading space', ' plan.txt'],
    ['a reserved name', 'CON'], ['_vti_', 'my_vti_file.txt'], ['an Office lock file', '~$plan.docx']
  ];

  it.each(bad)('refuses an attachment name with %s as SharePoint does (400, SPException)', async (_what, name) => {
    const list = owner.web.lists.getByTitle('Names');
    const item = list.items.getById(1);
    const e = await spErrorOf(item.attachmentFiles.add(name, 'x'));
    expect(e.status).toBe(400);
    expect(e.code).toBe('-2130575245, Microsoft.SharePoint.SPException');
    expect(e.message).toBe('The file or folder name contains characters that are not permitted. Please use a different name.');
    expect((await item.attachmentFiles()).map(a => a.FileName)).toEqual(['ok.txt']);
  });

  it('refuses a name over 255 characters (and a path over 400) with SharePoint\'s PathTooLongException, and takes 255', async () => {
    const item = owner.web.lists.getByTitle('Names').items.getById(1);
    const e = await spErrorOf(item.attachmentFiles.add(`${'a'.repeat(296)}.txt`, 'x'));
    expect(e).toMatchObject({ status: 400, code: '-2147024690, System.IO.PathTooLongException' });
    expect(e.message).toMatch(/too long/);
    await item.attachmentFiles.add(`${'b'.repeat(251)}.txt`, 'x');
    const lib = await spErrorOf(owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath(`${'c'.repeat(300)}.md`, 'x', { Overwrite: true }));
    expect(lib).toMatchObject({ status: 400, code: '-2147024690, System.IO.PathTooLongException' });
    await item.attachmentFiles.getByName(`${'b'.repeat(251)}.txt`).delete();
  });

  it('takes the names SharePoint Online takes: #, %, apostrophes, accents, dots inside', async () => {
    const item = owner.web.lists.getByTitle('Names').items.getById(1);
    const good = ['Budget #2 (50%).xlsx', 'O\'Neil – Übersicht.pdf', 'v1.2..final.txt', 'Plan_2027.md'];
    for (const name of good) await item.attachmentFiles.add(name, 'x');
    expect((await item.attachmentFiles()).map(a => a.FileName).sort()).toEqual([...good, 'ok.txt'].sort());
    for (const name of good) await item.attachmentFiles.getByName(name).delete();
  });

  it('refuses the same names for library files', async () => {
    for (const name of ['a:b.md', 'a\u0000b.md', '..', 'CON']) {
      const e = await spErrorOf(owner.web.getFolderByServerRelativePath(LIB).files.addUsingPath(name, 'x', { Overwrite: true }));
      expect(`${JSON.stringify(name)}: ${e.status}`).toBe(`${JSON.stringify(name)}: 400`);
    }
  });
});
