/**
 * Saved views of the portfolio: applying a view to rows, the built-in default, validation, and the
 * JSON a view is stored as (PortfolioViews list).
 */
import { isCode } from '../vocabulary';
import { DEFAULT_COLUMNS, PORTFOLIO_COLUMNS, withRequiredColumns, type PortfolioColumnKey } from './columns';
import { compactFilters, matchesFilters, type IPortfolioFilters } from './filters';
import { GROUP_BY_OPTIONS, type PortfolioGroupBy } from './grouping';
import { RAG_DIMENSIONS, RAG_FILTER_VALUES } from './rag';
import { LIFECYCLE_STATES, STAGES, type IPortfolioRow } from './row';
import { matchesSearch } from './search';
import { sortRows, type ISortKey, type TextCompare } from './sort';

/** A saved view of the portfolio. */
export interface IPortfolioView {
  name: string;
  columns: PortfolioColumnKey[];
  filters: IPortfolioFilters;
  groupBy?: PortfolioGroupBy;
  sort: ISortKey[];
  search: string;
}

/** Filters, searches and sorts rows as a view says (grouping is applied on top by the grid). */
export function applyView(rows: ReadonlyArray<IPortfolioRow>, view: Pick<IPortfolioView, 'filters' | 'search' | 'sort'>, compare?: TextCompare): IPortfolioRow[] {
  const kept = rows.filter(r => matchesFilters(r, view.filters) && matchesSearch(r, view.search));
  return sortRows(kept, view.sort, compare);
}

/** The built-in default view: every project, by title. */
export function defaultView(name: string = ''): IPortfolioView {
  return { name, columns: DEFAULT_COLUMNS.slice(), filters: {}, sort: [{ column: 'title', descending: false }], search: '' };
}

/** Version of the saved-view JSON. */
export const VIEW_FORMAT_VERSION: number = 1;

/** Maximum length of a view name (SharePoint's Title). */
export const VIEW_NAME_MAX: number = 255;

/** A problem of a saved view: a code (the UI translates it) and where. */
export interface IViewProblem {
  code: 'nameRequired' | 'nameTooLong' | 'noColumns' | 'unknownColumn' | 'duplicateColumn' | 'unknownSort' | 'unknownGroupBy' | 'badFilter' | 'badFormat';
  detail?: string;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(x => typeof x === 'string');
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every(x => typeof x === 'number' && isFinite(x));
}

/** The problems of a view's filters (stored JSON: anything may be in it). */
function filterProblems(filters: IPortfolioFilters): IViewProblem[] {
  const out: IViewProblem[] = [];
  const f = filters as unknown as Record<string, unknown>;
  if (!f || typeof f !== 'object') return [{ code: 'badFilter' }];
  for (const k of ['statuses', 'stages', 'departments']) if (f[k] !== undefined && !isStringArray(f[k])) out.push({ code: 'badFilter', detail: k });
  for (const k of ['programmeIds', 'projectManagerIds', 'objectiveIds']) if (f[k] !== undefined && !isNumberArray(f[k])) out.push({ code: 'badFilter', detail: k });
  if (f.rag !== undefined && !(isStringArray(f.rag) && f.rag.every(v => isCode(RAG_FILTER_VALUES, v)))) out.push({ code: 'badFilter', detail: 'rag' });
  if (f.ragDimension !== undefined && !isCode(RAG_DIMENSIONS, f.ragDimension)) out.push({ code: 'badFilter', detail: 'ragDimension' });
  if (f.withoutProgramme !== undefined && typeof f.withoutProgramme !== 'boolean') out.push({ code: 'badFilter', detail: 'withoutProgramme' });
  if (f.statuses !== undefined && isStringArray(f.statuses) && f.statuses.some(s => !isCode(LIFECYCLE_STATES, s))) out.push({ code: 'badFilter', detail: 'statuses' });
  if (f.stages !== undefined && isStringArray(f.stages) && f.stages.some(s => !isCode(STAGES, s))) out.push({ code: 'badFilter', detail: 'stages' });
  return out;
}

/** Every problem of a view (empty when it is valid). */
export function validateView(view: IPortfolioView): IViewProblem[] {
  const out: IViewProblem[] = [];
  const name = typeof view.name === 'string' ? view.name.trim() : '';
  if (!name) out.push({ code: 'nameRequired' });
  else if (name.length > VIEW_NAME_MAX) out.push({ code: 'nameTooLong' });
  if (!Array.isArray(view.columns) || view.columns.length === 0) out.push({ code: 'noColumns' });
  else {
    view.columns.forEach((c, i) => {
      if (PORTFOLIO_COLUMNS.indexOf(c) < 0) out.push({ code: 'unknownColumn', detail: String(c) });
      else if (view.columns.indexOf(c) !== i) out.push({ code: 'duplicateColumn', detail: c });
    });
  }
  if (!Array.isArray(view.sort)) out.push({ code: 'unknownSort' });
  else for (const k of view.sort) if (!k || PORTFOLIO_COLUMNS.indexOf(k.column) < 0 || typeof k.descending !== 'boolean') out.push({ code: 'unknownSort', detail: String(k && k.column) });
  if (view.groupBy !== undefined && GROUP_BY_OPTIONS.indexOf(view.groupBy) < 0) out.push({ code: 'unknownGroupBy', detail: String(view.groupBy) });
  out.push(...filterProblems(view.filters));
  if (typeof view.search !== 'string') out.push({ code: 'badFormat', detail: 'search' });
  return out;
}

/** The JSON stored for a view (the name is stored as the item's Title, not in the JSON). Throws on an invalid view. */
export function serializeView(view: IPortfolioView): string {
  const problems = validateView(view);
  if (problems.length) throw new Error(`Invalid portfolio view: ${problems.map(p => p.code + (p.detail ? `(${p.detail})` : '')).join(', ')}`);
  const body: Record<string, unknown> = { v: VIEW_FORMAT_VERSION, columns: view.columns, filters: compactFilters(view.filters), sort: view.sort.map(k => ({ column: k.column, descending: k.descending })) };
  if (view.groupBy) body.groupBy = view.groupBy;
  if (view.search.trim()) body.search = view.search.trim();
  return JSON.stringify(body);
}

/**
 * Reads a stored view. Unknown columns (e.g. from a newer release) are dropped rather than failing;
 * anything else invalid gives problems instead of a view.
 */
export function parseView(name: string, json: string): { view?: IPortfolioView; problems: IViewProblem[] } {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { problems: [{ code: 'badFormat', detail: 'json' }] };
  }
  if (!raw || typeof raw !== 'object' || typeof raw.v !== 'number' || raw.v > VIEW_FORMAT_VERSION) return { problems: [{ code: 'badFormat', detail: 'version' }] };
  const stored = (isStringArray(raw.columns) ? raw.columns : []).filter(c => PORTFOLIO_COLUMNS.indexOf(c as PortfolioColumnKey) >= 0) as PortfolioColumnKey[];
  // A view stored before the project column was required gets it back (an empty list stays a problem).
  const columns = stored.length ? withRequiredColumns(stored) : stored;
  const sort = (Array.isArray(raw.sort) ? raw.sort as ISortKey[] : []).filter(k => k && PORTFOLIO_COLUMNS.indexOf(k.column) >= 0);
  const view: IPortfolioView = {
    name,
    columns,
    filters: (raw.filters && typeof raw.filters === 'object' ? raw.filters : {}) as IPortfolioFilters,
    sort,
    search: typeof raw.search === 'string' ? raw.search : ''
  };
  if (raw.groupBy !== undefined) view.groupBy = raw.groupBy as PortfolioGroupBy;
  const problems = validateView(view);
  return problems.length ? { problems } : { view, problems };
}
