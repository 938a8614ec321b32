/**
 * People development, training: the catalogue (learning paths, modules, upcoming sessions with their
 * seats), a trainee's enrolments with the waiting list, the calendar invitation, My learning, rosters
 * and attendance for trainers and the PMO, completion rates, and the PMO's and trainers' maintenance of
 * modules, paths and sessions.
 *
 * Seat order is DERIVED, never written to someone else's item (README, People development): a
 * session's active enrolments ordered by id; the first `MaxParticipants` hold seats, the rest wait.
 * Each trainee writes only their own enrolment (Enrolments: WriteSecurity 2), so a cancellation moves
 * up exactly the first person waiting, once, even under concurrent cancellations and enrolments.
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { FIRST_STORABLE_DAY, isStorableDay, LAST_STORABLE_DAY, readDateOnly, writeDateOnly, type IsoDay } from '../domain/dates';
import { fitToLength, isTooLong, TEXT_MAX_LENGTH } from '../domain/text';
import {
  completionRates as rateRows, enrolmentUid, hasSessionBegun, isValidTimeZone, needsSeatConfirmation, pathProgress, seatStatuses, sessionName, zonedToUtc, type IEnrolmentRecord, type SeatStatus
} from '../domain/training';
import { ChangedMeanwhileError, isDuplicateValueError } from './errors';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import { loadGroupUsers } from './pmoMembers';
import type { IListLocation, ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import {
  ATTENDANCE_SELECT, ENROLMENT_SELECT, enrolmentRecord, MODULE_SELECT, moduleOf, PATH_SELECT, pathsOf, SESSION_SELECT, sessionOf,
  type IAttendanceItem, type IEnrolmentItem, type ILearningPath, type IModuleItem, type IPathItem, type ISessionItem, type ITrainingModule, type ITrainingPerson,
  type ITrainingSession
} from './trainingRecords';
import {
  EnrolmentsList, LearningPathsList, lookupId, projected, ResourcesList, TrainingAttendanceList, TrainingModulesList, TrainingSessionsList
} from '../schema/refs';

export type { ILearningPath, ITrainingModule, ITrainingPerson, ITrainingSession } from './trainingRecords';

/** What the catalogue shows. */
export interface ITrainingCatalogue {
  paths: ILearningPath[];
  /** Active modules (the managers also get inactive ones), by code. */
  modules: ITrainingModule[];
  /** Sessions that have not ended, by start. */
  sessions: ITrainingSession[];
  /**
   * Sessions that ended in the last {@link HELD_SESSION_DAYS} days, the latest ended first, for those who record
   * attendance (trainers, PMO officers): attendance and completion are recorded after a course. Empty
   * for everyone else.
   */
  heldSessions: ITrainingSession[];
  canManage: ITrainingRights;
}

/** How far back (days) the sessions held are offered for recording attendance. */
export const HELD_SESSION_DAYS: number = 90;

/** What the current user may do, from their effective permissions. */
export interface ITrainingRights {
  /** Maintain modules, paths and sessions (trainers, PMO). */
  catalogue: boolean;
  /** See rosters and record attendance and completion (trainers, PMO officers). */
  attendance: boolean;
  /** Enrol in sessions (add an own Enrolments item): members of the site's contributing groups, not its visitors. */
  enrol: boolean;
}

/** One of the current user's enrolments. */
export interface IMyEnrolment {
  id: number;
  etag: string;
  session: ITrainingSession;
  status: SeatStatus;
  /** The trainee moved up to a seat and has not seen it yet: show the notice and the .ics offer once (then `confirmSeat`). */
  needsConfirmation: boolean;
}

/** My learning: the progress on each learning path, completions and what to take next. */
export interface IMyLearning {
  /** The path asked for; else the one with most progress; else the first. */
  chosenPathId?: number;
  paths: Array<{ pathId: number; done: number; total: number; next?: number }>;
  completions: Array<{ moduleId: number; sessionId: number; completedOn?: IsoDay }>;
  /** The next module of the chosen path, then of the others, without those completed. */
  recommendedModuleIds: number[];
}

/** A roster line: an enrolment with its seat or waiting position, and the attendance recorded. */
export interface IRosterLine {
  enrolmentId: number;
  person: ITrainingPerson;
  status: SeatStatus;
  team?: string;
  /** The attendance recorded, with its ETag as read. */
  attendance?: { id: number; attended: boolean; completed: boolean; completedOn?: IsoDay; etag?: string };
}

/** Attendance of one person of a session as a trainer records it. */
export interface IAttendanceInput {
  personId: number;
  attended: boolean;
  completed: boolean;
  /**
   * The ETag of the person's attendance as the roster showed it, '' when it showed none: the update is
   * sent with it (412, kind 'conflict', when someone saved it meanwhile), and a row added meanwhile is
   * refused with ChangedMeanwhileError. Omitted: the save writes over whatever is stored.
   */
  etag?: string;
}

/** A module as trainers and the PMO edit it. */
export interface IModuleInput {
  id?: number;
  /** With `id`: the ETag read (the item's `etag`); the update is refused with 412 (kind 'conflict') when it changed meanwhile. */
  etag?: string;
  code: string;
  title: string;
  summary?: string;
  audience?: string[];
  level?: ITrainingModule['level'];
  durationHours?: number;
  format?: ITrainingModule['format'];
  language?: string;
  prerequisites?: string;
  materials?: string;
  pathId?: number;
  pathStep?: number;
  perspectives?: string[];
  targetLevel?: number;
  active?: boolean;
}

/** A learning path as trainers and the PMO edit it. */
export interface IPathInput {
  id?: number;
  /** With `id`: the ETag read (the item's `etag`); the update is refused with 412 (kind 'conflict') when it changed meanwhile. */
  etag?: string;
  title: string;
  summary?: string;
  audience?: string[];
  sortOrder?: number;
}

/** A session as trainers and the PMO edit it: its times typed in its own zone. */
export interface ISessionInput {
  id?: number;
  /** With `id`: the ETag read (the item's `etag`); the update is refused with 412 (kind 'conflict') when it changed meanwhile. */
  etag?: string;
  moduleId: number;
  title?: string;
  /** 'YYYY-MM-DDTHH:mm' in `timeZone`. */
  localStart: string;
  localEnd: string;
  /** IANA zone, e.g. 'Europe/Brussels'. */
  timeZone: string;
  venue?: string;
  onlineUrl?: string;
  trainerId?: number;
  capacity: number;
  language?: string;
  status?: 'Planned' | 'Open' | 'Completed' | 'Cancelled';
}

/** Why the training service refused, before anything was written, and the field it is about. */
export class TrainingRefusedError extends Error {
  public readonly refusal:
    | 'alreadyEnrolled' | 'sessionClosed' | 'notStarted' | 'notFound' | 'notYours' | 'notEnrolled' | 'notPermitted' | 'required' | 'invalid' | 'timeZoneInvalid' | 'timeInvalid' | 'dateOrder'
    | 'taken'
    // Text over the 255 characters its column holds (never cut); a time whose day SharePoint does not hold (before 1900 or after 8900).
    | 'tooLong' | 'dateOutOfRange';
  public readonly field: string;
  /** 'taken': the title of the item that already has the value (a module's code), when it could be read. */
  public readonly takenBy?: string;
  public constructor(refusal: TrainingRefusedError['refusal'], field: string, takenBy?: string) {
    super(`${refusal}: ${field}`);
    this.name = 'TrainingRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.takenBy = takenBy;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, TrainingRefusedError.prototype);
  }
}

/** Training. Every write is also enforced by SharePoint (own enrolments only; trainers and the PMO maintain the catalogue and attendance). */
export interface ITrainingService {
  /** Paths, modules, upcoming sessions with counts, and the user's rights. */
  catalogue(): Promise<ITrainingCatalogue>;
  /** The user's enrolments (active and cancelled) with their seat or waiting position, by session start. */
  mySessions(): Promise<IMyEnrolment[]>;
  /**
   * Enrols the user (their own Enrolments item) and answers their place: a seat or a waiting position.
   * Refused ('alreadyEnrolled', field 'session') when they hold an active enrolment in the session (also
   * when two of their own enrolments race: the later is removed), and ('sessionClosed') for a cancelled,
   * held or started session; 'notFound' when the session does not exist.
   */
  enrol(sessionId: number): Promise<{ enrolmentId: number; status: SeatStatus }>;
  /** Cancels the user's own enrolment (ETag-guarded: 412 when it changed since `etag`; without one, since it was read now). */
  cancel(enrolmentId: number, etag?: string): Promise<void>;
  /** Records that the user saw their seat (SeatConfirmedAt, once; ETag-guarded with a re-read on 412). Answers the current status. */
  confirmSeat(enrolmentId: number): Promise<SeatStatus>;
  /**
   * The .ics invitation of the user's enrolment; refused ('notEnrolled', field 'enrolment') unless it holds a seat.
   * Its summary names the session as the page does ("<module> – <day and time in the session's zone>, <place or
   * Online>", `sessionName`) in `naming.locale` with `naming.online` for an online session; without `naming`, en-GB and "Online".
   */
  invite(enrolmentId: number, naming?: { locale: string; online: string }): Promise<{ fileName: string; content: string }>;
  /** The user's progress along the learning paths (completions recorded by trainers), and what to take next. */
  myLearning(pathId?: number): Promise<IMyLearning>;
  /**
   * The ids of the modules the user has completed (recorded by trainers), each once: one query of the
   * user's attendance, for the catalogue's prerequisite advice ("first complete …").
   */
  myCompletedModules(): Promise<number[]>;
  /**
   * Who can be a session's trainer: the members of the PMO Hub Trainers and PMO Officers groups (site
   * user id and name, by name). Empty when the caller may not see the groups' members.
   */
  trainers(): Promise<Array<{ id: number; name: string }>>;
  /** Trainers and PMO: a session's enrolled and waiting people with names, and attendance. */
  roster(sessionId: number): Promise<{ session: ITrainingSession; lines: IRosterLine[] }>;
  /** Trainers and PMO: records attendance and completion (completion on today's date in the site's zone). */
  recordAttendance(sessionId: number, entries: ReadonlyArray<IAttendanceInput>): Promise<void>;
  /** Completion rates of seats in sessions that have ended, per module (key: module id), team or language. */
  completionRates(by: 'module' | 'team' | 'language'): Promise<Array<{ key: string; enrolled: number; completed: number; rate: number | undefined }>>;
  /** Trainers and PMO: adds or updates a module; returns its id. */
  saveModule(input: IModuleInput): Promise<number>;
  /** Trainers and PMO: adds or updates a learning path; returns its id. */
  savePath(input: IPathInput): Promise<number>;
  /** Trainers and PMO: adds or updates a session (times typed in its own zone, stored in UTC); returns its id. */
  saveSession(input: ISessionInput): Promise<number>;
}

// ---------------------------------------------------------------- implementation

/** What the training service receives. */
export interface ITrainingServiceDeps {
  siteTimeZone: ISiteTimeZoneSource;
  /** The clock (tests pass one). */
  now?: () => Date;
}

const S = TrainingSessionsList.fields;
const E = EnrolmentsList.fields;
const M = TrainingModulesList.fields;
const LP = LearningPathsList.fields;
const TA = TrainingAttendanceList.fields;
const PAGE = 5000;
const LANGS: ReadonlyArray<string> = ['en', 'de', 'fr', 'nl', 'it'];

/** {@link ITrainingService} over PnPjs. */
export class TrainingService implements ITrainingService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: ITrainingServiceDeps;
  private me: Promise<number> | undefined;

  public constructor(sp: SPFI, site: ISiteAddress, deps: ITrainingServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: IListLocation, sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, l);
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }

  private userId(): Promise<number> {
    if (!this.me) {
      this.me = this.sp.web.currentUser.select('Id')().then(u => (u as { Id: number }).Id);
      this.me.catch(() => { this.me = undefined; });
    }
    return this.me;
  }

  /** The user's rights: EditListItems on TrainingSessions (catalogue), AddListItems on TrainingAttendance (attendance). */
  private async rights(): Promise<ITrainingRights> {
    const [catalogue, attendance, enrol] = await Promise.all([
      this.list(TrainingSessionsList).currentUserHasPermissions(PermissionKind.EditListItems),
      this.list(TrainingAttendanceList).currentUserHasPermissions(PermissionKind.AddListItems),
      this.list(EnrolmentsList).currentUserHasPermissions(PermissionKind.AddListItems)
    ]);
    return { catalogue, attendance, enrol };
  }

  private async sessionItems(filter?: string): Promise<ISessionItem[]> {
    let q = this.list(TrainingSessionsList).items.select(...SESSION_SELECT).expand(S.Trainer).orderBy(S.SessionStart).top(PAGE);
    if (filter) q = q.filter(filter);
    return (await q()) as ISessionItem[];
  }

  /** Every enrolment of the sessions (by id), as records. */
  private async enrolmentItems(sessionIds?: ReadonlyArray<number>): Promise<IEnrolmentItem[]> {
    const out: IEnrolmentItem[] = [];
    const chunks: Array<ReadonlyArray<number> | undefined> = [];
    if (!sessionIds) chunks.push(undefined);
    else for (let i = 0; i < sessionIds.length; i += 20) chunks.push(sessionIds.slice(i, i + 20));
    for (const chunk of chunks) {
      if (chunk && chunk.length === 0) continue;
      let q = this.list(EnrolmentsList).items.select(...ENROLMENT_SELECT).orderBy(E.Id).top(PAGE);
      if (chunk) q = q.filter(chunk.map(id => `${lookupId(E.TrainingSession)} eq ${id}`).join(' or '));
      for await (const page of q) out.push(...(page as IEnrolmentItem[]));
    }
    return out;
  }

  private static recordsBySession(items: ReadonlyArray<IEnrolmentItem>): Map<number, IEnrolmentRecord[]> {
    const out = new Map<number, IEnrolmentRecord[]>();
    for (const r of items) {
      const rec = enrolmentRecord(r);
      if (!rec) continue;
      const l = out.get(rec.sessionId) ?? [];
      l.push(rec);
      out.set(rec.sessionId, l);
    }
    return out;
  }

  private async modulesAndPaths(all: boolean): Promise<{ modules: ITrainingModule[]; paths: ILearningPath[] }> {
    const [moduleRows, pathRows] = await Promise.all([
      this.list(TrainingModulesList).items.select(...MODULE_SELECT).top(PAGE)() as Promise<IModuleItem[]>,
      this.list(LearningPathsList).items.select(...PATH_SELECT).top(PAGE)() as Promise<IPathItem[]>
    ]);
    const modules = moduleRows.map(moduleOf).filter(m => all || m.active).sort((a, b) => a.code.localeCompare(b.code));
    return { modules, paths: pathsOf(pathRows, modules) };
  }

  public async catalogue(): Promise<ITrainingCatalogue> {
    const now = this.now();
    const canManage = await this.rights();
    const since = new Date(now.getTime() - HELD_SESSION_DAYS * 86400000);
    const [{ modules, paths }, sessionRows, heldRows] = await Promise.all([
      this.modulesAndPaths(canManage.catalogue),
      this.sessionItems(`${S.SessionEnd} ge datetime'${now.toISOString()}'`),
      canManage.attendance ? this.sessionItems(`${S.SessionEnd} ge datetime'${since.toISOString()}' and ${S.SessionEnd} lt datetime'${now.toISOString()}'`) : Promise.resolve([])
    ]);
    const records = TrainingService.recordsBySession(await this.enrolmentItems([...sessionRows, ...heldRows].map(r => r.Id)));
    const of = (r: ISessionItem): ITrainingSession => sessionOf(r, records.get(r.Id) ?? [], now);
    return { paths, modules, canManage, sessions: sessionRows.map(of), heldSessions: heldRows.map(of).sort((a, b) => Date.parse(b.endUtc) - Date.parse(a.endUtc)) };
  }

  public async mySessions(): Promise<IMyEnrolment[]> {
    const me = await this.userId();
    const mine = (await this.list(EnrolmentsList).items.select(...ENROLMENT_SELECT).filter(`AuthorId eq ${me}`).orderBy(E.Id).top(PAGE)()) as IEnrolmentItem[];
    const sessionIds = Array.from(new Set(mine.map(r => num(r.TrainingSessionId)).filter((x): x is number => x !== undefined)));
    if (sessionIds.length === 0) return [];
    const [sessionRows, all] = await Promise.all([
      this.sessionItems(sessionIds.map(id => `${S.Id} eq ${id}`).join(' or ')),
      this.enrolmentItems(sessionIds)
    ]);
    const records = TrainingService.recordsBySession(all);
    const now = this.now();
    const out: IMyEnrolment[] = [];
    for (const r of mine) {
      const rec = enrolmentRecord(r);
      const s = sessionRows.filter(x => x.Id === rec?.sessionId)[0];
      if (!rec || !s) continue;
      const recs = records.get(s.Id) ?? [];
      const status = seatStatuses(num(s.MaxParticipants) ?? 0, recs).get(rec.id) ?? { kind: 'cancelled' };
      out.push({ id: r.Id, etag: etagOf(r as { 'odata.etag'?: string }), session: sessionOf(s, recs, now), status, needsConfirmation: needsSeatConfirmation(status, rec) });
    }
    return out.sort((a, b) => a.session.startUtc.localeCompare(b.session.startUtc) || a.id - b.id);
  }

  /** A session item and the seat statuses of its enrolments now. */
  private async sessionState(sessionId: number): Promise<{ session: ISessionItem; records: IEnrolmentRecord[]; statuses: Map<number, SeatStatus> }> {
    const session = (await this.sessionItems(`${S.Id} eq ${sessionId}`))[0];
    if (!session) throw new TrainingRefusedError('notFound', 'session');
    const records = TrainingService.recordsBySession(await this.enrolmentItems([sessionId])).get(sessionId) ?? [];
    return { session, records, statuses: seatStatuses(num(session.MaxParticipants) ?? 0, records) };
  }

  public async enrol(sessionId: number): Promise<{ enrolmentId: number; status: SeatStatus }> {
    const me = await this.userId();
    const before = await this.sessionState(sessionId);
    if (!sessionOf(before.session, before.records, this.now()).bookable) throw new TrainingRefusedError('sessionClosed', 'session');
    if (before.records.some(r => r.traineeId === me && r.state === 'Active')) throw new TrainingRefusedError('alreadyEnrolled', 'session');
    const team = await this.myTeam(me);
    const added = (await this.list(EnrolmentsList).items.add({
      [E.Title]: `${text(before.session.Title) ?? sessionId}`.slice(0, 255),
      [lookupId(E.TrainingSession)]: sessionId,
      [lookupId(E.Participant)]: me,
      [E.EnrolmentStatus]: 'Enrolled',
      ...(team ? { [E.Team]: team } : {})
    })) as { Id: number };
    const after = await this.sessionState(sessionId);
    // Two enrolments of the same trainee raced: the earlier one stands, this one is removed.
    if (after.records.some(r => r.traineeId === me && r.state === 'Active' && r.id < added.Id)) {
      await this.list(EnrolmentsList).items.getById(added.Id).delete();
      throw new TrainingRefusedError('alreadyEnrolled', 'session');
    }
    const status = after.statuses.get(added.Id) ?? { kind: 'cancelled' };
    // A seat at once is no move up: nothing to confirm later.
    if (status.kind === 'enrolled') await this.list(EnrolmentsList).items.getById(added.Id).update({ [E.SeatConfirmedAt]: this.now().toISOString() });
    return { enrolmentId: added.Id, status };
  }

  /** The user's team in the resource pool (Resources.Team), if they are in it. */
  private async myTeam(me: number): Promise<string | undefined> {
    const R = ResourcesList.fields;
    const rows = (await this.list(ResourcesList).items.select(R.Id, R.Team).filter(`${lookupId(R.ResourceUser)} eq ${me}`).top(1)().catch(() => [])) as Array<{ Team?: string }>;
    return text(rows[0]?.Team);
  }

  /** The user's own enrolment item (refused when it is someone else's or does not exist). */
  private async ownEnrolment(enrolmentId: number): Promise<IEnrolmentItem> {
    const me = await this.userId();
    const item = (await this.list(EnrolmentsList).items.getById(enrolmentId).select(...ENROLMENT_SELECT)().catch((e: unknown) => {
      if ((e as { status?: number }).status === 404) throw new TrainingRefusedError('notFound', 'enrolment');
      throw e;
    })) as IEnrolmentItem;
    if (num(item.AuthorId) !== me) throw new TrainingRefusedError('notYours', 'enrolment');
    return item;
  }

  public async cancel(enrolmentId: number, etag?: string): Promise<void> {
    const item = await this.ownEnrolment(enrolmentId);
    if (item.EnrolmentStatus === 'Cancelled') return;
    await this.list(EnrolmentsList).items.getById(enrolmentId)
      .update({ [E.EnrolmentStatus]: 'Cancelled', [E.CancelledAt]: this.now().toISOString() }, etag ?? etagOf(item as { 'odata.etag'?: string }));
  }

  public async confirmSeat(enrolmentId: number): Promise<SeatStatus> {
    for (let attempt = 0; ; attempt++) {
      const item = await this.ownEnrolment(enrolmentId);
      const { statuses } = await this.sessionState(num(item.TrainingSessionId) ?? 0);
      const status = statuses.get(enrolmentId) ?? { kind: 'cancelled' };
      if (status.kind !== 'enrolled' || text(item.SeatConfirmedAt)) return status;
      try {
        await this.list(EnrolmentsList).items.getById(enrolmentId).update({ [E.SeatConfirmedAt]: this.now().toISOString() }, etagOf(item as { 'odata.etag'?: string }));
        return status;
      } catch (e) {
        if ((e as { status?: number }).status !== 412 || attempt >= 4) throw e;
      }
    }
  }

  public async invite(enrolmentId: number, naming: { locale: string; online: string } = { locale: 'en-GB', online: 'Online' }): Promise<{ fileName: string; content: string }> {
    const item = await this.ownEnrolment(enrolmentId);
    const { session, statuses } = await this.sessionState(num(item.TrainingSessionId) ?? 0);
    if (statuses.get(enrolmentId)?.kind !== 'enrolled') throw new TrainingRefusedError('notEnrolled', 'enrolment');
    const moduleRow = (await this.list(TrainingModulesList).items.getById(num(session.TrainingModuleId) ?? 0).select(M.Id, M.Title, M.Summary)().catch(() => undefined)) as IModuleItem | undefined;
    const s = sessionOf(session, [], this.now());
    const host = /^https?:\/\/([^/:]+)/i.exec(this.site.url)?.[1] ?? 'pmohub';
    const me = (await this.sp.web.currentUser.select('Title', 'Email')()) as { Title?: string; Email?: string };
    // The .ics builder and its library load only when an invitation is made (not in the web part's first view).
    const { buildIcs } = await import(/* webpackChunkName: 'training-ics' */ '../domain/training/ics');
    const content = buildIcs({
      uid: enrolmentUid(enrolmentId, host),
      title: sessionName({ ...s, moduleTitle: text(moduleRow?.Title) ?? s.title }, naming.locale, naming.online),
      description: text(moduleRow?.Summary),
      startUtc: s.startUtc,
      endUtc: s.endUtc,
      location: s.venue,
      url: s.onlineUrl,
      organizer: s.trainer?.email ? { name: s.trainer.title, email: s.trainer.email } : undefined,
      attendee: me.Email ? { name: me.Title ?? me.Email, email: me.Email } : undefined
    });
    return { fileName: `${(text(moduleRow?.Title) ?? 'training').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'training'}-${s.startUtc.slice(0, 10)}.ics`, content };
  }

  private async attendanceRows(filter: string): Promise<IAttendanceItem[]> {
    const out: IAttendanceItem[] = [];
    for await (const page of this.list(TrainingAttendanceList).items.select(...ATTENDANCE_SELECT).filter(filter).top(PAGE)) out.push(...(page as IAttendanceItem[]));
    return out;
  }

  public async myLearning(pathId?: number): Promise<IMyLearning> {
    const me = await this.userId();
    const [{ modules, paths }, rows, zone] = await Promise.all([
      this.modulesAndPaths(false), this.attendanceRows(`${lookupId(TA.Participant)} eq ${me}`), this.deps.siteTimeZone.get()
    ]);
    const completions = rows.filter(r => r.Completed).map(r => ({ moduleId: num(r.TrainingModuleId) ?? 0, sessionId: num(r.TrainingSessionId) ?? 0, completedOn: readDateOnly(r.CompletedOn, zone) }));
    const done = new Set(completions.map(c => c.moduleId));
    // A path without (active) modules has nothing to follow: the trainee does not see it; the PMO still does in Manage.
    const progress = paths.map(p => ({ pathId: p.id, ...pathProgress(p.steps, done) })).filter(p => p.total > 0);
    const chosen = progress.filter(p => p.pathId === pathId)[0] ?? progress.slice().sort((a, b) => b.done - a.done)[0];
    const ordered = chosen ? [chosen, ...progress.filter(p => p !== chosen)] : progress;
    const recommended = ordered.map(p => p.next).filter((m): m is number => m !== undefined && !done.has(m) && modules.some(x => x.id === m));
    return { chosenPathId: chosen?.pathId, paths: progress, completions, recommendedModuleIds: Array.from(new Set(recommended)) };
  }

  public async myCompletedModules(): Promise<number[]> {
    const rows = await this.attendanceRows(`${lookupId(TA.Participant)} eq ${await this.userId()}`);
    return Array.from(new Set(rows.filter(r => r.Completed).map(r => num(r.TrainingModuleId) ?? 0)));
  }

  private async requireRight(right: keyof ITrainingRights, field: string): Promise<void> {
    if (!(await this.rights())[right]) throw new TrainingRefusedError('notPermitted', field);
  }

  public async trainers(): Promise<Array<{ id: number; name: string }>> {
    const users = await loadGroupUsers(this.sp, this.site, ['trainers', 'pmoOfficers']);
    return users.map(u => ({ id: u.Id, name: u.Title })).sort((a, b) => a.name.localeCompare(b.name));
  }

  public async roster(sessionId: number): Promise<{ session: ITrainingSession; lines: IRosterLine[] }> {
    await this.requireRight('attendance', 'session');
    const { session, records, statuses } = await this.sessionState(sessionId);
    const [items, attendance, zone] = await Promise.all([
      this.list(EnrolmentsList).items.select(...ENROLMENT_SELECT, projected(E.Participant, 'Title'), projected(E.Participant, 'EMail')).expand(E.Participant)
        .filter(`${lookupId(E.TrainingSession)} eq ${sessionId}`).orderBy(E.Id).top(PAGE)() as Promise<IEnrolmentItem[]>,
      this.attendanceRows(`${lookupId(TA.TrainingSession)} eq ${sessionId}`),
      this.deps.siteTimeZone.get()
    ]);
    const lines: IRosterLine[] = [];
    for (const r of items) {
      const status = statuses.get(r.Id);
      if (!status || status.kind === 'cancelled') continue;
      const personId = num(r.ParticipantId) ?? 0;
      const a = attendance.filter(x => num(x.ParticipantId) === personId)[0];
      lines.push({
        enrolmentId: r.Id, status, team: text(r.Team),
        person: { id: personId, title: text(r.Participant?.Title) ?? '', email: text(r.Participant?.EMail) },
        attendance: a ? { id: a.Id, attended: !!a.Attended, completed: !!a.Completed, completedOn: readDateOnly(a.CompletedOn, zone), etag: etagOf(a as { 'odata.etag'?: string }) } : undefined
      });
    }
    return { session: sessionOf(session, records, this.now()), lines };
  }

  public async recordAttendance(sessionId: number, entries: ReadonlyArray<IAttendanceInput>): Promise<void> {
    await this.requireRight('attendance', 'session');
    const { session } = await this.sessionState(sessionId);
    // Attendance and completion are facts of a session that has begun: nothing is recorded ahead of it.
    if (!hasSessionBegun(String(session.SessionStart ?? ''), this.now())) throw new TrainingRefusedError('notStarted', 'session');
    const [existing, zone] = await Promise.all([this.attendanceRows(`${lookupId(TA.TrainingSession)} eq ${sessionId}`), this.deps.siteTimeZone.get()]);
    const today = this.now().toISOString().slice(0, 10) as IsoDay;
    for (const e of entries) {
      if (!Number.isInteger(e.personId) || e.personId <= 0) throw new TrainingRefusedError('invalid', 'personId');
      const row = existing.filter(x => num(x.ParticipantId) === e.personId)[0];
      const completedOn = e.completed ? (row?.Completed ? row.CompletedOn ?? writeDateOnly(today, zone) : writeDateOnly(today, zone)) : null;
      const values = { [TA.Attended]: e.attended, [TA.Completed]: e.completed, [TA.CompletedOn]: completedOn };
      if (row && e.etag === '') throw new ChangedMeanwhileError(`The attendance of person ${e.personId} in session ${sessionId} was recorded since the roster was read.`);
      if (row) await this.list(TrainingAttendanceList).items.getById(row.Id).update(values, e.etag);
      else {
        await this.list(TrainingAttendanceList).items.add({
          [TA.Title]: `${text(session.Title) ?? sessionId}`.slice(0, 255), [lookupId(TA.TrainingSession)]: sessionId,
          [lookupId(TA.TrainingModule)]: num(session.TrainingModuleId) ?? null, [lookupId(TA.Participant)]: e.personId, ...values
        });
      }
    }
  }

  public async completionRates(by: 'module' | 'team' | 'language'): Promise<Array<{ key: string; enrolled: number; completed: number; rate: number | undefined }>> {
    const now = this.now();
    const sessions = await this.sessionItems(`${S.SessionStart} lt datetime'${now.toISOString()}'`);
    const held = sessions.filter(s => s.SessionStatus !== 'Cancelled');
    const [enrolments, attendance] = await Promise.all([this.enrolmentItems(held.map(s => s.Id)), this.attendanceRows(`${TA.Id} gt 0`)]);
    const records = TrainingService.recordsBySession(enrolments);
    const done = new Set(attendance.filter(a => a.Completed).map(a => `${num(a.TrainingSessionId)}:${num(a.ParticipantId)}`));
    const teams = new Map(enrolments.map(e => [e.Id, text(e.Team)] as const));
    const rows: Array<{ moduleId: number; team?: string; language?: string; enrolled: boolean; completed: boolean }> = [];
    for (const s of held) {
      const statuses = seatStatuses(num(s.MaxParticipants) ?? 0, records.get(s.Id) ?? []);
      for (const rec of records.get(s.Id) ?? []) {
        if (statuses.get(rec.id)?.kind !== 'enrolled') continue;
        rows.push({ moduleId: num(s.TrainingModuleId) ?? 0, team: teams.get(rec.id), language: text(s.Language), enrolled: true, completed: done.has(`${s.Id}:${rec.traineeId}`) });
      }
    }
    return rateRows(rows, by);
  }

  public async saveModule(input: IModuleInput): Promise<number> {
    await this.requireRight('catalogue', 'module');
    const code = (input.code ?? '').trim();
    if (code.length < 2 || code.length > 32) throw new TrainingRefusedError(code ? 'invalid' : 'required', 'code');
    if (!(input.title ?? '').trim()) throw new TrainingRefusedError('required', 'title');
    if (isTooLong(input.title)) throw new TrainingRefusedError('tooLong', 'title');
    if (input.durationHours !== undefined && !(input.durationHours >= 0 && input.durationHours <= 1000)) throw new TrainingRefusedError('invalid', 'durationHours');
    if (input.targetLevel !== undefined && !(Number.isInteger(input.targetLevel) && input.targetLevel >= 1 && input.targetLevel <= 5)) throw new TrainingRefusedError('invalid', 'targetLevel');
    if (input.pathStep !== undefined && !(Number.isInteger(input.pathStep) && input.pathStep >= 1)) throw new TrainingRefusedError('invalid', 'pathStep');
    if (input.language !== undefined && LANGS.indexOf(input.language) < 0) throw new TrainingRefusedError('invalid', 'language');
    const choices = TrainingModulesList.choices;
    if ((input.perspectives ?? []).some(p => choices.MaturityPerspectives.indexOf(p) < 0)) throw new TrainingRefusedError('invalid', 'perspectives');
    if ((input.audience ?? []).some(a => choices.Audience.indexOf(a) < 0)) throw new TrainingRefusedError('invalid', 'audience');
    // A code is unique (TrainingModules.Code, EnforceUniqueValues): the module that has it is named.
    const holder = await this.moduleWithCode(code, input.id);
    if (holder) throw new TrainingRefusedError('taken', 'code', holder);
    const values: Record<string, unknown> = {
      [M.Title]: input.title.trim(), [M.Code]: code, [M.Summary]: input.summary ?? null, [M.Audience]: input.audience ?? [], [M.ModuleLevel]: input.level ?? 'Foundation',
      [M.DurationHours]: input.durationHours ?? null, [M.TrainingFormat]: input.format ?? 'Classroom', [M.Language]: input.language ?? null, [M.Prerequisites]: input.prerequisites ?? null,
      [M.Materials]: input.materials ?? null, [lookupId(M.LearningPath)]: input.pathId ?? null, [M.PathStep]: input.pathStep ?? null,
      [M.MaturityPerspectives]: input.perspectives ?? [], [M.TargetLevel]: input.targetLevel ?? null, [M.IsActive]: input.active !== false
    };
    try {
      return await this.upsert(TrainingModulesList, input.id, values, input.etag);
    } catch (e) {
      // Saved at the same moment under the same code: SharePoint keeps the second out.
      if (isDuplicateValueError(e)) throw new TrainingRefusedError('taken', 'code', await this.moduleWithCode(code, input.id));
      throw e;
    }
  }

  /** The title of another module (not `exceptId`) whose code is `code`, compared as SharePoint compares unique values (trimmed, case-insensitive). */
  private async moduleWithCode(code: string, exceptId?: number): Promise<string | undefined> {
    const rows = (await this.list(TrainingModulesList).items.select(M.Id, M.Code, M.Title).top(PAGE)()) as IModuleItem[];
    const same = rows.filter(r => r.Id !== exceptId && (text(r.Code) ?? '').trim().toLowerCase() === code.trim().toLowerCase())[0];
    return same ? text(same.Title) ?? text(same.Code) ?? code : undefined;
  }

  /** Updates item `id` (with `etag` when given: 412 when it changed meanwhile) or adds one; the item's id. */
  private async upsert(l: IListLocation, id: number | undefined, values: Record<string, unknown>, etag?: string): Promise<number> {
    if (id !== undefined) {
      await this.list(l).items.getById(id).update(values, etag);
      return id;
    }
    return ((await this.list(l).items.add(values)) as { Id: number }).Id;
  }

  public async savePath(input: IPathInput): Promise<number> {
    await this.requireRight('catalogue', 'path');
    if (!(input.title ?? '').trim()) throw new TrainingRefusedError('required', 'title');
    if (input.sortOrder !== undefined && !(Number.isInteger(input.sortOrder) && input.sortOrder >= 0)) throw new TrainingRefusedError('invalid', 'sortOrder');
    if ((input.audience ?? []).some(a => LearningPathsList.choices.Audience.indexOf(a) < 0)) throw new TrainingRefusedError('invalid', 'audience');
    return this.upsert(LearningPathsList, input.id, { [LP.Title]: input.title.trim(), [LP.Summary]: input.summary ?? null, [LP.Audience]: input.audience ?? [], [LP.SortOrder]: input.sortOrder ?? null }, input.etag);
  }

  public async saveSession(input: ISessionInput): Promise<number> {
    await this.requireRight('catalogue', 'session');
    const values = sessionValues(input);
    const moduleRow = (await this.list(TrainingModulesList).items.select(M.Id, M.Title).filter(`${M.Id} eq ${Number(input.moduleId) || 0}`).top(1)()) as IModuleItem[];
    if (!moduleRow[0]) throw new TrainingRefusedError('required', 'moduleId');
    // The title made of the module's and the day (a module's title may use all 255 characters): cut between characters, not inside one.
    if (!values[S.Title]) values[S.Title] = fitToLength(`${text(moduleRow[0].Title) ?? ''} ${input.localStart.slice(0, 10)}`.trim(), TEXT_MAX_LENGTH);
    return this.upsert(TrainingSessionsList, input.id, values, input.etag);
  }
}

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A session's column values from the form, validated (TrainingRefusedError naming the field). */
export function sessionValues(input: ISessionInput): Record<string, unknown> {
  if (!isValidTimeZone(input.timeZone ?? '')) throw new TrainingRefusedError('timeZoneInvalid', 'timeZone');
  const utc = (value: string, field: string): string => {
    if (!LOCAL_MINUTE.test(value ?? '')) throw new TrainingRefusedError('timeInvalid', field);
    try {
      return zonedToUtc(value, input.timeZone);
    } catch {
      throw new TrainingRefusedError('timeInvalid', field);
    }
  };
  const start = utc(input.localStart, 'localStart');
  const end = utc(input.localEnd, 'localEnd');
  // SharePoint holds 1900–8900 in the site's zone: the session's own day, give or take a day, is checked.
  for (const [field, local] of [['localStart', input.localStart], ['localEnd', input.localEnd]] as const) {
    if (!isStorableDay(local.slice(0, 10)) || local.slice(0, 10) === FIRST_STORABLE_DAY || local.slice(0, 10) === LAST_STORABLE_DAY) throw new TrainingRefusedError('dateOutOfRange', field);
  }
  if (isTooLong(input.venue) || isTooLong(input.title)) throw new TrainingRefusedError('tooLong', isTooLong(input.venue) ? 'venue' : 'title');
  if (Date.parse(end) <= Date.parse(start)) throw new TrainingRefusedError('dateOrder', 'localEnd');
  if (!(Number.isInteger(input.capacity) && input.capacity >= 1 && input.capacity <= 10000)) throw new TrainingRefusedError('invalid', 'capacity');
  if (input.language !== undefined && LANGS.indexOf(input.language) < 0) throw new TrainingRefusedError('invalid', 'language');
  if (input.onlineUrl && !/^https:\/\/\S+$/i.test(input.onlineUrl)) throw new TrainingRefusedError('invalid', 'onlineUrl');
  if (input.status !== undefined && ['Planned', 'Open', 'Completed', 'Cancelled'].indexOf(input.status) < 0) throw new TrainingRefusedError('invalid', 'status');
  return {
    [S.Title]: (input.title ?? '').trim(), [lookupId(S.TrainingModule)]: input.moduleId, [S.SessionStart]: start, [S.SessionEnd]: end, [S.SessionTimeZone]: input.timeZone,
    [S.Venue]: input.venue ?? null, [S.OnlineUrl]: input.onlineUrl ? { Url: input.onlineUrl, Description: input.onlineUrl } : null, [lookupId(S.Trainer)]: input.trainerId ?? null,
    [S.MaxParticipants]: input.capacity, [S.Language]: input.language ?? null, [S.SessionStatus]: input.status ?? 'Open'
  };
}
