/**
 * The waiting-list rule on worked examples: seats and waiting positions follow the order of the
 * enrolment item IDs among active enrolments (issue 15, decision 1 of the people-development design),
 * so a cancellation moves up exactly the first person waiting.
 */
import { enrolmentStateOf, needsSeatConfirmation, seatStatuses, sessionCounts, type IEnrolmentRecord } from './index';

function enrolment(id: number, traineeId: number, state: IEnrolmentRecord['state'] = 'Active', seatConfirmedAt?: string): IEnrolmentRecord {
  return seatConfirmedAt ? { id, sessionId: 7, traineeId, state, seatConfirmedAt } : { id, sessionId: 7, traineeId, state };
}

function cancel(list: IEnrolmentRecord[], id: number): IEnrolmentRecord[] {
  return list.map(e => (e.id === id ? { ...e, state: 'Cancelled' as const } : e));
}

describe('seatStatuses', () => {
  it('one seat, two enrolments: the first (lower id) is enrolled, the second waits at position 1', () => {
    const s = seatStatuses(1, [enrolment(12, 102), enrolment(11, 101)]);
    expect(s.get(11)).toEqual({ kind: 'enrolled', seat: 1 });
    expect(s.get(12)).toEqual({ kind: 'waiting', position: 1 });
    expect(sessionCounts(1, [enrolment(11, 101), enrolment(12, 102)])).toEqual({ enrolled: 1, waiting: 1, free: 0 });
  });

  it('a cancellation promotes exactly one: the first waiting; the others move up one place', () => {
    let list = [enrolment(1, 101), enrolment(2, 102), enrolment(3, 103), enrolment(4, 104)];
    expect(sessionCounts(1, list)).toEqual({ enrolled: 1, waiting: 3, free: 0 });
    list = cancel(list, 1);
    const s = seatStatuses(1, list);
    expect(s.get(1)).toEqual({ kind: 'cancelled' });
    expect(s.get(2)).toEqual({ kind: 'enrolled', seat: 1 });
    expect(s.get(3)).toEqual({ kind: 'waiting', position: 1 });
    expect(s.get(4)).toEqual({ kind: 'waiting', position: 2 });
  });

  it('two cancellations (concurrent: applied in either order) with three waiting: two promoted, the third now position 1', () => {
    const start = [enrolment(1, 101), enrolment(2, 102), enrolment(3, 103), enrolment(4, 104), enrolment(5, 105)];
    for (const order of [[1, 2], [2, 1]]) {
      const list = cancel(cancel(start, order[0]), order[1]);
      const s = seatStatuses(2, list);
      expect(s.get(3)).toEqual({ kind: 'enrolled', seat: 1 });
      expect(s.get(4)).toEqual({ kind: 'enrolled', seat: 2 });
      expect(s.get(5)).toEqual({ kind: 'waiting', position: 1 });
    }
  });

  it('a waiting person cancelling moves the ones behind up, nobody gets a seat', () => {
    const s = seatStatuses(1, cancel([enrolment(1, 101), enrolment(2, 102), enrolment(3, 103)], 2));
    expect(s.get(1)).toEqual({ kind: 'enrolled', seat: 1 });
    expect(s.get(3)).toEqual({ kind: 'waiting', position: 1 });
  });

  it('raising the capacity moves up the next ones in order', () => {
    const list = [enrolment(1, 101), enrolment(2, 102), enrolment(3, 103), enrolment(4, 104)];
    expect(sessionCounts(1, list)).toEqual({ enrolled: 1, waiting: 3, free: 0 });
    const s = seatStatuses(3, list);
    expect(s.get(3)).toEqual({ kind: 'enrolled', seat: 3 });
    expect(s.get(4)).toEqual({ kind: 'waiting', position: 1 });
    expect(sessionCounts(6, list)).toEqual({ enrolled: 4, waiting: 0, free: 2 });
  });

  it('a trainee holds one place: their later duplicate enrolment takes no seat and no queue position', () => {
    const s = seatStatuses(1, [enrolment(1, 101), enrolment(2, 101), enrolment(3, 103)]);
    expect(s.get(2)).toEqual({ kind: 'cancelled' });
    expect(s.get(3)).toEqual({ kind: 'waiting', position: 1 });
    // After cancelling, the same trainee may enrol again (at the end of the queue).
    const again = seatStatuses(1, [{ ...enrolment(1, 101), state: 'Cancelled' }, enrolment(3, 103), enrolment(4, 101)]);
    expect(again.get(3)).toEqual({ kind: 'enrolled', seat: 1 });
    expect(again.get(4)).toEqual({ kind: 'waiting', position: 1 });
  });

  it('capacity 0 puts everyone on the waiting list; an invalid capacity or mixed sessions are refused', () => {
    expect(sessionCounts(0, [enrolment(1, 101)])).toEqual({ enrolled: 0, waiting: 1, free: 0 });
    expect(sessionCounts(3, [])).toEqual({ enrolled: 0, waiting: 0, free: 3 });
    expect(() => seatStatuses(-1, [])).toThrow(RangeError);
    expect(() => seatStatuses(1.5, [])).toThrow(RangeError);
    expect(() => seatStatuses(NaN, [])).toThrow(RangeError);
    expect(() => seatStatuses(1, [enrolment(1, 101), { ...enrolment(2, 102), sessionId: 8 }])).toThrow(RangeError);
  });

  it('reads the stored EnrolmentStatus: Cancelled is cancelled, everything else active', () => {
    expect(enrolmentStateOf('Cancelled')).toBe('Cancelled');
    expect(enrolmentStateOf('Enrolled')).toBe('Active');
    expect(enrolmentStateOf('Waitlisted')).toBe('Active');
    expect(enrolmentStateOf(undefined)).toBe('Active');
  });
});

describe('needsSeatConfirmation', () => {
  it('true once a waiting trainee has moved up to a seat, false after they confirmed it', () => {
    let list = [enrolment(1, 101, 'Active', '2026-11-02T08:00:00Z'), enrolment(2, 102)];
    let s = seatStatuses(1, list);
    expect(needsSeatConfirmation(s.get(1)!, list[0])).toBe(false);
    expect(needsSeatConfirmation(s.get(2)!, list[1])).toBe(false); // waiting
    list = cancel(list, 1);
    s = seatStatuses(1, list);
    expect(needsSeatConfirmation(s.get(2)!, list[1])).toBe(true); // moved up
    const confirmed = { ...list[1], seatConfirmedAt: '2026-11-03T09:15:00Z' };
    expect(needsSeatConfirmation(s.get(2)!, confirmed)).toBe(false);
    expect(needsSeatConfirmation(s.get(1)!, list[0])).toBe(false); // cancelled
  });
});
