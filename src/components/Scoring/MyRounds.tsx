import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { Button } from '../controls';
import { LoadedView } from './LoadedView';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IScoringService, IScoringRound, IScoringUser } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import { useLoaded } from './useScoring';
import { ScoreSheet } from './ScoreSheet';
import { text } from './labels';

/** Props of "My rounds". */
export interface IMyRoundsProps {
  service: IScoringService;
  /** The user's UI locale (dates). */
  locale: string;
  user: IScoringUser;
}

/**
 * The open rounds the signed-in user is invited to, by deadline, each opening its score sheet.
 * A user invited to none is told so (board members are invited by the PMO).
 */
export function MyRounds(props: IMyRoundsProps): React.ReactElement {
  const { service, locale } = props;
  // Each round with where the member stands in it (their own scores only).
  const { state, reload } = useLoaded(async () => {
    const rounds = await service.listMyOpenRounds();
    const mine = await Promise.all(rounds.map(r => service.getMyScores(r.id)));
    return rounds.map((round, i) => ({ round, state: mine[i].state === 'Submitted' ? 'submitted' as const : mine[i].entries.length ? 'draft' as const : 'none' as const }));
  }, [service]);
  const [open, setOpen] = React.useState<IScoringRound | undefined>(undefined);
  if (open) return <ScoreSheet service={service} locale={locale} round={open} onBack={() => { setOpen(undefined); reload(); }} />;
  return (
    <LoadedView state={state} reload={reload} emptyText={scoringStrings.Scoring_MyRounds_Empty} data-testid="my-rounds-empty">
      {rounds => (
        <ul className={styles.cards} aria-label={scoringStrings.Scoring_MyRounds_Label} data-testid="my-rounds">
          {rounds.map(({ round: r, state: mine }) => (
            <li key={r.id} className={styles.card} data-testid={`my-round-${r.id}`}>
              <h2 className={styles.cardTitle}>{r.title}</h2>
              <p className={styles.meta}>
                {r.deadline ? formatString(scoringStrings.Scoring_Deadline, formatDateOnly(r.deadline, locale)) : scoringStrings.Scoring_NoDeadline}
                {' · '}
                {formatString(scoringStrings.Scoring_RequestCount, r.requests.length)}
              </p>
              <p className={styles.meta} data-testid="my-state">{text(`Scoring_MyState_${mine}`)}</p>
              {mine === 'submitted'
                ? <Button onClick={() => setOpen(r)} aria-label={formatString(scoringStrings.Scoring_ViewScoresFor, r.title)}>{scoringStrings.Scoring_ViewScores}</Button>
                : <Button primary onClick={() => setOpen(r)} aria-label={formatString(scoringStrings.Scoring_OpenSheetFor, r.title)}>{scoringStrings.Scoring_OpenSheet}</Button>}
            </li>
          ))}
        </ul>
      )}
    </LoadedView>
  );
}
