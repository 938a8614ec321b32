/**
 * The Graph emulator, driven by the REAL @microsoft/microsoft-graph-client through the same
 * `localEnvironment` the services use. The emulator's Graph module is served by a tiny HTTP server
 * here (it reads the body and calls handleGraph, as the workbench server does).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { BatchRequestContent, BatchResponseContent, Client, PageIterator, ResponseType, type PageCollection, type AuthenticationProvider, type GraphError } from '@microsoft/microsoft-graph-client';
import { demoGroups, demoUsers, findDemoUser, siteOwner } from '../../directory';
import { localEnvironment, WORKBENCH_TOKEN_PREFIX, WORKBENCH_USER_HEADER } from '../../../src/services/environment';
import { handleGraph, initGraphStore, listNotifications, type IRecordedNotification } from './index';

interface IHarness { graphUrl: string; siteUrl: string; origin: string; db: DatabaseSync; stop: () => Promise<void> }

async function startGraph(): Promise<IHarness> {
  const db = new DatabaseSync(':memory:');
  initGraphStore(db);
  initGraphStore(db); // idempotent
  let origin = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      if (!url.startsWith('/graph/v1.0')) {
        res.writeHead(404).end();
        return;
      }
      handleGraph(req, res, url.slice('/graph/v1.0'.length), Buffer.concat(chunks), { db, origin }).catch((e: unknown) => {
        res.destroy(e instanceof Error ? e : new Error(String(e)));
      });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    graphUrl: `${origin}/graph/v1.0`,
    siteUrl: `${origin}/sites/pmo`,
    db,
    stop: () => new Promise<void>((resolve, reject) => server.close(e => (e ? reject(e) : resolve())))
  };
}

let h: IHarness;
const clients = new Map<string, { graph: Client }>();

/**
 * The real Graph client acting as a demo user; the site owner when omitted.
 *
 * The client is built like `localEnvironment` builds it, plus `fetchOptions` carrying the
 * X-Workbench-User header: graph-client v3 attaches the Authorization header only to https URLs
 * (GraphRequestUtil.isValidEndpoint), so against the http workbench the `wb-user:` token never
 * leaves the client. Until src/services/environment.ts adds the same fetchOptions, a user passed to
 * localEnvironment does not reach the emulator's Graph (the site owner answers instead).
 */
function as(user?: string): { graph: Client } {
  const key = user ?? '';
  let env = clients.get(key);
  if (!env) {
    const authProvider: AuthenticationProvider = { getAccessToken: () => Promise.resolve(WORKBENCH_TOKEN_PREFIX + key) };
    const base = h.graphUrl.replace(/\/v1\.0\/?$/, '/');
    env = {
      graph: Client.initWithMiddleware({
        authProvider,
        baseUrl: base,
        defaultVersion: 'v1.0',
        customHosts: new Set([new URL(base).hostname]),
        fetchOptions: { headers: user ? { [WORKBENCH_USER_HEADER]: user } : {} }
      })
    };
    clients.set(key, env);
  }
  return env;
}

/** The GraphError a failing call rejects with. */
async function failure(p: Promise<unknown>): Promise<GraphError> {
  try {
    await p;
  } catch (e) {
    return e as GraphError;
  }
  throw new Error('the call succeeded, a failure was expected');
}

const anna = findDemoUser('anna.schmidt@pmohub.demo')!;
const emma = findDemoUser('emma.clarke@pmohub.demo')!;
const pmoTeam = demoGroups.find(g => g.displayName === 'PMO Team')!;

interface IUserJson { id: string; displayName: string; mail?: string; userPrincipalName?: string; jobTitle?: string; department?: string; '@odata.type'?: string }
interface ICollection<T> { value: T[]; '@odata.nextLink'?: string; '@odata.count'?: number; '@odata.context': string }

beforeAll(async () => {
  h = await startGraph();
});

afterAll(async () => {
  await h.stop();
  h.db.close();
});

describe('identity and users', () => {
  it("localEnvironment's own Graph client reaches the emulator (as the site owner)", async () => {
    const env = localEnvironment({ siteUrl: h.siteUrl, graphUrl: h.graphUrl });
    const me = (await env.graph.api('/me').select('userPrincipalName').get()) as { userPrincipalName: string };
    expect(me.userPrincipalName).toBe(siteOwner.userPrincipalName);
  });

  it('GET /me answers the caller: the site owner by default, another user by token', async () => {
    const owner = (await as().graph.api('/me').get()) as IUserJson & Record<string, unknown>;
    expect(owner.id).toBe(siteOwner.id);
    expect(owner.displayName).toBe('Olivia Bennett');
    expect(owner['@odata.context']).toBe(`${h.graphUrl}/$metadata#users/$entity`);
    expect(Object.keys(owner)).toEqual(expect.arrayContaining(['businessPhones', 'givenName', 'surname', 'preferredLanguage', 'officeLocation']));
    expect(owner.department).toBeUndefined(); // not in Graph's default property set

    const me = (await as(anna.userPrincipalName).graph.api('/me').select(['displayName', 'department']).get()) as Record<string, unknown>;
    expect(me).toEqual({ '@odata.context': `${h.graphUrl}/$metadata#users(displayName,department)/$entity`, displayName: 'Anna Schmidt', department: 'Portfolio Management Office' });
  });

  it('GET /users/{upn} and /users/{id} find the same user; an unknown one is 404 Request_ResourceNotFound', async () => {
    const byUpn = (await as().graph.api(`/users/${emma.userPrincipalName}`).get()) as IUserJson;
    const byId = (await as().graph.api(`/users/${emma.id}`).get()) as IUserJson;
    expect(byUpn.id).toBe(emma.id);
    expect(byId.userPrincipalName).toBe('emma.clarke@pmohub.demo');
    const err = await failure(as().graph.api('/users/nobody@pmohub.demo').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.message).toBe("Resource 'nobody@pmohub.demo' does not exist or one of its queried reference-property objects are not present.");
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown user in the token is 401 InvalidAuthenticationToken', async () => {
    const err = await failure(as('mallory@elsewhere.example').graph.api('/me').get());
    expect(err.statusCode).toBe(401);
    expect(err.code).toBe('InvalidAuthenticationToken');
  });

  it('$search needs ConsistencyLevel: eventual, and then finds users by word prefixes', async () => {
    const err = await failure(as().graph.api('/users').search('"displayName:anna"').get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('Request_UnsupportedQuery');
    expect(err.message).toContain("ConsistencyLevel: eventual");

    const res = (await as().graph.api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:anna"').get()) as ICollection<IUserJson>;
    expect(res.value.map(u => u.displayName)).toEqual(['Anna Schmidt']);

    const bySurname = (await as().graph.api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:schm"').get()) as ICollection<IUserJson>;
    expect(bySurname.value.map(u => u.id)).toEqual([anna.id]);

    const either = (await as().graph.api('/users').header('ConsistencyLevel', 'eventual')
      .search('"displayName:luc" OR "mail:femke"').orderby('displayName').count(true).get()) as ICollection<IUserJson>;
    expect(either.value.map(u => u.displayName)).toEqual(['Femke Visser', 'Luc Moreau', 'Luca Bianchi']);
    expect(either['@odata.count']).toBe(3);

    // an escaped double quote inside a clause is accepted, as Graph does
    const quoted = (await as().graph.api('/users').header('ConsistencyLevel', 'eventual')
      .search(encodeURIComponent('"displayName:\\"anna\\""')).get()) as ICollection<IUserJson>;
    expect(quoted.value.map(u => u.displayName)).toEqual(['Anna Schmidt']);
    const inner = (await as().graph.api('/users').header('ConsistencyLevel', 'eventual')
      .search(encodeURIComponent('"displayName:an\\"na"')).get()) as ICollection<IUserJson>;
    expect(Array.isArray(inner.value)).toBe(true);
  });

  it('$filter: startswith, eq on mail/department/jobTitle, and/or, and escaped quotes', async () => {
    const g = as().graph;
    const lu = (await g.api('/users').filter("startswith(displayName,'Lu')").get()) as ICollection<IUserJson>;
    expect(lu.value.map(u => u.displayName).sort()).toEqual(['Luc Moreau', 'Luca Bianchi']);

    const byMail = (await g.api('/users').filter("mail eq 'MARCO.ROSSI@pmohub.demo'").get()) as ICollection<IUserJson>;
    expect(byMail.value.map(u => u.displayName)).toEqual(['Marco Rossi']);

    const board = (await g.api('/users').filter("department eq 'Executive Board' and (jobTitle eq 'Chief Financial Officer' or startswith(mail,'klaus'))")
      .select(['displayName', 'jobTitle']).get()) as ICollection<IUserJson>;
    expect(board.value).toEqual([
      { displayName: 'Klaus Fischer', jobTitle: 'Chief Information Officer' },
      { displayName: 'Isabelle Laurent', jobTitle: 'Chief Financial Officer' }
    ]);

    const quoted = (await g.api('/users').filter("displayName eq 'O''Brien'").get()) as ICollection<IUserJson>;
    expect(quoted.value).toEqual([]);

    const bad = await failure(g.api('/users').filter("displayName eq 'unterminated").get());
    expect(bad.statusCode).toBe(400);
    const unsupported = await failure(g.api('/users').filter("endswith(mail,'.demo')").get());
    expect(unsupported.code).toBe('Request_UnsupportedQuery');
  });

  it('$top pages with @odata.nextLink that the client follows', async () => {
    const g = as().graph;
    const first = (await g.api('/users').top(8).select('id').get()) as ICollection<IUserJson>;
    expect(first.value).toHaveLength(8);
    expect(first['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0\/users\?.*\$skiptoken=/);
    const ids = first.value.map(u => u.id);
    let next = first['@odata.nextLink'];
    while (next) {
      const page = (await g.api(next).get()) as ICollection<IUserJson>;
      ids.push(...page.value.map(u => u.id));
      next = page['@odata.nextLink'];
    }
    expect(ids).toEqual(demoUsers.map(u => u.id));
  });

  it("the client's PageIterator walks every page", async () => {
    const g = as().graph;
    const first = (await g.api('/users').top(5).select(['displayName']).get()) as PageCollection;
    const names: string[] = [];
    const it = new PageIterator(g, first, (u: { displayName: string }) => { names.push(u.displayName); return true; });
    await it.iterate();
    expect(names).toEqual(demoUsers.map(u => u.displayName));
  });

  it('$expand=manager embeds the manager', async () => {
    const me = (await as(anna.userPrincipalName).graph.api('/me').expand('manager($select=displayName)').select('displayName').get()) as { manager: { displayName: string } };
    expect(me.manager).toEqual({ '@odata.type': '#microsoft.graph.user', displayName: 'Olivia Bennett' });
  });

  it('photo: metadata and a generated, deterministic PNG per user', async () => {
    const g = as().graph;
    const meta = (await g.api(`/users/${anna.id}/photo`).get()) as Record<string, unknown>;
    expect(meta).toMatchObject({ '@odata.mediaContentType': 'image/png', height: 120, width: 120 });

    const bytes = Buffer.from((await g.api('/me/photo/$value').responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBe(120);
    expect(bytes.readUInt32BE(20)).toBe(120);
    const again = Buffer.from((await g.api(`/users/${siteOwner.userPrincipalName}/photo/$value`).responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer);
    expect(again.equals(bytes)).toBe(true);
    const annas = Buffer.from((await g.api(`/users/${anna.id}/photo/$value`).responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer);
    expect(annas.equals(bytes)).toBe(false);

    const sizes = (await g.api('/me/photos').get()) as ICollection<{ id: string; width: number }>;
    expect(sizes.value.map(p => p.id)).toContain('48X48');
    const small = Buffer.from((await g.api('/me/photos/48x48/$value').responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer);
    expect(small.readUInt32BE(16)).toBe(48);
    const odd = await failure(g.api('/me/photos/50x50/$value').get());
    expect(odd.statusCode).toBe(404);
    expect(odd.code).toBe('ImageNotFound');
  });

  it('manager: the demo manager, and 404 for a user without one', async () => {
    const mgr = (await as(anna.userPrincipalName).graph.api('/me/manager').get()) as IUserJson;
    expect(mgr['@odata.type']).toBe('#microsoft.graph.user');
    expect(mgr.displayName).toBe('Olivia Bennett');
    const err = await failure(as().graph.api('/me/manager').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.message).toContain("Resource 'manager' does not exist");
  });
});

describe('groups and teams', () => {
  it('group members, with $select and $top paging', async () => {
    const g = as().graph;
    const all = (await g.api(`/groups/${pmoTeam.id}/members`).select(['displayName', 'mail']).get()) as ICollection<IUserJson>;
    expect(all['@odata.context']).toBe(`${h.graphUrl}/$metadata#directoryObjects(displayName,mail)`);
    expect(all.value.map(u => u.displayName)).toEqual(['Olivia Bennett', 'Anna Schmidt', 'Luc Moreau', 'Sanne de Vries']);
    expect(all.value[0]).toEqual({ '@odata.type': '#microsoft.graph.user', displayName: 'Olivia Bennett', mail: 'olivia.bennett@pmohub.demo' });

    const page1 = (await g.api(`/groups/${pmoTeam.id}/members`).top(3).select('displayName').get()) as ICollection<IUserJson>;
    expect(page1.value).toHaveLength(3);
    const page2 = (await g.api(page1['@odata.nextLink']!).get()) as ICollection<IUserJson>;
    expect(page2.value.map(u => u.displayName)).toEqual(['Sanne de Vries']);
    expect(page2['@odata.nextLink']).toBeUndefined();

    const owners = (await g.api(`/groups/${pmoTeam.id}/owners`).get()) as ICollection<IUserJson>;
    expect(owners.value.map(u => u.id)).toEqual([siteOwner.id]);
  });

  it('groups by $filter and by id; memberOf lists typed groups', async () => {
    const g = as().graph;
    const found = (await g.api('/groups').filter("displayName eq 'Strategy Board'").get()) as ICollection<{ id: string; groupTypes: string[] }>;
    expect(found.value.map(x => x.id)).toEqual([demoGroups[1].id]);
    const teams = (await g.api('/groups').filter("resourceProvisioningOptions/Any(x:x eq 'Team')").select('displayName').get()) as ICollection<{ displayName: string }>;
    expect(teams.value.map(x => x.displayName)).toEqual(demoGroups.filter(x => x.isTeam).map(x => x.displayName));
    const one = (await g.api(`/groups/${pmoTeam.id}`).get()) as { displayName: string; mail: string; resourceProvisioningOptions: string[] };
    expect(one).toMatchObject({ displayName: 'PMO Team', mail: 'pmo@pmohub.demo', resourceProvisioningOptions: ['Team'] });

    const memberOf = (await as(emma.userPrincipalName).graph.api('/me/memberOf').get()) as ICollection<{ '@odata.type': string; displayName: string }>;
    expect(memberOf.value.map(x => [x['@odata.type'], x.displayName])).toEqual([
      ['#microsoft.graph.group', 'Project Managers'],
      ['#microsoft.graph.group', 'Digital Transformation Programme']
    ]);
  });

  it('joinedTeams, the team and its channels (General first)', async () => {
    const g = as(emma.userPrincipalName).graph;
    const joined = (await g.api('/me/joinedTeams').get()) as ICollection<{ id: string; displayName: string; isArchived: boolean }>;
    expect(joined.value.map(t => t.displayName)).toEqual(['Digital Transformation Programme']);
    const teamId = joined.value[0].id;
    const slim = (await g.api('/me/joinedTeams').select('id,displayName').get()) as ICollection<Record<string, unknown>>;
    expect(slim.value).toEqual([{ id: teamId, displayName: 'Digital Transformation Programme' }]);
    const team = (await g.api(`/teams/${teamId}`).get()) as { displayName: string; webUrl: string; summary: { membersCount: number } };
    expect(team.displayName).toBe('Digital Transformation Programme');
    expect(team.summary.membersCount).toBe(4);
    const channels = (await g.api(`/teams/${teamId}/channels`).get()) as ICollection<{ id: string; displayName: string; membershipType: string }>;
    expect(channels.value.map(c => c.displayName)).toEqual(['General', 'Cloud Migration']);
    expect(channels.value[0].id).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2$/);
    const again = (await g.api(`/teams/${teamId}/channels`).get()) as ICollection<{ id: string }>;
    expect(again.value.map(c => c.id)).toEqual(channels.value.map(c => c.id));

    const pmoChannels = (await as().graph.api(`/teams/${pmoTeam.id}/channels`).get()) as ICollection<{ displayName: string }>;
    expect(pmoChannels.value.map(c => c.displayName)).toEqual(['General', 'Portfolio Board', 'Reporting']);

    const notTeam = await failure(as().graph.api(`/teams/${demoGroups[1].id}`).get());
    expect(notTeam.statusCode).toBe(404);
    const outsider = await failure(as().graph.api(`/teams/${teamId}/channels`).get());
    expect(outsider.statusCode).toBe(403);
  });
});

describe('events', () => {
  interface IEventJson {
    id: string; subject: string; webLink: string; createdDateTime: string; isOrganizer: boolean;
    start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string };
    organizer: { emailAddress: { address: string } }; attendees: Array<{ emailAddress: { address: string }; type: string }>;
  }
  const gateReview = {
    subject: 'Gate review: ERP replacement',
    body: { contentType: 'text', content: 'Stage gate 2 <decision>' },
    start: { dateTime: '2026-11-23T09:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-11-23T10:30:00', timeZone: 'W. Europe Standard Time' },
    location: { displayName: 'Board room' },
    attendees: [{ emailAddress: { address: anna.mail, name: anna.displayName }, type: 'required' }]
  };

  it('POST /me/events creates (201) and GET lists with $filter, $orderby and $top', async () => {
    const g = as(emma.userPrincipalName).graph;
    const created = (await g.api('/me/events').post(gateReview)) as IEventJson;
    expect(created.id).toMatch(/^AAMkA/);
    expect(created.start).toEqual({ dateTime: '2026-11-23T08:00:00.0000000', timeZone: 'UTC' });
    expect(created.end).toEqual({ dateTime: '2026-11-23T09:30:00.0000000', timeZone: 'UTC' });
    expect(created.organizer.emailAddress.address).toBe(emma.mail);
    expect(created.webLink).toContain(encodeURIComponent(created.id));
    expect(Date.parse(created.createdDateTime)).toBeGreaterThan(Date.now() - 60_000);

    await g.api('/me/events').post({ ...gateReview, subject: 'Kick-off', attendees: [], start: { dateTime: '2026-12-01T14:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-12-01T15:00:00', timeZone: 'UTC' } });
    await g.api('/me/events').post({ ...gateReview, subject: 'Retrospective', attendees: [], start: { dateTime: '2026-10-01T14:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-10-01T15:00:00', timeZone: 'UTC' } });

    const upcoming = (await g.api('/me/events').filter("start/dateTime ge '2026-11-01T00:00:00'").orderby('start/dateTime desc').select(['subject', 'start']).get()) as ICollection<IEventJson>;
    expect(upcoming.value.map(e => e.subject)).toEqual(['Kick-off', 'Gate review: ERP replacement']);

    const page = (await g.api('/me/events').orderby('start/dateTime').top(2).get()) as ICollection<IEventJson>;
    expect(page.value.map(e => e.subject)).toEqual(['Retrospective', 'Gate review: ERP replacement']);
    const rest = (await g.api(page['@odata.nextLink']!).get()) as ICollection<IEventJson>;
    expect(rest.value.map(e => e.subject)).toEqual(['Kick-off']);

    const local = (await g.api(`/me/events/${created.id}`).header('Prefer', 'outlook.timezone="Pacific Standard Time"').get()) as IEventJson;
    expect(local.start).toEqual({ dateTime: '2026-11-23T00:00:00.0000000', timeZone: 'Pacific Standard Time' });

    // The attendee got the invitation in her own calendar.
    const annas = (await as(anna.userPrincipalName).graph.api('/me/events').get()) as ICollection<IEventJson>;
    expect(annas.value.map(e => [e.subject, e.isOrganizer])).toEqual([['Gate review: ERP replacement', false]]);

    await g.api(`/me/events/${created.id}`).delete();
    const gone = await failure(g.api(`/me/events/${created.id}`).get());
    expect(gone.statusCode).toBe(404);
    expect(gone.code).toBe('ErrorItemNotFound');
  });

  it('rejects an unknown time zone and an unknown property like Graph', async () => {
    const g = as(emma.userPrincipalName).graph;
    const tz = await failure(g.api('/me/events').post({ ...gateReview, start: { dateTime: '2026-11-23T09:00:00', timeZone: 'Mars Standard Time' } }));
    expect(tz.statusCode).toBe(400);
    expect(tz.code).toBe('TimeZoneNotSupportedException');
    const prop = await failure(g.api('/me/events').post({ ...gateReview, colour: 'red' }));
    expect(prop.code).toBe('RequestBodyRead');
    expect(prop.message).toContain("'colour'");
  });
});

describe('activity notifications', () => {
  const valid = {
    topic: { source: 'text', value: 'Status report due', webUrl: 'https://teams.microsoft.com/l/entity/pmo-hub/status' },
    activityType: 'statusReportDue',
    previewText: { content: 'The status report of ERP replacement is due on Friday' },
    templateParameters: [{ name: 'projectName', value: 'ERP replacement' }]
  };

  it('records a valid notification (204) with caller, recipient and time', async () => {
    const before = Date.now();
    const res: unknown = await as(anna.userPrincipalName).graph.api(`/users/${emma.id}/teamwork/sendActivityNotification`).post(valid);
    expect(res).toBeUndefined(); // 204 No Content
    const [latest] = listNotifications(h.db) as IRecordedNotification[];
    expect(latest).toMatchObject({
      scope: 'user',
      sender: { id: anna.id, userPrincipalName: anna.userPrincipalName },
      recipient: { id: emma.id, displayName: 'Emma Clarke' },
      activityType: 'statusReportDue',
      previewText: valid.previewText.content,
      templateParameters: valid.templateParameters,
      topic: valid.topic
    });
    expect(Date.parse(latest.createdDateTime)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('team-scoped notification fans out to all team members; newest first', async () => {
    await as().graph.api(`/teams/${pmoTeam.id}/sendActivityNotification`).post({
      ...valid,
      topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${pmoTeam.id}` },
      recipient: { '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient', teamId: pmoTeam.id }
    });
    const list = listNotifications(h.db) as IRecordedNotification[];
    expect(list.slice(0, 4).map(n => n.recipient.userPrincipalName).sort()).toEqual([...pmoTeam.members].sort());
    expect(list[0].id).toBeGreaterThan(list[list.length - 1].id);
  });

  it('rejects an invalid body with a 400 naming the field', async () => {
    const g = as().graph.api(`/users/${emma.id}/teamwork/sendActivityNotification`);
    const count = listNotifications(h.db).length;
    const noPreview = await failure(g.post({ ...valid, previewText: undefined }));
    expect(noPreview.statusCode).toBe(400);
    expect(noPreview.message).toContain('previewText');
    const noWebUrl = await failure(as().graph.api(`/users/${emma.id}/teamwork/sendActivityNotification`).post({ ...valid, topic: { source: 'text', value: 'x' } }));
    expect(noWebUrl.message).toContain('topic.webUrl');
    const badSource = await failure(as().graph.api(`/users/${emma.id}/teamwork/sendActivityNotification`).post({ ...valid, topic: { source: 'somewhere', value: 'x' } }));
    expect(badSource.message).toContain('topic.source');
    expect(listNotifications(h.db)).toHaveLength(count);
  });
});

describe('JSON $batch', () => {
  it('runs several requests, honours dependsOn, and answers per request', async () => {
    const env = as(emma.userPrincipalName);
    const batch = new BatchRequestContent([
      { id: '1', request: new Request(`${h.graphUrl}/me?$select=displayName`, { method: 'GET' }) },
      {
        id: '2',
        dependsOn: ['1'],
        request: new Request(`${h.graphUrl}/me/events`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ subject: 'Batched', start: { dateTime: '2027-01-04T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2027-01-04T10:00:00', timeZone: 'UTC' } })
        })
      },
      { id: '3', dependsOn: ['2'], request: new Request(`${h.graphUrl}/me/events?$filter=subject eq 'Batched'&$select=subject`, { method: 'GET' }) },
      { id: '4', dependsOn: ['3'], request: new Request(`${h.graphUrl}/users/nobody@pmohub.demo`, { method: 'GET' }) },
      { id: '5', dependsOn: ['4'], request: new Request(`${h.graphUrl}/me/manager`, { method: 'GET' }) }
    ]);
    const raw: unknown = await env.graph.api('/$batch').post(await batch.getContent());
    const res = new BatchResponseContent(raw as { responses: [] });
    const me = res.getResponseById('1');
    expect(me.status).toBe(200);
    expect(((await me.json()) as IUserJson).displayName).toBe('Emma Clarke');
    expect(res.getResponseById('2').status).toBe(201);
    const listed = (await res.getResponseById('3').json()) as ICollection<{ subject: string }>;
    expect(listed.value.map(e => e.subject)).toEqual(['Batched']);
    const missing = res.getResponseById('4');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('Request_ResourceNotFound');
    expect(res.getResponseById('5').status).toBe(424);
  });

  it('refuses more than 20 requests with Graph error', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const err = await failure(as().graph.api('/$batch').post({ requests }));
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('BadRequest');
    expect(err.message).toBe('Number of requests inside batch exceed the limit.');
  });
});

describe('errors', () => {
  it('an unknown segment is 400 BadRequest with Graph error body', async () => {
    const err = await failure(as().graph.api('/me/unicorns').get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('BadRequest');
    expect(err.message).toBe("Resource not found for the segment 'unicorns'.");
    expect(err.date).toBeInstanceOf(Date);
  });

  it('answers a CORS preflight (the local site calls Graph from the browser)', async () => {
    const res = await fetch(`${h.graphUrl}/me`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:4321', 'Access-Control-Request-Headers': 'x-workbench-user' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-workbench-user');
  });

  it('a method the resource does not take is 405', async () => {
    const err = await failure(as().graph.api('/me/manager').post({}));
    expect(err.statusCode).toBe(405);
  });

  it('a raw response carries Graph headers and the error envelope', async () => {
    const res = await fetch(`${h.graphUrl}/users/nobody`, { headers: { Authorization: 'Bearer wb-user:anna.schmidt@pmohub.demo', 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    const body = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'innerError']);
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const viaHeader = await fetch(`${h.graphUrl}/me?$select=id`, { headers: { 'X-Workbench-User': 'i:0#.f|membership|luc.moreau@pmohub.demo' } });
    expect(((await viaHeader.json()) as { id: string }).id).toBe(findDemoUser('luc.moreau@pmohub.demo')!.id);
  });
});
