import * as raidStrings from 'RaidStrings';
import { formatString, TEXT_MAX_LENGTH } from '../../domain/text';
import { RiskRefusedError } from '../../services/RiskService';
import { RaidLogRefusedError } from '../../services/RaidLogService';
import { useForm, type FieldProblems, type IForm, type IFormOptions } from '../controls/form';
import { fieldLabel } from './labels';

export type { FieldProblems } from '../controls/form';

/** A problem's message for a field: required, rating (1–5), invalid, too long (over 255 characters), a day outside 1900–8900. */
export function fieldProblem(field: string, code: 'required' | 'rating' | 'invalid' | 'days' | 'costNegative' | 'milestones' | 'tooLong' | 'dateRange'): string {
  // A title (the only text the RAID services limit) holds 255 characters: the tooLong message's {1}.
  return formatString(raidStrings[`Raid_Problem_${code}`], fieldLabel(field), TEXT_MAX_LENGTH);
}

/**
 * The fields a refusal of the risk or RAID log service names, with their messages; undefined for any
 * other error (the form shows it as a whole).
 */
export function refusalProblems<F extends string>(error: unknown): FieldProblems<F> | undefined {
  if (!(error instanceof RiskRefusedError || error instanceof RaidLogRefusedError)) return undefined;
  const out: Record<string, string> = {};
  for (const p of error.problems) {
    const field = p.field ?? 'title';
    const code = p.code === 'titleRequired' || p.code === 'ratingRequired' ? 'required' : p.code.startsWith('rating') ? 'rating'
      : p.code === 'tooLong' ? 'tooLong' : p.code === 'dateOutOfRange' ? 'dateRange' : 'invalid';
    out[field] = fieldProblem(field, code);
  }
  return out as FieldProblems<F>;
}

/** What a RAID entry form is given: the shared form's options, the refusal and conflict texts filled in. */
export type IEntryFormOptions<F extends string, V> = Omit<IFormOptions<F, V>, 'refused' | 'texts'> & {
  /** The fields a service's refusal names, with their messages (default {@link refusalProblems}: the risk and RAID log services'). */
  refused?: (error: unknown) => FieldProblems<F> | undefined;
};

/** What a RAID entry form shows and does. */
export type IEntryForm<F extends string, V> = IForm<F, V>;

/**
 * The state of a RAID entry form (the shared governance form, `controls/form`): problems at their
 * fields and listed until the next Save, a conflict said and the entry read again.
 */
export function useEntryForm<F extends string, V extends object>(o: IEntryFormOptions<F, V>): IEntryForm<F, V> {
  return useForm<F, V>({ ...o, refused: o.refused ?? refusalProblems, texts: { conflict: raidStrings.Raid_Conflict, gone: raidStrings.Raid_Gone } });
}
