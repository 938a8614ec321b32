/** A KPI's trend: monthly period ends, gaps for no data, improving / worsening / flat in the KPI's direction. */
import { kpiTrend, reportingPeriodEnds, trendDirection, type IKpiData, type IKpiStatusReport } from './index';

describe('reportingPeriodEnds', () => {
  it('the five month-ends before the month of the day, then the day itself (the current period to date)', () => {
    expect(reportingPeriodEnds('2027-03-15')).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-15']);
  });

  it('a month-end day closes its own period; leap years and year ends', () => {
    expect(reportingPeriodEnds('2028-03-31', 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(reportingPeriodEnds('2027-01-01', 2)).toEqual(['2026-12-31', '2027-01-01']);
    expect(reportingPeriodEnds('2027-01-01', 1)).toEqual(['2027-01-01']);
    expect(() => reportingPeriodEnds('2027-13-01')).toThrow(RangeError);
  });
});

describe('trendDirection', () => {
  it('higher is better: up is improving, down is worsening, within the tolerance flat', () => {
    expect(trendDirection([80, 82, 85, 84, 88, 90], true, 'percent')).toEqual({ direction: 'improving', change: 10 });
    expect(trendDirection([90, 88, 85, 84, 82, 80], true, 'percent')).toEqual({ direction: 'worsening', change: -10 });
    expect(trendDirection([80, 95, 60, 70, 75, 81], true, 'percent')).toEqual({ direction: 'flat', change: 1 });
    expect(trendDirection([80, 80, 80, 80, 80, 81.1], true, 'percent')).toEqual({ direction: 'improving', change: 1.1 });
  });

  it('lower is better: down is improving', () => {
    expect(trendDirection([5, 4, 3], false, 'count')).toEqual({ direction: 'improving', change: -2 });
    expect(trendDirection([3, 3, 4], false, 'count')).toEqual({ direction: 'worsening', change: 1 });
    expect(trendDirection([40, 41], false, 'days')).toEqual({ direction: 'flat', change: 1 });
    expect(trendDirection([0.9, 0.93], true, 'ratio')).toEqual({ direction: 'improving', change: 0.03 });
    expect(trendDirection([0.9, 0.92], true, 'ratio')).toEqual({ direction: 'flat', change: 0.02 });
  });

  it('skips gaps; fewer than two values is noData', () => {
    expect(trendDirection([undefined, 70, undefined, 60, undefined, undefined], true, 'percent')).toEqual({ direction: 'worsening', change: -10 });
    expect(trendDirection([undefined, undefined, 70], true, 'percent')).toEqual({ direction: 'noData' });
    expect(trendDirection([], true, 'percent')).toEqual({ direction: 'noData' });
  });

  it('compares the values as shown, and takes the caller\'s tolerance', () => {
    // 80.04 and 80.96 show as 80.0 and 81.0: a change of exactly 1 point, flat.
    expect(trendDirection([80.04, 80.96], true, 'percent')).toEqual({ direction: 'flat', change: 1 });
    expect(trendDirection([80, 81], true, 'percent', 0)).toEqual({ direction: 'improving', change: 1 });
  });
});

describe('kpiTrend', () => {
  let id = 1;
  const report = (projectId: number, reportDate: string, overall: 'Green' | 'Amber' | 'Red'): IKpiStatusReport => ({ id: id++, projectId, reportDate, status: 'Published', rag: { overall } });
  const data: IKpiData = {
    projects: [{ id: 1, status: 'Active' }, { id: 2, status: 'Active' }],
    reports: [
      // No report before December: the first periods are gaps.
      report(1, '2026-12-15', 'Green'), report(2, '2026-12-20', 'Red'),
      report(2, '2027-01-25', 'Amber'),
      report(2, '2027-02-25', 'Green'),
      report(1, '2027-03-10', 'Amber')
    ]
  };

  it('evaluates the formula at each period end, keeping the no-data periods as gaps', () => {
    const trend = kpiTrend('RagShareGreen', data, { at: '2027-03-15' });
    expect(trend.points.map(p => p.end)).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-15']);
    expect(trend.points.map(p => (p.result.kind === 'value' ? p.result.value : p.result.reason))).toEqual(['noReports', 'noReports', 50, 50, 100, 50]);
    expect(trend).toMatchObject({ direction: 'flat', change: 0 });
  });

  it('reads the direction of the formula, or of the definition when it is given', () => {
    // Share of red: 50 % in December, 0 % since: lower is better, improving.
    expect(kpiTrend('RagShareRed', data, { at: '2027-03-15' })).toMatchObject({ direction: 'improving', change: -50 });
    expect(kpiTrend('RagShareRed', data, { at: '2027-03-15' }, { higherIsBetter: true })).toMatchObject({ direction: 'worsening' });
    expect(kpiTrend('RagShareGreen', data, { at: '2027-02-28' }, { periods: 2 })).toMatchObject({ direction: 'improving', change: 50 });
  });

  it('has no direction without two periods with data', () => {
    const trend = kpiTrend('SpiAverage', data, { at: '2027-03-15' });
    expect(trend.points).toHaveLength(6);
    expect(trend.points.every(p => p.result.kind === 'noData')).toBe(true);
    expect(trend).toEqual({ points: trend.points, direction: 'noData' });
    expect(() => kpiTrend('NoSuchFormula', data, { at: '2027-03-15' })).toThrow(RangeError);
  });
});
