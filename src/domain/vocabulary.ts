/**
 * PMO Hub's shared vocabulary: the language-neutral codes that choice columns store and the domain
 * rules reason about, each defined once with its literal type. The schema (src/schema/fields.ts)
 * takes its `choices` from here, in the order given, so these lists are also the order in which
 * SharePoint offers the values. The web parts show the codes through src/loc
 * (`Choice_<Field>_<Code>`). Pure: imports nothing.
 */

/** A PRINCE2 stage code (Projects.Prince2Stage). */
export type Prince2Stage = 'StartingUp' | 'Initiation' | 'Delivery' | 'Closing';

/** PRINCE2 stages in lifecycle order. */
export const PRINCE2_STAGES: ReadonlyArray<Prince2Stage> = ['StartingUp', 'Initiation', 'Delivery', 'Closing'];

/** A lifecycle status code of a project (Projects.LifecycleStatus). */
export type LifecycleStatus = 'Proposed' | 'Active' | 'OnHold' | 'Closed' | 'Cancelled';

/** Lifecycle states in lifecycle order. */
export const LIFECYCLE_STATES: ReadonlyArray<LifecycleStatus> = ['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled'];

/** A RAG value as SharePoint stores it (StatusReports and Projects: RagOverall, RagSchedule, …). */
export type Rag = 'Green' | 'Amber' | 'Red';

/** RAG values in the order the choice columns list them: best first. */
export const RAG_CHOICES: ReadonlyArray<Rag> = ['Green', 'Amber', 'Red'];

/** An intake state of a project request (ProjectRequests.IntakeState, RequestHistory.FromState/ToState). */
export type IntakeState = 'Draft' | 'Submitted' | 'InReview' | 'ReadyForScoring' | 'Approved' | 'Rejected' | 'Deferred' | 'Withdrawn';

/** Every intake state, in workflow order. */
export const INTAKE_STATES: ReadonlyArray<IntakeState> = ['Draft', 'Submitted', 'InReview', 'ReadyForScoring', 'Approved', 'Rejected', 'Deferred', 'Withdrawn'];

/** A priority code (Issues.Priority, ChangeRequests.Priority; ProjectRequests.Urgency uses the same codes). */
export type Priority = 'Low' | 'Medium' | 'High' | 'Critical';

/** Every priority, lowest first. */
export const PRIORITIES: ReadonlyArray<Priority> = ['Low', 'Medium', 'High', 'Critical'];

/**
 * The position of a stored code in one of the lists above, or -1 when the code is not one of them
 * (a value read from SharePoint is a plain string until checked).
 */
export function codeIndex<T extends string>(codes: ReadonlyArray<T>, code: string): number {
  return (codes as ReadonlyArray<string>).indexOf(code);
}

/** Whether a value is one of the codes of a list (narrows it to the list's type). */
export function isCode<T extends string>(codes: ReadonlyArray<T>, value: unknown): value is T {
  return typeof value === 'string' && codeIndex(codes, value) >= 0;
}
