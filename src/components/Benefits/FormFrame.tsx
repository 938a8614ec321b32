import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { Button, DateField, Notice, Spinner } from '../controls';
import type { IForm } from './useForm';
import { fieldLabel } from './labels';
import styles from './Benefits.module.scss';

/** Props of {@link FormFrame}. */
export interface IFormFrameProps {
  /** The id prefix of the form and its fields. */
  idPrefix: string;
  heading: string;
  form: Pick<IForm<string, object>, 'notice' | 'problemList' | 'busy' | 'save'>;
  onCancel: () => void;
  children: React.ReactNode;
}

/** A benefits form's frame: heading, what went wrong (each problem a link to its field), the fields, Save and Cancel. */
export function FormFrame(props: IFormFrameProps): React.ReactElement {
  const { form, idPrefix } = props;
  return (
    <section className={styles.editor} aria-labelledby={`${idPrefix}-heading`} data-testid={`${idPrefix}-form`}>
      <h3 id={`${idPrefix}-heading`} className={styles.subheading}>{props.heading}</h3>
      {form.notice && <Notice kind={form.notice.kind} data-testid={`${idPrefix}-notice`}>{form.notice.text}</Notice>}
      {form.problemList.length > 0 && (
        <Notice kind="error" data-testid={`${idPrefix}-problems`}>
          {benefitsStrings.Benefits_Problems}
          <ul className={styles.problems}>{form.problemList.map(([f, m]) => <li key={f}><a href={`#${idPrefix}-${f}`}>{m}</a></li>)}</ul>
        </Notice>
      )}
      <div className={styles.fields}>{props.children}</div>
      <div className={styles.actions}>
        <Button primary icon="save" disabled={form.busy} onClick={() => void form.save()} data-testid={`${idPrefix}-save`}>{benefitsStrings.Benefits_Save}</Button>
        <Button icon="dismiss" disabled={form.busy} onClick={props.onCancel}>{benefitsStrings.Benefits_Cancel}</Button>
        {form.busy && <Spinner label={benefitsStrings.Benefits_Working} />}
      </div>
    </section>
  );
}

/** A day field of a benefits form, typed in the user's locale, its message naming the field. */
export function DayField(props: { idPrefix: string; field: string; value?: IsoDay; onChange: (d?: IsoDay) => void; error?: string; onProblem: (m?: string) => void; locale: string; today: IsoDay; required?: boolean }): React.ReactElement {
  const label = fieldLabel(props.field);
  return (
    <DateField
      id={`${props.idPrefix}-${props.field}`} label={label} value={props.value} onChange={props.onChange} onProblem={props.onProblem} locale={props.locale} required={props.required}
      invalidMessage={formatString(benefitsStrings.Benefits_Problem_date, label, formatDateOnly(props.today, props.locale, 'numeric'))}
      errorMessage={props.error} data-testid={`${props.idPrefix}-${props.field}`}
    />
  );
}
