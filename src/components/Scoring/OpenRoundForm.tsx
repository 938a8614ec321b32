import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Button, CheckboxGroup, DateField, Notice, SelectField, Spinner, TextField } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { errorText } from '../ErrorMessage/errorText';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { ScoringRefusedError, type IScoringRound } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import type { IPmoTabProps } from './pmoTabs';
import { requestLabel, text } from './labels';
import { useLoaded } from './useScoring';

/** Props of the form that opens a round. */
export interface IOpenRoundFormProps extends IPmoTabProps {
  onOpened: (round: IScoringRound) => void;
  onCancel: () => void;
}

type RoundField = 'title' | 'model' | 'requests' | 'members' | 'deadline' | 'threshold';

const FIELD_ID: Record<RoundField, string> = {
  title: 'pmo-round-title', model: 'pmo-round-model', requests: 'pmo-round-requests', members: 'pmo-round-members', deadline: 'pmo-round-deadline', threshold: 'pmo-round-threshold'
};

/** The service's round issue field ('requests.42' → 'requests', 'spreadThreshold' → 'threshold'). */
function fieldOf(serviceField: string): RoundField {
  const head = serviceField.split('.')[0];
  return head === 'spreadThreshold' ? 'threshold' : (head as RoundField);
}

function focusField(field: RoundField): void {
  const el = document.getElementById(FIELD_ID[field]);
  (el?.tagName === 'FIELDSET' ? el.querySelector<HTMLInputElement>('input') : el)?.focus();
}

/** What the form holds, as typed. */
interface IRoundFormInput {
  title: string;
  model: string;
  requests: ReadonlyArray<string>;
  members: ReadonlyArray<string>;
  deadline?: IsoDay;
  /** The disagreement threshold in percent, as typed. */
  threshold: string;
}

/** The form's problems, by field: each message names its field. */
function roundFormIssues(f: IRoundFormInput): Partial<Record<RoundField, string>> {
  const out: Partial<Record<RoundField, string>> = {};
  const share = Number(f.threshold.replace(',', '.'));
  if (!f.title.trim()) out.title = formatString(scoringStrings.Scoring_Issue_required, scoringStrings.Scoring_RoundTitle);
  if (!f.model) out.model = scoringStrings.Scoring_Round_NoModel;
  if (f.requests.length === 0) out.requests = scoringStrings.Scoring_Round_PickRequests;
  if (f.members.length === 0) out.members = scoringStrings.Scoring_Round_PickMembers;
  if (!f.deadline) out.deadline = formatString(scoringStrings.Scoring_Issue_required, scoringStrings.Scoring_Deadline_Label);
  if (!(share >= 0 && share <= 100) || f.threshold.trim() === '') out.threshold = scoringStrings.Scoring_Round_ThresholdInvalid;
  return out;
}

/**
 * The PMO opens a round: a title, a model version (Active or Draft), the requests "Ready for
 * scoring", the board members (from the Strategy Board group), a deadline and the disagreement
 * threshold (a share of each criterion's scale). Problems name their field, and focus moves there.
 */
export function OpenRoundForm(props: IOpenRoundFormProps): React.ReactElement {
  const { service, locale } = props;
  // Requests ready for scoring and in no open round: the service's own rule.
  const { state, reload } = useLoaded(() => Promise.all([service.listModels(), service.listRoundableRequests(), service.listBoardMembers()]), [service]);
  const [title, setTitle] = React.useState('');
  const [model, setModel] = React.useState('');
  const [requests, setRequests] = React.useState<string[]>([]);
  const [members, setMembers] = React.useState<string[]>([]);
  const [deadline, setDeadline] = React.useState<IsoDay | undefined>(undefined);
  const [threshold, setThreshold] = React.useState('30');
  const [errors, setErrors] = React.useState<Partial<Record<RoundField, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);

  if (state.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const [models, ready, board] = state.value;
  const usable = models.filter(m => m.status === 'Active' || m.status === 'Draft');
  const chosenModel = model || (usable[0] ? String(usable[0].id) : '');

  const submit = async (): Promise<void> => {
    const found = roundFormIssues({ title, model: chosenModel, requests, members, deadline, threshold });
    setErrors(found);
    setFailure(undefined);
    const first = (Object.keys(FIELD_ID) as RoundField[]).filter(f => found[f])[0];
    if (first) { window.setTimeout(() => focusField(first), 0); return; }
    setBusy(true);
    try {
      const round = await service.openRound({
        title, modelId: Number(chosenModel), requests: requests.map(Number), members: members.map(Number), deadline: deadline as IsoDay,
        spreadThreshold: Number(threshold.replace(',', '.')) / 100
      });
      props.onOpened(round); // the form closes: no state update after this
    } catch (e) {
      setBusy(false);
      if (e instanceof ScoringRefusedError && e.roundIssues.length) {
        const next: Partial<Record<RoundField, string>> = {};
        for (const i of e.roundIssues) next[fieldOf(i.field)] = text(`Scoring_Refusal_${e.refusal}`);
        setErrors(next);
        const first = fieldOf(e.roundIssues[0].field);
        window.setTimeout(() => focusField(first), 0);
      } else setFailure(e instanceof ScoringRefusedError ? text(`Scoring_Refusal_${e.refusal}`) : errorText(e));
    }
  };

  return (
    <form onSubmit={e => { e.preventDefault(); void submit(); }} noValidate data-testid="open-round-form">
      <h2 className={styles.sheetTitle}>{scoringStrings.Scoring_OpenRound}</h2>
      {failure && <Notice kind="error">{failure}</Notice>}
      <TextField id={FIELD_ID.title} label={scoringStrings.Scoring_RoundTitle} value={title} onChange={setTitle} required maxLength={255} errorMessage={errors.title} />
      <SelectField
        id={FIELD_ID.model}
        label={scoringStrings.Scoring_Round_Model}
        options={usable.map(m => ({ key: String(m.id), text: formatString(scoringStrings.Scoring_ModelVersion, m.title, m.version) }))}
        selectedKey={chosenModel}
        onChange={setModel}
        required
        errorMessage={errors.model}
      />
      {ready.length === 0
        ? <Notice kind="info">{scoringStrings.Scoring_Round_NoReadyRequests}</Notice>
        : <CheckboxGroup id={FIELD_ID.requests} label={scoringStrings.Scoring_Round_Requests} options={ready.map(r => ({ key: String(r.id), text: requestLabel(r.id, r.title) }))} selectedKeys={requests} onChange={setRequests} required errorMessage={errors.requests} />}
      {board.length === 0
        ? <Notice kind="warning">{scoringStrings.Scoring_Round_NoBoard}</Notice>
        : <CheckboxGroup id={FIELD_ID.members} label={scoringStrings.Scoring_Round_Members} options={board.map(p => ({ key: String(p.id), text: p.displayName }))} selectedKeys={members} onChange={setMembers} required inline errorMessage={errors.members} />}
      <div className={styles.fieldGrid}>
        <DateField
          id={FIELD_ID.deadline}
          label={scoringStrings.Scoring_Deadline_Label}
          value={deadline}
          onChange={setDeadline}
          locale={locale}
          min={props.today}
          outOfBoundsMessage={formatString(scoringStrings.Scoring_Round_DeadlinePast, formatDateOnly(props.today, locale))}
          invalidMessage={scoringStrings.Scoring_Round_DeadlineInvalid}
          // The calendar's labels are the intake form's (the same dialog, the same words).
          calendar={{
            open: formatString(strings.Request_Date_OpenCalendar, scoringStrings.Scoring_Deadline_Label), loading: strings.LoadingLabel, goToToday: strings.Request_Date_GoToToday,
            prevMonth: strings.Request_Date_PrevMonth, nextMonth: strings.Request_Date_NextMonth, prevYear: strings.Request_Date_PrevYear, nextYear: strings.Request_Date_NextYear, close: strings.Request_Date_Close
          }}
          required
          errorMessage={errors.deadline}
        />
        <TextField id={FIELD_ID.threshold} label={scoringStrings.Scoring_Round_Threshold} description={scoringStrings.Scoring_Round_ThresholdHint} value={threshold} onChange={setThreshold} inputMode="decimal" required errorMessage={errors.threshold} />
      </div>
      <div className={styles.actions}>
        <Button primary submit disabled={busy} data-testid="open-round">{scoringStrings.Scoring_OpenRound}</Button>
        <Button onClick={props.onCancel}>{scoringStrings.Scoring_Cancel}</Button>
        {busy && <Spinner label={scoringStrings.Scoring_Saving} />}
      </div>
    </form>
  );
}
