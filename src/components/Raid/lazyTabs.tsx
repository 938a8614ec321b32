import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Spinner } from '../controls';
import type { ITabProps } from './tabParts';

/** Loads the chunk of the later tabs ('raid-logs'); a failed load is tried again on the next use. */
let pending: Promise<typeof import('./logTabs')> | undefined;
export function loadLogTabs(): Promise<typeof import('./logTabs')> {
  if (!pending) {
    pending = import(/* webpackChunkName: 'raid-logs' */ './logTabs');
    pending.catch(() => { pending = undefined; });
  }
  return pending;
}

const Decisions = React.lazy(() => loadLogTabs().then(m => ({ default: m.DecisionsTab })));
const Changes = React.lazy(() => loadLogTabs().then(m => ({ default: m.ChangesTab })));
const Lessons = React.lazy(() => loadLogTabs().then(m => ({ default: m.LessonsTab })));
const TABS = { decisions: Decisions, changes: Changes, lessons: Lessons };

/** Which of the later tabs. */
export type LogTab = keyof typeof TABS;

/**
 * One of the RAID log's later tabs (Decisions, Changes, Lessons), whose code loads with its own
 * chunk when first opened; meanwhile a spinner says so. A chunk that fails to load goes to the web
 * part's error boundary (which offers to try again).
 */
export function LazyLogTab(props: ITabProps & { tab: LogTab }): React.ReactElement {
  const { tab, ...rest } = props;
  const Tab = TABS[tab];
  return (
    <React.Suspense fallback={<Spinner size="large" label={strings.LoadingLabel} />}>
      <Tab {...rest} />
    </React.Suspense>
  );
}
