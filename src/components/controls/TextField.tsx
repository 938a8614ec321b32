import * as React from 'react';
import styles from './controls.module.scss';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';

/** What every labelled input field takes (TextField, DateField, LookupField). */
export interface IFieldProps {
  /** The visible label (also the accessible name). */
  label: string;
  /** Marks the field as required (a star after the label). */
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /**
   * A validation message under the field, tied to it (`aria-describedby`); the input is
   * `aria-invalid="true"` while there is one and `"false"` otherwise.
   */
  errorMessage?: string;
  /** The input's id (its label points at it; validation links move focus to it); generated when omitted. */
  id?: string;
  className?: string;
  'data-testid'?: string;
}

/** The props of a TextField. */
export interface ITextFieldProps extends IFieldProps {
  /** The text. */
  value: string;
  /** Called with the new text at every keystroke. */
  onChange: (value: string) => void;
  /** Several lines (a `<textarea>` of `rows` lines, 3 unless given). */
  multiline?: boolean;
  /** Lines shown by a multi-line field. */
  rows?: number;
  /** The most characters the field takes. */
  maxLength?: number;
  /** A hint under the field, tied to it (`aria-describedby`). */
  description?: string;
  /** The keyboard a touch device shows (`inputMode`), e.g. 'decimal'. */
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
}

/** The ids a field's description and error message get, and the input's `aria-describedby` for them. */
export function describedBy(id: string, description?: string, errorMessage?: string): { descId: string; errId: string; describedBy?: string } {
  const descId = `${id}-desc`;
  const errId = `${id}-err`;
  const ids = [errorMessage ? errId : '', description ? descId : ''].filter(Boolean).join(' ');
  return { descId, errId, describedBy: ids || undefined };
}

/** A labelled text input, single or multi-line, with its hint and validation message. */
export function TextField(props: ITextFieldProps): React.ReactElement {
  const id = useFieldId('txt', props.id);
  const d = describedBy(id, props.description, props.errorMessage);
  const common = {
    id,
    className: props.multiline ? `${styles.input} ${fields.textarea}` : styles.input,
    value: props.value,
    maxLength: props.maxLength,
    required: props.required,
    disabled: props.disabled,
    placeholder: props.placeholder,
    'aria-invalid': !!props.errorMessage,
    'aria-describedby': d.describedBy,
    'data-testid': props['data-testid']
  };
  return (
    <div className={props.className ? `${styles.field} ${props.className}` : styles.field}>
      <label className={props.required ? `${styles.label} ${styles.required}` : styles.label} htmlFor={id}>{props.label}</label>
      {props.multiline
        ? <textarea {...common} rows={props.rows ?? 3} onChange={e => props.onChange(e.target.value)} />
        : <input {...common} type="text" inputMode={props.inputMode} onChange={e => props.onChange(e.target.value)} />}
      {props.description && <p id={d.descId} className={fields.fieldHint}>{props.description}</p>}
      {props.errorMessage && <p id={d.errId} className={styles.fieldError}>{props.errorMessage}</p>}
    </div>
  );
}
