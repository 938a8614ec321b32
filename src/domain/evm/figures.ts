/**
 * Earned-value figures that may be "not available": a value, or the reason it has none. The small
 * algebra the formulas are written in, so that every figure carries its reason and none can ever be
 * NaN or Infinity.
 */
/* eslint-disable @rushstack/no-new-null -- the issue's public API: a figure is a number, or null where it is not available */

/** The four earned-value inputs (cumulative amounts at the report date, in the project's currency). */
export type EvmInputKey = 'pv' | 'ev' | 'ac' | 'bac';

/** What a division would have divided by, when it was zero. */
export type EvmDivisor = 'pv' | 'ac' | 'cpi' | 'cpiSpi';

/**
 * Why a figure is not available:
 * - `missingInput`: an input it needs was not given (`inputs` names them);
 * - `invalidInput`: an input is negative or not a finite number (`inputs` names them);
 * - `divisionByZero`: it divides by a quantity that is zero (`divisor` names it: PV = 0 before any
 *   work was planned, AC = 0 before any cost was booked, CPI = 0 or CPI × SPI = 0 while EV = 0);
 * - `workComplete`: a to-complete index when no work remains (BAC − EV ≤ 0);
 * - `budgetExhausted`: TCPI to BAC when no budget remains (BAC − AC ≤ 0);
 * - `estimateExhausted`: TCPI to EAC when the estimate leaves nothing to spend (EAC − AC ≤ 0);
 * - `outOfRange`: the result is too large to be a number (e.g. a division by a tiny amount).
 */
export type EvmUnavailableReason = 'missingInput' | 'invalidInput' | 'divisionByZero' | 'workComplete' | 'budgetExhausted' | 'estimateExhausted' | 'outOfRange';

/** One figure: its value, or null and the reason (with the inputs or the divisor it concerns). */
export interface IEvmFigure {
  /** The value; null when not available. Never NaN or ±Infinity. */
  value: number | null;
  /** Why the value is null (absent when there is a value). */
  reason?: EvmUnavailableReason;
  /** For `missingInput` and `invalidInput`: the inputs concerned, in the order pv, ev, ac, bac. */
  inputs?: EvmInputKey[];
  /** For `divisionByZero`: the quantity that was zero. */
  divisor?: EvmDivisor;
}

const INPUT_ORDER: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** A figure with a value; `outOfRange` when the value is not finite. */
export function available(value: number): IEvmFigure {
  return Number.isFinite(value) ? { value } : { value: null, reason: 'outOfRange' };
}

/** A figure without a value, for a reason. */
export function unavailable(reason: EvmUnavailableReason, detail: Pick<IEvmFigure, 'inputs' | 'divisor'> = {}): IEvmFigure {
  return { value: null, reason, ...detail };
}

/**
 * An input as a figure: missing when undefined or null, invalid when negative or not finite
 * (amounts at a report date are never negative), its value otherwise.
 */
export function inputFigure(key: EvmInputKey, value: number | null | undefined): IEvmFigure {
  if (value === undefined || value === null) return unavailable('missingInput', { inputs: [key] });
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return unavailable('invalidInput', { inputs: [key] });
  return { value };
}

function inputsOf(figures: ReadonlyArray<IEvmFigure>, reason: EvmUnavailableReason): EvmInputKey[] {
  const keys = new Set<EvmInputKey>();
  for (const f of figures) if (f.reason === reason) for (const k of f.inputs ?? []) keys.add(k);
  return INPUT_ORDER.filter(k => keys.has(k));
}

/**
 * Why a figure computed from `figures` is unavailable, or undefined when all have values. Invalid
 * inputs win over missing ones (both list every input concerned); otherwise the first unavailable
 * figure's reason carries over (CPI's "AC is 0" becomes EAC's reason too).
 */
export function whyUnavailable(figures: ReadonlyArray<IEvmFigure>): IEvmFigure | undefined {
  const missing = figures.filter(f => f.value === null);
  if (missing.length === 0) return undefined;
  for (const reason of ['invalidInput', 'missingInput'] as const) {
    const inputs = inputsOf(missing, reason);
    if (inputs.length > 0) return unavailable(reason, { inputs });
  }
  const first = missing[0];
  return unavailable(first.reason ?? 'outOfRange', first.divisor ? { divisor: first.divisor } : {});
}

/**
 * A figure computed from others: unavailable (with the reason, see `whyUnavailable`) when one of
 * them is, otherwise `compute` of their values (a number, or a figure for a refusal such as a
 * division by zero).
 */
export function derive(figures: ReadonlyArray<IEvmFigure>, compute: (...values: number[]) => number | IEvmFigure): IEvmFigure {
  const why = whyUnavailable(figures);
  if (why) return why;
  const result = compute(...figures.map(f => f.value as number));
  return typeof result === 'number' ? available(result) : result.value === null ? result : available(result.value);
}

/** `numerator / denominator`, or `divisionByZero` naming the divisor when the denominator is 0. */
export function ratio(numerator: number, denominator: number, divisor: EvmDivisor): number | IEvmFigure {
  return denominator === 0 ? unavailable('divisionByZero', { divisor }) : numerator / denominator;
}
