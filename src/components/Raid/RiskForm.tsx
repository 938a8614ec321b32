import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import type { IsoDay } from '../../domain/dates';
import { RATING_MAX, RATING_MIN, RISK_RESPONSES, RISK_STATUSES } from '../../domain/governance';
import type { IRisk, IRiskChanges, IRiskService } from '../../services/RiskService';
import { Button, SelectField, TextField, type ISelectOption } from '../controls';
import { DayField, EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm, type FieldProblems } from './useEntryForm';
import { choiceLabel, fieldLabel, responseLabel } from './labels';

/** The risk form's fields, in the order shown. */
export type RiskField = 'title' | 'probability' | 'impact' | 'owner' | 'proximity' | 'response' | 'status' | 'mitigation';
const FIELDS: ReadonlyArray<RiskField> = ['title', 'probability', 'impact', 'owner', 'proximity', 'response', 'status', 'mitigation'];

/** What the risk form holds: selects as their keys ('' for none). */
export interface IRiskValues {
  title: string;
  probability: string;
  impact: string;
  /** The owner's site user id as text; '' for none. */
  owner: string;
  proximity?: IsoDay;
  response: string;
  status: string;
  mitigation: string;
}

/** A risk's values as the form starts with them (a new one: empty, Open). */
export function riskValuesOf(risk: IRisk | undefined): IRiskValues {
  const n = (v: number | undefined): string => (v === undefined ? '' : String(v));
  return {
    title: risk?.title ?? '', probability: n(risk?.probability), impact: n(risk?.impact), owner: n(risk?.owner?.id), proximity: risk?.proximity,
    response: risk?.response ?? '', status: risk?.status ?? 'Open', mitigation: risk?.mitigation ?? ''
  };
}

/** What keeps a risk from being sent: a blank title, a missing rating. */
export function riskProblems(v: IRiskValues): FieldProblems<RiskField> {
  const out: FieldProblems<RiskField> = {};
  if (!v.title.trim()) out.title = fieldProblem('title', 'required');
  if (!v.probability) out.probability = fieldProblem('probability', 'rating');
  if (!v.impact) out.impact = fieldProblem('impact', 'rating');
  return out;
}

/** The changes the form sends (every field: '' clears a text, a day, the response; 0 the owner). */
export function riskChangesOf(v: IRiskValues): IRiskChanges & { title: string } {
  return {
    title: v.title.trim(), probability: Number(v.probability), impact: Number(v.impact), ownerId: v.owner ? Number(v.owner) : 0,
    proximity: v.proximity ?? '', response: v.response, status: v.status, mitigation: v.mitigation.trim()
  };
}

/** Props of {@link RiskForm}. */
export interface IRiskFormProps {
  /** The risk edited, as the page read it; undefined: a new risk. */
  risk?: IRisk;
  projectId: number;
  service: IRiskService;
  /** The people who may own a risk (the project's manager, the owners already named). */
  people: ReadonlyArray<{ id: number; name: string }>;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/**
 * Adds or edits a risk: title, probability and impact 1–5, owner, proximity (a date typed in the
 * user's locale), response, status and mitigation. Each problem names its field; the save sends
 * the ETag the risk was read with.
 */
export function RiskForm(props: IRiskFormProps): React.ReactElement {
  const { risk, service, locale, today } = props;
  const form = useEntryForm<RiskField, IRiskValues>({
    initial: () => riskValuesOf(risk), version: risk?.etag ?? '', fields: FIELDS, idPrefix: 'risk', check: riskProblems,
    onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const changes = riskChangesOf(v);
      if (risk) await service.update(risk.id, changes, risk.etag);
      else {
        await service.create(props.projectId, {
          title: changes.title, probability: Number(v.probability), impact: Number(v.impact), ownerId: v.owner ? Number(v.owner) : undefined,
          proximity: v.proximity, response: v.response || undefined, mitigation: changes.mitigation || undefined
        });
      }
      return formatString(raidStrings.Raid_RiskSaved, changes.title);
    }
  });
  const { values: v, change, problems } = form;
  const ratings: ISelectOption[] = [{ key: '', text: raidStrings.Raid_Choose }];
  for (let r = RATING_MIN; r <= RATING_MAX; r++) ratings.push({ key: String(r), text: String(r) });
  const people: ISelectOption[] = [{ key: '', text: raidStrings.Raid_NoOwner }, ...props.people.map(p => ({ key: String(p.id), text: p.name }))];
  const select = (field: RiskField, options: ISelectOption[], required?: boolean): React.ReactElement => (
    <SelectField
      id={`risk-${field}`} label={fieldLabel(field)} options={options} selectedKey={v[field as keyof IRiskValues] as string} required={required}
      onChange={k => change({ [field]: k } as Partial<IRiskValues>)} errorMessage={problems[field]} data-testid={`risk-${field}`}
    />
  );
  return (
    <EntryForm idPrefix="risk" heading={risk ? formatString(raidStrings.Raid_EditRisk, risk.title) : raidStrings.Raid_RiskForm_New} form={form} onCancel={props.onClose}>
      <TextField id="risk-title" label={fieldLabel('title')} value={v.title} onChange={t => change({ title: t })} errorMessage={problems.title} required maxLength={255} data-testid="risk-title" />
      {select('probability', ratings, true)}
      {select('impact', ratings, true)}
      {select('owner', people)}
      <DayField idPrefix="risk" field="proximity" value={v.proximity} onChange={d => change({ proximity: d }, true)} error={problems.proximity} onProblem={m => form.setTyped('proximity', m)} locale={locale} today={today} />
      {select('response', [{ key: '', text: raidStrings.Raid_Choose }, ...RISK_RESPONSES.map(r => ({ key: r, text: responseLabel(r) }))])}
      {risk && select('status', RISK_STATUSES.map(s => ({ key: s, text: choiceLabel('RiskStatus', s) })))}
      <TextField id="risk-mitigation" label={fieldLabel('mitigation')} value={v.mitigation} onChange={t => change({ mitigation: t })} errorMessage={problems.mitigation} multiline rows={3} maxLength={4000} data-testid="risk-mitigation" />
    </EntryForm>
  );
}

/** Props of {@link CloseRiskConfirm}. */
export interface ICloseRiskConfirmProps {
  risk: IRisk;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a risk is closed (inline, in the tab; its heading takes the focus): "Close" or "Cancel". */
export function CloseRiskConfirm(props: ICloseRiskConfirmProps): React.ReactElement {
  return (
    <EntryForm
      idPrefix="risk-close" heading={formatString(raidStrings.Raid_CloseRisk, props.risk.title)} form={{ problemList: [], busy: props.busy }} onCancel={props.onCancel}
      actions={<Button primary icon="dismiss" disabled={props.busy} onClick={props.onConfirm} data-testid="risk-close-confirm">{raidStrings.Raid_Close}</Button>}
    >
      <p>{raidStrings.Raid_CloseRisk_Text}</p>
    </EntryForm>
  );
}
