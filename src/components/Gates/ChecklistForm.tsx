import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { checkEvidence, type IChecklistAnswer } from '../../domain/governance';
import type { IGateChecklistItem, IGateReviewDraft } from '../../services/gateRecords';
import { GateRefusedError } from '../../services/gateRecords';
import type { IGateService } from '../../services/GateService';
import { Button, Notice, TextField } from '../controls';
import { useForm, type IForm } from '../controls/form';
import { GateFormFrame } from './frame';
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
  const [missing, setMissing] = React.useState<string[] | undefined>(undefined);
  const form: IForm<string, Answers> = useForm<string, Answers>({
    initial: () => answersOf(draft), version: draft.etag, fields: items.map(i => String(i.id)), idPrefix: 'gates-draft', fieldId: id => `gates-item-${id}-evidenceUrl`,
    check: answers => linkProblems(items, toList(items, answers)),
    refused: e => {
      if (e instanceof GateRefusedError && e.refusal === 'evidenceUrlInvalid') return linkProblems(items, toList(items, form.values));
      // A refusal the service names (a 412 one, such as an outdated review, also reads the page again).
      const text = refusalText(e);
      if (text && e instanceof GateRefusedError && e.status === 412) void props.onReload();
      return text;
    },
    texts: { conflict: gatesStrings.Gates_Conflict, gone: gatesStrings.Gates_Conflict }, onDone: props.onDone, onReload: props.onReload,
    send: async answers => { await props.gates.saveDraft(draft.id, toList(items, answers), draft.etag); return gatesStrings.Gates_Draft_Saved; }
  });
  const request = (anyway: boolean): void => {
    if (!form.validate()) return;
    const list = toList(items, form.values);
    const open = items.filter(i => i.mandatory && checkEvidence(list.filter(a => a.itemId === i.id)[0] ?? { itemId: i.id }).length > 0).map(i => i.title);
    if (open.length > 0 && !anyway) { setMissing(open); return; }
    void form.submit(async () => {
      const saved = await props.gates.saveDraft(draft.id, list, draft.etag);
      await props.gates.requestReview(saved.id, saved.etag);
      return gatesStrings.Gates_Request_Done;
    });
  };
  const confirm = missing && (
    <Notice
      kind="warning" data-testid="gates-request-missing"
      actions={<>
        <Button primary disabled={form.busy} onClick={() => request(true)} data-testid="gates-request-anyway">{gatesStrings.Gates_Request_Anyway}</Button>
        <Button disabled={form.busy} onClick={() => setMissing(undefined)}>{gatesStrings.Gates_Request_Back}</Button>
      </>}
    >
      {formatString(gatesStrings.Gates_Request_Missing, itemList(missing))}
    </Notice>
  );
  return (
    <GateFormFrame
      idPrefix="gates-draft" data-testid="gates-draft" heading={gatesStrings.Gates_Draft_Heading} form={form} focusOnOpen={false} stacked
      problemHref={id => `#gates-item-${id}-evidenceUrl`} before={<p className={styles.hint}>{gatesStrings.Gates_Draft_Intro}</p>} after={confirm}
      actions={<>
        <Button icon="save" disabled={form.busy} onClick={() => void form.save()} data-testid="gates-draft-save">{gatesStrings.Gates_Draft_Save}</Button>
        <Button primary disabled={form.busy || !!missing} onClick={() => request(false)} data-testid="gates-request">{gatesStrings.Gates_Request}</Button>
      </>}
    >
      {byCategory(items).map(group => (
        <div key={group.category} className={styles.group} role="group" aria-labelledby={`gates-draft-${group.category}`} data-testid={`gates-draft-group-${group.category}`}>
          <h4 id={`gates-draft-${group.category}`} className={styles.groupHeading}>{categoryLabel(group.category)}</h4>
          {group.items.map(item => (
            <ItemFields
              key={item.id} item={item} value={form.values[item.id]} problem={form.problems[String(item.id)]}
              onChange={v => { form.change({ [item.id]: v }); setMissing(undefined); }}
            />
          ))}
        </div>
      ))}
    </GateFormFrame>
  );
}
