import * as React from 'react';
import * as strings from 'PmoHubStrings';
import type { IntakeState } from '../../domain/intake';
import type { IRequestService, IRequestWithHistory } from '../../services/RequestService';
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
}

/** The details' state and the PMO's actions. */
export interface IRequestDetailsApi {
  state: RequestDetailsState;
  notice?: IDetailsNotice;
  /** The state the transition dialog moves to (the dialog is open when set). */
  moveTo?: IntakeState;
  busy: boolean;
  reload: () => void;
  openMove: (to: IntakeState) => void;
  cancelMove: () => void;
  confirmMove: (comment: string, reason: string) => void;
  convert: () => void;
}

/** Loads one request with its history; moves it (with the ETag it was shown with) and converts it. */
export function useRequestDetails(service: IRequestService, id: number, initialNotice?: string): IRequestDetailsApi {
  const [state, setState] = React.useState<RequestDetailsState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [notice, setNotice] = React.useState<IDetailsNotice | undefined>(initialNotice ? { kind: 'success', text: initialNotice } : undefined);
  const [moveTo, setMoveTo] = React.useState<IntakeState | undefined>();
  const [busy, setBusy] = React.useState(false);
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
        setMoveTo(undefined);
        setNotice({ kind: 'error', text: errorText(e) });
        // After a conflict (or any failure) show the request as it is now.
        reload();
      }
    );
  };

  const convert = (): void => {
    if (state.status !== 'ready') return;
    const request = state.data.request;
    setBusy(true);
    setNotice(undefined);
    service.convertToProject(request.id).then(
      result => {
        if (!mounted.current) return;
        setBusy(false);
        setNotice({ kind: 'success', text: formatString(result.created ? strings.Request_ConvertedMessage : strings.Request_AlreadyConverted, result.projectId, request.title) });
        reload();
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        setNotice({ kind: 'error', text: errorText(e) });
      }
    );
  };

  return {
    state,
    notice,
    moveTo,
    busy,
    reload,
    openMove: to => { setNotice(undefined); setMoveTo(to); },
    cancelMove: () => setMoveTo(undefined),
    confirmMove,
    convert
  };
}
