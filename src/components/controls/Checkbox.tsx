import * as React from 'react';
import styles from './controls.module.scss';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';
import { describedBy } from './TextField';

/** The props of a Checkbox. */
export interface ICheckboxProps {
  /** The visible label (also the accessible name). */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The input's id; generated when omitted. */
  id?: string;
  className?: string;
  'data-testid'?: string;
}

/** A native checkbox with its label beside it (the label is part of the click target). */
export function Checkbox(props: ICheckboxProps): React.ReactElement {
  const id = useFieldId('chk', props.id);
  return (
    <div className={props.className ? `${fields.check} ${props.className}` : fields.check}>
      <input id={id} type="checkbox" checked={props.checked} disabled={props.disabled} onChange={e => props.onChange(e.target.checked)} data-testid={props['data-testid']} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** One choice of a CheckboxGroup or RadioGroup. */
export interface IChoiceOption {
  key: string;
  text: string;
}

/** The props shared by CheckboxGroup and RadioGroup. */
export interface IChoiceGroupBaseProps {
  /** The question: the group's legend and accessible name. */
  label: string;
  options: ReadonlyArray<IChoiceOption>;
  /** An answer is required (a star after the legend, `aria-required`). */
  required?: boolean;
  disabled?: boolean;
  /** A validation message under the group, tied to it (`aria-describedby`, `aria-invalid`). */
  errorMessage?: string;
  /** A hint under the legend, tied to the group. */
  description?: string;
  /** Options side by side instead of one per line. */
  inline?: boolean;
  /** The group's id (validation links move focus to its first input); generated when omitted. */
  id?: string;
  className?: string;
}

/**
 * A `<fieldset>` named by its `<legend>` around a set of choices, with the group's hint and error
 * tied to it. `role` is 'group' (checkboxes) or 'radiogroup' (radios).
 */
export function ChoiceFieldset(props: IChoiceGroupBaseProps & { role: 'group' | 'radiogroup'; fieldId: string; children: React.ReactNode }): React.ReactElement {
  const { fieldId: id } = props;
  const d = describedBy(id, props.description, props.errorMessage);
  return (
    <fieldset
      id={id}
      role={props.role}
      className={[fields.choices, props.inline ? fields.inlineChoices : '', props.className ?? ''].filter(Boolean).join(' ')}
      disabled={props.disabled}
      aria-labelledby={`${id}-legend`}
      // A group (checkboxes) takes neither aria-required nor aria-invalid; a radiogroup takes both.
      aria-required={props.required && props.role === 'radiogroup' ? true : undefined}
      aria-invalid={props.errorMessage && props.role === 'radiogroup' ? true : undefined}
      data-invalid={props.errorMessage ? true : undefined}
      aria-describedby={d.describedBy}
    >
      <legend id={`${id}-legend`} className={props.required ? `${styles.label} ${styles.required}` : styles.label}>{props.label}</legend>
      {props.description && <p id={d.descId} className={fields.fieldHint}>{props.description}</p>}
      <div className={fields.choiceList}>{props.children}</div>
      {props.errorMessage && <p id={d.errId} className={styles.fieldError}>{props.errorMessage}</p>}
    </fieldset>
  );
}

/** The props of a CheckboxGroup. */
export interface ICheckboxGroupProps extends IChoiceGroupBaseProps {
  /** The keys of the checked options, in the order they were checked. */
  selectedKeys: ReadonlyArray<string>;
  /** Called with the new keys: a newly checked key is appended, an unchecked one removed. */
  onChange: (keys: string[]) => void;
}

/** Several choices from a short list (instead of a multi-select dropdown): a group of checkboxes. */
export function CheckboxGroup(props: ICheckboxGroupProps): React.ReactElement {
  const id = useFieldId('chks', props.id);
  const toggle = (key: string, on: boolean): void => {
    const rest = props.selectedKeys.filter(k => k !== key);
    props.onChange(on ? [...rest, key] : rest);
  };
  return (
    <ChoiceFieldset {...props} role="group" fieldId={id}>
      {props.options.map(o => (
        <Checkbox key={o.key} id={`${id}-${o.key}`} label={o.text} checked={props.selectedKeys.indexOf(o.key) >= 0} onChange={on => toggle(o.key, on)} />
      ))}
    </ChoiceFieldset>
  );
}
