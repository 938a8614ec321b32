/** What the request lists show: the rows that match the search, in the order the user sorted by. Pure. */
import type { IRequestSummary } from '../../services/RequestService';
import { INTAKE_STATE_ORDER } from '../../domain/intake';
import { cleanSearchInput } from '../../domain/text';

/** The columns a request list sorts by. */
export type RequestSortKey = 'title' | 'state' | 'requester' | 'businessUnit' | 'budget' | 'submitted' | 'modified' | 'project';

/** A list's sort: a column and its direction. */
export interface IRequestSort {
  key: RequestSortKey;
  descending: boolean;
}

/** The lists open newest change first. */
export const DEFAULT_REQUEST_SORT: IRequestSort = { key: 'modified', descending: true };

/**
 * The requests whose title, business unit, requester or project code contains the search text
 * (cleaned and bounded by cleanSearchInput; case- and accent-insensitive in the user's locale).
 * Every request for a blank search; none for input that holds only control characters.
 */
export function searchRequests(items: ReadonlyArray<IRequestSummary>, raw: string, locale: string): IRequestSummary[] {
  const input = cleanSearchInput(raw);
  if (input.unsearchable) return [];
  if (!input.text) return items.slice();
  const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase(locale);
  const needle = fold(input.text);
  return items.filter(r => [r.title, r.businessUnit, r.requesterName, r.projectCode ?? ''].some(v => fold(v).indexOf(needle) >= 0));
}

/** A request's value in a column: text, a number, or undefined when empty. ISO dates compare as text in time order. */
function valueOf(key: RequestSortKey, r: IRequestSummary): string | number | undefined {
  switch (key) {
    case 'title': return r.title || undefined;
    case 'requester': return r.requesterName || undefined;
    case 'businessUnit': return r.businessUnit || undefined;
    case 'project': return r.projectCode || undefined;
    case 'submitted': return r.submitted || undefined;
    case 'modified': return r.modified || undefined;
    case 'budget': return r.budget;
    case 'state': return INTAKE_STATE_ORDER.indexOf(r.state);
  }
}

/** The requests sorted by a column (stable: equal rows keep the list's order, newest first); empty values last either way. */
export function sortRequests(items: ReadonlyArray<IRequestSummary>, sort: IRequestSort, locale: string): IRequestSummary[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const dates = sort.key === 'submitted' || sort.key === 'modified';
  return items
    .map((r, i) => ({ r, i, v: valueOf(sort.key, r) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : dates ? (a.v < b.v ? -1 : a.v > b.v ? 1 : 0) : collator.compare(String(a.v), String(b.v));
      return (sort.descending ? -c : c) || a.i - b.i;
    })
    .map(x => x.r);
}
