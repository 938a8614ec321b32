/**
 * Rows of the scoring lists (ScoringModels, ScoringCriteria, ScoringRounds, Scores) as SharePoint
 * REST returns them, and their mapping to the domain's model versions and the services' rounds.
 * Shared by ScoringService and DecisionService; pure apart from the types.
 */
import { isCode } from '../domain/vocabulary';
import {
  CRITERION_DIRECTIONS, CRITERION_ROLES, MODEL_STATUSES, ROUND_STATUSES, SCORING_METHODS,
  type ICriterion, type IModelVersion, type IRoundResult, type IScaleLevel, type RoundStatus, type ScoringMethod
} from '../domain/scoring';
import { readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import type { IntakeState } from '../domain/vocabulary';
import { num, text } from './itemValues';
import { odataEq } from './odata';
import { lookupId, ScoresList, ScoringCriteriaList, ScoringModelsList, ScoringRoundsList, type CheckedRow } from '../schema/refs';

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
interface IModelRowShape {
  Id: number;
  Title: string;
  ModelKey?: string | null;
  ModelVersion?: number | null;
  ModelStatus?: string | null;
  ScoringMethod?: string | null;
  VersionLocked?: boolean | null;
  Summary?: string | null;
  AhpMatrixJson?: string | null;
  'odata.etag'?: string;
}
interface ICriterionRowShape {
  Id: number;
  Title: string;
  ScoringModelId?: number | null;
  Weight?: number | null;
  CriterionDirection?: string | null;
  CriterionRole?: string | null;
  ScaleMin?: number | null;
  ScaleMax?: number | null;
  ScaleLevelsJson?: string | null;
  StrategicObjectiveId?: number | null;
  SortOrder?: number | null;
  Summary?: string | null;
}
interface IRoundRowShape {
  Id: number;
  Title: string;
  ScoringModelId?: number | null;
  RoundStatus?: string | null;
  Deadline?: string | null;
  BoardMembersId?: number[] | { results: number[] } | null;
  SpreadThreshold?: number | null;
  CandidatesJson?: string | null;
  RoundResultJson?: string | null;
  ClosedDate?: string | null;
  Summary?: string | null;
  Created?: string;
  AuthorId?: number;
  'odata.etag'?: string;
}
interface IScoreRowShape {
  Id: number;
  RoundNumber?: number | null;
  RequestNumber?: number | null;
  CriterionId?: number | null;
  BoardMemberId?: number | null;
  ScoreValue?: number | null;
  ScoreState?: string | null;
  ScoreComment?: string | null;
  AuthorId?: number;
  'odata.etag'?: string;
}
/* eslint-enable @rushstack/no-new-null */

export type IModelRow = CheckedRow<'ScoringModels', IModelRowShape>;
export type ICriterionRow = CheckedRow<'ScoringCriteria', ICriterionRowShape>;
export type IRoundRow = CheckedRow<'ScoringRounds', IRoundRowShape>;
export type IScoreRow = CheckedRow<'Scores', IScoreRowShape>;

const M = ScoringModelsList.fields;
const C = ScoringCriteriaList.fields;
const RD = ScoringRoundsList.fields;
const S = ScoresList.fields;

/** What a model query selects. */
export const MODEL_FIELDS: ReadonlyArray<string> = [M.Id, M.Title, M.ModelKey, M.ModelVersion, M.ModelStatus, M.ScoringMethod, M.VersionLocked, M.Summary, M.AhpMatrixJson];
/** What a criterion query selects. */
export const CRITERION_FIELDS: ReadonlyArray<string> = [
  C.Id, C.Title, lookupId(C.ScoringModel), C.Weight, C.CriterionDirection, C.CriterionRole, C.ScaleMin, C.ScaleMax, C.ScaleLevelsJson, lookupId(C.StrategicObjective), C.SortOrder, C.Summary
];
/** What a round query selects. */
export const ROUND_FIELDS: ReadonlyArray<string> = [
  RD.Id, RD.Title, lookupId(RD.ScoringModel), RD.RoundStatus, RD.Deadline, lookupId(RD.BoardMembers), RD.SpreadThreshold, RD.CandidatesJson, RD.RoundResultJson, RD.ClosedDate, RD.Summary, RD.Created, lookupId(RD.Author)
];
/** What a score query selects. */
export const SCORE_FIELDS: ReadonlyArray<string> = [S.Id, S.RoundNumber, S.RequestNumber, lookupId(S.Criterion), lookupId(S.BoardMember), S.ScoreValue, S.ScoreState, S.ScoreComment, lookupId(S.Author)];

function parseJson<T>(value: string | null | undefined, fallback: T): T { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  if (!value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

function levelsOf(json: string | null | undefined): IScaleLevel[] { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  const raw = parseJson<unknown>(json, []);
  return Array.isArray(raw)
    ? raw.filter((l): l is IScaleLevel => !!l && typeof (l as IScaleLevel).value === 'number' && typeof (l as IScaleLevel).description === 'string').map(l => ({ value: l.value, description: l.description }))
    : [];
}

/** A criterion row as the domain's criterion. */
export function criterionOf(r: ICriterionRow): ICriterion {
  return {
    id: r.Id,
    title: r.Title ?? '',
    weight: num(r.Weight) ?? 0,
    direction: isCode(CRITERION_DIRECTIONS, r.CriterionDirection) ? r.CriterionDirection : 'Benefit',
    role: isCode(CRITERION_ROLES, r.CriterionRole) ? r.CriterionRole : 'None',
    scaleMin: num(r.ScaleMin) ?? 0,
    scaleMax: num(r.ScaleMax) ?? 10,
    levels: levelsOf(r.ScaleLevelsJson),
    objectiveId: num(r.StrategicObjectiveId),
    summary: text(r.Summary)
  };
}

/** A model row and its criteria (any order; sorted by SortOrder, then id) as the domain's model version. */
export function modelOf(r: IModelRow, criteria: ReadonlyArray<ICriterionRow>): IModelVersion {
  const method: ScoringMethod = isCode(SCORING_METHODS, r.ScoringMethod) ? r.ScoringMethod : 'Weighted';
  const matrix = parseJson<unknown>(r.AhpMatrixJson, undefined);
  const sorted = criteria.slice().sort((a, b) => (num(a.SortOrder) ?? 0) - (num(b.SortOrder) ?? 0) || a.Id - b.Id);
  return {
    id: r.Id,
    modelKey: text(r.ModelKey) ?? `SM-${String(r.Id).padStart(4, '0')}`,
    version: num(r.ModelVersion) ?? 1,
    title: r.Title ?? '',
    method,
    status: isCode(MODEL_STATUSES, r.ModelStatus) ? r.ModelStatus : 'Draft',
    summary: text(r.Summary),
    locked: !!r.VersionLocked,
    ahpMatrix: Array.isArray(matrix) ? (matrix as number[][]) : undefined,
    criteria: sorted.map(criterionOf)
  };
}

/** A candidate of a round: a request (by number) and, for an active project to re-prioritise, the project. */
export interface IRoundCandidate {
  request?: number;
  project?: number;
}

/** A scoring round as the web parts show it. */
export interface IScoringRound {
  id: number;
  title: string;
  status: RoundStatus;
  /** The locked model version (ScoringModels item id). */
  modelId: number;
  /** Date-only deadline (YYYY-MM-DD, the site's day). */
  deadline?: IsoDay;
  /** Invited board members (site user ids). */
  members: number[];
  candidates: IRoundCandidate[];
  /** The request numbers among the candidates, in order. */
  requests: number[];
  spreadThreshold: number;
  summary?: string;
  /** ISO date and time the PMO opened it (the item's Created). */
  opened?: string;
  /** ISO date and time the PMO closed it. */
  closed?: string;
  /** The result written at close. */
  result?: IStoredRoundResult;
  /** ETag of the round item. */
  etag: string;
}

/**
 * Why a round's request was not scorable: the intake state it moved to while the round was open
 * ('Approved', 'Withdrawn', 'InReview', …), or 'unavailable' when it can no longer be read.
 */
export type LeftOutReason = Exclude<IntakeState, 'ReadyForScoring'> | 'unavailable';

/** A request of a round left out of its result, and why. */
export interface ILeftOutRequest {
  request: number;
  reason: LeftOutReason;
}

/** The result stored in ScoringRounds.RoundResultJson at close (format 1). */
export interface IStoredRoundResult extends IRoundResult {
  format: 1;
  /** The round's model version: item id, version number and method. */
  modelId: number;
  modelVersion: number;
  method: ScoringMethod;
  spreadThreshold: number;
  /** Invited members (site user ids). */
  members: number[];
  /** Criteria as they were: id, title, weight. */
  criteria: Array<{ id: number; title: string; weight: number }>;
  /** ISO instant of the close. */
  closedAt: string;
  /** The round's requests that had left "Ready for scoring" at close: not aggregated, not ranked (absent in results stored before). */
  leftOut?: ILeftOutRequest[];
}

function idsOf(v: number[] | { results: number[] } | null | undefined): number[] { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  if (!v) return [];
  return Array.isArray(v) ? v.slice() : Array.isArray(v.results) ? v.results.slice() : [];
}

/** The candidates a round row holds (CandidatesJson; entries naming neither a request nor a project are dropped). */
function candidatesOf(r: Pick<IRoundRow, 'CandidatesJson'>): IRoundCandidate[] {
  return parseJson<IRoundCandidate[]>(r.CandidatesJson, []).filter(c => !!c && (typeof c.request === 'number' || typeof c.project === 'number'));
}

/** What a query selects to know which requests the open rounds hold ({@link openRoundHolding}). */
export const ROUND_HOLD_FIELDS: ReadonlyArray<string> = [RD.Id, RD.Title, RD.CandidatesJson];

/** The filter of the open rounds (ScoringRounds.RoundStatus). */
export const OPEN_ROUNDS_FILTER: string = odataEq(RD.RoundStatus, 'Open');

/**
 * The open round (of `rows`, read with {@link ROUND_HOLD_FIELDS} and {@link OPEN_ROUNDS_FILTER}) that
 * holds request `request` as a candidate, or undefined. A request is in one open round at a time.
 */
export function openRoundHolding(rows: ReadonlyArray<Pick<IRoundRow, 'Id' | 'Title' | 'CandidatesJson'>>, request: number): { id: number; title: string } | undefined {
  const r = rows.filter(x => candidatesOf(x).some(c => c.request === request))[0];
  return r ? { id: r.Id, title: r.Title ?? '' } : undefined;
}

/**
 * The one order of every list of rounds: newest first by the day and time the PMO opened the round
 * (`opened`), then by id (the later item first). Not by id alone: a round can be entered after a
 * later one (a migrated or restored site, the demo data).
 */
export function compareRoundsNewestFirst(a: Pick<IScoringRound, 'id' | 'opened'>, b: Pick<IScoringRound, 'id' | 'opened'>): number {
  const at = (r: Pick<IScoringRound, 'opened'>): number => (r.opened ? Date.parse(r.opened) : NaN);
  const [x, y] = [at(a), at(b)];
  if (isFinite(x) && isFinite(y) && x !== y) return y - x;
  if (isFinite(x) !== isFinite(y)) return isFinite(x) ? -1 : 1;
  return b.id - a.id;
}

/** A round row as the services' round. */
export function roundOf(r: IRoundRow, zone: ISiteTimeZone): IScoringRound {
  const candidates = candidatesOf(r);
  const result = parseJson<IStoredRoundResult | undefined>(r.RoundResultJson, undefined);
  return {
    id: r.Id,
    title: r.Title ?? '',
    status: isCode(ROUND_STATUSES, r.RoundStatus) ? r.RoundStatus : 'Open',
    modelId: num(r.ScoringModelId) ?? 0,
    deadline: readDateOnly(r.Deadline, zone),
    members: idsOf(r.BoardMembersId),
    candidates,
    requests: candidates.map(c => c.request).filter((x): x is number => typeof x === 'number'),
    spreadThreshold: num(r.SpreadThreshold) ?? 0.3,
    summary: text(r.Summary),
    opened: text(r.Created),
    closed: text(r.ClosedDate),
    result: result && result.format === 1 ? result : undefined,
    etag: r['odata.etag'] ?? '*'
  };
}
