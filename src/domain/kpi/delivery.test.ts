/**
 * Milestone adherence, open high risks and overdue issues on worked examples, each as it stood at
 * the end of a day, with the no-data cases. Risk bands as PRINCE2's probability-impact grid (score
 * P × I, PMBOK® Guide 6th ed. §11.3.2.2) with PMO Hub's default bands (High from 12).
 */
import { computeKpi, type IKpiContext, type IKpiData, type IKpiIssue, type IKpiMilestone, type IKpiProject, type IKpiRisk } from './index';

const projects: IKpiProject[] = [
  { id: 1, status: 'Active' },
  { id: 2, status: 'Active' },
  { id: 3, status: 'Closed', endedOn: '2027-02-15' }
];

const value = (code: string, d: IKpiData, context: IKpiContext): unknown => {
  const r = computeKpi(code, d, context);
  return r.kind === 'value' ? { value: Number(r.value.toFixed(4)), basis: r.basis } : r;
};

describe('MilestonesOnTime and MilestonesLate', () => {
  const m = (projectId: number, baselineDate: string | undefined, actualDate?: string, status: string = actualDate ? 'Achieved' : 'Planned'): IKpiMilestone =>
    ({ projectId, title: `${projectId}/${baselineDate ?? '-'}`, baselineDate, actualDate, status });
  const milestones: IKpiMilestone[] = [
    m(1, '2027-02-10', '2027-02-08'), // on time
    m(1, '2027-03-01', '2027-03-05'), // achieved late
    m(2, '2027-03-20'), // open past its baseline: late
    m(2, '2027-03-31'), // due on the day itself: not late yet
    m(2, '2027-05-01'), // not yet due
    m(3, '2027-01-20', '2027-01-20'), // on time, on a project closed since
    m(1, '2027-01-10', undefined, 'Cancelled'),
    m(1, '2027-01-05', undefined, 'Achieved'), // achieved, day unknown: cannot be placed
    m(2, '2025-12-01', '2025-11-30'), // fell due more than twelve months before
    m(2, undefined, undefined), // no baseline
    m(2, '2027-02-29') // not a day
  ];
  const data: IKpiData = { projects, milestones };

  it('end of March: 2 on time of 4 due in the last twelve months (50 %); 1 late and open', () => {
    expect(value('MilestonesOnTime', data, { at: '2027-03-31' })).toEqual({ value: 50, basis: 4 });
    // Baselined milestones of running projects 1 and 2 (not cancelled): 7; late and open: the one due 20 March.
    expect(value('MilestonesLate', data, { at: '2027-03-31' })).toEqual({ value: 1, basis: 7 });
  });

  it('4 March: the milestone due 1 March is late and still open; the one due 20 March is not due yet', () => {
    expect(value('MilestonesOnTime', data, { at: '2027-03-04' })).toEqual({ value: 66.6667, basis: 3 });
    expect(value('MilestonesLate', data, { at: '2027-03-04' })).toEqual({ value: 1, basis: 7 });
    // 5 March: achieved (late): no longer open, still late in the share.
    expect(value('MilestonesLate', data, { at: '2027-03-05' })).toEqual({ value: 0, basis: 7 });
    expect(value('MilestonesOnTime', data, { at: '2027-03-05' })).toEqual({ value: 66.6667, basis: 3 });
  });

  it('the window decides which milestones fell due: 30 days before 31 March', () => {
    // Due 2 to 31 March: the late one of 20 March (1 March is 30 days before: outside).
    expect(value('MilestonesOnTime', data, { at: '2027-03-31', windowDays: 30 })).toEqual({ value: 0, basis: 1 });
    expect(value('MilestonesOnTime', data, { at: '2027-03-31', windowDays: 31 })).toEqual({ value: 0, basis: 2 });
  });

  it('has no data when nothing fell due, or nothing is baselined: never 0 or 100 %', () => {
    expect(computeKpi('MilestonesOnTime', data, { at: '2027-01-09' })).toEqual({ kind: 'noData', reason: 'noMilestonesDue' });
    expect(computeKpi('MilestonesOnTime', { projects }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noMilestonesDue' });
    expect(computeKpi('MilestonesLate', { projects, milestones: [m(1, undefined), m(1, '2027-01-01', undefined, 'Cancelled'), m(3, '2027-01-01')] }, { at: '2027-03-31' }))
      .toEqual({ kind: 'noData', reason: 'noMilestones' });
  });
});

describe('OpenHighRisks', () => {
  const risk = (id: number, projectId: number, status: string, probability: number, impact: number, extra: Partial<IKpiRisk> = {}): IKpiRisk =>
    ({ id, projectId, status, probability, impact, ...extra });
  const risks: IKpiRisk[] = [
    risk(1, 1, 'Open', 4, 4, { raisedOn: '2027-01-10' }), // 16: High
    risk(2, 1, 'Mitigating', 3, 3), // 9: Medium
    risk(3, 2, 'Closed', 5, 5, { raisedOn: '2027-01-01', closedOn: '2027-03-15' }), // High until 15 March
    risk(4, 2, 'Open', 4, 3, { raisedOn: '2027-04-02' }), // raised after March
    risk(5, 3, 'Open', 5, 5), // its project ended in February
    risk(6, 2, 'Open', 4, 5, { ratings: [{ on: '2027-01-05', probability: 2, impact: 2 }, { on: '2027-03-20', probability: 4, impact: 5 }] }), // 4, then 20
    risk(7, 1, 'Closed', 5, 5) // closed, day unknown: closed every day
  ];
  const data: IKpiData = { projects, risks };

  it('end of March: risks 1 (16) and 6 (20) are open and High', () => {
    expect(value('OpenHighRisks', data, { at: '2027-03-31' })).toEqual({ value: 2, basis: 5 });
  });

  it('10 March: risk 3 was still open, risk 6 was rated 4', () => {
    expect(value('OpenHighRisks', data, { at: '2027-03-10' })).toEqual({ value: 2, basis: 5 });
    expect(value('OpenHighRisks', data, { at: '2027-03-15' })).toEqual({ value: 1, basis: 5 });
  });

  it('uses the PMO\'s bands: High from 20', () => {
    expect(value('OpenHighRisks', data, { at: '2027-03-31', riskThresholds: { medium: 5, high: 20 } })).toEqual({ value: 1, basis: 5 });
    expect(() => computeKpi('OpenHighRisks', data, { at: '2027-03-31', riskThresholds: { medium: 12, high: 5 } })).toThrow(RangeError);
  });

  it('has no data without a risk raised by then on a running project: never 0', () => {
    expect(computeKpi('OpenHighRisks', { projects, risks: [risk(5, 3, 'Open', 5, 5), risk(4, 2, 'Open', 4, 3, { raisedOn: '2027-04-02' })] }, { at: '2027-03-31' }))
      .toEqual({ kind: 'noData', reason: 'noRisks' });
    expect(computeKpi('OpenHighRisks', { projects }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noRisks' });
    // A register in use with no High risk is a real 0.
    expect(value('OpenHighRisks', { projects, risks: [risk(2, 1, 'Mitigating', 3, 3)] }, { at: '2027-03-31' })).toEqual({ value: 0, basis: 1 });
  });
});

describe('OverdueIssues', () => {
  const issue = (projectId: number, status: string, dueDate?: string, extra: Partial<IKpiIssue> = {}): IKpiIssue => ({ projectId, status, dueDate, ...extra });
  const issues: IKpiIssue[] = [
    issue(1, 'Open', '2027-03-30', { raisedOn: '2027-03-01' }), // overdue from 31 March
    issue(1, 'InProgress', '2027-03-31'), // due on the day: not overdue
    issue(2, 'Resolved', '2027-03-10', { resolvedOn: '2027-03-20' }), // overdue 11 to 19 March
    issue(2, 'Closed', '2027-01-01'), // closed, day unknown
    issue(2, 'Open'), // no due day: never overdue
    issue(3, 'Open', '2027-01-01'), // its project ended in February
    issue(1, 'Open', '2027-03-01', { raisedOn: '2027-03-20' }) // raised late, already past due
  ];
  const data: IKpiData = { projects, issues };

  it('end of March: 2 overdue', () => {
    expect(value('OverdueIssues', data, { at: '2027-03-31' })).toEqual({ value: 2, basis: 6 });
  });

  it('15 March: the issue resolved on the 20th was overdue; the one raised on the 20th did not exist', () => {
    expect(value('OverdueIssues', data, { at: '2027-03-15' })).toEqual({ value: 1, basis: 5 });
    expect(value('OverdueIssues', data, { at: '2027-03-20' })).toEqual({ value: 1, basis: 6 });
  });

  it('has no data without an issue raised by then on a running project: never 0', () => {
    expect(computeKpi('OverdueIssues', { projects, issues: [issue(3, 'Open', '2027-01-01')] }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noIssues' });
    expect(computeKpi('OverdueIssues', { projects, issues: [] }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noIssues' });
  });
});
