/**
 * Seats and the waiting list of a training session, derived — never stored. The session's active
 * enrolments ordered by enrolment item ID: the first `capacity` hold seats, the rest wait in that order.
 * A trainee cancelling their own enrolment therefore moves up exactly the first person waiting (once,
 * whatever else happens at the same time), and a raised capacity moves up the next ones, without any
 * client writing another trainee's item (Enrolments allow editing own items only).
 */

/** An enrolment's stored state: EnrolmentStatus 'Cancelled' → Cancelled, any other value → Active. */
export type EnrolmentState = 'Active' | 'Cancelled';

/** An enrolment as the seat rule needs it (Enrolments list). */
export interface IEnrolmentRecord {
  /** The item ID: the order of the request. */
  id: number;
  sessionId: number;
  traineeId: number;
  state: EnrolmentState;
  /** When the trainee first saw that they hold a seat (SeatConfirmedAt, ISO instant). */
  seatConfirmedAt?: string;
}

/** Where an enrolment stands: a seat (1…capacity), a waiting position (1, 2, …) or cancelled. */
export type SeatStatus = { kind: 'enrolled'; seat: number } | { kind: 'waiting'; position: number } | { kind: 'cancelled' };

/** The state of a stored EnrolmentStatus value: 'Cancelled' is cancelled, anything else an active request. */
export function enrolmentStateOf(enrolmentStatus: string | undefined): EnrolmentState {
  return enrolmentStatus === 'Cancelled' ? 'Cancelled' : 'Active';
}

function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`The capacity must be a whole number of seats (0 or more), got ${capacity}.`);
}

/**
 * The status of each enrolment of ONE session, by enrolment id. Active enrolments ordered by id: the
 * first `capacity` are enrolled (seat 1, 2, …), the others wait (position 1, 2, …). A trainee holds one
 * place only: a later active enrolment of the same trainee (a double click both requests let through)
 * takes neither a seat nor a place in the queue and is reported as cancelled.
 * @param capacity seats (MaxParticipants), a whole number ≥ 0.
 * @throws RangeError on an invalid capacity or enrolments of more than one session.
 */
export function seatStatuses(capacity: number, enrolments: ReadonlyArray<IEnrolmentRecord>): Map<number, SeatStatus> {
  checkCapacity(capacity);
  const sessions = new Set(enrolments.map(e => e.sessionId));
  if (sessions.size > 1) throw new RangeError('seatStatuses takes the enrolments of one session.');
  const out = new Map<number, SeatStatus>();
  const trainees = new Set<number>();
  let active = 0;
  for (const e of enrolments.slice().sort((a, b) => a.id - b.id)) {
    if (e.state === 'Cancelled' || trainees.has(e.traineeId)) {
      out.set(e.id, { kind: 'cancelled' });
      continue;
    }
    trainees.add(e.traineeId);
    active++;
    out.set(e.id, active <= capacity ? { kind: 'enrolled', seat: active } : { kind: 'waiting', position: active - capacity });
  }
  return out;
}

/**
 * How full a session is: seats taken, people waiting and seats free ('Full' = free is 0). Same rule and
 * errors as seatStatuses.
 */
export function sessionCounts(capacity: number, enrolments: ReadonlyArray<IEnrolmentRecord>): { enrolled: number; waiting: number; free: number } {
  let enrolled = 0;
  let waiting = 0;
  seatStatuses(capacity, enrolments).forEach(s => {
    if (s.kind === 'enrolled') enrolled++;
    else if (s.kind === 'waiting') waiting++;
  });
  return { enrolled, waiting, free: capacity - enrolled };
}

/**
 * Whether the trainee should now be told "you have a seat" (and offered the .ics): they hold a seat and
 * have not yet confirmed it. The service records SeatConfirmedAt when an enrolment gets a seat at once
 * (enrol answers 'enrolled'), so an unconfirmed seat is one the trainee moved up to from the waiting list.
 */
export function needsSeatConfirmation(status: SeatStatus, record: IEnrolmentRecord): boolean {
  return status.kind === 'enrolled' && record.state === 'Active' && !record.seatConfirmedAt;
}
