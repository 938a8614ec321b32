/**
 * The organisation view's aggregates (MaturityResults: one item per department and quarter with counts
 * and sums only, never a person). A group is shown only from MIN_GROUP_SIZE respondents on, so no
 * small group's result points to a person.
 */
import { isCompleteResult, type IMaturityResult } from './levels';
import { perPerspective, PERSPECTIVES, type Perspective } from './vocabulary';

/** The smallest group whose results are shown (respondents). */
export const MIN_GROUP_SIZE = 5;

/** A group's sums (MaturityResults: Respondents, LevelSums, OverallCounts). */
export interface IGroupAggregate {
  respondents: number;
  /** Sum of the respondents' levels per perspective and of their overall levels. */
  levelSums: Record<Perspective | 'overall', number>;
  /** How many respondents have overall level 1, 2, 3, 4, 5. */
  overallCounts: [number, number, number, number, number];
}

/** A group without respondents. */
export function emptyGroupAggregate(): IGroupAggregate {
  return { respondents: 0, levelSums: { ...perPerspective(() => 0), overall: 0 }, overallCounts: [0, 0, 0, 0, 0] };
}

/**
 * The group's sums with one complete result added (`sign` 1, a submission) or taken away (`sign` -1,
 * the respondent's previous submission of the same quarter when they resubmit). Returns a new object.
 * @throws RangeError when the result is incomplete (a perspective or the overall level is missing), or
 *   when taking away would leave a negative count.
 */
export function addContribution(a: IGroupAggregate, r: IMaturityResult, sign: 1 | -1): IGroupAggregate {
  if (!isCompleteResult(r) || r.overall === undefined) throw new RangeError('Only a complete result (all seven perspectives and the overall level) can be added to a group.');
  const overall = r.overall;
  const levelSums = { ...a.levelSums };
  for (const p of PERSPECTIVES) levelSums[p] = (levelSums[p] ?? 0) + sign * (r.perspectives[p] ?? 0);
  levelSums.overall = (levelSums.overall ?? 0) + sign * overall;
  const overallCounts = a.overallCounts.slice() as IGroupAggregate['overallCounts'];
  overallCounts[overall - 1] += sign;
  const respondents = a.respondents + sign;
  if (respondents < 0 || overallCounts[overall - 1] < 0) throw new RangeError('The group has no such contribution to take away.');
  return { respondents, levelSums, overallCounts };
}

/** What the organisation view may show of a group. */
export type GroupView = { shown: false; respondents: number } | { shown: true; respondents: number; averages: Record<Perspective | 'overall', number> };

/**
 * A group as the organisation view shows it: the average level per perspective and overall (unrounded,
 * 1–5) only when it has at least MIN_GROUP_SIZE respondents; otherwise only that it is too small.
 */
export function groupView(a: IGroupAggregate): GroupView {
  if (!(a.respondents >= MIN_GROUP_SIZE)) return { shown: false, respondents: Math.max(0, a.respondents || 0) };
  const n = a.respondents;
  return { shown: true, respondents: n, averages: { ...perPerspective(p => (a.levelSums[p] ?? 0) / n), overall: (a.levelSums.overall ?? 0) / n } };
}
