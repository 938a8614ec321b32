/**
 * Earned value management (pure, no I/O). The public API is `earnedValue(input)`:
 * `{ pv, ev, ac, bac, eacMethod? }` → `{ sv, cv, spi, cpi, eac, etc, vac, tcpiBac, tcpiEac }`, each a
 * number or null where it is not available (PMBOK® Guide, 6th ed., Table 7-1). Also:
 * - `earnedValueDetailed`: the same with the reason for each null and the EAC formula used;
 * - `resolveEvmInputs` and the derivations (PV from a phasing, AC and BAC from budget lines, EV from
 *   % complete), with the source of each input;
 * - `rollUpEarnedValue(By)`: programme and portfolio sums, SPI and CPI as ratios of sums.
 * Import from here (`../domain/evm`).
 */
export {
  DEFAULT_EAC_METHOD, EAC_FORMULAS, EAC_METHODS, EVM_FIGURES, earnedValue, earnedValueDetailed, toCompleteIndex,
  type EacMethod, type EvmFigureKey, type IEarnedValue, type IEarnedValueDetailed, type IEarnedValueInput
} from './earnedValue';
export { type EvmDivisor, type EvmInputKey, type EvmUnavailableReason, type IEvmFigure } from './figures';
export {
  actualCostOf, earnedValueOf, fiscalYearPhasing, monthlyPhasing, phasingTotal, plannedTotalOf, plannedValueAt, resolveEvmInputs,
  type EvmInputSource, type IEvmDerivationData, type IPhasingPeriod, type IResolvedEvmInputs
} from './inputs';
export { EVM_INDEX_FIGURES, formatEvmAmount, formatEvmFigure, formatEvmIndex } from './format';
export { rollUpEarnedValue, rollUpEarnedValueBy, type IEarnedValueGroupRollup, type IEarnedValueRollup } from './rollup';
