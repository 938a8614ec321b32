/** A calendar invitation for an enrolment (built as .ics text by `./ics`, loaded lazily). */
export interface ICalendarInvite {
  /** Stable per enrolment: `pmohub-enrolment-<id>@<host>` (see enrolmentUid). */
  uid: string;
  title: string;
  description?: string;
  /** ISO instants. */
  startUtc: string;
  endUtc: string;
  /** The venue (TrainingSessions.Venue). */
  location?: string;
  /** The online link (TrainingSessions.OnlineUrl), http(s). */
  url?: string;
  /** The trainer, when known. */
  organizer?: { name: string; email: string };
  /** Named in the description; not written as ATTENDEE (RFC 5546 §3.2.1: a PUBLISH has no attendees). */
  attendee?: { name: string; email: string };
  /** DTSTAMP (when the invitation was made), an ISO instant; now when left out. */
  stampUtc?: string;
}

/** The invitation's UID for an enrolment: `pmohub-enrolment-<id>@<host>` (RFC 5545 §3.8.4.7: globally unique, stable). */
export function enrolmentUid(enrolmentId: number, host: string): string {
  return `pmohub-enrolment-${enrolmentId}@${host}`;
}
