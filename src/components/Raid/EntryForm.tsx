import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { Button, DateField, Notice, Spinner } from '../controls';
import type { IEntryForm } from './useEntryForm';
import { fieldLabel } from './labels';
import styles from './Raid.module.scss';

/** Props of {@link EntryForm}. */
export interface IEntryFormShellProps {
  /** The id prefix of the form and its fields. */
  idPrefix: string;
  heading: string;
  form: Pick<IEntryForm<string, object>, 'notice' | 'problemList' | 'busy' | 'save'>;
  onCancel: () => void;
  /** The fields. */
  children: React.ReactNode;
}

/** A RAID entry form's frame: heading, what went wrong (each problem a link to its field), the fields, Save and Cancel. */
export function EntryForm(props: IEntryFormShellProps): React.ReactElement {
  const { form, idPrefix } = props;
  return (
    <section className={styles.editor} aria-labelledby={`${idPrefix}-heading`} data-testid={`${idPrefix}-form`}>
      <h3 id={`${idPrefix}-heading`} className={styles.heading}>{props.heading}</h3>
      {form.notice && <Notice kind={form.notice.kind} data-testid={`${idPrefix}-notice`}>{form.notice.text}</Notice>}
      {form.problemList.length > 0 && (
        <Notice kind="error" data-testid={`${idPrefix}-problems`}>
          {raidStrings.Raid_Problems}
          <ul className={styles.problems}>{form.problemList.map(([f, m]) => <li key={f}><a href={`#${idPrefix}-${f}`}>{m}</a></li>)}</ul>
        </Notice>
      )}
      <div className={styles.fields}>{props.children}</div>
      <div className={styles.actions}>
        <Button primary icon="save" disabled={form.busy} onClick={() => void form.save()} data-testid={`${idPrefix}-save`}>{raidStrings.Raid_Save}</Button>
        <Button icon="dismiss" disabled={form.busy} onClick={props.onCancel}>{raidStrings.Raid_Cancel}</Button>
        {form.busy && <Spinner label={raidStrings.Raid_Working} />}
      </div>
    </section>
  );
}

/** A date field of an entry form, typed in the user's locale, with its message naming the field. */
export function DayField(props: { idPrefix: string; field: string; value?: IsoDay; onChange: (d?: IsoDay) => void; error?: string; onProblem: (m?: string) => void; locale: string; today: IsoDay }): React.ReactElement {
  const label = fieldLabel(props.field);
  return (
    <DateField
      id={`${props.idPrefix}-${props.field}`}
      label={label}
      value={props.value}
      onChange={props.onChange}
      onProblem={props.onProblem}
      locale={props.locale}
      invalidMessage={formatString(raidStrings.Raid_Problem_date, label, formatDateOnly(props.today, props.locale, 'numeric'))}
      errorMessage={props.error}
      data-testid={`${props.idPrefix}-${props.field}`}
    />
  );
}
