import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { checkEvidence, type IChecklistAnswer } from '../../domain/governance';
import type { IGateChecklistItem, IGateReviewDraft } from '../../services/gateRecords';
import { GateRefusedError } from '../../services/gateRecords';
import type { IGateService } from '../../services/GateService';
import { Button, Notice, Spinner, TextField } from '../controls';
import { useSaveRunner } from '../Project/editing/useSaveRunner';
import { byCategory } from './groups';
import { categoryLabel, itemList, problemText, refusalText } from './labels';
import styles from './Gates.module.scss';

/** Props of {@link ChecklistForm}. */
export interface IChecklistFormProps {
  draft: IGateReviewDraft;
  /** The gate's checklist items, in order. */
  items: ReadonlyArray<IGateChecklistItem>;
  gates: Pick<IGateService, 'saveDraft' | 'requestReview'>;
  /** Called with the message of what was done (saved, requested); the page reads everything again. */
  onDone: (message: string) => void;
  /** Reads the draft again (after a conflict). */
  onReload: () => Promise<void>;
}

type Answers = Record<number, { evidenceUrl: string; comment: string }>;

function answersOf(draft: IGateReviewDraft): Answers {
  const out: Answers = {};
  for (const a of draft.answers) out[a.itemId] = { evidenceUrl: a.evidenceUrl ?? '', comment: a.comment ?? '' };
  return out;
}

function toList(items: ReadonlyArray<IGateChecklistItem>, answers: Answers): IChecklistAnswer[] {
  return items.map(i => ({ itemId: i.id, evidenceUrl: answers[i.id]?.evidenceUrl.trim() || undefined, comment: answers[i.id]?.comment.trim() || undefined }))
    .filter(a => a.evidenceUrl || a.comment);
}

/** Links that are not http(s), by item: the message names the item (“NIS2 reporting”: Enter a link…). */
function linkProblems(items: ReadonlyArray<IGateChecklistItem>, answers: ReadonlyArray<IChecklistAnswer>): Record<number, string> {
  const out: Record<number, string> = {};
  for (const a of answers) {
    if (!checkEvidence(a).some(p => p.code === 'evidenceUrlInvalid')) continue;
    const item = items.filter(i => i.id === a.itemId)[0];
    out[a.itemId] = formatString(gatesStrings.Gates_Item_Problem, item?.title ?? String(a.itemId), problemText('evidenceUrlInvalid'));
  }
  return out;
}

/** One item's fields: a link and a comment, in a group named by the item and whether it is required. */
function ItemFields(p: { item: IGateChecklistItem; value?: { evidenceUrl: string; comment: string }; problem?: string; onChange: (v: { evidenceUrl: string; comment: string }) => void }): React.ReactElement {
  const { item } = p;
  const v = p.value ?? { evidenceUrl: '', comment: '' };
  return (
    <fieldset className={styles.item} data-testid={`gates-item-${item.id}`}>
      <legend className={styles.itemLegend}>{item.title} <span className={styles.flag}>{item.mandatory ? gatesStrings.Gates_Required : gatesStrings.Gates_Optional}</span></legend>
      {item.guidance && <p className={styles.hint}>{item.guidance}</p>}
      <div className={styles.fields}>
        <TextField
          id={`gates-item-${item.id}-evidenceUrl`} label={gatesStrings.Gates_Field_EvidenceUrl} value={v.evidenceUrl} placeholder="https://"
          onChange={evidenceUrl => p.onChange({ ...v, evidenceUrl })} errorMessage={p.problem} data-testid={`gates-item-${item.id}-url`}
        />
        <TextField
          id={`gates-item-${item.id}-comment`} label={gatesStrings.Gates_Field_Comment} value={v.comment} multiline rows={2}
          onChange={comment => p.onChange({ ...v, comment })} data-testid={`gates-item-${item.id}-comment`}
        />
      </div>
    </fieldset>
  );
}

/**
 * The project manager's checklist for the gate ahead: the items grouped by category, each required or
 * optional, with a link (http(s) only; a wrong one is refused naming the item) or a comment as
 * evidence. "Save" writes with the ETag the draft was read with (someone saving first: the draft is
 * read again). "Request the review" saves, then shows the required items still without evidence
 * before it requests the review ("Request the review anyway").
 */
export function ChecklistForm(props: IChecklistFormProps): React.ReactElement {
  const { draft, items } = props;
  const [answers, setAnswers] = React.useState<Answers>(() => answersOf(draft));
  const [problems, setProblems] = React.useState<Record<number, string>>({});
  const [missing, setMissing] = React.useState<string[] | undefined>(undefined);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  React.useEffect(() => { setAnswers(answersOf(draft)); }, [draft.etag]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  const runner = useSaveRunner({ conflict: gatesStrings.Gates_Conflict, gone: gatesStrings.Gates_Conflict }, props.onDone, props.onReload);
  const list = toList(items, answers);
  const refused = (e: unknown): boolean => {
    if (!(e instanceof GateRefusedError) || e.refusal !== 'evidenceUrlInvalid') return false;
    setProblems(linkProblems(items, list));
    return true;
  };
  // A refusal the service names (a 412 one, such as an outdated review, also reads the page again).
  const showRefusal = (e: unknown): boolean => {
    const text = refusalText(e);
    setRefusal(text);
    if (text && e instanceof GateRefusedError && e.status === 412) void props.onReload();
    return text !== undefined;
  };
  const checked = (): boolean => {
    const found = linkProblems(items, list);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`gates-item-${first}-evidenceUrl`)?.focus();
    return !first;
  };
  const save = (): void => {
    if (checked()) void runner.run(async () => { await props.gates.saveDraft(draft.id, list, draft.etag); return gatesStrings.Gates_Draft_Saved; }, refused);
  };
  const request = (anyway: boolean): void => {
    if (!checked()) return;
    const open = items.filter(i => i.mandatory && checkEvidence(list.filter(a => a.itemId === i.id)[0] ?? { itemId: i.id }).length > 0).map(i => i.title);
    if (open.length > 0 && !anyway) { setMissing(open); return; }
    setRefusal(undefined);
    void runner.run(async () => {
      const saved = await props.gates.saveDraft(draft.id, list, draft.etag);
      await props.gates.requestReview(saved.id, saved.etag);
      return gatesStrings.Gates_Request_Done;
    }, e => refused(e) || showRefusal(e));
  };
  const problemList = items.filter(i => problems[i.id]).map(i => [i.id, problems[i.id]] as const);
  return (
    <section className={styles.editor} aria-labelledby="gates-draft-heading" data-testid="gates-draft">
      <h3 id="gates-draft-heading" className={styles.heading}>{gatesStrings.Gates_Draft_Heading}</h3>
      <p className={styles.hint}>{gatesStrings.Gates_Draft_Intro}</p>
      {runner.notice && <Notice kind={runner.notice.kind} data-testid="gates-draft-notice">{runner.notice.text}</Notice>}
      {refusal && <Notice kind="error" data-testid="gates-draft-refused">{refusal}</Notice>}
      {problemList.length > 0 && (
        <Notice kind="error" data-testid="gates-draft-problems">
          {gatesStrings.Gates_Problems}
          <ul className={styles.problems}>{problemList.map(([id, m]) => <li key={id}><a href={`#gates-item-${id}-evidenceUrl`}>{m}</a></li>)}</ul>
        </Notice>
      )}
      {byCategory(items).map(group => (
        <div key={group.category} className={styles.group} role="group" aria-labelledby={`gates-draft-${group.category}`} data-testid={`gates-draft-group-${group.category}`}>
          <h4 id={`gates-draft-${group.category}`} className={styles.groupHeading}>{categoryLabel(group.category)}</h4>
          {group.items.map(item => (
            <ItemFields
              key={item.id} item={item} value={answers[item.id]} problem={problems[item.id]}
              onChange={v => { setAnswers(a => ({ ...a, [item.id]: v })); setMissing(undefined); }}
            />
          ))}
        </div>
      ))}
      {missing && (
        <Notice
          kind="warning" data-testid="gates-request-missing"
          actions={<>
            <Button primary disabled={runner.busy} onClick={() => request(true)} data-testid="gates-request-anyway">{gatesStrings.Gates_Request_Anyway}</Button>
            <Button disabled={runner.busy} onClick={() => setMissing(undefined)}>{gatesStrings.Gates_Request_Back}</Button>
          </>}
        >
          {formatString(gatesStrings.Gates_Request_Missing, itemList(missing))}
        </Notice>
      )}
      <div className={styles.actions}>
        <Button icon="save" disabled={runner.busy} onClick={save} data-testid="gates-draft-save">{gatesStrings.Gates_Draft_Save}</Button>
        <Button primary disabled={runner.busy || !!missing} onClick={() => request(false)} data-testid="gates-request">{gatesStrings.Gates_Request}</Button>
        {runner.busy && <Spinner label={gatesStrings.Gates_Working} />}
      </div>
    </section>
  );
}
