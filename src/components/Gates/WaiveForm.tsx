import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { GateRefusedError, type IGateChecklistItem } from '../../services/gateRecords';
import type { IGateService } from '../../services/GateService';
import { Button, Notice, Spinner, TextField } from '../controls';
import { useSaveRunner } from '../Project/editing/useSaveRunner';
import { problemText, refusalText } from './labels';
import styles from './Gates.module.scss';

/** Props of {@link WaiveForm}. */
export interface IWaiveFormProps {
  reviewId: number;
  item: IGateChecklistItem;
  gates: Pick<IGateService, 'recordWaiver'>;
  onDone: (message: string) => void;
  onCancel: () => void;
  onReload: () => Promise<void>;
}

/**
 * A PMO officer waives a missing required item of a review: the reason is required (its message tied
 * to the field); the waiver is recorded for good, with who and when. A refusal of the service (not a
 * PMO officer) is shown as it says.
 */
export function WaiveForm(props: IWaiveFormProps): React.ReactElement {
  const [reason, setReason] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const runner = useSaveRunner({ conflict: gatesStrings.Gates_Refused_reviewOutdated, gone: gatesStrings.Gates_Refused_reviewOutdated }, props.onDone, props.onReload);
  const save = (): void => {
    setRefusal(undefined);
    if (!reason.trim()) {
      setProblem(problemText('waiverReasonRequired'));
      document.getElementById('gates-waive-reason')?.focus();
      return;
    }
    void runner.run(async () => {
      await props.gates.recordWaiver(props.reviewId, props.item.id, reason.trim());
      return formatString(gatesStrings.Gates_Waive_Done, props.item.title);
    }, e => {
      const text = e instanceof GateRefusedError ? refusalText(e) : undefined;
      if (text) setRefusal(text);
      return !!text;
    });
  };
  return (
    <section className={styles.editor} aria-labelledby="gates-waive-heading" data-testid="gates-waive-form">
      <h4 id="gates-waive-heading" className={styles.heading}>{formatString(gatesStrings.Gates_Waive_Heading, props.item.title)}</h4>
      {runner.notice && <Notice kind={runner.notice.kind}>{runner.notice.text}</Notice>}
      {refusal && <Notice kind="error" data-testid="gates-waive-refused">{refusal}</Notice>}
      <TextField
        id="gates-waive-reason" label={gatesStrings.Gates_Waive_Reason} required multiline rows={3} value={reason} description={gatesStrings.Gates_Waive_Hint}
        onChange={v => { setReason(v); setProblem(undefined); }} errorMessage={problem} data-testid="gates-waive-reason"
      />
      <div className={styles.actions}>
        <Button primary icon="save" disabled={runner.busy} onClick={save} data-testid="gates-waive-save">{gatesStrings.Gates_Waive_Save}</Button>
        <Button icon="dismiss" disabled={runner.busy} onClick={props.onCancel}>{gatesStrings.Gates_Cancel}</Button>
        {runner.busy && <Spinner label={gatesStrings.Gates_Working} />}
      </div>
    </section>
  );
}
