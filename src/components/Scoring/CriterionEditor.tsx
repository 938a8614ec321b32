import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { Button, SelectField, TextField } from '../controls';
import { formatString } from '../../domain/text';
import { CRITERION_DIRECTIONS, WSJF_SCALE, type ICriterion, type IModelIssue, type ScoringMethod } from '../../domain/scoring';
import styles from './Scoring.module.scss';
import { criterionName, formatNumber, modelIssueText, text } from './labels';

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

/** The id of the description field of a criterion's level, by the level's value (issues name levels by their index in `levels`). */
export const levelFieldId = (criterion: number, value: number): string => `pmo-model-criteria-${criterion}-level-${value}`;

/**
 * The id of the control that shows a model issue's field (validation links and focus go there):
 * a described level → its description field, an AHP cell → `pairId`-style ids are the caller's.
 */
export function issueFieldId(field: string, criteria: ReadonlyArray<ICriterion>): string {
  const level = /^criteria\.(\d+)\.levels\.(\d+)$/.exec(field);
  if (level) {
    const value = criteria[Number(level[1])]?.levels[Number(level[2])]?.value;
    return value === undefined ? modelFieldId(`criteria.${level[1]}.scaleMax`) : levelFieldId(Number(level[1]), value);
  }
  return modelFieldId(field);
}

/** A number typed in the user's locale (comma or point); NaN when it is not one (validation names the field). */
function numberOf(value: string): number {
  const t = value.trim().replace(',', '.');
  return t === '' ? NaN : Number(t);
}

/**
 * The values whose anchored descriptions the editor offers: WSJF's modified Fibonacci scale; the
 * scale's whole numbers (at most 21, else the two ends); and any value already described outside
 * them, so that a description the scale no longer covers can be seen and cleared.
 */
function scaleValues(method: ScoringMethod, c: ICriterion): number[] {
  let values: number[];
  if (method === 'Wsjf') values = WSJF_SCALE.slice();
  else if (!(Number.isInteger(c.scaleMin) && Number.isInteger(c.scaleMax) && c.scaleMin < c.scaleMax)) values = [];
  else if (c.scaleMax - c.scaleMin > 20) values = [c.scaleMin, c.scaleMax];
  else values = Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);
  const described = c.levels.map(l => l.value).filter(v => values.indexOf(v) < 0);
  return [...values, ...described].sort((a, b) => a - b);
}

/** A numeric input that keeps what the user types until it is a number again. */
function NumberInput(props: { id: string; label: string; value: number; onChange: (n: number) => void; errorMessage?: string; description?: string }): React.ReactElement {
  const [typed, setTyped] = React.useState<string>(isFinite(props.value) ? String(props.value) : '');
  return <TextField id={props.id} label={props.label} value={typed} inputMode="decimal" required description={props.description} errorMessage={props.errorMessage} onChange={v => { setTyped(v); props.onChange(numberOf(v)); }} />;
}

/** The anchored descriptions of a criterion's levels: one field per value of its scale. */
function LevelFields(props: ICriterionEditorProps & { errorAtLevel: (value: number) => string | undefined }): React.ReactElement {
  const { index: i, criterion: c } = props;
  const setLevel = (value: number, description: string): void => {
    const rest = c.levels.filter(l => l.value !== value);
    props.onChange({ levels: (description.trim() ? [...rest, { value, description }] : rest).sort((a, b) => a.value - b.value) });
  };
  return (
    <div className={styles.fieldGrid}>
      {scaleValues(props.method, c).map(v => (
        <TextField
          key={v}
          id={levelFieldId(i, v)}
          label={formatString(scoringStrings.Scoring_LevelLabel, formatNumber(v, props.locale, 0))}
          value={c.levels.filter(l => l.value === v)[0]?.description ?? ''}
          onChange={d => setLevel(v, d)}
          maxLength={255}
          errorMessage={props.errorAtLevel(v)}
        />
      ))}
    </div>
  );
}

/**
 * One criterion: title; for a weighted sum its weight (AHP weights come from the comparisons, WSJF
 * has none); direction (benefit, or cost/risk where lower is better) and scale min..max, or for WSJF
 * its component and the modified Fibonacci scale (1, 2, 3, 5, 8, 13, 20); and the anchored
 * description of each level. Each problem shows at its field (aria-invalid, aria-describedby),
 * naming the criterion and the field.
 */
export function CriterionEditor(props: ICriterionEditorProps): React.ReactElement {
  const { index: i, criterion: c, method } = props;
  const at = (f: string): string => `criteria.${i}.${f}`;
  const message = (issue: IModelIssue | undefined): string | undefined => (issue ? modelIssueText(issue, props.criteria, props.locale) : undefined);
  const errorAt = (f: string): string | undefined => message(props.issues.filter(x => x.field === at(f))[0]);
  const levelIssues = props.issues.filter(x => x.field.indexOf(at('levels.')) === 0);
  const errorAtLevel = (value: number): string | undefined => message(levelIssues.filter(x => c.levels[Number(x.field.split('.')[3])]?.value === value)[0]);
  const heading = criterionName(props.criteria, i);
  const wsjf = method === 'Wsjf';
  const levels = <LevelFields {...props} errorAtLevel={errorAtLevel} />;
  // A problem with a level opens the descriptions, so that its field can be seen and reached.
  const details = React.useRef<HTMLDetailsElement>(null);
  React.useEffect(() => { if (levelIssues.length && details.current) details.current.open = true; }, [levelIssues.length]);
  const scaleError = errorAt('scale');
  const scaleId = modelFieldId(at('scale'));
  return (
    <fieldset className={styles.criterionBox} data-testid={`criterion-${i}`}>
      <legend className={styles.legend}>{formatString(scoringStrings.Scoring_CriterionLegend, i + 1, c.title.trim() || heading)}</legend>
      <div className={styles.fieldRow}>
        <TextField id={modelFieldId(at('title'))} label={scoringStrings.Scoring_CriterionTitle} value={c.title} onChange={v => props.onChange({ title: v })} required maxLength={255} errorMessage={errorAt('title')} />
        {method === 'Weighted' && <NumberInput id={modelFieldId(at('weight'))} label={scoringStrings.Scoring_Weight} value={c.weight} onChange={n => props.onChange({ weight: n })} errorMessage={errorAt('weight')} />}
        {wsjf
          ? <p className={styles.roleLine}>{formatString(scoringStrings.Scoring_RoleLine, text(`Scoring_Role_${c.role}`))}</p>
          : <SelectField className={styles.fitField} id={modelFieldId(at('direction'))} label={scoringStrings.Scoring_Direction} options={CRITERION_DIRECTIONS.map(d => ({ key: d, text: text(`Scoring_Direction_${d}`) }))} selectedKey={c.direction} onChange={d => props.onChange({ direction: d as ICriterion['direction'] })} />}
        {!wsjf && <NumberInput id={modelFieldId(at('scaleMin'))} label={scoringStrings.Scoring_ScaleMin} value={c.scaleMin} onChange={n => props.onChange({ scaleMin: n })} errorMessage={errorAt('scaleMin')} />}
        {!wsjf && <NumberInput id={modelFieldId(at('scaleMax'))} label={scoringStrings.Scoring_ScaleMax} value={c.scaleMax} onChange={n => props.onChange({ scaleMax: n })} errorMessage={errorAt('scaleMax')} />}
      </div>
      {wsjf
        ? (
          <div role="group" aria-labelledby={scaleId} aria-describedby={scaleError ? `${scaleId}-err` : undefined} data-testid={`wsjf-scale-${i}`}>
            <p id={scaleId} tabIndex={-1} className={styles.scaleLine}>{formatString(scoringStrings.Scoring_WsjfScaleLine, WSJF_SCALE.map(v => formatNumber(v, props.locale, 0)).join(', '), heading)}</p>
            {scaleError && <p id={`${scaleId}-err`} className={styles.fieldError}>{scaleError}</p>}
            {levels}
          </div>
        )
        : (
          <details ref={details}>
            <summary>{formatString(scoringStrings.Scoring_LevelsSummary, heading)}</summary>
            {levels}
          </details>
        )}
      {props.onRemove && <Button icon="delete" onClick={props.onRemove} aria-label={formatString(scoringStrings.Scoring_RemoveCriterionOf, heading)}>{scoringStrings.Scoring_RemoveCriterion}</Button>}
    </fieldset>
  );
}
