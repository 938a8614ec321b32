import * as React from 'react';
import type { IHomeService, ISiteOverview } from '../../services/HomeService';

/** The PMO Home page's data state. */
export type PmoHomeState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; overview: ISiteOverview };

/** Loads the site overview; `reload` starts again after an error. */
export function usePmoHome(service: IHomeService): { state: PmoHomeState; reload: () => void } {
  const [state, setState] = React.useState<PmoHomeState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    service.getSiteOverview().then(
      overview => { if (active) setState({ status: 'ready', overview }); },
      (error: unknown) => { if (active) setState({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [service, attempt]);

  return { state, reload: () => setAttempt(a => a + 1) };
}
