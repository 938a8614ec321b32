import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as raidStrings from 'RaidStrings';
import type { IsoDay } from '../../domain/dates';
import { describeError } from '../../services/errors';
import { Spinner } from '../controls';
import { useFocusReturn } from '../controls/form/useFocusReturn';
import { ErrorMessage, errorText } from '../ErrorMessage';
import type { IRaidProps } from './IRaidProps';
import type { Load } from './useLoad';

/** What the project's RAID log shows and does, shared by its tabs. */
export interface ITabProps {
  props: IRaidProps & { projectId: number };
  /** The user may change the log: the project's manager, its deputy and the PMO. */
  canEdit: boolean;
  /** The people who may own an entry or be named as having decided. */
  people: ReadonlyArray<{ id: number; name: string }>;
  today: IsoDay;
  /** The address of a project's RAID log (lesson search results link to it). */
  raidLink: (projectId: number) => string;
}

/** A row action's notice. */
export type RowNotice = { kind: 'success' | 'warning' | 'error'; text: string };

/** What {@link useRowAction} gives a tab. */
export interface IRowAction {
  busy: boolean;
  notice?: RowNotice;
  /** Runs an action that resolves with the message of what was done, then reads the list again. */
  run: (send: () => Promise<string>) => Promise<void>;
  /** Shows a message of what was done (a form's save). */
  say: (text: string) => void;
  /** Clears the message (a form opens: the last one no longer applies). */
  clear: () => void;
}

/** A row action (close, resolve, reject): runs it, says what was done or what went wrong, reads the list again (also after a conflict). */
export function useRowAction(reload: () => Promise<void>): IRowAction {
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<RowNotice | undefined>(undefined);
  const run = async (send: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice({ kind: 'success', text: await send() });
    } catch (e) {
      const kind = describeError(e).kind;
      setNotice(kind === 'conflict' ? { kind: 'warning', text: raidStrings.Raid_Conflict } : kind === 'notFound' ? { kind: 'warning', text: raidStrings.Raid_Gone } : { kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
    await reload();
  };
  return { busy, notice, run, say: text => setNotice({ kind: 'success', text }), clear: () => setNotice(undefined) };
}

/** Loading, an error with "Try again", or the section. */
export function whenReady<T>(load: Load<T>, reload: () => Promise<void>, render: (data: T) => React.ReactNode): React.ReactNode {
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  return render(load.data);
}

/** What {@link useOpenForm} gives a tab. */
export interface IOpenForm<T> {
  /** The form open (its entry), or undefined. */
  open: T | undefined;
  /** Opens a form from a button's click: the last notice goes, the button is remembered. */
  show: (what: T, control?: EventTarget) => void;
  /** Closes it; the focus goes to what `to` finds, else back to the button that opened it. */
  close: (to?: () => HTMLElement | undefined) => void;
}

/** A tab's form (or confirmation) opened by a button: which is open, the notice cleared on opening, the focus back on closing. */
export function useOpenForm<T>(action: Pick<IRowAction, 'clear'>): IOpenForm<T> {
  const [open, setOpen] = React.useState<T | undefined>(undefined);
  const focus = useFocusReturn();
  return {
    open,
    show: (what, control) => { action.clear(); focus.opening(control); setOpen(what); },
    close: to => { setOpen(undefined); focus.closed(to); }
  };
}
