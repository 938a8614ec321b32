import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Glyph, Spinner } from '../controls';
import { formatString } from '../../domain/text';
import type { ICriterionResult } from '../../domain/scoring';
import type { IRoundRequest, IScoringRound, IScoringService, IStoredRoundResult } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import { formatNumber, formatPercent, requestLabel, text } from './labels';
import { useLoaded } from './useScoring';

/** Props of a round's results. */
export interface IRoundResultsProps {
  service: IScoringService;
  locale: string;
  /** A closed round with its stored result. */
  round: IScoringRound;
  result: IStoredRoundResult;
}

function criterionCell(c: ICriterionResult | undefined, locale: string): string {
  if (!c || c.mean === undefined) return strings.Scoring_NotScored;
  return formatString(strings.Scoring_CriterionStats, formatNumber(c.mean, locale, 2), formatNumber(c.min, locale, 0), formatNumber(c.max, locale, 0), formatNumber(c.spread, locale, 0));
}

/**
 * The result of a closed round, as stored at close: rank, request, total, per criterion the board's
 * mean, min, max and spread, the disagreement flag (a glyph and text, never colour alone) with the
 * criteria concerned, incomplete scoring, and why tied requests are ordered as they are.
 */
export function RoundResults(props: IRoundResultsProps): React.ReactElement {
  const { result, locale } = props;
  const { state } = useLoaded(() => props.service.getRequests(result.requests.map(r => r.request)), [props.service, result]);
  const titles = new Map((state.status === 'ready' ? state.value : [] as IRoundRequest[]).map(r => [r.id, r.title] as const));
  const label = (id: number): string => requestLabel(id, titles.get(id));
  const criterionTitle = (id: number): string => result.criteria.filter(c => c.id === id)[0]?.title ?? String(id);
  const totalHeader = result.method === 'Wsjf' ? strings.Scoring_Col_Wsjf : strings.Scoring_Col_Total;
  // The results replace the list of rounds: focus moves to their heading.
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { heading.current?.focus(); }, []);
  return (
    <div data-testid="round-results">
      <h2 className={styles.sheetTitle} tabIndex={-1} ref={heading}>{formatString(strings.Scoring_ResultsOf, props.round.title)}</h2>
      <p className={styles.meta}>{formatString(strings.Scoring_ThresholdNote, formatPercent(result.spreadThreshold, locale))}</p>
      {state.status === 'loading' && <Spinner label={strings.LoadingLabel} />}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{strings.Scoring_ResultsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.numeric}>{strings.Scoring_Col_Rank}</th>
              <th scope="col">{strings.Scoring_Col_Request}</th>
              <th scope="col" className={styles.numeric}>{totalHeader}</th>
              {result.criteria.map(c => <th key={c.id} scope="col">{c.title}</th>)}
              <th scope="col">{strings.Scoring_Col_Flags}</th>
            </tr>
          </thead>
          <tbody>
            {result.requests.map(r => (
              <tr key={r.request} data-testid={`result-${r.request}`}>
                <td className={styles.numeric}>{formatNumber(r.rank, locale, 0)}</td>
                <th scope="row">{label(r.request)}</th>
                <td className={styles.numeric}>{formatNumber(r.total, locale, 2)}</td>
                {result.criteria.map(c => <td key={c.id}>{criterionCell(r.criteria.filter(x => x.criterion === c.id)[0], locale)}</td>)}
                <td>
                  {r.disagreement && (
                    <span className={styles.flag} data-testid="disagreement">
                      <Glyph name="warning" />
                      {formatString(strings.Scoring_Disagreement, r.disagreementCriteria.map(criterionTitle).join(', '))}
                    </span>
                  )}
                  {r.incomplete && <div className={styles.subtle}>{formatString(strings.Scoring_Incomplete, r.scoredBy, result.members.length)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.ties.length > 0 && (
        <>
          <h3 className={styles.requestTitle}>{strings.Scoring_TiesHeading}</h3>
          <ul data-testid="ties">
            {result.ties.map(t => (
              <li key={`${t.above}-${t.below}`}>
                {formatString(strings.Scoring_TieLine, label(t.above), label(t.below))}{' '}
                {formatString(text(`Scoring_TieBreak_${t.reason}`), t.criterion !== undefined ? criterionTitle(t.criterion) : '')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
