import * as React from 'react';
import styles from './controls.module.scss';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';

/** The props of a ProgressBar. */
export interface IProgressBarProps {
  /** What is in progress (visible; the bar's accessible name). */
  label: string;
  /** The current step, under the bar (tied by `aria-describedby`). */
  description?: string;
  /** Done so far, 0–1; an indeterminate bar (moving) when undefined. */
  percentComplete?: number;
  /** What a screen reader says for the value (`aria-valuetext`), e.g. "Step 3 of 12: Lists/Projects". */
  valueText?: string;
  className?: string;
  'data-testid'?: string;
}

/**
 * A `role="progressbar"` named by its label. With `percentComplete` it reports `aria-valuenow`
 * (0–100); without it the bar is indeterminate (no value, a moving band).
 */
export function ProgressBar(props: IProgressBarProps): React.ReactElement {
  const id = useFieldId('progress');
  const pct = props.percentComplete === undefined ? undefined : Math.round(Math.min(1, Math.max(0, props.percentComplete)) * 100);
  return (
    <div className={props.className ? `${fields.progress} ${props.className}` : fields.progress} data-testid={props['data-testid']}>
      <div id={`${id}-label`} className={styles.label}>{props.label}</div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-describedby={props.description ? `${id}-desc` : undefined}
        aria-valuemin={pct === undefined ? undefined : 0}
        aria-valuemax={pct === undefined ? undefined : 100}
        aria-valuenow={pct}
        aria-valuetext={props.valueText}
        className={fields.track}
      >
        <div className={pct === undefined ? `${fields.bar} ${fields.indeterminate}` : fields.bar} style={pct === undefined ? undefined : { width: `${pct}%` }} />
      </div>
      {props.description && <div id={`${id}-desc`} className={fields.fieldHint} aria-live="polite">{props.description}</div>}
    </div>
  );
}
