/**
 * Where the earned-value inputs come from when a status report does not give them: PV from the
 * baselined budget phasing at the report date, AC from the budget lines' actuals, BAC from the
 * phasing (or the budget lines' planned amounts), EV = % complete × BAC. And which input came from
 * where, so that the form can say so.
 */
import { nextMonth, type IBudgetLineAmounts } from '../budget';
import { addDays, daysBetween, type IsoDay } from '../dates';
import type { EvmInputKey } from './figures';
import type { IEarnedValueInput } from './earnedValue';

/**
 * One period of a baselined budget phasing: `amount` planned to be spent from `start` to `end`,
 * both days included, evenly per calendar day (linear within the period).
 */
export interface IPhasingPeriod {
  start: IsoDay;
  end: IsoDay;
  amount: number;
}

/** Where an input came from: given on the report, derived from data, or not available. */
export type EvmInputSource = 'given' | 'phasing' | 'budgetLines' | 'percentComplete' | 'missing';

/** The data inputs can be derived from (each optional). */
export interface IEvmDerivationData {
  /** The report date PV is taken at. */
  reportDate?: IsoDay;
  /** The baselined budget phasing (PV and BAC). */
  phasing?: ReadonlyArray<IPhasingPeriod>;
  /** The project's budget lines (AC from actuals; BAC from planned amounts when there is no phasing). */
  budgetLines?: ReadonlyArray<IBudgetLineAmounts>;
  /** Physical % complete, 0–100 (EV = % complete × BAC). */
  percentComplete?: number | null; // eslint-disable-line @rushstack/no-new-null -- SharePoint's empty Number column
}

/** The inputs to compute with, and the source of each. */
export interface IResolvedEvmInputs {
  input: IEarnedValueInput;
  sources: Record<EvmInputKey, EvmInputSource>;
}

/**
 * A phasing of one period per month, from amounts per month ('YYYY-MM'): each month runs from its
 * first to its last day. Throws RangeError for a month that is not 'YYYY-MM'.
 */
export function monthlyPhasing(months: ReadonlyArray<{ month: string; amount: number }>): IPhasingPeriod[] {
  return months.map(m => {
    if (m.month.length !== 7) throw new RangeError(`Not a month (YYYY-MM): ${m.month}`);
    return { start: `${m.month}-01`, end: addDays(`${nextMonth(m.month)}-01`, -1), amount: m.amount };
  });
}

/**
 * A phasing of one period per fiscal year from budget lines' planned amounts. A fiscal year starts
 * on the first of `startMonth` (1 = January, the default) and is named by the calendar year it
 * starts in (FY 2027 with startMonth 4 runs from 2027-04-01 to 2028-03-31), or, with `namedBy: 'end'`,
 * by the year it ends in (US federal style: FY 2027 with startMonth 10 runs 2026-10-01 to 2027-09-30).
 */
export function fiscalYearPhasing(lines: ReadonlyArray<IBudgetLineAmounts>, startMonth: number = 1, namedBy: 'start' | 'end' = 'start'): IPhasingPeriod[] {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) throw new RangeError(`Not a month number (1–12): ${startMonth}`);
  const byYear = new Map<number, number>();
  for (const line of lines) {
    if (typeof line.planned !== 'number' || !Number.isFinite(line.planned)) continue;
    byYear.set(line.fiscalYear, (byYear.get(line.fiscalYear) ?? 0) + line.planned);
  }
  const mm = `${startMonth < 10 ? '0' : ''}${startMonth}`;
  return [...byYear.keys()].sort((a, b) => a - b).map(fy => {
    const startYear = namedBy === 'end' && startMonth > 1 ? fy - 1 : fy;
    const start = `${startYear}-${mm}-01`;
    return { start, end: addDays(`${startYear + 1}-${mm}-01`, -1), amount: byYear.get(fy) as number };
  });
}

/**
 * PV at a report date from a phasing: every period that ended on or before the report date counts
 * in full, a period under way counts pro rata by calendar days (the report date counts as elapsed:
 * on day 10 of a 31-day period, 10/31 of its amount), periods not yet begun count 0. Undefined for
 * an empty phasing. Throws RangeError for an invalid day or a period that ends before it starts.
 */
export function plannedValueAt(phasing: ReadonlyArray<IPhasingPeriod>, reportDate: IsoDay): number | undefined {
  if (phasing.length === 0) return undefined;
  let pv = 0;
  for (const period of phasing) {
    const length = daysBetween(period.start, period.end) + 1;
    if (length < 1) throw new RangeError(`A phasing period ends before it starts: ${period.start} – ${period.end}`);
    const elapsed = Math.min(Math.max(daysBetween(period.start, reportDate) + 1, 0), length);
    pv += elapsed === length ? period.amount : (period.amount * elapsed) / length;
  }
  return pv;
}

/** The total of a phasing (its BAC); undefined for an empty phasing. */
export function phasingTotal(phasing: ReadonlyArray<IPhasingPeriod>): number | undefined {
  return phasing.length === 0 ? undefined : phasing.reduce((sum, p) => sum + p.amount, 0);
}

/** AC from budget lines: the sum of their actual amounts; undefined when no line has one. */
export function actualCostOf(lines: ReadonlyArray<IBudgetLineAmounts>): number | undefined {
  const booked = lines.filter(l => typeof l.actual === 'number' && Number.isFinite(l.actual));
  return booked.length === 0 ? undefined : booked.reduce((sum, l) => sum + (l.actual as number), 0);
}

/** BAC from budget lines: the sum of their planned amounts; undefined when no line has one. */
export function plannedTotalOf(lines: ReadonlyArray<IBudgetLineAmounts>): number | undefined {
  const planned = lines.filter(l => typeof l.planned === 'number' && Number.isFinite(l.planned));
  return planned.length === 0 ? undefined : planned.reduce((sum, l) => sum + (l.planned as number), 0);
}

/** EV = % complete (0–100) × BAC / 100; undefined when either is missing or % complete is outside 0–100. */
export function earnedValueOf(percentComplete: number | null | undefined, bac: number | undefined): number | undefined { // eslint-disable-line @rushstack/no-new-null -- SharePoint's empty Number column
  if (typeof percentComplete !== 'number' || !(percentComplete >= 0 && percentComplete <= 100) || bac === undefined) return undefined;
  return (percentComplete * bac) / 100;
}

function given(value: number | null | undefined): value is number { // eslint-disable-line @rushstack/no-new-null -- SharePoint's empty Currency column
  return typeof value === 'number';
}

/**
 * The inputs to compute earned value with, and where each came from. A value given on the report
 * (any number, even one `earnedValue` will call invalid) wins. Otherwise:
 * - PV: the phasing at the report date (`plannedValueAt`) → 'phasing';
 * - AC: the budget lines' actuals (`actualCostOf`) → 'budgetLines';
 * - BAC: the phasing's total → 'phasing', else the budget lines' planned amounts → 'budgetLines';
 * - EV: % complete × BAC (BAC as resolved) → 'percentComplete';
 * and 'missing' where none of that is there. The EAC method is passed through.
 */
export function resolveEvmInputs(report: IEarnedValueInput, data: IEvmDerivationData): IResolvedEvmInputs {
  const lines = data.budgetLines ?? [];
  const phasing = data.phasing ?? [];
  const pick = (value: number | null | undefined, derived: number | undefined, source: EvmInputSource): [number | undefined, EvmInputSource] => // eslint-disable-line @rushstack/no-new-null -- SharePoint's empty Currency column
    given(value) ? [value, 'given'] : derived !== undefined ? [derived, source] : [undefined, 'missing'];
  const pv = pick(report.pv, data.reportDate ? plannedValueAt(phasing, data.reportDate) : undefined, 'phasing');
  const ac = pick(report.ac, actualCostOf(lines), 'budgetLines');
  const fromPhasing = phasingTotal(phasing);
  const bac = pick(report.bac, fromPhasing ?? plannedTotalOf(lines), fromPhasing !== undefined ? 'phasing' : 'budgetLines');
  const ev = pick(report.ev, earnedValueOf(data.percentComplete, bac[0]), 'percentComplete');
  return {
    input: { pv: pv[0], ev: ev[0], ac: ac[0], bac: bac[0], ...(report.eacMethod ? { eacMethod: report.eacMethod } : {}) },
    sources: { pv: pv[1], ev: ev[1], ac: ac[1], bac: bac[1] }
  };
}
