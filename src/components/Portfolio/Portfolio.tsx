import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn, type IDetailsListStyles, type IGroup } from '@fluentui/react/lib/DetailsList';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Link } from '@fluentui/react/lib/Link';
import styles from './Portfolio.module.scss';
import type { IPortfolioProps } from './IPortfolioProps';
import { DEFAULT_VIEW_KEY, PERF_MARKS, perfMark, savedViewKey, usePortfolio } from './usePortfolio';
import { writeWorkbook } from './exportExcel';
import {
  activeFilterCount, GROUP_BY_OPTIONS, isRagColumn, type IPortfolioGroup, type IPortfolioRow, type IProgrammeRollup,
  type PortfolioColumnKey, type PortfolioGroupBy, type Rag, type RagDimension
} from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import { columnLabel, dimensionLabel, formatDate, formatMoney, groupByLabel, ragLabel, stageLabel, statusLabel } from './labels';
import { RagBadge } from './RagBadge';
import { PersonCell } from './PersonCell';
import { FilterPane } from './FilterPane';
import { ColumnChooser } from './ColumnChooser';
import { SaveViewDialog } from './SaveViewDialog';
import { ProjectPanel } from './ProjectPanel';
import { ErrorMessage } from '../ErrorMessage';

const RAG_COLUMN_DIM: Partial<Record<PortfolioColumnKey, RagDimension>> = {
  ragOverall: 'overall', ragSchedule: 'schedule', ragCost: 'cost', ragScope: 'scope', ragRisk: 'risk'
};

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

const WIDTH: Partial<Record<PortfolioColumnKey, [number, number]>> = {
  title: [180, 320], code: [100, 130], programme: [140, 220], department: [120, 180], projectManager: [150, 200],
  budget: [90, 120], nextMilestone: [140, 220], objectives: [160, 260]
};

function groupName(g: IPortfolioGroup, by: PortfolioGroupBy): string {
  if (g.value === undefined) return by === 'programme' ? strings.Portfolio_NoProgramme : by === 'rag' ? ragLabel('None') : strings.Portfolio_None;
  if (by === 'stage') return stageLabel(g.value);
  if (by === 'status') return statusLabel(g.value);
  if (by === 'rag') return ragLabel(g.value as Rag);
  return g.value;
}

function ProgrammeRollupTable(props: { rollup: IProgrammeRollup[]; locale: string }): React.ReactElement {
  return (
    <section className={styles.rollup} aria-labelledby="pf-rollup-title">
      <h2 id="pf-rollup-title" className={styles.sectionTitle}>{strings.Portfolio_Rollup_Title}</h2>
      <div className={styles.tableScroll}>
        <table className={styles.table} data-testid="programme-rollup">
          <thead>
            <tr>
              <th scope="col">{strings.Portfolio_Rollup_Programme}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_Projects}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_Budget}</th>
              <th scope="col">{strings.Portfolio_Rollup_Worst}</th>
              <th scope="col">{strings.Portfolio_Rollup_PerRag}</th>
            </tr>
          </thead>
          <tbody>
            {props.rollup.map(r => (
              <tr key={r.programme ? r.programme.id : 'none'}>
                <th scope="row">{r.programme ? r.programme.title : strings.Portfolio_NoProgramme}</th>
                <td className={styles.num}>{r.projectCount}</td>
                <td className={styles.num}>{formatMoney(r.budget, props.locale)}</td>
                <td><RagBadge value={r.worstRag ?? 'None'} /></td>
                <td>{formatString(strings.Portfolio_Rollup_Counts, r.ragCounts.Red, r.ragCounts.Amber, r.ragCounts.Green, r.ragCounts.None)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The Portfolio web part: the project register as a virtualized grid with search, filters,
 * grouping, multi-key sort, saved views, a programme roll-up, a project panel and Excel export.
 * Reads the lists directly (no search index), so a change shows at the next reload.
 */
export function Portfolio(props: IPortfolioProps): React.ReactElement {
  const pf = usePortfolio(props, writeWorkbook);
  const { state, display } = pf;
  const { view } = state;
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const [columnsOpen, setColumnsOpen] = React.useState(false);
  const [saveOpen, setSaveOpen] = React.useState(false);
  const [panelProject, setPanelProject] = React.useState<number | undefined>(undefined);
  const [exporting, setExporting] = React.useState(false);
  const { locale, service } = props;
  const data = state.data;
  const rendered = React.useRef(false);
  React.useEffect(() => {
    if (!rendered.current && state.status === 'ready') {
      rendered.current = true;
      perfMark(PERF_MARKS.render);
    }
  }, [state.status]);

  const columns = React.useMemo((): IColumn[] => view.columns.map((key): IColumn => {
    const sortIndex = view.sort.map(s => s.column).indexOf(key);
    const sortKey = sortIndex >= 0 ? view.sort[sortIndex] : undefined;
    const w = WIDTH[key] ?? (isRagColumn(key) ? [90, 110] : [100, 140]);
    const dim = RAG_COLUMN_DIM[key];
    return {
      key,
      name: columnLabel(key),
      fieldName: key,
      minWidth: w[0],
      maxWidth: w[1],
      isResizable: true,
      isSorted: !!sortKey,
      isSortedDescending: !!sortKey && sortKey.descending,
      sortAscendingAriaLabel: strings.Portfolio_SortedAscending,
      sortDescendingAriaLabel: strings.Portfolio_SortedDescending,
      isMultiline: key === 'title' || key === 'objectives',
      data: key,
      onRender: (row: IPortfolioRow): React.ReactNode => {
        switch (key) {
          case 'title':
            return (
              <Link className={styles.titleLink} onClick={() => setPanelProject(row.id)} aria-label={formatString(strings.Portfolio_OpenProject, row.title)} data-testid={`open-${row.id}`}>
                {row.title}
              </Link>
            );
          case 'code': return row.code;
          case 'programme': return row.programme ? row.programme.title : '';
          case 'department': return row.department;
          case 'projectManager': return <PersonCell person={row.projectManager} service={service} />;
          case 'stage': return row.stage ? stageLabel(row.stage) : '';
          case 'status': return row.status ? statusLabel(row.status) : '';
          case 'budget': return <span className={styles.num}>{formatMoney(row.budget, locale)}</span>;
          case 'nextMilestone': return row.nextMilestone ? row.nextMilestone.title : '';
          case 'nextMilestoneDate': return formatDate(row.nextMilestone ? row.nextMilestone.date : undefined, locale);
          case 'lastReportDate': return formatDate(row.lastReportDate, locale);
          case 'startDate': return formatDate(row.startDate, locale);
          case 'endDate': return formatDate(row.endDate, locale);
          case 'objectives': return row.objectives.map(o => o.title).join(', ');
          default: return dim ? <RagBadge value={row.rag[dim] ?? 'None'} /> : '';
        }
      }
    };
  }), [view.columns, view.sort, locale, service]);

  const groups = React.useMemo((): IGroup[] | undefined => {
    if (!display.groups || !view.groupBy) return undefined;
    const by = view.groupBy;
    return display.groups.map(g => ({ key: `g-${g.key}`, name: groupName(g, by), startIndex: g.startIndex, count: g.count, level: 0 }));
  }, [display.groups, view.groupBy]);

  const onColumnHeaderClick = (ev?: React.MouseEvent<HTMLElement>, column?: IColumn): void => {
    if (column) pf.sortBy(column.key as PortfolioColumnKey, !!(ev && ev.shiftKey));
  };

  const current = data ? data.views.filter(v => savedViewKey(v) === state.viewKey)[0] : undefined;
  const viewOptions: IDropdownOption[] = [{ key: DEFAULT_VIEW_KEY, text: strings.Portfolio_DefaultViewName }];
  if (data) {
    const shared = data.views.filter(v => v.scope === 'shared');
    const mine = data.views.filter(v => v.scope === 'personal');
    if (shared.length) {
      viewOptions.push({ key: 'h-shared', text: strings.Portfolio_SharedViews, itemType: DropdownMenuItemType.Header });
      for (const v of shared) viewOptions.push({ key: savedViewKey(v), text: v.view.name });
    }
    if (mine.length) {
      viewOptions.push({ key: 'h-mine', text: strings.Portfolio_MyViews, itemType: DropdownMenuItemType.Header });
      for (const v of mine) viewOptions.push({ key: savedViewKey(v), text: v.view.name });
    }
  }
  const groupOptions: IDropdownOption[] = [{ key: 'none', text: groupByLabel('none') }, ...GROUP_BY_OPTIONS.map(g => ({ key: g, text: groupByLabel(g) }))];
  const filterCount = activeFilterCount(view.filters);
  const canDelete = !!current && (current.scope === 'personal' ? current.mine : !!data && data.canShareViews);
  const teamProgramme = state.teamFilter && state.teamFilter.programmeIds && data ? data.programmes.filter(p => p.id === (state.teamFilter?.programmeIds ?? [])[0])[0] : undefined;
  const teamDepartment = state.teamFilter && state.teamFilter.departments ? state.teamFilter.departments[0] : undefined;
  const pageUrl = `${props.siteUrl.replace(/\/$/, '')}/SitePages/Portfolio.aspx`;

  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} ariaLive="polite" />;
  } else if (state.status === 'error' || !data) {
    body = <ErrorMessage error={state.error} onRetry={pf.reload} />;
  } else if (data.rows.length === 0) {
    body = <MessageBar messageBarType={MessageBarType.info}>{strings.Portfolio_EmptyNoProjects}</MessageBar>;
  } else {
    body = (
      <>
        {props.showRollup && display.rows.length > 0 && <ProgrammeRollupTable rollup={display.rollup} locale={locale} />}
        {display.rows.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton onClick={() => { pf.setFilters({}); pf.setSearch(''); pf.setTeamFilter(false); }}>{strings.Portfolio_ClearAll}</DefaultButton>}>
            {strings.Portfolio_EmptyNoMatch}
          </MessageBar>
        ) : (
          <div className={styles.grid} data-testid="portfolio-grid">
            <p id="pf-sort-hint" className={styles.srOnly}>{strings.Portfolio_SortHint}</p>
            <DetailsList
              items={display.rows}
              columns={columns}
              groups={groups}
              groupProps={{ showEmptyGroups: false, headerProps: { expandButtonProps: { 'aria-label': strings.Portfolio_ExpandGroup } } }}
              getKey={(row: IPortfolioRow) => String(row.id)}
              setKey="portfolio"
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              styles={LIST_STYLES}
              onColumnHeaderClick={onColumnHeaderClick}
              ariaLabelForGrid={strings.Portfolio_GridLabel}
              ariaLabel={strings.Portfolio_GridLabel}
              onItemInvoked={(row: IPortfolioRow) => setPanelProject(row.id)}
              compact={true}
            />
          </div>
        )}
      </>
    );
  }

  const heading = props.title || strings.Portfolio_WebPartTitle;
  return (
    <section className={styles.portfolio} aria-labelledby="pf-title" data-theme={props.teams ? props.teams.theme ?? 'default' : undefined}>
      <header className={styles.header}>
        <h1 id="pf-title" className={styles.title}>{heading}</h1>
        {data && (
          <p className={styles.count} aria-live="polite" data-testid="portfolio-count">
            {formatString(strings.Portfolio_Count, display.rows.length, display.total)}
          </p>
        )}
        {props.teams && (
          <Link className={styles.openInSp} href={pageUrl} target="_blank" rel="noopener noreferrer">{strings.Portfolio_OpenInSharePoint}</Link>
        )}
      </header>

      {data && (
        <div className={styles.toolbar} role="group" aria-label={strings.Portfolio_ToolbarLabel}>
          <SearchBox
            className={styles.search}
            placeholder={strings.Portfolio_SearchPlaceholder}
            ariaLabel={strings.Portfolio_SearchLabel}
            value={view.search}
            onChange={(_e, v) => pf.setSearch(v ?? '')}
            onClear={() => pf.setSearch('')}
            data-testid="portfolio-search"
          />
          <Dropdown
            className={styles.toolbarDropdown}
            label={strings.Portfolio_ViewLabel}
            options={viewOptions}
            selectedKey={state.viewKey}
            onChange={(_e, o) => { if (o) pf.selectView(String(o.key)); }}
            data-testid="portfolio-view"
          />
          <Dropdown
            className={styles.toolbarDropdown}
            label={strings.Portfolio_GroupByLabel}
            options={groupOptions}
            selectedKey={view.groupBy ?? 'none'}
            onChange={(_e, o) => { if (o) pf.setGroupBy(o.key === 'none' ? undefined : (o.key as PortfolioGroupBy)); }}
            data-testid="portfolio-groupby"
          />
          <div className={styles.buttons}>
            <DefaultButton iconProps={{ iconName: 'Filter' }} onClick={() => setFiltersOpen(true)} data-testid="portfolio-filters">
              {filterCount ? formatString(strings.Portfolio_FiltersButtonCount, filterCount) : strings.Portfolio_FiltersButton}
            </DefaultButton>
            <DefaultButton iconProps={{ iconName: 'ColumnOptions' }} onClick={() => setColumnsOpen(true)}>{strings.Portfolio_ColumnsButton}</DefaultButton>
            <DefaultButton iconProps={{ iconName: 'Save' }} onClick={() => setSaveOpen(true)}>{strings.Portfolio_SaveViewButton}</DefaultButton>
            {canDelete && current && <DefaultButton iconProps={{ iconName: 'Delete' }} onClick={() => { pf.deleteView(current).catch(() => undefined); }}>{strings.Portfolio_DeleteViewButton}</DefaultButton>}
            <DefaultButton
              iconProps={{ iconName: 'ExcelDocument' }}
              disabled={exporting || display.rows.length === 0}
              onClick={() => { setExporting(true); pf.exportExcel().then(() => setExporting(false), () => setExporting(false)); }}
              data-testid="portfolio-export"
            >
              {strings.Portfolio_ExportButton}
            </DefaultButton>
            <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={pf.reload} disabled={state.refreshing} data-testid="portfolio-refresh">{strings.Portfolio_RefreshButton}</DefaultButton>
          </div>
        </div>
      )}

      {state.teamFilter && state.teamFilterOn && (
        <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton onClick={() => pf.setTeamFilter(false)}>{strings.Portfolio_ShowAll}</DefaultButton>}>
          <span data-testid="team-filter-notice">
            {teamProgramme ? formatString(strings.Portfolio_TeamFilterNotice, teamProgramme.title) : formatString(strings.Portfolio_TeamDepartmentNotice, teamDepartment ?? '')}
          </span>
        </MessageBar>
      )}
      {state.message && (
        <MessageBar messageBarType={state.message.type === 'success' ? MessageBarType.success : MessageBarType.error} onDismiss={pf.dismissMessage} dismissButtonAriaLabel={strings.Portfolio_Close} isMultiline={true}>
          {state.message.text}
        </MessageBar>
      )}
      {state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.LoadingLabel} ariaLive="polite" labelPosition="right" className={styles.refreshing} />}

      {body}

      {data && filtersOpen && (
        <FilterPane isOpen={true} filters={view.filters} rows={data.rows} programmes={data.programmes} objectives={data.objectives} onChange={pf.setFilters} onDismiss={() => setFiltersOpen(false)} />
      )}
      {columnsOpen && <ColumnChooser isOpen={true} columns={view.columns} onChange={pf.setColumns} onDismiss={() => setColumnsOpen(false)} />}
      {data && saveOpen && (
        <SaveViewDialog view={view} current={current} canShare={data.canShareViews} onSave={pf.saveView} onDismiss={() => setSaveOpen(false)} />
      )}
      {data && panelProject !== undefined && (
        <ProjectPanel projectId={panelProject} service={service} locale={locale} canEdit={data.canEditProjects} onSaved={pf.reload} onDismiss={() => setPanelProject(undefined)} />
      )}
    </section>
  );
}

/** The dimension label of a RAG column (for tests and the export's header). */
export function ragColumnLabel(key: PortfolioColumnKey): string {
  const d = RAG_COLUMN_DIM[key];
  return d ? dimensionLabel(d) : columnLabel(key);
}
