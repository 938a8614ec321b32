/**
 * Financial KPIs: the budget variance of the fiscal year (forecast against planned) and the share
 * of benefits realised of those planned to be realised.
 *
 * Sources: the variance is forecast − planned, as `budgetTotals` (src/domain/budget) sums the
 * budget lines; benefits are measured against baseline and target as `benefitRealisation`
 * (src/domain/governance; PRINCE2 2017, benefits reviews). Both KPIs are PMO Hub's own definitions.
 */
import { budgetTotals, type IBudgetVariance } from '../../budget';
import { partsOfDay, type IsoDay } from '../../dates';
import { benefitRealisation } from '../../governance';
import { kpiShare, kpiValue, noKpiData, type IKpiContext, type IKpiData, type KpiResult } from '../inputs';
import { onOrBefore, projectIds } from '../scope';

/**
 * The fiscal year a day falls in, named by the calendar year it starts in (as `fiscalYearPhasing`):
 * with the year starting in April (4), 2027-03-31 is in FY 2026 and 2027-04-01 in FY 2027.
 * `startMonth` outside 1–12 counts as January. Throws RangeError for an invalid day.
 */
export function fiscalYearOf(day: IsoDay, startMonth: number = 1): number {
  const p = partsOfDay(day);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  const start = Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12 ? startMonth : 1;
  return p.month >= start ? p.year : p.year - 1;
}

/** The budget lines of the projects in scope for the fiscal year of the day, summed; undefined without a planned amount. */
function fiscalYearTotals(data: IKpiData, context: IKpiContext): IBudgetVariance | undefined {
  const ids = projectIds(data.projects);
  const year = fiscalYearOf(context.at, context.fiscalYearStartMonth);
  const totals = budgetTotals((data.budgetLines ?? []).filter(l => ids.has(l.projectId) && l.fiscalYear === year));
  return totals.lines > 0 && totals.planned !== 0 ? totals : undefined;
}

/**
 * The budget variance of the fiscal year the day falls in, in per cent of the planned amount:
 * (Σ forecast − Σ planned) / Σ planned × 100 over the budget lines of the projects in scope (any
 * status: a closed project's lines still belong to the year's budget). Positive: an overrun is
 * forecast; negative: an underspend. A line without a forecast counts its planned amount
 * (`budgetTotals`). `basis`: the lines summed. No data: no line for the year, or the planned amounts
 * sum to 0 (`noBudgetLines`). Budget lines hold only today's forecast: a past period of the same
 * fiscal year shows today's figures.
 */
export function budgetVariancePercent(data: IKpiData, context: IKpiContext): KpiResult {
  const totals = fiscalYearTotals(data, context);
  return totals ? kpiValue((totals.forecastVariance / totals.planned) * 100, totals.lines) : noKpiData('noBudgetLines');
}

/** The same variance as an amount: Σ forecast − Σ planned (the portfolio's currency). */
export function budgetVarianceAmount(data: IKpiData, context: IKpiContext): KpiResult {
  const totals = fiscalYearTotals(data, context);
  return totals ? kpiValue(totals.forecastVariance, totals.lines) : noKpiData('noBudgetLines');
}

/**
 * The share (per cent) of benefits realised on the day among those planned to be realised by then:
 * benefits of the projects in scope (closed ones included: benefits are realised after closure)
 * with a baseline, a target different from it and a planned day on or before the day; realised
 * when a measurement taken on or before the day reached the target (`benefitRealisation`, in the
 * benefit's direction). The owner's status is not read: a benefit counts as realised on its
 * measurement. `basis`: the benefits due. No data: none due (`noBenefitsDue`).
 */
export function benefitsRealisedShare(data: IKpiData, context: IKpiContext): KpiResult {
  const ids = projectIds(data.projects);
  let due = 0;
  let realised = 0;
  for (const b of data.benefits ?? []) {
    if (!ids.has(b.projectId) || !onOrBefore(b.plannedDate, context.at)) continue;
    const measured = b.measurements.filter(m => onOrBefore(m.on, context.at));
    const state = benefitRealisation({ ...b, measurements: measured }, context.at);
    if (state.reason !== undefined && state.reason !== 'noMeasurement') continue;
    due++;
    if (state.targetReached) realised++;
  }
  return kpiShare(realised, due, 'noBenefitsDue');
}
