import * as React from 'react';
import { strings } from './strings';
import type { IntakeState } from '../../domain/intake';
import { RequestRefusedError, type IConvertOptions, type IRequestService, type IRequestWithHistory } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { errorText, stateLabel } from './format';

/** The details' data state. */
export type RequestDetailsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: IRequestWithHistory };

/** A message on top of the details. */
export interface IDetailsNotice {
  kind: 'success' | 'error';
  text: string;
  /** A link after the text (the project a conversion created). */
  link?: { href: string; text: string };
}

/** The details' state and the PMO's actions. */
export interface IRequestDetailsApi {
  state: RequestDetailsState;
  notice?: IDetailsNotice;
  /** The state the transition dialog moves to (the dialog is open when set). */
  moveTo?: IntakeState;
  /** Why the move was refused, shown in the open dialog (an open scoring round holds the request). */
  moveError?: string;
  busy: boolean;
  /** The conversion's confirmation is open. */
  converting: boolean;
  /** The author asked to delete the draft and has to confirm. */
  deleting: boolean;
  reload: () => void;
  openMove: (to: IntakeState) => void;
  cancelMove: () => void;
  confirmMove: (comment: string, reason: string) => void;
  openConvert: () => void;
  cancelConvert: () => void;
  convert: (options: IConvertOptions) => void;
  askDelete: () => void;
  cancelDelete: () => void;
  confirmDelete: () => void;
}

/** Loads one request with its history; moves it (with the ETag it was shown with) and converts it. */
export function useRequestDetails(service: IRequestService, id: number, initialNotice?: string, onDeleted?: (title: string) => void): IRequestDetailsApi {
  const [state, setState] = React.useState<RequestDetailsState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [notice, setNotice] = React.useState<IDetailsNotice | undefined>(initialNotice ? { kind: 'success', text: initialNotice } : undefined);
  const [moveTo, setMoveTo] = React.useState<IntakeState | undefined>();
  const [moveError, setMoveError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [converting, setConverting] = React.useState(false);
  const [deleting, setDeleting] = React.useState(false);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  React.useEffect(() => {
    let active = true;
    setState(s => (s.status === 'ready' ? s : { status: 'loading' }));
    service.get(id).then(
      data => { if (active) setState({ status: 'ready', data }); },
      (error: unknown) => { if (active) setState({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [service, id, attempt]);

  const reload = (): void => setAttempt(a => a + 1);

  const confirmMove = (comment: string, reason: string): void => {
    if (state.status !== 'ready' || !moveTo) return;
    const request = state.data.request;
    const to = moveTo;
    setBusy(true);
    service.transition(request.id, to, comment, reason, request.etag).then(
      data => {
        if (!mounted.current) return;
        setBusy(false);
        setMoveTo(undefined);
        setState({ status: 'ready', data });
        setNotice({ kind: 'success', text: formatString(strings.Request_Moved, request.title, stateLabel(to)) });
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        // An open scoring round holds the request: nothing changed; the dialog says which round, and stays until cancelled.
        if (e instanceof RequestRefusedError && e.refusal === 'roundOpen') { setMoveError(errorText(e)); return; }
        setMoveTo(undefined);
        setNotice({ kind: 'error', text: errorText(e) });
        // After a conflict (or any failure) show the request as it is now.
        reload();
      }
    );
  };

  const convert = (options: IConvertOptions): void => {
    if (state.status !== 'ready') return;
    const request = state.data.request;
    setBusy(true);
    setNotice(undefined);
    service.convertToProject(request.id, options).then(
      result => {
        if (!mounted.current) return;
        setBusy(false);
        setConverting(false);
        setNotice({
          kind: 'success',
          text: formatString(result.created ? strings.Request_ConvertedMessage : strings.Request_AlreadyConverted, result.projectCode, request.title),
          link: { href: result.projectUrl, text: formatString(strings.Request_OpenProject, result.projectCode) }
        });
        reload();
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        setConverting(false);
        setNotice({ kind: 'error', text: errorText(e) });
      }
    );
  };

  const confirmDelete = (): void => {
    if (state.status !== 'ready') return;
    const request = state.data.request;
    setBusy(true);
    setNotice(undefined);
    service.deleteDraft(request.id, request.etag).then(
      () => {
        if (!mounted.current) return;
        setBusy(false);
        setDeleting(false);
        onDeleted?.(request.title);
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        setDeleting(false);
        setNotice({ kind: 'error', text: errorText(e) });
        reload();
      }
    );
  };

  return {
    state,
    notice,
    moveTo,
    moveError,
    busy,
    converting,
    deleting,
    reload,
    openMove: to => { setNotice(undefined); setMoveError(undefined); setMoveTo(to); },
    cancelMove: () => { setMoveError(undefined); setMoveTo(undefined); },
    confirmMove,
    openConvert: () => { setNotice(undefined); setConverting(true); },
    cancelConvert: () => setConverting(false),
    convert,
    askDelete: () => { setNotice(undefined); setDeleting(true); },
    cancelDelete: () => setDeleting(false),
    confirmDelete
  };
}
