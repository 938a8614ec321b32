/**
 * The Analytic Hierarchy Process (AHP) for criteria weights: priority weights from a pairwise
 * comparison matrix, its consistency ratio, the most inconsistent judgement, and Saaty's verbal
 * scale for the pairwise form. Pure.
 *
 * Sources:
 * - T. L. Saaty, "The Analytic Hierarchy Process", McGraw-Hill, 1980: principal eigenvector,
 *   λmax, CI = (λmax − n) / (n − 1), CR = CI / RI, the 1–9 scale (Table 1.1).
 * - T. L. Saaty, "How to make a decision: The Analytic Hierarchy Process", European Journal of
 *   Operational Research 48 (1990) 9–26: the same definitions and the random-index table used here.
 */

/** The result of {@link ahpWeights}. */
export interface IAhpResult {
  /** Priority weights: the principal right eigenvector, normalised to sum 1, in the matrix's order. */
  weights: number[];
  /** The principal eigenvalue λmax (n for a perfectly consistent matrix, larger otherwise). */
  lambdaMax: number;
  /** CR = CI / RI with CI = (λmax − n) / (n − 1) and RI from {@link RANDOM_INDEX}; 0 for n ≤ 2. */
  consistencyRatio: number;
}

/**
 * Saaty's random index RI for n = 1 … 15 (index n − 1): the mean consistency index of random
 * reciprocal matrices on the 1–9 scale, as tabulated by Saaty (1980, p. 21; repeated in Saaty 1990,
 * Table 2 for n ≤ 10). Alonso & Lamata (2006) give a slightly different table (e.g. 0.5245 for
 * n = 3); PMO Hub uses Saaty's, as most published examples do, so their CRs reproduce.
 */
export const RANDOM_INDEX: ReadonlyArray<number> = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** The largest matrix the random-index table covers. */
export const AHP_MAX_CRITERIA: number = RANDOM_INDEX.length;

/** Saaty's threshold: a consistency ratio above it should be revised (the UI warns). */
export const CONSISTENCY_THRESHOLD: number = 0.1;

/**
 * Tolerance of the reciprocal check: |a_ij · a_ji − 1| ≤ 0.01. It accepts judgements stored with
 * three decimals (1/3 as 0.333, 1/9 as 0.111: products 0.999) and refuses real asymmetry.
 */
export const RECIPROCAL_TOLERANCE: number = 0.01;

/** Power iteration stops when no weight moves by more than this (absolute, on weights summing to 1). */
export const POWER_ITERATION_TOLERANCE: number = 1e-12;
/** Power iteration gives up after this many steps (a positive matrix converges long before). */
export const POWER_ITERATION_MAX_STEPS: number = 10000;

/** What is wrong with a pairwise matrix. */
export type AhpMatrixProblem = 'empty' | 'notSquare' | 'tooLarge' | 'notFinite' | 'notPositive' | 'diagonalNotOne' | 'notReciprocal';

/**
 * A pairwise matrix that {@link ahpWeights} refuses. `row` and `column` are 1-based (as a person
 * counts); the message names the cell and its value, e.g. "cell (2, 3) is 0: …".
 */
export class AhpMatrixError extends Error {
  public readonly problem: AhpMatrixProblem;
  /** 1-based row of the offending cell (or the offending row for 'notSquare'); 0 when not about a cell. */
  public readonly row: number;
  /** 1-based column of the offending cell; 0 when not about a cell. */
  public readonly column: number;

  public constructor(problem: AhpMatrixProblem, message: string, row: number = 0, column: number = 0) {
    super(message);
    this.name = 'AhpMatrixError';
    this.problem = problem;
    this.row = row;
    this.column = column;
    Object.setPrototypeOf(this, AhpMatrixError.prototype);
  }
}

/** Checks the shape and every cell; throws {@link AhpMatrixError} naming the first bad cell. */
export function checkPairwiseMatrix(matrix: ReadonlyArray<ReadonlyArray<number>>): void {
  const n = matrix.length;
  if (n === 0) throw new AhpMatrixError('empty', 'The pairwise matrix is empty: it needs one row per criterion.');
  if (n > AHP_MAX_CRITERIA) throw new AhpMatrixError('tooLarge', `The pairwise matrix has ${n} rows; AHP supports at most ${AHP_MAX_CRITERIA} criteria (the random-index table ends there).`);
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) throw new AhpMatrixError('notSquare', `Row ${i + 1} of the pairwise matrix has ${Array.isArray(row) ? row.length : 0} cells; a matrix of ${n} criteria needs ${n}.`, i + 1);
  });
  const cell = (i: number, j: number): string => `cell (${i + 1}, ${j + 1})`;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = matrix[i][j];
      if (typeof a !== 'number' || !isFinite(a)) throw new AhpMatrixError('notFinite', `The pairwise matrix's ${cell(i, j)} is ${String(a)}: every judgement must be a finite number.`, i + 1, j + 1);
      if (a <= 0) throw new AhpMatrixError('notPositive', `The pairwise matrix's ${cell(i, j)} is ${a}: every judgement must be positive (1/9 … 9).`, i + 1, j + 1);
    }
  }
  for (let i = 0; i < n; i++) {
    if (Math.abs(matrix[i][i] - 1) > RECIPROCAL_TOLERANCE) throw new AhpMatrixError('diagonalNotOne', `The pairwise matrix's ${cell(i, i)} is ${matrix[i][i]}: a criterion compared with itself is 1.`, i + 1, i + 1);
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE) {
        throw new AhpMatrixError('notReciprocal', `The pairwise matrix's ${cell(j, i)} is ${matrix[j][i]} but ${cell(i, j)} is ${matrix[i][j]}: the matrix must be reciprocal (a_ji = 1 / a_ij).`, j + 1, i + 1);
      }
    }
  }
}

/** A · w for a square matrix and a vector. */
function times(matrix: ReadonlyArray<ReadonlyArray<number>>, w: ReadonlyArray<number>): number[] {
  return matrix.map(row => row.reduce((s, a, j) => s + a * w[j], 0));
}

/**
 * Priority weights and consistency of a full reciprocal pairwise comparison matrix.
 *
 * `matrix[i][j]` says how much more important criterion i is than criterion j on Saaty's 1–9 scale
 * (1/9 … 9), with `matrix[j][i] = 1 / matrix[i][j]` and 1 on the diagonal. Weights are the
 * principal right eigenvector, found by power iteration (w ← A·w / Σ(A·w), from the uniform vector,
 * until no weight moves by more than {@link POWER_ITERATION_TOLERANCE}); for a positive matrix it
 * converges by Perron–Frobenius. λmax is the mean of (A·w)_i / w_i. CR = CI / RI with Saaty's
 * {@link RANDOM_INDEX}; for n ≤ 2 every reciprocal matrix is consistent and CR is 0.
 *
 * @throws AhpMatrixError naming the cell when the matrix is empty, not square, larger than 15, has a
 *   value that is not a finite positive number, a diagonal other than 1, or is not reciprocal within
 *   {@link RECIPROCAL_TOLERANCE}.
 */
export function ahpWeights(matrix: number[][]): IAhpResult {
  checkPairwiseMatrix(matrix);
  const n = matrix.length;
  let w: number[] = matrix.map(() => 1 / n);
  for (let step = 0; step < POWER_ITERATION_MAX_STEPS; step++) {
    const aw = times(matrix, w);
    const sum = aw.reduce((s, x) => s + x, 0);
    const next = aw.map(x => x / sum);
    const moved = next.reduce((m, x, i) => Math.max(m, Math.abs(x - w[i])), 0);
    w = next;
    if (moved <= POWER_ITERATION_TOLERANCE) break;
  }
  const aw = times(matrix, w);
  const lambdaMax = aw.reduce((s, x, i) => s + x / w[i], 0) / n;
  const consistencyRatio = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1)) / RANDOM_INDEX[n - 1];
  return { weights: w, lambdaMax, consistencyRatio };
}

/** The judgement that disagrees most with the weights (see {@link mostInconsistentPair}). */
export interface IInconsistentPair {
  /** 0-based row and column (i < j) of the judgement a_ij. */
  i: number;
  j: number;
  /** The judgement as entered, a_ij. */
  judgement: number;
  /** What the weights imply for it, w_i / w_j. */
  implied: number;
  /** judgement / implied: above 1 the judgement overstates i against j, below 1 it understates it. */
  ratio: number;
}

/**
 * The pair whose judgement a_ij deviates most from the ratio of the weights w_i / w_j, measured as
 * |ln(a_ij · w_j / w_i)| (so that overstating by 2× and understating by 2× count the same). The
 * PMO revises this judgement first to lower the consistency ratio. Undefined for fewer than 2
 * criteria. Ties go to the first pair in row order.
 * @throws AhpMatrixError as {@link ahpWeights}, and Error when `weights` does not match the matrix.
 */
export function mostInconsistentPair(matrix: number[][], weights: ReadonlyArray<number>): IInconsistentPair | undefined {
  checkPairwiseMatrix(matrix);
  if (weights.length !== matrix.length || weights.some(x => !(x > 0))) throw new Error(`The weights (${weights.length}) must be positive, one per row of the pairwise matrix (${matrix.length}).`);
  let best: IInconsistentPair | undefined;
  let worst = -1;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const implied = weights[i] / weights[j];
      const ratio = matrix[i][j] / implied;
      const deviation = Math.abs(Math.log(ratio));
      if (deviation > worst + 1e-12) {
        worst = deviation;
        best = { i, j, judgement: matrix[i][j], implied, ratio };
      }
    }
  }
  return best;
}

/**
 * One intensity of Saaty's fundamental scale (Saaty 1980, Table 1.1): 1 equal, 3 moderate,
 * 5 strong, 7 very strong, 9 extreme; 2, 4, 6, 8 between. `key` is the src/loc key of the phrase
 * the pairwise form shows, with {0} the more important criterion and {1} the other one, e.g.
 * `Ahp_Judgement_5` = "{0} is much more important than {1}".
 */
export interface ISaatyIntensity {
  value: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  key: string;
}

/** Saaty's verbal scale, 1 … 9 (the reciprocals 1/2 … 1/9 are the same phrases with A and B swapped: {@link saatyJudgement}). */
export const saatyScale: ReadonlyArray<ISaatyIntensity> = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map(value => ({ value, key: `Ahp_Judgement_${value}` }));

/** Every value the pairwise form offers, from "B extremely more important" (1/9) to "A extremely more important" (9). */
export const SAATY_VALUES: ReadonlyArray<number> = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** How the pairwise form phrases a_ij for criteria A (row) and B (column). */
export interface ISaatyJudgement {
  /** The loc key of the phrase ({0} = the more important criterion, {1} = the other). */
  key: string;
  /** Which criterion is the more important one and goes into {0}: 'first' = A, 'second' = B. */
  favoured: 'first' | 'second';
  /** The intensity 1 … 9 (a_ij for a_ij ≥ 1, 1 / a_ij otherwise), rounded to the scale. */
  intensity: ISaatyIntensity['value'];
}

/**
 * The verbal form of a judgement a_ij (A = row criterion, B = column criterion): 5 → "A is much
 * more important than B"; 1/5 → the same phrase with B first. Values off the scale are rounded to
 * the nearest intensity (on the log scale).
 * @throws Error when the value is not a finite positive number.
 */
export function saatyJudgement(value: number): ISaatyJudgement {
  if (!(value > 0) || !isFinite(value)) throw new Error(`A pairwise judgement must be a positive number (1/9 … 9), not ${String(value)}.`);
  const favoured: ISaatyJudgement['favoured'] = value >= 1 ? 'first' : 'second';
  const raw = value >= 1 ? value : 1 / value;
  const intensity = Math.min(9, Math.max(1, Math.round(raw))) as ISaatyJudgement['intensity'];
  return { key: saatyScale[intensity - 1].key, favoured: intensity === 1 ? 'first' : favoured, intensity };
}

/** The uniform (all-equal) n × n pairwise matrix a new AHP model starts from. */
export function identityMatrix(n: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
}

/**
 * The matrix with judgement a_ij set and its reciprocal a_ji = 1 / a_ij kept in step (the form
 * edits one triangle). Returns a new matrix; the input is not changed.
 * @throws Error when i or j is outside the matrix, i = j, or the value is not a positive number.
 */
export function withJudgement(matrix: ReadonlyArray<ReadonlyArray<number>>, i: number, j: number, value: number): number[][] {
  if (i === j || i < 0 || j < 0 || i >= matrix.length || j >= matrix.length) throw new Error(`No pairwise judgement (${i + 1}, ${j + 1}) in a matrix of ${matrix.length} criteria.`);
  if (!(value > 0) || !isFinite(value)) throw new Error(`A pairwise judgement must be a positive number (1/9 … 9), not ${String(value)}.`);
  const out = matrix.map(r => r.slice());
  out[i][j] = value;
  out[j][i] = 1 / value;
  return out;
}
