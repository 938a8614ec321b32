import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import { RiskRefusedError } from '../../services/RiskService';
import { RaidLogRefusedError } from '../../services/RaidLogService';
import type { NoticeKind } from '../controls';
import { useSaveRunner } from '../Project/editing/useSaveRunner';
import { fieldLabel } from './labels';

/** Problems by field, each a message naming its field. */
export type FieldProblems<F extends string> = Partial<Record<F, string>>;

/** A problem's message for a field: required, rating (1–5), invalid. */
export function fieldProblem(field: string, code: 'required' | 'rating' | 'invalid' | 'days' | 'costNegative' | 'milestones'): string {
  return formatString(raidStrings[`Raid_Problem_${code}`], fieldLabel(field));
}

/**
 * The fields a refusal of the risk or RAID log service names, with their messages; undefined for any
 * other error (the form shows it as a whole).
 */
export function refusalProblems<F extends string>(error: unknown): FieldProblems<F> | undefined {
  if (!(error instanceof RiskRefusedError || error instanceof RaidLogRefusedError)) return undefined;
  const out: Record<string, string> = {};
  for (const p of error.problems) {
    const field = p.field ?? 'title';
    const code = p.code === 'titleRequired' || p.code === 'ratingRequired' ? 'required' : p.code.startsWith('rating') ? 'rating' : 'invalid';
    out[field] = fieldProblem(field, code);
  }
  return out as FieldProblems<F>;
}

/** What an entry form (a risk, an issue) is given. */
export interface IEntryFormOptions<F extends string, V> {
  /** The values it starts with (and takes again when `version` changes: the entry was read again). */
  initial: () => V;
  /** The entry's ETag ('' for a new one). */
  version: string;
  /** The fields in the order shown (the first with a problem takes the focus). */
  fields: ReadonlyArray<F>;
  /** The id prefix of the fields (`${prefix}-${field}`). */
  idPrefix: string;
  /** What keeps the values from being sent. */
  check: (values: V) => FieldProblems<F>;
  /** The fields a service's refusal names, with their messages (default {@link refusalProblems}: the risk and RAID log services'). */
  refused?: (error: unknown) => FieldProblems<F> | undefined;
  /** Sends the values; resolves with the message of what was done. */
  send: (values: V) => Promise<string>;
  onDone: (message: string) => void;
  /** Reads the entry again (after a conflict: it comes back with its new ETag). */
  onReload: () => Promise<void>;
}

/** What an entry form shows and does. */
export interface IEntryForm<F extends string, V> {
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
 * The state of a RAID entry form: problems found before sending (and those the service names) are
 * shown at their fields and listed, the first field takes the focus and nothing is sent; a conflict
 * (someone saved first: HTTP 412) says so and reads the entry again, whose stored values the form
 * then shows.
 */
export function useEntryForm<F extends string, V extends object>(o: IEntryFormOptions<F, V>): IEntryForm<F, V> {
  const [values, setValues] = React.useState<V>(o.initial);
  const [problems, setProblems] = React.useState<FieldProblems<F>>({});
  const [typed, setTypedState] = React.useState<FieldProblems<F>>({});
  const [focus, setFocus] = React.useState<{ field: F } | undefined>(undefined);
  React.useEffect(() => { setValues(o.initial()); }, [o.version]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  React.useEffect(() => { if (focus) document.getElementById(`${o.idPrefix}-${focus.field}`)?.focus(); }, [focus, o.idPrefix]);
  const all: FieldProblems<F> = { ...problems, ...typed };
  const problemList = o.fields.filter(f => all[f]).map(f => [f, all[f] as string] as [F, string]);
  const show = (found: FieldProblems<F>): boolean => {
    setProblems(found);
    const first = o.fields.filter(f => found[f] ?? typed[f])[0];
    if (first) setFocus({ field: first });
    return first === undefined;
  };
  const runner = useSaveRunner({ conflict: raidStrings.Raid_Conflict, gone: raidStrings.Raid_Gone }, o.onDone, o.onReload);
  const save = async (): Promise<void> => {
    if (!show(o.check(values))) return;
    await runner.run(() => o.send(values), e => {
      const refused = o.refused ? o.refused(e) : refusalProblems<F>(e);
      if (refused) show(refused);
      return refused !== undefined;
    });
  };
  return {
    values, problems: all, problemList, notice: runner.notice, busy: runner.busy, save,
    change: v => {
      setValues(old => ({ ...old, ...v }));
      setProblems(p => {
        const next = { ...p };
        for (const k of Object.keys(v)) delete next[k as F];
        return next;
      });
    },
    setTyped: (field, message) => setTypedState(t => ({ ...t, [field]: message }))
  };
}
