import { isOverdue, issueAgeBucket, issueAgeDays, openIssuesByAge } from './index';

/* The buckets (0–7, 8–30, 31–90, > 90 days) are the issue's; no published source. */
const TODAY = '2027-03-15';

describe('overdue', () => {
  it('an open issue is overdue from the day after its due date', () => {
    expect(isOverdue({ status: 'Open', dueDate: '2027-03-14' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'InProgress', dueDate: '2026-12-31' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'Open', dueDate: '2027-03-15' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Open', dueDate: '2027-03-16' }, TODAY)).toBe(false);
  });

  it('resolved, closed and undated issues never are', () => {
    expect(isOverdue({ status: 'Resolved', dueDate: '2027-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Closed', dueDate: '2027-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Open' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Open', dueDate: '2027-02-30' }, TODAY)).toBe(false);
  });
});

describe('age', () => {
  it('counts calendar days, across a month end and a leap day', () => {
    expect(issueAgeDays({ raisedOn: TODAY }, TODAY)).toBe(0);
    expect(issueAgeDays({ raisedOn: '2027-02-28' }, '2027-03-01')).toBe(1);
    expect(issueAgeDays({ raisedOn: '2028-02-28' }, '2028-03-01')).toBe(2);
    expect(issueAgeDays({ raisedOn: '2027-03-16' }, TODAY)).toBe(0);
    expect(issueAgeDays({}, TODAY)).toBeUndefined();
  });

  it('buckets at the boundaries 7/8, 30/31, 90/91', () => {
    expect([0, 7, 8, 30, 31, 90, 91, 400].map(issueAgeBucket)).toEqual(['Days0To7', 'Days0To7', 'Days8To30', 'Days8To30', 'Days31To90', 'Days31To90', 'Over90Days', 'Over90Days']);
  });

  it('counts open issues by age; closed and resolved ones are left out', () => {
    const counts = openIssuesByAge([
      { status: 'Open', raisedOn: '2027-03-08' }, // 7
      { status: 'InProgress', raisedOn: '2027-03-07' }, // 8
      { status: 'Open', raisedOn: '2027-02-13' }, // 30
      { status: 'Open', raisedOn: '2026-12-15' }, // 90
      { status: 'Open', raisedOn: '2026-12-14' }, // 91
      { status: 'Closed', raisedOn: '2026-01-01' },
      { status: 'Resolved', raisedOn: '2027-03-15' },
      { status: 'Open' }
    ], TODAY);
    expect(counts).toEqual({ buckets: { Days0To7: 1, Days8To30: 2, Days31To90: 1, Over90Days: 1 }, unknown: 1, total: 6 });
  });
});
