import { pageUrl, PROJECT_PAGE_QUERY_PARAM, sitePages } from '../../schema/pages';
import type { ISitePageSchema } from '../../schema/types';

/**
 * The project's areas the page links to, by the key of their page in src/schema/pages.ts, in the
 * order shown: RAID (risks, assumptions, issues, decisions), gates and benefits. They arrive with
 * later features: an area is linked only once its page is in the schema, so no link leads nowhere.
 */
export const PROJECT_AREAS: ReadonlyArray<{ pageKey: string; titleKey: string }> = [
  { pageKey: 'raid', titleKey: 'Project_Area_raid' },
  { pageKey: 'gates', titleKey: 'Project_Area_gates' },
  { pageKey: 'benefits', titleKey: 'Project_Area_benefits' }
];

/** A link to one of the project's areas: its title's loc key and its web-relative URL for the project. */
export interface IProjectAreaLink {
  pageKey: string;
  titleKey: string;
  /** E.g. 'SitePages/Raid.aspx?projectId=12'. */
  url: string;
}

/** The links to the project's areas whose pages exist in the schema, each opened for the project. */
export function projectAreaLinks(projectId: number, pages: ReadonlyArray<ISitePageSchema> = sitePages): IProjectAreaLink[] {
  const out: IProjectAreaLink[] = [];
  for (const area of PROJECT_AREAS) {
    const page = pages.filter(p => p.key === area.pageKey)[0];
    if (page) out.push({ ...area, url: `${pageUrl(page)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}` });
  }
  return out;
}
