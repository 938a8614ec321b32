import * as React from 'react';
import type { ISetupProgress, ISetupService, ISetupStatus } from '../../services/SetupService';

export type PmoSetupState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; setup: ISetupStatus; lastChanges?: number }
  | { status: 'running'; setup: ISetupStatus; progress: ISetupProgress };

/** Loads the set-up status and runs set-up/upgrade with progress. */
export function usePmoSetup(service: ISetupService): { state: PmoSetupState; run: () => void; reload: () => void } {
  const [state, setState] = React.useState<PmoSetupState>({ status: 'loading' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const load = React.useCallback((lastChanges?: number): void => {
    setState({ status: 'loading' });
    service.getStatus().then(
      setup => { if (mounted.current) setState({ status: 'ready', setup, lastChanges }); },
      (error: unknown) => { if (mounted.current) setState({ status: 'error', error }); }
    );
  }, [service]);

  React.useEffect(() => load(), [load]);

  const run = (): void => {
    if (state.status !== 'ready') return;
    const setup = state.setup;
    setState({ status: 'running', setup, progress: { step: '', done: 0, total: 0 } });
    service.run(progress => { if (mounted.current) setState({ status: 'running', setup, progress }); }).then(
      result => { if (mounted.current) load(result.changes); },
      (error: unknown) => { if (mounted.current) setState({ status: 'error', error }); }
    );
  };

  return { state, run, reload: () => load() };
}
