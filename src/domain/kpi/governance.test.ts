/**
 * Intake and gate KPIs (PMO Hub's own definitions) on worked examples: requests by state at a day,
 * the average time from submission to decision, and gates passed at the first attempt.
 */
import { computeKpi, INTAKE_OPEN_STATES, requestsByState, type IKpiContext, type IKpiData, type IKpiGateDecision, type IKpiRequest } from './index';

const value = (code: string, d: IKpiData, context: IKpiContext): unknown => {
  const r = computeKpi(code, d, context);
  return r.kind === 'value' ? { value: Number(r.value.toFixed(4)), basis: r.basis } : r;
};

describe('requests in intake', () => {
  const request = (id: number, ...moves: Array<[string, string]>): IKpiRequest => ({ id, log: moves.map(([at, to]) => ({ at, to: to as 'Submitted' })) });
  const requests: IKpiRequest[] = [
    request(1, ['2027-01-04T09:00:00Z', 'Submitted'], ['2027-01-10T10:00:00Z', 'InReview'], ['2027-02-01T10:00:00Z', 'ReadyForScoring'], ['2027-02-15T10:00:00Z', 'Approved'], ['2027-02-20T10:00:00Z', 'Approved']),
    // Submitted at 00:30 on 1 March in Berlin (still 28 February in UTC), rejected on 11 March.
    request(2, ['2027-02-28T23:30:00Z', 'Submitted'], ['2027-03-11T08:00:00Z', 'Rejected']),
    request(3, ['2027-03-02T08:00:00Z', 'Submitted'], ['2027-03-05T08:00:00Z', 'InReview']),
    request(4, ['2027-03-20T10:00:00Z', 'Submitted']),
    // Decided more than twelve months before the end of March 2027.
    request(5, ['2026-01-10T10:00:00Z', 'Submitted'], ['2026-02-01T10:00:00Z', 'Approved']),
    // Moves listed out of order: read in time order.
    request(6, ['2027-01-20T10:00:00Z', 'Deferred'], ['2027-01-05T10:00:00Z', 'Submitted'], ['2027-01-06T10:00:00Z', 'InReview']),
    request(7), // a draft: no move yet
    request(8, ['not a date', 'Submitted'])
  ];
  const data: IKpiData = { requests };
  const berlin = (at: string, extra: Partial<IKpiContext> = {}): IKpiContext => ({ at, timeZone: 'Europe/Berlin', ...extra });

  it('counts each request in the state of its last move by the end of the day', () => {
    expect(requestsByState(data, berlin('2027-03-31'))).toEqual({
      Draft: 0, Submitted: 1, InReview: 1, ReadyForScoring: 0, Approved: 2, Rejected: 1, Deferred: 1, Withdrawn: 0
    });
    expect(requestsByState(data, berlin('2027-01-31'))).toEqual({
      Draft: 0, Submitted: 0, InReview: 1, ReadyForScoring: 0, Approved: 1, Rejected: 0, Deferred: 1, Withdrawn: 0
    });
  });

  it('RequestsInState: the intake backlog by default, or the states asked for', () => {
    expect(INTAKE_OPEN_STATES).toEqual(['Submitted', 'InReview', 'ReadyForScoring', 'Deferred']);
    expect(value('RequestsInState', data, berlin('2027-03-31'))).toEqual({ value: 3, basis: 6 });
    expect(value('RequestsInState', data, berlin('2027-03-31', { requestStates: ['Approved'] }))).toEqual({ value: 2, basis: 6 });
    expect(value('RequestsInState', data, berlin('2027-01-31'))).toEqual({ value: 2, basis: 3 });
  });

  it('IntakeDaysAverage: days from submission to decision, in the site\'s time zone', () => {
    // Request 1: 4 January → 15 February = 42 days; request 2: 1 → 11 March = 10 days (Berlin). Mean 26.
    expect(value('IntakeDaysAverage', data, berlin('2027-03-31'))).toEqual({ value: 26, basis: 2 });
    // In UTC request 2 was submitted on 28 February: 11 days, mean 26.5.
    expect(value('IntakeDaysAverage', data, { at: '2027-03-31' })).toEqual({ value: 26.5, basis: 2 });
    // End of January 2027: only request 5 (22 days), decided 364 days before.
    expect(value('IntakeDaysAverage', data, berlin('2027-01-31'))).toEqual({ value: 22, basis: 1 });
    expect(value('IntakeDaysAverage', data, berlin('2027-03-31', { windowDays: 30 }))).toEqual({ value: 10, basis: 1 });
  });

  it('has no data before any submission or decision: never 0', () => {
    expect(computeKpi('RequestsInState', data, berlin('2026-01-09'))).toEqual({ kind: 'noData', reason: 'noRequests' });
    expect(computeKpi('RequestsInState', { requests: [request(7)] }, berlin('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noRequests' });
    expect(computeKpi('IntakeDaysAverage', data, berlin('2026-01-31'))).toEqual({ kind: 'noData', reason: 'noDecisions' });
    expect(computeKpi('IntakeDaysAverage', {}, berlin('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noDecisions' });
    // Submitted and waiting: a backlog of 1, but no decision to time yet.
    const waiting = { requests: [requests[3]] };
    expect(value('RequestsInState', waiting, berlin('2027-03-31'))).toEqual({ value: 1, basis: 1 });
    expect(computeKpi('IntakeDaysAverage', waiting, berlin('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noDecisions' });
  });
});

describe('GatesPassedFirstAttempt', () => {
  let id = 1;
  const decision = (projectId: number, gate: number | string, decidedOn: string, outcome: string): IKpiGateDecision => ({ id: id++, projectId, gate, decidedOn, decision: outcome });
  const projects = [{ id: 1, status: 'Active' }, { id: 2, status: 'Active' }, { id: 3, status: 'Cancelled' }];
  const gateDecisions: IKpiGateDecision[] = [
    decision(1, 'G1', '2027-01-10', 'Go'), // passed at once
    decision(1, 'G2', '2027-02-01', 'Recycle'), decision(1, 'G2', '2027-02-20', 'Go'), // second attempt
    decision(2, 'G1', '2027-03-01', 'GoWithConditions'), // passed at once
    // A gate passed at each delivery stage's end: at once, then after a recycle.
    decision(2, 'G3', '2027-01-15', 'Go'), decision(2, 'G3', '2027-03-25', 'Go'), decision(2, 'G3', '2027-03-10', 'Recycle'),
    decision(3, 'G1', '2026-01-15', 'Stop'), // outside twelve months
    decision(1, 'G4', '2027-04-05', 'Go'), // after the day
    decision(2, 'G2', '2027-03-30', 'Pending'), // not a gate decision
    decision(9, 'G1', '2027-03-01', 'Recycle') // not in scope
  ];
  const data: IKpiData = { projects, gateDecisions };

  it('end of March: 3 of 5 passages passed at once (60 %)', () => {
    expect(value('GatesPassedFirstAttempt', data, { at: '2027-03-31' })).toEqual({ value: 60, basis: 5 });
  });

  it('10 February: 2 of 3 (the recycled gate 2 counts as a miss before it passes)', () => {
    expect(value('GatesPassedFirstAttempt', data, { at: '2027-02-10' })).toEqual({ value: 66.6667, basis: 3 });
  });

  it('a Stop at the first decision is a miss; the window counts passages by their first decision', () => {
    expect(value('GatesPassedFirstAttempt', data, { at: '2026-12-31' })).toEqual({ value: 0, basis: 1 });
    // 30 days up to 31 March: only the delivery-stage passage opened by the recycle of 10 March.
    expect(value('GatesPassedFirstAttempt', data, { at: '2027-03-31', windowDays: 30 })).toEqual({ value: 0, basis: 1 });
    // Gate ids (numbers) and codes (strings) are different gates.
    expect(value('GatesPassedFirstAttempt', { projects, gateDecisions: [decision(1, 1, '2027-03-01', 'Recycle'), decision(1, '1', '2027-03-02', 'Go')] }, { at: '2027-03-31' }))
      .toEqual({ value: 50, basis: 2 });
  });

  it('has no data without a gate decision in the window: never 0 %', () => {
    expect(computeKpi('GatesPassedFirstAttempt', data, { at: '2026-01-14' })).toEqual({ kind: 'noData', reason: 'noGateDecisions' });
    expect(computeKpi('GatesPassedFirstAttempt', { projects }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noGateDecisions' });
    expect(computeKpi('GatesPassedFirstAttempt', data, { at: '2028-12-31' })).toEqual({ kind: 'noData', reason: 'noGateDecisions' });
  });
});
