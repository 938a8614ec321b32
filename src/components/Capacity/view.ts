/**
 * What the Capacity web part shows, computed in the browser from the data it read: the demand under
 * the what-if (applyWhatIf), the heat map (buildHeatMap) and its over-allocations — only through
 * src/domain/capacity, the model the optimizer uses too. Pure; the component memoises it.
 */
import {
  applyWhatIf, buildHeatMap, isWhatIfEmpty, overAllocations, sourceKey,
  type HeatDimension, type IDemandEntry, type IDemandSource, type IHeatRow, type IOverAllocation, type IWhatIf
} from '../../domain/capacity';
import type { ICapacityData } from '../../services/CapacityService';

/** The heat map and its over-allocations, as the page shows them. */
export interface ICapacityView {
  rows: IHeatRow[];
  over: IOverAllocation[];
  /** The over-allocations without the what-if (the saved plan), to tell what the what-if changed. */
  overBefore: number;
}

/** How the heat map is asked for: rows by role, team or person; proposed demand counted or not; the what-if. */
export interface IViewChoice {
  dimension: HeatDimension;
  includeProposed: boolean;
  whatIf: IWhatIf;
}

/**
 * The heat map and over-allocation list for the data and the user's choice: the what-if is applied
 * to the demand first (shifted sources move, left-out ones go), then the domain builds the map.
 * In the team and person views, demand given to no one is a last row (key '') with no capacity.
 */
export function capacityView(data: Pick<ICapacityData, 'pool' | 'demand' | 'months' | 'settings'>, choice: IViewChoice): ICapacityView {
  const base = { pool: data.pool, months: data.months, dimension: choice.dimension, includeProposed: choice.includeProposed, settings: data.settings };
  const rows = buildHeatMap({ ...base, demand: isWhatIfEmpty(choice.whatIf) ? data.demand : applyWhatIf(data.demand, choice.whatIf) });
  const over = overAllocations(rows, data.settings);
  const overBefore = isWhatIfEmpty(choice.whatIf) ? over.length : overAllocations(buildHeatMap({ ...base, demand: data.demand }), data.settings).length;
  return { rows, over, overBefore };
}

/** A project or request that owns demand, as the what-if picker lists it. */
export interface IDemandOwner extends IDemandSource {
  /** sourceKey(): 'project:5', 'request:12'. */
  key: string;
  /** Whether any of its demand is proposed (a request's grid, proposed assignments). */
  proposed: boolean;
}

/** The projects and requests that own demand, projects first, each by title. */
export function demandOwners(demand: ReadonlyArray<IDemandEntry>): IDemandOwner[] {
  const byKey = new Map<string, IDemandOwner>();
  for (const e of demand) {
    const key = sourceKey(e.source);
    const known = byKey.get(key);
    if (known) known.proposed = known.proposed || e.state === 'Proposed';
    else byKey.set(key, { ...e.source, key, proposed: e.state === 'Proposed' });
  }
  return Array.from(byKey.values()).sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) || a.id - b.id : a.kind === 'project' ? -1 : 1));
}

/** The months a source is moved by in a what-if (0: not moved). */
export function shiftOf(whatIf: IWhatIf, key: string): number {
  let n = 0;
  for (const s of whatIf.shifts) if (s.source === key) n = Math.trunc(s.months);
  return n;
}

/** The what-if with `key` moved by `months` (0 removes its shift); other sources stay. */
export function withShift(whatIf: IWhatIf, key: string, months: number): IWhatIf {
  const shifts = whatIf.shifts.filter(s => s.source !== key);
  const n = Math.max(-12, Math.min(12, Math.trunc(months)));
  return { leaveOut: whatIf.leaveOut, shifts: n === 0 ? shifts : [...shifts, { source: key, months: n }] };
}

/** The what-if with `key` left out (or back in). */
export function withLeftOut(whatIf: IWhatIf, key: string, out: boolean): IWhatIf {
  const rest = whatIf.leaveOut.filter(k => k !== key);
  return { shifts: whatIf.shifts, leaveOut: out ? [...rest, key] : rest };
}

/** The sources a what-if changes, each with its shift and whether it is left out, in the order first changed. */
export function whatIfChanges(whatIf: IWhatIf): Array<{ key: string; months: number; leftOut: boolean }> {
  const keys: string[] = [];
  for (const s of whatIf.shifts) if (Math.trunc(s.months) !== 0 && keys.indexOf(s.source) < 0) keys.push(s.source);
  for (const k of whatIf.leaveOut) if (keys.indexOf(k) < 0) keys.push(k);
  return keys.map(key => ({ key, months: shiftOf(whatIf, key), leftOut: whatIf.leaveOut.indexOf(key) >= 0 }));
}
