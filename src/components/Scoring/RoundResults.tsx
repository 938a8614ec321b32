import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Glyph, Spinner } from '../controls';
import { formatString } from '../../domain/text';
import type { ICriterion, ICriterionResult, ScoringMethod } from '../../domain/scoring';
import type { IRoundRequest, IScoringRound, IScoringService, IStoredRoundResult } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import { formatNumber, formatPercent, formatScore, isOffScale, leftOutText, levelText, requestLabel, text } from './labels';
import { useLoaded } from './useScoring';

/** Props of a round's results. */
export interface IRoundResultsProps {
  service: IScoringService;
  locale: string;
  /** A closed round with its stored result. */
  round: IScoringRound;
  result: IStoredRoundResult;
}

/**
 * The board's scores on one criterion: mean, min, max and spread in one number format
 * ({@link formatScore}), min and max with their levels' descriptions (the round's model version,
 * when it could be read) or flagged when off the scale.
 */
function criterionCell(method: ScoringMethod, c: ICriterionResult | undefined, criterion: ICriterion | undefined, locale: string): string {
  if (!c || c.mean === undefined) return scoringStrings.Scoring_NotScored;
  const level = (v: number | undefined): string => (criterion ? levelText(method, criterion, v, locale) : formatScore(v, locale));
  return formatString(scoringStrings.Scoring_CriterionStats, formatScore(c.mean, locale), level(c.min), level(c.max), formatScore(c.spread, locale));
}

/** Whether a result holds a min or max off its criterion's scale (the results then explain the flag). */
function hasOffScale(result: IStoredRoundResult, criterionOf: (id: number) => ICriterion | undefined): boolean {
  return result.requests.some(r => r.criteria.some(c => {
    const k = criterionOf(c.criterion);
    return !!k && (isOffScale(result.method, k, c.min) || isOffScale(result.method, k, c.max));
  }));
}

/**
 * The result of a closed round, as stored at close: rank, request, total, per criterion the board's
 * mean, min, max and spread, the disagreement flag (a glyph and text, never colour alone) with the
 * criteria concerned, incomplete scoring, and why tied requests are ordered as they are.
 */
export function RoundResults(props: IRoundResultsProps): React.ReactElement {
  const { result, locale } = props;
  const leftOut = result.leftOut ?? [];
  // The requests' titles, and the round's (locked) model version for the levels' descriptions.
  const { state } = useLoaded(() => Promise.all([
    props.service.getRequests([...result.requests.map(r => r.request), ...leftOut.map(r => r.request)]),
    props.service.getModel(result.modelId).catch(() => undefined)
  ]), [props.service, result]);
  const titles = new Map((state.status === 'ready' ? state.value[0] : [] as IRoundRequest[]).map(r => [r.id, r.title] as const));
  const modelCriteria = state.status === 'ready' ? state.value[1]?.criteria ?? [] : [];
  const criterionOf = (id: number): ICriterion | undefined => modelCriteria.filter(c => c.id === id)[0];
  const label = (id: number): string => requestLabel(id, titles.get(id));
  const criterionTitle = (id: number): string => result.criteria.filter(c => c.id === id)[0]?.title ?? String(id);
  const totalHeader = result.method === 'Wsjf' ? scoringStrings.Scoring_Col_Wsjf : scoringStrings.Scoring_Col_Total;
  // The results replace the list of rounds: focus moves to their heading.
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { heading.current?.focus(); }, []);
  return (
    <div data-testid="round-results">
      <h2 className={styles.sheetTitle} tabIndex={-1} ref={heading}>{formatString(scoringStrings.Scoring_ResultsOf, props.round.title)}</h2>
      <p className={styles.meta}>{formatString(scoringStrings.Scoring_ThresholdNote, formatPercent(result.spreadThreshold, locale))}</p>
      {state.status === 'loading' && <Spinner label={strings.LoadingLabel} />}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{scoringStrings.Scoring_ResultsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.numeric}>{scoringStrings.Scoring_Col_Rank}</th>
              <th scope="col">{scoringStrings.Scoring_Col_Request}</th>
              <th scope="col" className={styles.numeric}>{totalHeader}</th>
              {result.criteria.map(c => <th key={c.id} scope="col">{c.title}</th>)}
              <th scope="col">{scoringStrings.Scoring_Col_Flags}</th>
            </tr>
          </thead>
          <tbody>
            {result.requests.map(r => (
              <tr key={r.request} data-testid={`result-${r.request}`}>
                <td className={styles.numeric}>{formatNumber(r.rank, locale, 0)}</td>
                <th scope="row">{label(r.request)}</th>
                <td className={styles.numeric}>{formatNumber(r.total, locale, 2)}</td>
                {result.criteria.map(c => <td key={c.id}>{criterionCell(result.method, r.criteria.filter(x => x.criterion === c.id)[0], criterionOf(c.id), locale)}</td>)}
                <td>
                  {r.disagreement && (
                    <span className={styles.flag} data-testid="disagreement">
                      <Glyph name="warning" />
                      {formatString(scoringStrings.Scoring_Disagreement, r.disagreementCriteria.map(criterionTitle).join(', '))}
                    </span>
                  )}
                  {r.incomplete && <div className={styles.subtle}>{formatString(scoringStrings.Scoring_Incomplete, r.scoredBy, result.members.length)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasOffScale(result, criterionOf) && <p className={styles.meta} data-testid="off-scale-note">{scoringStrings.Scoring_OffScaleResultNote}</p>}
      {leftOut.length > 0 && (
        <>
          <h3 className={styles.requestTitle}>{scoringStrings.Scoring_LeftOutHeading}</h3>
          <p className={styles.meta}>{scoringStrings.Scoring_LeftOutNote}</p>
          <ul data-testid="left-out">
            {leftOut.map(r => <li key={r.request}>{formatString(scoringStrings.Scoring_LeftOutLine, label(r.request), leftOutText(r.reason))}</li>)}
          </ul>
        </>
      )}
      {result.ties.length > 0 && (
        <>
          <h3 className={styles.requestTitle}>{scoringStrings.Scoring_TiesHeading}</h3>
          <ul data-testid="ties">
            {result.ties.map(t => (
              <li key={`${t.above}-${t.below}`}>
                {formatString(scoringStrings.Scoring_TieLine, label(t.above), label(t.below))}{' '}
                {formatString(text(`Scoring_TieBreak_${t.reason}`), t.criterion !== undefined ? criterionTitle(t.criterion) : '')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
