import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import { OVERALL_DIMENSION } from '../../../domain/rag';
import type { Rag } from '../../../domain/portfolio';
import type { IReportRules } from '../../../services/reportRules';
import { RadioGroup, TextField } from '../../controls';
import { metricName, metricValue, ragName } from '../labels';
import { fieldId, liveSuggestions, needsJustification, overallShown, problemAt } from './formModel';
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
export function suggestionText(form: Pick<IReportFormState, 'draft' | 'values'>, dimension: string, rules: IReportRules, locale: string): string {
  const suggested = liveSuggestions(form.draft, form.values)[dimension];
  if (dimension === OVERALL_DIMENSION) return suggested ? formatString(projectStrings.Project_SuggestedOverall, ragName(suggested)) : projectStrings.Project_NoSuggestionOverall;
  const rule = rules.rules.filter(r => r.dimension === dimension)[0];
  const value = form.draft.dimensions.filter(d => d.dimension === dimension)[0]?.value;
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
  const overall = dimension === OVERALL_DIMENSION;
  const rating = form.values.ratings[dimension] ?? { justification: '', comment: '' };
  const chosen = overall ? overallShown(form.draft, form.values) : rating.rag;
  const set = (patch: Partial<typeof rating>, follows?: boolean): void => form.change(v => ({
    ...v,
    overallFollows: follows ?? v.overallFollows,
    ratings: { ...v.ratings, [dimension]: { ...rating, ...patch } }
  }));
  const options = [...RAGS.map(r => ({ key: r, text: ragName(r) })), { key: NOT_RATED, text: ragName(undefined) }];
  return (
    <div className={styles.rating} data-dimension={dimension} data-testid={`rating-${dimension}`}>
      <RadioGroup
        id={fieldId.rating(dimension)}
        label={formatString(projectStrings.Project_RagOf, name)}
        description={suggestionText(form, dimension, rules, locale)}
        options={options}
        selectedKey={chosen ?? NOT_RATED}
        onChange={key => set({ rag: key === NOT_RATED ? undefined : (key as Rag) }, overall ? false : undefined)}
        inline
      />
      {needsJustification(form.draft, form.values, dimension) && (
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
          errorMessage={problemAt(form.problems, fieldId.justification(dimension))}
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
