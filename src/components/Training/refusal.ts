import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import { formatAmountFor, MAX_AMOUNT } from '../../domain/numbers';
import { formatString, TEXT_MAX_LENGTH } from '../../domain/text';
import { readFieldNumber, type IFieldNumberRule } from '../../domain/training';
import { TrainingRefusedError } from '../../services/TrainingService';
import { CommunityRefusedError } from '../../services/CommunityService';
import { errorText } from '../ErrorMessage/errorText';

/** The field names the services' refusals give, in the user's language (the form's label). */
export function fieldLabel(field: string): string {
  const names: Record<string, string> = {
    session: trainingStrings.Training_Field_Session, enrolment: trainingStrings.Training_Field_Enrolment, code: trainingStrings.Training_Field_Code,
    title: trainingStrings.Training_Field_Title, moduleId: trainingStrings.Training_Field_Module, module: trainingStrings.Training_Field_Module,
    localStart: trainingStrings.Training_Field_Start, localEnd: trainingStrings.Training_Field_End, timeZone: trainingStrings.Training_Field_TimeZone,
    capacity: trainingStrings.Training_Field_Capacity, onlineUrl: trainingStrings.Training_Field_OnlineUrl, materials: trainingStrings.Training_Field_Materials,
    durationHours: trainingStrings.Training_Field_Duration, pathStep: trainingStrings.Training_Field_PathStep, targetLevel: trainingStrings.Training_Field_TargetLevel,
    teamsLink: trainingStrings.Training_Field_TeamsLink, nextEvents: trainingStrings.Training_Field_NextEvents, topic: trainingStrings.Training_Field_Topic,
    sortOrder: trainingStrings.Training_Field_SortOrder, language: trainingStrings.Training_Field_Language, venue: trainingStrings.Training_Field_Venue,
    trainerId: trainingStrings.Training_Field_Trainer, owner: trainingStrings.Training_Field_Owner
  };
  return names[field] ?? field;
}

/**
 * The message naming every bad line of a multi-line field (materials, next events): `one` with the line's
 * number ("line 3"), `many` with all of them ("lines 2, 3 and 5"); undefined when `lines` is empty.
 */
export function badLinesText(lines: ReadonlyArray<number>, one: string, many: string): string | undefined {
  if (lines.length === 0) return undefined;
  if (lines.length === 1) return formatString(one, lines[0]);
  return formatString(many, formatString(trainingStrings.Training_LinesAnd, lines.slice(0, -1).join(', '), lines[lines.length - 1]));
}

/** A unique value (a module's code, a community's name) another item has: "“Code” is already used by “Project management basics”." */
function takenText(field: string, takenBy: string | undefined): string {
  return takenBy ? formatString(trainingStrings.Training_Refused_Taken, fieldLabel(field), takenBy) : formatString(trainingStrings.Training_Refused_Invalid, fieldLabel(field));
}

/** What a refusal of the training or community service says to the user, naming the field; any other error as the app words it. */
export function refusalText(e: unknown): string {
  if (e instanceof TrainingRefusedError) {
    switch (e.refusal) {
      case 'alreadyEnrolled': return trainingStrings.Training_Refused_AlreadyEnrolled;
      case 'sessionClosed': return trainingStrings.Training_Refused_SessionClosed;
      case 'notStarted': return trainingStrings.Training_Refused_NotStarted;
      case 'notFound': return trainingStrings.Training_Refused_NotFound;
      case 'notEnrolled': return trainingStrings.Training_Refused_NotEnrolled;
      case 'notPermitted': case 'notYours': return trainingStrings.Training_Refused_NotPermitted;
      case 'required': return formatString(trainingStrings.Training_Refused_Required, fieldLabel(e.field));
      case 'timeZoneInvalid': return trainingStrings.Training_Refused_TimeZone;
      case 'timeInvalid': return formatString(trainingStrings.Training_Refused_Time, fieldLabel(e.field));
      case 'dateOrder': return trainingStrings.Training_Refused_DateOrder;
      case 'taken': return takenText(e.field, e.takenBy);
      case 'tooLong': return formatString(trainingStrings.Training_Refused_TooLong, fieldLabel(e.field), TEXT_MAX_LENGTH);
      case 'dateOutOfRange': return formatString(trainingStrings.Training_Refused_DateRange, fieldLabel(e.field));
      default: return formatString(trainingStrings.Training_Refused_Invalid, fieldLabel(e.field));
    }
  }
  if (e instanceof CommunityRefusedError) {
    if (e.refusal === 'required') return formatString(trainingStrings.Training_Refused_Required, fieldLabel(e.field));
    if (e.refusal === 'notPermitted') return trainingStrings.Training_Refused_NotPermitted;
    if (e.refusal === 'notFound') return trainingStrings.Training_Refused_NotFound;
    if (e.refusal === 'taken') return takenText(e.field, e.takenBy);
    if (e.refusal === 'tooLong') return formatString(trainingStrings.Training_Refused_TooLong, fieldLabel(e.field), TEXT_MAX_LENGTH);
    return formatString(trainingStrings.Training_Refused_Invalid, fieldLabel(e.field));
  }
  return errorText(e);
}

/**
 * The message of a form's number typed in `locale` that cannot be taken (readFieldNumber), naming the
 * field by its label and showing `example` in the user's form ("“Seats”: enter a whole number such as
 * 12."), or undefined when the text is blank or a valid number.
 */
export function numberProblem(textValue: string, locale: string, field: string, rule: IFieldNumberRule, example: number): string | undefined {
  const r = readFieldNumber(textValue, locale, rule);
  if (r.ok) return undefined;
  const label = fieldLabel(field);
  switch (r.problem) {
    case 'whole': return formatString(trainingStrings.Training_Number_Whole, label, formatAmountFor(example, locale));
    case 'decimals': return formatString(strings.Amount_Decimals, label);
    case 'tooLarge': return formatString(trainingStrings.Training_Number_TooLarge, label, formatAmountFor(MAX_AMOUNT, locale));
    case 'tooSmall': return formatString(rule.above ? trainingStrings.Training_Number_Above : trainingStrings.Training_Number_AtLeast, label, formatAmountFor(rule.min, locale));
    default: return formatString(rule.decimals === 0 ? trainingStrings.Training_Number_Whole : trainingStrings.Training_Number_Invalid, label, formatAmountFor(example, locale));
  }
}

/** The value of a form's number that passed {@link numberProblem} (undefined when blank). */
export function numberValue(textValue: string, locale: string, rule: IFieldNumberRule): number | undefined {
  const r = readFieldNumber(textValue, locale, rule);
  return r.ok ? r.value : undefined;
}

/** The rules of the Training forms' numbers: hours (more than 0, two decimals), seats (1 or more), a step or order (0 or more). */
export const NUMBER_RULES: Readonly<Record<'hours' | 'seats' | 'order', IFieldNumberRule>> = {
  hours: { decimals: 2, min: 0, above: true },
  seats: { decimals: 0, min: 1 },
  order: { decimals: 0, min: 0 }
};
