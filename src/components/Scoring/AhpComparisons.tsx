import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { Notice, SelectField } from '../controls';
import { formatString } from '../../domain/text';
import { ahpWeights, CONSISTENCY_THRESHOLD, mostInconsistentPair, SAATY_VALUES, type IAhpResult, type ICriterion, type IModelIssue } from '../../domain/scoring';
import styles from './Scoring.module.scss';
import { formatNumber, formatPercent, judgementSentence, modelIssueText } from './labels';

/** Props of the pairwise comparisons of an AHP model. */
export interface IAhpComparisonsProps {
  criteria: ReadonlyArray<ICriterion>;
  /** The full reciprocal matrix, in criteria order. */
  matrix: ReadonlyArray<ReadonlyArray<number>>;
  onJudgement: (i: number, j: number, value: number) => void;
  locale: string;
  /** The model's issues: those of a comparison ('ahpMatrix.<row>.<column>', 1-based) show at its control. */
  issues?: ReadonlyArray<IModelIssue>;
}

/** The offered judgements from "A extremely more important than B" down to "B extremely more important than A". */
const CHOICES: ReadonlyArray<number> = SAATY_VALUES.slice().reverse();

/** The offered judgement nearest to a stored value (on the log scale). */
function nearest(value: number): number {
  return CHOICES.reduce((best, v) => (Math.abs(Math.log(v / value)) < Math.abs(Math.log(best / value)) ? v : best), 1);
}

/** The id of a pair's control (validation and the inconsistency warning point there). */
export const pairId = (i: number, j: number): string => `pmo-ahp-${i}-${j}`;

/**
 * AHP's pairwise comparisons as sentences: one control per pair of criteria offering Saaty's verbal
 * scale in both directions ("“A” is much more important than “B”" … "equally important" … "“B” is
 * much more important than “A”"). Below: the live weights (principal eigenvector), the consistency
 * ratio, and above 0.10 a warning naming the most inconsistent pair.
 */
export function AhpComparisons(props: IAhpComparisonsProps): React.ReactElement {
  const { criteria, matrix, locale } = props;
  const name = (i: number): string => criteria[i]?.title.trim() || formatString(scoringStrings.Scoring_CriterionN, i + 1);
  let ahp: IAhpResult | undefined;
  try {
    ahp = matrix.length === criteria.length && matrix.length > 0 ? ahpWeights(matrix.map(r => r.slice())) : undefined;
  } catch {
    ahp = undefined;
  }
  const worst = ahp && ahp.consistencyRatio > CONSISTENCY_THRESHOLD ? mostInconsistentPair(matrix.map(r => r.slice()), ahp.weights) : undefined;
  const pairIssue = (i: number, j: number): string | undefined => {
    const issue = (props.issues ?? []).filter(x => x.field === `ahpMatrix.${i + 1}.${j + 1}` || x.field === `ahpMatrix.${j + 1}.${i + 1}`)[0];
    return issue ? modelIssueText(issue, criteria, locale) : undefined;
  };
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < criteria.length; i++) for (let j = i + 1; j < criteria.length; j++) pairs.push([i, j]);
  return (
    <section aria-labelledby="pmo-ahp-heading" data-testid="ahp">
      <h3 id="pmo-ahp-heading" className={styles.requestTitle}>{scoringStrings.Scoring_Ahp_Heading}</h3>
      <p className={styles.subtle}>{scoringStrings.Scoring_Ahp_Hint}</p>
      <div className={styles.pairs}>
        {pairs.map(([i, j]) => (
          <SelectField
            key={`${i}-${j}`}
            id={pairId(i, j)}
            label={formatString(scoringStrings.Scoring_Ahp_PairLabel, name(i), name(j))}
            options={CHOICES.map((v, k) => ({ key: String(k), text: judgementSentence(v, name(i), name(j)) }))}
            selectedKey={String(CHOICES.indexOf(nearest(matrix[i]?.[j] ?? 1)))}
            onChange={key => props.onJudgement(i, j, CHOICES[Number(key)])}
            errorMessage={pairIssue(i, j)}
          />
        ))}
      </div>
      {ahp && (
        <div aria-live="polite" data-testid="ahp-result">
          <h4 className={styles.legend}>{scoringStrings.Scoring_Ahp_Weights}</h4>
          <ul className={styles.weights}>
            {ahp.weights.map((w, i) => <li key={i}>{formatString(scoringStrings.Scoring_Ahp_WeightLine, name(i), formatPercent(w, locale))}</li>)}
          </ul>
          <p data-testid="ahp-cr">{formatString(scoringStrings.Ahp_ConsistencyRatio, formatNumber(ahp.consistencyRatio, locale, 3))}</p>
        </div>
      )}
      {ahp && worst && (
        <Notice kind="warning" data-testid="ahp-warning">
          {formatString(scoringStrings.Ahp_InconsistentWarning, formatNumber(ahp.consistencyRatio, locale, 2), name(worst.i), name(worst.j))}
        </Notice>
      )}
    </section>
  );
}
