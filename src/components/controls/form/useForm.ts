import * as React from 'react';
import type { NoticeKind } from '../Notice';
import { useSaveRunner, type ISaveRunnerTexts } from '../../Project/editing/useSaveRunner';

/** Problems by field, each a message naming its field. */
export type FieldProblems<F extends string> = Partial<Record<F, string>>;

/** The form's messages and the date fields' typed-text messages (these first); a cleared one (undefined) does not hide the form's. */
function merged<F extends string>(form: FieldProblems<F>, typed: FieldProblems<F>): FieldProblems<F> {
  const out: FieldProblems<F> = { ...form };
  for (const k of Object.keys(typed) as F[]) if (typed[k]) out[k] = typed[k];
  return out;
}

/** What a governance form (RAID, Benefits, Gates) is given. */
export interface IFormOptions<F extends string, V> {
  /** The values it starts with (and takes again when `version` changes: the entry was read again). */
  initial: () => V;
  /** The entry's ETag ('' for a new one). */
  version: string;
  /** The fields in the order shown (the first with a problem takes the focus); a function of the values when they vary (rows). */
  fields: ReadonlyArray<F> | ((values: V) => ReadonlyArray<F>);
  /** The id prefix of the fields (`${prefix}-${field}`). */
  idPrefix: string;
  /** What keeps the values from being sent. */
  check: (values: V) => FieldProblems<F>;
  /** The id of a field's input (default `${idPrefix}-${field}`): the first with a problem takes the focus. */
  fieldId?: (field: F) => string;
  /**
   * A service's refusal: the fields it names with their messages, or a message for the whole form
   * (shown above the fields); undefined for any other error (the conflict, gone or error notice).
   */
  refused: (error: unknown) => FieldProblems<F> | string | undefined;
  /** What a conflict (HTTP 412) and a deleted entry (HTTP 404) are told as. */
  texts: ISaveRunnerTexts;
  /** Sends the values; resolves with the message of what was done. */
  send: (values: V) => Promise<string>;
  onDone: (message: string) => void;
  /** Reads the entry again (after a conflict: it comes back with its new ETag). */
  onReload: () => Promise<void>;
}

/** What a governance form shows and does. */
export interface IForm<F extends string, V> {
  values: V;
  /**
   * Takes changed values. A field's message clears with its change, unless `keep` (a date field,
   * changed when it loses focus: the layout must not move under the click that follows).
   */
  change: (v: Partial<V>, keep?: boolean) => void;
  /** The message of each field. */
  problems: FieldProblems<F>;
  /**
   * The problems in the fields' order, for the list above the form: as found by the last "Save",
   * kept until the next one, so that the form does not move while the user corrects a field.
   */
  problemList: Array<[F, string]>;
  /** A date field's typed text that is not a date (DateField's onProblem). */
  setTyped: (field: F, message: string | undefined) => void;
  notice?: { kind: NoticeKind; text: string };
  /** The service's refusal of the whole form, until the next Save. */
  refusal?: string;
  busy: boolean;
  /** Checks the values (problems shown, the first field focused); true when nothing keeps them from being sent. */
  validate: () => boolean;
  /** Checks, then sends with `send` (default the form's own), e.g. a second action such as "Request the review". */
  submit: (send?: (values: V) => Promise<string>) => Promise<void>;
  /** Checks, then sends with the form's own `send`. */
  save: () => Promise<void>;
}

/**
 * The state of a governance form: problems found before sending (and those the service's refusal
 * names) are shown at their fields and listed, the first field takes the focus and nothing is sent;
 * a conflict (someone saved first: HTTP 412) says so and reads the entry again, whose stored values
 * the form then shows. The list of problems changes only on "Save" (validation on submit).
 */
export function useForm<F extends string, V extends object>(o: IFormOptions<F, V>): IForm<F, V> {
  const [values, setValues] = React.useState<V>(o.initial);
  const [problems, setProblems] = React.useState<FieldProblems<F>>({});
  const [typed, setTypedState] = React.useState<FieldProblems<F>>({});
  const [listed, setListed] = React.useState<Array<[F, string]>>([]);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const [focus, setFocus] = React.useState<{ field: F } | undefined>(undefined);
  const fieldId = o.fieldId ?? ((f: F) => `${o.idPrefix}-${f}`);
  React.useEffect(() => { setValues(o.initial()); }, [o.version]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  React.useEffect(() => { if (focus) document.getElementById(fieldId(focus.field))?.focus(); }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps -- the ids follow the fields
  const all = merged(problems, typed);
  const show = (found: FieldProblems<F>): boolean => {
    const now = merged(found, typed);
    // A date's refused text is kept as the field's message until the next "Save" (its field does not move).
    setProblems(now);
    const list = (typeof o.fields === 'function' ? o.fields(values) : o.fields).filter(f => now[f]).map(f => [f, now[f] as string] as [F, string]);
    setListed(list);
    if (list.length > 0) setFocus({ field: list[0][0] });
    return list.length === 0;
  };
  const runner = useSaveRunner(o.texts, o.onDone, o.onReload);
  const validate = (): boolean => {
    setRefusal(undefined);
    return show(o.check(values));
  };
  const submit = async (send: (values: V) => Promise<string> = o.send): Promise<void> => {
    if (!validate()) return;
    await runner.run(() => send(values), e => {
      const refused = o.refused(e);
      if (typeof refused === 'string') setRefusal(refused);
      else if (refused) {
        // A refusal about a field this form does not show (the cost of a change being approved) is told
        // above the fields: a problem is never left where the user cannot see it.
        const shown = typeof o.fields === 'function' ? o.fields(values) : o.fields;
        const elsewhere = (Object.keys(refused) as F[]).filter(f => refused[f] && shown.indexOf(f) < 0).map(f => refused[f] as string);
        if (elsewhere.length) setRefusal(elsewhere.join(' '));
        show(refused);
      }
      return refused !== undefined;
    });
  };
  return {
    values, problems: all, problemList: listed, notice: runner.notice, refusal, busy: runner.busy, validate, submit, save: () => submit(),
    change: (v, keep) => {
      setValues(old => ({ ...old, ...v }));
      if (keep) return;
      setProblems(p => {
        const next = { ...p };
        for (const k of Object.keys(v)) delete next[k as F];
        return next;
      });
    },
    setTyped: (field, message) => setTypedState(t => ({ ...t, [field]: message }))
  };
}
