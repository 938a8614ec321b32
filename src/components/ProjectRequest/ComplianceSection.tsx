import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
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
        const error = form.fieldErrors[q];
        return (
          <div key={q} id={fieldId(q)} className={styles.question}>
            <ChoiceGroup
              label={fieldLabel(q)}
              required={true}
              options={yesNo.map(o => ({ ...o, id: `${fieldId(q)}-${o.key}` }))}
              selectedKey={v === undefined ? null : v ? 'yes' : 'no'} // eslint-disable-line @rushstack/no-new-null -- Fluent's ChoiceGroup clears the selection with null
              onChange={(_, o) => form.update({ compliance: { ...compliance, [q]: o?.key === 'yes' } })}
              styles={{ flexContainer: { display: 'flex', gap: 16 } }}
              aria-describedby={error ? `${fieldId(q)}-error` : undefined}
            />
            {error && <p id={`${fieldId(q)}-error`} className={styles.error} role="alert">{error}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}
