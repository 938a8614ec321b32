import * as React from 'react';
import type { IPortfolioRow } from '../../domain/portfolio';
import type { IControllingService } from '../../services/ControllingService';
import { PROJECT_PAGE_QUERY_PARAM } from '../../schema/pages';
import { projectIdFrom } from './projectId';

/** The team's projects: loading, an error, or the rows (by title). */
export type TeamProjectsLoad = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; rows: IPortfolioRow[] };

/** A project opened in the Teams tab: its id, and whether the user chose it from the team's list (then "Back" shows). */
export interface ITeamChoice {
  id: number;
  fromList: boolean;
}

/** What {@link useTeamTab} gives the page. */
export interface ITeamTab {
  /** Whether the tab chooses among the team's projects (in a team, with no project bound or in the address). */
  active: boolean;
  /** The team's projects (only read while `active`). */
  load: TeamProjectsLoad;
  /** The project opened in the tab, if any. */
  chosen?: ITeamChoice;
  /** The tab's address with `projectId` set (undefined: removed). */
  hrefOf(projectId: number | undefined): string;
  /** Opens a project from the list: a new history entry, so the browser's Back returns to the list. */
  open(projectId: number): void;
  /** Returns to the team's list. */
  back(): void;
  /** Loads the list again (after an error). */
  retry(): void;
}

/** The history entry this tab pushed for a project opened from the list. */
const PUSHED: string = 'pmoTeamProject';

/** `href` with `?projectId=` set to `projectId`, or removed when undefined. */
export function withProjectId(href: string, projectId: number | undefined): string {
  const url = new URL(href);
  if (projectId === undefined) url.searchParams.delete(PROJECT_PAGE_QUERY_PARAM);
  else url.searchParams.set(PROJECT_PAGE_QUERY_PARAM, String(projectId));
  return url.toString();
}

/**
 * The Project tab in a Teams team when no project is named (none bound, none in the address): reads the
 * team's projects once (`getTeamProjects`), opens the only one directly (replacing the address), and
 * keeps the project chosen from the list in the tab's state and address (`?projectId=`, one history
 * entry, so Back in the browser and "Back to the team's projects" both return to the list).
 * @param groupId The team's group id; undefined outside a team (the hook then does nothing).
 * @param named The project the web part was given (bound or from the address at load).
 */
export function useTeamTab(service: IControllingService, groupId: string | undefined, named: number | undefined): ITeamTab {
  const active = groupId !== undefined && named === undefined;
  const [load, setLoad] = React.useState<TeamProjectsLoad>({ status: 'loading' });
  const [chosen, setChosen] = React.useState<ITeamChoice | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (!active || groupId === undefined) return undefined;
    let current = true;
    setLoad({ status: 'loading' });
    service.getTeamProjects(groupId).then(rows => {
      if (!current) return;
      setLoad({ status: 'ready', rows });
      // Exactly one project: it opens at once, in place of the list (no way back to a list of one).
      if (rows.length === 1) {
        window.history.replaceState(window.history.state, '', withProjectId(window.location.href, rows[0].id));
        setChosen({ id: rows[0].id, fromList: false });
      }
    }, (error: unknown) => { if (current) setLoad({ status: 'error', error }); });
    return () => { current = false; };
  }, [active, service, groupId, attempt]);
  React.useEffect(() => {
    if (!active) return undefined;
    // The browser's Back and Forward move between the list and a project opened from it.
    const onPop = (): void => {
      const id = projectIdFrom(undefined, window.location.search);
      setChosen(id === undefined ? undefined : { id, fromList: true });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [active]);
  const hrefOf = (projectId: number | undefined): string => withProjectId(window.location.href, projectId);
  return {
    active,
    load,
    chosen: active ? chosen : undefined,
    hrefOf,
    open: projectId => {
      window.history.pushState({ [PUSHED]: projectId }, '', hrefOf(projectId));
      setChosen({ id: projectId, fromList: true });
    },
    back: () => {
      const state = window.history.state as Record<string, unknown> | null;
      if (state && state[PUSHED] !== undefined) window.history.back();
      else {
        window.history.pushState(null, '', hrefOf(undefined));
        setChosen(undefined);
      }
    },
    retry: () => setAttempt(a => a + 1)
  };
}
