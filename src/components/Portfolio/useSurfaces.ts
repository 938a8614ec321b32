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

/** The open/closed state of the filter pane, column chooser, "Save view" dialog and project panel. */
export function useSurfaces(): [IPortfolioSurfaces, ISurfaceActions] {
  const [surfaces, setSurfaces] = React.useState<IPortfolioSurfaces>({ filtersOpen: false, columnsOpen: false, saveViewOpen: false });
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
