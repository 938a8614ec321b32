import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { Notice, SelectField, Spinner, Tabs, type ITab } from '../controls';
import { formatString } from '../../domain/text';
import { ErrorMessage } from '../ErrorMessage';
import type { IPrioritizationProps } from './IPrioritizationProps';
import styles from './Prioritization.module.scss';
import { useCandidates } from './usePrioritization';
import { useOptimizer } from './useOptimizer';
import { CandidatesTab } from './CandidatesTab';
import { lazyDecisionLog, lazyDecisionsTab, lazyFrontierTab, lazyOptimizeTab, lazyScenariosTab, preloadTabs } from './surfaces';
import { useScenarioOpening } from './useScenarioOpening';
import { modelText } from './modelText';
import type { ICandidatesState } from './usePrioritization';

type TabKey = 'candidates' | 'optimize' | 'frontier' | 'scenarios' | 'decisions' | 'log';

const TAB_KEYS: ReadonlyArray<TabKey> = ['candidates', 'optimize', 'frontier', 'scenarios', 'decisions', 'log'];
const TAB_TEXT: Readonly<Record<TabKey, string>> = {
  candidates: 'Prio_TabCandidates', optimize: 'Prio_TabOptimize', frontier: 'Prio_TabFrontier', scenarios: 'Prio_TabScenarios', decisions: 'Prio_TabDecisions', log: 'Prio_TabLog'
};

/**
 * Scores of different model versions are not comparable: a warning naming them, and the choice of
 * which version's candidates are ranked (default: that of the most recently closed round).
 */
function ModelChoice(props: { state: ICandidatesState }): React.ReactElement {
  const { state } = props;
  const models = state.data?.models ?? [];
  if (models.length < 2) return <></>;
  return (
    // The choice sits beside the warning, not in its announced text.
    <Notice kind="warning" data-testid="prio-models" actions={
      <SelectField label={prioStrings.Prio_ModelChoice} options={models.map(m => ({ key: String(m.id), text: modelText(m) }))}
        selectedKey={String(state.modelId ?? '')} onChange={k => state.setModelId(Number(k))} />
    }>
      {formatString(prioStrings.Prio_ModelsWarning, models.map(modelText).join(', '))}
    </Notice>
  );
}

/**
 * The Prioritization web part (PMO and strategy board): the ranked candidates with force in/out,
 * dependencies and exclusions; the optimizer with its proven gap, binding constraints and reasons;
 * the efficient frontier; saved scenarios and their comparison; the board's decisions and the
 * decision log. The first view uses light controls only; the later tabs load from their own chunks
 * (see ./surfaces), HiGHS ('optimizer' chunk), the charts ('charts') and the Excel writer
 * ('excel-writer') when used.
 */
export function Prioritization(props: IPrioritizationProps): React.ReactElement {
  const { locale } = props;
  const state = useCandidates(props.service, locale);
  const optimizer = useOptimizer(state.problem, props.loadOptimizer);
  const [tab, setTab] = React.useState<TabKey>('candidates');
  const scenario = useScenarioOpening(props.service, state, optimizer, () => setTab('optimize'));
  const tabs: ITab[] = TAB_KEYS.map(key => ({ key, text: prioStrings[TAB_TEXT[key]] }));
  const loaded = state.data !== undefined;
  // The version of the budgets as read, then as the last save left them: budgets saved meanwhile by someone else are not overwritten.
  const budgetsVersion = React.useRef<string | undefined>(undefined);
  React.useEffect(() => { budgetsVersion.current = state.data?.budgetsVersion; }, [state.data]);
  const saveBudgets = async (): Promise<void> => { budgetsVersion.current = await props.service.saveBudgets(state.budgets, budgetsVersion.current); };
  // Once the first view is on screen, the later tabs load in the background, so each opens at once.
  React.useEffect(() => { if (loaded) preloadTabs(); }, [loaded]);
  const OptimizeTab = lazyOptimizeTab.Component;
  const FrontierTab = lazyFrontierTab.Component;
  const ScenariosTab = lazyScenariosTab.Component;
  const DecisionsTab = lazyDecisionsTab.Component;
  const DecisionLog = lazyDecisionLog.Component;
  let body: React.ReactNode;
  if (state.loading && !state.data) body = <Spinner label={strings.LoadingLabel} size="large" />;
  else if (state.error !== undefined && !state.data) body = <ErrorMessage error={state.error} onRetry={state.reload} />;
  else if (tab === 'candidates') body = <CandidatesTab state={state} locale={locale} />;
  else if (tab === 'optimize') {
    body = <OptimizeTab state={state} optimizer={optimizer} locale={locale} onSaveBudgets={state.data?.isPmo ? saveBudgets : undefined} />;
  } else if (tab === 'frontier') body = <FrontierTab state={state} optimizer={optimizer} locale={locale} onLoaded={() => setTab('optimize')} />;
  else if (tab === 'scenarios') body = <ScenariosTab service={props.service} state={state} optimizer={optimizer} locale={locale} onSaved={scenario.remember} onOpen={scenario.open} />;
  else if (tab === 'decisions') body = <DecisionsTab decisions={props.decisions} state={state} scenarioId={scenario.scenarioId} locale={locale} onRecorded={state.reload} />;
  else body = <DecisionLog decisions={props.decisions} locale={locale} />;
  return (
    <div className={styles.prioritization} data-testid="prioritization">
      <h1 className={styles.title}>{props.title || prioStrings.Prio_DefaultTitle}</h1>
      <Tabs label={prioStrings.Prio_TabsLabel} tabs={tabs} selectedKey={tab} onSelect={k => setTab(k as TabKey)}>
        {scenario.addressProblem && <Notice kind="warning" data-testid="prio-scenario-address">{scenario.addressProblem}</Notice>}
        {scenario.addressError !== undefined && <ErrorMessage error={scenario.addressError} />}
        {state.data && <ModelChoice state={state} />}
        {state.loading && state.data ? <Spinner label={strings.LoadingLabel} /> : null}
        {body}
      </Tabs>
    </div>
  );
}
