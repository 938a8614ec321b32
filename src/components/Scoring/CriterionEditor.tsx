import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, SelectField, TextField } from '../controls';
import { formatString } from '../../domain/text';
import { CRITERION_DIRECTIONS, WSJF_SCALE, type ICriterion, type IModelIssue, type ScoringMethod } from '../../domain/scoring';
import styles from './Scoring.module.scss';
import { formatNumber, modelIssueText, text } from './labels';

/** Props of one criterion in the model editor. */
export interface ICriterionEditorProps {
  index: number;
  criterion: ICriterion;
  method: ScoringMethod;
  /** The model's issues (those of this criterion are shown at their fields). */
  issues: ReadonlyArray<IModelIssue>;
  criteria: ReadonlyArray<ICriterion>;
  locale: string;
  onChange: (change: Partial<ICriterion>) => void;
  /** Removes the criterion; absent when it cannot be removed (WSJF's four components). */
  onRemove?: () => void;
}

/** The id of a model field ('criteria.2.weight' → 'pmo-model-criteria-2-weight'). */
export const modelFieldId = (field: string): string => `pmo-model-${field.replace(/\./g, '-')}`;

/** A number typed in the user's locale (comma or point); NaN when it is not one (validation names the field). */
function numberOf(value: string): number {
  const t = value.trim().replace(',', '.');
  return t === '' ? NaN : Number(t);
}

/** The scale values a criterion's levels can describe (at most 21, else the two ends). */
function scaleValues(method: ScoringMethod, c: ICriterion): number[] {
  if (method === 'Wsjf') return WSJF_SCALE.slice();
  if (!(Number.isInteger(c.scaleMin) && Number.isInteger(c.scaleMax) && c.scaleMin < c.scaleMax)) return [];
  if (c.scaleMax - c.scaleMin > 20) return [c.scaleMin, c.scaleMax];
  return Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);
}

/** A numeric input that keeps what the user types until it is a number again. */
function NumberInput(props: { id: string; label: string; value: number; onChange: (n: number) => void; errorMessage?: string; description?: string }): React.ReactElement {
  const [typed, setTyped] = React.useState<string>(isFinite(props.value) ? String(props.value) : '');
  return <TextField id={props.id} label={props.label} value={typed} inputMode="decimal" required description={props.description} errorMessage={props.errorMessage} onChange={v => { setTyped(v); props.onChange(numberOf(v)); }} />;
}

/**
 * One criterion: title, weight (weighted and WSJF; AHP weights come from the comparisons), direction
 * (benefit, or cost/risk where lower is better), scale min..max (WSJF: fixed 1–20) and the anchored
 * description of each level.
 */
export function CriterionEditor(props: ICriterionEditorProps): React.ReactElement {
  const { index: i, criterion: c, method } = props;
  const at = (f: string): string => `criteria.${i}.${f}`;
  const errorAt = (f: string): string | undefined => {
    const issue = props.issues.filter(x => x.field === at(f) || (f === 'scale' && x.field.indexOf(at('levels')) === 0))[0];
    return issue ? modelIssueText(issue, props.criteria) : undefined;
  };
  const heading = c.title.trim() || formatString(strings.Scoring_CriterionN, i + 1);
  const setLevel = (value: number, description: string): void => {
    const rest = c.levels.filter(l => l.value !== value);
    props.onChange({ levels: (description.trim() ? [...rest, { value, description }] : rest).sort((a, b) => a.value - b.value) });
  };
  return (
    <fieldset className={styles.criterionBox} data-testid={`criterion-${i}`}>
      <legend className={styles.legend}>{formatString(strings.Scoring_CriterionLegend, i + 1, heading)}</legend>
      <div className={styles.fieldGrid}>
        <TextField id={modelFieldId(at('title'))} label={strings.Scoring_CriterionTitle} value={c.title} onChange={v => props.onChange({ title: v })} required maxLength={255} errorMessage={errorAt('title')} />
        {method !== 'Ahp' && <NumberInput id={modelFieldId(at('weight'))} label={strings.Scoring_Weight} value={c.weight} onChange={n => props.onChange({ weight: n })} errorMessage={errorAt('weight')} />}
        {method === 'Wsjf'
          ? <p>{formatString(strings.Scoring_RoleLine, text(`Scoring_Role_${c.role}`))}</p>
          : <SelectField label={strings.Scoring_Direction} options={CRITERION_DIRECTIONS.map(d => ({ key: d, text: text(`Scoring_Direction_${d}`) }))} selectedKey={c.direction} onChange={d => props.onChange({ direction: d as ICriterion['direction'] })} />}
        {method !== 'Wsjf' && <NumberInput id={modelFieldId(at('scale'))} label={strings.Scoring_ScaleMin} value={c.scaleMin} onChange={n => props.onChange({ scaleMin: n })} errorMessage={errorAt('scale')} />}
        {method !== 'Wsjf' && <NumberInput id={modelFieldId(at('scaleMax'))} label={strings.Scoring_ScaleMax} value={c.scaleMax} onChange={n => props.onChange({ scaleMax: n })} />}
      </div>
      <details>
        <summary>{formatString(strings.Scoring_LevelsSummary, heading)}</summary>
        <div className={styles.fieldGrid}>
          {scaleValues(method, c).map(v => (
            <TextField
              key={v}
              label={formatString(strings.Scoring_LevelLabel, formatNumber(v, props.locale, 0))}
              value={c.levels.filter(l => l.value === v)[0]?.description ?? ''}
              onChange={d => setLevel(v, d)}
              maxLength={255}
            />
          ))}
        </div>
      </details>
      {props.onRemove && <Button icon="delete" onClick={props.onRemove} aria-label={formatString(strings.Scoring_RemoveCriterionOf, heading)}>{strings.Scoring_RemoveCriterion}</Button>}
    </fieldset>
  );
}
