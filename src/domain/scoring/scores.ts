/**
 * A board member's scores in a round, pure: what a draft may hold and what a submission needs, with
 * issues that name the request and the criterion.
 */
import { isOnWsjfScale } from './wsjf';
import type { ICriterion } from './model';
import type { ScoringMethod } from './vocabulary';

/** One score a member enters: a value (or none yet) and a comment for one request and criterion. */
export interface IScoreEntry {
  /** The request number (ProjectRequests item id). */
  request: number;
  /** The criterion (ScoringCriteria item id). */
  criterion: number;
  value?: number;
  comment?: string;
}

/**
 * What is wrong with a score; the UI shows `Scoring_ScoreIssue_<code>` with the criterion's title.
 * 'notScorable': the request left "Ready for scoring" while the round was open (the scoring service
 * decides which requests are scorable and refuses scores for the others).
 */
export type ScoreIssueCode = 'missing' | 'outsideScale' | 'notOnScale' | 'unknownCriterion' | 'unknownRequest' | 'commentTooLong' | 'notScorable';

/** One problem, naming the request and the criterion it is about. */
export interface IScoreIssue {
  request: number;
  criterion: number;
  code: ScoreIssueCode;
}

/** The longest comment kept with a score (characters). */
export const MAX_SCORE_COMMENT: number = 2000;

/**
 * The one rule for a score's value, for every writer (a member's save, the service, the demo seed)
 * and every reader that shows a stored value (results, the score sheet): the value must lie on its
 * criterion's scale, from `scaleMin` to `scaleMax`, and be one of its levels — a whole number for a
 * weighted or AHP model, one of 1, 2, 3, 5, 8, 13, 20 for WSJF.
 * @returns 'outsideScale' (below min, above max, or not a finite number), 'notOnScale' (between the
 *   levels, e.g. 6.5 on a whole-number scale), or undefined when the value is a level of the scale.
 */
export function scoreValueIssue(method: ScoringMethod, c: Pick<ICriterion, 'scaleMin' | 'scaleMax'>, value: number): 'outsideScale' | 'notOnScale' | undefined {
  if (!isFinite(value) || value < c.scaleMin || value > c.scaleMax) return 'outsideScale';
  if (method === 'Wsjf' ? !isOnWsjfScale(value) : !Number.isInteger(value)) return 'notOnScale';
  return undefined;
}

/**
 * The problems of a member's scores for a round: in a draft, each value given must lie on its
 * criterion's scale ({@link scoreValueIssue}) and name a
 * request and criterion of the round; a submission also needs a value for every request and
 * criterion. Issues come in request order, then criterion order.
 */
export function checkScores(
  method: ScoringMethod,
  criteria: ReadonlyArray<ICriterion>,
  requests: ReadonlyArray<number>,
  entries: ReadonlyArray<IScoreEntry>,
  mode: 'draft' | 'submit'
): IScoreIssue[] {
  const out: IScoreIssue[] = [];
  const key = (r: number, c: number): string => `${r}:${c}`;
  const given = new Map<string, IScoreEntry>();
  for (const e of entries) {
    const c = criteria.filter(x => x.id === e.criterion)[0];
    if (requests.indexOf(e.request) < 0) out.push({ request: e.request, criterion: e.criterion, code: 'unknownRequest' });
    else if (!c) out.push({ request: e.request, criterion: e.criterion, code: 'unknownCriterion' });
    else given.set(key(e.request, e.criterion), e);
  }
  for (const r of requests) {
    for (const c of criteria) {
      const e = given.get(key(r, c.id));
      const problem = e?.value === undefined ? (mode === 'submit' ? 'missing' : undefined) : scoreValueIssue(method, c, e.value);
      if (problem) out.push({ request: r, criterion: c.id, code: problem });
      if (e?.comment && e.comment.length > MAX_SCORE_COMMENT) out.push({ request: r, criterion: c.id, code: 'commentTooLong' });
    }
  }
  return out;
}
