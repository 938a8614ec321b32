import * as React from 'react';
import * as prioStrings from 'PrioritizationStrings';
import { Button, CheckboxGroup, Notice, ProgressBar, Spinner, TextField } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { errorText } from '../ErrorMessage/errorText';
import { PrioritizationRefusedError } from '../../services/PrioritizationService';
import { formatAmountFor } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import styles from './Prioritization.module.scss';
import type { ICandidatesState } from './usePrioritization';
import type { IOptimizerState, IShownSelection } from './useOptimizer';
import { bindingText, exclusionText, gapText, infeasibleText, type ILabelContext } from './labels';
import { analyseSelection, explainInfeasible, type IPortfolioSolution, type ISelectionAnalysis } from '../../domain/prioritization';

/**
 * The analysis of a shown selection against the problem it was solved with: binding rows and the
 * reason of each left-out candidate; an infeasible one always carries its diagnosis (never an empty
 * result without a reason).
 */
export function analyseShown(shown: IShownSelection): { solution: IPortfolioSolution; analysis?: ISelectionAnalysis } {
  const s = shown.solution;
  if (s.status === 'infeasible') return { solution: s.diagnosis ? s : { ...s, diagnosis: explainInfeasible(shown.problem.problem) } };
  return { solution: s, analysis: analyseSelection(shown.problem.problem, s.selected) };
}

/** Props of {@link OptimizeTab} and its parts. */
export interface IOptimizeTabProps {
  state: ICandidatesState;
  optimizer: IOptimizerState;
  locale: string;
  /** Called to save the budgets (PMO); undefined for others. */
  onSaveBudgets?: () => Promise<void>;
}

/** The label context of the shown selection's problem. */
export function labelContext(shown: IShownSelection, state: ICandidatesState, locale: string): ILabelContext {
  const objectives = new Map((state.data?.objectives ?? []).map(o => [o.id, o.title]));
  return { locale, resources: shown.problem.resources, minimums: shown.problem.minimums, titleOf: state.titleOf, objectiveTitle: id => objectives.get(id) ?? String(id) };
}

function BudgetInputs(props: IOptimizeTabProps): React.ReactElement {
  const { state } = props;
  const [saving, setSaving] = React.useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [failure, setFailure] = React.useState<string>('');
  const save = (): void => {
    if (!props.onSaveBudgets) return;
    setSaving('saving');
    props.onSaveBudgets().then(() => setSaving('saved'), (e: unknown) => {
      setSaving('failed');
      setFailure(e instanceof PrioritizationRefusedError ? prioStrings[`Prio_Refusal_${e.refusal}`] : `${prioStrings.Prio_BudgetsSaveFailed} ${errorText(e)}`);
    });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{prioStrings.Prio_BudgetsLegend}</legend>
      <div className={styles.row}>
        {(state.data?.years ?? []).map(year => (
          <TextField key={year} label={formatString(prioStrings.Prio_BudgetField, year)} value={state.parameters.budgetText[year] ?? ''} inputMode="decimal"
            onChange={v => state.setBudgetText(year, v)} errorMessage={state.budgetErrors[year]} />
        ))}
      </div>
      {!state.data?.budgetsSaved && <p className={styles.meta}>{prioStrings.Prio_BudgetDefault}</p>}
      {props.onSaveBudgets && (
        <div className={styles.row}>
          <Button onClick={save} disabled={saving === 'saving' || Object.keys(state.budgetErrors).length > 0}>{prioStrings.Prio_SaveBudgets}</Button>
          <span role="status">{saving === 'saved' ? prioStrings.Prio_BudgetsSaved : saving === 'failed' ? failure : ''}</span>
        </div>
      )}
    </fieldset>
  );
}

/** Optional minimums: at least N selected candidates serving a strategic objective. */
function MinimumInputs(props: { state: ICandidatesState }): React.ReactElement {
  const { state } = props;
  const objectives = state.data?.objectives ?? [];
  if (!objectives.length) return <></>;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{prioStrings.Prio_MinimumsLegend}</legend>
      <div className={styles.row}>
        {objectives.map(o => (
          <TextField key={o.id} label={formatString(prioStrings.Prio_MinimumField, o.title)} value={state.parameters.minimumText[o.id] ?? ''} inputMode="numeric"
            onChange={v => state.setMinimumText(o.id, v)} errorMessage={state.minimumErrors[o.id]} />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Which roles' capacity the optimizer applies (as Project Online let the PMO choose the resource
 * constraints): one checkbox per role, all checked by default; saved with a scenario.
 */
export function RoleCapacityChoice(props: { state: ICandidatesState }): React.ReactElement {
  const { state } = props;
  const roles = state.data?.roles ?? [];
  if (!roles.length) return <></>;
  const off = new Set(state.parameters.rolesOff);
  return (
    <CheckboxGroup label={prioStrings.Prio_RolesLegend} description={prioStrings.Prio_RolesHelp} inline={true}
      options={roles.map(r => ({ key: String(r.role), text: r.title }))} selectedKeys={roles.filter(r => !off.has(r.role)).map(r => String(r.role))}
      onChange={keys => roles.forEach(r => { const on = keys.indexOf(String(r.role)) >= 0; if (on === off.has(r.role)) state.setRoleApplied(r.role, on); })} />
  );
}

/** The shown selection: objective, proven gap, binding rows, selected and left-out candidates with the reason. */
export function SelectionResult(props: { shown: IShownSelection; state: ICandidatesState; locale: string }): React.ReactElement {
  const { shown, state, locale } = props;
  const ctx = labelContext(shown, state, locale);
  const { solution: s, analysis } = React.useMemo(() => analyseShown(shown), [shown]);
  if (s.status === 'infeasible') {
    const reasons = s.diagnosis?.reasons ?? [];
    return (
      <Notice kind="error">
        <strong>{prioStrings.Prio_Infeasible}</strong>
        <ul data-testid="prio-infeasible">{reasons.map((r, i) => <li key={i}>{infeasibleText(r, ctx)}</li>)}</ul>
      </Notice>
    );
  }
  const rows = analysis?.rows ?? [];
  const heading = shown.source === 'frontier' ? formatString(prioStrings.Prio_FromFrontier, gapText(shown.level ?? 1, locale))
    : shown.source === 'scenario' ? formatString(prioStrings.Prio_FromScenario, shown.scenarioTitle ?? '') : prioStrings.Prio_FromOptimizer;
  return (
    <section aria-labelledby="prio-result-heading" data-testid="prio-result">
      <h2 id="prio-result-heading" className={styles.subheading}>{heading}</h2>
      <dl className={styles.figures}>
        <dt>{prioStrings.Prio_Objective}</dt><dd data-testid="prio-objective">{formatAmountFor(s.objective, locale, 1)}</dd>
        <dt>{prioStrings.Prio_Selected}</dt><dd>{s.selected.length}</dd>
        {shown.source !== 'scenario' && <><dt>{prioStrings.Prio_Gap}</dt><dd data-testid="prio-gap">{gapText(s.gap, locale)}</dd></>}
        {shown.source !== 'scenario' && <><dt>{prioStrings.Prio_Status}</dt><dd>{prioStrings[`Prio_Status_${s.status}`]}</dd></>}
      </dl>
      <h3 className={styles.subheading}>{prioStrings.Prio_Binding}</h3>
      {analysis && analysis.binding.length ? (
        <ul data-testid="prio-binding">
          {rows.filter(r => r.binding).map((r, i) => (
            <li key={i}>{bindingText(r, ctx)}</li>
          ))}
        </ul>
      ) : <p>{s.selected.length === 0 ? prioStrings.Prio_NothingFits : prioStrings.Prio_NoBinding}</p>}
      <div className={styles.columns}>
        <div>
          <h3 className={styles.subheading}>{prioStrings.Prio_SelectedHeading}</h3>
          <ul data-testid="prio-selected">{s.selected.map(id => <li key={id}>{state.titleOf(id)}</li>)}</ul>
        </div>
        <div>
          <h3 className={styles.subheading}>{prioStrings.Prio_ExcludedHeading}</h3>
          <ul data-testid="prio-excluded">
            {(analysis?.excluded ?? []).map(x => <li key={x.id}><strong>{state.titleOf(x.id)}</strong>: {exclusionText(x.reason, ctx)}</li>)}
          </ul>
        </div>
      </div>
    </section>
  );
}

function ImproveProgress(props: { optimizer: IOptimizerState; locale: string }): React.ReactElement {
  const { optimizer, locale } = props;
  if (optimizer.busy !== 'improving') return <></>;
  const p = optimizer.progress;
  const text = p ? formatString(prioStrings.Prio_ImproveProgress, formatAmountFor(p.objective, locale, 1), formatAmountFor(p.bound, locale, 1), gapText(p.gap, locale)) : prioStrings.Prio_ImproveStarting;
  return (
    <div className={styles.row}>
      <ProgressBar label={prioStrings.Prio_Improving} description={text} />
      <Button onClick={optimizer.cancel}>{prioStrings.Prio_Cancel}</Button>
    </div>
  );
}

/**
 * Optimize: the budget per fiscal year, the run and its answer (selection, objective, the proven gap,
 * binding constraints, the reason each candidate is out), a named diagnosis when nothing is
 * feasible, and "Keep improving" with progress and Cancel.
 */
export function OptimizeTab(props: IOptimizeTabProps): React.ReactElement {
  const { state, optimizer, locale } = props;
  const busy = optimizer.busy !== 'none';
  const canImprove = optimizer.shown?.source === 'optimizer' && optimizer.shown.solution.status !== 'infeasible' && optimizer.shown.solution.gap > 0;
  return (
    <div>
      <BudgetInputs {...props} />
      <MinimumInputs state={state} />
      <RoleCapacityChoice state={state} />
      <div className={styles.row}>
        <Button primary={true} disabled={busy || !state.problem || !state.data?.candidates.length} onClick={optimizer.run} data-testid="prio-run">{prioStrings.Prio_Run}</Button>
        {canImprove && <Button disabled={busy} onClick={optimizer.keepImproving}>{prioStrings.Prio_KeepImproving}</Button>}
      </div>
      {(optimizer.busy === 'loading' || optimizer.busy === 'solving') && <Spinner label={optimizer.busy === 'loading' ? prioStrings.Prio_LoadingOptimizer : prioStrings.Prio_Solving} />}
      <ImproveProgress optimizer={optimizer} locale={locale} />
      {optimizer.error !== undefined && <ErrorMessage error={optimizer.error} onRetry={optimizer.run} />}
      {optimizer.shown && <SelectionResult shown={optimizer.shown} state={state} locale={locale} />}
    </div>
  );
}
