import * as React from 'react';
import styles from './controls.module.scss';
import { useFieldId } from './useFieldId';

/** One option of a SelectField; options with the same `group` are shown under that heading. */
export interface ISelectOption {
  key: string;
  text: string;
  /** A heading the option is listed under (an `<optgroup>`). */
  group?: string;
}

export interface ISelectFieldProps {
  /** The visible label (also the accessible name). */
  label: string;
  /** The label is for screen readers only (a table's column header says it on screen); it stays the accessible name. */
  hideLabel?: boolean;
  options: ReadonlyArray<ISelectOption>;
  /** The key of the selected option. */
  selectedKey: string;
  onChange: (key: string) => void;
  required?: boolean;
  disabled?: boolean;
  /** A validation message shown under the field and tied to it (`aria-describedby`). */
  errorMessage?: string;
  className?: string;
  id?: string;
  'data-testid'?: string;
}

/** Options grouped in the order their groups first appear; options without a group come first. */
function grouped(options: ReadonlyArray<ISelectOption>): Array<{ group?: string; options: ISelectOption[] }> {
  const out: Array<{ group?: string; options: ISelectOption[] }> = [];
  for (const o of options) {
    let g = out.filter(x => x.group === o.group)[0];
    if (!g) { g = { group: o.group, options: [] }; out.push(g); }
    g.options.push(o);
  }
  return out;
}

/**
 * A single choice from a short list, as a native `<select>` with a visible label: the browser's
 * own list works with the keyboard, screen readers and touch, and costs no script.
 */
export function SelectField(props: ISelectFieldProps): React.ReactElement {
  const id = useFieldId('sel', props.id);
  const errId = `${id}-err`;
  const option = (o: ISelectOption): React.ReactElement => <option key={o.key} value={o.key}>{o.text}</option>;
  return (
    <div className={props.className ? `${styles.field} ${props.className}` : styles.field}>
      <label className={props.hideLabel ? styles.srOnly : props.required ? `${styles.label} ${styles.required}` : styles.label} htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className={`${styles.input} ${styles.select}`}
        value={props.selectedKey}
        onChange={e => props.onChange(e.target.value)}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={props.errorMessage ? true : undefined}
        aria-describedby={props.errorMessage ? errId : undefined}
        data-testid={props['data-testid']}
      >
        {grouped(props.options).map(g => g.group === undefined
          ? g.options.map(option)
          : <optgroup key={`g-${g.group}`} label={g.group}>{g.options.map(option)}</optgroup>)}
      </select>
      {props.errorMessage && <p id={errId} className={styles.fieldError}>{props.errorMessage}</p>}
    </div>
  );
}
