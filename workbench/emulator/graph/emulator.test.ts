/**
 * The Graph module behind the workbench's own server (startEmulator): routing of /graph/v1.0,
 * identity, paging links, $batch and recorded notifications, with the real Graph client.
 */
import { Client, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { demoUsers, findDemoUser } from '../../directory';
import { localEnvironment, WORKBENCH_TOKEN_PREFIX, WORKBENCH_USER_HEADER } from '../../../src/services/environment';
import { startEmulator } from '../index';
import { listNotifications, type IRecordedNotification } from './index';

type Site = Awaited<ReturnType<typeof startEmulator>>;

/** The real Graph client as built by localEnvironment, plus the user header (see graph.test.ts). */
function graphAs(site: Site, user: string): Client {
  const authProvider: AuthenticationProvider = { getAccessToken: () => Promise.resolve(WORKBENCH_TOKEN_PREFIX + user) };
  const base = site.graphUrl.replace(/\/v1\.0\/?$/, '/');
  return Client.initWithMiddleware({
    authProvider, baseUrl: base, defaultVersion: 'v1.0', customHosts: new Set([new URL(base).hostname]),
    fetchOptions: { headers: { [WORKBENCH_USER_HEADER]: user } }
  });
}

describe('Graph through startEmulator', () => {
  let site: Site;
  beforeAll(async () => { site = await startEmulator({ port: 0 }); });
  afterAll(async () => { await site.stop(); });

  it('answers /me for the site owner (localEnvironment as is) and for another user', async () => {
    const owner = (await localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl }).graph.api('/me').get()) as { displayName: string };
    expect(owner.displayName).toBe('Olivia Bennett');
    const luc = (await graphAs(site, 'luc.moreau@pmohub.demo').api('/me').select('mail').get()) as { mail: string };
    expect(luc.mail).toBe('luc.moreau@pmohub.demo');
  });

  it('follows @odata.nextLink across all users', async () => {
    const g = graphAs(site, 'anna.schmidt@pmohub.demo');
    let page = (await g.api('/users').top(10).select('id').get()) as { value: Array<{ id: string }>; '@odata.nextLink'?: string };
    const ids = page.value.map(u => u.id);
    while (page['@odata.nextLink']) {
      page = (await g.api(page['@odata.nextLink']).get()) as typeof page;
      ids.push(...page.value.map(u => u.id));
    }
    expect(ids).toEqual(demoUsers.map(u => u.id));
  });

  it('records notifications visible through listNotifications and /_workbench/notifications', async () => {
    const emma = findDemoUser('emma.clarke@pmohub.demo')!;
    await graphAs(site, 'anna.schmidt@pmohub.demo').api(`/users/${emma.userPrincipalName}/teamwork/sendActivityNotification`).post({
      topic: { source: 'entityUrl', value: `${site.graphUrl}/users/${emma.id}` },
      activityType: 'gateDecision',
      previewText: { content: 'Gate 2 approved' }
    });
    const [n] = listNotifications(site.emulator.db) as IRecordedNotification[];
    expect(n).toMatchObject({ activityType: 'gateDecision', sender: { userPrincipalName: 'anna.schmidt@pmohub.demo' }, recipient: { id: emma.id } });
    const viaHttp = (await (await fetch(`${site.url}/_workbench/notifications`)).json()) as IRecordedNotification[];
    expect(viaHttp[0].id).toBe(n.id);
  });

  it('runs a JSON $batch', async () => {
    const res = (await graphAs(site, 'anna.schmidt@pmohub.demo').api('/$batch').post({
      requests: [
        { id: 'a', method: 'GET', url: '/me?$select=displayName' },
        { id: 'b', method: 'GET', url: '/me/manager?$select=displayName', dependsOn: ['a'] }
      ]
    })) as { responses: Array<{ id: string; status: number; body: { displayName: string } }> };
    expect(res.responses.map(r => [r.id, r.status, r.body.displayName])).toEqual([['a', 200, 'Anna Schmidt'], ['b', 200, 'Olivia Bennett']]);
  });
});
