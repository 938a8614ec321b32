import type { IGateAccess, IGateReviewView, IGateService, ILifecycleView } from '../../services/GateService';
import type { IGateConditionRow, IGateReview, IGateReviewDraft } from '../../services/gateRecords';

/** Everything the Gates page shows for a project. */
export interface IGatesData {
  lifecycle: ILifecycleView;
  access: IGateAccess;
  /** The project manager's draft checklist, if one is being filled. */
  draft?: IGateReviewDraft;
  /** The project's reviews, newest first. */
  reviews: IGateReview[];
  /** The newest review with its checklist, waivers, readiness, decision and conditions. */
  latest?: IGateReviewView;
  conditions: IGateConditionRow[];
}

/**
 * Reads the project's gates: lifecycle (which applies a trusted go the register does not show yet,
 * when the user may), the user's role, the draft, the reviews and the conditions at once, then the
 * newest review's details.
 */
export async function readGates(gates: IGateService, projectId: number): Promise<IGatesData> {
  const [lifecycle, access, draft, reviews, conditions] = await Promise.all([
    gates.getLifecycle(projectId), gates.getAccess(projectId), gates.getDraft(projectId), gates.listReviews(projectId), gates.listConditions(projectId)
  ]);
  const latest = reviews.length ? await gates.getReview(reviews[0].id) : undefined;
  return { lifecycle, access, draft, reviews, latest, conditions };
}

/** Whether the newest review still waits for the board's decision at the gate ahead (no new checklist then). */
export function awaitingDecision(data: Pick<IGatesData, 'latest' | 'lifecycle'>): boolean {
  const latest = data.latest;
  return !!latest && !latest.decision && latest.review.gateId === data.lifecycle.gate?.id;
}
