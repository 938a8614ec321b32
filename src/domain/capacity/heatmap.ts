/**
 * The Capacity heat map: rows (roles, teams or people) × months, each cell with capacity, demand and
 * utilisation = demand ÷ capacity, a band from the organisation's thresholds, and the sources that make
 * up its demand (the drill-down); and the over-allocation list (cells whose demand exceeds capacity).
 */
import { daysToHours, roleCapacity, peopleCapacity, type ICapacitySettings, type IResourcePool } from './capacity';
import { type DemandState, type IDemandEntry, type IDemandSource } from './demand';
import type { MonthKey } from './calendar';

/** What a heat map row is. */
export type HeatDimension = 'role' | 'team' | 'person';

/** How loaded a cell is: no capacity and no demand; within capacity; from the amber threshold; over capacity. */
export type UtilisationBand = 'none' | 'ok' | 'amber' | 'red';

/**
 * Demand ÷ capacity; undefined when both are 0, Infinity when there is demand but no capacity.
 * 0 when there is capacity and no demand.
 */
export function utilisation(demandDays: number, capacityDays: number): number | undefined {
  if (capacityDays <= 0) return demandDays > 0 ? Infinity : undefined;
  return demandDays / capacityDays;
}

/** The band of a utilisation: red above `redAbove`, amber from `amberFrom`, else ok; 'none' for undefined. */
export function utilisationBand(u: number | undefined, settings: Pick<ICapacitySettings, 'amberFrom' | 'redAbove'>): UtilisationBand {
  if (u === undefined) return 'none';
  if (u > settings.redAbove + 1e-9) return 'red';
  if (u >= settings.amberFrom - 1e-9) return 'amber';
  return 'ok';
}

/** One source's part of a cell. */
export interface IContribution {
  source: IDemandSource;
  state: DemandState;
  days: number;
}

/** One cell of the heat map. */
export interface IHeatCell {
  month: MonthKey;
  capacityDays: number;
  committedDays: number;
  proposedDays: number;
  /** The demand that counts: committed, plus proposed when the map includes it. */
  demandDays: number;
  utilisation?: number;
  band: UtilisationBand;
  /** Sources of the counted demand, most days first. */
  contributions: IContribution[];
}

/** One row: a role, a team or a person ('' key: demand given to no person, in the team and person views). */
export interface IHeatRow {
  key: string;
  title: string;
  cells: IHeatCell[];
}

/** What the heat map is computed from. */
export interface IHeatMapInput {
  pool: IResourcePool;
  demand: ReadonlyArray<IDemandEntry>;
  months: ReadonlyArray<MonthKey>;
  dimension: HeatDimension;
  /** Count proposed demand as well as committed. */
  includeProposed: boolean;
  settings: Pick<ICapacitySettings, 'amberFrom' | 'redAbove'>;
}

/** A source's part of a cell, the source's number (see sourceNumber) and its title's rank (set once all are known). */
interface IPart { c: IContribution; source: number; rank: number }
/** A cell's sums, and its parts by source and state (key: sourceNumber × 2, + 1 for proposed). */
interface IAccumulator { committed: number; proposed: number; parts: Map<number, IPart> }

/**
 * A source as one number (id × 2, + 1 for a request), so that a cell's parts are found by a number
 * rather than a string built for each of 100,000 entries (ids are SharePoint item ids: integers).
 */
function sourceNumber(source: IDemandSource): number {
  return source.id * 2 + (source.kind === 'request' ? 1 : 0);
}

/**
 * Each source's rank by title (localeCompare's order; equal titles in order of appearance): the
 * contributions of a cell are ordered by days, then this rank, so titles are compared once per
 * source instead of in every cell's sort.
 */
function titleRanks(titles: ReadonlyMap<number, string>): Map<number, number> {
  const compare = new Intl.Collator().compare;
  return new Map(Array.from(titles.entries()).sort((a, b) => compare(a[1], b[1])).map(([key], i) => [key, i] as const));
}

function rowsOf(input: IHeatMapInput): Array<{ key: string; title: string; capacity: number[] }> {
  const { pool, months } = input;
  if (input.dimension === 'role') {
    const cap = roleCapacity(pool, months);
    return [...pool.roles].sort((a, b) => a.title.localeCompare(b.title)).map(r => ({ key: String(r.id), title: r.title, capacity: (cap.get(r.id) ?? []).map(c => c.days) }));
  }
  const people = peopleCapacity(pool, months);
  const active = pool.people.filter(p => p.active !== false);
  if (input.dimension === 'person') {
    return [...active].sort((a, b) => a.title.localeCompare(b.title)).map(p => ({ key: String(p.id), title: p.title, capacity: people.get(p.id) ?? months.map(() => 0) }));
  }
  const teams = new Map<string, number[]>();
  for (const p of active) {
    const t = (p.team ?? '').trim();
    const sums = teams.get(t) ?? months.map(() => 0);
    (people.get(p.id) ?? []).forEach((d, i) => { sums[i] += d; });
    teams.set(t, sums);
  }
  return Array.from(teams.entries()).filter(([t]) => t !== '').sort((a, b) => a[0].localeCompare(b[0])).map(([t, capacity]) => ({ key: `team:${t}`, title: t, capacity }));
}

/** The row key a demand entry counts in ('' for work of no person in the team and person views; undefined: no row). */
function rowKeyOf(e: IDemandEntry, input: IHeatMapInput, teamOf: Map<number, string>, personKnown: Set<number>, roleKeys: Map<number, string>): string | undefined {
  if (input.dimension === 'role') {
    // One key string per role, not one per entry.
    let key = roleKeys.get(e.role);
    if (key === undefined) roleKeys.set(e.role, (key = String(e.role)));
    return key;
  }
  if (e.person === undefined || !personKnown.has(e.person)) return '';
  if (input.dimension === 'person') return String(e.person);
  const team = teamOf.get(e.person) ?? '';
  return team === '' ? '' : `team:${team}`;
}

/**
 * The heat map: one row per role (sorted by title), team (people's Team; people without a team add
 * capacity to no row) or active person, and one cell per month. In the team and person views, demand
 * given to no person (or to a person who is not active) goes to a last row with key '' and no
 * capacity, titled by the caller: its cells have no utilisation and band 'none' (it is nobody's load,
 * so never an over-allocation). Demand outside `months` is not shown. Figures are unrounded days.
 */
export function buildHeatMap(input: IHeatMapInput): IHeatRow[] {
  const monthIdx = new Map(input.months.map((m, i) => [m, i] as const));
  const rows = rowsOf(input);
  const acc = new Map<string, IAccumulator[]>();
  const teamOf = new Map(input.pool.people.map(p => [p.id, (p.team ?? '').trim()] as const));
  const personKnown = new Set(input.pool.people.filter(p => p.active !== false).map(p => p.id));
  const titles = new Map<number, string>();
  const roleKeys = new Map<number, string>();
  for (const e of input.demand) {
    const i = monthIdx.get(e.month);
    if (i === undefined || !(e.days > 0)) continue;
    const key = rowKeyOf(e, input, teamOf, personKnown, roleKeys);
    if (key === undefined) continue;
    let cells = acc.get(key);
    if (!cells) {
      cells = input.months.map(() => ({ committed: 0, proposed: 0, parts: new Map<number, IPart>() }));
      acc.set(key, cells);
    }
    const cell = cells[i];
    if (e.state === 'Committed') cell.committed += e.days;
    else cell.proposed += e.days;
    if (e.state === 'Proposed' && !input.includeProposed) continue;
    const source = sourceNumber(e.source);
    const pk = source * 2 + (e.state === 'Committed' ? 0 : 1);
    const part = cell.parts.get(pk);
    if (part) part.c.days += e.days;
    else {
      cell.parts.set(pk, { c: { source: e.source, state: e.state, days: e.days }, source, rank: 0 });
      if (!titles.has(source)) titles.set(source, e.source.title);
    }
  }
  const rank = titleRanks(titles);
  const ordered = (parts: Map<number, IPart>): IContribution[] => {
    const list = Array.from(parts.values());
    for (const p of list) p.rank = rank.get(p.source) ?? 0;
    return list.sort((x, y) => y.c.days - x.c.days || x.rank - y.rank).map(x => x.c);
  };
  // `measured`: false for the row of work given to no person, which has no capacity of its own — its
  // demand is shown, but it is not a utilisation and never an over-allocation.
  const make = (key: string, title: string, capacity: ReadonlyArray<number>, measured: boolean = true): IHeatRow => ({
    key,
    title,
    cells: input.months.map((month, i) => {
      const a = acc.get(key)?.[i];
      const committedDays = a?.committed ?? 0;
      const proposedDays = a?.proposed ?? 0;
      const demandDays = committedDays + (input.includeProposed ? proposedDays : 0);
      const capacityDays = capacity[i] ?? 0;
      const u = measured ? utilisation(demandDays, capacityDays) : undefined;
      const contributions = a ? ordered(a.parts) : [];
      return { month, capacityDays, committedDays, proposedDays, demandDays, ...(u !== undefined ? { utilisation: u } : {}), band: utilisationBand(u, input.settings), contributions };
    })
  });
  const out = rows.map(r => make(r.key, r.title, r.capacity));
  if (input.dimension !== 'role' && acc.has('')) out.push(make('', '', input.months.map(() => 0), false));
  return out;
}

/** A cell whose demand exceeds its capacity. */
export interface IOverAllocation {
  rowKey: string;
  title: string;
  month: MonthKey;
  capacityDays: number;
  demandDays: number;
  overDays: number;
  overHours: number;
  contributions: IContribution[];
}

/**
 * The over-allocated cells of a heat map (band red: demand above the red threshold of capacity), with the days and
 * hours over capacity and the contributing sources; sorted by month, then most hours over first.
 */
export function overAllocations(rows: ReadonlyArray<IHeatRow>, settings: ICapacitySettings): IOverAllocation[] {
  const out: IOverAllocation[] = [];
  for (const r of rows) {
    for (const c of r.cells) {
      if (c.band !== 'red') continue;
      const overDays = c.demandDays - c.capacityDays;
      out.push({ rowKey: r.key, title: r.title, month: c.month, capacityDays: c.capacityDays, demandDays: c.demandDays, overDays, overHours: daysToHours(overDays, settings), contributions: c.contributions });
    }
  }
  return out.sort((a, b) => a.month.localeCompare(b.month) || b.overDays - a.overDays || a.title.localeCompare(b.title));
}
