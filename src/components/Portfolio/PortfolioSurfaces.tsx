import * as React from 'react';
import type { IPortfolioData, IPortfolioService, ISavedPortfolioView } from '../../services/PortfolioService';
import type { IUsePortfolio } from './usePortfolio';
import type { IPortfolioSurfaces, ISurfaceActions } from './useSurfaces';
import { LazyColumnChooser, LazyFilterPane, LazyProjectPanel, LazySaveViewDialog } from './surfaces';

export interface IPortfolioSurfacesProps {
  pf: IUsePortfolio;
  data: IPortfolioData | undefined;
  /** The saved view the user picked, if any ("Save view" can replace it). */
  current?: ISavedPortfolioView;
  service: IPortfolioService;
  locale: string;
  open: IPortfolioSurfaces;
  actions: ISurfaceActions;
}

/** The open secondary surfaces: filter pane, column chooser, "Save view" dialog, project panel (each from its own chunk). */
export function PortfolioSurfaces(props: IPortfolioSurfacesProps): React.ReactElement {
  const { pf, data, open, actions } = props;
  const { view } = pf.state;
  return (
    <>
      {data && open.filtersOpen && (
        <LazyFilterPane.Component isOpen={true} filters={view.filters} rows={data.rows} programmes={data.programmes} objectives={data.objectives} onChange={pf.setFilters} onDismiss={() => actions.setFiltersOpen(false)} />
      )}
      {open.columnsOpen && <LazyColumnChooser.Component isOpen={true} columns={view.columns} onChange={pf.setColumns} onDismiss={() => actions.setColumnsOpen(false)} />}
      {data && open.saveViewOpen && (
        <LazySaveViewDialog.Component view={view} current={props.current} canShare={data.canShareViews} onSave={pf.saveView} onReload={pf.reload} onDismiss={() => actions.setSaveViewOpen(false)} />
      )}
      {data && open.projectId !== undefined && (
        <LazyProjectPanel.Component projectId={open.projectId} service={props.service} locale={props.locale} canEdit={data.canEditProjects} onSaved={pf.reload} onDismiss={() => actions.openProject(undefined)} />
      )}
    </>
  );
}
