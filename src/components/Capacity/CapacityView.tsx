import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatPlural, formatString } from '../../domain/text';
import { isWhatIfEmpty, type HeatDimension } from '../../domain/capacity';
import type { ICapacityData, ICapacityService } from '../../services/CapacityService';
import { Button, Notice, RadioGroup, SelectField, SR_ONLY } from '../controls';
import { monthLong } from './format';
import { rowTitle, type CapacityUnit } from './labels';
import { capacityView, demandOwners, whatIfChanges } from './view';
import { HeatMap, Legend } from './HeatMap';
import { Drilldown } from './Drilldown';
import { OverAllocations } from './OverAllocations';
import { WhatIf } from './WhatIf';
import { Scenarios, type SavedWhatIf } from './Scenarios';
import { PoolSection } from './PoolSection';
import type { CapacityAction, ICapacityState } from './useCapacityState';
import styles from './Capacity.module.scss';

/** Props of {@link CapacityView}. */
export interface ICapacityViewProps {
  data: ICapacityData;
  state: ICapacityState;
  dispatch: React.Dispatch<CapacityAction>;
  capacity: ICapacityService;
  locale: string;
  siteUrl: string;
  /** Reads the data again (after the PMO changed the pool or the settings). */
  reload: () => Promise<void>;
}

const DIMENSIONS: ReadonlyArray<HeatDimension> = ['role', 'team', 'person'];
const UNITS: ReadonlyArray<CapacityUnit> = ['days', 'hours', 'fte'];

/** The map's options: rows by role, team or person; committed only or with proposed; the unit of the figures. */
function MapOptions(props: { state: ICapacityState; dispatch: React.Dispatch<CapacityAction> }): React.ReactElement {
  const { state, dispatch } = props;
  return (
    <div className={styles.toolbar} data-testid="capacity-options">
      <SelectField
        id="capacity-dimension" label={capacityStrings.Capacity_RowsBy} selectedKey={state.dimension} data-testid="capacity-dimension"
        options={DIMENSIONS.map(d => ({ key: d, text: capacityStrings[`Capacity_Dimension_${d}`] }))}
        onChange={k => dispatch({ type: 'dimension', dimension: k as HeatDimension })}
      />
      <RadioGroup
        id="capacity-demand" label={capacityStrings.Capacity_Demand} selectedKey={state.includeProposed ? 'proposed' : 'committed'}
        options={[{ key: 'committed', text: capacityStrings.Capacity_Demand_Committed }, { key: 'proposed', text: capacityStrings.Capacity_Demand_WithProposed }]}
        onChange={k => dispatch({ type: 'proposed', includeProposed: k === 'proposed' })}
      />
      <SelectField
        id="capacity-unit" label={capacityStrings.Capacity_Unit} selectedKey={state.unit} data-testid="capacity-unit"
        options={UNITS.map(u => ({ key: u, text: capacityStrings[`Capacity_Unit_${u}`] }))}
        onChange={k => dispatch({ type: 'unit', unit: k as CapacityUnit })}
      />
    </div>
  );
}

/** The banner over the map while a what-if is on: not saved (with how many changes), or the saved what-if shown; Reset goes back to the plan. */
function WhatIfBanner(props: { state: ICapacityState; dispatch: React.Dispatch<CapacityAction>; overNow: number; overBefore: number; locale: string }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const { state, locale } = props;
  if (isWhatIfEmpty(state.whatIf) && !state.opened) return null;
  const n = whatIfChanges(state.whatIf).length;
  const changes = formatPlural({ one: capacityStrings.Capacity_Banner_Changes_one, other: capacityStrings.Capacity_Banner_Changes }, n, locale, n);
  const effect = formatString(capacityStrings.Capacity_Banner_Effect, props.overBefore, props.overNow);
  const saved = state.opened && !state.opened.changed;
  return (
    <Notice
      kind={saved ? 'info' : 'warning'} data-testid="capacity-whatif-banner"
      actions={<Button icon="refresh" onClick={() => props.dispatch({ type: 'reset' })} data-testid="capacity-whatif-reset">{capacityStrings.Capacity_Reset}</Button>}
    >
      <strong>{saved ? formatString(capacityStrings.Capacity_Banner_Saved, state.opened?.title ?? '') : capacityStrings.Capacity_Banner_NotSaved}</strong> {changes} {effect}
    </Notice>
  );
}

/**
 * The Capacity page once its data is there: the map's options, the what-if banner, the heat map with
 * its legend, the selected cell's drill-down, the over-allocation list, the what-if with saving and
 * reopening, and for the PMO the maintenance of the pool. Every figure is computed here from the data
 * (what-if, then heat map, then over-allocations) through src/domain/capacity; nothing is saved until
 * the PMO saves a scenario.
 */
export function CapacityView(props: ICapacityViewProps): React.ReactElement {
  const { data, state, dispatch, locale } = props;
  const view = React.useMemo(() => capacityView(data, state), [data, state.dimension, state.includeProposed, state.whatIf]); // eslint-disable-line react-hooks/exhaustive-deps -- the view depends on these parts of the state only
  const owners = React.useMemo(() => demandOwners(data.demand), [data.demand]);
  const selectedRow = state.selected ? view.rows.filter(r => r.key === state.selected?.row)[0] : undefined;
  const selectedCell = selectedRow?.cells.filter(c => c.month === state.selected?.month)[0];
  const whatIfOn = !isWhatIfEmpty(state.whatIf);
  const caption = formatString(
    state.includeProposed ? capacityStrings.Capacity_Caption_WithProposed : capacityStrings.Capacity_Caption_Committed,
    capacityStrings[`Capacity_Of_${state.dimension}`]
  ) + (whatIfOn ? ` ${capacityStrings.Capacity_Caption_WhatIf}` : '');
  const tryWhatIf = (key: string): void => {
    dispatch({ type: 'choose', key });
    // The picker shows the source's shift once drawn: the focus goes there.
    window.setTimeout(() => document.getElementById('capacity-whatif-shift')?.focus(), 0);
  };
  const current = whatIfOn ? { whatIf: state.whatIf, includeProposed: state.includeProposed, months: data.months } : undefined;
  return (
    <>
      <MapOptions state={state} dispatch={dispatch} />
      <WhatIfBanner state={state} dispatch={dispatch} overNow={view.over.length} overBefore={view.overBefore} locale={locale} />
      {data.pool.roles.length === 0 && <Notice kind="info" data-testid="capacity-no-roles">{capacityStrings.Capacity_NoRoles}</Notice>}
      <HeatMap
        rows={view.rows} months={data.months} dimension={state.dimension} settings={data.settings} unit={state.unit} locale={locale}
        selected={state.selected} onSelect={cell => dispatch({ type: 'select', cell })} caption={caption}
      />
      <Legend settings={data.settings} locale={locale} />
      <p className={SR_ONLY} aria-live="polite" data-testid="capacity-announce">
        {selectedRow && selectedCell ? formatString(capacityStrings.Capacity_Selected, rowTitle(selectedRow), monthLong(selectedCell.month, locale)) : ''}
      </p>
      {selectedRow && selectedCell && (
        <Drilldown
          title={rowTitle(selectedRow)} cell={selectedCell} settings={data.settings} locale={locale} siteUrl={props.siteUrl}
          onWhatIf={tryWhatIf} onClose={() => dispatch({ type: 'select', cell: undefined })}
        />
      )}
      <OverAllocations over={view.over} dimension={state.dimension} locale={locale} siteUrl={props.siteUrl} onShow={cell => dispatch({ type: 'select', cell })} />
      <section className={styles.section} aria-labelledby="capacity-whatif-heading">
        <h2 id="capacity-whatif-heading" className={styles.heading}>{capacityStrings.Capacity_WhatIf_Heading}</h2>
        <WhatIf owners={owners} whatIf={state.whatIf} chosen={state.chosen} onChoose={key => dispatch({ type: 'choose', key })} onChange={whatIf => dispatch({ type: 'whatIf', whatIf })} locale={locale} />
        <Scenarios
          capacity={props.capacity} canSave={data.canSaveScenario} current={current} opened={state.opened} locale={locale}
          onSaved={s => dispatch({ type: 'saved', id: s.id, title: s.title })}
          onOpen={(s: SavedWhatIf) => dispatch({ type: 'open', id: s.id, title: s.title, whatIf: s.whatIf, includeProposed: s.includeProposed, first: s.months[0] })}
        />
      </section>
      {data.canEditPool && <PoolSection data={data} capacity={props.capacity} locale={locale} reload={props.reload} />}
    </>
  );
}
