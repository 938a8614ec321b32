import { pageUrl, PROJECT_PAGE_QUERY_PARAM, ProjectPage } from '../../schema/pages';

/** The query parameter of the Project page that shows its printable status report: `Project.aspx?projectId=12&print=1`. */
export const PRINT_QUERY_PARAM: string = 'print';

/** Whether a page address asks for the printable status report (`print=1`). */
export function isPrintAddress(search: string): boolean {
  return new URLSearchParams(search.replace(/^\?/, '')).get(PRINT_QUERY_PARAM) === '1';
}

/** The Project page's address of a project, printable (`print`) or not. */
export function projectPageHref(siteUrl: string, projectId: number, print: boolean): string {
  return `${siteUrl.replace(/\/$/, '')}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}${print ? `&${PRINT_QUERY_PARAM}=1` : ''}`;
}
