import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, Notice, SelectField, TextField, type ISelectOption } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatString } from '../../domain/text';
import { BOARD_DECISIONS, DecisionRefusedError, type BoardDecision, type IDecisionService } from '../../services/DecisionService';
import type { IPrioritizationItem } from '../../services/PrioritizationService';
import styles from './Prioritization.module.scss';
import type { ICandidatesState } from './usePrioritization';

/** Props of {@link DecisionsTab}. */
export interface IDecisionsTabProps {
  decisions: IDecisionService;
  state: ICandidatesState;
  /** The scenario the decision rests on (the last one saved or opened), when any. */
  scenarioId?: number;
  /** Called after a decision is recorded (the candidates are read again). */
  onRecorded: () => void;
}

function DecisionForm(props: IDecisionsTabProps & { candidate: IPrioritizationItem }): React.ReactElement {
  const { candidate: c } = props;
  const [outcome, setOutcome] = React.useState<string>('');
  const [rationale, setRationale] = React.useState('');
  const [problems, setProblems] = React.useState<{ outcome?: string; rationale?: string }>({});
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const options: ISelectOption[] = [{ key: '', text: strings.Prio_ChooseOutcome }, ...BOARD_DECISIONS.map(o => ({ key: o, text: strings[`Prio_Outcome_${o}`] }))];
  const record = (): void => {
    const p = { outcome: outcome ? undefined : strings.Prio_OutcomeRequired, rationale: rationale.trim() ? undefined : strings.Decision_Refusal_rationaleRequired };
    setProblems(p);
    if (p.outcome || p.rationale) return;
    setSaving(true);
    setError(undefined);
    props.decisions.recordDecision({ request: c.itemId, outcome: outcome as BoardDecision, rationale, roundId: c.roundId, scenarioId: props.scenarioId, etag: c.etag })
      .then(() => { setSaving(false); props.onRecorded(); }, (e: unknown) => {
        setSaving(false);
        if (e instanceof DecisionRefusedError && e.field === 'rationale') setProblems({ rationale: strings[`Decision_Refusal_${e.refusal}`] });
        else setError(e);
      });
  };
  return (
    <fieldset className={styles.fieldset} data-testid={`prio-decide-${c.itemId}`}>
      <legend>{formatString(strings.Prio_DecideLegend, c.title, c.itemId)}</legend>
      <div className={styles.row}>
        <SelectField label={strings.Prio_Outcome} options={options} selectedKey={outcome} onChange={v => { setOutcome(v); setProblems(p => ({ ...p, outcome: undefined })); }} required={true} errorMessage={problems.outcome} />
        <TextField label={strings.Prio_Rationale} value={rationale} onChange={v => { setRationale(v); setProblems(p => ({ ...p, rationale: undefined })); }} multiline={true} rows={2} required={true} errorMessage={problems.rationale} />
        <Button primary={true} disabled={saving} onClick={record}>{strings.Prio_Record}</Button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
    </fieldset>
  );
}

/**
 * Decisions: the PMO records the board's decision per request (approve, reject, defer, with the
 * rationale), naming the scoring round and the scenario; the request moves through intake's one
 * transition path (DecisionService). Requests already decided show their state.
 */
export function DecisionsTab(props: IDecisionsTabProps): React.ReactElement {
  const requests = (props.state.data?.candidates ?? []).filter(c => c.kind === 'request');
  const open = requests.filter(c => c.state === 'ReadyForScoring');
  const decided = requests.filter(c => c.state !== 'ReadyForScoring');
  if (!props.state.data?.isPmo) return <Notice kind="info">{strings.Prio_DecisionsPmoOnly}</Notice>;
  return (
    <div>
      {props.scenarioId === undefined && <p className={styles.meta}>{strings.Prio_DecisionNoScenario}</p>}
      {!open.length ? <p>{strings.Prio_NothingToDecide}</p> : open.map(c => <DecisionForm key={c.id} {...props} candidate={c} />)}
      {decided.length > 0 && (
        <>
          <h2 className={styles.subheading}>{strings.Prio_AlreadyDecided}</h2>
          <ul>{decided.map(c => <li key={c.id}>{c.title}: {strings[`Request_State_${c.state ?? ''}`] ?? c.state}</li>)}</ul>
        </>
      )}
    </div>
  );
}
