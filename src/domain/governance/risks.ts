/**
 * Risk rules (pure): the rating (probability and impact 1–5) and its score P × I, the bands of the
 * probability-impact grid with configurable thresholds, the 5 × 5 heat map of open risks and its
 * cell filter, a risk's trend since the last report, and the portfolio's top risks.
 *
 * Sources: PRINCE2 2017 ("Managing Successful Projects with PRINCE2", AXELOS), Risk theme: the
 * probability-impact grid; PMI PMBOK Guide 6th ed. §11.3.2.2, the probability and impact matrix
 * (a risk's priority is the product of its probability and impact ratings).
 */
import { daysBetween, isIsoDay, type IsoDay } from '../dates';
import { isCode } from '../vocabulary';
import { OPEN_RISK_STATUSES, type IProblem, type RiskBand, type RiskStatus, type RiskTrend } from './vocabulary';

/** The lowest and highest rating on each axis. */
export const RATING_MIN: number = 1;
export const RATING_MAX: number = 5;
/** The highest score (5 × 5). */
export const SCORE_MAX: number = RATING_MAX * RATING_MAX;

/** A risk's rating as entered: integers 1–5 (anything else is a problem). */
export interface IRiskRating {
  probability: number | undefined;
  impact: number | undefined;
}

/** Why a rating is refused: missing, not a whole number, or outside 1–5. */
export type RatingProblemCode = 'ratingRequired' | 'ratingNotInteger' | 'ratingOutOfRange';
/** A rating problem, naming the field. */
export type IRatingProblem = IProblem<RatingProblemCode, 'probability' | 'impact'>;

/** The problems of a rating, probability first; empty when both are integers 1–5. */
export function checkRiskRating(rating: IRiskRating): IRatingProblem[] {
  const problems: IRatingProblem[] = [];
  for (const field of ['probability', 'impact'] as const) {
    const value = rating[field];
    if (typeof value !== 'number' || Number.isNaN(value)) problems.push({ code: 'ratingRequired', field });
    else if (!Number.isInteger(value)) problems.push({ code: 'ratingNotInteger', field });
    else if (value < RATING_MIN || value > RATING_MAX) problems.push({ code: 'ratingOutOfRange', field });
  }
  return problems;
}

/** A rating's score, or its problems. */
export type RiskScoreResult = { ok: true; score: number } | { ok: false; problems: IRatingProblem[] };

/** The score P × I (1–25) of a valid rating (PMBOK 6th ed. §11.3.2.2); the problems of an invalid one. */
export function riskScore(rating: IRiskRating): RiskScoreResult {
  const problems = checkRiskRating(rating);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, score: (rating.probability as number) * (rating.impact as number) };
}

/** Band thresholds on the score: score ≥ high → High; score ≥ medium → Medium; else Low. */
export interface IRiskThresholds {
  medium: number;
  high: number;
}

/** The default thresholds: 1–4 Low, 5–11 Medium, 12–25 High. */
export const DEFAULT_RISK_THRESHOLDS: Readonly<IRiskThresholds> = Object.freeze({ medium: 5, high: 12 });

/** Why thresholds are refused: a threshold is not a whole number, or they break 1 < medium < high ≤ 25. */
export type ThresholdProblemCode = 'thresholdNotInteger' | 'thresholdOrder';
/** A threshold problem, naming the field. */
export type IThresholdProblem = IProblem<ThresholdProblemCode, 'medium' | 'high'>;

/**
 * The problems of thresholds: each must be a whole number and 1 < medium < high ≤ 25 (so that every
 * band holds at least one score). `thresholdOrder` names `medium` when medium ≤ 1, `high` otherwise.
 */
export function checkRiskThresholds(thresholds: IRiskThresholds): IThresholdProblem[] {
  const problems: IThresholdProblem[] = [];
  for (const field of ['medium', 'high'] as const) {
    if (!Number.isInteger(thresholds[field])) problems.push({ code: 'thresholdNotInteger', field });
  }
  if (problems.length > 0) return problems;
  if (thresholds.medium <= 1) problems.push({ code: 'thresholdOrder', field: 'medium' });
  else if (thresholds.high <= thresholds.medium || thresholds.high > SCORE_MAX) problems.push({ code: 'thresholdOrder', field: 'high' });
  return problems;
}

/**
 * The thresholds to use: the configured ones when valid, else the defaults (with the problems, so
 * that the settings page can show why). Missing configuration gives the defaults without problems.
 */
export function effectiveRiskThresholds(configured: IRiskThresholds | undefined): { thresholds: IRiskThresholds; problems: IThresholdProblem[] } {
  if (!configured) return { thresholds: { ...DEFAULT_RISK_THRESHOLDS }, problems: [] };
  const problems = checkRiskThresholds(configured);
  return problems.length > 0 ? { thresholds: { ...DEFAULT_RISK_THRESHOLDS }, problems } : { thresholds: { ...configured }, problems };
}

/**
 * The band of a score (1–25) under thresholds (default DEFAULT_RISK_THRESHOLDS): ≥ high → High,
 * ≥ medium → Medium, else Low. Throws RangeError for invalid thresholds (validate configured ones
 * with `effectiveRiskThresholds` first).
 */
export function riskBand(score: number, thresholds: IRiskThresholds = DEFAULT_RISK_THRESHOLDS): RiskBand {
  if (checkRiskThresholds(thresholds).length > 0) throw new RangeError(`Invalid risk thresholds: medium ${thresholds.medium}, high ${thresholds.high}`);
  if (score >= thresholds.high) return 'High';
  return score >= thresholds.medium ? 'Medium' : 'Low';
}

/** A risk as the heat map, the filter and the top list read it. */
export interface IRiskRow extends IRiskRating {
  /** The Risks item id (unique across projects). */
  id: number;
  /** The stored status code (a plain string until checked). */
  status: RiskStatus | string;
  /** The project's id, for portfolio lists. */
  projectId?: number;
  /** When the risk may occur (PRINCE2's proximity), as a day; missing sorts last. */
  proximity?: IsoDay;
}

/** Whether a risk still threatens the project: its status is Open or Mitigating. */
export function isOpenRisk(risk: Pick<IRiskRow, 'status'>): boolean {
  return isCode(OPEN_RISK_STATUSES, risk.status);
}

/** One cell of the heat map. */
export interface IHeatMapCell {
  probability: number;
  impact: number;
  /** probability × impact. */
  score: number;
  band: RiskBand;
  /** How many open risks have this rating. */
  count: number;
}

/** The 5 × 5 heat map. */
export interface IHeatMap {
  /** cells[probability − 1][impact − 1]. */
  cells: IHeatMapCell[][];
  /** Open risks counted (the sum of the cells). */
  total: number;
  /** Open risks left out because their rating is invalid (the list shows them for correction). */
  unrated: number;
}

/**
 * The heat map of some risks: per cell [probability − 1][impact − 1] its score, band and the count
 * of OPEN risks (Open, Mitigating) rated there; Occurred and Closed risks do not count, open risks
 * with an invalid rating are counted in `unrated`. Thresholds as `riskBand` (throws for invalid ones).
 */
export function riskHeatMap(risks: ReadonlyArray<IRiskRow>, thresholds: IRiskThresholds = DEFAULT_RISK_THRESHOLDS): IHeatMap {
  const cells: IHeatMapCell[][] = [];
  for (let p = RATING_MIN; p <= RATING_MAX; p++) {
    const row: IHeatMapCell[] = [];
    for (let i = RATING_MIN; i <= RATING_MAX; i++) row.push({ probability: p, impact: i, score: p * i, band: riskBand(p * i, thresholds), count: 0 });
    cells.push(row);
  }
  let total = 0;
  let unrated = 0;
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    if (checkRiskRating(risk).length > 0) {
      unrated++;
      continue;
    }
    cells[(risk.probability as number) - 1][(risk.impact as number) - 1].count++;
    total++;
  }
  return { cells, total, unrated };
}

/**
 * The filter of a clicked heat-map cell: true for exactly the risks that cell counts (open, with
 * that probability and impact).
 */
export function inHeatMapCell(cell: Pick<IHeatMapCell, 'probability' | 'impact'>): (risk: IRiskRow) => boolean {
  return risk => isOpenRisk(risk) && risk.probability === cell.probability && risk.impact === cell.impact;
}

/** A rating a risk had from a day on (one per change, e.g. from the item's versions). */
export interface IRatingChange extends IRiskRating {
  /** The day the rating was set. */
  on: IsoDay;
}

/**
 * The score a risk had at the end of a day: that of its latest rating change on or before the day;
 * undefined when it had none then (it was raised later) or that rating was invalid.
 */
export function scoreAt(history: ReadonlyArray<IRatingChange>, day: IsoDay): number | undefined {
  let latest: IRatingChange | undefined;
  for (const change of history) {
    if (!isIsoDay(change.on) || daysBetween(change.on, day) < 0) continue;
    if (!latest || daysBetween(latest.on, change.on) >= 0) latest = change;
  }
  if (!latest) return undefined;
  const scored = riskScore(latest);
  return scored.ok ? scored.score : undefined;
}

/**
 * A risk's trend: its score now against its score at the previous report ('new' when it had none
 * then, including when there is no previous report). Pass `scoreAt(history, previousReportDate)`.
 */
export function riskTrend(scoreNow: number, scoreAtPreviousReport: number | undefined): RiskTrend {
  if (scoreAtPreviousReport === undefined) return 'new';
  if (scoreNow > scoreAtPreviousReport) return 'up';
  return scoreNow < scoreAtPreviousReport ? 'down' : 'same';
}

/** A risk of the top list, with its score. */
export interface IRankedRisk<T extends IRiskRow> {
  risk: T;
  score: number;
}

/**
 * The top `n` open risks across projects: highest score first; on equal scores the nearest
 * proximity (earliest day) first, risks without a proximity after those with one; then the lower id.
 * Closed, occurred and unrated risks are left out. `n` ≤ 0 gives an empty list.
 */
export function topRisks<T extends IRiskRow>(risks: ReadonlyArray<T>, n: number): IRankedRisk<T>[] {
  const ranked: IRankedRisk<T>[] = [];
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    const scored = riskScore(risk);
    if (scored.ok) ranked.push({ risk, score: scored.score });
  }
  ranked.sort((a, b) => b.score - a.score || compareProximity(a.risk.proximity, b.risk.proximity) || a.risk.id - b.risk.id);
  return ranked.slice(0, Math.max(0, n));
}

function compareProximity(a: IsoDay | undefined, b: IsoDay | undefined): number {
  const va = isIsoDay(a);
  const vb = isIsoDay(b);
  if (va && vb) return daysBetween(b as IsoDay, a as IsoDay);
  return va === vb ? 0 : va ? -1 : 1;
}
