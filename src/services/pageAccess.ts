/**
 * The navigation rule of the PMO site, in one place for PMO Home's tiles, the site navigation and
 * the page host: a page is offered only when it exists on the site, the user can read its list and
 * has the permission on the site it requires (PMO Setup: site owners).
 */
import { pmoSchema, listByKey } from '../schema/pmoSchema';
import { pageUrl, sitePages } from '../schema/pages';
import { ProjectsList } from '../schema/refs';
import type { ISitePageSchema } from '../schema/types';

/** What the rule needs to know about the site, as the user sees it (see IHomeService.getSiteOverview). */
export interface IPageAccessInput {
  /** Web-relative URLs of the lists the user can see ('Lists/Projects'); SharePoint hides the others. */
  listUrls: ReadonlyArray<string>;
  /** Web-relative URLs of the site's pages ('SitePages/Portfolio.aspx'). */
  pageUrls: ReadonlyArray<string>;
  /** Whether the user can manage the site (Manage Web and Manage Permissions: site owners). */
  canManageSite?: boolean;
}

/** 'open': offer the page; 'missing': the site has no such page; 'forbidden': the user cannot read its list or lacks the site permission it needs. */
export type PageAccess = 'open' | 'missing' | 'forbidden';

/** The list whose presence means PMO Setup has run on the site. */
export const CORE_LIST: { readonly url: string } = ProjectsList;

function has(urls: ReadonlyArray<string>, url: string): boolean {
  const wanted = url.toLowerCase();
  return urls.some(u => u.toLowerCase() === wanted);
}

/** The web-relative URL of the list a page needs (undefined when it needs none). */
export function readListUrl(page: ISitePageSchema): string | undefined {
  return page.readList ? listByKey(pmoSchema, page.readList).url : undefined;
}

/** Whether `page` is offered to the user on `site` (see {@link PageAccess}). */
export function pageAccess(page: ISitePageSchema, site: IPageAccessInput): PageAccess {
  if (!has(site.pageUrls, pageUrl(page))) return 'missing';
  const list = readListUrl(page);
  if (list && !has(site.listUrls, list)) return 'forbidden';
  if (page.requires === 'manageSite' && !site.canManageSite) return 'forbidden';
  return 'open';
}

/** The pages of the site navigation: those the user is offered, in the schema's order. */
export function navigationPages(site: IPageAccessInput, pages: ReadonlyArray<ISitePageSchema> = sitePages): ISitePageSchema[] {
  return pages.filter(p => pageAccess(p, site) === 'open');
}
