/**
 * Training, pure: seats and the waiting list (derived from enrolment order), a session's time in the
 * viewer's and the session's zone, learning-path progress, completion rates and materials. The .ics
 * builder lives in './ics' and is NOT exported here, so the web part loads it (and the `ics` library)
 * only when a trainee downloads an invitation.
 */
export { enrolmentStateOf, needsSeatConfirmation, seatStatuses, sessionCounts, type EnrolmentState, type IEnrolmentRecord, type SeatStatus } from './seats';
export { hasSessionBegun, isValidTimeZone, sessionTimeText, zonedToUtc, type ISessionTime, type ISessionTimeText } from './sessionTime';
export { completionRates, pathProgress, type ICompletionRate, type ICompletionRow, type ILearningPathStep } from './progress';
export { invalidMaterialLines, parseMaterials, type IMaterialLink } from './materials';
export { enrolmentUid, type ICalendarInvite } from './invite';
export { fieldNumberText, readFieldNumber, type FieldNumberProblem, type FieldNumberReading, type IFieldNumberRule } from './fieldNumber';
export { sessionName, type ISessionNaming } from './sessionName';
