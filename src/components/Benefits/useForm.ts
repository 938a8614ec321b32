import * as benefitsStrings from 'BenefitsStrings';
import { BenefitRefusedError } from '../../services/BenefitService';
import { useForm as useSharedForm, type FieldProblems, type IForm as ISharedForm, type IFormOptions as ISharedOptions } from '../controls/form';
import { fieldProblem } from './labels';

export type { FieldProblems } from '../controls/form';

/** What a benefits form (a benefit, a measurement) is given: the shared form's options, the refusal and conflict texts the register's. */
export type IFormOptions<F extends string, V> = Omit<ISharedOptions<F, V>, 'refused' | 'texts' | 'fields'> & { fields: ReadonlyArray<F> };

/** What a benefits form shows and does. */
export type IForm<F extends string, V> = ISharedForm<F, V>;

/**
 * The field a benefits service's refusal (`BenefitRefusedError`) names among `fields` (else the
 * first), with its message; undefined for any other error.
 */
export function benefitRefusal<F extends string>(fields: ReadonlyArray<F>, e: unknown): FieldProblems<F> | undefined {
  if (!(e instanceof BenefitRefusedError)) return undefined;
  const field = (fields as ReadonlyArray<string>).indexOf(e.field) >= 0 ? e.field as F : fields[0];
  const code = e.refusal === 'titleRequired' ? 'required' : e.refusal === 'tooLong' ? 'tooLong' : e.refusal === 'dateOutOfRange' ? 'dateRange' : 'invalid';
  return { [field]: fieldProblem(field, code, e.maxLength) } as FieldProblems<F>;
}

/**
 * The state of a benefits form (the shared governance form, `controls/form`); the field the
 * service's refusal (`BenefitRefusedError`) names is shown at it and listed.
 */
export function useForm<F extends string, V extends object>(o: IFormOptions<F, V>): IForm<F, V> {
  const refused = (e: unknown): FieldProblems<F> | undefined => benefitRefusal(o.fields, e);
  return useSharedForm<F, V>({ ...o, refused, texts: { conflict: benefitsStrings.Benefits_Conflict, gone: benefitsStrings.Benefits_Gone } });
}
