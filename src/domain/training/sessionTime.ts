/**
 * A session's time as people read it: stored in UTC with the session's IANA time zone, shown in the
 * viewer's zone and — when the two zones' offsets differ at that moment — also in the session's own
 * local time with its zone named. `Intl` applies the tz database's rules (IANA tz; in the EU, summer
 * time from the last Sunday of March to the last Sunday of October at 01:00 UTC, Directive 2000/84/EC).
 */
import { formatDateTime, instantOf, offsetMinutesAt, wallClockAt } from '../dates';

/** A session's times (TrainingSessions: SessionStart, SessionEnd as ISO instants in UTC; SessionTimeZone, IANA). */
export interface ISessionTime {
  startUtc: string;
  endUtc: string;
  timeZone: string;
}

/** A session's time as text. `session` and `sessionZone` are present only when the zones differ at the start or the end. */
export interface ISessionTimeText {
  /** Day and time range in the viewer's zone, e.g. "25/10/2026, 09:00–12:30". */
  viewer: string;
  /**
   * The viewer's zone at that time in the locale, e.g. "Greenwich Mean Time"; for a session across a clock
   * change, each end's zone named by its own instant: "Central European Summer Time – Central European Standard Time".
   */
  viewerZone: string;
  /** Day and time range in the session's zone, e.g. "25/10/2026, 10:00–13:30". */
  session?: string;
  /** The session's zone at that time in the locale, e.g. "Central European Standard Time" (both ends' names across a clock change). */
  sessionZone?: string;
}

/** Whether a text is an IANA time zone the runtime knows (e.g. 'Europe/Brussels'). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone }).format(0);
    return true;
  } catch {
    return false;
  }
}

function checkZone(zone: string, what: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`${what}: unknown time zone '${zone}'`);
}

/** The zone's name at an instant in the locale (long form, e.g. "Central European Summer Time"). */
function zoneName(epochMs: number, zone: string, locale: string): string {
  const parts = (new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }) as unknown as {
    formatToParts(d: number): Array<{ type: string; value: string }>;
  }).formatToParts(epochMs); // formatToParts is ES2017 Intl, in every browser SPFx supports
  const part = parts.filter(p => p.type === 'timeZoneName')[0];
  return part ? part.value : zone;
}

/** The zone's name at the start and, when the clocks change before the end, at the end too: "<start's> – <end's>". */
function zoneNames(start: number, end: number, zone: string, locale: string): string {
  const from = zoneName(start, zone, locale);
  const to = zoneName(end, zone, locale);
  return from === to ? from : `${from} – ${to}`;
}

/** Start and end as one range: the end's day is repeated only when it differs from the start's. */
function range(start: number, end: number, zone: string, locale: string): string {
  const from = formatDateTime(new Date(start).toISOString(), locale, zone);
  const s = wallClockAt(start, zone);
  const e = wallClockAt(end, zone);
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  const to = sameDay
    ? new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(end)
    : formatDateTime(new Date(end).toISOString(), locale, zone);
  return sameDay ? `${from}–${to}` : `${from} – ${to}`;
}

/**
 * A session's time in the viewer's zone (`viewerZone`, the browser's `Intl` zone in the web part) and,
 * when the session's zone has another UTC offset at the start or at the end, in the session's zone too.
 * A session across a clock change names each end's zone by its own instant.
 * @param locale BCP 47 locale of the texts, e.g. 'en-GB', 'de-DE'.
 * @throws RangeError on an invalid start/end (end before start) or an unknown zone.
 */
export function sessionTimeText(t: ISessionTime, viewerZone: string, locale: string): ISessionTimeText {
  const start = Date.parse(t.startUtc);
  const end = Date.parse(t.endUtc);
  if (isNaN(start)) throw new RangeError(`sessionTimeText: invalid start '${t.startUtc}'`);
  if (isNaN(end) || end < start) throw new RangeError(`sessionTimeText: invalid end '${t.endUtc}'`);
  checkZone(viewerZone, 'sessionTimeText');
  checkZone(t.timeZone, 'sessionTimeText');
  const out: ISessionTimeText = { viewer: range(start, end, viewerZone, locale), viewerZone: zoneNames(start, end, viewerZone, locale) };
  if (offsetMinutesAt(start, viewerZone) !== offsetMinutesAt(start, t.timeZone) || offsetMinutesAt(end, viewerZone) !== offsetMinutesAt(end, t.timeZone)) {
    out.session = range(start, end, t.timeZone, locale);
    out.sessionZone = zoneNames(start, end, t.timeZone, locale);
  }
  return out;
}

const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The UTC instant ('YYYY-MM-DDTHH:mm:00Z', as SharePoint writes DateTime values) of a local time typed
 * in a zone — the PMO types a session's time in the session's own zone. A time the zone repeats when
 * summer time ends (e.g. 02:30 on 2026-10-25 in Europe/Brussels) is its first occurrence (summer time).
 * @throws RangeError on a malformed or impossible value, an unknown zone, or a local time that does not
 *   exist because the clocks jump forward (e.g. 02:00–02:59 on 2026-03-29 in Europe/Brussels).
 */
export function zonedToUtc(localIsoMinute: string, zone: string): string {
  const m = LOCAL_MINUTE.exec(localIsoMinute);
  if (!m) throw new RangeError(`zonedToUtc: expected 'YYYY-MM-DDTHH:mm', got '${localIsoMinute}'`);
  checkZone(zone, 'zonedToUtc');
  const wall = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: 0 };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  if (check.getUTCMonth() !== wall.month - 1 || check.getUTCDate() !== wall.day || check.getUTCHours() !== wall.hour || wall.hour > 23 || wall.minute > 59) {
    throw new RangeError(`zonedToUtc: no such time '${localIsoMinute}'`);
  }
  const t = instantOf(wall, zone);
  const back = wallClockAt(t, zone);
  if (back.year !== wall.year || back.month !== wall.month || back.day !== wall.day || back.hour !== wall.hour || back.minute !== wall.minute) {
    throw new RangeError(`zonedToUtc: ${localIsoMinute} does not exist in ${zone} (the clocks move forward then)`);
  }
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * Whether a session has begun at `now`: from its start instant on (inclusive), whatever the session's
 * or the viewer's zone — the start is stored in UTC, so "10:00 in Brussels" has begun at 09:00Z in
 * winter for a viewer anywhere. Attendance and completion are recorded only then (the Roster shows
 * its checkboxes, `TrainingService.recordAttendance` refuses earlier). A start that is not a valid
 * instant has not begun.
 * @param startUtc ISO instant of the start (TrainingSessions.SessionStart).
 */
export function hasSessionBegun(startUtc: string | undefined, now: Date): boolean {
  const start = Date.parse(String(startUtc ?? ''));
  return !isNaN(start) && start <= now.getTime();
}
