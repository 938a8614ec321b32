import { startEmulator } from '../../workbench/emulator';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import { ProjectRequestsList, ProjectsList } from '../schema/refs';

describe('HomeService against the emulator', () => {
  let site: Awaited<ReturnType<typeof startEmulator>>;
  beforeAll(async () => { site = await startEmulator({ port: 0 }); });
  afterAll(async () => { await site.stop(); });

  it('reads the signed-in user and the site-relative URLs of the lists, in one batch', async () => {
    const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    await owner.sp.web.lists.add('Projects', 'PMO Hub projects', 100);
    await owner.sp.web.lists.add('ProjectRequests', 'Intake', 100);

    const services = createPmoServices(owner, {});
    const overview = await services.home.getSiteOverview();
    expect(overview.userDisplayName).toBe('Olivia Bennett');
    expect(overview.listUrls).toEqual(expect.arrayContaining([ProjectsList.url, ProjectRequestsList.url]));
    expect(overview.listUrls.every(u => u.indexOf('/sites/') !== 0)).toBe(true);
    expect(overview.pageUrls).toEqual([]);
  });

  it('reads the pages of the Site Pages library, site-relative', async () => {
    const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    await import('../platform/pnpPages');
    const page = await owner.sp.web.addClientsidePage('Portfolio', 'Portfolio');
    await page.save(true);
    const overview = await createPmoServices(owner, {}).home.getSiteOverview();
    expect(overview.pageUrls).toEqual(['SitePages/Portfolio.aspx']);
  });

  it('answers for another demo user with that user\'s name', async () => {
    const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    const visitors = await owner.sp.web.associatedVisitorGroup();
    await owner.sp.web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|thomas.wright@pmohub.demo');
    const reader = createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: 'thomas.wright@pmohub.demo' }), {});
    expect((await reader.home.getSiteOverview()).userDisplayName).toBe('Thomas Wright');
  });
});
