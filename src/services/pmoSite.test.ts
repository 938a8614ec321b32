import { startEmulator } from '../../workbench/emulator';
import { localEnvironment } from './environment';
import { pmoSiteFromProperty, PmoSiteUnreachableError, readPmoSiteProperty, resolvePmoSite, sameSite } from './pmoSite';
import { PMO_SITE_PROPERTY } from '../schema/tenant';
import type { SPFI } from '../platform/pnp';
import type { Queryable } from '@pnp/queryable';

describe('pmoSiteFromProperty', () => {
  const team = 'https://contoso.sharepoint.com/sites/marketing';

  it('takes the property when it names an https site on the same tenant host (no trailing slash, query or fragment)', () => {
    expect(pmoSiteFromProperty('https://contoso.sharepoint.com/sites/pmo/', team)).toBe('https://contoso.sharepoint.com/sites/pmo');
    expect(pmoSiteFromProperty(' https://CONTOSO.sharepoint.com/sites/pmo?x=1#y ', team)).toBe('https://contoso.sharepoint.com/sites/pmo');
  });

  it('keeps the current web when the property is unset, empty or not an absolute URL', () => {
    expect(pmoSiteFromProperty(undefined, team)).toBe(team);
    expect(pmoSiteFromProperty('', team)).toBe(team);
    expect(pmoSiteFromProperty('/sites/pmo', team)).toBe(team);
  });

  it('refuses another tenant, another host and plain http (the current web is read instead)', () => {
    expect(pmoSiteFromProperty('https://fabrikam.sharepoint.com/sites/pmo', team)).toBe(team);
    expect(pmoSiteFromProperty('https://contoso-my.sharepoint.com/personal/x', team)).toBe(team);
    expect(pmoSiteFromProperty('http://contoso.sharepoint.com/sites/pmo', team)).toBe(team);
    expect(pmoSiteFromProperty('javascript:alert(1)', team)).toBe(team);
  });

  it('accepts plain http only on a loopback host (the local workbench)', () => {
    expect(pmoSiteFromProperty('http://127.0.0.1:4321/sites/pmo', 'http://127.0.0.1:4321/sites/alpha')).toBe('http://127.0.0.1:4321/sites/pmo');
    expect(pmoSiteFromProperty('http://127.0.0.1:4322/sites/pmo', 'http://127.0.0.1:4321/sites/alpha')).toBe('http://127.0.0.1:4321/sites/alpha');
  });

  it('compares sites without case or trailing slash', () => {
    expect(sameSite('https://contoso.sharepoint.com/sites/PMO/', 'https://contoso.sharepoint.com/sites/pmo')).toBe(true);
    expect(sameSite('https://contoso.sharepoint.com/sites/pmo', 'https://contoso.sharepoint.com/sites/pmo2')).toBe(false);
  });
});

describe('resolvePmoSite against the emulator', () => {
  let site: Awaited<ReturnType<typeof startEmulator>>;
  let requests: string[] = [];
  const bind = (siteUrl: string, user?: string): SPFI => {
    const record = (instance: Queryable): Queryable => {
      instance.on.pre(async (url, init, result) => {
        requests.push(`${init.method ?? 'GET'} ${decodeURIComponent(new URL(url).pathname)}`);
        return [url, init, result];
      });
      return instance;
    };
    return localEnvironment({ siteUrl, graphUrl: site.graphUrl, user }).sp.using(record);
  };
  const owner = (): SPFI => bind(site.siteUrl);

  beforeAll(async () => {
    site = await startEmulator({ port: 0 });
    // Anna reads the PMO site (its Visitors group); Luca has no permission on it.
    await owner().web.siteGroups.getById(4).users.add('i:0#.f|membership|anna.schmidt@pmohub.demo');
  });
  afterAll(async () => { await site.stop(); });
  beforeEach(async () => {
    requests = [];
    await owner().web.removeStorageEntity(PMO_SITE_PROPERTY);
  });

  it('on the PMO site itself, without the property, reads the current web and nothing else', async () => {
    requests = [];
    await expect(resolvePmoSite(bind(site.siteUrl), site.siteUrl, u => bind(u))).resolves.toBe(site.siteUrl);
    expect(requests).toEqual([`GET /sites/pmo/_api/web/getStorageEntity('${PMO_SITE_PROPERTY}')`]);
  });

  it('in a team site (a Teams channel tab), binds to the PMO site the property names, after reading its web once', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, site.siteUrl, 'PMO Hub', 'set by deploy');
    const teamSite = `${site.url}/sites/marketing`;
    requests = [];
    await expect(resolvePmoSite(bind(teamSite, 'anna.schmidt@pmohub.demo'), teamSite, u => bind(u, 'anna.schmidt@pmohub.demo'))).resolves.toBe(site.siteUrl);
    expect(requests).toEqual([`GET /sites/marketing/_api/web/getStorageEntity('${PMO_SITE_PROPERTY}')`, 'GET /sites/pmo/_api/web']);
  });

  it('on the root site (a personal app) reads the property too', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, site.siteUrl);
    await expect(readPmoSiteProperty(bind(site.url))).resolves.toBe(site.siteUrl);
  });

  it('names the PMO site when the property points nowhere (404)', async () => {
    const nowhere = `${site.url}/sites/nowhere`;
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, nowhere);
    const teamSite = `${site.url}/sites/marketing`;
    const error = await resolvePmoSite(bind(teamSite), teamSite, u => bind(u)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PmoSiteUnreachableError);
    expect((error as PmoSiteUnreachableError).siteUrl).toBe(nowhere);
    expect((error as PmoSiteUnreachableError).status).toBe(404);
  });

  it('names the PMO site when the user may not read it (403), instead of reading the team site', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, site.siteUrl);
    const teamSite = `${site.url}/sites/marketing`;
    const stranger = 'luca.bianchi@pmohub.demo';
    const error = await resolvePmoSite(bind(teamSite, stranger), teamSite, u => bind(u, stranger)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PmoSiteUnreachableError);
    expect((error as PmoSiteUnreachableError).status).toBe(403);
    expect((error as PmoSiteUnreachableError).siteUrl).toBe(site.siteUrl);
  });

  it('ignores a property on another host and stays on the current web', async () => {
    await owner().web.setStorageEntity(PMO_SITE_PROPERTY, 'https://fabrikam.sharepoint.com/sites/pmo');
    await expect(resolvePmoSite(owner(), site.siteUrl, u => bind(u))).resolves.toBe(site.siteUrl);
  });
});
