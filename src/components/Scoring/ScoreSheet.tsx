import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Button, Glyph, Link, Notice, RadioGroup, Spinner, TextField, type IChoiceOption } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { MAX_SCORE_COMMENT, WSJF_SCALE, type ICriterion, type IModelVersion, type IScoreIssue } from '../../domain/scoring';
import type { IRoundRequestStatus, IScoringRound, IScoringService } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import { formatScore, isOffScale, leftOutText, levelText, requestLabel, scoreIssueText } from './labels';
import { cellId, cellKey, focusCell, scorableRequests, useScoreSheet, type IScoreCell, type IScoreSheetData } from './useScoreSheet';

/** Props of a member's score sheet. */
export interface IScoreSheetProps {
  service: IScoringService;
  locale: string;
  round: IScoringRound;
  /** Back to the list of rounds. */
  onBack: () => void;
}

/**
 * The values a criterion offers, each with its anchored description when the PMO wrote one. A saved
 * value off the scale (`saved`, e.g. 6.5 stored by an older site) is offered too, in its place and
 * flagged, so the member sees what is stored rather than an empty group.
 */
export function levelOptions(method: IModelVersion['method'], c: ICriterion, locale: string, saved?: number): IChoiceOption[] {
  const values = method === 'Wsjf' ? WSJF_SCALE.slice() : Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);
  if (saved !== undefined && isOffScale(method, c, saved)) values.push(saved);
  return values.sort((a, b) => a - b).map(v => ({ key: String(v), text: levelText(method, c, v, locale) }));
}

function issueFor(issues: ReadonlyArray<IScoreIssue>, request: number, criterion: number): IScoreIssue | undefined {
  return issues.filter(i => i.request === request && i.criterion === criterion)[0];
}

/** One request's criteria: a radio group of the scale's levels and a comment per criterion. */
function RequestScores(props: { data: IScoreSheetData; request: { id: number; title: string }; cells: ReadonlyMap<string, IScoreCell>; issues: IScoreIssue[]; locale: string; setCell: (r: number, c: number, change: Partial<IScoreCell>) => void }): React.ReactElement {
  const { data, request, locale } = props;
  const label = requestLabel(request.id, request.title);
  const headingId = `pmo-score-req-${request.id}`;
  return (
    <section className={styles.requestBlock} aria-labelledby={headingId} data-testid={`score-request-${request.id}`}>
      <h3 id={headingId} className={styles.requestTitle}>{label}</h3>
      {data.model.criteria.map(c => {
        const cell = props.cells.get(cellKey(request.id, c.id)) ?? { comment: '' };
        const issue = issueFor(props.issues, request.id, c.id);
        return (
          <div key={c.id} className={styles.criterionRow}>
            <RadioGroup
              id={cellId(request.id, c.id)}
              label={formatString(scoringStrings.Scoring_ScoreLabel, c.title, label)}
              description={c.summary}
              options={levelOptions(data.model.method, c, locale, cell.value)}
              selectedKey={cell.value === undefined ? undefined : String(cell.value)}
              onChange={key => props.setCell(request.id, c.id, { value: Number(key) })}
              required
              errorMessage={issue ? scoreIssueText(issue, label, c.title) : isOffScale(data.model.method, c, cell.value) ? formatString(scoringStrings.Scoring_OffScaleSaved, formatScore(cell.value, locale)) : undefined}
            />
            <TextField
              label={formatString(scoringStrings.Scoring_CommentLabel, c.title)}
              value={cell.comment}
              onChange={v => props.setCell(request.id, c.id, { comment: v })}
              maxLength={MAX_SCORE_COMMENT}
              multiline
              rows={2}
            />
          </div>
        );
      })}
    </section>
  );
}

/**
 * A request of the round that left "Ready for scoring" while the round was open: read-only, with the
 * reason ("Decided: approved", "Withdrawn", …) and whatever the member had saved for it.
 */
function LeftOutRequest(props: { data: IScoreSheetData; request: IRoundRequestStatus; cells: ReadonlyMap<string, IScoreCell>; locale: string }): React.ReactElement {
  const { data, request } = props;
  const headingId = `pmo-score-req-${request.id}`;
  const saved = data.model.criteria.filter(c => props.cells.get(cellKey(request.id, c.id))?.value !== undefined);
  return (
    <section className={styles.requestBlock} aria-labelledby={headingId} data-testid={`left-out-${request.id}`}>
      <h3 id={headingId} className={styles.requestTitle}>{requestLabel(request.id, request.title)}</h3>
      <p className={styles.flag}><Glyph name="info" />{formatString(scoringStrings.Scoring_NotScorable, leftOutText(request.leftOut))}</p>
      {saved.length > 0 && (
        <dl className={styles.savedScores}>
          {saved.map(c => (
            <React.Fragment key={c.id}>
              <dt>{c.title}</dt>
              <dd>{levelText(data.model.method, c, props.cells.get(cellKey(request.id, c.id))?.value, props.locale)}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The member's submitted scores, read-only: request, criterion, score with its level's description, and comment. */
function SubmittedScores(props: { data: IScoreSheetData; cells: ReadonlyMap<string, IScoreCell>; locale: string }): React.ReactElement {
  const criteria = props.data.model.criteria;
  return (
    <table className={styles.table} data-testid="submitted-scores">
      <caption className={styles.caption}>{scoringStrings.Scoring_YourScores}</caption>
      <thead><tr><th scope="col">{scoringStrings.Scoring_Col_Request}</th><th scope="col">{scoringStrings.Scoring_Col_Criterion}</th><th scope="col">{scoringStrings.Scoring_Col_Score}</th><th scope="col">{scoringStrings.Scoring_Col_Comment}</th></tr></thead>
      <tbody>
        {props.data.requests.map(r => (r.scorable
          ? criteria.map((c, i) => {
            const cell = props.cells.get(cellKey(r.id, c.id));
            return (
              <tr key={`${r.id}-${c.id}`}>
                {i === 0 && <th scope="rowgroup" rowSpan={criteria.length}>{requestLabel(r.id, r.title)}</th>}
                <td>{c.title}</td>
                <td>{levelText(props.data.model.method, c, cell?.value, props.locale)}</td>
                <td>{cell?.comment || ''}</td>
              </tr>
            );
          })
          : (
            <tr key={r.id} data-testid={`left-out-${r.id}`}>
              <th scope="row">{requestLabel(r.id, r.title)}</th>
              <td colSpan={3}>{formatString(scoringStrings.Scoring_NotScorable, leftOutText(r.leftOut))}</td>
            </tr>
          )))}
      </tbody>
    </table>
  );
}

/**
 * A board member's score sheet for one round: per request and criterion a score from the scale
 * (each level with its anchored description) and an optional comment; save a draft, then submit.
 * Only the member's own scores are shown (blind scoring); after submission the sheet is read-only.
 */
export function ScoreSheet(props: IScoreSheetProps): React.ReactElement {
  const { round, locale } = props;
  const sheet = useScoreSheet(props.service, round);
  const { data } = sheet;
  // The sheet replaces the list: focus moves to its heading, so keyboard and screen-reader users start there.
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { heading.current?.focus(); }, []);
  let body: React.ReactNode;
  if (sheet.loadError !== undefined) body = <ErrorMessage error={sheet.loadError} onRetry={sheet.reload} />;
  else if (!data) body = <Spinner label={strings.LoadingLabel} />;
  else if (data.state === 'Submitted') body = <SubmittedScores data={data} cells={sheet.cells} locale={locale} />;
  else {
    const titleOf = (id: number): string => requestLabel(id, data.requests.filter(r => r.id === id)[0]?.title);
    const criterionOf = (id: number): string => data.model.criteria.filter(c => c.id === id)[0]?.title ?? String(id);
    body = (
      <form onSubmit={e => { e.preventDefault(); void sheet.save('submit'); }} noValidate>
        {sheet.issues.length > 0 && (
          <Notice kind="error" data-testid="score-issues">
            <strong>{scoringStrings.Scoring_FixScores}</strong>
            <ul className={styles.issueList}>
              {sheet.issues.map(i => (
                <li key={`${i.request}-${i.criterion}-${i.code}`}>
                  <Link href={`#${cellId(i.request, i.criterion)}`} onClick={e => { e.preventDefault(); focusCell(i.request, i.criterion); }}>{scoreIssueText(i, titleOf(i.request), criterionOf(i.criterion))}</Link>
                </li>
              ))}
            </ul>
          </Notice>
        )}
        {data.requests.map(r => (r.scorable
          ? <RequestScores key={r.id} data={data} request={r} cells={sheet.cells} issues={sheet.issues} locale={locale} setCell={sheet.setCell} />
          : <LeftOutRequest key={r.id} data={data} request={r} cells={sheet.cells} locale={locale} />))}
        {scorableRequests(data).length === 0
          ? <Notice kind="info" data-testid="none-scorable">{scoringStrings.Scoring_NoneScorable}</Notice>
          : (
            <div className={styles.actions}>
              <Button icon="save" onClick={() => void sheet.save('draft')} disabled={sheet.busy} data-testid="save-draft">{scoringStrings.Scoring_SaveDraft}</Button>
              <Button primary submit disabled={sheet.busy} data-testid="submit-scores">{scoringStrings.Scoring_SubmitScores}</Button>
              {sheet.busy && <Spinner label={scoringStrings.Scoring_Saving} />}
            </div>
          )}
      </form>
    );
  }
  return (
    <div className={styles.sheet} data-testid="score-sheet">
      <Button icon="back" onClick={props.onBack}>{scoringStrings.Scoring_BackToRounds}</Button>
      <h2 className={styles.sheetTitle} tabIndex={-1} ref={heading}>{round.title}</h2>
      <p className={styles.meta}>
        {round.deadline ? formatString(scoringStrings.Scoring_Deadline, formatDateOnly(round.deadline, locale)) : scoringStrings.Scoring_NoDeadline}
        {data && <> · {formatString(scoringStrings.Scoring_ModelVersion, data.model.title, data.model.version)}</>}
      </p>
      <Notice kind="info">{scoringStrings.Scoring_BlindNote}</Notice>
      {sheet.notice && <Notice kind={sheet.notice.kind} data-testid="sheet-notice">{sheet.notice.text}</Notice>}
      {body}
    </div>
  );
}
