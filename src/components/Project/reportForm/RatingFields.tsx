import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import { OVERALL_DIMENSION } from '../../../domain/rag';
import type { Rag } from '../../../domain/portfolio';
import type { IReportRules } from '../../../services/reportRules';
import { RadioGroup, TextField } from '../../controls';
import { metricName, metricValue, ragName } from '../labels';
import { fieldId, liveDimension, needsJustification, problemAt } from './formModel';
import type { IReportFormState } from './useReportForm';
import styles from '../Project.module.scss';

const RAGS: ReadonlyArray<Rag> = ['Green', 'Amber', 'Red'];
const NOT_RATED = 'none';

/** Props of {@link RatingFields}. */
export interface IRatingFieldsProps {
  form: IReportFormState;
  dimension: string;
  rules: IReportRules;
  locale: string;
}

/**
 * What the form says about a dimension's suggestion: "Suggested: Amber (SPI 0.93)", "Suggested: Red
 * (the worst dimension)" for the overall RAG, or why there is none.
 */
export function suggestionText(form: Pick<IReportFormState, 'live'>, dimension: string, rules: IReportRules, locale: string): string {
  const live = liveDimension(form.live, dimension);
  const suggested = live?.suggested;
  if (dimension === OVERALL_DIMENSION) return suggested ? formatString(projectStrings.Project_SuggestedOverall, ragName(suggested)) : projectStrings.Project_NoSuggestionOverall;
  const rule = rules.rules.filter(r => r.dimension === dimension)[0];
  const value = live?.value;
  if (!rule) return projectStrings.Project_NoSuggestionRule;
  if (!suggested || value === undefined) return formatString(projectStrings.Project_NoSuggestionValue, metricName(rule.metric));
  return formatString(projectStrings.Project_Suggested, ragName(suggested), metricName(rule.metric), metricValue(rule.metric, value, locale));
}

/**
 * One dimension of the report (or the overall RAG): the RAG as radio buttons with the suggestion
 * under its legend, the justification when the choice overrides the suggestion (then required,
 * its message naming the dimension) and a comment.
 */
export function RatingFields(props: IRatingFieldsProps): React.ReactElement {
  const { form, dimension, rules, locale } = props;
  const name = form.names.dimension(dimension);
  const rating = form.values.ratings[dimension] ?? { follows: false, justification: '', comment: '' };
  const chosen = liveDimension(form.live, dimension)?.rag;
  const set = (patch: Partial<typeof rating>): void => form.change(v => ({ ...v, ratings: { ...v.ratings, [dimension]: { ...rating, ...patch } } }));
  const justificationProblem = problemAt(form.problems, fieldId.justification(dimension));
  const options = [...RAGS.map(r => ({ key: r, text: ragName(r) })), { key: NOT_RATED, text: ragName(undefined) }];
  return (
    <div className={styles.rating} data-dimension={dimension} data-testid={`rating-${dimension}`}>
      <RadioGroup
        id={fieldId.rating(dimension)}
        label={formatString(projectStrings.Project_RagOf, name)}
        description={suggestionText(form, dimension, rules, locale)}
        options={options}
        selectedKey={chosen ?? NOT_RATED}
        onChange={key => set({ rag: key === NOT_RATED ? undefined : (key as Rag), follows: false })}
        inline
      />
      {(needsJustification(form.live, dimension) || justificationProblem !== undefined) && (
        <TextField
          id={fieldId.justification(dimension)}
          label={formatString(projectStrings.Project_JustificationOf, name)}
          description={projectStrings.Project_JustificationHint}
          value={rating.justification}
          onChange={justification => set({ justification })}
          multiline
          rows={2}
          required
          maxLength={2000}
          errorMessage={justificationProblem}
        />
      )}
      <TextField
        label={formatString(projectStrings.Project_CommentOf, name)}
        value={rating.comment}
        onChange={comment => set({ comment })}
        multiline
        rows={2}
        maxLength={2000}
      />
    </div>
  );
}
