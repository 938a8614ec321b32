/**
 * Scoring models as data: a model version with its criteria (weight, scale with anchored levels,
 * direction, WSJF role), its validation with issues that name the field, and the weights an AHP
 * matrix gives. Pure.
 */
import { AhpMatrixError, ahpWeights, checkPairwiseMatrix, CONSISTENCY_THRESHOLD, mostInconsistentPair, type IInconsistentPair } from './ahp';
import { isOnWsjfScale, WSJF_SCALE } from './wsjf';
import type { CriterionDirection, CriterionRole, ModelStatus, ScoringMethod } from './vocabulary';

/** One anchored level of a criterion's scale: what a score means ("3 – contributes to one objective"). */
export interface IScaleLevel {
  value: number;
  /** The anchor the board member sees for this score, in the site's language (written by the PMO). */
  description: string;
}

/** A criterion of a model version. */
export interface ICriterion {
  /** The ScoringCriteria item id (of this version); 0 for a criterion not saved yet. */
  id: number;
  title: string;
  /** Relative weight (percent by convention; only ratios matter). AHP: 100 × the AHP weight. */
  weight: number;
  direction: CriterionDirection;
  /** Lowest and highest score (whole numbers; WSJF: 1 and 20, with only the modified Fibonacci values allowed). */
  scaleMin: number;
  scaleMax: number;
  /** Anchored descriptions of some or all levels, lowest first. */
  levels: IScaleLevel[];
  /** WSJF component; 'None' for weighted and AHP models. */
  role: CriterionRole;
  /** Strategic objective (StrategicObjectives item id) the criterion measures, if any. */
  objectiveId?: number;
  summary?: string;
}

/** One version of a scoring model (a ScoringModels item). */
export interface IModelVersion {
  /** The ScoringModels item id of this version. */
  id: number;
  /** Stable key of the model across its versions (e.g. 'SM-0003'). */
  modelKey: string;
  /** 1, 2, …: each change of weights, criteria, scales, directions or matrix after a round locked a version makes a new one. */
  version: number;
  title: string;
  method: ScoringMethod;
  status: ModelStatus;
  summary?: string;
  /** True once a scoring round used this version: from then on it never changes. */
  locked: boolean;
  /** AHP: the full reciprocal pairwise matrix, in criteria order. */
  ahpMatrix?: number[][];
  /** Criteria in their order. */
  criteria: ICriterion[];
}

/** What the PMO edits: a model version without its identity and lock. */
export type IModelContent = Pick<IModelVersion, 'title' | 'method' | 'summary' | 'ahpMatrix'> & {
  status?: ModelStatus;
  criteria: ICriterion[];
};

/** Codes of what is wrong with a model; the UI shows `Scoring_Problem_<code>` after the field's name. */
export type ModelIssueCode =
  | 'required' | 'noCriteria' | 'tooManyCriteria' | 'weightInvalid' | 'weightsZero' | 'scaleMinInvalid' | 'scaleMaxInvalid' | 'levelOutsideScale'
  | 'levelDuplicate' | 'wsjfRoles' | 'wsjfScale' | 'matrixSize' | 'matrixInvalid';

/**
 * One problem of a model; `field` names the form field: 'title', 'criteria' (the list as a whole),
 * 'criteria.<i>.<title|weight|scaleMin|scaleMax|scale>', 'criteria.<i>.levels.<k>' (the k-th
 * described level), 'ahpMatrix' or 'ahpMatrix.<row>.<column>' (1-based cell).
 */
export interface IModelIssue {
  field: string;
  code: ModelIssueCode;
  /** 0-based criterion the issue is about, if any. */
  criterion?: number;
}

/** The most criteria a model may have (AHP's random-index table ends at 15; the others follow). */
export const MAX_CRITERIA: number = 15;

const WSJF_ROLE_ORDER: ReadonlyArray<CriterionRole> = ['BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];

function criterionIssues(c: ICriterion, i: number, method: ScoringMethod): IModelIssue[] {
  const out: IModelIssue[] = [];
  const at = (f: string): string => `criteria.${i}.${f}`;
  if (!c.title.trim()) out.push({ field: at('title'), code: 'required', criterion: i });
  // Only a weighted sum uses the weights the PMO types (AHP derives them, WSJF has none).
  if (method === 'Weighted' && (!(c.weight >= 0) || !isFinite(c.weight) || c.weight > 100)) out.push({ field: at('weight'), code: 'weightInvalid', criterion: i });
  const minOk = Number.isInteger(c.scaleMin) && c.scaleMin >= 0 && c.scaleMin < 100;
  const maxOk = Number.isInteger(c.scaleMax) && c.scaleMax <= 100 && c.scaleMax > (minOk ? c.scaleMin : 0);
  if (!minOk) out.push({ field: at('scaleMin'), code: 'scaleMinInvalid', criterion: i });
  if (!maxOk) out.push({ field: at('scaleMax'), code: 'scaleMaxInvalid', criterion: i });
  const scaleOk = minOk && maxOk;
  if (method === 'Wsjf' && (c.scaleMin !== WSJF_SCALE[0] || c.scaleMax !== WSJF_SCALE[WSJF_SCALE.length - 1])) out.push({ field: at('scale'), code: 'wsjfScale', criterion: i });
  const seen: number[] = [];
  c.levels.forEach((l, k) => {
    if (scaleOk && (l.value < c.scaleMin || l.value > c.scaleMax || (method === 'Wsjf' && !isOnWsjfScale(l.value)))) out.push({ field: at(`levels.${k}`), code: 'levelOutsideScale', criterion: i });
    if (seen.indexOf(l.value) >= 0) out.push({ field: at(`levels.${k}`), code: 'levelDuplicate', criterion: i });
    seen.push(l.value);
  });
  return out;
}

/**
 * Everything wrong with a model, each issue naming its field: a title; 1–15 criteria, each with a
 * title, a weight of 0–100 (weighted sum only: AHP weights come from the matrix, WSJF has none), a
 * whole-number scale min (0–99) < max (≤ 100) and levels inside it, unique; weighted models need a
 * weight above 0 (named at the first criterion's weight);
 * WSJF needs exactly one criterion per role (business value, time criticality, risk reduction, job
 * size) on the 1–20 scale; AHP needs an n × n reciprocal matrix (see {@link checkPairwiseMatrix}).
 */
export function validateModel(m: IModelContent): IModelIssue[] {
  const out: IModelIssue[] = [];
  if (!m.title.trim()) out.push({ field: 'title', code: 'required' });
  if (m.criteria.length === 0) out.push({ field: 'criteria', code: 'noCriteria' });
  if (m.criteria.length > MAX_CRITERIA) out.push({ field: 'criteria', code: 'tooManyCriteria' });
  m.criteria.forEach((c, i) => out.push(...criterionIssues(c, i, m.method)));
  if (m.method === 'Weighted' && m.criteria.length > 0 && m.criteria.every(c => !(c.weight > 0)) && !out.some(x => x.code === 'weightInvalid')) out.push({ field: 'criteria.0.weight', code: 'weightsZero', criterion: 0 });
  if (m.method === 'Wsjf') {
    const roles = m.criteria.map(c => c.role).sort();
    if (roles.join() !== WSJF_ROLE_ORDER.slice().sort().join()) out.push({ field: 'criteria', code: 'wsjfRoles' });
  }
  if (m.method === 'Ahp') out.push(...matrixIssues(m));
  return out;
}

function matrixIssues(m: IModelContent): IModelIssue[] {
  const matrix = m.ahpMatrix;
  if (!matrix || matrix.length !== m.criteria.length) return [{ field: 'ahpMatrix', code: 'matrixSize' }];
  try {
    checkPairwiseMatrix(matrix);
    return [];
  } catch (e) {
    if (e instanceof AhpMatrixError) return [{ field: e.row && e.column ? `ahpMatrix.${e.row}.${e.column}` : 'ahpMatrix', code: e.problem === 'notSquare' ? 'matrixSize' : 'matrixInvalid' }];
    throw e;
  }
}

/**
 * The criteria with the weights an AHP matrix gives them: 100 × the eigenvector weight, rounded to
 * two decimals (ScoringCriteria.Weight keeps two; the matrix itself is kept too, so the exact
 * weights can always be recomputed). Other methods: the criteria unchanged.
 * @throws AhpMatrixError naming the cell when the matrix is invalid.
 */
export function withAhpWeights(m: IModelContent): ICriterion[] {
  if (m.method !== 'Ahp') return m.criteria;
  if (!m.ahpMatrix || m.ahpMatrix.length !== m.criteria.length) throw new AhpMatrixError('notSquare', `The pairwise matrix needs ${m.criteria.length} rows, one per criterion.`);
  const { weights } = ahpWeights(m.ahpMatrix);
  return m.criteria.map((c, i) => ({ ...c, weight: Math.round(weights[i] * 10000) / 100 }));
}

/** What the PMO must confirm before a model is saved as Active (`Scoring_Confirm_<code>` in src/loc). */
export interface IModelConfirmation {
  /** 'inconsistentAhp': the pairwise comparisons contradict each other (CR above {@link CONSISTENCY_THRESHOLD}). */
  code: 'inconsistentAhp';
  consistencyRatio: number;
  /** The judgement to revise first (0-based criteria i < j). */
  pair: IInconsistentPair;
}

/**
 * What saving a model with this content needs confirmed: an AHP model saved as Active whose
 * consistency ratio is above 0.10 (Saaty's threshold) — the PMO confirms, seeing the ratio and the
 * most inconsistent pair, or revises the comparisons. A draft (or any other status) needs nothing:
 * drafts save freely. An invalid matrix needs nothing here ({@link validateModel} names it).
 */
export function modelConfirmations(m: IModelContent): IModelConfirmation[] {
  if (m.method !== 'Ahp' || m.status !== 'Active' || !m.ahpMatrix || m.ahpMatrix.length !== m.criteria.length) return [];
  try {
    const { weights, consistencyRatio } = ahpWeights(m.ahpMatrix);
    const pair = consistencyRatio > CONSISTENCY_THRESHOLD ? mostInconsistentPair(m.ahpMatrix, weights) : undefined;
    return pair ? [{ code: 'inconsistentAhp', consistencyRatio, pair }] : [];
  } catch (e) {
    if (e instanceof AhpMatrixError) return [];
    throw e;
  }
}
