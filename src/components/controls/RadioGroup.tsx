import * as React from 'react';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';
import { ChoiceFieldset, type IChoiceGroupBaseProps } from './Checkbox';

/** The props of a RadioGroup. */
export interface IRadioGroupProps extends IChoiceGroupBaseProps {
  /** The key of the chosen option; none is chosen when undefined. */
  selectedKey: string | undefined;
  onChange: (key: string) => void;
}

/**
 * One choice from a few, as native radio buttons in a `<fieldset role="radiogroup">` named by its
 * legend: Tab enters the group, the arrow keys choose (the browser's own behaviour).
 */
export function RadioGroup(props: IRadioGroupProps): React.ReactElement {
  const id = useFieldId('radio', props.id);
  return (
    <ChoiceFieldset {...props} role="radiogroup" fieldId={id}>
      {props.options.map(o => (
        <div key={o.key} className={fields.check}>
          <input id={`${id}-${o.key}`} type="radio" name={id} value={o.key} checked={props.selectedKey === o.key} onChange={() => props.onChange(o.key)} />
          <label htmlFor={`${id}-${o.key}`}>{o.text}</label>
        </div>
      ))}
    </ChoiceFieldset>
  );
}
