/**
 * Weighted-sum scoring: each criterion's score normalised onto 0–1 over its scale (inverted for
 * cost criteria), then the weighted mean. Used by weighted models and by AHP models (whose weights
 * come from the pairwise matrix). Pure.
 */
import type { CriterionDirection } from './vocabulary';

/** A criterion's scale and direction, as the weighted sum needs them. */
export interface ICriterionScale {
  /** Lowest and highest score on the scale (e.g. 0 and 5); min < max. */
  scaleMin: number;
  scaleMax: number;
  /** 'Benefit': higher is better; 'Cost' (cost, risk, effort): lower is better. */
  direction: CriterionDirection;
}

/** A criterion with its weight (any non-negative unit: percent, AHP fraction; only ratios matter). */
export interface IWeightedCriterion extends ICriterionScale {
  weight: number;
}

/**
 * A score normalised onto 0–1: (value − min) / (max − min) for a benefit criterion, and
 * (max − value) / (max − min) for a cost criterion, so that 1 is always the best end of the scale.
 * @throws RangeError when the scale is empty (min ≥ max) or the value lies outside it.
 */
export function normalisedScore(value: number, scale: ICriterionScale): number {
  const { scaleMin: min, scaleMax: max } = scale;
  if (!(isFinite(min) && isFinite(max) && min < max)) throw new RangeError(`A scale must go from a lower to a higher number, not ${min}–${max}.`);
  if (!isFinite(value) || value < min || value > max) throw new RangeError(`The score ${value} is outside the scale ${min}–${max}.`);
  const s = (value - min) / (max - min);
  return scale.direction === 'Cost' ? 1 - s : s;
}

/**
 * The weighted sum on 0–1: Σ wᵢ · sᵢ / Σ wᵢ over the criteria, with sᵢ the normalised score of
 * `values[i]` ({@link normalisedScore}). Example: weights 30/20/50, scales 0–10 benefit, 0–10
 * benefit, 0–5 cost, values 8, 5, 1 → (0.3·0.8 + 0.2·0.5 + 0.5·0.8) / 1 = 0.74.
 * @throws RangeError when `values` does not have one value per criterion, a value is outside its
 *   scale, a weight is negative, or all weights are 0.
 */
export function weightedTotal(criteria: ReadonlyArray<IWeightedCriterion>, values: ReadonlyArray<number>): number {
  if (values.length !== criteria.length) throw new RangeError(`${values.length} scores for ${criteria.length} criteria.`);
  let sumW = 0;
  let sum = 0;
  criteria.forEach((c, i) => {
    if (!(c.weight >= 0) || !isFinite(c.weight)) throw new RangeError(`A weight must be 0 or more, not ${c.weight}.`);
    sumW += c.weight;
    sum += c.weight * normalisedScore(values[i], c);
  });
  if (sumW <= 0) throw new RangeError('At least one criterion needs a weight above 0.');
  return sum / sumW;
}
