import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Button, Notice, Spinner } from '../controls';
import { LoadedView } from './LoadedView';
import { errorText } from '../ErrorMessage/errorText';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { ScoringRefusedError, type IScoringRound, type IStoredRoundResult } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import type { IPmoTabProps } from './pmoTabs';
import { formatNumber, text } from './labels';
import { useLoaded } from './useScoring';
import { OpenRoundForm } from './OpenRoundForm';
import { RoundResults } from './RoundResults';

type RoundsView = { kind: 'list' } | { kind: 'open' } | { kind: 'results'; round: IScoringRound; result: IStoredRoundResult };

/** Who of an open round's members has submitted: names and states, never values (blind until close). */
function RoundProgress(props: IPmoTabProps & { round: IScoringRound }): React.ReactElement {
  const { service, round } = props;
  const { state } = useLoaded(() => Promise.all([service.getRoundProgress(round.id), service.getPeople(round.members)]), [service, round]);
  if (state.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (state.status === 'error') return <span>{errorText(state.error)}</span>;
  const [progress, people] = state.value;
  const name = (id: number): string => people.filter(p => p.id === id)[0]?.displayName ?? `#${id}`;
  const submitted = progress.filter(p => p.state === 'submitted').length;
  return (
    <div data-testid={`progress-${round.id}`}>
      <div>{formatString(scoringStrings.Scoring_Progress, formatNumber(submitted, props.locale, 0), formatNumber(progress.length, props.locale, 0))}</div>
      <ul className={styles.subtle}>
        {progress.map(p => <li key={p.member}>{formatString(text(`Scoring_MemberState_${p.state}`), name(p.member))}</li>)}
      </ul>
    </div>
  );
}

/** Props of the rounds table. */
interface IRoundsTableProps extends IPmoTabProps {
  rounds: ReadonlyArray<IScoringRound>;
  /** Asks to close or cancel an open round (a confirmation follows). */
  onConfirm: (round: IScoringRound, action: 'close' | 'cancel') => void;
  /** Shows a closed round's results. */
  onResults: (round: IScoringRound, result: IStoredRoundResult) => void;
}

/** The rounds, newest first: title, status, deadline, progress of open ones, and their actions. */
function RoundsTable(props: IRoundsTableProps): React.ReactElement {
  const { locale } = props;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="rounds">
        <caption className={styles.caption}>{scoringStrings.Scoring_Rounds_Caption}</caption>
        <thead><tr><th scope="col">{scoringStrings.Scoring_Col_Round}</th><th scope="col">{scoringStrings.Scoring_Col_Status}</th><th scope="col">{scoringStrings.Scoring_Deadline_Label}</th><th scope="col">{scoringStrings.Scoring_Col_Progress}</th><th scope="col">{scoringStrings.Scoring_Col_Actions}</th></tr></thead>
        <tbody>
          {props.rounds.map(r => (
            <tr key={r.id} data-testid={`round-${r.id}`}>
              <th scope="row">{r.title}</th>
              <td>{text(`Scoring_RoundStatus_${r.status}`)}</td>
              <td>{r.deadline ? formatDateOnly(r.deadline, locale) : '–'}</td>
              <td>{r.status === 'Open' ? <RoundProgress {...props} round={r} /> : '–'}</td>
              <td>
                {r.status === 'Open' && (
                  <div className={styles.actions}>
                    <Button onClick={() => props.onConfirm(r, 'close')} aria-label={formatString(scoringStrings.Scoring_CloseRoundOf, r.title)}>{scoringStrings.Scoring_CloseRound}</Button>
                    <Button onClick={() => props.onConfirm(r, 'cancel')} aria-label={formatString(scoringStrings.Scoring_CancelRoundOf, r.title)}>{scoringStrings.Scoring_CancelRound}</Button>
                  </div>
                )}
                {r.status === 'Closed' && r.result && (
                  <Button onClick={() => props.onResults(r, r.result as IStoredRoundResult)} aria-label={formatString(scoringStrings.Scoring_ShowResultsOf, r.title)}>{scoringStrings.Scoring_ShowResults}</Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The PMO's rounds: newest first with status, deadline and progress; open a round; close one (after
 * a confirmation) to see its results; cancel one; see the results of a closed one.
 */
export function RoundsTab(props: IPmoTabProps): React.ReactElement {
  const { service, locale } = props;
  const [view, setView] = React.useState<RoundsView>({ kind: 'list' });
  const [confirm, setConfirm] = React.useState<{ round: IScoringRound; action: 'close' | 'cancel' } | undefined>(undefined);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const { state, reload } = useLoaded(() => service.listRounds(), [service]);

  if (view.kind === 'open') {
    return <OpenRoundForm {...props} onCancel={() => setView({ kind: 'list' })} onOpened={r => { setNotice({ kind: 'success', text: formatString(scoringStrings.Scoring_RoundOpened, r.title) }); setView({ kind: 'list' }); reload(); }} />;
  }
  if (view.kind === 'results') {
    return (
      <div>
        <Button icon="back" onClick={() => { setView({ kind: 'list' }); reload(); }}>{scoringStrings.Scoring_BackToRounds}</Button>
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <RoundResults service={service} locale={locale} round={view.round} result={view.result} />
      </div>
    );
  }

  const act = async (round: IScoringRound, action: 'close' | 'cancel'): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      if (action === 'close') {
        const closure = await service.closeRound(round.id);
        setNotice({ kind: 'success', text: formatString(scoringStrings.Scoring_RoundClosed, round.title) });
        setView({ kind: 'results', round: closure.round, result: closure.result });
      } else {
        await service.cancelRound(round.id);
        setNotice({ kind: 'success', text: formatString(scoringStrings.Scoring_RoundCancelled, round.title) });
        reload();
      }
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof ScoringRefusedError ? text(`Scoring_Refusal_${e.refusal}`) : errorText(e) });
    } finally {
      setBusy(false);
      setConfirm(undefined);
    }
  };

  const list = (
    <LoadedView state={state} reload={reload} emptyText={scoringStrings.Scoring_Rounds_Empty}>
      {rounds => (
        <RoundsTable
          {...props}
          rounds={rounds}
          onConfirm={(round, action) => setConfirm({ round, action })}
          onResults={(round, result) => setView({ kind: 'results', round, result })}
        />
      )}
    </LoadedView>
  );

  return (
    <div>
      <div className={styles.toolbar}>
        <Button primary icon="add" onClick={() => { setNotice(undefined); setView({ kind: 'open' }); }} data-testid="new-round">{scoringStrings.Scoring_OpenRound}</Button>
      </div>
      {notice && <Notice kind={notice.kind} data-testid="rounds-notice">{notice.text}</Notice>}
      {confirm && (
        <Notice
          kind="warning"
          data-testid="confirm"
          actions={(
            <>
              <Button primary disabled={busy} onClick={() => void act(confirm.round, confirm.action)} data-testid="confirm-yes">{confirm.action === 'close' ? scoringStrings.Scoring_CloseRound : scoringStrings.Scoring_CancelRound}</Button>
              <Button disabled={busy} onClick={() => setConfirm(undefined)}>{scoringStrings.Scoring_KeepOpen}</Button>
            </>
          )}
        >
          {formatString(confirm.action === 'close' ? scoringStrings.Scoring_ConfirmClose : scoringStrings.Scoring_ConfirmCancel, confirm.round.title)}
        </Notice>
      )}
      {list}
    </div>
  );
}
