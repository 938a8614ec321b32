import * as React from 'react';
import type { IntakeState } from '../../domain/intake';
import type { IRequestService, IRequestSummary } from '../../services/RequestService';

/** The PMO list's state filter: the open states, everything, or one state. */
export type StateFilter = 'open' | 'all' | IntakeState;

/** The states of the 'open' filter: what the PMO still has to act on. */
export const OPEN_STATES: ReadonlyArray<IntakeState> = ['Submitted', 'InReview', 'ReadyForScoring', 'Deferred'];

/** The list's data state. */
export type RequestListState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: IRequestSummary[] };

/** Loads "My requests" or (PMO) all requests in the filter's states; `reload` starts again. */
export function useRequestList(service: IRequestService, scope: 'mine' | 'all', filter: StateFilter): { state: RequestListState; reload: () => void } {
  const [state, setState] = React.useState<RequestListState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    const states: ReadonlyArray<IntakeState> | undefined = filter === 'all' ? undefined : filter === 'open' ? OPEN_STATES : [filter];
    const load = scope === 'mine' ? service.listMine() : service.listAll(states);
    load.then(
      items => { if (active) setState({ status: 'ready', items }); },
      (error: unknown) => { if (active) setState({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [service, scope, filter, attempt]);

  return { state, reload: () => setAttempt(a => a + 1) };
}
