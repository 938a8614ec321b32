import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Spinner, Tabs, type ITab } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { IPrioritizationProps } from './IPrioritizationProps';
import styles from './Prioritization.module.scss';
import { useCandidates } from './usePrioritization';
import { useOptimizer } from './useOptimizer';
import { CandidatesTab } from './CandidatesTab';
import { OptimizeTab } from './OptimizeTab';
import { FrontierTab } from './FrontierTab';
import { ScenariosTab } from './ScenariosTab';
import { DecisionsTab } from './DecisionsTab';
import { DecisionLog } from './DecisionLog';

type TabKey = 'candidates' | 'optimize' | 'frontier' | 'scenarios' | 'decisions' | 'log';

const TAB_KEYS: ReadonlyArray<TabKey> = ['candidates', 'optimize', 'frontier', 'scenarios', 'decisions', 'log'];
const TAB_TEXT: Readonly<Record<TabKey, string>> = {
  candidates: 'Prio_TabCandidates', optimize: 'Prio_TabOptimize', frontier: 'Prio_TabFrontier', scenarios: 'Prio_TabScenarios', decisions: 'Prio_TabDecisions', log: 'Prio_TabLog'
};

/**
 * The Prioritization web part (PMO and strategy board): the ranked candidates with force in/out,
 * dependencies and exclusions; the optimizer with its proven gap, binding constraints and reasons;
 * the efficient frontier; saved scenarios and their comparison; the board's decisions and the
 * decision log. The first view uses light controls only; HiGHS ('optimizer' chunk), the charts
 * ('charts') and the Excel writer ('excel-writer') load when used.
 */
export function Prioritization(props: IPrioritizationProps): React.ReactElement {
  const { locale } = props;
  const state = useCandidates(props.service, locale);
  const optimizer = useOptimizer(state.problem, props.loadOptimizer);
  const [tab, setTab] = React.useState<TabKey>('candidates');
  const [scenarioId, setScenarioId] = React.useState<number | undefined>(undefined);
  const tabs: ITab[] = TAB_KEYS.map(key => ({ key, text: strings[TAB_TEXT[key]] }));
  let body: React.ReactNode;
  if (state.loading && !state.data) body = <Spinner label={strings.LoadingLabel} size="large" />;
  else if (state.error !== undefined && !state.data) body = <ErrorMessage error={state.error} onRetry={state.reload} />;
  else if (tab === 'candidates') body = <CandidatesTab state={state} locale={locale} />;
  else if (tab === 'optimize') {
    body = <OptimizeTab state={state} optimizer={optimizer} locale={locale} onSaveBudgets={state.data?.isPmo ? () => props.service.saveBudgets(state.budgets) : undefined} />;
  } else if (tab === 'frontier') body = <FrontierTab state={state} optimizer={optimizer} locale={locale} onLoaded={() => setTab('optimize')} />;
  else if (tab === 'scenarios') body = <ScenariosTab service={props.service} state={state} optimizer={optimizer} locale={locale} onScenario={setScenarioId} onOpened={() => setTab('optimize')} />;
  else if (tab === 'decisions') body = <DecisionsTab decisions={props.decisions} state={state} scenarioId={scenarioId} onRecorded={state.reload} />;
  else body = <DecisionLog decisions={props.decisions} locale={locale} />;
  return (
    <div className={styles.prioritization} data-testid="prioritization">
      <h1 className={styles.title}>{props.title || strings.Prio_DefaultTitle}</h1>
      <Tabs label={strings.Prio_TabsLabel} tabs={tabs} selectedKey={tab} onSelect={k => setTab(k as TabKey)}>
        {state.loading && state.data ? <Spinner label={strings.LoadingLabel} /> : null}
        {body}
      </Tabs>
    </div>
  );
}
