/**
 * Which rows of a request's history count. RequestHistory is append-only for requesters (they may
 * add rows, never change them), but SharePoint cannot stop a requester from adding a row that claims
 * any move for any request. So a row counts only when the person who wrote it (the item's Author, set
 * by SharePoint) may make that move, and only when it continues the state the counted rows reached:
 * - moves from Draft (submit, withdraw): the request's own author;
 * - every other move, and the conversion into a project (Approved → Approved): a member of the PMO (PMO Officers, PMO Owners).
 * The request's state, for everyone but its author, is the state the counted rows reach.
 *
 * One exception keeps a submission whole when its history row was lost (the state change and the row
 * are two writes; SharePoint has no transaction across them): a request whose own state column says
 * it left Draft counts as submitted by its author. Only the author and the PMO can write that column,
 * and submitting is the author's own move, so the exception lets nobody make a move they may not.
 */
import { isIntakeState, nextStates, type IIntakeLogEntry, type IntakeState, type IProjectLink } from './intake';

/** One RequestHistory row as the fold needs it. */
export interface IHistoryRowFacts {
  /** Item id (the rows are folded in id order, which is the order SharePoint created them). */
  id: number;
  from?: string;
  to: string;
  /** Site user id of the row's Author. */
  authorId: number;
  authorName: string;
  /** ISO date and time the row was created. */
  created: string;
  comment?: string;
  reason?: string;
}

/** What the request itself says (its state column and submission date), and its author. */
export interface IRequestClaim {
  /** The request's IntakeState column. */
  state?: string;
  /** ISO date and time of the submission (SubmittedDate). */
  submittedAt?: string;
  authorName: string;
  /** The project the request became (its Project column), shown on the conversion's entry. */
  project?: IProjectLink;
}

/** The counted history of one request and the state it reaches. */
export interface ITrustedHistory {
  state: IntakeState;
  entries: IIntakeLogEntry[];
  /** Rows that were left out (a move their author may not make, or one that does not continue the state). */
  ignored: number;
}

/**
 * Folds a request's history rows into the moves that count (see the module comment).
 * @param rows The request's RequestHistory rows, in any order.
 * @param requestAuthorId Site user id of the request's Author.
 * @param pmoIds Site user ids of the PMO's members.
 * @param claim What the request itself says (see the exception in the module comment).
 */
export function foldTrustedHistory(rows: ReadonlyArray<IHistoryRowFacts>, requestAuthorId: number, pmoIds: ReadonlySet<number>, claim?: IRequestClaim): ITrustedHistory {
  let state: IntakeState = 'Draft';
  const entries: IIntakeLogEntry[] = [];
  let ignored = 0;
  const claimsSubmitted = !!claim && !!claim.submittedAt && isIntakeState(claim.state) && claim.state !== 'Draft' && claim.state !== 'Withdrawn';
  const submitImplicitly = (): void => {
    entries.push({ at: claim?.submittedAt ?? '', by: claim?.authorName ?? '', from: 'Draft', to: 'Submitted' });
    state = 'Submitted';
  };
  for (const r of rows.slice().sort((a, b) => a.id - b.id)) {
    const to = r.to;
    if (state === 'Draft' && claimsSubmitted && r.from === 'Submitted' && pmoIds.has(r.authorId)) submitImplicitly();
    if (state === 'Approved' && r.from === 'Approved' && to === 'Approved' && pmoIds.has(r.authorId)) {
      // The conversion into a project: recorded by the PMO, the state stays Approved.
      entries.push({ at: r.created, by: r.authorName, from: state, to: state, comment: r.comment || undefined, project: claim?.project });
      continue;
    }
    const mayWrite = state === 'Draft' ? r.authorId === requestAuthorId : pmoIds.has(r.authorId);
    if (!isIntakeState(to) || r.from !== state || nextStates(state).indexOf(to) < 0 || !mayWrite) {
      ignored++;
      continue;
    }
    entries.push({ at: r.created, by: r.authorName, from: state, to, comment: r.comment || undefined, reason: r.reason || undefined });
    state = to;
  }
  if (state === 'Draft' && claimsSubmitted) submitImplicitly();
  return { state, entries, ignored };
}
