import * as React from 'react';
import { strings } from './strings';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { SelectField } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { IConvertDialogProps } from './IProjectRequestProps';
import { SponsorPicker } from './SponsorPicker';
import { formatMoney } from '../../domain/numbers';
import { projectCodeFor, type IPersonRef } from '../../domain/intake';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';

function ConvertDialogView(props: IConvertDialogProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const { request, reference, locale } = props;
  const input = request.input;
  // The requester's proposal, which the PMO confirms or changes.
  const [manager, setManager] = React.useState<IPersonRef | undefined>(input.proposedManager);
  const [programme, setProgramme] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const objectives = input.objectiveIds.map(id => {
    const o = reference.objectives.filter(x => x.id === id)[0];
    return o ? (o.code ? `${o.code} – ${o.title}` : o.title) : `#${id}`;
  });
  const fact = (label: string, value: string, testId?: string): React.ReactElement => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value || '—'}</dd>
    </>
  );
  const confirm = (): void => {
    setTried(true);
    if (!manager) return;
    props.onConfirm({ projectManager: manager, programmeId: programme ? Number(programme) : undefined });
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: strings.Request_ConvertDialog_Title,
        subText: formatString(strings.Request_ConvertDialog_Subtext, request.title)
      }}
      modalProps={{ isBlocking: true, layerProps, styles: surfaceStyles }}
      minWidth={480}
    >
      <dl className={styles.facts} data-testid="convert-facts">
        {fact(strings.Request_ConvertDialog_Code, projectCodeFor(request.id), 'convert-code')}
        {fact(strings.Request_ConvertDialog_Department, input.businessUnit)}
        {fact(strings.Field_Sponsor, input.sponsor?.displayName ?? '')}
        {fact(strings.Field_DesiredStart, formatDateOnly(input.desiredStart, locale, 'numeric'))}
        {fact(strings.Field_DesiredEnd, formatDateOnly(input.desiredEnd, locale, 'numeric'))}
        {fact(strings.Field_StrategicObjectives, objectives.join(', '))}
        {fact(strings.Request_Col_Budget, formatMoney(request.budget, locale))}
      </dl>
      <SponsorPicker
        id="pmo-convert-manager"
        label={strings.Request_ConvertDialog_Manager}
        required={true}
        service={props.service}
        value={manager}
        onChange={setManager}
        errorMessage={tried && !manager ? formatString(strings.Request_Validation_required, strings.Request_ConvertDialog_Manager) : undefined}
      />
      <SelectField
        id="pmo-convert-programme"
        label={strings.Request_ConvertDialog_Programme}
        options={[{ key: '', text: strings.Request_ConvertDialog_NoProgramme }, ...reference.programmes.map(p => ({ key: String(p.id), text: p.code ? `${p.code} – ${p.title}` : p.title }))]}
        selectedKey={programme}
        onChange={setProgramme}
        data-testid="convert-programme"
      />
      <DialogFooter>
        <PrimaryButton text={props.busy ? strings.Request_Converting : strings.Request_ConvertDialog_Confirm} onClick={confirm} disabled={props.busy} data-testid="convert-confirm" />
        <DefaultButton text={strings.Request_Cancel} onClick={props.onCancel} disabled={props.busy} />
      </DialogFooter>
    </Dialog>
  );
}

/**
 * Confirms a conversion: shows what the project will get from the request (code, department,
 * sponsor, dates, objectives, budget) and asks for its project manager (required) and programme.
 */
export const ConvertDialog = themed(ConvertDialogView);
