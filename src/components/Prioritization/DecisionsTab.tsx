import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { Button, Notice, SelectField, Spinner, TextField, type ISelectOption } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatString } from '../../domain/text';
import { formatDateOnly } from '../../domain/dates';
import { describeError } from '../../services/errors';
import { BOARD_DECISIONS, DecisionRefusedError, type BoardDecision, type IDecisionRecord, type IDecisionService } from '../../services/DecisionService';
import type { IPrioritizationItem } from '../../services/PrioritizationService';
import styles from './Prioritization.module.scss';
import type { ICandidatesState } from './usePrioritization';
import { outcomeText } from './decisionLogColumns';

/** Props of {@link DecisionsTab}. */
export interface IDecisionsTabProps {
  decisions: IDecisionService;
  state: ICandidatesState;
  /** The scenario the decision rests on (the last one saved or opened), when any. */
  scenarioId?: number;
  /** The user's locale (dates). */
  locale: string;
  /** Called after a decision is recorded, or refused as a conflict (the candidates are read again). */
  onRecorded: () => void;
}

/** What the tab says after "Record decision": the decision recorded, or someone else's change first. */
type Outcome = { kind: 'recorded' | 'conflict'; text: string };

interface IDecisionFormProps {
  decisions: IDecisionService;
  candidate: IPrioritizationItem;
  scenarioId?: number;
  /** Called with what to say once the decision is recorded, or refused because the request changed meanwhile. */
  onDone: (outcome: Outcome) => void;
}

function DecisionForm(props: IDecisionFormProps): React.ReactElement {
  const { candidate: c } = props;
  const [outcome, setOutcome] = React.useState<string>('');
  const [rationale, setRationale] = React.useState('');
  const [problems, setProblems] = React.useState<{ outcome?: string; rationale?: string }>({});
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const options: ISelectOption[] = [{ key: '', text: prioStrings.Prio_ChooseOutcome }, ...BOARD_DECISIONS.map(o => ({ key: o, text: prioStrings[`Prio_Outcome_${o}`] }))];
  const record = (): void => {
    const p = { outcome: outcome ? undefined : prioStrings.Prio_OutcomeRequired, rationale: rationale.trim() ? undefined : prioStrings.Decision_Refusal_rationaleRequired };
    setProblems(p);
    if (p.outcome || p.rationale) return;
    setSaving(true);
    setError(undefined);
    props.decisions.recordDecision({ request: c.itemId, outcome: outcome as BoardDecision, rationale, roundId: c.roundId, scenarioId: props.scenarioId, etag: c.etag })
      .then(() => {
        setSaving(false);
        props.onDone({ kind: 'recorded', text: formatString(prioStrings.Prio_DecisionRecorded, c.itemId, c.title, outcomeText(outcome as BoardDecision)) });
      }, (e: unknown) => {
        setSaving(false);
        if (e instanceof DecisionRefusedError && e.field === 'rationale') setProblems({ rationale: prioStrings[`Decision_Refusal_${e.refusal}`] });
        else if (e instanceof DecisionRefusedError && e.refusal === 'roundOpen') setProblems({ outcome: formatString(prioStrings.Decision_Refusal_roundOpen, e.detail ?? '') });
        else if (describeError(e).kind === 'conflict') props.onDone({ kind: 'conflict', text: formatString(prioStrings.Prio_DecisionConflict, c.itemId, c.title) });
        else setError(e);
      });
  };
  return (
    <fieldset className={styles.fieldset} data-testid={`prio-decide-${c.itemId}`}>
      <legend>{formatString(prioStrings.Prio_DecideLegend, c.title, c.itemId)}</legend>
      <div className={styles.row}>
        <SelectField label={prioStrings.Prio_Outcome} options={options} selectedKey={outcome} onChange={v => { setOutcome(v); setProblems(p => ({ ...p, outcome: undefined })); }} required={true} errorMessage={problems.outcome} />
        <TextField label={prioStrings.Prio_Rationale} value={rationale} onChange={v => { setRationale(v); setProblems(p => ({ ...p, rationale: undefined })); }} multiline={true} rows={2} required={true} errorMessage={problems.rationale} />
        <Button primary={true} disabled={saving} onClick={record}>{prioStrings.Prio_Record}</Button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
    </fieldset>
  );
}

/**
 * The decisions of the rounds the candidates' scores come from, the newest per request (a request
 * deferred, then approved shows "Approved"); read again after each decision.
 */
function useDecided(decisions: IDecisionService, rounds: ReadonlyArray<number>, attempt: number): { decided?: IDecisionRecord[]; error?: unknown } {
  const [decided, setDecided] = React.useState<IDecisionRecord[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const key = rounds.join(',');
  React.useEffect(() => {
    let active = true;
    setError(undefined);
    // One query per round: RoundNumber is indexed, and a round holds a board meeting's decisions.
    Promise.all(key ? key.split(',').map(r => decisions.listDecisions({ round: Number(r) })) : []).then(lists => {
      if (!active) return;
      const newest = new Map<number, IDecisionRecord>();
      for (const d of ([] as IDecisionRecord[]).concat(...lists).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id)) {
        if (d.requestNumber !== undefined && !newest.has(d.requestNumber)) newest.set(d.requestNumber, d);
      }
      setDecided(Array.from(newest.values()));
    }, (e: unknown) => { if (active) setError(e); });
    return () => { active = false; };
  }, [decisions, key, attempt]);
  return { decided, error };
}

/**
 * Decisions: the PMO records the board's decision per request (approve, reject, defer, with the
 * rationale), naming the scoring round and the scenario; the request moves through intake's one
 * transition path (DecisionService). A status message names the request and the outcome; every
 * decided request stays listed with its outcome and date. A request changed by someone else
 * meanwhile (a stale ETag) is said so, and the list is read again.
 */
export function DecisionsTab(props: IDecisionsTabProps): React.ReactElement {
  const { state, locale } = props;
  const [said, setSaid] = React.useState<Outcome | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const rounds = (state.data?.rounds ?? []).map(r => r.id);
  const { decided, error } = useDecided(props.decisions, rounds, attempt);
  if (!state.data?.isPmo) return <Notice kind="info">{prioStrings.Prio_DecisionsPmoOnly}</Notice>;
  const open = state.data.candidates.filter(c => c.kind === 'request' && c.state === 'ReadyForScoring');
  const done = (outcome: Outcome): void => {
    setSaid(outcome);
    setAttempt(a => a + 1);
    props.onRecorded();
  };
  return (
    <div>
      {/* Always there, so a screen reader announces what is put in it. */}
      <div role="status" data-testid="prio-decision-status">{said?.kind === 'recorded' ? said.text : ''}</div>
      {said?.kind === 'conflict' && <Notice kind="warning" data-testid="prio-decision-conflict">{said.text}</Notice>}
      {props.scenarioId === undefined && <p className={styles.meta}>{prioStrings.Prio_DecisionNoScenario}</p>}
      {!open.length ? <p>{prioStrings.Prio_NothingToDecide}</p> : open.map(c => <DecisionForm key={c.id} decisions={props.decisions} candidate={c} scenarioId={props.scenarioId} onDone={done} />)}
      <h2 className={styles.subheading}>{prioStrings.Prio_AlreadyDecided}</h2>
      {error !== undefined ? <ErrorMessage error={error} onRetry={() => setAttempt(a => a + 1)} /> : !decided ? <Spinner label={strings.LoadingLabel} /> : !decided.length ? <p>{prioStrings.Prio_NoneInList}</p> : (
        <ul data-testid="prio-decided">
          {decided.map(d => (
            <li key={d.id}>{formatString(prioStrings.Prio_DecidedItem, d.requestNumber ?? '', d.requestTitle, outcomeText(d.outcome), d.date ? formatDateOnly(d.date, locale, 'numeric') : '')}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
