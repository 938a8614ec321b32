import { buildMta } from '../../../domain/milestones';
import { dayOfUtc, dayOfY, MTA_DASHES, mtaChartModel, thinTicks, utcDate } from './mtaChartModel';

const REPORTS = ['2027-01-31', '2027-02-28', '2027-03-31'];

describe('the MTA chart model', () => {
  const series = buildMta([
    // "Design approved" slips at every report.
    ...['2027-04-15', '2027-04-30', '2027-05-20'].map((f, i) => ({ milestoneId: 1, reportDate: REPORTS[i], forecastDate: f })),
    // "Tender published" is reached on 20 Mar (reported at the end of March).
    { milestoneId: 2, reportDate: REPORTS[0], forecastDate: '2027-03-15' },
    { milestoneId: 2, reportDate: REPORTS[2], forecastDate: '2027-03-20', actualDate: '2027-03-20' }
  ], { milestones: [{ id: 1, title: 'Design approved' }, { id: 2, title: 'Tender published' }] });
  const model = mtaChartModel(series);

  it('draws a slipping milestone rising: a later report, a later forecast, a larger y', () => {
    const line = model?.lines[0];
    expect(line?.title).toBe('Design approved');
    expect(line?.points.map(p => [dayOfUtc(p.x), p.y])).toEqual([['2027-01-31', 74], ['2027-02-28', 89], ['2027-03-31', 109]]);
    expect(line?.trend).toBe('slipping');
  });

  it('ends a reached line on the diagonal, where x and y are the same day', () => {
    const last = model?.lines[1].points[1];
    expect(last).toMatchObject({ reached: true, reportDate: '2027-03-20', forecastDate: '2027-03-20' });
    expect(model && last && dayOfY(model, last.y)).toBe(dayOfUtc(last?.x ?? new Date(0)));
  });

  it('gives the diagonal over the report dates, y from the first report date, and lines distinct dashes and shapes', () => {
    expect(model?.yFrom).toBe('2027-01-31');
    expect(model?.diagonal.map(p => [dayOfUtc(p.x), p.y])).toEqual([['2027-01-31', 0], ['2027-03-31', 59]]);
    expect(model?.yDays).toBe(109);
    expect(model?.xTicks.map(dayOfUtc)).toEqual(REPORTS);
    expect(model?.lines.map(l => [l.dash, l.shape])).toEqual([[MTA_DASHES[0], 0], [MTA_DASHES[1], 1]]);
  });

  it('has nothing to draw without a point', () => {
    expect(mtaChartModel(buildMta([]))).toBeUndefined();
    expect(() => utcDate('2027-02-30')).toThrow(RangeError);
  });

  it('ticks the x axis at report dates only: every one up to eight, else evenly thinned with the first and last kept', () => {
    const months = Array.from({ length: 24 }, (_, i) => `20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`);
    const ticks = thinTicks(months);
    expect(ticks).toHaveLength(8);
    expect(ticks[0]).toBe(months[0]);
    expect(ticks[7]).toBe(months[23]);
    expect(ticks.every(t => months.includes(t))).toBe(true);
    expect(thinTicks(months.slice(0, 5))).toEqual(months.slice(0, 5));
  });
});
