import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn, type IDetailsListStyles, type IGroup } from '@fluentui/react/lib/DetailsList';
import styles from './Portfolio.module.scss';
import type { IPortfolioGroup, IPortfolioRow, IPortfolioView, PortfolioColumnKey, PortfolioGroupBy, Rag } from '../../domain/portfolio';
import { ragLabel, stageLabel, statusLabel } from './labels';
import { useGridColumns, type ICellContext } from './gridColumns';

/**
 * Text in the host's colours (SharePoint theme or Teams theme, as CSS variables), so rows keep
 * their contrast in Teams' dark and high-contrast themes too.
 */
const LIST_STYLES: Partial<IDetailsListStyles> = {
  root: {
    selectors: {
      '.ms-DetailsRow, .ms-DetailsRow-cell, .ms-DetailsHeader-cellName, .ms-GroupHeader-title': { color: 'var(--bodyText, #323130)' }
    }
  }
};

const rowKey = (row: IPortfolioRow): string => String(row.id);

/** The heading of a group: the localized stage, status or RAG, the programme's or department's name. */
function groupName(g: IPortfolioGroup, by: PortfolioGroupBy): string {
  if (g.value === undefined) return by === 'programme' ? strings.Portfolio_NoProgramme : by === 'rag' ? ragLabel('None') : strings.Portfolio_None;
  if (by === 'stage') return stageLabel(g.value);
  if (by === 'status') return statusLabel(g.value);
  if (by === 'rag') return ragLabel(g.value as Rag);
  return g.value;
}

export interface IPortfolioGridProps extends ICellContext {
  /** Rows in display order (group order when grouped). */
  rows: IPortfolioRow[];
  /** Groups over `rows`, when the view is grouped. */
  groups?: IPortfolioGroup[];
  /** The view: its columns, sort and grouping. */
  view: IPortfolioView;
  /** A click on a column header: sorts by it (`add`: shift held, as a further sort key). */
  onSort: (column: PortfolioColumnKey, add: boolean) => void;
}

/** The project register as a virtualized grid (Fluent UI DetailsList), grouped when the view says so. */
export function PortfolioGrid(props: IPortfolioGridProps): React.ReactElement {
  const { view, onSort, onOpenProject } = props;
  const columns = useGridColumns(view, props);
  const groupBy = view.groupBy;
  const groups = React.useMemo((): IGroup[] | undefined => {
    if (!props.groups || !groupBy) return undefined;
    return props.groups.map(g => ({ key: `g-${g.key}`, name: groupName(g, groupBy), startIndex: g.startIndex, count: g.count, level: 0 }));
  }, [props.groups, groupBy]);
  const onColumnHeaderClick = React.useCallback((ev?: React.MouseEvent<HTMLElement>, column?: IColumn): void => {
    if (column) onSort(column.key as PortfolioColumnKey, !!(ev && ev.shiftKey));
  }, [onSort]);
  const onItemInvoked = React.useCallback((row: IPortfolioRow) => onOpenProject(row.id), [onOpenProject]);

  return (
    <div className={styles.grid} data-testid="portfolio-grid">
      <p id="pf-sort-hint" className={styles.srOnly}>{strings.Portfolio_SortHint}</p>
      <DetailsList
        items={props.rows}
        columns={columns}
        groups={groups}
        groupProps={{ showEmptyGroups: false, headerProps: { expandButtonProps: { 'aria-label': strings.Portfolio_ExpandGroup } } }}
        getKey={rowKey}
        setKey="portfolio"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        styles={LIST_STYLES}
        onColumnHeaderClick={onColumnHeaderClick}
        ariaLabelForGrid={strings.Portfolio_GridLabel}
        ariaLabel={strings.Portfolio_GridLabel}
        onItemInvoked={onItemInvoked}
        compact={true}
      />
    </div>
  );
}
