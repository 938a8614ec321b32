import * as React from 'react';
import type { IScoringService, IScoringUser } from '../../services/ScoringService';
import type { ScoringTab } from './IScoringProps';

/** What the Scoring root shows: loading, an error, or the user with the selected tab. */
export type ScoringLoad = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; user: IScoringUser };

/** The Scoring root's state: the signed-in user (PMO or not) and the tab shown. */
export function useScoring(service: IScoringService): { load: ScoringLoad; tab: ScoringTab; setTab: (tab: ScoringTab) => void; reload: () => void } {
  const [load, setLoad] = React.useState<ScoringLoad>({ status: 'loading' });
  const [tab, setTab] = React.useState<ScoringTab>('mine');
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let active = true;
    setLoad({ status: 'loading' });
    service.getCurrentUser().then(
      user => { if (active) setLoad({ status: 'ready', user }); },
      (error: unknown) => { if (active) setLoad({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [service, attempt]);
  return { load, tab, setTab, reload: () => setAttempt(a => a + 1) };
}

/** An async value a view loads: loading, failed, or there; `reload` loads it again. */
export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

/** Loads `fetch()` when the component mounts and whenever `deps` change or `reload` is called. */
export function useLoaded<T>(fetch: () => Promise<T>, deps: React.DependencyList): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = React.useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    fetch().then(
      value => { if (active) setState({ status: 'ready', value }); },
      (error: unknown) => { if (active) setState({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [...deps, attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- the caller's deps
  return { state, reload: () => setAttempt(a => a + 1) };
}
