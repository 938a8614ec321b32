/** The roadmap's timeline maths on worked examples: windows, positions, ticks, clipping and lanes. */
import { barOf, barState, markerDay, roadmapLanes, roadmapRow, shiftWindow, ticksOf, windowAt, windowLabel, xOf, zoomWindow, type IRoadmapMilestone } from './index';
import { row } from '../portfolio/fixtures';

const Q = 'Q{0} {1}';

describe('windows', () => {
  it('a quarter zoom shows the calendar quarter of the day, a year zoom its calendar year (end exclusive)', () => {
    expect(windowAt('quarter', '2027-05-10')).toEqual({ zoom: 'quarter', start: '2027-04-01', end: '2027-07-01', days: 91 });
    expect(windowAt('quarter', '2027-01-01')).toEqual({ zoom: 'quarter', start: '2027-01-01', end: '2027-04-01', days: 90 });
    expect(windowAt('quarter', '2027-12-31')).toEqual({ zoom: 'quarter', start: '2027-10-01', end: '2028-01-01', days: 92 });
    expect(windowAt('year', '2027-05-10')).toEqual({ zoom: 'year', start: '2027-01-01', end: '2028-01-01', days: 365 });
    expect(windowAt('year', '2028-02-29').days).toBe(366);
    expect(() => windowAt('year', '2027-02-30')).toThrow(RangeError);
  });

  it('moves by one period back and forward, across year ends', () => {
    const q4 = windowAt('quarter', '2026-11-30');
    expect(shiftWindow(q4, 1).start).toBe('2027-01-01');
    expect(shiftWindow(q4, -1).start).toBe('2026-07-01');
    expect(shiftWindow(windowAt('quarter', '2027-02-01'), -1)).toEqual({ zoom: 'quarter', start: '2026-10-01', end: '2027-01-01', days: 92 });
    expect(shiftWindow(windowAt('year', '2026-11-30'), 1)).toEqual({ zoom: 'year', start: '2027-01-01', end: '2028-01-01', days: 365 });
    expect(shiftWindow(windowAt('year', '2026-11-30'), -2).start).toBe('2024-01-01');
  });

  it('zooming keeps today when it is shown, else the window\'s start', () => {
    const year = windowAt('year', '2026-11-30');
    expect(zoomWindow(year, 'quarter', '2026-11-30').start).toBe('2026-10-01');
    expect(zoomWindow(shiftWindow(year, 1), 'quarter', '2026-11-30').start).toBe('2027-01-01');
    expect(zoomWindow(windowAt('quarter', '2027-08-15'), 'year').start).toBe('2027-01-01');
  });
});

describe('positions and ticks', () => {
  it('places a day where it begins, as a fraction of the window (not clamped)', () => {
    const q1 = windowAt('quarter', '2027-01-01'); // 90 days
    expect(xOf('2027-01-01', q1)).toBe(0);
    expect(xOf('2027-02-15', q1)).toBeCloseTo(45 / 90, 10);
    expect(xOf('2027-04-01', q1)).toBe(1);
    expect(xOf('2026-12-22', q1)).toBeCloseTo(-10 / 90, 10);
  });

  it('ticks months at quarter zoom, in the user\'s language', () => {
    const q2 = windowAt('quarter', '2027-05-10');
    expect(ticksOf(q2, 'en-us', Q).map(t => t.label)).toEqual(['Apr', 'May', 'Jun']);
    expect(ticksOf(q2, 'de-de', Q).map(t => t.label)).toEqual(['Apr', 'Mai', 'Jun']);
    expect(ticksOf(q2, 'fr-fr', Q).map(t => t.label)).toEqual(['avr.', 'mai', 'juin']);
    const ticks = ticksOf(q2, 'en-us', Q);
    expect(ticks.map(t => t.day)).toEqual(['2027-04-01', '2027-05-01', '2027-06-01']);
    expect(ticks[1].x).toBeCloseTo(30 / 91, 10);
  });

  it('ticks quarters at year zoom, from the locale\'s quarter template', () => {
    const y = windowAt('year', '2027-05-10');
    expect(ticksOf(y, 'en-us', Q).map(t => [t.day, t.label])).toEqual([['2027-01-01', 'Q1 2027'], ['2027-04-01', 'Q2 2027'], ['2027-07-01', 'Q3 2027'], ['2027-10-01', 'Q4 2027']]);
    expect(ticksOf(y, 'fr-fr', 'T{0} {1}')[2].label).toBe('T3 2027');
    expect(ticksOf(y, 'en-us', Q)[2].x).toBeCloseTo(181 / 365, 10);
    expect(windowLabel(y, 'en-us', Q)).toBe('2027');
    expect(windowLabel(windowAt('quarter', '2027-05-10'), 'nl-nl', 'K{0} {1}')).toBe('K2 2027');
  });
});

describe('bars', () => {
  const q1 = windowAt('quarter', '2027-01-01'); // 2027-01-01 … 2027-03-31, 90 days

  it('runs from the start day to the end of the end day', () => {
    const bar = barOf('2027-01-31', '2027-02-09', q1);
    expect(bar?.left).toBeCloseTo(30 / 90, 10);
    expect(bar?.width).toBeCloseTo(10 / 90, 10);
    expect(bar).toMatchObject({ continuesBefore: false, continuesAfter: false });
    expect(barOf('2027-03-31', '2027-03-31', q1)?.width).toBeCloseTo(1 / 90, 10);
  });

  it('is clipped at the window\'s edges and says that it continues', () => {
    expect(barOf('2026-11-15', '2027-02-14', q1)).toEqual({ left: 0, width: 0.5, continuesBefore: true, continuesAfter: false });
    const end = barOf('2027-03-02', '2027-09-30', q1);
    expect(end).toMatchObject({ continuesBefore: false, continuesAfter: true });
    expect(end?.width).toBeCloseTo(30 / 90, 10);
    expect(barOf('2026-01-01', '2028-01-01', q1)).toEqual({ left: 0, width: 1, continuesBefore: true, continuesAfter: true });
  });

  it('is not drawn outside the window', () => {
    expect(barOf('2026-01-01', '2026-12-31', q1)).toBeUndefined();
    expect(barOf('2027-04-01', '2027-06-30', q1)).toBeUndefined();
  });
});

describe('rows and lanes', () => {
  const q1 = windowAt('quarter', '2027-01-01');
  const ms = (id: number, extra: Partial<IRoadmapMilestone>): IRoadmapMilestone => ({ id, title: `M${id}`, ...extra });

  it('marks a project without a published report "None" (never green) and an ended one "Ended"', () => {
    expect(barState(row(1, {}))).toBe('None');
    expect(barState(row(1, { rag: { overall: 'Amber' } }))).toBe('Amber');
    expect(barState(row(1, { status: 'Closed', rag: { overall: 'Green' } }))).toBe('Ended');
  });

  it('draws a milestone at its actual date once reached, else at its forecast (or baseline)', () => {
    expect(markerDay(ms(1, { baselineDate: '2027-01-10', forecastDate: '2027-02-01', actualDate: '2027-02-03' }))).toEqual({ day: '2027-02-03', reached: true });
    expect(markerDay(ms(1, { baselineDate: '2027-01-10', forecastDate: '2027-02-01' }))).toEqual({ day: '2027-02-01', reached: false });
    expect(markerDay(ms(1, { baselineDate: '2027-01-10' }))).toEqual({ day: '2027-01-10', reached: false });
    expect(markerDay(ms(1, {}))).toBeUndefined();
  });

  it('lists undated projects without a bar, and keeps milestones outside the window off the drawing', () => {
    const undated = roadmapRow(row(1, { startDate: '2027-01-01' }), [], q1);
    expect(undated).toMatchObject({ dated: false, bar: undefined });
    const r = roadmapRow(row(2, { startDate: '2026-06-01', endDate: '2027-06-30' }), [
      ms(3, { forecastDate: '2027-05-01' }), ms(2, { forecastDate: '2027-01-01', actualDate: '2027-01-01' }), ms(1, { forecastDate: '2027-03-01' }), ms(4, {})
    ], q1);
    expect(r.milestones.map(m => m.milestone.id)).toEqual([2, 1, 3]);
    expect(r.visible.map(m => m.milestone.id)).toEqual([2, 1]);
    expect(r.visible[0].x).toBeCloseTo(0.5 / 90, 10); // the middle of its day
    expect(r.bar).toMatchObject({ left: 0, width: 1, continuesBefore: true, continuesAfter: true });
  });

  it('groups by programme in the locale\'s order, keeps the rows\' order within a lane, and puts projects without a programme last', () => {
    const rows = [
      row(1, {}), row(2, { programme: { id: 7, title: 'Zeta' } }), row(3, { programme: { id: 8, title: 'Ärzte' } }),
      row(4, { programme: { id: 7, title: 'Zeta' } }), row(5, { programme: { id: 9, title: 'Bau' } })
    ];
    const lanes = roadmapLanes(rows, new Map([[4, [ms(1, { forecastDate: '2027-02-01' })]]]), q1, 'de-de');
    expect(lanes.map(l => l.key)).toEqual(['p8', 'p9', 'p7', '']);
    expect(lanes[2].rows.map(r => r.row.id)).toEqual([2, 4]);
    expect(lanes[2].rows[1].milestones).toHaveLength(1);
    expect(lanes[3].programme).toBeUndefined();
    expect(roadmapLanes([], new Map(), q1, 'en')).toEqual([]);
  });
});
