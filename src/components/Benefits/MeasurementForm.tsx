import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import { formatString } from '../../domain/text';
import { readAmount } from '../../domain/numbers';
import type { IsoDay } from '../../domain/dates';
import type { IBenefit, IBenefitService } from '../../services/BenefitService';
import { TextField } from '../controls';
import { DayField, FormFrame } from './FormFrame';
import { useForm, type FieldProblems } from './useForm';
import { fieldLabel, fieldProblem, numberProblem } from './labels';

/** The measurement form's fields, in the order shown. */
export type MeasurementField = 'value' | 'on' | 'comment';
const FIELDS: ReadonlyArray<MeasurementField> = ['value', 'on', 'comment'];

/** What the measurement form holds: the value as typed in the user's locale, the day, a comment. */
export interface IMeasurementValues {
  value: string;
  on?: IsoDay;
  comment: string;
}

/** What keeps a measurement from being sent: no value or one not readable in `locale`, no day. */
export function measurementProblems(v: IMeasurementValues, locale: string): FieldProblems<MeasurementField> {
  const out: FieldProblems<MeasurementField> = {};
  const r = readAmount(v.value, locale);
  if (!r.ok) out.value = numberProblem(r.problem, 'value', locale);
  else if (r.value === undefined) out.value = fieldProblem('value', 'required');
  if (!v.on) out.on = fieldProblem('on', 'required');
  return out;
}

/** Props of {@link MeasurementForm}. */
export interface IMeasurementFormProps {
  benefit: IBenefit;
  service: IBenefitService;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** "Record a measurement": the realised value (typed in the user's locale) on a day (today unless changed), with a comment. */
export function MeasurementForm(props: IMeasurementFormProps): React.ReactElement {
  const { benefit, locale } = props;
  const form = useForm<MeasurementField, IMeasurementValues>({
    initial: () => ({ value: '', on: props.today, comment: '' }), version: String(benefit.id), fields: FIELDS, idPrefix: 'measurement',
    check: v => measurementProblems(v, locale), onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const r = readAmount(v.value, locale);
      await props.service.addMeasurement(benefit.id, { value: r.ok && r.value !== undefined ? r.value : NaN, on: v.on as IsoDay, comment: v.comment.trim() || undefined });
      return formatString(benefitsStrings.Benefits_Recorded, benefit.title);
    }
  });
  const { values: v, change, problems } = form;
  return (
    <FormFrame idPrefix="measurement" heading={formatString(benefitsStrings.Benefits_RecordFor, benefit.title)} form={form} onCancel={props.onClose}>
      <TextField
        id="measurement-value" label={benefit.unit ? `${fieldLabel('value')} (${benefit.unit})` : fieldLabel('value')} value={v.value} onChange={t => change({ value: t })}
        errorMessage={problems.value} required inputMode="decimal" data-testid="measurement-value"
      />
      <DayField idPrefix="measurement" field="on" value={v.on} onChange={d => change({ on: d }, true)} error={problems.on} onProblem={m => form.setTyped('on', m)} locale={locale} today={props.today} required />
      <TextField id="measurement-comment" label={fieldLabel('comment')} value={v.comment} onChange={t => change({ comment: t })} maxLength={4000} data-testid="measurement-comment" />
    </FormFrame>
  );
}
