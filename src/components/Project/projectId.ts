import { PROJECT_PAGE_QUERY_PARAM } from '../../schema/pages';

/**
 * The project the page shows: the one the web part is bound to in the property pane (a positive
 * whole number), else `?projectId=` of the page's address; undefined when neither names one.
 * @param bound The web part's `projectId` property as stored (text or number; '' when not bound).
 * @param search The page address's query string (`window.location.search`).
 */
export function projectIdFrom(bound: unknown, search: string): number | undefined {
  const asId = (value: unknown): number | undefined => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  return asId(bound) ?? asId(new URLSearchParams(search).get(PROJECT_PAGE_QUERY_PARAM) ?? undefined);
}
