import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { GateRefusedError, type IGateChecklistItem } from '../../services/gateRecords';
import type { IGateService } from '../../services/GateService';
import { TextField } from '../controls';
import { useForm } from '../controls/form';
import { GateFormFrame } from './frame';
import { problemText, refusalText } from './labels';

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
  const form = useForm<'reason', { reason: string }>({
    initial: () => ({ reason: '' }), version: String(props.item.id), fields: ['reason'], idPrefix: 'gates-waive',
    check: v => (v.reason.trim() ? {} : { reason: problemText('waiverReasonRequired') }),
    refused: e => (e instanceof GateRefusedError ? refusalText(e) : undefined),
    texts: { conflict: gatesStrings.Gates_Refused_reviewOutdated, gone: gatesStrings.Gates_Refused_reviewOutdated },
    onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      await props.gates.recordWaiver(props.reviewId, props.item.id, v.reason.trim());
      return formatString(gatesStrings.Gates_Waive_Done, props.item.title);
    }
  });
  return (
    <GateFormFrame
      idPrefix="gates-waive" headingLevel={4} heading={formatString(gatesStrings.Gates_Waive_Heading, props.item.title)} form={form} onCancel={props.onCancel}
    >
      <TextField
        id="gates-waive-reason" label={gatesStrings.Gates_Waive_Reason} required multiline rows={3} value={form.values.reason} description={gatesStrings.Gates_Waive_Hint}
        onChange={reason => form.change({ reason })} errorMessage={form.problems.reason} data-testid="gates-waive-reason"
      />
    </GateFormFrame>
  );
}
