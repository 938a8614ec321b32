/** The site address: one computation of the site's path and its list and page URLs. */
import { siteAddress } from './site';
import { ProjectsList, TemplatesList } from '../schema';

// The literal URLs here are what siteAddress is asserted to build (the schema's urls go in, the addresses
// SharePoint uses come out), so they are written out rather than taken from the schema.
describe('siteAddress', () => {
  it('splits an absolute URL into URL and path, with or without a trailing slash', () => {
    for (const input of ['https://contoso.sharepoint.com/sites/pmo', 'https://contoso.sharepoint.com/sites/pmo/']) {
      const site = siteAddress(input);
      expect([site.url, site.path]).toEqual(['https://contoso.sharepoint.com/sites/pmo', '/sites/pmo']);
      expect(site.listPath(ProjectsList)).toBe('/sites/pmo/Lists/Projects');
      expect(site.listUrl(TemplatesList)).toBe('https://contoso.sharepoint.com/sites/pmo/PmoTemplates');
      expect(site.pageUrl('SitePages/Portfolio.aspx')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
    }
  });

  it('handles a root site and a server-relative path', () => {
    expect(siteAddress('https://contoso.sharepoint.com').listPath(ProjectsList)).toBe('/Lists/Projects');
    const relative = siteAddress('/sites/pmo/');
    expect([relative.url, relative.path, relative.pageUrl('/SitePages/Home.aspx')]).toEqual(['/sites/pmo', '/sites/pmo', '/sites/pmo/SitePages/Home.aspx']);
  });

  it('refuses what is not a site URL', () => {
    expect(() => siteAddress('sites/pmo')).toThrow('Not a site URL: sites/pmo');
    expect(() => siteAddress('')).toThrow('Not a site URL');
  });
});
