/**
 * Training against the workbench (real PnPjs, the emulator's item-level security): one seat and two
 * concurrent enrolments give one seat and one waiting; a cancellation moves up exactly the first person
 * waiting (also two concurrent cancellations: both waiting move up, the third stays); the moved-up
 * trainee confirms their seat once; a trainee cannot change another trainee's enrolment (403 from
 * SharePoint) and cannot record attendance; trainers record it and see the roster; the .ics of a seat;
 * the seeded full session; times typed in the session's zone; validation naming the field.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { HELD_SESSION_DAYS, sessionValues, TrainingRefusedError, TrainingService, type ISessionInput } from './TrainingService';
import type { ITrainingModule } from './trainingRecords';
import { siteAddress } from './site';
import { REFERENCE_DATE } from '../../workbench/seed/dates';
import { demoUsers } from '../../workbench/directory';
import type { SPFI } from '../platform/pnp';
import { EnrolmentsList, TrainingModulesList, TrainingSessionsList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;
let moduleId: number;

const PMO = 'anna.schmidt@pmohub.demo';
const TRAINER = 'luc.moreau@pmohub.demo';
const TRAINEES = ['james.walker@pmohub.demo', 'lena.hoffmann@pmohub.demo', 'hugo.lefevre@pmohub.demo', 'femke.visser@pmohub.demo', 'luca.bianchi@pmohub.demo'];
const [JAMES, LENA, HUGO, FEMKE, LUCA] = TRAINEES;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
/** 'YYYY-MM-DDTHH:mm' `days` days from now (a future session's local time). */
const local = (days: number, time: string): string => `${new Date(Date.now() + days * 86400000).toISOString().slice(0, 10)}T${time}`;
const session = (capacity: number, extra: Partial<ISessionInput> = {}): Promise<number> =>
  as(PMO).training.saveSession({ moduleId, localStart: local(30, '09:00'), localEnd: local(30, '17:00'), timeZone: 'Europe/Brussels', capacity, language: 'en', venue: 'Brussels – Salle Europa', ...extra });
const kinds = async (user: string, sessionId: number): Promise<string[]> =>
  (await as(user).training.mySessions()).filter(e => e.session.id === sessionId).map(e => (e.status.kind === 'enrolled' ? 'enrolled' : e.status.kind === 'waiting' ? `waiting ${e.status.position}` : 'cancelled'));

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const modules = (await list(owner, TrainingModulesList.url).items.select('Id', 'Code')()) as Array<{ Id: number; Code: string }>;
  moduleId = modules.filter(m => m.Code === 'TR-PMB')[0].Id;
});

afterAll(async () => {
  await wb?.stop();
});

describe('the demo\'s seats', () => {
  it('greets nobody with "a seat is yours now" for a seat held from the start: the seeded seats count as seen (before any test moves someone up)', async () => {
    const notices: string[] = [];
    for (const u of demoUsers) {
      const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: u.userPrincipalName });
      const mine = await new TrainingService(env.sp, siteAddress(wb.siteUrl), { siteTimeZone: env.siteTimeZone, now: () => new Date(REFERENCE_DATE) }).mySessions();
      for (const e of mine) if (e.needsConfirmation) notices.push(`${u.userPrincipalName} #${e.id}`);
    }
    expect(notices).toEqual([]);
  });
});

describe('sessions held', () => {
  it('offers trainers the sessions held in the last 90 days, latest first, to record attendance; a trainee gets none', async () => {
    const on = (user: string): TrainingService => {
      const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user });
      return new TrainingService(env.sp, siteAddress(wb.siteUrl), { siteTimeZone: env.siteTimeZone, now: () => new Date(REFERENCE_DATE) });
    };
    const trainer = await on(TRAINER).catalogue();
    const ref = Date.parse(REFERENCE_DATE);
    expect(trainer.heldSessions.length).toBeGreaterThan(0);
    for (const h of trainer.heldSessions) {
      expect(Date.parse(h.endUtc)).toBeLessThan(ref);
      expect(Date.parse(h.endUtc)).toBeGreaterThanOrEqual(ref - HELD_SESSION_DAYS * 86400000);
    }
    const ends = trainer.heldSessions.map(h => Date.parse(h.endUtc));
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
    expect(trainer.sessions.every(x => Date.parse(x.endUtc) >= ref)).toBe(true);
    expect((await on(JAMES).catalogue()).heldSessions).toEqual([]);
  });

  it('names who can train (the Trainers and PMO Officers groups), and a session keeps the trainer chosen', async () => {
    const people = await as(PMO).training.trainers();
    const luc = people.filter(p => p.name === 'Luc Moreau')[0];
    expect(luc).toBeDefined();
    expect(people.map(p => p.name)).not.toContain('James Walker');
    expect(people.map(p => p.name)).toEqual([...people.map(p => p.name)].sort((a, b) => a.localeCompare(b)));
    const id = await session(4, { trainerId: luc.id });
    const shown = (await as(JAMES).training.catalogue()).sessions.filter(x => x.id === id)[0];
    expect(shown.trainer).toMatchObject({ id: luc.id, title: 'Luc Moreau' });
  });
});

describe('seats and the waiting list', () => {
  it('gives one seat and two concurrent enrolments one seat and one waiting place', async () => {
    const id = await session(1);
    const results = await Promise.all([as(JAMES).training.enrol(id), as(LENA).training.enrol(id)]);
    expect(results.map(r => r.status.kind).sort()).toEqual(['enrolled', 'waiting']);
    const first = results.filter(r => r.status.kind === 'enrolled')[0];
    const second = results.filter(r => r.status.kind === 'waiting')[0];
    // The order of the enrolments decides: the lower id holds the seat.
    expect(first.enrolmentId).toBeLessThan(second.enrolmentId);
    expect(second.status).toEqual({ kind: 'waiting', position: 1 });
    const shown = (await as(HUGO).training.catalogue()).sessions.filter(s => s.id === id)[0];
    expect(shown.counts).toEqual({ enrolled: 1, waiting: 1, free: 0 });
    // A second active enrolment of the same trainee is refused, naming the session.
    await expect(as(JAMES).training.enrol(id)).rejects.toMatchObject({ refusal: 'alreadyEnrolled', field: 'session' });
  });

  it('moves up exactly the first person waiting when a seat frees, and the moved-up trainee confirms their seat once', async () => {
    const id = await session(1);
    const a = await as(JAMES).training.enrol(id);
    const b = await as(LENA).training.enrol(id);
    const c = await as(HUGO).training.enrol(id);
    expect([a.status, b.status, c.status]).toEqual([{ kind: 'enrolled', seat: 1 }, { kind: 'waiting', position: 1 }, { kind: 'waiting', position: 2 }]);
    await as(JAMES).training.cancel(a.enrolmentId);
    expect(await kinds(JAMES, id)).toEqual(['cancelled']);
    expect(await kinds(LENA, id)).toEqual(['enrolled']);
    expect(await kinds(HUGO, id)).toEqual(['waiting 1']);
    // Lena moved up: the notice shows once, until she has seen it.
    const lena = (await as(LENA).training.mySessions()).filter(e => e.session.id === id)[0];
    expect(lena.needsConfirmation).toBe(true);
    await expect(as(LENA).training.confirmSeat(b.enrolmentId)).resolves.toEqual({ kind: 'enrolled', seat: 1 });
    expect((await as(LENA).training.mySessions()).filter(e => e.session.id === id)[0].needsConfirmation).toBe(false);
    const confirmedAt = ((await list(owner, EnrolmentsList.url).items.getById(b.enrolmentId).select('SeatConfirmedAt')()) as { SeatConfirmedAt: string }).SeatConfirmedAt;
    await as(LENA).training.confirmSeat(b.enrolmentId);
    expect(((await list(owner, EnrolmentsList.url).items.getById(b.enrolmentId).select('SeatConfirmedAt')()) as { SeatConfirmedAt: string }).SeatConfirmedAt).toBe(confirmedAt);
    // A trainee who got a seat at once has nothing to confirm.
    expect((await as(JAMES).training.mySessions()).every(e => !e.needsConfirmation || e.session.id !== id)).toBe(true);
  });

  it('moves up both people waiting, and only them, when two seats free at the same time', async () => {
    const id = await session(2);
    const enrolled = [];
    for (const u of [JAMES, LENA, HUGO, FEMKE, LUCA]) enrolled.push(await as(u).training.enrol(id));
    expect(enrolled.map(e => e.status.kind)).toEqual(['enrolled', 'enrolled', 'waiting', 'waiting', 'waiting']);
    await Promise.all([as(JAMES).training.cancel(enrolled[0].enrolmentId), as(LENA).training.cancel(enrolled[1].enrolmentId)]);
    expect(await kinds(HUGO, id)).toEqual(['enrolled']);
    expect(await kinds(FEMKE, id)).toEqual(['enrolled']);
    expect(await kinds(LUCA, id)).toEqual(['waiting 1']);
    expect((await as(PMO).training.catalogue()).sessions.filter(s => s.id === id)[0].counts).toEqual({ enrolled: 2, waiting: 1, free: 0 });
  });

  it('shows the seeded full session with its waiting list, and a trainee who enrols there waits', async () => {
    // The demo is dated from its reference day (workbench/seed/dates.ts), not from the clock: the
    // service reads it on that day, so the seeded session is still ahead whenever the test runs.
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: 'chiara.esposito@pmohub.demo' });
    const trainee = new TrainingService(env.sp, siteAddress(wb.siteUrl), { siteTimeZone: env.siteTimeZone, now: () => new Date(REFERENCE_DATE) });
    const full = (await trainee.catalogue()).sessions.filter(s => s.counts.free === 0 && s.counts.waiting === 2 && s.capacity === 6);
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ timeZone: 'Europe/Brussels', language: 'en', bookable: true, counts: { enrolled: 6, waiting: 2, free: 0 } });
    expect(full[0].onlineUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    await expect(trainee.enrol(full[0].id)).resolves.toMatchObject({ status: { kind: 'waiting', position: 3 } });
  });
});

describe('whose enrolment is whose', () => {
  it('lets no trainee change another trainee\'s enrolment: SharePoint answers 403, the service refuses first', async () => {
    const id = await session(3);
    const mine = await as(JAMES).training.enrol(id);
    const lena = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: LENA, schemaGuard: false }).sp;
    // The roster is readable (ReadSecurity 1) …
    const read = (await list(lena, EnrolmentsList.url).items.getById(mine.enrolmentId).select('Id', 'EnrolmentStatus')()) as { Id: number };
    expect(read.Id).toBe(mine.enrolmentId);
    // … but not writable (WriteSecurity 2).
    const refused = await list(lena, EnrolmentsList.url).items.getById(mine.enrolmentId).update({ EnrolmentStatus: 'Cancelled' }).catch((e: unknown) => e);
    expect(describeError(refused)).toMatchObject({ kind: 'forbidden', status: 403 });
    await expect(as(LENA).training.cancel(mine.enrolmentId)).rejects.toMatchObject({ refusal: 'notYours', field: 'enrolment' });
    expect(await kinds(JAMES, id)).toEqual(['enrolled']);
  });

  it('counts an enrolment naming someone else as participant nowhere (the participant must be its author)', async () => {
    const id = await session(1);
    const lena = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: LENA, schemaGuard: false }).sp;
    const james = ((await localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }).sp.web.currentUser.select('Id')()) as { Id: number }).Id;
    await list(lena, EnrolmentsList.url).items.add({ Title: 'forged', TrainingSessionId: id, ParticipantId: james, EnrolmentStatus: 'Enrolled' });
    await expect(as(HUGO).training.enrol(id)).resolves.toMatchObject({ status: { kind: 'enrolled', seat: 1 } });
  });
});

describe('sessions, invitations and attendance', () => {
  it('stores a session typed in its own zone in UTC, and refuses invalid input naming the field', async () => {
    const id = await session(4, { localStart: '2027-03-29T09:30', localEnd: '2027-03-29T12:00', timeZone: 'Europe/Brussels' });
    const item = (await list(owner, TrainingSessionsList.url).items.getById(id).select('SessionStart', 'SessionEnd', 'SessionTimeZone')()) as Record<string, string>;
    expect(item).toMatchObject({ SessionStart: '2027-03-29T07:30:00Z', SessionEnd: '2027-03-29T10:00:00Z', SessionTimeZone: 'Europe/Brussels' });
    await expect(session(4, { timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ refusal: 'timeZoneInvalid', field: 'timeZone' });
    await expect(session(4, { localStart: '2027-03-28T02:30', localEnd: '2027-03-28T04:00' })).rejects.toMatchObject({ refusal: 'timeInvalid', field: 'localStart' });
    await expect(session(4, { localEnd: local(29, '10:00') })).rejects.toMatchObject({ refusal: 'dateOrder', field: 'localEnd' });
    await expect(session(0)).rejects.toMatchObject({ refusal: 'invalid', field: 'capacity' });
    await expect(as(JAMES).training.saveSession({ moduleId, localStart: local(30, '09:00'), localEnd: local(30, '10:00'), timeZone: 'UTC', capacity: 3 }))
      .rejects.toBeInstanceOf(TrainingRefusedError);
  });

  it('gives an enrolled trainee the .ics of their seat, and none while they wait', async () => {
    const id = await session(1, { onlineUrl: 'https://teams.microsoft.com/l/meetup-join/test', trainerId: undefined, venue: undefined });
    const seat = await as(FEMKE).training.enrol(id);
    const waiting = await as(LUCA).training.enrol(id);
    const ics = await as(FEMKE).training.invite(seat.enrolmentId);
    expect(ics.fileName).toMatch(/\.ics$/);
    expect(ics.content).toContain('METHOD:PUBLISH');
    expect(ics.content).toContain(`UID:pmohub-enrolment-${seat.enrolmentId}@`);
    expect(ics.content.replace(/\r\n /g, '')).toContain('https://teams.microsoft.com/l/meetup-join/test');
    // The summary names the session as the page does: module – day and time in its zone, place or "Online".
    const summary = /^SUMMARY:(.*)$/m.exec(ics.content.replace(/\r\n /g, ''))?.[1] ?? '';
    expect(summary).toMatch(/ – .*\d{2}:\d{2}.*\\, Online$/);
    const german = await as(FEMKE).training.invite(seat.enrolmentId, { locale: 'de-DE', online: 'Online' });
    expect(/^SUMMARY:(.*)$/m.exec(german.content.replace(/\r\n /g, ''))?.[1]).toMatch(/ – \d{1,2}\. \S+ \d{4}\\, \d{2}:\d{2} /);
    await expect(as(LUCA).training.invite(waiting.enrolmentId)).rejects.toMatchObject({ refusal: 'notEnrolled', field: 'enrolment' });
  });

  it('lets trainers see the roster and record attendance and completion, not trainees; My learning follows the path', async () => {
    const id = await session(2);
    // The first trainee: one who has not completed the module yet.
    const learned = await Promise.all(TRAINEES.map(async u => ({ u, learning: await as(u).training.myLearning() })));
    const fresh = learned.filter(x => !x.learning.completions.some(c => c.moduleId === moduleId))[0];
    // The catalogue's lighter read of the completed modules agrees with My learning, for every trainee.
    for (const x of learned) expect((await as(x.u).training.myCompletedModules()).sort()).toEqual(Array.from(new Set(x.learning.completions.map(c => c.moduleId))).sort());
    expect(fresh).toBeDefined();
    const others = TRAINEES.filter(u => u !== fresh.u);
    for (const u of [fresh.u, others[0], others[1]]) await as(u).training.enrol(id);
    await expect(as(fresh.u).training.roster(id)).rejects.toMatchObject({ refusal: 'notPermitted', field: 'session' });
    const roster = await as(TRAINER).training.roster(id);
    expect(roster.lines.map(l => l.status.kind)).toEqual(['enrolled', 'enrolled', 'waiting']);
    expect(roster.lines.every(l => l.person.title.length > 0 && l.attendance === undefined)).toBe(true);
    const marks = [{ personId: roster.lines[0].person.id, attended: true, completed: true }, { personId: roster.lines[1].person.id, attended: false, completed: false }];
    // Not before the session has begun (it starts in 30 days) …
    await expect(as(TRAINER).training.recordAttendance(id, marks)).rejects.toMatchObject({ refusal: 'notStarted', field: 'session' });
    // … the trainer records it on its second day.
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: TRAINER });
    const later = new TrainingService(env.sp, siteAddress(wb.siteUrl), { siteTimeZone: env.siteTimeZone, now: () => new Date(Date.now() + 31 * 86400000) });
    await later.recordAttendance(id, marks);
    const after = await as(TRAINER).training.roster(id);
    expect(after.lines[0].attendance).toMatchObject({ attended: true, completed: true, completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(after.lines[1].attendance).toMatchObject({ attended: false, completed: false });
    expect(after.lines[2].attendance).toBeUndefined();
    // A roster read before that save (no attendance then: ETag '') is refused as a conflict, and nothing is written.
    const stale = [{ personId: roster.lines[0].person.id, attended: false, completed: false, etag: '' }];
    expect(describeError(await later.recordAttendance(id, stale).catch((e: unknown) => e)).kind).toBe('conflict');
    // With the ETag of the roster read after it, a save goes through; sent again with that ETag, it is refused (412).
    const seen = [{ personId: after.lines[0].person.id, attended: true, completed: true, etag: after.lines[0].attendance?.etag }];
    await later.recordAttendance(id, seen);
    expect(describeError(await later.recordAttendance(id, seen.map(m => ({ ...m, completed: false }))).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await as(TRAINER).training.roster(id)).lines[0].attendance).toMatchObject({ attended: true, completed: true });
    // A trainee cannot mark themselves complete: the service refuses, and SharePoint would (Read on TrainingAttendance).
    await expect(as(fresh.u).training.recordAttendance(id, [{ personId: roster.lines[0].person.id, attended: true, completed: true }])).rejects.toMatchObject({ refusal: 'notPermitted' });
    const learning = await as(fresh.u).training.myLearning();
    expect(learning.completions.some(c => c.sessionId === id && c.moduleId === moduleId)).toBe(true);
    const onPath = (l: typeof learning): number => l.paths.filter(p => p.total === 3)[0].done;
    expect(onPath(learning)).toBe(onPath(fresh.learning) + 1);
  });

  it('shows the trainee their learning path progress from the seeded completions, and completion rates per module, team and language', async () => {
    const chiara = await as('chiara.esposito@pmohub.demo').training.myLearning();
    const catalogue = await as('chiara.esposito@pmohub.demo').training.catalogue();
    const newPm = catalogue.paths.filter(p => p.steps.length === 3 && p.steps[0].moduleId === moduleId)[0];
    expect(newPm).toBeDefined();
    expect(chiara.paths.filter(p => p.pathId === newPm.id)[0]).toMatchObject({ done: 1, total: 3, next: newPm.steps[1].moduleId });
    expect(chiara.recommendedModuleIds[0]).toBe(newPm.steps[1].moduleId);
    // A path without modules is no choice for a trainee; the PMO still has it to fill.
    const empty = await as(PMO).training.savePath({ title: 'Path without modules yet', sortOrder: 0 });
    expect((await as('chiara.esposito@pmohub.demo').training.myLearning()).paths.map(p => p.pathId)).not.toContain(empty);
    expect((await as(PMO).training.catalogue()).paths.map(p => p.id)).toContain(empty);
    for (const by of ['module', 'team', 'language'] as const) {
      const rates = await as(PMO).training.completionRates(by);
      expect(rates.length).toBeGreaterThan(1);
      for (const r of rates) expect(r.completed).toBeLessThanOrEqual(r.enrolled);
    }
    expect((await as(PMO).training.completionRates('language')).map(r => r.key).sort()).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'it', 'nl']));
  });

  it('refuses a module, path or session saved from a catalogue read before another save, as a conflict, and writes nothing', async () => {
    const pmo = as(PMO).training;
    const id = await pmo.saveModule({ code: 'TR-ETAG', title: 'Stale saves', level: 'Foundation', format: 'Classroom', language: 'en' });
    const read = async (): Promise<ITrainingModule> => (await pmo.catalogue()).modules.filter(m => m.id === id)[0];
    const [a, b] = [await read(), await read()];
    expect(a.etag).toBeTruthy();
    await pmo.saveModule({ id, etag: a.etag, code: 'TR-ETAG', title: 'Saved first', level: 'Foundation', format: 'Classroom', language: 'en' });
    expect(describeError(await pmo.saveModule({ id, etag: b.etag, code: 'TR-ETAG', title: 'Saved second', level: 'Foundation', format: 'Classroom', language: 'en' }).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await read()).title).toBe('Saved first');
    const pathId = await pmo.savePath({ title: 'Path read twice', sortOrder: 9 });
    const path = (await pmo.catalogue()).paths.filter(p => p.id === pathId)[0];
    await pmo.savePath({ id: pathId, etag: path.etag, title: 'Path saved first', sortOrder: 9 });
    expect(describeError(await pmo.savePath({ id: pathId, etag: path.etag, title: 'Path saved second', sortOrder: 9 }).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await pmo.catalogue()).paths.filter(p => p.id === pathId)[0].title).toBe('Path saved first');
    const sessionId = await session(4);
    const held = (await pmo.catalogue()).sessions.filter(x => x.id === sessionId)[0];
    const input = { moduleId, localStart: local(30, '09:00'), localEnd: local(30, '17:00'), timeZone: 'Europe/Brussels', capacity: 4, language: 'en' };
    await pmo.saveSession({ ...input, id: sessionId, etag: held.etag, venue: 'Saved first' });
    expect(describeError(await pmo.saveSession({ ...input, id: sessionId, etag: held.etag, venue: 'Saved second' }).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await pmo.catalogue()).sessions.filter(x => x.id === sessionId)[0].venue).toBe('Saved first');
  });

  it('refuses a module code another module has, naming that module, and writes nothing; also when two saves race', async () => {
    const pmo = as(PMO).training;
    const base = { title: 'Copy of basics', level: 'Foundation' as const, format: 'Classroom' as const, language: 'en' };
    const before = (await list(owner, TrainingModulesList.url).items.select('Id').top(5000)()).length;
    // The seeded "Project management basics" has TR-PMB; SharePoint compares unique values without case.
    await expect(pmo.saveModule({ ...base, code: 'tr-pmb' })).rejects.toMatchObject({ refusal: 'taken', field: 'code', takenBy: 'Project management basics' });
    expect((await list(owner, TrainingModulesList.url).items.select('Id').top(5000)()).length).toBe(before);
    // Two new modules under one new code at the same time: one is saved, the other is told which one has it.
    const both = await Promise.allSettled([pmo.saveModule({ ...base, code: 'TR-RACE', title: 'Race one' }), pmo.saveModule({ ...base, code: 'TR-RACE', title: 'Race two' })]);
    expect(both.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.filter((r): r is PromiseRejectedResult => r.status === 'rejected')[0];
    expect(refused.reason).toMatchObject({ refusal: 'taken', field: 'code' });
    expect(['Race one', 'Race two']).toContain((refused.reason as TrainingRefusedError).takenBy);
  });
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  const session: ISessionInput = { moduleId: 1, localStart: '2027-06-15T09:00', localEnd: '2027-06-15T12:30', timeZone: 'Europe/Brussels', capacity: 12, venue: 'Room 4.12' };

  it('refuses a session whose times SharePoint does not hold (before 1900, after 8900) or whose place is over 255 characters, naming the field', () => {
    const refusal = (input: ISessionInput): unknown => { try { sessionValues(input); return undefined; } catch (e) { return e; } };
    expect(refusal({ ...session, localEnd: '8901-01-01T10:00' })).toMatchObject({ refusal: 'dateOutOfRange', field: 'localEnd' });
    expect(refusal({ ...session, localStart: '1899-12-31T10:00' })).toMatchObject({ refusal: 'dateOutOfRange', field: 'localStart' });
    expect(refusal({ ...session, venue: `${'z'.repeat(254)}📈` })).toMatchObject({ refusal: 'tooLong', field: 'venue' });
    expect(refusal({ ...session, venue: 'v'.repeat(255) })).toBeUndefined();
  });

  it('refuses a module title over 255 characters naming it, and writes nothing', async () => {
    const before = (await list(owner, TrainingModulesList.url).items.select('Id').top(5000)()).length;
    await expect(as(PMO).training.saveModule({ code: 'TR-LONG', title: 'x'.repeat(256), level: 'Foundation', format: 'Classroom', language: 'en' })).rejects.toMatchObject({ refusal: 'tooLong', field: 'title' });
    expect((await list(owner, TrainingModulesList.url).items.select('Id').top(5000)()).length).toBe(before);
  });
});
