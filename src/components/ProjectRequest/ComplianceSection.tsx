import * as React from 'react';
import { strings } from './strings';
import { RadioGroup } from '../controls';
import styles from './ProjectRequest.module.scss';
import { COMPLIANCE_QUESTIONS } from '../../domain/intake';
import type { IRequestSectionProps } from './BasicsSection';
import { fieldId, fieldLabel } from './formFields';

/** The compliance questions (personal data, ISO 27001, NIS2, procurement), each answered yes or no. */
export function ComplianceSection(props: IRequestSectionProps): React.ReactElement {
  const { form } = props;
  const compliance = form.state.input.compliance;
  const yesNo = [{ key: 'yes', text: strings.Request_Yes }, { key: 'no', text: strings.Request_No }];
  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Compliance}</legend>
      <p className={styles.hint}>{strings.Request_Compliance_Intro}</p>
      {COMPLIANCE_QUESTIONS.map(q => {
        const v = compliance[q];
        return (
          <RadioGroup
            key={q}
            id={fieldId(q)}
            className={styles.question}
            label={fieldLabel(q)}
            required={true}
            inline={true}
            options={yesNo}
            selectedKey={v === undefined ? undefined : v ? 'yes' : 'no'}
            onChange={key => form.update({ compliance: { ...compliance, [q]: key === 'yes' } })}
            errorMessage={form.fieldErrors[q]}
          />
        );
      })}
    </fieldset>
  );
}
