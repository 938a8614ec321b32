import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Button, Link, Notice, SelectField, Spinner, TextField } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatString } from '../../domain/text';
import { MAX_CRITERIA, type ICriterion, type IModelConfirmation, type ModelStatus } from '../../domain/scoring';
import type { IScoringService } from '../../services/ScoringService';
import styles from './Scoring.module.scss';
import { criterionName, formatNumber, modelIssueText, text } from './labels';
import { useModelEditor, type ModelEditorStart } from './useModelEditor';
import { CriterionEditor, issueFieldId, modelFieldId } from './CriterionEditor';
import { AhpComparisons, pairId } from './AhpComparisons';

/** Props of the model editor. */
export interface IModelEditorProps {
  service: IScoringService;
  locale: string;
  start: ModelEditorStart;
  /** Back to the list of models. */
  onBack: () => void;
}

const EDITABLE_STATUSES: ReadonlyArray<ModelStatus> = ['Draft', 'Active', 'Retired'];

/** The id of the control of a model field (an AHP cell 'ahpMatrix.2.1' → the pair's control). */
function fieldControlId(field: string, criteria: ReadonlyArray<ICriterion>): string {
  const m = /^ahpMatrix\.(\d+)\.(\d+)$/.exec(field);
  return m ? pairId(Math.min(Number(m[1]), Number(m[2])) - 1, Math.max(Number(m[1]), Number(m[2])) - 1) : issueFieldId(field, criteria);
}

/** Moves focus to a model field, opening the level descriptions it sits in. */
function focusModelField(field: string, criteria: ReadonlyArray<ICriterion>): void {
  const el = document.getElementById(fieldControlId(field, criteria));
  const details = el?.closest('details');
  if (details) details.open = true;
  el?.focus();
}

/** The question before an inconsistent AHP model is saved as Active: the ratio, the pair to revise, and the two ways on (focus on the safe one, reviewing). */
function ConfirmActive(props: { confirm: IModelConfirmation; criteria: ReadonlyArray<ICriterion>; locale: string; busy: boolean; onConfirm: () => void; onReview: () => void }): React.ReactElement {
  const { confirm } = props;
  return (
    <Notice
      kind="warning"
      data-testid="confirm-active"
      actions={(
        <>
          <Button primary disabled={props.busy} onClick={props.onConfirm} data-testid="confirm-active-yes">{scoringStrings.Scoring_ConfirmActive}</Button>
          {/* Focus goes to the safe action: Enter reviews the comparisons, it never saves an inconsistent model as Active. */}
          <Button autoFocus disabled={props.busy} onClick={props.onReview}>{scoringStrings.Scoring_ReviewComparisons}</Button>
        </>
      )}
    >
      {formatString(scoringStrings.Scoring_Confirm_inconsistentAhp, formatNumber(confirm.consistencyRatio, props.locale, 2), criterionName(props.criteria, confirm.pair.i), criterionName(props.criteria, confirm.pair.j))}
    </Notice>
  );
}

/**
 * Creates or edits a scoring model: title, status, summary, the criteria and, for AHP, the pairwise
 * comparisons with live weights and consistency. Problems are listed as links to their fields.
 */
export function ModelEditor(props: IModelEditorProps): React.ReactElement {
  const ed = useModelEditor(props.service, props.start);
  const [keys, setKeys] = React.useState<number[]>([]);
  const { content } = ed;
  React.useEffect(() => {
    if (content && keys.length !== content.criteria.length) setKeys(content.criteria.map((_, i) => i));
  }, [content === undefined]); // eslint-disable-line react-hooks/exhaustive-deps -- once the content is there
  // A save refused for problems moves focus to the first field in question.
  React.useEffect(() => {
    if (ed.invalidAttempt > 0 && ed.issues.length && content) focusModelField(ed.issues[0].field, content.criteria);
  }, [ed.invalidAttempt]); // eslint-disable-line react-hooks/exhaustive-deps -- once per refused save
  if (ed.loadError !== undefined) return <ErrorMessage error={ed.loadError} />;
  if (!content) return <Spinner label={strings.LoadingLabel} />;
  const keyOf = (i: number): number => keys[i] ?? 1000 + i;
  const issueAt = (field: string): string | undefined => {
    const issue = ed.issues.filter(i => i.field === field)[0];
    return issue ? modelIssueText(issue, content.criteria, props.locale) : undefined;
  };
  const heading = ed.modelId === undefined ? formatString(scoringStrings.Scoring_NewModelOf, text(`Scoring_Method_${content.method}`)) : formatString(scoringStrings.Scoring_EditModel, content.title, ed.version ?? 1);
  return (
    <form onSubmit={e => { e.preventDefault(); void ed.save(); }} noValidate data-testid="model-editor">
      <Button icon="back" onClick={props.onBack}>{scoringStrings.Scoring_BackToModels}</Button>
      <h2 className={styles.sheetTitle}>{heading}</h2>
      {ed.locked && <Notice kind="info">{scoringStrings.Scoring_LockedNote}</Notice>}
      {ed.notice && (
        <Notice kind={ed.notice.kind} data-testid="model-notice" actions={ed.notice.conflict ? <Button icon="refresh" onClick={() => void ed.reloadEtag()}>{scoringStrings.Scoring_Reload}</Button> : undefined}>
          {ed.notice.text}
        </Notice>
      )}
      {ed.issues.length > 0 && (
        <Notice kind="error" data-testid="model-issues">
          <ul className={styles.issueList}>
            {ed.issues.map((i, k) => <li key={k}><Link href={`#${fieldControlId(i.field, content.criteria)}`} onClick={e => { e.preventDefault(); focusModelField(i.field, content.criteria); }}>{modelIssueText(i, content.criteria, props.locale)}</Link></li>)}
          </ul>
        </Notice>
      )}
      <div className={styles.fieldRow}>
        <TextField id={modelFieldId('title')} label={scoringStrings.Scoring_ModelTitle} value={content.title} onChange={v => ed.change({ title: v })} required maxLength={255} errorMessage={issueAt('title')} />
        <SelectField className={styles.fitField} id={modelFieldId('status')} label={scoringStrings.Scoring_Status} options={EDITABLE_STATUSES.map(s => ({ key: s, text: text(`Scoring_ModelStatus_${s}`) }))} selectedKey={content.status ?? 'Draft'} onChange={s => ed.change({ status: s as ModelStatus })} />
      </div>
      <TextField label={scoringStrings.Scoring_Summary} value={content.summary ?? ''} onChange={v => ed.change({ summary: v })} multiline rows={2} maxLength={2000} />
      <h3 className={styles.requestTitle}>{scoringStrings.Scoring_Criteria}</h3>
      {content.criteria.map((c, i) => (
        <CriterionEditor
          key={keyOf(i)}
          index={i}
          criterion={c}
          method={content.method}
          issues={ed.issues}
          criteria={content.criteria}
          locale={props.locale}
          onChange={ch => ed.setCriterion(i, ch)}
          onRemove={content.method === 'Wsjf' || content.criteria.length <= 1 ? undefined : () => { ed.removeCriterion(i); setKeys(k => k.filter((_, x) => x !== i)); }}
        />
      ))}
      {content.method !== 'Wsjf' && content.criteria.length < MAX_CRITERIA && (
        <Button icon="add" onClick={() => { ed.addCriterion(); setKeys(k => [...k, Math.max(0, ...k) + 1]); }}>{scoringStrings.Scoring_AddCriterion}</Button>
      )}
      {content.method === 'Ahp' && content.ahpMatrix && <AhpComparisons criteria={content.criteria} matrix={content.ahpMatrix} onJudgement={ed.setJudgement} locale={props.locale} issues={ed.issues} />}
      {ed.confirm && ed.confirm[0] && (
        <ConfirmActive
          confirm={ed.confirm[0]}
          criteria={content.criteria}
          locale={props.locale}
          busy={ed.busy}
          onConfirm={() => void ed.save(true)}
          onReview={() => { const pair = (ed.confirm as IModelConfirmation[])[0].pair; ed.cancelConfirm(); document.getElementById(pairId(pair.i, pair.j))?.focus(); }}
        />
      )}
      <div className={styles.actions}>
        <Button primary submit disabled={ed.busy} data-testid="save-model">{scoringStrings.Scoring_SaveModel}</Button>
        {ed.busy && <Spinner label={scoringStrings.Scoring_Saving} />}
      </div>
    </form>
  );
}
