import * as React from 'react';
import * as dashboardStrings from 'DashboardStrings';
import type { IDashboardFilter, IDashboardOptions } from '../../services/DashboardService';
import { Button, SelectField, type ISelectOption } from '../controls';
import styles from './Dashboard.module.scss';

/** Props of {@link DashboardFilters}. */
export interface IDashboardFiltersProps {
  /** The filter applied (its first programme, department and objective are shown). */
  filter: IDashboardFilter;
  /** The choices (programmes, departments, objectives); none while the first read runs. */
  options?: IDashboardOptions;
  /** Called with the new filter (the caller reads the dashboard again and keeps it in the address). */
  onChange: (filter: IDashboardFilter) => void;
  /** The fields are off (while the first read runs). */
  disabled?: boolean;
}

const ALL = '';

/** The options of one filter: "All …" first, then the choices; a value in the address that is no longer a choice stays listed (by its key) so the field shows what is applied. */
function choices(all: string, items: ReadonlyArray<{ key: string; text: string }>, selected: string): ISelectOption[] {
  const out: ISelectOption[] = [{ key: ALL, text: all }, ...items];
  if (selected !== ALL && !items.some(i => i.key === selected)) out.push({ key: selected, text: selected });
  return out;
}

/**
 * The dashboard's filters: programme, department and strategic objective (one choice each; AND
 * between them, as the Portfolio's filter pane), kept in the page's address by the caller, and
 * "Clear the filters".
 */
export function DashboardFilters(props: IDashboardFiltersProps): React.ReactElement {
  const { filter, options } = props;
  const programme = filter.programmeIds?.[0] !== undefined ? String(filter.programmeIds[0]) : ALL;
  const department = filter.departments?.[0] ?? ALL;
  const objective = filter.objectiveIds?.[0] !== undefined ? String(filter.objectiveIds[0]) : ALL;
  const set = (patch: Partial<IDashboardFilter>): void => props.onChange({ ...filter, ...patch });
  const any = programme !== ALL || department !== ALL || objective !== ALL;
  return (
    <div className={styles.filters} role="group" aria-label={dashboardStrings.Dashboard_Filters} data-testid="dashboard-filters">
      <SelectField
        label={dashboardStrings.Dashboard_Filter_Programme}
        options={choices(dashboardStrings.Dashboard_Filter_AllProgrammes, (options?.programmes ?? []).map(p => ({ key: String(p.id), text: p.title })), programme)}
        selectedKey={programme}
        onChange={k => set({ programmeIds: k === ALL ? undefined : [Number(k)] })}
        disabled={props.disabled}
        data-testid="dashboard-filter-programme"
      />
      <SelectField
        label={dashboardStrings.Dashboard_Filter_Department}
        options={choices(dashboardStrings.Dashboard_Filter_AllDepartments, (options?.departments ?? []).map(d => ({ key: d, text: d })), department)}
        selectedKey={department}
        onChange={k => set({ departments: k === ALL ? undefined : [k] })}
        disabled={props.disabled}
        data-testid="dashboard-filter-department"
      />
      <SelectField
        label={dashboardStrings.Dashboard_Filter_Objective}
        options={choices(dashboardStrings.Dashboard_Filter_AllObjectives, (options?.objectives ?? []).map(o => ({ key: String(o.id), text: o.title })), objective)}
        selectedKey={objective}
        onChange={k => set({ objectiveIds: k === ALL ? undefined : [Number(k)] })}
        disabled={props.disabled}
        data-testid="dashboard-filter-objective"
      />
      {any && (
        <div className={styles.filterButton}>
          <Button onClick={() => props.onChange({})} data-testid="dashboard-filter-clear">{dashboardStrings.Dashboard_Filter_Clear}</Button>
        </div>
      )}
    </div>
  );
}
