/**
 * Tenant properties (storage entities) as SharePoint answers them: readable from any site of the
 * tenant, written and removed by a tenant admin only.
 */
import { startEmulator } from './index';
import { tenantPropertyCall } from './tenant';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;

const call = (path: string, init: { method?: string; user?: string; body?: unknown; accept?: string } = {}): Promise<Response> =>
  fetch(`${site.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: init.accept ?? 'application/json;odata=nometadata',
      'Content-Type': 'application/json',
      ...(init.user ? { 'X-Workbench-User': init.user } : {})
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body)
  });

beforeAll(async () => { site = await startEmulator({ port: 0 }); });
afterAll(async () => { await site.stop(); });

describe('GetStorageEntity / SetStorageEntity / RemoveStorageEntity', () => {
  it('answers an unset key with Value, Description and Comment null, at any site path and at the root', async () => {
    for (const path of ["/sites/pmo/_api/web/GetStorageEntity('PmoHubSiteUrl')", "/sites/marketing/_api/web/GetStorageEntity('PmoHubSiteUrl')", "/_api/web/GetStorageEntity('PmoHubSiteUrl')"]) {
      const r = await call(path, { user: 'anna.schmidt@pmohub.demo' });
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ Comment: null, Description: null, Value: null });
    }
  });

  it('lets the tenant admin set a property that every user then reads from every site (verbose too)', async () => {
    const set = await call('/sites/pmo/_api/web/SetStorageEntity', { method: 'POST', body: { key: 'PmoHubSiteUrl', value: `${site.siteUrl}`, description: 'PMO site', comments: 'deploy' } });
    expect(set.status).toBe(200);
    const r = await call("/sites/marketing/_api/web/GetStorageEntity('pmohubsiteurl')", { user: 'luca.bianchi@pmohub.demo' });
    expect(await r.json()).toEqual({ Comment: 'deploy', Description: 'PMO site', Value: site.siteUrl });
    const verbose = await call("/_api/web/GetStorageEntity('PmoHubSiteUrl')", { accept: 'application/json;odata=verbose' });
    expect((await verbose.json() as { d: { Value: string } }).d.Value).toBe(site.siteUrl);
  });

  it('refuses a user who is not a tenant admin with 403, and leaves the value as it was', async () => {
    const r = await call('/sites/marketing/_api/web/SetStorageEntity', { method: 'POST', user: 'anna.schmidt@pmohub.demo', body: { key: 'PmoHubSiteUrl', value: 'https://evil.example/' } });
    expect(r.status).toBe(403);
    const removed = await call("/sites/pmo/_api/web/RemoveStorageEntity('PmoHubSiteUrl')", { method: 'POST', user: 'anna.schmidt@pmohub.demo' });
    expect(removed.status).toBe(403);
    const read = await call("/sites/pmo/_api/web/GetStorageEntity('PmoHubSiteUrl')");
    expect((await read.json() as { Value: string }).Value).toBe(site.siteUrl);
  });

  it('refuses an unknown caller with 401, and a set without a key with 400', async () => {
    expect((await call("/sites/marketing/_api/web/GetStorageEntity('PmoHubSiteUrl')", { user: 'nobody@elsewhere.example' })).status).toBe(401);
    expect((await call('/sites/pmo/_api/web/SetStorageEntity', { method: 'POST', body: { value: 'x' } })).status).toBe(400);
  });

  it('removes a property for the tenant admin', async () => {
    expect((await call("/sites/pmo/_api/web/RemoveStorageEntity('PmoHubSiteUrl')", { method: 'POST' })).status).toBe(200);
    const read = await call("/sites/marketing/_api/web/GetStorageEntity('PmoHubSiteUrl')");
    expect((await read.json() as { Value: string | null }).Value).toBeNull();
  });

  it('serves no other request of a site that is not the PMO site', async () => {
    expect((await call('/sites/marketing/_api/web')).status).toBe(404);
    expect(tenantPropertyCall('/sites/marketing/_api/web/lists')).toBeUndefined();
    expect(tenantPropertyCall("/sites/a/b/_api/web/GetStorageEntity('k')")).toBeUndefined();
    expect(tenantPropertyCall("/sites/a/_api/web/GetStorageEntity('it''s')")).toEqual({ op: 'get', key: "it's" });
  });
});
