import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import { formatString } from '../../domain/text';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import type { IsoDay } from '../../domain/dates';
import { BENEFIT_STATUSES } from '../../domain/governance/vocabulary';
import type { IBenefit, IBenefitInput, IBenefitService } from '../../services/BenefitService';
import { SelectField, TextField } from '../controls';
import { DayField, FormFrame } from './FormFrame';
import { useForm, type FieldProblems } from './useForm';
import { fieldLabel, fieldProblem, numberProblem, statusLabel } from './labels';

/** The benefit form's fields, in the order shown. */
export type BenefitField = 'title' | 'measure' | 'unit' | 'owner' | 'baseline' | 'target' | 'plannedDate' | 'status';
const FIELDS: ReadonlyArray<BenefitField> = ['title', 'measure', 'unit', 'owner', 'baseline', 'target', 'plannedDate', 'status'];

/** What the benefit form holds: amounts as typed in the user's locale, the owner's id as text ('' none). */
export interface IBenefitValues {
  title: string;
  measure: string;
  unit: string;
  owner: string;
  baseline: string;
  target: string;
  plannedDate?: IsoDay;
  status: string;
}

/** A benefit's values as the form starts with them (amounts written in `locale`; a new one: Planned). */
export function benefitValuesOf(b: IBenefit | undefined, locale: string): IBenefitValues {
  const amount = (n: number | undefined): string => (n === undefined ? '' : formatAmountFor(n, locale));
  return {
    title: b?.title ?? '', measure: b?.measure ?? '', unit: b?.unit ?? '', owner: b?.ownerId ? String(b.ownerId) : '',
    baseline: amount(b?.baseline), target: amount(b?.target), plannedDate: b?.plannedDate, status: b?.status ?? 'Planned'
  };
}

/** What keeps a benefit from being sent: a blank title, an amount not readable in `locale` (the message names the field). */
export function benefitProblems(v: IBenefitValues, locale: string): FieldProblems<BenefitField> {
  const out: FieldProblems<BenefitField> = {};
  if (!v.title.trim()) out.title = fieldProblem('title', 'required');
  for (const f of ['baseline', 'target'] as const) {
    const r = readAmount(v[f], locale);
    if (!r.ok) out[f] = numberProblem(r.problem, f, locale);
  }
  return out;
}

/** The input the service is sent: amounts read in `locale` (null clears), the owner (0 clears). */
export function benefitInputOf(v: IBenefitValues, locale: string): IBenefitInput {
  const amount = (t: string): number | null => { const r = readAmount(t, locale); return r.ok && r.value !== undefined ? r.value : null; };
  return {
    title: v.title.trim(), measure: v.measure.trim() || null, unit: v.unit.trim() || null, ownerId: v.owner ? Number(v.owner) : 0,
    baseline: amount(v.baseline), target: amount(v.target), plannedDate: v.plannedDate ?? '', status: v.status as IBenefitInput['status']
  };
}

/** Props of {@link BenefitForm}. */
export interface IBenefitFormProps {
  /** The benefit edited, as the page read it; undefined: a new one. */
  benefit?: IBenefit;
  projectId: number;
  service: IBenefitService;
  people: ReadonlyArray<{ id: number; name: string }>;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** Adds or edits a benefit: title, measure, unit, owner, baseline and target (typed in the user's locale), planned realisation day, status; saved with the ETag it was read with. */
export function BenefitForm(props: IBenefitFormProps): React.ReactElement {
  const { benefit, service, locale } = props;
  const form = useForm<BenefitField, IBenefitValues>({
    initial: () => benefitValuesOf(benefit, locale), version: benefit?.etag ?? '', fields: FIELDS, idPrefix: 'benefit',
    check: v => benefitProblems(v, locale), onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const input = benefitInputOf(v, locale);
      const saved = benefit ? await service.updateBenefit(benefit.id, input, benefit.etag) : await service.addBenefit(props.projectId, input);
      return formatString(benefitsStrings.Benefits_Saved, saved.title);
    }
  });
  const { values: v, change, problems } = form;
  const text = (field: 'title' | 'measure' | 'unit' | 'baseline' | 'target', extra: Partial<React.ComponentProps<typeof TextField>> = {}): React.ReactElement => (
    <TextField id={`benefit-${field}`} label={fieldLabel(field)} value={v[field]} onChange={t => change({ [field]: t })} errorMessage={problems[field]} data-testid={`benefit-${field}`} {...extra} />
  );
  return (
    <FormFrame idPrefix="benefit" heading={benefit ? formatString(benefitsStrings.Benefits_EditBenefit, benefit.title) : benefitsStrings.Benefits_NewHeading} form={form} onCancel={props.onClose}>
      {text('title', { required: true, maxLength: 255 })}
      {text('measure', { maxLength: 255 })}
      {text('unit', { maxLength: 50 })}
      <SelectField
        id="benefit-owner" label={fieldLabel('owner')} selectedKey={v.owner} onChange={k => change({ owner: k })} data-testid="benefit-owner"
        options={[{ key: '', text: benefitsStrings.Benefits_NoOwner }, ...props.people.map(p => ({ key: String(p.id), text: p.name }))]}
      />
      {text('baseline', { inputMode: 'decimal' })}
      {text('target', { inputMode: 'decimal' })}
      <DayField idPrefix="benefit" field="plannedDate" value={v.plannedDate} onChange={d => change({ plannedDate: d }, true)} error={problems.plannedDate} onProblem={m => form.setTyped('plannedDate', m)} locale={locale} today={props.today} />
      <SelectField id="benefit-status" label={fieldLabel('status')} selectedKey={v.status} onChange={k => change({ status: k })} data-testid="benefit-status" options={BENEFIT_STATUSES.map(s => ({ key: s, text: statusLabel(s) }))} />
    </FormFrame>
  );
}
