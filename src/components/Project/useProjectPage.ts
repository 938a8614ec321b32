import * as React from 'react';
import type { IControllingService, IProjectPage } from '../../services/ControllingService';

/** What the project page shows: loading, an error, or the page's data. */
export type ProjectPageLoad = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; page: IProjectPage };

/**
 * Loads the project page's data (`getProjectPage`: one `$batch`) when the project changes and on
 * `reload` (after a report is published, or "Try again"). A reload keeps the page on screen until
 * the new data is there, so the status section changes in place.
 */
export function useProjectPage(service: IControllingService, projectId: number | undefined): { load: ProjectPageLoad; reload: () => Promise<void> } {
  const [load, setLoad] = React.useState<ProjectPageLoad>({ status: 'loading' });
  const current = React.useRef(0);
  const fetch = React.useCallback(async (showLoading: boolean): Promise<void> => {
    if (projectId === undefined) return;
    const call = ++current.current;
    if (showLoading) setLoad({ status: 'loading' });
    try {
      const page = await service.getProjectPage(projectId);
      if (call === current.current) setLoad({ status: 'ready', page });
    } catch (error) {
      if (call === current.current) setLoad({ status: 'error', error });
    }
  }, [service, projectId]);
  React.useEffect(() => {
    void fetch(true);
    const calls = current;
    // A load still under way when the project changes (or the page goes) is not shown.
    return () => { calls.current++; };
  }, [fetch]);
  return { load, reload: () => fetch(false) };
}
