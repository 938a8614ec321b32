import * as React from 'react';
import { strings } from './strings';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import type { ITransitionDialogProps } from './IProjectRequestProps';
import { needsReason } from '../../domain/intake';
import { formatString } from '../../domain/text';
import { stateLabel } from './format';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';
import { Notice } from '../controls';

function TransitionDialogView(props: ITransitionDialogProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const [comment, setComment] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const { to } = props;
  const reasonNeeded = to !== undefined && needsReason(to);
  const reasonMissing = reasonNeeded && !reason.trim();

  React.useEffect(() => {
    setComment('');
    setReason('');
    setTried(false);
  }, [to]);

  const confirm = (): void => {
    setTried(true);
    if (reasonMissing) return;
    props.onConfirm(comment.trim(), reason.trim());
  };

  return (
    <Dialog
      hidden={to === undefined}
      onDismiss={props.onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: to ? formatString(strings.Request_Dialog_Title, stateLabel(to)) : '',
        subText: formatString(strings.Request_Dialog_Subtext, props.title, stateLabel(props.from))
      }}
      modalProps={{ isBlocking: true, layerProps, styles: surfaceStyles }}
    >
      {reasonNeeded && (
        <TextField
          label={strings.Request_Dialog_Reason}
          required={true}
          multiline={true}
          rows={3}
          value={reason}
          onChange={(_, v) => setReason(v ?? '')}
          errorMessage={tried && reasonMissing ? strings.Request_Refused_reasonRequired : undefined}
          data-testid="transition-reason"
        />
      )}
      <TextField label={strings.Request_Dialog_Comment} multiline={true} rows={3} value={comment} onChange={(_, v) => setComment(v ?? '')} data-testid="transition-comment" />
      {props.error && <Notice kind="error" data-testid="transition-error">{props.error}</Notice>}
      <DialogFooter>
        <PrimaryButton text={strings.Request_Dialog_Confirm} onClick={confirm} disabled={props.busy} data-testid="transition-confirm" />
        <DefaultButton text={strings.Request_Cancel} onClick={props.onCancel} disabled={props.busy} />
      </DialogFooter>
    </Dialog>
  );
}

/** Asks for a comment and, to reject or defer, a reason, before moving a request. */
export const TransitionDialog = themed(TransitionDialogView);
