import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import { EAC_FORMULAS, EAC_METHODS, type EacMethod, type EvmInputKey } from '../../../domain/evm';
import { RadioGroup, TextField } from '../../controls';
import { money, sourceText, text } from '../labels';
import { fieldId, FORM_INPUTS, problemAt } from './formModel';
import type { IReportFormState } from './useReportForm';
import styles from '../Project.module.scss';

/**
 * What an EV input's hint says: typed in this report (empty it to derive it), or derived and from
 * what, with the amount derived from the values typed now ("Derived from the budget lines: 412,000.00").
 */
export function inputHint(form: Pick<IReportFormState, 'live' | 'values'>, key: EvmInputKey, locale: string): string {
  const source = form.live.evm.sources[key];
  if (form.values.inputs[key].trim()) return projectStrings.Project_InputTyped;
  if (source === 'given' || source === 'missing') return projectStrings.Project_InputNotDerivable;
  return formatString(projectStrings.Project_InputDerived, sourceText(source), money(form.live.evm.input[key] ?? undefined, locale));
}

/**
 * The earned-value inputs PV, EV, AC and BAC, typed in the user's locale or left empty to be
 * derived (the hint says from what), % complete, and the EAC formula.
 */
export function EvmFields(props: { form: IReportFormState; locale: string }): React.ReactElement {
  const { form, locale } = props;
  const setInput = (key: EvmInputKey, value: string): void => form.change(v => ({ ...v, inputs: { ...v.inputs, [key]: value } }));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.subheading}>{projectStrings.Project_EarnedValue}</legend>
      <p className={styles.meta}>{projectStrings.Project_EvmFormHint}</p>
      <div className={styles.inputGrid}>
        {FORM_INPUTS.map(k => (
          <TextField
            key={k}
            id={fieldId.input(k)}
            label={form.names.input(k)}
            description={inputHint(form, k, locale)}
            value={form.values.inputs[k]}
            onChange={v => setInput(k, v)}
            inputMode="decimal"
            errorMessage={problemAt(form.problems, fieldId.input(k))}
            data-testid={`input-${k}`}
          />
        ))}
        <TextField
          id={fieldId.percentComplete}
          label={form.names.percentComplete}
          description={projectStrings.Project_PercentHint}
          value={form.values.percentComplete}
          onChange={percentComplete => form.change(v => ({ ...v, percentComplete }))}
          inputMode="decimal"
          errorMessage={problemAt(form.problems, fieldId.percentComplete)}
        />
      </div>
      <RadioGroup
        label={projectStrings.Project_EacMethod}
        options={EAC_METHODS.map(m => ({ key: m, text: `${EAC_FORMULAS[m]} – ${text(`Project_EacMethod_${m}`)}` }))}
        selectedKey={form.values.eacMethod}
        onChange={key => form.change(v => ({ ...v, eacMethod: key as EacMethod }))}
      />
    </fieldset>
  );
}
