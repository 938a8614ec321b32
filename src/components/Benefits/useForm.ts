import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import { BenefitRefusedError } from '../../services/BenefitService';
import type { NoticeKind } from '../controls';
import { useSaveRunner } from '../Project/editing/useSaveRunner';
import { fieldProblem } from './labels';

/** Problems by field, each a message naming its field. */
export type FieldProblems<F extends string> = Partial<Record<F, string>>;

/** What a benefits form (a benefit, a measurement) is given. */
export interface IFormOptions<F extends string, V> {
  initial: () => V;
  /** Changes when the edited item was read again (its ETag): the form takes its stored values. */
  version: string;
  /** The fields in the order shown (the first with a problem takes the focus). */
  fields: ReadonlyArray<F>;
  /** The id prefix of the fields (`${prefix}-${field}`). */
  idPrefix: string;
  /** What keeps the values from being sent (amounts and dates read in the user's locale). */
  check: (values: V) => FieldProblems<F>;
  /** Sends the values; resolves with the message of what was done. */
  send: (values: V) => Promise<string>;
  onDone: (message: string) => void;
  /** Reads the register again (after a conflict the benefit comes back with its new ETag). */
  onReload: () => Promise<void>;
}

/** What a benefits form shows and does. */
export interface IForm<F extends string, V> {
  values: V;
  change: (v: Partial<V>) => void;
  problems: FieldProblems<F>;
  /** The problems in the fields' order, for the list above the form. */
  problemList: Array<[F, string]>;
  /** A date field's typed text that is not a date (DateField's onProblem). */
  setTyped: (field: F, message: string | undefined) => void;
  notice?: { kind: NoticeKind; text: string };
  busy: boolean;
  save: () => Promise<void>;
}

/**
 * The state of a benefits form: problems found before sending — and the fields the service's
 * refusal (`BenefitRefusedError`) names — are shown at their fields and listed, the first field takes
 * the focus and nothing is sent; a conflict (HTTP 412) says so and reads the register again.
 */
export function useForm<F extends string, V extends object>(o: IFormOptions<F, V>): IForm<F, V> {
  const [values, setValues] = React.useState<V>(o.initial);
  const [problems, setProblems] = React.useState<FieldProblems<F>>({});
  const [typed, setTyped] = React.useState<FieldProblems<F>>({});
  const [focus, setFocus] = React.useState<{ field: F } | undefined>(undefined);
  React.useEffect(() => { setValues(o.initial()); }, [o.version]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  React.useEffect(() => { if (focus) document.getElementById(`${o.idPrefix}-${focus.field}`)?.focus(); }, [focus, o.idPrefix]);
  const all: FieldProblems<F> = { ...problems, ...typed };
  const show = (found: FieldProblems<F>): boolean => {
    setProblems(found);
    const first = o.fields.filter(f => found[f] ?? typed[f])[0];
    if (first) setFocus({ field: first });
    return first === undefined;
  };
  const runner = useSaveRunner({ conflict: benefitsStrings.Benefits_Conflict, gone: benefitsStrings.Benefits_Gone }, o.onDone, o.onReload);
  return {
    values, problems: all, notice: runner.notice, busy: runner.busy,
    problemList: o.fields.filter(f => all[f]).map(f => [f, all[f] as string] as [F, string]),
    save: async () => {
      if (!show(o.check(values))) return;
      await runner.run(() => o.send(values), e => {
        if (!(e instanceof BenefitRefusedError)) return false;
        const field = (o.fields as ReadonlyArray<string>).indexOf(e.field) >= 0 ? e.field as F : o.fields[0];
        show({ [field]: fieldProblem(field, e.refusal === 'titleRequired' ? 'required' : 'invalid') } as FieldProblems<F>);
        return true;
      });
    },
    change: v => {
      setValues(old => ({ ...old, ...v }));
      setProblems(p => {
        const next = { ...p };
        for (const k of Object.keys(v)) delete next[k as F];
        return next;
      });
    },
    setTyped: (field, message) => setTyped(t => ({ ...t, [field]: message }))
  };
}
