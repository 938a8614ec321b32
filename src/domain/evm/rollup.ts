/**
 * Earned value at programme and portfolio level: the projects' PV, EV, AC and BAC are summed, then
 * divided (SPI = ΣEV / ΣPV, CPI = ΣEV / ΣAC). That weights each project by its size; the mean of the
 * projects' own ratios would let a small project count as much as a large one.
 */
import { derive, inputFigure, ratio, unavailable, type EvmInputKey, type IEvmFigure } from './figures';
import type { IEarnedValueInput } from './earnedValue';

/** The roll-up of some projects' earned value. */
export interface IEarnedValueRollup {
  /** How many projects were rolled up. */
  projects: number;
  /** Sum of each input over the projects that have it (missing and invalid values count 0). */
  totals: Record<EvmInputKey, number>;
  /** ΣEV / ΣPV over the projects that have both PV and EV. */
  spi: IEvmFigure;
  /** ΣEV / ΣAC over the projects that have both EV and AC. */
  cpi: IEvmFigure;
  /** How many projects SPI covers (the others lack PV or EV). */
  spiProjects: number;
  /** How many projects CPI covers (the others lack EV or AC). */
  cpiProjects: number;
}

/** One group's roll-up. */
export interface IEarnedValueGroupRollup<K> extends IEarnedValueRollup {
  key: K;
}

function valueOf(item: IEarnedValueInput, key: EvmInputKey): number | undefined {
  const f = inputFigure(key, item[key]);
  return f.value === null ? undefined : f.value;
}

function index(numerator: number, denominator: number, count: number, inputs: EvmInputKey[], divisor: 'pv' | 'ac'): IEvmFigure {
  if (count === 0) return unavailable('missingInput', { inputs });
  return derive([{ value: numerator }, { value: denominator }], (n, d) => ratio(n, d, divisor));
}

/**
 * Rolls projects' earned value up: sums of PV, EV, AC and BAC, and SPI and CPI as ratios of sums.
 * A project counts in SPI only when it has both PV and EV, in CPI only when it has both EV and AC
 * (so a project without actuals does not make CPI look better); `spiProjects` and `cpiProjects` say
 * how many did. SPI or CPI is `missingInput` when no project counts, `divisionByZero` when the summed
 * PV or AC is 0. O(n), one pass.
 */
export function rollUpEarnedValue(items: ReadonlyArray<IEarnedValueInput>): IEarnedValueRollup {
  const totals: Record<EvmInputKey, number> = { pv: 0, ev: 0, ac: 0, bac: 0 };
  let spiEv = 0;
  let spiPv = 0;
  let spiProjects = 0;
  let cpiEv = 0;
  let cpiAc = 0;
  let cpiProjects = 0;
  for (const item of items) {
    const pv = valueOf(item, 'pv');
    const ev = valueOf(item, 'ev');
    const ac = valueOf(item, 'ac');
    totals.pv += pv ?? 0;
    totals.ev += ev ?? 0;
    totals.ac += ac ?? 0;
    totals.bac += valueOf(item, 'bac') ?? 0;
    if (ev !== undefined && pv !== undefined) {
      spiEv += ev;
      spiPv += pv;
      spiProjects++;
    }
    if (ev !== undefined && ac !== undefined) {
      cpiEv += ev;
      cpiAc += ac;
      cpiProjects++;
    }
  }
  return {
    projects: items.length,
    totals,
    spi: index(spiEv, spiPv, spiProjects, ['pv', 'ev'], 'pv'),
    cpi: index(cpiEv, cpiAc, cpiProjects, ['ev', 'ac'], 'ac'),
    spiProjects,
    cpiProjects
  };
}

/**
 * `rollUpEarnedValue` per group (a programme, a department …): `keyOf` gives each project's key;
 * groups in the order their first project appears.
 */
export function rollUpEarnedValueBy<T extends IEarnedValueInput, K>(items: ReadonlyArray<T>, keyOf: (item: T) => K): Array<IEarnedValueGroupRollup<K>> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, group]) => ({ key, ...rollUpEarnedValue(group) }));
}
