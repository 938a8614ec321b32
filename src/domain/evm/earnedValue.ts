/**
 * Earned value at a report date: variances, indices, forecasts and to-complete indices from PV, EV,
 * AC and BAC. Formulas as the PMI defines them: A Guide to the Project Management Body of Knowledge
 * (PMBOK® Guide), 6th ed., §7.4 Control Costs, Table 7-1 (earned value calculations summary); the
 * same in PMI's Practice Standard for Earned Value Management.
 */
/* eslint-disable @rushstack/no-new-null -- the issue's public API: a figure is a number, or null where it is not available */
import { derive, inputFigure, ratio, unavailable, type IEvmFigure } from './figures';

/**
 * How EAC (estimate at completion) is forecast:
 * - `cpi` (the default): EAC = BAC / CPI — the work left costs what the work so far cost;
 * - `plan`: EAC = AC + (BAC − EV) — the work left costs what the plan says;
 * - `cpiSpi`: EAC = AC + (BAC − EV) / (CPI × SPI) — cost and schedule performance both weigh on the
 *   work left (a fixed end date).
 */
export type EacMethod = 'cpi' | 'plan' | 'cpiSpi';

/** Every EAC method, the default first. */
export const EAC_METHODS: ReadonlyArray<EacMethod> = ['cpi', 'plan', 'cpiSpi'];

/** The EAC method when none is chosen. */
export const DEFAULT_EAC_METHOD: EacMethod = 'cpi';

/** Each EAC method's formula in the PMBOK Guide's notation (the same in every language). */
export const EAC_FORMULAS: Readonly<Record<EacMethod, string>> = {
  cpi: 'BAC / CPI',
  plan: 'AC + (BAC − EV)',
  cpiSpi: 'AC + (BAC − EV) / (CPI × SPI)'
};

/**
 * The inputs, cumulative at the report date, all in one currency: PV (planned value), EV (earned
 * value), AC (actual cost) and BAC (budget at completion). A missing input is undefined or null
 * (SharePoint's empty column); a negative or non-finite one is invalid.
 */
export interface IEarnedValueInput {
  pv?: number | null;
  ev?: number | null;
  ac?: number | null;
  bac?: number | null;
  /** How EAC is forecast; `cpi` when absent. */
  eacMethod?: EacMethod;
}

/**
 * The figures, each a number or null where it is not available (never NaN or Infinity):
 * SV = EV − PV, CV = EV − AC (currency); SPI = EV / PV, CPI = EV / AC (ratios); EAC by the chosen
 * method, ETC = EAC − AC, VAC = BAC − EAC (currency); TCPI to BAC = (BAC − EV) / (BAC − AC) and TCPI
 * to EAC = (BAC − EV) / (EAC − AC) (ratios).
 */
export interface IEarnedValue {
  sv: number | null;
  cv: number | null;
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  etc: number | null;
  vac: number | null;
  tcpiBac: number | null;
  tcpiEac: number | null;
}

/** The name of one earned-value figure. */
export type EvmFigureKey = keyof IEarnedValue;

/** Every figure, in the order the PMBOK Guide's table lists them. */
export const EVM_FIGURES: ReadonlyArray<EvmFigureKey> = ['sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac', 'tcpiBac', 'tcpiEac'];

/** The figures with, for each one that is not available, the reason; and the EAC formula used. */
export interface IEarnedValueDetailed {
  /** The plain figures (as `earnedValue` returns them). */
  values: IEarnedValue;
  /** Each figure with its reason when it is null. */
  figures: Record<EvmFigureKey, IEvmFigure>;
  /** The EAC method used (the input's, or the default). */
  eacMethod: EacMethod;
  /** Its formula, e.g. 'BAC / CPI', for the page to name it. */
  eacFormula: string;
}

/**
 * A to-complete performance index: the cost efficiency the remaining work (BAC − EV) needs to
 * finish within `target` (BAC, or an EAC), i.e. (BAC − EV) / (target − AC). PMBOK Guide Table 7-1.
 * Amounts in one currency; the result is a ratio, or a figure saying why there is none.
 * Not available when no work remains (`workComplete`) or when the target leaves nothing to spend
 * (`budgetExhausted` for BAC, `estimateExhausted` for an EAC).
 */
export function toCompleteIndex(bac: number, ev: number, ac: number, target: number, targetIs: 'bac' | 'eac'): number | IEvmFigure {
  const workLeft = bac - ev;
  const fundsLeft = target - ac;
  if (workLeft <= 0) return unavailable('workComplete');
  if (fundsLeft <= 0) return unavailable(targetIs === 'bac' ? 'budgetExhausted' : 'estimateExhausted');
  return workLeft / fundsLeft;
}

function estimateAtCompletion(method: EacMethod, f: Record<'pv' | 'ev' | 'ac' | 'bac' | 'spi' | 'cpi', IEvmFigure>): IEvmFigure {
  switch (method) {
    case 'cpi':
      // BAC / CPI = BAC × AC / EV, computed so (one rounding fewer); CPI's own reason carries over.
      return derive([f.bac, f.cpi, f.ac, f.ev], (bac, cpi, ac, ev) => (cpi === 0 ? unavailable('divisionByZero', { divisor: 'cpi' }) : (bac * ac) / ev));
    case 'plan':
      return derive([f.ac, f.bac, f.ev], (ac, bac, ev) => ac + (bac - ev));
    case 'cpiSpi':
      return derive([f.ac, f.bac, f.ev, f.cpi, f.spi], (ac, bac, ev, cpi, spi) => {
        const rest = ratio(bac - ev, cpi * spi, 'cpiSpi');
        return typeof rest === 'number' ? ac + rest : rest;
      });
    default:
      throw new RangeError(`Unknown EAC method: ${String(method)}`);
  }
}

/**
 * Every earned-value figure with, for each null, the reason (see `EvmUnavailableReason`) and the
 * EAC formula used. Throws RangeError for an EAC method that is not one of `EAC_METHODS`.
 */
export function earnedValueDetailed(input: IEarnedValueInput): IEarnedValueDetailed {
  const eacMethod = input.eacMethod ?? DEFAULT_EAC_METHOD;
  const pv = inputFigure('pv', input.pv);
  const ev = inputFigure('ev', input.ev);
  const ac = inputFigure('ac', input.ac);
  const bac = inputFigure('bac', input.bac);
  const spi = derive([ev, pv], (e, p) => ratio(e, p, 'pv'));
  const cpi = derive([ev, ac], (e, a) => ratio(e, a, 'ac'));
  const eac = estimateAtCompletion(eacMethod, { pv, ev, ac, bac, spi, cpi });
  const figures: Record<EvmFigureKey, IEvmFigure> = {
    sv: derive([ev, pv], (e, p) => e - p),
    cv: derive([ev, ac], (e, a) => e - a),
    spi,
    cpi,
    eac,
    etc: derive([eac, ac], (e, a) => e - a),
    vac: derive([bac, eac], (b, e) => b - e),
    tcpiBac: derive([bac, ev, ac], (b, e, a) => toCompleteIndex(b, e, a, b, 'bac')),
    tcpiEac: derive([bac, ev, ac, eac], (b, e, a, t) => toCompleteIndex(b, e, a, t, 'eac'))
  };
  const values = {} as IEarnedValue;
  for (const key of EVM_FIGURES) values[key] = figures[key].value;
  return { values, figures, eacMethod, eacFormula: EAC_FORMULAS[eacMethod] };
}

/**
 * The public API: `{ sv, cv, spi, cpi, eac, etc, vac, tcpiBac, tcpiEac }` from
 * `{ pv, ev, ac, bac, eacMethod? }`, each a number or null where it is not available (a missing or
 * invalid input, a division by zero, no work or budget left; `earnedValueDetailed` says which).
 * Never NaN or Infinity. Throws RangeError for an unknown EAC method.
 */
export function earnedValue(input: IEarnedValueInput): IEarnedValue {
  return earnedValueDetailed(input).values;
}
