/**
 * The training lists as PMO Hub reads them (TrainingModules, LearningPaths, TrainingSessions,
 * Enrolments, TrainingAttendance): row shapes, their selects and their mapping to the training
 * service's records. Pure; the service does the I/O.
 */
import {
  EnrolmentsList, LearningPathsList, lookupId, projected, TrainingAttendanceList, TrainingModulesList, TrainingSessionsList, type CheckedRow
} from '../schema/refs';
import { PERSPECTIVES, type Perspective } from '../domain/maturity';
import { parseMaterials, sessionCounts, type IEnrolmentRecord } from '../domain/training';
import { etagOf, num, text } from './itemValues';

const M = TrainingModulesList.fields;
const LP = LearningPathsList.fields;
const S = TrainingSessionsList.fields;
const E = EnrolmentsList.fields;
const TA = TrainingAttendanceList.fields;

/** A person as a roster or a session names them. */
export interface ITrainingPerson {
  id: number;
  title: string;
  email?: string;
}

/** A training module of the catalogue. */
export interface ITrainingModule {
  id: number;
  code: string;
  title: string;
  summary?: string;
  /** Target roles (TrainingModules.Audience codes). */
  audience: string[];
  level: 'Foundation' | 'Practitioner' | 'Advanced';
  durationHours?: number;
  format: 'Classroom' | 'Online' | 'ELearning';
  /** 'en', 'de', 'fr', 'nl' or 'it'. */
  language?: string;
  prerequisites?: string;
  /** The Materials column's links (http(s) and mailto only). */
  materials: Array<{ title: string; url: string }>;
  contentUrl?: string;
  communityId?: number;
  pathId?: number;
  pathStep?: number;
  perspectives: Perspective[];
  /** The maturity level (1–5) the module builds towards. */
  targetLevel?: number;
  active: boolean;
  /** The ETag of the module as read: a save sends it back (IModuleInput.etag), so a change saved meanwhile is refused (412). */
  etag?: string;
}

/** A learning path with its steps (modules by PathStep, then id). */
export interface ILearningPath {
  id: number;
  title: string;
  summary?: string;
  audience: string[];
  sortOrder?: number;
  steps: Array<{ moduleId: number; step: number }>;
  /** The ETag of the path as read (IPathInput.etag). */
  etag?: string;
}

/** A training session, with its seat counts derived from its active enrolments. */
export interface ITrainingSession {
  id: number;
  moduleId: number;
  title: string;
  /** ISO instants (UTC). */
  startUtc: string;
  endUtc: string;
  /** IANA zone the session is held in ('UTC' when none is recorded). */
  timeZone: string;
  venue?: string;
  onlineUrl?: string;
  trainer?: ITrainingPerson;
  /** Seats (MaxParticipants). */
  capacity: number;
  language?: string;
  /** The stored status: Planned, Open, Completed or Cancelled ('Full' is derived: `counts.free === 0`). */
  status: string;
  counts: { enrolled: number; waiting: number; free: number };
  /** Whether a trainee can enrol now: not cancelled, not held, not started. */
  bookable: boolean;
  /** The ETag of the session as read (ISessionInput.etag). */
  etag?: string;
}

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
type Url = { Url?: string | null; Description?: string | null } | null;
type Person = { Id?: number; Title?: string | null; EMail?: string | null } | null;
export type IModuleItem = CheckedRow<'TrainingModules', {
  Id: number; Title?: string | null; Code?: string | null; Summary?: string | null; Audience?: string[] | null; ModuleLevel?: string | null; DurationHours?: number | null;
  TrainingFormat?: string | null; Language?: string | null; Prerequisites?: string | null; Materials?: string | null; ContentUrl?: Url; CommunityId?: number | null;
  LearningPathId?: number | null; PathStep?: number | null; MaturityPerspectives?: string[] | null; TargetLevel?: number | null; IsActive?: boolean | null;
}>;
export type IPathItem = CheckedRow<'LearningPaths', { Id: number; Title?: string | null; Summary?: string | null; Audience?: string[] | null; SortOrder?: number | null }>;
export type ISessionItem = CheckedRow<'TrainingSessions', {
  Id: number; Title?: string | null; TrainingModuleId?: number | null; SessionStart?: string | null; SessionEnd?: string | null; Venue?: string | null; Trainer?: Person;
  MaxParticipants?: number | null; Language?: string | null; SessionStatus?: string | null; SessionTimeZone?: string | null; OnlineUrl?: Url;
}>;
export type IEnrolmentItem = CheckedRow<'Enrolments', {
  Id: number; Title?: string | null; TrainingSessionId?: number | null; ParticipantId?: number | null; AuthorId?: number | null; EnrolmentStatus?: string | null;
  SeatConfirmedAt?: string | null; CancelledAt?: string | null; Team?: string | null; Participant?: Person;
}>;
export type IAttendanceItem = CheckedRow<'TrainingAttendance', {
  Id: number; TrainingSessionId?: number | null; TrainingModuleId?: number | null; ParticipantId?: number | null; Attended?: boolean | null; Completed?: boolean | null; CompletedOn?: string | null;
}>;
/* eslint-enable @rushstack/no-new-null */

export const MODULE_SELECT: string[] = [
  M.Id, M.Title, M.Code, M.Summary, M.Audience, M.ModuleLevel, M.DurationHours, M.TrainingFormat, M.Language, M.Prerequisites, M.Materials, M.ContentUrl,
  lookupId(M.Community), lookupId(M.LearningPath), M.PathStep, M.MaturityPerspectives, M.TargetLevel, M.IsActive
];
export const PATH_SELECT: string[] = [LP.Id, LP.Title, LP.Summary, LP.Audience, LP.SortOrder];
export const SESSION_SELECT: string[] = [
  S.Id, S.Title, lookupId(S.TrainingModule), S.SessionStart, S.SessionEnd, S.Venue, projected(S.Trainer, 'Id'), projected(S.Trainer, 'Title'), projected(S.Trainer, 'EMail'),
  S.MaxParticipants, S.Language, S.SessionStatus, S.SessionTimeZone, S.OnlineUrl
];
export const ENROLMENT_SELECT: string[] = [E.Id, E.Title, lookupId(E.TrainingSession), lookupId(E.Participant), 'AuthorId', E.EnrolmentStatus, E.SeatConfirmedAt, E.CancelledAt, E.Team];
export const ATTENDANCE_SELECT: string[] = [TA.Id, lookupId(TA.TrainingSession), lookupId(TA.TrainingModule), lookupId(TA.Participant), TA.Attended, TA.Completed, TA.CompletedOn];

const LEVELS: ReadonlyArray<ITrainingModule['level']> = ['Foundation', 'Practitioner', 'Advanced'];
const FORMATS: ReadonlyArray<ITrainingModule['format']> = ['Classroom', 'Online', 'ELearning'];

/** A module item as the catalogue shows it. */
export function moduleOf(r: IModuleItem): ITrainingModule {
  const level = LEVELS.indexOf(r.ModuleLevel as ITrainingModule['level']) >= 0 ? (r.ModuleLevel as ITrainingModule['level']) : 'Foundation';
  const format = FORMATS.indexOf(r.TrainingFormat as ITrainingModule['format']) >= 0 ? (r.TrainingFormat as ITrainingModule['format']) : 'Classroom';
  return {
    id: r.Id, code: text(r.Code) ?? '', title: text(r.Title) ?? '', summary: text(r.Summary), audience: r.Audience ?? [], level, durationHours: num(r.DurationHours), format,
    language: text(r.Language), prerequisites: text(r.Prerequisites), materials: parseMaterials(r.Materials ?? ''), contentUrl: text(r.ContentUrl?.Url),
    communityId: num(r.CommunityId), pathId: num(r.LearningPathId), pathStep: num(r.PathStep),
    perspectives: (r.MaturityPerspectives ?? []).filter((p): p is Perspective => PERSPECTIVES.indexOf(p as Perspective) >= 0),
    targetLevel: num(r.TargetLevel), active: r.IsActive !== false, etag: etagOf(r as { 'odata.etag'?: string })
  };
}

/** The learning paths with their steps from the modules (active ones, by step then id), by SortOrder then title. */
export function pathsOf(rows: ReadonlyArray<IPathItem>, modules: ReadonlyArray<ITrainingModule>): ILearningPath[] {
  return rows.map(r => ({
    id: r.Id, title: text(r.Title) ?? '', summary: text(r.Summary), audience: r.Audience ?? [], sortOrder: num(r.SortOrder), etag: etagOf(r as { 'odata.etag'?: string }),
    steps: modules.filter(m => m.active && m.pathId === r.Id).sort((a, b) => (a.pathStep ?? 999) - (b.pathStep ?? 999) || a.id - b.id).map(m => ({ moduleId: m.id, step: m.pathStep ?? 999 }))
  })).sort((a, b) => (a.sortOrder ?? 999) - (b.sortOrder ?? 999) || a.title.localeCompare(b.title));
}

/**
 * An enrolment as the seat order counts it: its trainee is its author (SharePoint sets the author; the
 * Participant a client writes must equal it); an item whose participant differs holds no place.
 */
export function enrolmentRecord(r: IEnrolmentItem): IEnrolmentRecord | undefined {
  const author = num(r.AuthorId);
  const sessionId = num(r.TrainingSessionId);
  if (author === undefined || sessionId === undefined || num(r.ParticipantId) !== author) return undefined;
  return { id: r.Id, sessionId, traineeId: author, state: r.EnrolmentStatus === 'Cancelled' ? 'Cancelled' : 'Active', seatConfirmedAt: text(r.SeatConfirmedAt) };
}

/** A session item with its counts from its enrolment records, as of `now`. */
export function sessionOf(r: ISessionItem, records: ReadonlyArray<IEnrolmentRecord>, now: Date): ITrainingSession {
  const capacity = Math.max(0, num(r.MaxParticipants) ?? 0);
  const startUtc = text(r.SessionStart) ?? '';
  const status = text(r.SessionStatus) ?? 'Planned';
  const trainer = r.Trainer && num(r.Trainer.Id) !== undefined ? { id: r.Trainer.Id as number, title: text(r.Trainer.Title) ?? '', email: text(r.Trainer.EMail) } : undefined;
  return {
    id: r.Id, moduleId: num(r.TrainingModuleId) ?? 0, title: text(r.Title) ?? '', startUtc, endUtc: text(r.SessionEnd) ?? startUtc, timeZone: text(r.SessionTimeZone) ?? 'UTC',
    venue: text(r.Venue), onlineUrl: text(r.OnlineUrl?.Url), trainer, capacity, language: text(r.Language), status,
    counts: sessionCounts(capacity, records),
    bookable: status !== 'Cancelled' && status !== 'Completed' && !!startUtc && Date.parse(startUtc) > now.getTime(),
    etag: etagOf(r as { 'odata.etag'?: string })
  };
}
