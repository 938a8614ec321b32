/**
 * The MTA chart's table alternative (screen readers, keyboard users, print): one row per milestone,
 * one column per report date, each cell the forecast that report gave.
 */
import type { IsoDay } from '../dates';
import type { IMtaSeries, MilestoneId, MtaTrend } from './mta';

/** One cell: the forecast a report gave (or the milestone date, when the line met the diagonal there). */
export interface IMtaCell {
  forecastDate: IsoDay;
  /** The milestone was reached (or fell due) at this report. */
  reached?: boolean;
}

/** One milestone's row. */
export interface IMtaTableRow {
  milestoneId: MilestoneId;
  title?: string;
  /** One cell per column (report date): undefined where the report gave no forecast, or after the line ended. */
  cells: Array<IMtaCell | undefined>;
  /** The milestone date where the line met the diagonal. */
  reachedOn?: IsoDay;
  slipDays: number;
  trend: MtaTrend;
}

/** The table: its columns (report dates, ascending) and rows (in the chart's line order). */
export interface IMtaTable {
  columns: IsoDay[];
  rows: IMtaTableRow[];
}

/**
 * The table alternative of an MTA series: the same lines as the chart, the columns being every
 * report date. A cell holds the point of the report with that date (the diagonal point sits under
 * the report that recorded it, with `reached`).
 */
export function mtaTable(series: IMtaSeries): IMtaTable {
  const columns = series.reportDates;
  const index = new Map(columns.map((d, i) => [d, i]));
  const rows = series.lines.map(line => {
    const cells: Array<IMtaCell | undefined> = columns.map(() => undefined);
    for (const p of line.points) {
      const i = index.get(p.snapshotDate);
      if (i !== undefined) cells[i] = p.reached ? { forecastDate: p.forecastDate, reached: true } : { forecastDate: p.forecastDate };
    }
    const end = line.reached ? line.points[line.points.length - 1].forecastDate : undefined;
    return {
      milestoneId: line.milestoneId,
      ...(line.title !== undefined ? { title: line.title } : {}),
      cells,
      ...(end !== undefined ? { reachedOn: end } : {}),
      slipDays: line.slipDays,
      trend: line.trend
    };
  });
  return { columns, rows };
}
