/**
 * Identity and permissions through the real PnPjs: the default groups and role definitions,
 * 401/403 answers, item-level read/write-own security, unique item permissions and effective permissions.
 */
import { startEmulator } from './index';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';
import { PermissionKind } from '@pnp/sp/security';
import { claimsLogin, findDemoUser } from '../directory/index';
import { spErrorOf } from './testing';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let owner: SPFI;
const as = (upn: string): SPFI => localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: upn, retries: 2 }).sp;
const login = (alias: string): string => claimsLogin(findDemoUser(`${alias}@pmohub.demo`)!); // eslint-disable-line @typescript-eslint/no-non-null-assertion


let requestersGroupId: number;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = as('olivia.bennett@pmohub.demo');
  await owner.web.siteGroups.getById(4).users.add(login('thomas.wright'));
  const g = await owner.web.siteGroups.add({ Title: 'PMO Requesters', Description: 'People who file requests' });
  requestersGroupId = g.Id;
  await owner.web.siteGroups.getById(g.Id).users.add(login('james.walker'));
  await owner.web.siteGroups.getById(g.Id).users.add(login('lena.hoffmann'));
  await owner.web.lists.add('Notes');
  await owner.web.lists.getByTitle('Notes').items.add({ Title: 'public note' });
  await owner.web.lists.add('Requests');
  const reqs = owner.web.lists.getByTitle('Requests');
  await reqs.update({ ReadSecurity: 2, WriteSecurity: 2 });
  await reqs.breakRoleInheritance(true, false);
  await reqs.roleAssignments.add(g.Id, 1073741827);
});
afterAll(async () => {
  await site.stop();
});

describe('identity', () => {
  it('has the default groups, role definitions and the current user', async () => {
    const groups = await owner.web.siteGroups.select('Id', 'Title')();
    expect(groups.slice(0, 3).map(x => [x.Id, x.Title])).toEqual([[3, 'PMO Owners'], [4, 'PMO Visitors'], [5, 'PMO Members']]);
    const ownersMembers = await owner.web.siteGroups.getByName('PMO Owners').users();
    expect(ownersMembers.map(u => u.Email)).toEqual(['olivia.bennett@pmohub.demo']);
    const contribute = await owner.web.roleDefinitions.getByName('Contribute')();
    expect(contribute).toMatchObject({ Id: 1073741827, RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011028719' } });
    const defs = await owner.web.roleDefinitions();
    expect(defs.map(d => [d.Name, d.Id])).toEqual([
      ['Full Control', 1073741829], ['Design', 1073741828], ['Edit', 1073741830], ['Contribute', 1073741827], ['Read', 1073741826], ['Limited Access', 1073741825]
    ]);
    const me = await as('james.walker@pmohub.demo').web.currentUser();
    expect(me).toMatchObject({ Title: 'James Walker', Email: 'james.walker@pmohub.demo', LoginName: login('james.walker'), IsSiteAdmin: false });
    const byEmail = await owner.web.siteUsers.getByEmail('james.walker@pmohub.demo')();
    expect(byEmail.Id).toBe(me.Id);
    const ensured = await owner.web.ensureUser('marco.rossi@pmohub.demo');
    expect(ensured.LoginName).toBe(login('marco.rossi'));
  });

  it('creates, updates and deletes custom role definitions', async () => {
    const added = await owner.web.roleDefinitions.add('Read All', 'Read and approve', 200, { High: 176, Low: 138612849 });
    expect(added.data).toMatchObject({ Id: 1073741924, Name: 'Read All', RoleTypeKind: 0, BasePermissions: { High: '176', Low: '138612849' } });
    await owner.web.roleDefinitions.getById(1073741924).update({ Description: 'Reads everything', BasePermissions: { High: 176, Low: 138612849 } });
    expect((await owner.web.roleDefinitions.getByName('Read All')()).Description).toBe('Reads everything');
    expect((await spErrorOf(as('thomas.wright@pmohub.demo').web.roleDefinitions.add('Nope', '', 1, { High: 0, Low: 1 }))).status).toBe(403);
    await owner.web.roleDefinitions.getById(1073741924).delete();
    expect((await spErrorOf(owner.web.roleDefinitions.getByName('Read All')())).status).toBe(404);
  });

  it('answers 401 for an unknown user and 403 for a known user without access', async () => {
    const unknown = await spErrorOf(as('nobody@example.com').web());
    expect(unknown.status).toBe(401);
    const noAccess = await spErrorOf(as('anna.schmidt@pmohub.demo').web.lists());
    expect(noAccess).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied. You do not have permission to perform this action or access this resource.' });
  });
});

describe('permissions', () => {
  it('lets a reader read but answers 403 when the reader writes, changing nothing', async () => {
    const reader = as('thomas.wright@pmohub.demo');
    expect((await reader.web.lists.getByTitle('Notes').items()).map(i => i.Title)).toEqual(['public note']);
    const add = await spErrorOf(reader.web.lists.getByTitle('Notes').items.add({ Title: 'hacked' }));
    expect(add.status).toBe(403);
    expect(add.code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect((await spErrorOf(reader.web.lists.getByTitle('Notes').items.getById(1).update({ Title: 'x' }))).status).toBe(403);
    expect((await spErrorOf(reader.web.lists.getByTitle('Notes').items.getById(1).delete())).status).toBe(403);
    expect((await spErrorOf(reader.web.lists.add('Mine'))).status).toBe(403);
    expect((await owner.web.lists.getByTitle('Notes').items()).map(i => i.Title)).toEqual(['public note']);
    const perms = await reader.web.lists.getByTitle('Notes').getCurrentUserEffectivePermissions();
    expect(reader.web.hasPermissions(perms, PermissionKind.ViewListItems)).toBe(true);
    expect(reader.web.hasPermissions(perms, PermissionKind.AddListItems)).toBe(false);
    expect(await owner.web.lists.getByTitle('Notes').userHasPermissions(login('thomas.wright'), PermissionKind.EditListItems)).toBe(false);
    expect(await owner.web.lists.getByTitle('Notes').userHasPermissions(login('olivia.bennett'), PermissionKind.ManageLists)).toBe(true);
  });

  it('read-own and write-own: requesters see and edit only their own requests', async () => {
    const james = as('james.walker@pmohub.demo');
    const lena = as('lena.hoffmann@pmohub.demo');
    const j = await james.web.lists.getByTitle('Requests').items.add({ Title: 'James request' });
    const l = await lena.web.lists.getByTitle('Requests').items.add({ Title: 'Lena request' });
    expect((await james.web.lists.getByTitle('Requests').items()).map(i => i.Title)).toEqual(['James request']);
    expect((await lena.web.lists.getByTitle('Requests').items()).map(i => i.Title)).toEqual(['Lena request']);
    // SharePoint answers a GET by id of an item outside read-own as if it did not exist (404), not 403
    const other = await spErrorOf(james.web.lists.getByTitle('Requests').items.getById(l.Id)());
    expect([other.status, other.message]).toEqual([404, 'Item does not exist. It may have been deleted by another user.']);
    expect((await spErrorOf(james.web.lists.getByTitle('Requests').items.getById(l.Id).update({ Title: 'mine now' }))).status).toBe(404);
    await james.web.lists.getByTitle('Requests').items.getById(j.Id).update({ Title: 'James request v2' });
    // the owner (Full Control includes Override List Behaviors) sees everything
    expect((await owner.web.lists.getByTitle('Requests').items.orderBy('ID')()).map(i => i.Title)).toEqual(['James request v2', 'Lena request']);
    // visitors kept Read when inheritance was broken with copyRoleAssignments=true, but read-own hides the others' items
    expect(await as('thomas.wright@pmohub.demo').web.lists.getByTitle('Requests').items()).toEqual([]);
    expect((await spErrorOf(as('thomas.wright@pmohub.demo').web.lists.getByTitle('Requests').items.add({ Title: 'x' }))).status).toBe(403);
  });

  it('honours unique permissions on an item', async () => {
    const notes = owner.web.lists.getByTitle('Notes');
    const secret = await notes.items.add({ Title: 'board only' });
    await notes.items.getById(secret.Id).breakRoleInheritance(false, false);
    await notes.items.getById(secret.Id).roleAssignments.add(requestersGroupId, 1073741826);
    const reader = as('thomas.wright@pmohub.demo');
    expect((await reader.web.lists.getByTitle('Notes').items()).map(i => i.Title)).toEqual(['public note']);
    expect((await spErrorOf(reader.web.lists.getByTitle('Notes').items.getById(secret.Id)())).status).toBe(404);
    expect((await as('james.walker@pmohub.demo').web.lists.getByTitle('Notes').items.getById(secret.Id)()).Title).toBe('board only');
    // the grant gave the group Limited Access on the web, and list queries are trimmed to the shared item
    const webGrant = await owner.web.roleAssignments.getById(requestersGroupId).bindings();
    expect(webGrant.map((b: { Name: string }) => b.Name)).toEqual(['Limited Access']);
    expect((await as('james.walker@pmohub.demo').web.lists.getByTitle('Notes').items()).map(i => i.Title)).toEqual(['board only']);
    expect((await spErrorOf(as('james.walker@pmohub.demo').web.lists.getByTitle('Notes').items.add({ Title: 'x' }))).status).toBe(403);
    expect((await notes.items.getById(secret.Id).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    const ras = await notes.items.getById(secret.Id).roleAssignments();
    expect(ras.map(r => r.PrincipalId)).toEqual([requestersGroupId]);
    await notes.items.getById(secret.Id).resetRoleInheritance();
    expect((await reader.web.lists.getByTitle('Notes').items()).map(i => i.Title)).toEqual(['public note', 'board only']);
  });
});

describe('version history', () => {
  it('needs View Versions besides View Items: a level without it reads the item, and its versions answer 403', async () => {
    const noHistory = await owner.web.roleDefinitions.add('Read without history', 'Read, no View Versions', 210, { High: 176, Low: 138612833 - 0x40 });
    const id = (noHistory.data as { Id: number }).Id;
    await owner.web.lists.add('Minutes');
    const minutes = owner.web.lists.getByTitle('Minutes');
    await minutes.update({ EnableVersioning: true });
    const item = await minutes.items.add({ Title: 'First draft' });
    await minutes.items.getById(item.Id).update({ Title: 'Second draft' });
    await minutes.breakRoleInheritance(false, false);
    await minutes.roleAssignments.add(requestersGroupId, id);
    await minutes.roleAssignments.add(4, 1073741826);
    const james = as('james.walker@pmohub.demo').web.lists.getByTitle('Minutes');
    expect((await james.items.getById(item.Id).select('Title')()).Title).toBe('Second draft');
    expect((await spErrorOf(james.items.getById(item.Id).versions())).status).toBe(403);
    const reader = as('thomas.wright@pmohub.demo').web.lists.getByTitle('Minutes');
    expect((await reader.items.getById(item.Id).versions()).map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['2.0', '1.0']);
  });
});

describe('lookup projections are security trimmed', () => {
  it('projects a lookup only into items the caller can read, in $expand and in $filter', async () => {
    await owner.web.lists.add('Links');
    const links = owner.web.lists.getByTitle('Links');
    const requests = await owner.web.lists.getByTitle('Requests').select('Id')<{ Id: string }>();
    await links.fields.addLookup('Req', { LookupListId: requests.Id, LookupFieldName: 'Title' });
    await links.breakRoleInheritance(true, false);
    await links.roleAssignments.add(requestersGroupId, 1073741827);
    const lena = as('lena.hoffmann@pmohub.demo');
    const james = as('james.walker@pmohub.demo');
    const secret = await lena.web.lists.getByTitle('Requests').items.add({ Title: 'secret plan of Lena' });
    // James can add a row that points at Lena's request (the id exists), but must not read it through the row
    const row = await james.web.lists.getByTitle('Links').items.add({ Title: 'probe', ReqId: secret.Id });
    const read = (sp: SPFI): Promise<Array<{ Id: number; ReqId: number | null; Req: { Title: string } | null }>> =>
      sp.web.lists.getByTitle('Links').items.select('Id', 'ReqId', 'Req/Title').expand('Req').filter(`Id eq ${row.Id}`)();
    expect(await read(james)).toEqual([expect.objectContaining({ Id: row.Id, ReqId: secret.Id, Req: null })]);
    expect((await read(lena))[0].Req).toEqual(expect.objectContaining({ Title: 'secret plan of Lena' }));
    expect((await read(owner))[0].Req).toEqual(expect.objectContaining({ Title: 'secret plan of Lena' }));
    // probing the contents by guessing finds nothing for James, and the true guess for Lena
    const probe = (sp: SPFI, text: string): Promise<unknown[]> =>
      sp.web.lists.getByTitle('Links').items.select('Id').filter(`substringof('${text}', Req/Title)`)();
    expect(await probe(james, 'secret')).toEqual([]);
    expect(await probe(lena, 'secret')).toHaveLength(1);
    expect(await james.web.lists.getByTitle('Links').items.select('Id').filter('Req/Title eq null')()).toHaveLength(1);
  });
});
