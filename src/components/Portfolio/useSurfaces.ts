import * as React from 'react';

/** Which of the portfolio's secondary surfaces are open (each opens and closes on its own). */
export interface IPortfolioSurfaces {
  filtersOpen: boolean;
  columnsOpen: boolean;
  saveViewOpen: boolean;
  /** Item id of the project whose panel is open. */
  projectId?: number;
}

/** Opens and closes the surfaces; every function is stable across renders. */
export interface ISurfaceActions {
  setFiltersOpen: (open: boolean) => void;
  setColumnsOpen: (open: boolean) => void;
  setSaveViewOpen: (open: boolean) => void;
  /** Opens the project panel of a project (undefined closes it). */
  openProject: (id: number | undefined) => void;
}

/**
 * The project whose panel the page address asks for (`?project=<Projects item id>`, the link a
 * converted request gives), or undefined.
 */
export function projectOfAddress(search: string): number | undefined {
  const m = /[?&]project=(\d{1,9})(?:&|$)/.exec(search);
  const id = m ? Number(m[1]) : 0;
  return id > 0 ? id : undefined;
}

/** The open/closed state of the filter pane, column chooser, "Save view" dialog and project panel (open at first when the address names a project). */
export function useSurfaces(): [IPortfolioSurfaces, ISurfaceActions] {
  const [surfaces, setSurfaces] = React.useState<IPortfolioSurfaces>(() => ({
    filtersOpen: false,
    columnsOpen: false,
    saveViewOpen: false,
    projectId: typeof window === 'undefined' ? undefined : projectOfAddress(window.location.search)
  }));
  const actions = React.useMemo((): ISurfaceActions => {
    const patch = (p: Partial<IPortfolioSurfaces>): void => setSurfaces(s => ({ ...s, ...p }));
    return {
      setFiltersOpen: open => patch({ filtersOpen: open }),
      setColumnsOpen: open => patch({ columnsOpen: open }),
      setSaveViewOpen: open => patch({ saveViewOpen: open }),
      openProject: id => patch({ projectId: id })
    };
  }, []);
  return [surfaces, actions];
}
