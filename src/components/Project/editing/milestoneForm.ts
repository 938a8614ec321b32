/**
 * The milestone editor's rules (pure): what is missing before anything is sent, and which field a
 * refusal of the milestone service is about. Messages name the field ("“Reason for the new
 * baseline”: …"), so a problem is clear on its own, in the list and at the field.
 */
import * as projectStrings from 'ProjectStrings';
import { formatString, TEXT_MAX_LENGTH } from '../../../domain/text';
import type { IsoDay } from '../../../domain/dates';
import type { IMilestone } from '../../../services/controllingRows';
import { MilestoneRefusedError } from '../../../services/MilestoneService';

/** The editor's fields. */
export type MilestoneField = 'title' | 'baselineDate' | 'forecastDate' | 'actualDate' | 'status' | 'newBaseline' | 'reason';

/** What the editor holds for the milestone's own fields. */
export interface IMilestoneValues {
  title: string;
  /** Only for a new milestone: an existing one changes its baseline by re-baselining. */
  baselineDate?: IsoDay;
  forecastDate?: IsoDay;
  actualDate?: IsoDay;
  status: string;
}

/** A re-baselining as typed: the new date and the reason. */
export interface IRebaselineValues {
  baselineDate?: IsoDay;
  reason: string;
}

/** Problems by field, each a message naming its field. */
export type MilestoneProblems = Partial<Record<MilestoneField, string>>;

/** A field's visible label. */
export function milestoneFieldLabel(field: MilestoneField): string {
  return projectStrings[`Project_Ms_Field_${field}`] ?? field;
}

function problem(field: MilestoneField, code: 'required' | 'reasonRequired' | 'unchanged' | 'invalid' | 'tooLong' | 'dateOutOfRange'): string {
  // A title holds 255 characters: the tooLong message's {1}.
  return formatString(projectStrings[`Project_Ms_Problem_${code}`], milestoneFieldLabel(field), TEXT_MAX_LENGTH);
}

/** The values of a milestone as the editor starts with them (a new one: empty, "Planned"). */
export function valuesOf(milestone: IMilestone | undefined): IMilestoneValues {
  return milestone
    ? { title: milestone.title, forecastDate: milestone.forecastDate, actualDate: milestone.actualDate, status: milestone.status }
    : { title: '', status: 'Planned' };
}

/** What keeps a milestone's save from being sent: a blank title. */
export function milestoneProblems(values: IMilestoneValues): MilestoneProblems {
  return values.title.trim() ? {} : { title: problem('title', 'required') };
}

/**
 * What keeps a re-baselining from being sent (as the service's domain rule refuses it): no new date,
 * the current baseline again, or no reason. The reason is checked even without a date, so that
 * both problems show at once.
 */
export function rebaselineProblems(values: IRebaselineValues, current: IMilestone): MilestoneProblems {
  const out: MilestoneProblems = {};
  if (!values.baselineDate) out.newBaseline = problem('newBaseline', 'required');
  else if (values.baselineDate === current.baselineDate) out.newBaseline = problem('newBaseline', 'unchanged');
  if (!values.reason.trim()) out.reason = problem('reason', 'reasonRequired');
  return out;
}

/**
 * The field a refusal of the milestone service is about, with its message; undefined for any other
 * error (shown as an error of the whole form). A re-baselining's 'baselineDate' is the new baseline.
 */
export function refusalProblem(error: unknown, rebaselining: boolean): MilestoneProblems | undefined {
  if (!(error instanceof MilestoneRefusedError)) return undefined;
  const field: MilestoneField = error.field === 'baselineDate' && rebaselining ? 'newBaseline' : (error.field as MilestoneField);
  const code = error.refusal === 'titleRequired' ? 'required' : error.refusal === 'invalidDate' || error.refusal === 'statusInvalid' ? 'invalid' : error.refusal;
  return { [field]: problem(field, code) };
}
