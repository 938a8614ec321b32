import * as React from 'react';
import { formatDateOnly, type IsoDay } from '../../../domain/dates';
import { formatString } from '../../../domain/text';
import { Button } from '../Button';
import { DateField } from '../DateField';
import { Notice, type NoticeKind } from '../Notice';
import { Spinner } from '../Spinner';
import styles from './form.module.scss';

/** The words of a form's frame, from the area's strings module. */
export interface IFormTexts {
  /** Above the list of problems ("Check these fields:"). */
  problems: string;
  save: string;
  cancel: string;
  /** Beside the spinner while saving. */
  working: string;
}

/** Props of {@link FormFrame}. */
export interface IFormFrameProps {
  /** The id prefix of the form, its heading (`${idPrefix}-heading`) and its fields (`${idPrefix}-${field}`). */
  idPrefix: string;
  heading: string;
  /** The heading's level (3 by default; 4 inside a section headed at level 3). */
  headingLevel?: 3 | 4;
  texts: IFormTexts;
  form: { notice?: { kind: NoticeKind; text: string }; refusal?: string; problemList: ReadonlyArray<readonly [string, string]>; busy: boolean; save?: () => Promise<void> | void };
  /** The link of a listed problem to its field (default `#${idPrefix}-${field}`). */
  problemHref?: (field: string) => string;
  /** Shows "Cancel". */
  onCancel?: () => void;
  /** The heading takes the focus when the form appears (a form opened by a button); false for a form that is part of the page. */
  focusOnOpen?: boolean;
  /** Shown between the heading and the fields (an introduction, a refusal). */
  before?: React.ReactNode;
  /** Shown after the fields, before the buttons (a confirmation). */
  after?: React.ReactNode;
  /** The buttons in place of Save (the spinner and Cancel stay). */
  actions?: React.ReactNode;
  /** The fields. */
  children: React.ReactNode;
  /** The fields one under the other (groups of fields, such as a checklist's items), not side by side. */
  stacked?: boolean;
  /** The form's test id (default `${idPrefix}-form`); its notices are `${idPrefix}-notice`, `${idPrefix}-refused` and `${idPrefix}-problems`. */
  'data-testid'?: string;
}

/**
 * The frame of every governance form (RAID, Benefits, Gates): heading (focused when the form opens,
 * so that keyboard and screen-reader users land in it), what went wrong (each problem a link to its
 * field), the fields, Save and Cancel; Enter in a one-line field saves as Save does. Nothing moves under the pointer between the press and the
 * click on Save: the press keeps the focus in the field (which is read when Save takes the focus, on
 * the click), and the list of problems (see `useForm`) changes on Save only.
 */
export function FormFrame(props: IFormFrameProps): React.ReactElement {
  const { form, idPrefix, texts } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const focusOnOpen = props.focusOnOpen !== false;
  React.useLayoutEffect(() => { if (focusOnOpen) heading.current?.focus(); }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, when the form opens (in the same task)
  const href = props.problemHref ?? ((f: string) => `#${idPrefix}-${f}`);
  const H = props.headingLevel === 4 ? 'h4' : 'h3';
  // Save runs once the view is drawn after the click (in the same task): the field left by it (a date read on leaving) has its value by then.
  const [pressed, setPressed] = React.useState(0);
  React.useLayoutEffect(() => { if (pressed > 0) void form.save?.(); }, [pressed]); // eslint-disable-line react-hooks/exhaustive-deps -- once per click, with the form as drawn after it
  return (
    <section className={styles.editor} aria-labelledby={`${idPrefix}-heading`} data-testid={props['data-testid'] ?? `${idPrefix}-form`}>
      <H id={`${idPrefix}-heading`} ref={heading} tabIndex={-1} className={styles.heading}>{props.heading}</H>
      {props.before}
      {form.notice && <Notice kind={form.notice.kind} data-testid={`${idPrefix}-notice`}>{form.notice.text}</Notice>}
      {form.refusal && <Notice kind="error" data-testid={`${idPrefix}-refused`}>{form.refusal}</Notice>}
      {form.problemList.length > 0 && (
        <Notice kind="error" data-testid={`${idPrefix}-problems`}>
          {texts.problems}
          <ul className={styles.problems}>{form.problemList.map(([f, m]) => <li key={f}><a href={href(f)}>{m}</a></li>)}</ul>
        </Notice>
      )}
      {/* A form, so that Enter in a field saves as Save does: the browser's implicit submission clicks Save (its submit button). */}
      <form noValidate onSubmit={e => e.preventDefault()} aria-labelledby={`${idPrefix}-heading`}>
      <div className={props.stacked ? undefined : styles.fields}>{props.children}</div>
      {props.after}
      <div className={styles.actions}>
        {props.actions ?? (
          <Button
            primary submit icon="save" disabled={form.busy} data-testid={`${idPrefix}-save`}
            // The press does not move the focus: a field left now would show or drop its message and move Save from under the pointer (the click was lost).
            onMouseDown={e => e.preventDefault()}
            onClick={e => { e.currentTarget.focus(); setPressed(n => n + 1); }}
          >
            {texts.save}
          </Button>
        )}
        {props.onCancel && <Button icon="dismiss" disabled={form.busy} onClick={props.onCancel} data-testid={`${idPrefix}-cancel`}>{texts.cancel}</Button>}
        {form.busy && <Spinner label={texts.working} />}
      </div>
      </form>
    </section>
  );
}

/** Props of {@link DayField}. */
export interface IDayFieldProps {
  idPrefix: string;
  field: string;
  /** The field's label. */
  label: string;
  value?: IsoDay;
  onChange: (d?: IsoDay) => void;
  error?: string;
  onProblem: (m?: string) => void;
  locale: string;
  today: IsoDay;
  /** The message for text that is not a date: {0} the label, {1} today in the user's numeric format. */
  invalidTemplate: string;
  required?: boolean;
}

/** A date field of a governance form, typed in the user's locale, its message naming the field. */
export function DayField(props: IDayFieldProps): React.ReactElement {
  const { label } = props;
  return (
    <DateField
      id={`${props.idPrefix}-${props.field}`} label={label} value={props.value} onChange={props.onChange} onProblem={props.onProblem} locale={props.locale} required={props.required}
      invalidMessage={formatString(props.invalidTemplate, label, formatDateOnly(props.today, props.locale, 'numeric'))}
      errorMessage={props.error} data-testid={`${props.idPrefix}-${props.field}`}
    />
  );
}
