import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { Button, Notice, SelectField, Spinner, TextField, type ISelectOption } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatAmountFor } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import { compareScenarios, type IScenarioComparison } from '../../domain/prioritization';
import { PrioritizationRefusedError, type IPortfolioScenario, type IPrioritizationService, type IScenarioSummary } from '../../services/PrioritizationService';
import styles from './Prioritization.module.scss';
import type { ICandidatesState } from './usePrioritization';
import type { IOptimizerState } from './useOptimizer';

/** Props of {@link ScenariosTab}. */
export interface IScenariosTabProps {
  service: IPrioritizationService;
  state: ICandidatesState;
  optimizer: IOptimizerState;
  locale: string;
  /** Called with a scenario just saved (the decisions rest on it; the page address names it). */
  onSaved: (id: number) => void;
  /** Opens a scenario (its parameters and selection; the screen shows the Optimize tab). */
  onOpen: (scenario: IPortfolioScenario) => void;
}

function useScenarioList(service: IPrioritizationService): { list?: IScenarioSummary[]; error?: unknown; reload: () => void } {
  const [list, setList] = React.useState<IScenarioSummary[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let active = true;
    setError(undefined);
    service.listScenarios().then(l => { if (active) setList(l); }, (e: unknown) => { if (active) setError(e); });
    return () => { active = false; };
  }, [service, attempt]);
  return { list, error, reload: () => setAttempt(a => a + 1) };
}

function SaveForm(props: IScenariosTabProps & { onListed: () => void }): React.ReactElement {
  const { state, optimizer } = props;
  const [title, setTitle] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const [saved, setSaved] = React.useState<string | undefined>(undefined);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const shown = optimizer.shown;
  const save = (): void => {
    if (!title.trim()) { setProblem(prioStrings.Prio_ScenarioTitleRequired); return; }
    const s = shown?.solution;
    // The parameters saved are those the selection was solved or analysed with (`shown.problem`).
    const content = shown && s && s.status !== 'infeasible' ? state.scenarioOf(s.selected, shown.problem, shown.source === 'scenario' ? {} : { bound: s.bound, gap: s.gap }) : undefined;
    if (!content) return;
    setProblem(undefined);
    setSaving(true);
    setError(undefined);
    setRefusal(undefined);
    props.service.saveScenario({ title, content }).then(r => {
      setSaving(false);
      setSaved(r.title);
      setTitle('');
      props.onSaved(r.id);
      props.onListed();
    }, (e: unknown) => {
      setSaving(false);
      // A refusal is said in words at the field (name) or as a notice (not the PMO); anything else as an error.
      if (e instanceof PrioritizationRefusedError && e.refusal === 'titleRequired') setProblem(prioStrings.Prio_Refusal_titleRequired);
      else if (e instanceof PrioritizationRefusedError) setRefusal(prioStrings[`Prio_Refusal_${e.refusal}`]);
      else setError(e);
    });
  };
  if (!shown || shown.solution.status === 'infeasible') return <p>{prioStrings.Prio_ScenarioNothingToSave}</p>;
  return (
    <form className={styles.row} onSubmit={e => { e.preventDefault(); save(); }} aria-label={prioStrings.Prio_ScenarioSaveHeading}>
      <TextField label={prioStrings.Prio_ScenarioTitle} value={title} onChange={v => { setTitle(v); setProblem(undefined); }} required={true} errorMessage={problem} maxLength={255} />
      <Button primary={true} submit={true} disabled={saving} data-testid="prio-scenario-save">{prioStrings.Prio_ScenarioSave}</Button>
      {saving && <Spinner label={prioStrings.Prio_Saving} inline={true} />}
      {error !== undefined && <ErrorMessage error={error} />}
      {refusal && <Notice kind="error">{refusal}</Notice>}
      {saved && <Notice kind="success">{formatString(prioStrings.Prio_ScenarioSaved, saved)}</Notice>}
    </form>
  );
}

function Comparison(props: { a: IPortfolioScenario; b: IPortfolioScenario; state: ICandidatesState; locale: string }): React.ReactElement {
  const { a, b, locale } = props;
  const c: IScenarioComparison = compareScenarios(a.content, b.content);
  const title = (id: string): string => a.content.titles[id] ?? b.content.titles[id] ?? props.state.titleOf(id);
  const money = (v: number): string => formatAmountFor(v, locale, 0);
  const items = (ids: ReadonlyArray<string>, testId?: string): React.ReactElement =>
    ids.length ? <ul data-testid={testId}>{ids.map(id => <li key={id}>{title(id)}</li>)}</ul> : <p data-testid={testId}>{prioStrings.Prio_NoneInList}</p>;
  return (
    <section aria-labelledby="prio-compare-heading" data-testid="prio-compare">
      <h2 id="prio-compare-heading" className={styles.subheading}>{formatString(prioStrings.Prio_CompareHeading, a.title, b.title)}</h2>
      <div className={styles.columns}>
        <div><h3 className={styles.subheading}>{formatString(prioStrings.Prio_OnlyIn, a.title)}</h3>{items(c.onlyA, 'prio-only-a')}</div>
        <div><h3 className={styles.subheading}>{formatString(prioStrings.Prio_OnlyIn, b.title)}</h3>{items(c.onlyB, 'prio-only-b')}</div>
        <div><h3 className={styles.subheading}>{prioStrings.Prio_InBoth}</h3>{items(c.both)}</div>
      </div>
      <table className={styles.table} aria-label={prioStrings.Prio_CompareTotals}>
        <thead><tr><th scope="col">{prioStrings.Prio_CompareRow}</th><th scope="col">{a.title}</th><th scope="col">{b.title}</th></tr></thead>
        <tbody>
          <tr><th scope="row">{prioStrings.Prio_Objective}</th><td className={styles.num}>{formatAmountFor(c.objective.a, locale, 1)}</td><td className={styles.num}>{formatAmountFor(c.objective.b, locale, 1)}</td></tr>
          {c.costByYear.map(y => <tr key={`y${y.year}`}><th scope="row">{formatString(prioStrings.Prio_ColCostYear, y.year)}</th><td className={styles.num}>{money(y.a)}</td><td className={styles.num}>{money(y.b)}</td></tr>)}
          {c.daysByRole.map(r => (
            <tr key={`r${r.role}`}><th scope="row">{r.title}</th>
              <td className={styles.num}>{formatString(prioStrings.Prio_Days, formatAmountFor(r.a, locale, 1))}</td><td className={styles.num}>{formatString(prioStrings.Prio_Days, formatAmountFor(r.b, locale, 1))}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Scenarios: save the shown selection with a name, reopen one, compare two side by side. */
export function ScenariosTab(props: IScenariosTabProps): React.ReactElement {
  const { service, state, locale } = props;
  const { list, error, reload } = useScenarioList(service);
  const [aId, setAId] = React.useState('');
  const [bId, setBId] = React.useState('');
  const [pair, setPair] = React.useState<[IPortfolioScenario, IPortfolioScenario] | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [actionError, setActionError] = React.useState<unknown>(undefined);
  const options: ISelectOption[] = [{ key: '', text: prioStrings.Prio_ChooseScenario }, ...(list ?? []).map(s => ({ key: String(s.id), text: s.title }))];
  const run = (work: () => Promise<void>): void => {
    setBusy(true);
    setActionError(undefined);
    work().then(() => setBusy(false), (e: unknown) => { setBusy(false); setActionError(e); });
  };
  const open = (): void => run(async () => props.onOpen(await service.getScenario(Number(aId))));
  const compare = (): void => run(async () => setPair([await service.getScenario(Number(aId)), await service.getScenario(Number(bId))]));
  return (
    <div>
      <h2 className={styles.subheading}>{prioStrings.Prio_ScenarioSaveHeading}</h2>
      {state.data?.isPmo ? <SaveForm {...props} onListed={reload} /> : <p>{prioStrings.Prio_ScenarioPmoOnly}</p>}
      <h2 className={styles.subheading}>{prioStrings.Prio_ScenariosHeading}</h2>
      {error !== undefined ? <ErrorMessage error={error} onRetry={reload} /> : !list ? <Spinner label={strings.LoadingLabel} /> : !list.length ? <p>{prioStrings.Prio_NoScenarios}</p> : (
        <div className={styles.row}>
          <SelectField label={prioStrings.Prio_ScenarioA} options={options} selectedKey={aId} onChange={setAId} />
          <SelectField label={prioStrings.Prio_ScenarioB} options={options} selectedKey={bId} onChange={setBId} />
          <Button disabled={busy || !aId} onClick={open} data-testid="prio-scenario-open">{prioStrings.Prio_ScenarioOpen}</Button>
          <Button disabled={busy || !aId || !bId || aId === bId} onClick={compare} data-testid="prio-scenario-compare">{prioStrings.Prio_Compare}</Button>
        </div>
      )}
      {busy && <Spinner label={strings.LoadingLabel} />}
      {actionError !== undefined && <ErrorMessage error={actionError} />}
      {pair && <Comparison a={pair[0]} b={pair[1]} state={state} locale={locale} />}
    </div>
  );
}
