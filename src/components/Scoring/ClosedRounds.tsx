import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { Button } from '../controls';
import { LoadedView } from './LoadedView';
import { formatDayOfInstant } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IScoringRound, IScoringService } from '../../services/ScoringService';
import { compareRoundsNewestFirst } from '../../services/scoringRows';
import styles from './Scoring.module.scss';
import { useLoaded } from './useScoring';
import { RoundResults } from './RoundResults';

/** Props of the closed rounds' results. */
export interface IClosedRoundsProps {
  service: IScoringService;
  /** The user's UI locale (dates, numbers). */
  locale: string;
}

/**
 * The closed rounds, newest first, each opening its result as stored at close (ranking, the board's
 * aggregates per criterion, disagreement flags, tie reasons): what the board discusses. Board members
 * read the rounds' aggregates, never another member's scores (those stay in Scores, read own items).
 */
export function ClosedRounds(props: IClosedRoundsProps): React.ReactElement {
  const { service, locale } = props;
  const { state, reload } = useLoaded(() => service.listRounds('Closed'), [service]);
  const [open, setOpen] = React.useState<IScoringRound | undefined>(undefined);
  if (open && open.result) {
    return (
      <div>
        <Button onClick={() => setOpen(undefined)}>{scoringStrings.Scoring_BackToClosed}</Button>
        <RoundResults service={service} locale={locale} round={open} result={open.result} />
      </div>
    );
  }
  return (
    <LoadedView state={state} reload={reload} emptyText={scoringStrings.Scoring_Closed_Empty} data-testid="closed-rounds-empty">
      {rounds => (
        <ul className={styles.cards} aria-label={scoringStrings.Scoring_Closed_Label} data-testid="closed-rounds">
          {rounds.filter(r => !!r.result).sort(compareRoundsNewestFirst).map(r => (
            <li key={r.id} className={styles.card} data-testid={`closed-round-${r.id}`}>
              <h2 className={styles.cardTitle}>{r.title}</h2>
              <p className={styles.meta}>
                {r.closed ? formatString(scoringStrings.Scoring_ClosedOn, formatDayOfInstant(r.closed, locale)) : ''}
                {r.closed ? ' · ' : ''}
                {formatString(scoringStrings.Scoring_RequestCount, r.requests.length)}
              </p>
              <Button primary onClick={() => setOpen(r)} aria-label={formatString(scoringStrings.Scoring_ShowResultsOf, r.title)}>{scoringStrings.Scoring_ShowResults}</Button>
            </li>
          ))}
        </ul>
      )}
    </LoadedView>
  );
}
