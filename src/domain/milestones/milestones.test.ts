import { buildMta, mtaPoints, mtaTable, mtaTrend, rebaseline, type IBaselinedMilestone, type IMilestoneSnapshot } from './index';

const REPORTS = ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31'];

/** A worked example: five monthly reports of one project, four milestones. */
function snapshots(): IMilestoneSnapshot[] {
  const out: IMilestoneSnapshot[] = [];
  // 1 "Design approved" slips at every report: 15 Apr → 30 Apr → 20 May → 10 Jun → 30 Jun.
  ['2027-04-15', '2027-04-30', '2027-05-20', '2027-06-10', '2027-06-30'].forEach((f, i) => out.push({ milestoneId: 1, reportDate: REPORTS[i], forecastDate: f }));
  // 2 "Tender published": forecast 15 Mar, reached on 20 Mar (reported at the end of March); April repeats it.
  out.push({ milestoneId: 2, reportDate: REPORTS[0], forecastDate: '2027-03-15' });
  out.push({ milestoneId: 2, reportDate: REPORTS[1], forecastDate: '2027-03-15' });
  out.push({ milestoneId: 2, reportDate: REPORTS[2], forecastDate: '2027-03-20', actualDate: '2027-03-20' });
  out.push({ milestoneId: 2, reportDate: REPORTS[3], forecastDate: '2027-03-20', actualDate: '2027-03-20' });
  // 3 "Go-live" comes earlier: 1 Dec → 20 Nov → 10 Nov.
  ['2027-12-01', '2027-11-20', '2027-11-10'].forEach((f, i) => out.push({ milestoneId: 3, reportDate: REPORTS[i + 2], forecastDate: f }));
  // 4 "Steering committee" held as planned; the April report's forecast (20 Apr) is already past: due.
  out.push({ milestoneId: 4, reportDate: REPORTS[2], forecastDate: '2027-04-20' });
  out.push({ milestoneId: 4, reportDate: REPORTS[3], forecastDate: '2027-04-20' });
  out.push({ milestoneId: 4, reportDate: REPORTS[4], forecastDate: '2027-04-20' });
  return out;
}

describe('milestone trend analysis: lines', () => {
  const series = buildMta(snapshots(), {
    milestones: [{ id: 2, title: 'Tender published' }, { id: 1, title: 'Design approved' }, { id: 4, title: 'Steering committee' }, { id: 3, title: 'Go-live' }]
  });
  const line = (id: number): (typeof series.lines)[number] => series.lines.find(l => l.milestoneId === id) as (typeof series.lines)[number];

  it('draws a slipping milestone as a rising line', () => {
    const slipping = line(1);
    expect(slipping.points.map(p => [p.reportDate, p.forecastDate])).toEqual(REPORTS.map((r, i) => [r, ['2027-04-15', '2027-04-30', '2027-05-20', '2027-06-10', '2027-06-30'][i]]));
    for (let i = 1; i < slipping.points.length; i++) expect(slipping.points[i].forecastDate > slipping.points[i - 1].forecastDate).toBe(true);
    expect(slipping).toMatchObject({ title: 'Design approved', reached: false, slipDays: 76, lastChangeDays: 20, trend: 'slipping' });
  });

  it('stops a reached milestone\'s line on the diagonal at its actual date', () => {
    const reached = line(2);
    expect(reached.points).toEqual([
      { reportDate: '2027-01-31', forecastDate: '2027-03-15', snapshotDate: '2027-01-31' },
      { reportDate: '2027-02-28', forecastDate: '2027-03-15', snapshotDate: '2027-02-28' },
      { reportDate: '2027-03-20', forecastDate: '2027-03-20', snapshotDate: '2027-03-31', reached: true }
    ]);
    expect(reached).toMatchObject({ reached: true, slipDays: 5, trend: 'onPlan' }); // 5 days within the week's tolerance
  });

  it('stops a line whose forecast is on or before the report date (due), and ignores later reports', () => {
    expect(line(4).points).toEqual([
      { reportDate: '2027-03-31', forecastDate: '2027-04-20', snapshotDate: '2027-03-31' },
      { reportDate: '2027-04-20', forecastDate: '2027-04-20', snapshotDate: '2027-04-30', reached: true }
    ]);
    expect(line(4).trend).toBe('onPlan');
  });

  it('draws a milestone coming earlier as a falling line', () => {
    expect(line(3)).toMatchObject({ slipDays: -21, lastChangeDays: -10, trend: 'earlier', reached: false });
  });

  it('orders the lines as the milestones are given, and gives the report dates and extents with the diagonal', () => {
    expect(series.lines.map(l => l.milestoneId)).toEqual([2, 1, 4, 3]);
    expect(series.reportDates).toEqual(REPORTS);
    expect(series.extents).toEqual({
      x: { min: '2027-01-31', max: '2027-05-31' },
      y: { min: '2027-01-31', max: '2027-12-01' }, // widened down to the first report date: the diagonal starts there
      diagonal: { from: '2027-01-31', to: '2027-05-31' }
    });
    expect(series.toleranceDays).toBe(7);
  });

  it('classifies with the tolerance given', () => {
    const strict = buildMta(snapshots(), { toleranceDays: 0 });
    expect(strict.lines.find(l => l.milestoneId === 2)?.trend).toBe('slipping');
    expect([mtaTrend(7), mtaTrend(8), mtaTrend(-8), mtaTrend(1, 0)]).toEqual(['onPlan', 'slipping', 'earlier', 'slipping']);
    expect(() => buildMta([], { toleranceDays: -1 })).toThrow(RangeError);
    // Without the milestones, lines go by first forecast date.
    expect(strict.lines.map(l => l.milestoneId)).toEqual([2, 1, 4, 3]);
  });
});

describe('milestone trend analysis: edge cases', () => {
  it('keeps one point per report (the last given), sorts by report date and skips snapshots without a date', () => {
    const points = mtaPoints([
      { milestoneId: 1, reportDate: '2027-02-28', forecastDate: '2027-06-01' },
      { milestoneId: 1, reportDate: '2027-01-31', forecastDate: '2027-05-01' },
      { milestoneId: 1, reportDate: '2027-02-28', forecastDate: '2027-06-15' },
      { milestoneId: 1, reportDate: '2027-03-31' },
      { milestoneId: 1, reportDate: 'not a day', forecastDate: '2027-07-01' }
    ]);
    expect(points.map(p => [p.reportDate, p.forecastDate])).toEqual([['2027-01-31', '2027-05-01'], ['2027-02-28', '2027-06-15']]);
  });

  it('ignores an actual date after the report date, and never moves x back for an achievement recorded late', () => {
    expect(mtaPoints([{ milestoneId: 1, reportDate: '2027-01-31', forecastDate: '2027-03-01', actualDate: '2027-02-15' }])).toEqual([
      { reportDate: '2027-01-31', forecastDate: '2027-03-01', snapshotDate: '2027-01-31' }
    ]);
    const late = mtaPoints([
      { milestoneId: 1, reportDate: '2027-01-31', forecastDate: '2027-03-01' },
      { milestoneId: 1, reportDate: '2027-02-28', actualDate: '2027-01-20' }
    ]);
    expect(late[1]).toEqual({ reportDate: '2027-01-31', forecastDate: '2027-01-20', snapshotDate: '2027-02-28', reached: true });
  });

  it('has no line for a milestone without a point, and no extents without points', () => {
    const series = buildMta([{ milestoneId: 9, reportDate: '2027-01-31' }]);
    expect(series.lines).toEqual([]);
    expect(series.extents).toBeUndefined();
    expect(series.reportDates).toEqual(['2027-01-31']);
  });

  it('widens y up to the last report date when every forecast lies before it', () => {
    const s = buildMta([
      { milestoneId: 1, reportDate: '2027-01-31', forecastDate: '2027-02-10' },
      { milestoneId: 2, reportDate: '2027-06-30', forecastDate: '2027-07-05' },
      { milestoneId: 3, reportDate: '2027-09-30', actualDate: '2027-09-01' }
    ]);
    expect(s.extents?.y).toEqual({ min: '2027-01-31', max: '2027-09-30' });
    expect(s.extents?.x).toEqual({ min: '2027-01-31', max: '2027-09-30' }); // every report date, not only the points
  });
});

describe('milestone trend analysis: a line ends where it is reached, within the report dates', () => {
  // Worked example: quarterly reports 31 Mar – 30 Sep 2026. "Kick-off" was reached on 2 Sep 2024, long
  // before the first report, yet the 30 Sep report snapshotted it; "Go-live" was reached on 4 May 2026
  // with no report after that seeing it; "Pilot" is reached on 20 Sep 2026 after the last report saw it open.
  const reports = ['2026-03-31', '2026-06-30', '2026-09-30'];
  const series = buildMta([
    { milestoneId: 'kickoff', reportDate: '2026-09-30', forecastDate: '2024-09-02', actualDate: '2024-09-02' },
    { milestoneId: 'golive', reportDate: '2026-03-31', forecastDate: '2026-04-20' },
    { milestoneId: 'pilot', reportDate: reports[0], forecastDate: '2026-08-01' },
    { milestoneId: 'pilot', reportDate: reports[1], forecastDate: '2026-09-15' },
    { milestoneId: 'pilot', reportDate: reports[2], forecastDate: '2026-10-15' }
  ], {
    milestones: [
      { id: 'kickoff', title: 'Kick-off', actualDate: '2024-09-02' },
      { id: 'golive', title: 'Go-live', actualDate: '2026-05-04' },
      { id: 'pilot', title: 'Pilot', actualDate: '2026-10-20' }
    ]
  });
  const line = (id: string): (typeof series.lines)[number] | undefined => series.lines.find(l => l.milestoneId === id);

  it('draws no line for a milestone reached before the first report, and the x axis spans the report dates only', () => {
    expect(line('kickoff')).toBeUndefined();
    expect(series.extents?.x).toEqual({ min: '2026-03-31', max: '2026-09-30' });
    expect(series.extents?.diagonal).toEqual({ from: '2026-03-31', to: '2026-09-30' });
    expect(series.lines.flatMap(l => l.points).every(p => p.reportDate >= reports[0] && p.reportDate <= reports[2])).toBe(true);
  });

  it('ends a line on the diagonal at (actual, actual) when no snapshot saw it reached and the actual date is within the reports', () => {
    const golive = line('golive')!;
    expect(golive.reached).toBe(true);
    expect(golive.points).toEqual([
      { reportDate: '2026-03-31', forecastDate: '2026-04-20', snapshotDate: '2026-03-31' },
      { reportDate: '2026-05-04', forecastDate: '2026-05-04', snapshotDate: '2026-06-30', reached: true } // under the first report after it
    ]);
    expect(golive.slipDays).toBe(14);
    // An actual date after the last report waits for the report that sees it.
    expect(line('pilot')!.reached).toBe(false);
    expect(line('pilot')!.points).toHaveLength(3);
  });

  it('drops the snapshots after the reached point', () => {
    const s = buildMta([
      { milestoneId: 1, reportDate: '2026-03-31', forecastDate: '2026-05-01' },
      { milestoneId: 1, reportDate: '2026-06-30', forecastDate: '2026-05-10', actualDate: '2026-05-10' },
      { milestoneId: 1, reportDate: '2026-09-30', forecastDate: '2026-05-10', actualDate: '2026-05-10' }
    ], { milestones: [{ id: 1, title: 'Design', actualDate: '2026-05-10' }] });
    expect(s.lines[0].points.map(p => [p.reportDate, p.forecastDate])).toEqual([['2026-03-31', '2026-05-01'], ['2026-05-10', '2026-05-10']]);
  });
});

describe('milestone trend analysis: the table alternative', () => {
  it('has a column per report and a row per line, with the diagonal point under the report that recorded it', () => {
    const table = mtaTable(buildMta(snapshots(), { milestones: [{ id: 2, title: 'Tender published' }, { id: 1, title: 'Design approved' }] }));
    expect(table.columns).toEqual(REPORTS);
    expect(table.rows.map(r => r.milestoneId)).toEqual([2, 1, 4, 3]);
    expect(table.rows[0]).toEqual({
      milestoneId: 2,
      title: 'Tender published',
      cells: [{ forecastDate: '2027-03-15' }, { forecastDate: '2027-03-15' }, { forecastDate: '2027-03-20', reached: true }, undefined, undefined],
      reachedOn: '2027-03-20',
      slipDays: 5,
      trend: 'onPlan'
    });
    expect(table.rows[3].cells).toEqual([undefined, undefined, { forecastDate: '2027-12-01' }, { forecastDate: '2027-11-20' }, { forecastDate: '2027-11-10' }]);
    expect(table.rows[3].reachedOn).toBeUndefined();
  });
});

describe('re-baselining', () => {
  const milestone = { id: 7, title: 'Go-live', baselineDate: '2027-10-01', baselineHistory: [{ newBaseline: '2027-10-01', reason: 'Project start', changedOn: '2027-01-05' }] };

  it('refuses a new baseline SharePoint cannot hold (before 1900 or after 8900) as an invalid date', () => {
    for (const day of ['1899-12-31', '8901-01-01']) {
      expect(rebaseline(milestone, { baselineDate: day, reason: 'Far', changedOn: '2027-05-31', changedBy: 'Anna Berg' })).toEqual({ ok: false, issue: 'invalidDate', field: 'baselineDate' });
    }
  });

  it('sets the new baseline with its reason and keeps the old one in the history', () => {
    const r = rebaseline(milestone, { baselineDate: '2027-12-01', reason: '  Board approved CR-12 (two more interfaces). ', changedOn: '2027-05-31', changedBy: 'Anna Berg' });
    expect(r).toEqual({
      ok: true,
      change: { previousBaseline: '2027-10-01', newBaseline: '2027-12-01', reason: 'Board approved CR-12 (two more interfaces).', changedOn: '2027-05-31', changedBy: 'Anna Berg' },
      milestone: {
        id: 7,
        title: 'Go-live',
        baselineDate: '2027-12-01',
        baselineHistory: [
          { newBaseline: '2027-10-01', reason: 'Project start', changedOn: '2027-01-05' },
          { previousBaseline: '2027-10-01', newBaseline: '2027-12-01', reason: 'Board approved CR-12 (two more interfaces).', changedOn: '2027-05-31', changedBy: 'Anna Berg' }
        ]
      }
    });
    expect(milestone.baselineDate).toBe('2027-10-01'); // the input is not changed
    expect(milestone.baselineHistory).toHaveLength(1);
  });

  it('refuses a change without a reason, to the same date, or to an invalid date', () => {
    expect(rebaseline(milestone, { baselineDate: '2027-12-01', reason: ' \t', changedOn: '2027-05-31' })).toEqual({ ok: false, issue: 'reasonRequired', field: 'reason' });
    expect(rebaseline(milestone, { baselineDate: '2027-10-01', reason: 'again', changedOn: '2027-05-31' })).toEqual({ ok: false, issue: 'unchanged', field: 'baselineDate' });
    expect(rebaseline(milestone, { baselineDate: '2027-02-30', reason: 'x', changedOn: '2027-05-31' })).toEqual({ ok: false, issue: 'invalidDate', field: 'baselineDate' });
    expect(rebaseline(milestone, { baselineDate: '2027-12-01', reason: 'x', changedOn: '' })).toEqual({ ok: false, issue: 'invalidDate', field: 'changedOn' });
  });

  it('records a first baseline without a previous one', () => {
    const fresh: IBaselinedMilestone & { title: string } = { title: 'New' };
    const r = rebaseline(fresh, { baselineDate: '2028-01-15', reason: 'Planned', changedOn: '2027-06-01' });
    expect(r.ok && r.milestone).toEqual({ title: 'New', baselineDate: '2028-01-15', baselineHistory: [{ newBaseline: '2028-01-15', reason: 'Planned', changedOn: '2027-06-01' }] });
    expect(r.ok && r.change).toEqual({ newBaseline: '2028-01-15', reason: 'Planned', changedOn: '2027-06-01' });
  });
});
