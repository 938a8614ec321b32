import { projectIdFrom } from './projectId';
import { projectAreaLinks } from './areas';
import { sitePages } from '../../schema/pages';
import type { ISitePageSchema } from '../../schema/types';

describe('which project the page shows', () => {
  it('takes the bound project first, else ?projectId= of the address; only positive whole numbers', () => {
    expect(projectIdFrom('12', '?projectId=7')).toBe(12);
    expect(projectIdFrom(9, '')).toBe(9);
    expect(projectIdFrom('', '?user=x&projectId=7')).toBe(7);
    expect(projectIdFrom(undefined, '?projectId=%207%20')).toBe(7);
    for (const bad of ['?projectId=0', '?projectId=-3', '?projectId=1.5', '?projectId=7x', '?projectId=', '', '?project=4']) expect(projectIdFrom('', bad)).toBeUndefined();
    expect(projectIdFrom('abc', '?projectId=3')).toBe(3);
  });
});

describe("the project's areas", () => {
  const page = (key: string, file: string): ISitePageSchema => ({ key, file, title: 'x', webPart: { id: 'x', alias: 'x', properties: {} }, teamsTab: false });

  it('links the areas whose pages the schema has: the RAID log, the stage gates and the benefits today', () => {
    expect(projectAreaLinks(12)).toEqual([
      { pageKey: 'raid', titleKey: 'Project_Area_raid', url: 'SitePages/Raid.aspx?projectId=12' },
      { pageKey: 'gates', titleKey: 'Project_Area_gates', url: 'SitePages/Gates.aspx?projectId=12' },
      { pageKey: 'benefits', titleKey: 'Project_Area_benefits', url: 'SitePages/Benefits.aspx?projectId=12' }
    ]);
    expect(projectAreaLinks(12, sitePages.filter(p => p.key !== 'gates')).map(l => l.pageKey)).toEqual(['raid', 'benefits']);
  });

  it('links an area once its page is in the schema, opened for the project, in the areas\' order', () => {
    const links = projectAreaLinks(12, [...sitePages.filter(p => p.key !== 'raid' && p.key !== 'benefits'), page('benefits', 'Benefits.aspx'), page('raid', 'Raid.aspx')]);
    expect(links.map(l => [l.pageKey, l.url])).toEqual([['raid', 'SitePages/Raid.aspx?projectId=12'], ['gates', 'SitePages/Gates.aspx?projectId=12'], ['benefits', 'SitePages/Benefits.aspx?projectId=12']]);
  });
});
