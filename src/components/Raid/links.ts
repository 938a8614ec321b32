import { pageUrl, PROJECT_PAGE_QUERY_PARAM, RaidPage } from '../../schema/pages';

/**
 * The address of a project's RAID log on the PMO site (`Raid.aspx?projectId=`). The later tabs'
 * chunk receives it as a function (ITabProps.raidLink) rather than importing the site's pages.
 */
export function raidPageOf(siteUrl: string, projectId: number): string {
  return `${siteUrl.replace(/\/$/, '')}/${pageUrl(RaidPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}`;
}
