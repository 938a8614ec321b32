import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, SearchField, SelectField } from '../controls';
import styles from './Portfolio.module.scss';
import { activeFilterCount, type PortfolioGroupBy } from '../../domain/portfolio';
import type { IPortfolioData, ISavedPortfolioView } from '../../services/PortfolioService';
import { formatString } from '../../domain/text';
import type { IUsePortfolio } from './usePortfolio';
import type { ISurfaceActions } from './useSurfaces';
import { groupOptions, viewOptions } from './viewOptions';

export interface IPortfolioToolbarProps {
  /** The portfolio's state and actions. */
  pf: IUsePortfolio;
  /** The loaded data (the toolbar shows only once it is there). */
  data: IPortfolioData;
  /** The saved view the user picked, if any. */
  current?: ISavedPortfolioView;
  /** Opens the filter pane, column chooser and "Save view" dialog. */
  surfaces: ISurfaceActions;
}

/** Whether the user may delete the saved view in use: their own personal view, or any shared one for the PMO. */
function canDeleteView(current: ISavedPortfolioView | undefined, data: IPortfolioData): boolean {
  return !!current && (current.scope === 'personal' ? current.mine : data.canShareViews);
}

/** The toolbar above the grid: search, view and grouping pickers, filters, columns, saved views, export and refresh. */
export function PortfolioToolbar(props: IPortfolioToolbarProps): React.ReactElement {
  const { pf, data, current, surfaces } = props;
  const { state, display } = pf;
  const { view } = state;
  const [exporting, setExporting] = React.useState(false);
  const filterCount = activeFilterCount(view.filters);
  const onExport = (): void => {
    setExporting(true);
    pf.exportExcel().then(() => setExporting(false), () => setExporting(false));
  };
  return (
    <div className={styles.toolbar} role="group" aria-label={strings.Portfolio_ToolbarLabel}>
      <SearchField
        className={styles.search}
        placeholder={strings.Portfolio_SearchPlaceholder}
        label={strings.Portfolio_SearchLabel}
        clearLabel={strings.ClearSearchLabel}
        value={view.search}
        onChange={pf.setSearch}
        data-testid="portfolio-search"
      />
      <SelectField
        className={styles.toolbarDropdown}
        label={strings.Portfolio_ViewLabel}
        options={viewOptions(data.views)}
        selectedKey={state.viewKey}
        onChange={pf.selectView}
        data-testid="portfolio-view"
      />
      <SelectField
        className={styles.toolbarDropdown}
        label={strings.Portfolio_GroupByLabel}
        options={groupOptions()}
        selectedKey={view.groupBy ?? 'none'}
        onChange={key => pf.setGroupBy(key === 'none' ? undefined : (key as PortfolioGroupBy))}
        data-testid="portfolio-groupby"
      />
      <div className={styles.buttons}>
        <Button icon="filter" onClick={() => surfaces.setFiltersOpen(true)} data-testid="portfolio-filters">
          {filterCount ? formatString(strings.Portfolio_FiltersButtonCount, filterCount) : strings.Portfolio_FiltersButton}
        </Button>
        <Button icon="columns" onClick={() => surfaces.setColumnsOpen(true)}>{strings.Portfolio_ColumnsButton}</Button>
        <Button icon="save" onClick={() => surfaces.setSaveViewOpen(true)}>{strings.Portfolio_SaveViewButton}</Button>
        {current && canDeleteView(current, data) && (
          <Button icon="delete" onClick={() => { pf.deleteView(current).catch(() => undefined); }}>{strings.Portfolio_DeleteViewButton}</Button>
        )}
        <Button icon="excel" disabled={exporting || display.rows.length === 0} onClick={onExport} data-testid="portfolio-export">
          {strings.Portfolio_ExportButton}
        </Button>
        <Button icon="refresh" onClick={pf.reload} disabled={state.refreshing} data-testid="portfolio-refresh">{strings.Portfolio_RefreshButton}</Button>
      </div>
    </div>
  );
}
