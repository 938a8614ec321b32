import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import styles from './Portfolio.module.scss';
import { LIFECYCLE_STATES, RAG_DIMENSIONS, STAGES, type IPortfolioFilters, type IPortfolioRef, type IPortfolioRow, type RagDimension, type RagFilterValue } from '../../domain/portfolio';
import { dimensionLabel, ragLabel, stageLabel, statusLabel } from './labels';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';

export interface IFilterPaneProps {
  /** Whether the pane is open. */
  isOpen: boolean;
  /** The filters in use. */
  filters: IPortfolioFilters;
  /** Every project (the departments and project managers to offer come from them). */
  rows: ReadonlyArray<IPortfolioRow>;
  /** Programmes to offer. */
  programmes: ReadonlyArray<IPortfolioRef>;
  /** Strategic objectives to offer. */
  objectives: ReadonlyArray<IPortfolioRef>;
  /** Called with the new filters on every change. */
  onChange: (filters: IPortfolioFilters) => void;
  /** Closes the pane. */
  onDismiss: () => void;
}

const NO_PROGRAMME = 'none';
const RAG_OPTIONS: RagFilterValue[] = ['Red', 'Amber', 'Green', 'None'];

function toggled<T>(list: ReadonlyArray<T> | undefined, value: T, selected: boolean): T[] {
  const out = (list ?? []).filter(v => v !== value);
  if (selected) out.push(value);
  return out;
}

function FilterPaneView(props: IFilterPaneProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const { filters, onChange } = props;
  const departments = React.useMemo(() => {
    const seen: Record<string, boolean> = {};
    const out: string[] = [];
    for (const r of props.rows) if (r.department && !seen[r.department]) { seen[r.department] = true; out.push(r.department); }
    return out.sort((a, b) => a.localeCompare(b));
  }, [props.rows]);
  const managers = React.useMemo(() => {
    const seen: Record<number, boolean> = {};
    const out: Array<{ id: number; name: string }> = [];
    for (const r of props.rows) if (r.projectManager && !seen[r.projectManager.id]) { seen[r.projectManager.id] = true; out.push(r.projectManager); }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }, [props.rows]);

  const multi = (label: string, testId: string, options: IDropdownOption[], selected: Array<string | number>, set: (key: string, on: boolean) => void): React.ReactElement => (
    <Dropdown
      label={label}
      data-testid={testId}
      multiSelect={true}
      placeholder={strings.Portfolio_Filter_Any}
      options={options}
      selectedKeys={selected.map(String)}
      onChange={(_e, o) => { if (o) set(String(o.key), !!o.selected); }}
      className={styles.filterField}
    />
  );

  return (
    <Panel
      layerProps={layerProps}
      styles={surfaceStyles}
      isOpen={props.isOpen}
      type={PanelType.smallFixedFar}
      headerText={strings.Portfolio_FiltersTitle}
      closeButtonAriaLabel={strings.Portfolio_Close}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      <div className={styles.panelFooter}>
        <DefaultButton onClick={() => onChange({})}>{strings.Portfolio_ClearFilters}</DefaultButton>
      </div>
      {multi(strings.Portfolio_Filter_Status, 'filter-status', LIFECYCLE_STATES.map(s => ({ key: s, text: statusLabel(s) })), filters.statuses ?? [],
        (k, on) => onChange({ ...filters, statuses: toggled(filters.statuses, k, on) }))}
      {multi(strings.Portfolio_Filter_Stage, 'filter-stage', STAGES.map(s => ({ key: s, text: stageLabel(s) })), filters.stages ?? [],
        (k, on) => onChange({ ...filters, stages: toggled(filters.stages, k, on) }))}
      {multi(strings.Portfolio_Filter_Programme, 'filter-programme',
        [...props.programmes.map(p => ({ key: String(p.id), text: p.title })), { key: NO_PROGRAMME, text: strings.Portfolio_NoProgramme }],
        [...(filters.programmeIds ?? []), ...(filters.withoutProgramme ? [NO_PROGRAMME] : [])],
        (k, on) => onChange(k === NO_PROGRAMME ? { ...filters, withoutProgramme: on } : { ...filters, programmeIds: toggled(filters.programmeIds, Number(k), on) }))}
      {multi(strings.Portfolio_Filter_Department, 'filter-department', departments.map(d => ({ key: d, text: d })), filters.departments ?? [],
        (k, on) => onChange({ ...filters, departments: toggled(filters.departments, k, on) }))}
      {multi(strings.Portfolio_Filter_ProjectManager, 'filter-pm', managers.map(m => ({ key: String(m.id), text: m.name })), filters.projectManagerIds ?? [],
        (k, on) => onChange({ ...filters, projectManagerIds: toggled(filters.projectManagerIds, Number(k), on) }))}
      <Dropdown
        label={strings.Portfolio_Filter_RagDimension}
        data-testid="filter-rag-dimension"
        options={RAG_DIMENSIONS.map(d => ({ key: d, text: dimensionLabel(d) }))}
        selectedKey={filters.ragDimension ?? 'overall'}
        onChange={(_e, o) => { if (o) onChange({ ...filters, ragDimension: o.key as RagDimension }); }}
        className={styles.filterField}
      />
      {multi(strings.Portfolio_Filter_Rag, 'filter-rag', RAG_OPTIONS.map(r => ({ key: r, text: ragLabel(r) })), filters.rag ?? [],
        (k, on) => onChange({ ...filters, rag: toggled(filters.rag, k as RagFilterValue, on) }))}
      {multi(strings.Portfolio_Filter_Objective, 'filter-objective', props.objectives.map(o => ({ key: String(o.id), text: o.title })), filters.objectiveIds ?? [],
        (k, on) => onChange({ ...filters, objectiveIds: toggled(filters.objectiveIds, Number(k), on) }))}
    </Panel>
  );
}

/** The filter pane: status, stage, programme, department, project manager, RAG, strategic objective. */
export const FilterPane = themed(FilterPaneView);
