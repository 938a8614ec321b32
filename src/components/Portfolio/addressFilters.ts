/**
 * The Portfolio's filters in a page address, so that another page (the Dashboard's tiles, charts and
 * tables) can open the Portfolio filtered: `SitePages/Portfolio.aspx?programme=3&department=Finance&rag=Red`.
 * A parameter may repeat (values of one filter are OR-ed, as in the filter pane); unknown values are
 * dropped. Pure: reads and writes query strings only.
 *
 * | parameter   | filter (IPortfolioFilters)            | values                                   |
 * |-------------|---------------------------------------|------------------------------------------|
 * | `programme` | `programmeIds` / `withoutProgramme`   | a Programmes item id, or `none`          |
 * | `department`| `departments`                         | the department's name                    |
 * | `objective` | `objectiveIds`                        | a StrategicObjectives item id            |
 * | `status`    | `statuses`                            | a lifecycle status code (Active, …)      |
 * | `rag`       | `rag` (overall)                       | Green, Amber, Red or None (no report)    |
 */
import { LIFECYCLE_STATES, RAG_FILTER_VALUES, compactFilters, type IPortfolioFilters, type RagFilterValue } from '../../domain/portfolio';

/** The parameter names of the filters in the address. */
export const FILTER_PARAMS = { programme: 'programme', department: 'department', objective: 'objective', status: 'status', rag: 'rag' } as const;

/** The value of `programme` that stands for projects without a programme. */
export const NO_PROGRAMME_PARAM: string = 'none';

const ids = (values: string[]): number[] => values.filter(v => /^\d{1,9}$/.test(v)).map(Number).filter(n => n > 0);

/** The filters a page address carries (`location.search`, with or without its `?`); empty when it carries none. */
export function filtersOfAddress(search: string): IPortfolioFilters {
  const q = new URLSearchParams(search.replace(/^\?/, ''));
  const all = (name: string): string[] => q.getAll(name).map(v => v.trim()).filter(v => v !== '');
  const programmes = all(FILTER_PARAMS.programme);
  const statuses = all(FILTER_PARAMS.status).filter(s => LIFECYCLE_STATES.some(l => l === s));
  const rag = all(FILTER_PARAMS.rag).filter((r): r is RagFilterValue => RAG_FILTER_VALUES.some(v => v === r));
  return compactFilters({
    programmeIds: ids(programmes),
    withoutProgramme: programmes.some(p => p.toLowerCase() === NO_PROGRAMME_PARAM),
    departments: all(FILTER_PARAMS.department),
    objectiveIds: ids(all(FILTER_PARAMS.objective)),
    statuses,
    rag
  });
}

/** The query string (without `?`) of filters, in the order of the table above; '' for no filter. Filters the address cannot carry are left out. */
export function addressOfFilters(filters: IPortfolioFilters): string {
  const q = new URLSearchParams();
  for (const id of filters.programmeIds ?? []) q.append(FILTER_PARAMS.programme, String(id));
  if (filters.withoutProgramme) q.append(FILTER_PARAMS.programme, NO_PROGRAMME_PARAM);
  for (const d of filters.departments ?? []) q.append(FILTER_PARAMS.department, d);
  for (const id of filters.objectiveIds ?? []) q.append(FILTER_PARAMS.objective, String(id));
  for (const s of filters.statuses ?? []) q.append(FILTER_PARAMS.status, s);
  if (!filters.ragDimension || filters.ragDimension === 'overall') for (const r of filters.rag ?? []) q.append(FILTER_PARAMS.rag, r);
  return q.toString();
}

/** Whether an address carries any filter. */
export function hasAddressFilters(search: string): boolean {
  return Object.keys(filtersOfAddress(search)).length > 0;
}
