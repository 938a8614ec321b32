import { latestPublishedReport, nextMilestone, projectSummary } from './summary';

describe('portfolio: denormalised summary', () => {
  it('takes the next open milestone by forecast (baseline without one), overdue included', () => {
    const ms = [
      { title: 'Kick-off', status: 'Achieved', baselineDate: '2026-01-10', actualDate: '2026-01-12' },
      { title: 'Design', status: 'Late', baselineDate: '2026-03-01', forecastDate: '2026-05-01' },
      { title: 'Build', status: 'Planned', baselineDate: '2026-04-01' },
      { title: 'Dropped', status: 'Cancelled', baselineDate: '2026-02-01' }
    ];
    expect(nextMilestone(ms)).toEqual({ title: 'Build', date: '2026-04-01' });
    expect(nextMilestone(ms.slice(0, 2))).toEqual({ title: 'Design', date: '2026-05-01' });
    expect(nextMilestone([ms[0], ms[3]])).toBeUndefined();
  });

  it('takes the latest published report; drafts never count', () => {
    const reports = [
      { id: 1, reportDate: '2026-09-30', status: 'Published', rag: { overall: 'Green' as const } },
      { id: 2, reportDate: '2026-10-31', status: 'Published', rag: { overall: 'Amber' as const, cost: 'Red' as const } },
      { id: 3, reportDate: '2026-11-30', status: 'Draft', rag: { overall: 'Red' as const } }
    ];
    expect(latestPublishedReport(reports)?.id).toBe(2);
    expect(projectSummary(reports, [])).toEqual({ rag: { overall: 'Amber', cost: 'Red' }, lastReportDate: '2026-10-31', nextMilestone: undefined });
    expect(projectSummary([reports[2]], [])).toEqual({ rag: {}, lastReportDate: undefined, nextMilestone: undefined });
  });
});
