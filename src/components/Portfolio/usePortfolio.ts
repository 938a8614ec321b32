import * as React from 'react';
import * as strings from 'PmoHubStrings';
import type { IPortfolioData, ISavedPortfolioView, IViewReplace, PortfolioViewScope } from '../../services/PortfolioService';
import { describeError, type IPmoError } from '../../services/errors';
import { errorText } from '../ErrorMessage/errorText';
import {
  applyView, defaultView, exportTable, groupRows, programmeRollup, teamDefaultFilters, textComparer, toggleSort,
  withRequiredColumns, type IPortfolioFilters, type IPortfolioGroup, type IPortfolioRow, type IPortfolioView, type IProgrammeRollup, type PortfolioColumnKey, type PortfolioGroupBy
} from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import type { IPortfolioProps, WorkbookWriter } from './IPortfolioProps';
import { exportLabels } from './labels';
import { filtersOfAddress } from './addressFilters';

/** The key of the built-in view in the view picker. */
export const DEFAULT_VIEW_KEY: string = 'default';

/** The view picker's key of a saved view. */
export function savedViewKey(v: Pick<ISavedPortfolioView, 'scope' | 'id'>): string {
  return `${v.scope}:${v.id}`;
}

/** A short message shown above the grid. */
export interface IPortfolioMessage {
  type: 'success' | 'error';
  text: string;
}

/** The portfolio's state. */
export interface IPortfolioState {
  status: 'loading' | 'ready' | 'error';
  data?: IPortfolioData;
  error?: IPmoError;
  /** A reload is running while the previous data stays on screen. */
  refreshing: boolean;
  view: IPortfolioView;
  /** DEFAULT_VIEW_KEY or savedViewKey() of the view the user picked. */
  viewKey: string;
  /** The Teams tab's default filter, when one applies; `teamFilterOn` says whether it is in the view. */
  teamFilter?: IPortfolioFilters;
  teamFilterOn: boolean;
  message?: IPortfolioMessage;
}

type Action =
  | { type: 'loading' }
  | { type: 'loaded'; data: IPortfolioData; initial: boolean; defaultViewName?: string; team?: { groupId: string; teamName: string }; addressFilters?: IPortfolioFilters }
  | { type: 'failed'; error: IPmoError }
  | { type: 'view'; view: IPortfolioView; viewKey?: string }
  | { type: 'teamFilter'; on: boolean }
  | { type: 'message'; message?: IPortfolioMessage }
  | { type: 'viewSaved'; saved: ISavedPortfolioView }
  | { type: 'viewDeleted'; scope: PortfolioViewScope; id: number };

function initialView(data: IPortfolioData, name: string | undefined): { view: IPortfolioView; viewKey: string } {
  const wanted = (name ?? '').trim().toLowerCase();
  const found = wanted ? data.views.filter(v => v.view.name.trim().toLowerCase() === wanted)[0] : undefined;
  return found ? { view: { ...found.view }, viewKey: savedViewKey(found) } : { view: defaultView(strings.Portfolio_DefaultViewName), viewKey: DEFAULT_VIEW_KEY };
}

function reducer(state: IPortfolioState, action: Action): IPortfolioState {
  switch (action.type) {
    case 'loading':
      return state.data ? { ...state, refreshing: true } : { ...state, status: 'loading', error: undefined };
    case 'failed':
      return { ...state, status: state.data ? 'ready' : 'error', error: action.error, refreshing: false, message: state.data ? { type: 'error', text: errorText(action.error) } : state.message };
    case 'loaded': {
      if (!action.initial) return { ...state, status: 'ready', data: action.data, refreshing: false, error: undefined };
      const start = initialView(action.data, action.defaultViewName);
      let teamFilter: IPortfolioFilters | undefined;
      if (action.team) {
        const f = teamDefaultFilters({ groupId: action.team.groupId, name: action.team.teamName }, action.data.programmes, action.data.rows);
        if (Object.keys(f).length) teamFilter = f;
      }
      let view = teamFilter ? { ...start.view, filters: { ...start.view.filters, ...teamFilter } } : start.view;
      // The filters the page address carries (a drill-down from the Dashboard) apply on top of the starting view.
      if (action.addressFilters && Object.keys(action.addressFilters).length > 0) view = { ...view, filters: { ...view.filters, ...action.addressFilters } };
      return { ...state, status: 'ready', data: action.data, refreshing: false, error: undefined, view, viewKey: start.viewKey, teamFilter, teamFilterOn: !!teamFilter };
    }
    case 'view':
      return { ...state, view: action.view, viewKey: action.viewKey ?? state.viewKey };
    case 'teamFilter': {
      if (!state.teamFilter) return state;
      const filters = { ...state.view.filters };
      if (action.on) Object.assign(filters, state.teamFilter);
      else for (const k of Object.keys(state.teamFilter)) delete (filters as Record<string, unknown>)[k];
      return { ...state, teamFilterOn: action.on, view: { ...state.view, filters } };
    }
    case 'message':
      return { ...state, message: action.message };
    case 'viewSaved': {
      if (!state.data) return state;
      const others = state.data.views.filter(v => !(v.scope === action.saved.scope && v.id === action.saved.id));
      return {
        ...state,
        data: { ...state.data, views: [...others, action.saved].sort((a, b) => (a.scope === b.scope ? a.view.name.localeCompare(b.view.name) : a.scope === 'shared' ? -1 : 1)) },
        viewKey: savedViewKey(action.saved),
        view: { ...action.saved.view },
        message: { type: 'success', text: formatString(strings.Portfolio_ViewSaved, action.saved.view.name) }
      };
    }
    case 'viewDeleted': {
      if (!state.data) return state;
      const gone = state.data.views.filter(v => v.scope === action.scope && v.id === action.id)[0];
      return {
        ...state,
        data: { ...state.data, views: state.data.views.filter(v => v !== gone) },
        viewKey: DEFAULT_VIEW_KEY,
        view: defaultView(strings.Portfolio_DefaultViewName),
        teamFilterOn: false,
        message: { type: 'success', text: formatString(strings.Portfolio_ViewDeleted, gone ? gone.view.name : '') }
      };
    }
    default:
      return state;
  }
}


/** What the grid shows, derived from the data and the view. */
export interface IPortfolioDisplay {
  /** Rows in display order (group order when grouped). */
  rows: IPortfolioRow[];
  groups?: IPortfolioGroup[];
  rollup: IProgrammeRollup[];
  total: number;
}

/** The portfolio's logic: loading (and reloading on focus), the view, saved views, export. */
export interface IUsePortfolio {
  state: IPortfolioState;
  display: IPortfolioDisplay;
  reload: () => void;
  setView: (view: IPortfolioView) => void;
  setFilters: (filters: IPortfolioFilters) => void;
  setSearch: (text: string) => void;
  setGroupBy: (groupBy: PortfolioGroupBy | undefined) => void;
  setColumns: (columns: PortfolioColumnKey[]) => void;
  sortBy: (column: PortfolioColumnKey, add: boolean) => void;
  selectView: (key: string) => void;
  setTeamFilter: (on: boolean) => void;
  saveView: (name: string, scope: PortfolioViewScope, replace?: IViewReplace) => Promise<void>;
  deleteView: (saved: ISavedPortfolioView) => Promise<void>;
  exportExcel: () => Promise<void>;
  dismissMessage: () => void;
}

/** User Timing marks of the first load (read by bench/portfolio.ts and the browser's performance tools). */
export const PERF_MARKS = { load: 'pmohub.portfolio.load', data: 'pmohub.portfolio.data', render: 'pmohub.portfolio.render' } as const;

/** Sets a User Timing mark where the API exists (browsers, Node); a no-op elsewhere. */
export function perfMark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Minimum time between two reloads triggered by window focus. */
const FOCUS_RELOAD_MS: number = 2000;

type Dispatch = React.Dispatch<Action>;

/**
 * Loads the portfolio on mount (and again on `reload`, and when the window regains the focus after
 * FOCUS_RELOAD_MS), with the first load's User Timing marks. Returns `reload`.
 */
function usePortfolioLoad(props: Pick<IPortfolioProps, 'service' | 'defaultViewName' | 'teams'>, dispatch: Dispatch): () => void {
  const { service, defaultViewName, teams } = props;
  const loadedOnce = React.useRef(false);
  const inFlight = React.useRef(false);
  const lastLoad = React.useRef(0);
  const mounted = React.useRef(true);
  const teamKey = teams ? `${teams.groupId}|${teams.teamName}` : '';

  const load = React.useCallback((): void => {
    if (inFlight.current) return;
    inFlight.current = true;
    lastLoad.current = Date.now();
    if (!loadedOnce.current) perfMark(PERF_MARKS.load);
    dispatch({ type: 'loading' });
    service.load().then(
      data => {
        inFlight.current = false;
        if (!mounted.current) return;
        const initial = !loadedOnce.current;
        loadedOnce.current = true;
        if (initial) perfMark(PERF_MARKS.data);
        const addressFilters = initial && typeof window !== 'undefined' ? filtersOfAddress(window.location.search) : undefined;
        dispatch({ type: 'loaded', data, initial, defaultViewName, team: teams ? { groupId: teams.groupId, teamName: teams.teamName } : undefined, addressFilters });
      },
      (e: unknown) => {
        inFlight.current = false;
        if (mounted.current) dispatch({ type: 'failed', error: describeError(e) });
      }
    );
    // teams is read through teamKey: a new object with the same team does not reload
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, defaultViewName, teamKey]);

  React.useEffect(() => {
    mounted.current = true;
    loadedOnce.current = false;
    load();
    return () => { mounted.current = false; };
  }, [load]);

  // A project added or edited elsewhere shows up when the user comes back to the page: the lists
  // are read directly (no search index), so a reload sees every change at once.
  React.useEffect(() => {
    const onFocus = (): void => {
      if (loadedOnce.current && Date.now() - lastLoad.current >= FOCUS_RELOAD_MS) load();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);
  return load;
}

/** The rows, groups and roll-up the view shows, recomputed only when the data, the view or the locale change. */
function useDisplay(state: IPortfolioState, locale: string): IPortfolioDisplay {
  const compare = React.useMemo(() => textComparer(locale), [locale]);
  return React.useMemo((): IPortfolioDisplay => {
    const all = state.data ? state.data.rows : [];
    const rows = applyView(all, state.view, compare);
    const rollup = programmeRollup(rows, compare);
    if (!state.view.groupBy) return { rows, rollup, total: all.length };
    const g = groupRows(rows, state.view.groupBy, compare);
    return { rows: g.rows, groups: g.groups, rollup, total: all.length };
  }, [state.data, state.view, compare]);
}

/** Picks the built-in view or a saved one (by its picker key); the Teams filter goes off. */
function selectView(state: IPortfolioState, dispatch: Dispatch, key: string): void {
  if (key === DEFAULT_VIEW_KEY) {
    dispatch({ type: 'view', view: defaultView(strings.Portfolio_DefaultViewName), viewKey: key });
    dispatch({ type: 'teamFilter', on: false });
    return;
  }
  const saved = (state.data ? state.data.views : []).filter(v => savedViewKey(v) === key)[0];
  if (saved) {
    dispatch({ type: 'view', view: { ...saved.view }, viewKey: key });
    dispatch({ type: 'teamFilter', on: false });
  }
}

/** Writes the rows shown, with the view's columns, as an Excel file; a failure becomes the message above the grid. */
async function exportView(rows: IPortfolioRow[], columns: PortfolioColumnKey[], writer: WorkbookWriter, dispatch: Dispatch): Promise<void> {
  const table = exportTable(rows, columns, exportLabels);
  const stamp = new Date().toISOString().slice(0, 10);
  try {
    await writer(table, `${strings.Portfolio_ExportFile}-${stamp}.xlsx`, strings.Portfolio_ExportSheet.slice(0, 31));
  } catch (e) {
    dispatch({ type: 'message', message: { type: 'error', text: `${strings.Portfolio_ExportFailed} ${(e as Error).message ?? ''}`.trim() } });
  }
}

/**
 * The portfolio's logic: loading (and reloading on focus), the view, saved views, export.
 * @param defaultWriter The Excel writer when `props.writeWorkbook` is not set.
 */
export function usePortfolio(props: Pick<IPortfolioProps, 'service' | 'locale' | 'defaultViewName' | 'teams' | 'writeWorkbook'>, defaultWriter: WorkbookWriter): IUsePortfolio {
  const { service } = props;
  const [state, dispatch] = React.useReducer(reducer, undefined, (): IPortfolioState => ({
    status: 'loading', refreshing: false, view: defaultView(strings.Portfolio_DefaultViewName), viewKey: DEFAULT_VIEW_KEY, teamFilterOn: false
  }));
  const load = usePortfolioLoad(props, dispatch);
  const display = useDisplay(state, props.locale);
  const viewRef = React.useRef(state.view);
  viewRef.current = state.view;
  const update = (patch: Partial<IPortfolioView>): void => dispatch({ type: 'view', view: { ...viewRef.current, ...patch } });
  const writer = props.writeWorkbook ?? defaultWriter;

  return {
    state,
    display,
    reload: load,
    setView: view => dispatch({ type: 'view', view }),
    setFilters: filters => update({ filters }),
    setSearch: search => update({ search }),
    setGroupBy: groupBy => update({ groupBy }),
    setColumns: columns => update({ columns: withRequiredColumns(columns) }),
    sortBy: (column, add) => update({ sort: toggleSort(viewRef.current.sort, column, add) }),
    selectView: key => selectView(state, dispatch, key),
    setTeamFilter: on => dispatch({ type: 'teamFilter', on }),
    saveView: async (name, scope, replace) => {
      const saved = await service.saveView({ ...viewRef.current, name: name.trim() }, scope, replace);
      dispatch({ type: 'viewSaved', saved });
    },
    deleteView: async saved => {
      try {
        await service.deleteView(saved.scope, saved.id, saved.etag);
        dispatch({ type: 'viewDeleted', scope: saved.scope, id: saved.id });
      } catch (e) {
        dispatch({ type: 'message', message: { type: 'error', text: errorText(e) } });
      }
    },
    exportExcel: () => exportView(display.rows, viewRef.current.columns, writer, dispatch),
    dismissMessage: () => dispatch({ type: 'message', message: undefined })
  };
}

