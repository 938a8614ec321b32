/**
 * Aggregation of a scoring round at close, pure: per request and criterion the members' mean, min,
 * max and spread; the request's total and rank; a disagreement flag; ties broken with a reason the
 * UI translates; requests scored by fewer members than invited flagged (a missing score is never
 * counted as 0).
 */
import { normalisedScore, weightedTotal } from './weighted';
import { wsjfOfMeans, WSJF_ROLES } from './wsjf';
import type { ICriterion } from './model';
import type { ScoringMethod } from './vocabulary';

/** One submitted score: a member's value for one request and criterion. */
export interface IRoundScore {
  /** The board member (site user id). */
  member: number;
  /** The request number (ProjectRequests item id). */
  request: number;
  /** The criterion (ScoringCriteria item id of the round's model version). */
  criterion: number;
  value: number;
}

/** The input of {@link aggregateRound}. */
export interface IAggregationInput {
  /** The round's locked model version: method and criteria (with weights, scales, directions, roles). */
  method: ScoringMethod;
  criteria: ReadonlyArray<ICriterion>;
  /** The candidates' request numbers. */
  requests: ReadonlyArray<number>;
  /** The invited board members (site user ids). */
  members: ReadonlyArray<number>;
  /** The submitted scores (drafts are not part of a result). */
  scores: ReadonlyArray<IRoundScore>;
  /**
   * Disagreement threshold as a share of each criterion's scale range (0–1): a criterion is flagged
   * when (max − min) / (scaleMax − scaleMin) exceeds it, e.g. 0.3 on a 0–10 scale = more than 3 points.
   */
  spreadThreshold: number;
}

/** The members' scores of one request on one criterion. */
export interface ICriterionResult {
  criterion: number;
  /** How many members scored it. */
  count: number;
  /** Mean, min and max of the values (undefined when nobody scored it). */
  mean?: number;
  min?: number;
  max?: number;
  /** max − min, in the criterion's scale units (undefined when nobody scored it). */
  spread?: number;
  /** spread / (scaleMax − scaleMin), 0–1. */
  relativeSpread?: number;
  /** relativeSpread > the round's threshold. */
  disagreement: boolean;
}

/** Why one request ranks above another with the same total (`Scoring_TieBreak_<code>` in src/loc). */
export type TieBreakReason = 'highestWeightCriterion' | 'fewerDisagreements' | 'lowerRequestNumber';

/** A tie between two neighbours in the ranking and what decided it. */
export interface ITieBreak {
  /** The request ranked higher, and the one right below it with the same total. */
  above: number;
  below: number;
  reason: TieBreakReason;
  /** For 'highestWeightCriterion': the criterion that decided. */
  criterion?: number;
}

/** The result of one request. */
export interface IRequestResult {
  request: number;
  criteria: ICriterionResult[];
  /**
   * Weighted and AHP: 100 × the weighted sum of the criterion means (0–100). WSJF: the cost of delay
   * of the component means divided by the mean job size. Undefined when a criterion has no score.
   */
  total?: number;
  /** 1 = best; every request has its own rank (ties are broken, see {@link ITieBreak}); unscored requests come last. */
  rank: number;
  /** Members who submitted at least one score for the request. */
  scoredBy: number;
  /** Invited members with no score for it: the request is incomplete when any is missing. */
  missingMembers: number[];
  incomplete: boolean;
  disagreement: boolean;
  /** The criteria with a disagreement. */
  disagreementCriteria: number[];
}

/** The result of a round. */
export interface IRoundResult {
  /** Requests in rank order. */
  requests: IRequestResult[];
  ties: ITieBreak[];
}

/** Totals closer than this count as equal (they show the same with two decimals). */
export const TIE_EPSILON: number = 0.005;

function criterionResult(c: ICriterion, values: number[], threshold: number): ICriterionResult {
  if (!values.length) return { criterion: c.id, count: 0, disagreement: false };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = max - min;
  const relativeSpread = spread / (c.scaleMax - c.scaleMin);
  return { criterion: c.id, count: values.length, mean: values.reduce((s, x) => s + x, 0) / values.length, min, max, spread, relativeSpread, disagreement: relativeSpread > threshold + 1e-12 };
}

function totalOf(method: ScoringMethod, criteria: ReadonlyArray<ICriterion>, results: ReadonlyArray<ICriterionResult>): number | undefined {
  if (results.some(r => r.mean === undefined)) return undefined;
  const means = results.map(r => r.mean as number);
  if (method !== 'Wsjf') return 100 * weightedTotal(criteria, means);
  const mean = (role: string): number => means[criteria.findIndex(c => c.role === role)];
  return wsjfOfMeans({
    businessValue: mean(WSJF_ROLES.businessValue),
    timeCriticality: mean(WSJF_ROLES.timeCriticality),
    riskReduction: mean(WSJF_ROLES.riskReduction),
    jobSize: mean(WSJF_ROLES.jobSize)
  }).wsjf;
}

/** The criterion that breaks ties: the highest weight, the first of equals (WSJF: job size, the smaller the better). */
function decidingCriterion(method: ScoringMethod, criteria: ReadonlyArray<ICriterion>): number {
  if (method === 'Wsjf') return Math.max(0, criteria.findIndex(c => c.role === 'JobSize'));
  return criteria.reduce((best, c, i) => (c.weight > criteria[best].weight ? i : best), 0);
}

/**
 * Aggregates a round. Per request and criterion: mean, min, max and spread (max − min) over the
 * members who submitted a value; the total ({@link IRequestResult.total}); a disagreement where the
 * spread exceeds the threshold share of the scale. Ranking: total, highest first; requests without a
 * total last. Equal totals (within {@link TIE_EPSILON}) are ordered by, in turn:
 * 1. the higher normalised mean on the deciding criterion (the highest weight; the first of equal
 *    weights; WSJF: the smaller job size) — 'highestWeightCriterion';
 * 2. fewer criteria in disagreement — 'fewerDisagreements';
 * 3. the lower (earlier) request number — 'lowerRequestNumber'.
 * Scores of members not invited, of requests not in the round or of unknown criteria are ignored;
 * a value outside its criterion's scale throws (the service validated it at submission).
 * @throws RangeError for a value outside its scale or a threshold outside 0–1.
 */
export function aggregateRound(input: IAggregationInput): IRoundResult {
  if (!(input.spreadThreshold >= 0 && input.spreadThreshold <= 1)) throw new RangeError(`The disagreement threshold must be a share of the scale from 0 to 1, not ${input.spreadThreshold}.`);
  const members = new Set(input.members);
  const critIndex = new Map(input.criteria.map((c, i) => [c.id, i] as const));
  const deciding = decidingCriterion(input.method, input.criteria);
  const results = input.requests.map((request): IRequestResult & { decidingScore: number } => {
    const mine = input.scores.filter(s => s.request === request && members.has(s.member) && critIndex.has(s.criterion));
    const values = input.criteria.map(() => [] as number[]);
    for (const s of mine) {
      const c = input.criteria[critIndex.get(s.criterion) as number];
      normalisedScore(s.value, c); // throws RangeError for a value off the scale
      values[critIndex.get(s.criterion) as number].push(s.value);
    }
    const criteria = input.criteria.map((c, i) => criterionResult(c, values[i], input.spreadThreshold));
    const scorers = new Set(mine.map(s => s.member));
    const missingMembers = input.members.filter(m => !scorers.has(m));
    const dc = criteria[deciding];
    return {
      request,
      criteria,
      total: totalOf(input.method, input.criteria, criteria),
      rank: 0,
      scoredBy: scorers.size,
      missingMembers,
      incomplete: missingMembers.length > 0,
      disagreement: criteria.some(c => c.disagreement),
      disagreementCriteria: criteria.filter(c => c.disagreement).map(c => c.criterion),
      decidingScore: dc && dc.mean !== undefined ? normalisedScore(dc.mean, input.criteria[deciding]) : -1
    };
  });
  return rank(results, input.criteria[deciding]?.id);
}

function rank(results: Array<IRequestResult & { decidingScore: number }>, decidingId: number | undefined): IRoundResult {
  const sameTotal = (a: IRequestResult, b: IRequestResult): boolean => (a.total === undefined && b.total === undefined) || (a.total !== undefined && b.total !== undefined && Math.abs(a.total - b.total) < TIE_EPSILON);
  const reasonOf = (a: IRequestResult & { decidingScore: number }, b: IRequestResult & { decidingScore: number }): TieBreakReason =>
    Math.abs(a.decidingScore - b.decidingScore) > 1e-9 ? 'highestWeightCriterion' : a.disagreementCriteria.length !== b.disagreementCriteria.length ? 'fewerDisagreements' : 'lowerRequestNumber';
  const sorted = results.slice().sort((a, b) => {
    if (!sameTotal(a, b)) return a.total === undefined ? 1 : b.total === undefined ? -1 : (b.total as number) - (a.total as number);
    const reason = reasonOf(a, b);
    if (reason === 'highestWeightCriterion') return b.decidingScore - a.decidingScore;
    if (reason === 'fewerDisagreements') return a.disagreementCriteria.length - b.disagreementCriteria.length;
    return a.request - b.request;
  });
  const ties: ITieBreak[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (!sameTotal(a, b) || a.total === undefined) continue;
    const reason = reasonOf(a, b);
    ties.push({ above: a.request, below: b.request, reason, ...(reason === 'highestWeightCriterion' && decidingId !== undefined ? { criterion: decidingId } : {}) });
  }
  return { requests: sorted.map(({ decidingScore: _d, ...r }, i) => ({ ...r, rank: i + 1 })), ties };
}
