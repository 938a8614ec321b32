/**
 * The portfolio overview's rules, pure (no I/O): the row model of one project, filtering, text
 * search, multi-key sort, grouping with counts, the programme roll-up, the saved-view model
 * (validation and serialisation), the Teams tab's default filter, and the denormalised "latest
 * status" and "next milestone" a project carries.
 */
import { excelDateOf } from './dates';

/** A RAG value as SharePoint stores it (Choice codes). */
export type Rag = 'Green' | 'Amber' | 'Red';

/** A RAG filter value: a RAG, or 'None' for projects without a published status report. */
export type RagFilterValue = Rag | 'None';

/** The RAG dimensions of a highlight report. */
export type RagDimension = 'overall' | 'schedule' | 'cost' | 'scope' | 'risk';

/** Every RAG dimension, overall first. */
export const RAG_DIMENSIONS: ReadonlyArray<RagDimension> = ['overall', 'schedule', 'cost', 'scope', 'risk'];

/** RAG values, worst first. */
export const RAG_VALUES: ReadonlyArray<Rag> = ['Red', 'Amber', 'Green'];

/** PRINCE2 stages in lifecycle order (Projects.Prince2Stage codes). */
export const STAGES: ReadonlyArray<string> = ['StartingUp', 'Initiation', 'Delivery', 'Closing'];

/** Lifecycle states in order (Projects.LifecycleStatus codes). */
export const LIFECYCLE_STATES: ReadonlyArray<string> = ['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled'];

/** A person as the portfolio shows them. */
export interface IPortfolioPerson {
  /** SharePoint site user id. */
  id: number;
  /** Display name. */
  name: string;
  /** E-mail / user principal name (used for the Graph photo). */
  email?: string;
}

/** A reference to an item of another list (programme, strategic objective). */
export interface IPortfolioRef {
  id: number;
  title: string;
}

/** The next open milestone of a project. */
export interface INextMilestone {
  title: string;
  /** The day, 'YYYY-MM-DD' (see domain/dates). */
  date: string;
}

/** One row of the portfolio: a project with its latest status. */
export interface IPortfolioRow {
  id: number;
  title: string;
  code?: string;
  summary?: string;
  programme?: IPortfolioRef;
  department?: string;
  projectManager?: IPortfolioPerson;
  sponsor?: IPortfolioPerson;
  /** PRINCE2 stage code. */
  stage?: string;
  /** Lifecycle status code. */
  status?: string;
  /** Latest published status per dimension (missing: no report yet). */
  rag: Partial<Record<RagDimension, Rag>>;
  /** Day of the latest published status report, 'YYYY-MM-DD'. */
  lastReportDate?: string;
  budget?: number;
  nextMilestone?: INextMilestone;
  /** Days 'YYYY-MM-DD'. */
  startDate?: string;
  endDate?: string;
  objectives: IPortfolioRef[];
  /** Entra group id of the project's team, if any. */
  teamsGroupId?: string;
}

/** The columns of the portfolio grid (and of the Excel export). */
export type PortfolioColumnKey =
  | 'title' | 'code' | 'programme' | 'department' | 'projectManager' | 'stage' | 'status'
  | 'ragOverall' | 'ragSchedule' | 'ragCost' | 'ragScope' | 'ragRisk'
  | 'budget' | 'nextMilestone' | 'nextMilestoneDate' | 'lastReportDate' | 'startDate' | 'endDate' | 'objectives';

/** Every column, in the order the column chooser lists them. */
export const PORTFOLIO_COLUMNS: ReadonlyArray<PortfolioColumnKey> = [
  'title', 'code', 'programme', 'department', 'projectManager', 'stage', 'status',
  'ragOverall', 'ragSchedule', 'ragCost', 'ragScope', 'ragRisk',
  'budget', 'nextMilestone', 'nextMilestoneDate', 'lastReportDate', 'startDate', 'endDate', 'objectives'
];

/** The columns of the built-in default view. */
export const DEFAULT_COLUMNS: ReadonlyArray<PortfolioColumnKey> = [
  'title', 'code', 'programme', 'projectManager', 'stage', 'status', 'ragOverall', 'budget', 'nextMilestone', 'nextMilestoneDate'
];

/** What the grid can be grouped by. */
export type PortfolioGroupBy = 'programme' | 'department' | 'stage' | 'status' | 'rag' | 'projectManager';

/** Every group-by option. */
export const GROUP_BY_OPTIONS: ReadonlyArray<PortfolioGroupBy> = ['programme', 'department', 'stage', 'status', 'rag', 'projectManager'];

/** The filters of the filter pane. An empty or missing list does not filter. */
export interface IPortfolioFilters {
  statuses?: string[];
  stages?: string[];
  programmeIds?: number[];
  /** Include projects without a programme (in addition to programmeIds). */
  withoutProgramme?: boolean;
  departments?: string[];
  projectManagerIds?: number[];
  /** RAG values of `ragDimension` (overall when omitted). */
  rag?: RagFilterValue[];
  ragDimension?: RagDimension;
  objectiveIds?: number[];
}

/** One sort key. */
export interface ISortKey {
  column: PortfolioColumnKey;
  descending: boolean;
}

/** A saved view of the portfolio. */
export interface IPortfolioView {
  name: string;
  columns: PortfolioColumnKey[];
  filters: IPortfolioFilters;
  groupBy?: PortfolioGroupBy;
  sort: ISortKey[];
  search: string;
}

// ------------------------------------------------------------------------------------------ values

const RAG_DIM_COLUMN: Record<RagDimension, PortfolioColumnKey> = {
  overall: 'ragOverall', schedule: 'ragSchedule', cost: 'ragCost', scope: 'ragScope', risk: 'ragRisk'
};

/** The grid column of a RAG dimension. */
export function ragColumn(dimension: RagDimension): PortfolioColumnKey {
  return RAG_DIM_COLUMN[dimension];
}

function ragDimensionOf(column: PortfolioColumnKey): RagDimension | undefined {
  for (const d of RAG_DIMENSIONS) if (RAG_DIM_COLUMN[d] === column) return d;
  return undefined;
}

/** Whether a column shows a RAG value. */
export function isRagColumn(column: PortfolioColumnKey): boolean {
  return ragDimensionOf(column) !== undefined;
}

/** Parses a stored RAG code; anything else is no RAG. */
export function toRag(value: unknown): Rag | undefined {
  return value === 'Green' || value === 'Amber' || value === 'Red' ? value : undefined;
}

/** Severity of a RAG for sorting and "worst of": Red 3, Amber 2, Green 1, none 0. */
export function ragSeverity(rag: Rag | undefined): number {
  return rag === 'Red' ? 3 : rag === 'Amber' ? 2 : rag === 'Green' ? 1 : 0;
}

/** The worst of several RAG values (undefined when none has one). */
export function worstRag(values: ReadonlyArray<Rag | undefined>): Rag | undefined {
  let worst: Rag | undefined;
  for (const v of values) if (ragSeverity(v) > ragSeverity(worst)) worst = v;
  return worst;
}

/**
 * The value of a column for sorting, searching and export: a string, a number (budget, dates as
 * epoch ms, RAG severity) or undefined when the project has none.
 */
export function columnValue(row: IPortfolioRow, column: PortfolioColumnKey): string | number | undefined {
  switch (column) {
    case 'title': return row.title;
    case 'code': return row.code || undefined;
    case 'programme': return row.programme?.title;
    case 'department': return row.department || undefined;
    case 'projectManager': return row.projectManager?.name;
    case 'stage': return row.stage ? STAGES.indexOf(row.stage) : undefined;
    case 'status': return row.status ? LIFECYCLE_STATES.indexOf(row.status) : undefined;
    case 'budget': return row.budget;
    case 'nextMilestone': return row.nextMilestone?.title;
    case 'nextMilestoneDate': return dateValue(row.nextMilestone?.date);
    case 'lastReportDate': return dateValue(row.lastReportDate);
    case 'startDate': return dateValue(row.startDate);
    case 'endDate': return dateValue(row.endDate);
    case 'objectives': return row.objectives.length ? row.objectives.map(o => o.title).join(', ') : undefined;
    default: {
      const d = ragDimensionOf(column);
      const sev = d ? ragSeverity(row.rag[d]) : 0;
      return sev === 0 ? undefined : sev;
    }
  }
}

function dateValue(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return isNaN(t) ? undefined : t;
}

// ------------------------------------------------------------------------------------------ search

/** Lower case without diacritics ("Müller" → "muller", "Lefèvre" → "lefevre", "Straße" → "strasse"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o').toLowerCase();
}

function searchText(row: IPortfolioRow): string {
  return foldText([
    row.title, row.code, row.programme?.title, row.department, row.projectManager?.name, row.summary,
    row.nextMilestone?.title, row.objectives.map(o => o.title).join(' ')
  ].filter(Boolean).join(' \u0001 '));
}

/**
 * Whether a row matches a search text: every word of the text (diacritics and case ignored) occurs
 * in the title, code, programme, department, project manager, description, next milestone or
 * objectives. An empty text matches everything.
 */
export function matchesSearch(row: IPortfolioRow, text: string): boolean {
  const words = foldText(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = searchText(row);
  return words.every(w => hay.indexOf(w) >= 0);
}

// ------------------------------------------------------------------------------------------ filters

function has<T>(list: ReadonlyArray<T> | undefined): list is ReadonlyArray<T> {
  return !!list && list.length > 0;
}

/** Whether a row passes every filter. Values of one filter are OR-ed, filters are AND-ed. */
export function matchesFilters(row: IPortfolioRow, f: IPortfolioFilters): boolean {
  if (has(f.statuses) && f.statuses.indexOf(row.status ?? '') < 0) return false;
  if (has(f.stages) && f.stages.indexOf(row.stage ?? '') < 0) return false;
  if (has(f.programmeIds) || f.withoutProgramme) {
    const inList = !!row.programme && has(f.programmeIds) && f.programmeIds.indexOf(row.programme.id) >= 0;
    const none = !row.programme && !!f.withoutProgramme;
    if (!inList && !none) return false;
  }
  if (has(f.departments)) {
    const dept = foldText(row.department ?? '');
    if (!f.departments.some(d => foldText(d) === dept)) return false;
  }
  if (has(f.projectManagerIds) && (!row.projectManager || f.projectManagerIds.indexOf(row.projectManager.id) < 0)) return false;
  if (has(f.rag)) {
    const value: RagFilterValue = row.rag[f.ragDimension ?? 'overall'] ?? 'None';
    if (f.rag.indexOf(value) < 0) return false;
  }
  if (has(f.objectiveIds)) {
    const ids = f.objectiveIds;
    if (!row.objectives.some(o => ids.indexOf(o.id) >= 0)) return false;
  }
  return true;
}

/** The number of filters in use (for the "Filters (n)" button). */
export function activeFilterCount(f: IPortfolioFilters): number {
  let n = 0;
  if (has(f.statuses)) n++;
  if (has(f.stages)) n++;
  if (has(f.programmeIds) || f.withoutProgramme) n++;
  if (has(f.departments)) n++;
  if (has(f.projectManagerIds)) n++;
  if (has(f.rag)) n++;
  if (has(f.objectiveIds)) n++;
  return n;
}

// ------------------------------------------------------------------------------------------ sort

/** A comparer of text in a locale (accents ignored at the first level, numbers in numeric order). */
export type TextCompare = (a: string, b: string) => number;

/** The default text comparer: Intl.Collator of the locale. */
export function textComparer(locale: string): TextCompare {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a, b);
}

/**
 * Sorts rows by several keys (stable; ties keep the input order, then ID). Empty values sort last
 * in both directions; RAG columns sort by severity (ascending: Green, Amber, Red).
 */
export function sortRows(rows: ReadonlyArray<IPortfolioRow>, keys: ReadonlyArray<ISortKey>, compare: TextCompare = textComparer('en')): IPortfolioRow[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((x, y) => {
    for (const k of keys) {
      const a = columnValue(x.row, k.column);
      const b = columnValue(y.row, k.column);
      if (a === undefined && b === undefined) continue;
      if (a === undefined) return 1;
      if (b === undefined) return -1;
      let c = typeof a === 'number' && typeof b === 'number' ? a - b : compare(String(a), String(b));
      if (k.descending) c = -c;
      if (c !== 0) return c;
    }
    return x.i - y.i;
  });
  return indexed.map(x => x.row);
}

/**
 * The sort after a click on a column header: the clicked column becomes the first key (ascending,
 * or flipped if it already was first); with `add` (Shift+click) it is added or flipped as a further
 * key instead.
 */
export function toggleSort(sort: ReadonlyArray<ISortKey>, column: PortfolioColumnKey, add: boolean = false): ISortKey[] {
  const existing = sort.filter(k => k.column === column)[0];
  if (add) {
    if (existing) return sort.map(k => (k.column === column ? { column, descending: !k.descending } : k));
    return [...sort, { column, descending: false }];
  }
  if (sort.length > 0 && sort[0].column === column) return [{ column, descending: !sort[0].descending }];
  return [{ column, descending: false }];
}

// ------------------------------------------------------------------------------------------ group

/** One group of the grid: rows [startIndex, startIndex + count) of the grouped row order. */
export interface IPortfolioGroup {
  /** Stable key ('' for "none"). */
  key: string;
  /** The value shown (a code for stage/status/RAG, a name otherwise); undefined for "none". */
  value?: string;
  startIndex: number;
  count: number;
}

function groupValue(row: IPortfolioRow, by: PortfolioGroupBy): { key: string; value?: string; order: number | string } {
  switch (by) {
    case 'programme': return row.programme ? { key: `p${row.programme.id}`, value: row.programme.title, order: row.programme.title } : { key: '', order: '' };
    case 'department': return row.department ? { key: `d${foldText(row.department)}`, value: row.department, order: row.department } : { key: '', order: '' };
    case 'projectManager': return row.projectManager ? { key: `u${row.projectManager.id}`, value: row.projectManager.name, order: row.projectManager.name } : { key: '', order: '' };
    case 'stage': return row.stage ? { key: row.stage, value: row.stage, order: STAGES.indexOf(row.stage) } : { key: '', order: 0 };
    case 'status': return row.status ? { key: row.status, value: row.status, order: LIFECYCLE_STATES.indexOf(row.status) } : { key: '', order: 0 };
    default: {
      const r = row.rag.overall;
      return r ? { key: r, value: r, order: -ragSeverity(r) } : { key: '', order: 0 };
    }
  }
}

/**
 * Groups rows (already filtered and sorted): groups in their natural order (names alphabetically,
 * stages and lifecycle states in lifecycle order, RAG worst first) with "none" last; inside a group
 * the rows keep their order. Returns the rows in group order and the groups with their counts.
 */
export function groupRows(rows: ReadonlyArray<IPortfolioRow>, by: PortfolioGroupBy, compare: TextCompare = textComparer('en')): { rows: IPortfolioRow[]; groups: IPortfolioGroup[] } {
  const buckets: Array<{ key: string; value?: string; order: number | string; rows: IPortfolioRow[] }> = [];
  const byKey: Record<string, number> = {};
  for (const row of rows) {
    const g = groupValue(row, by);
    let i = byKey[g.key];
    if (i === undefined) {
      i = buckets.length;
      byKey[g.key] = i;
      buckets.push({ ...g, rows: [] });
    }
    buckets[i].rows.push(row);
  }
  buckets.sort((a, b) => {
    if (a.key === '' || b.key === '') return a.key === b.key ? 0 : a.key === '' ? 1 : -1;
    if (typeof a.order === 'number' && typeof b.order === 'number') return a.order - b.order;
    return compare(String(a.order), String(b.order));
  });
  const out: IPortfolioRow[] = [];
  const groups: IPortfolioGroup[] = [];
  for (const b of buckets) {
    groups.push({ key: b.key, value: b.value, startIndex: out.length, count: b.rows.length });
    for (const r of b.rows) out.push(r);
  }
  return { rows: out, groups };
}

// ------------------------------------------------------------------------------------------ view

/** Filters, searches and sorts rows as a view says (grouping is applied on top by the grid). */
export function applyView(rows: ReadonlyArray<IPortfolioRow>, view: Pick<IPortfolioView, 'filters' | 'search' | 'sort'>, compare?: TextCompare): IPortfolioRow[] {
  const kept = rows.filter(r => matchesFilters(r, view.filters) && matchesSearch(r, view.search));
  return sortRows(kept, view.sort, compare);
}

/** The built-in default view: every project, by title. */
export function defaultView(name: string = ''): IPortfolioView {
  return { name, columns: DEFAULT_COLUMNS.slice(), filters: {}, sort: [{ column: 'title', descending: false }], search: '' };
}

// ------------------------------------------------------------------------------------------ roll-up

/** One programme's roll-up. */
export interface IProgrammeRollup {
  /** The programme (undefined: projects without a programme). */
  programme?: IPortfolioRef;
  projectCount: number;
  /** Sum of the projects' budgets (projects without a budget count 0). */
  budget: number;
  /** Worst overall RAG of its projects (undefined when none has a report). */
  worstRag?: Rag;
  /** Projects per overall RAG; 'None' counts projects without a report. */
  ragCounts: Record<RagFilterValue, number>;
}

/**
 * Rolls rows up by programme: project count, budget sum, worst overall RAG and the number of
 * projects per RAG. Programmes alphabetically, projects without a programme last.
 */
export function programmeRollup(rows: ReadonlyArray<IPortfolioRow>, compare: TextCompare = textComparer('en')): IProgrammeRollup[] {
  const map: Record<string, IProgrammeRollup> = {};
  const order: string[] = [];
  for (const r of rows) {
    const key = r.programme ? String(r.programme.id) : '';
    let roll = map[key];
    if (!roll) {
      roll = { programme: r.programme, projectCount: 0, budget: 0, ragCounts: { Red: 0, Amber: 0, Green: 0, None: 0 } };
      map[key] = roll;
      order.push(key);
    }
    roll.projectCount++;
    roll.budget = roundMoney(roll.budget + (r.budget ?? 0));
    roll.worstRag = worstRag([roll.worstRag, r.rag.overall]);
    roll.ragCounts[r.rag.overall ?? 'None']++;
  }
  return order.map(k => map[k]).sort((a, b) => {
    if (!a.programme || !b.programme) return a.programme === b.programme ? 0 : a.programme ? -1 : 1;
    return compare(a.programme.title, b.programme.title);
  });
}

function roundMoney(n: number): number {
  return Math.round(n * 100) / 100;
}

// ------------------------------------------------------------------------------------------ saved views

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
  const f = view.filters as unknown as Record<string, unknown>;
  if (!f || typeof f !== 'object') out.push({ code: 'badFilter' });
  else {
    for (const k of ['statuses', 'stages', 'departments']) if (f[k] !== undefined && !isStringArray(f[k])) out.push({ code: 'badFilter', detail: k });
    for (const k of ['programmeIds', 'projectManagerIds', 'objectiveIds']) if (f[k] !== undefined && !isNumberArray(f[k])) out.push({ code: 'badFilter', detail: k });
    if (f.rag !== undefined && !(isStringArray(f.rag) && f.rag.every(v => ['Green', 'Amber', 'Red', 'None'].indexOf(v) >= 0))) out.push({ code: 'badFilter', detail: 'rag' });
    if (f.ragDimension !== undefined && RAG_DIMENSIONS.indexOf(f.ragDimension as RagDimension) < 0) out.push({ code: 'badFilter', detail: 'ragDimension' });
    if (f.withoutProgramme !== undefined && typeof f.withoutProgramme !== 'boolean') out.push({ code: 'badFilter', detail: 'withoutProgramme' });
    if (f.statuses !== undefined && isStringArray(f.statuses) && f.statuses.some(s => LIFECYCLE_STATES.indexOf(s) < 0)) out.push({ code: 'badFilter', detail: 'statuses' });
    if (f.stages !== undefined && isStringArray(f.stages) && f.stages.some(s => STAGES.indexOf(s) < 0)) out.push({ code: 'badFilter', detail: 'stages' });
  }
  if (typeof view.search !== 'string') out.push({ code: 'badFormat', detail: 'search' });
  return out;
}

/** Drops empty filter lists so that stored views stay small and compare equal. */
export function compactFilters(f: IPortfolioFilters): IPortfolioFilters {
  const out: IPortfolioFilters = {};
  if (has(f.statuses)) out.statuses = f.statuses.slice();
  if (has(f.stages)) out.stages = f.stages.slice();
  if (has(f.programmeIds)) out.programmeIds = f.programmeIds.slice();
  if (f.withoutProgramme) out.withoutProgramme = true;
  if (has(f.departments)) out.departments = f.departments.slice();
  if (has(f.projectManagerIds)) out.projectManagerIds = f.projectManagerIds.slice();
  if (has(f.rag)) out.rag = f.rag.slice();
  if (has(f.rag) && f.ragDimension && f.ragDimension !== 'overall') out.ragDimension = f.ragDimension;
  if (has(f.objectiveIds)) out.objectiveIds = f.objectiveIds.slice();
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
  const columns = (isStringArray(raw.columns) ? raw.columns : []).filter(c => PORTFOLIO_COLUMNS.indexOf(c as PortfolioColumnKey) >= 0) as PortfolioColumnKey[];
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

// ------------------------------------------------------------------------------------------ Teams

/** What a Teams tab knows about its team. */
export interface ITeamScope {
  /** Entra group id of the team. */
  groupId: string;
  /** The team's display name. */
  name: string;
}

/** A programme as the Teams default needs it. */
export interface IProgrammeLink extends IPortfolioRef {
  /** Entra group id of the programme's team (Programmes.TeamsGroupId). */
  teamsGroupId?: string;
}

/**
 * The filter a Teams tab starts with: the programme linked to the team's group (Programmes.
 * TeamsGroupId; failing that, the programme most of the team's projects belong to, by
 * Projects.TeamsGroupId), else the department named like the team ("Finance" for "Finance" or
 * "Finance Department"), else no filter.
 */
export function teamDefaultFilters(team: ITeamScope, programmes: ReadonlyArray<IProgrammeLink>, rows: ReadonlyArray<IPortfolioRow>): IPortfolioFilters {
  const gid = team.groupId.toLowerCase();
  const linked = programmes.filter(p => (p.teamsGroupId ?? '').toLowerCase() === gid)[0];
  if (linked) return { programmeIds: [linked.id] };
  const votes: Record<number, number> = {};
  let best: number | undefined;
  for (const r of rows) {
    if (!r.programme || (r.teamsGroupId ?? '').toLowerCase() !== gid) continue;
    votes[r.programme.id] = (votes[r.programme.id] ?? 0) + 1;
    if (best === undefined || votes[r.programme.id] > votes[best]) best = r.programme.id;
  }
  if (best !== undefined) return { programmeIds: [best] };
  const teamName = foldText(team.name).trim();
  const depts: string[] = [];
  for (const r of rows) if (r.department && depts.indexOf(r.department) < 0) depts.push(r.department);
  const dept = depts.filter(d => {
    const f = foldText(d).trim();
    return f === teamName || `${f} department` === teamName || `department ${f}` === teamName || `${f} team` === teamName;
  })[0];
  return dept ? { departments: [dept] } : {};
}

// ------------------------------------------------------------------------------------------ denormalised summary

/** A milestone as the summary needs it. */
export interface IMilestoneInput {
  title: string;
  status?: string;
  baselineDate?: string;
  forecastDate?: string;
  actualDate?: string;
}

/** A status report as the summary needs it. */
export interface IStatusReportInput {
  id: number;
  reportDate: string;
  status?: string;
  rag: Partial<Record<RagDimension, Rag>>;
}

/** What Projects carries denormalised from StatusReports and Milestones. */
export interface IProjectSummary {
  rag: Partial<Record<RagDimension, Rag>>;
  lastReportDate?: string;
  nextMilestone?: INextMilestone;
}

/**
 * The next milestone: the open one (not achieved, not cancelled, no actual date) with the earliest
 * forecast date (baseline when there is no forecast). Overdue open milestones count: they are
 * still the next thing to reach.
 */
export function nextMilestone(milestones: ReadonlyArray<IMilestoneInput>): INextMilestone | undefined {
  let best: INextMilestone | undefined;
  let bestT = Infinity;
  for (const m of milestones) {
    if (m.status === 'Achieved' || m.status === 'Cancelled' || m.actualDate) continue;
    const date = m.forecastDate || m.baselineDate;
    const t = date ? Date.parse(date) : NaN;
    if (isNaN(t)) continue;
    if (t < bestT) {
      bestT = t;
      best = { title: m.title, date: date as string };
    }
  }
  return best;
}

/** The latest published report (by report date, then id). Drafts never count. */
export function latestPublishedReport(reports: ReadonlyArray<IStatusReportInput>): IStatusReportInput | undefined {
  let best: IStatusReportInput | undefined;
  for (const r of reports) {
    if (r.status !== 'Published') continue;
    const t = Date.parse(r.reportDate);
    if (isNaN(t)) continue;
    if (!best || t > Date.parse(best.reportDate) || (t === Date.parse(best.reportDate) && r.id > best.id)) best = r;
  }
  return best;
}

/** The denormalised summary of a project from its reports and milestones. */
export function projectSummary(reports: ReadonlyArray<IStatusReportInput>, milestones: ReadonlyArray<IMilestoneInput>): IProjectSummary {
  const latest = latestPublishedReport(reports);
  return { rag: latest ? { ...latest.rag } : {}, lastReportDate: latest?.reportDate, nextMilestone: nextMilestone(milestones) };
}

// ------------------------------------------------------------------------------------------ export

/** One cell of an exported table: text, a number or a date. */
export type ExportCell = string | number | Date | undefined;

/** How the export shows values the grid shows as codes (stage, status, RAG). */
export interface IExportLabels {
  column(key: PortfolioColumnKey): string;
  stage(code: string): string;
  status(code: string): string;
  rag(value: Rag): string;
}

/** The cell of one column as the export writes it (days as Date, see excelDateOf; budget as number; codes as labels). */
export function exportCell(row: IPortfolioRow, column: PortfolioColumnKey, labels: IExportLabels): ExportCell {
  switch (column) {
    case 'stage': return row.stage ? labels.stage(row.stage) : undefined;
    case 'status': return row.status ? labels.status(row.status) : undefined;
    case 'budget': return row.budget;
    case 'nextMilestoneDate': return excelDateOf(row.nextMilestone?.date);
    case 'lastReportDate': return excelDateOf(row.lastReportDate);
    case 'startDate': return excelDateOf(row.startDate);
    case 'endDate': return excelDateOf(row.endDate);
    default: {
      const d = ragDimensionOf(column);
      if (d) return row.rag[d] ? labels.rag(row.rag[d] as Rag) : undefined;
      const v = columnValue(row, column);
      return v === undefined ? undefined : String(v);
    }
  }
}

/** The exported table: a header row of column titles, then one row per project in view order. */
export function exportTable(rows: ReadonlyArray<IPortfolioRow>, columns: ReadonlyArray<PortfolioColumnKey>, labels: IExportLabels): ExportCell[][] {
  return [columns.map(c => labels.column(c)), ...rows.map(r => columns.map(c => exportCell(r, c, labels)))];
}
