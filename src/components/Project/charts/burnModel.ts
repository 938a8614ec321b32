/**
 * The budget burn chart's data (pure): cumulative planned and actual cost by fiscal year, from the
 * domain's burn series (src/domain/budget burnSeries). BudgetLines hold one amount per fiscal year,
 * no monthly actuals, so each year's amounts count in its first month and the series is read at
 * those months: one point per fiscal year.
 */
import { burnSeries } from '../../../domain/budget';
import type { IBudgetLine } from '../../../services/controllingRows';

/** Cumulative cost up to the end of one fiscal year. */
export interface IBurnYear {
  fiscalYear: number;
  /** Planned cost of this and the earlier fiscal years. */
  cumulativePlanned: number;
  /** Actual cost booked in this and the earlier fiscal years. */
  cumulativeActual: number;
}

/** The burn by fiscal year, ascending; years between the first and the last without lines are included (nothing added). Empty without lines. */
export function burnByFiscalYear(lines: ReadonlyArray<Pick<IBudgetLine, 'fiscalYear' | 'planned' | 'actual'>>): IBurnYear[] {
  const month = (year: number): string => `${String(year).padStart(4, '0')}-01`;
  const series = burnSeries(
    lines.map(l => ({ month: month(l.fiscalYear), amount: l.actual ?? 0 })),
    lines.map(l => ({ month: month(l.fiscalYear), amount: l.planned ?? 0 }))
  );
  return series.filter(p => p.month.endsWith('-01')).map(p => ({ fiscalYear: Number(p.month.slice(0, 4)), cumulativePlanned: p.cumulativePlanned, cumulativeActual: p.cumulativeActual }));
}
