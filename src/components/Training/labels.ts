import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../domain/text';
import { sessionName, type SeatStatus } from '../../domain/training';
import type { ITrainingModule, ITrainingSession } from '../../services/TrainingService';

/** The module levels in the catalogue's order. */
export const LEVELS: ReadonlyArray<ITrainingModule['level']> = ['Foundation', 'Practitioner', 'Advanced'];
/** The module formats in the catalogue's order. */
export const FORMATS: ReadonlyArray<ITrainingModule['format']> = ['Classroom', 'Online', 'ELearning'];
/** The languages a module or session is given in (TrainingModules.Language codes). */
export const LANGUAGES: ReadonlyArray<string> = ['en', 'de', 'fr', 'nl', 'it'];

/** A module level's name in the user's language. */
export function levelLabel(level: ITrainingModule['level']): string {
  return level === 'Foundation' ? trainingStrings.Training_Level_Foundation : level === 'Practitioner' ? trainingStrings.Training_Level_Practitioner : trainingStrings.Training_Level_Advanced;
}

/** A module format's name in the user's language. */
export function formatLabel(format: ITrainingModule['format']): string {
  return format === 'Classroom' ? trainingStrings.Training_Format_Classroom : format === 'Online' ? trainingStrings.Training_Format_Online : trainingStrings.Training_Format_ELearning;
}

/** A language code's name in the user's language ('en' → "English"); an unknown code as it is. */
export function languageLabel(code: string | undefined): string {
  const names: Record<string, string> = {
    en: trainingStrings.Training_Lang_en, de: trainingStrings.Training_Lang_de, fr: trainingStrings.Training_Lang_fr, nl: trainingStrings.Training_Lang_nl, it: trainingStrings.Training_Lang_it
  };
  return code ? names[code] ?? code : '';
}

/** A target role's name (TrainingModules.Audience code) in the user's language; an unknown code as it is. */
export function audienceLabel(code: string): string {
  const names: Record<string, string> = {
    ProjectManager: trainingStrings.Training_Role_ProjectManager, PmoOfficer: trainingStrings.Training_Role_PmoOfficer, BoardMember: trainingStrings.Training_Role_BoardMember,
    Requester: trainingStrings.Training_Role_Requester, Trainee: trainingStrings.Training_Role_Trainee
  };
  return names[code] ?? code;
}

/** The user's place in a session: "Enrolled", "Waiting, position 2" or "Cancelled". */
export function seatText(status: SeatStatus): string {
  if (status.kind === 'enrolled') return trainingStrings.Training_Status_Enrolled;
  if (status.kind === 'waiting') return formatString(trainingStrings.Training_Status_Waiting, status.position);
  return trainingStrings.Training_Status_Cancelled;
}

/** A rate (0–1) as a whole percentage in the locale, or "–" when there is none. */
export function rateText(rate: number | undefined, locale: string): string {
  return rate === undefined ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** The viewer's IANA time zone: the browser's, UTC when it names none. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * A session as sentences and captions name it (the roster, the seat notice, the maintenance list):
 * "<module title> – <day and time in the session's zone>, <place or Online>"; the session's stored
 * title stands in when its module is not in `titles`.
 */
export function namedSession(s: Pick<ITrainingSession, 'moduleId' | 'title' | 'startUtc' | 'timeZone' | 'venue' | 'onlineUrl'>, titles: ReadonlyMap<number, string>, locale: string): string {
  return sessionName({ ...s, moduleTitle: titles.get(s.moduleId) ?? s.title }, locale, trainingStrings.Training_Session_Online);
}
