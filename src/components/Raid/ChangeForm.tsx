import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import { ChangeRequestsList } from '../../schema/refs';
import { ChangeRefusedError, type IChange, type IChangeInput, type IChangeRequestService } from '../../services/ChangeRequestService';
import { amountProblemText, SelectField, TextField } from '../controls';
import { EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm, type FieldProblems } from './useEntryForm';
import { choiceLabel, fieldLabel } from './labels';
import styles from './Raid.module.scss';

/** The change form's fields, in the order shown. */
export type ChangeField = 'title' | 'priority' | 'summary' | 'scopeImpact' | 'scheduleImpactDays' | 'costImpact';
const FIELDS: ReadonlyArray<ChangeField> = ['title', 'priority', 'summary', 'scopeImpact', 'scheduleImpactDays', 'costImpact'];

/** What the change form holds: the schedule impact and the cost impact as typed ('' for none). */
export interface IChangeValues {
  title: string;
  priority: string;
  summary: string;
  scopeImpact: string;
  /** Whole calendar days, typed: '14', '-7' ('−7'). */
  scheduleImpactDays: string;
  /** An amount typed in the user's locale. */
  costImpact: string;
}

/** A whole number of days as typed ('-7', '−7', '+14'); undefined when it is not one. */
export function readDays(text: string): number | undefined {
  const m = /^([+\-\u2212]?)\s*(\d{1,5})$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] && m[1] !== '+' && n !== 0 ? -n : n;
}

/** A change's values as the form starts with them (a new one: Medium, no impact). */
export function changeValuesOf(change: IChange | undefined, locale: string): IChangeValues {
  return {
    title: change?.title ?? '', priority: change?.priority ?? 'Medium', summary: change?.summary ?? '', scopeImpact: change?.scopeImpact ?? '',
    scheduleImpactDays: change?.scheduleImpactDays === undefined ? '' : String(change.scheduleImpactDays),
    costImpact: change?.costImpact === undefined ? '' : formatAmountFor(change.costImpact, locale)
  };
}

/** What keeps a change from being sent: a blank title, days that are not a whole number, an amount that cannot be read; each message names its field. */
export function changeProblems(v: IChangeValues, locale: string): FieldProblems<ChangeField> {
  const out: FieldProblems<ChangeField> = {};
  if (!v.title.trim()) out.title = fieldProblem('title', 'required');
  if (v.scheduleImpactDays.trim() && readDays(v.scheduleImpactDays) === undefined) out.scheduleImpactDays = fieldProblem('scheduleImpactDays', 'days');
  const cost = readAmount(v.costImpact, locale);
  if (!cost.ok) out.costImpact = amountProblemText(cost.problem, fieldLabel('costImpact'), locale);
  return out;
}

/** The input the service receives ('' sends no impact). */
export function changeInputOf(v: IChangeValues, locale: string): IChangeInput {
  const cost = readAmount(v.costImpact, locale);
  return {
    title: v.title.trim(), priority: v.priority, summary: v.summary.trim() || undefined, scopeImpact: v.scopeImpact.trim() || undefined,
    scheduleImpactDays: v.scheduleImpactDays.trim() ? readDays(v.scheduleImpactDays) : undefined, costImpact: cost.ok ? cost.value : undefined
  };
}

/**
 * The fields a {@link ChangeRefusedError} names, with their messages (the milestones of an approval
 * under 'milestones'); undefined for any other error and for a refused state change, which the form
 * shows as a whole.
 */
export function changeRefusalProblems<F extends string>(error: unknown): FieldProblems<F> | undefined {
  if (!(error instanceof ChangeRefusedError)) return undefined;
  const out: Record<string, string> = {};
  for (const p of error.problems) {
    if (p.code === 'titleRequired') out.title = fieldProblem('title', 'required');
    else if (p.code === 'tooLong' && p.field === 'title') out.title = fieldProblem('title', 'tooLong');
    else if (p.code === 'scheduleImpactNotInteger') out.scheduleImpactDays = fieldProblem('scheduleImpactDays', 'days');
    else if (p.code === 'costImpactNegative') out.costImpact = fieldProblem('costImpact', 'costNegative');
    else if (p.code === 'costImpactInvalid') out.costImpact = fieldProblem('costImpact', 'invalid');
    else if (p.code === 'milestoneNotFound' || p.code === 'milestoneWithoutBaseline') out.milestones = fieldProblem('milestones', 'milestones');
    else if (p.field === 'priority') out.priority = fieldProblem('priority', 'invalid');
    else return undefined;
  }
  return out as FieldProblems<F>;
}

/** Props of {@link ChangeForm}. */
export interface IChangeFormProps {
  /** The change assessed, as the page read it; undefined: a new change is raised. */
  change?: IChange;
  projectId: number;
  service: IChangeRequestService;
  locale: string;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/**
 * Raises a change request (status Submitted) or assesses one (records its impact and moves it to
 * Assessed, with the ETag it was read with): title, priority, description, and the impact on scope
 * (text), schedule (whole calendar days, negative for earlier) and cost (an amount typed in the
 * user's locale). Each problem names its field.
 */
export function ChangeForm(props: IChangeFormProps): React.ReactElement {
  const { change, service, locale } = props;
  const form = useEntryForm<ChangeField, IChangeValues>({
    initial: () => changeValuesOf(change, locale), version: change?.etag ?? '', fields: FIELDS, idPrefix: 'change',
    check: v => changeProblems(v, locale), refused: changeRefusalProblems, onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const input = changeInputOf(v, locale);
      if (change) {
        await service.assess(change.id, input, change.etag);
        return formatString(raidStrings.Raid_ChangeAssessed, input.title);
      }
      await service.create(props.projectId, input);
      return formatString(raidStrings.Raid_ChangeRaised, input.title);
    }
  });
  const { values: v, change: set, problems } = form;
  const text = (field: ChangeField, extra: { multiline?: boolean; required?: boolean; inputMode?: 'numeric' | 'decimal'; description?: string; wide?: boolean }): React.ReactElement => (
    <TextField
      id={`change-${field}`} label={fieldLabel(field)} value={v[field]} onChange={t => set({ [field]: t } as Partial<IChangeValues>)} errorMessage={problems[field]}
      required={extra.required} multiline={extra.multiline} rows={extra.multiline ? 3 : undefined} maxLength={extra.multiline ? 4000 : 255}
      inputMode={extra.inputMode} description={extra.description} className={extra.wide ? styles.wide : undefined} data-testid={`change-${field}`}
    />
  );
  return (
    <EntryForm idPrefix="change" heading={change ? formatString(raidStrings.Raid_AssessChange, change.title) : raidStrings.Raid_ChangeForm_New} form={form} onCancel={props.onClose}>
      {text('title', { required: true })}
      <SelectField
        id="change-priority" label={fieldLabel('priority')} selectedKey={v.priority} onChange={k => set({ priority: k })} errorMessage={problems.priority}
        options={ChangeRequestsList.choices.Priority.map(p => ({ key: p, text: choiceLabel('Priority', p) }))} data-testid="change-priority"
      />
      {text('scheduleImpactDays', { inputMode: 'numeric', description: raidStrings.Raid_Field_scheduleImpactDays_Hint })}
      {text('costImpact', { inputMode: 'decimal', description: formatString(raidStrings.Raid_Field_costImpact_Hint, formatAmountFor(25000, locale)) })}
      {text('summary', { multiline: true, wide: true })}
      {text('scopeImpact', { multiline: true, wide: true })}
    </EntryForm>
  );
}
