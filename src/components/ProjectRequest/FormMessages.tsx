import * as React from 'react';
import { strings } from './strings';
import { Button, Link, Notice } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { RequestField } from '../../domain/intake';
import type { IFormNotice } from './useRequestForm';
import { fieldId, focusField } from './formFields';

/** Props of the validation summary. */
export interface IValidationSummaryProps {
  /** Every problem's message with its field. */
  summary: Array<{ field: RequestField; message: string }>;
  /** Counts failed attempts: each new one moves focus to the summary, so that screen readers read it. */
  failedAttempts: number;
}

/** The problems of the last attempt, each a link that moves focus to its field; nothing when there are none. */
export function ValidationSummary(props: IValidationSummaryProps): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (props.failedAttempts && ref.current) ref.current.focus();
  }, [props.failedAttempts]);
  if (props.summary.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.summary} data-testid="validation-summary">
      <Notice kind="error">
        <strong>{strings.Request_ValidationSummary}</strong>
        <ul className={styles.summaryList}>
          {props.summary.map((s, i) => (
            <li key={`${s.field}-${i}`}>
              <Link href={`#${fieldId(s.field)}`} onClick={e => { e.preventDefault(); focusField(s.field); }}>{s.message}</Link>
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}

/** Props of the form's notice. */
export interface IFormNoticeProps {
  /** The message to show; nothing is shown without one. */
  notice?: IFormNotice;
  /** Reloads the request after a conflict (the notice then offers it). */
  onReload?: () => void;
}

/** The form's message after a save or submit (success, a warning such as a failed attachment, or an error). */
export function FormNotice(props: IFormNoticeProps): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  if (!props.notice) return null;
  return (
    <Notice kind={props.notice.kind} data-testid="form-notice">
      {props.notice.text}
      {props.notice.conflict && props.onReload && <> <Button onClick={props.onReload} data-testid="form-reload">{strings.Request_Reload}</Button></>}
    </Notice>
  );
}
