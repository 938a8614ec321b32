import * as React from 'react';
import type { IPortfolioService } from '../../../services/PortfolioService';
import type { IRoadmapMilestone } from '../../../domain/roadmap';

/** The roadmap's milestones: loading, failed (with the error) or ready (by project id). */
export type RoadmapMilestonesLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; milestones: ReadonlyMap<number, ReadonlyArray<IRoadmapMilestone>> };

/** The last milestones read per service, with the portfolio data they were read for: the tab opens again at once. */
const cache: WeakMap<IPortfolioService, { key: unknown; milestones: ReadonlyMap<number, ReadonlyArray<IRoadmapMilestone>> }> = new WeakMap();

/**
 * Reads every milestone (`getRoadmapMilestones`) when the roadmap is first shown, and again when
 * the portfolio's data is reloaded (`dataKey` changes: Refresh, or the window regaining focus);
 * the milestones already shown stay while a reload runs, and a failed reload keeps them.
 * @returns the load state and a retry.
 */
export function useRoadmapMilestones(service: IPortfolioService, dataKey: unknown): [RoadmapMilestonesLoad, () => void] {
  const cached = cache.get(service);
  const [load, setLoad] = React.useState<RoadmapMilestonesLoad>(cached ? { status: 'ready', milestones: cached.milestones } : { status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    const known = cache.get(service);
    if (known && known.key === dataKey && attempt === 0) return undefined;
    let active = true;
    service.getRoadmapMilestones().then(
      milestones => {
        cache.set(service, { key: dataKey, milestones });
        if (active) setLoad({ status: 'ready', milestones });
      },
      (error: unknown) => { if (active) setLoad(prev => (prev.status === 'ready' ? prev : { status: 'error', error })); }
    );
    return () => { active = false; };
  }, [service, dataKey, attempt]);
  const retry = React.useCallback(() => { setLoad({ status: 'loading' }); setAttempt(a => a + 1); }, []);
  return [load, retry];
}
