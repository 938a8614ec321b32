/**
 * Calendar events (`/me/events`, `/me/calendarView`) stored in SQLite. Instants are kept in UTC;
 * responses are in UTC unless `Prefer: outlook.timezone="..."` asks for another zone, as in Graph.
 * Attendees who are demo users get their own copy of the event (as Exchange delivers invitations).
 */
import { randomBytes } from 'node:crypto';
import { findDemoUser, type IDemoUser } from '../../directory';
import { evaluateFilter, filterUsage, parseFilter, readPath, type FilterNode } from './odata';
import { GraphHttpError, isRecord, noContent, ok, readJsonBody, type IGraphRequest, type IGraphResponse } from './protocol';
import { formatInZone, localToUtc, parseLocalDateTime, resolveZone } from './timezones';

/** Creates the events table; idempotent. */
export function initEventsTable(db: IGraphRequest['db']): void {
  db.exec(`CREATE TABLE IF NOT EXISTS graph_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    owner_id TEXT NOT NULL,
    ical_uid TEXT NOT NULL,
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS graph_events_owner_start ON graph_events(owner_id, start_utc);`);
}

const WRITABLE = [
  'subject', 'body', 'start', 'end', 'location', 'locations', 'attendees', 'isAllDay', 'isOnlineMeeting', 'onlineMeetingProvider',
  'importance', 'sensitivity', 'showAs', 'categories', 'reminderMinutesBeforeStart', 'isReminderOn', 'responseRequested',
  'allowNewTimeProposals', 'hideAttendees', 'recurrence', 'transactionId'
];

const EVENT_PROPS = [
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'transactionId', 'originalStartTimeZone',
  'originalEndTimeZone', 'iCalUId', 'uid', 'reminderMinutesBeforeStart', 'isReminderOn', 'hasAttachments', 'subject', 'bodyPreview',
  'importance', 'sensitivity', 'isAllDay', 'isCancelled', 'isOrganizer', 'responseRequested', 'seriesMasterId', 'showAs', 'type',
  'webLink', 'onlineMeetingUrl', 'isOnlineMeeting', 'onlineMeetingProvider', 'allowNewTimeProposals', 'occurrenceId', 'isDraft',
  'hideAttendees', 'responseStatus', 'body', 'start', 'end', 'location', 'locations', 'recurrence', 'attendees', 'organizer', 'onlineMeeting'
];

const FILTERABLE = ['start', 'end', 'subject', 'isAllDay', 'categories', 'showAs', 'importance', 'sensitivity', 'isCancelled', 'type',
  'createdDateTime', 'lastModifiedDateTime', 'organizer', 'iCalUId', 'seriesMasterId', 'isOrganizer', 'hasAttachments'];

const ORDERABLE = ['start/dateTime', 'end/dateTime', 'subject', 'createdDateTime', 'lastModifiedDateTime'];

/** A stored event: the Graph entity with start/end in UTC. */
type StoredEvent = Record<string, unknown> & { id: string; start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } };

interface IRow { id: string; owner_id: string; ical_uid: string; data: string }

function newEventId(): string {
  return `AAMkAGE${randomBytes(24).toString('base64url')}AAA=`;
}

function nowGraph(): string {
  const iso = new Date().toISOString();
  return `${iso.slice(0, 23)}0000Z`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlToText(s: string): string {
  return s.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\r?\n\s*\n+/g, '\n').trim();
}

function badBody(message: string): GraphHttpError {
  return new GraphHttpError(400, 'RequestBodyRead', message);
}

function invalidRequest(message: string): GraphHttpError {
  return new GraphHttpError(400, 'ErrorInvalidRequest', message);
}

/** Validates and converts a `dateTimeTimeZone` to a UTC instant (ms). */
function parseDateTimeTimeZone(v: unknown, field: string): { utc: number; zone: string } {
  if (!isRecord(v)) throw invalidRequest(`Your request can't be completed. The '${field}' property (dateTimeTimeZone with dateTime and timeZone) is required.`);
  const tzName = typeof v.timeZone === 'string' ? v.timeZone : '';
  const zone = tzName ? resolveZone(tzName) : undefined;
  if (!zone) {
    throw new GraphHttpError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${tzName}'.`);
  }
  const wall = typeof v.dateTime === 'string' ? parseLocalDateTime(v.dateTime) : undefined;
  if (wall === undefined) throw badBody(`Cannot convert the literal '${String(v.dateTime)}' to the expected type 'Edm.String' of '${field}/dateTime'.`);
  return { utc: localToUtc(wall, zone), zone: tzName };
}

function emailOf(u: IDemoUser): { name: string; address: string } {
  return { name: u.displayName, address: u.mail };
}

function normaliseAttendees(v: unknown): Array<Record<string, unknown>> {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw badBody("The property 'attendees' must be a collection of 'microsoft.graph.attendee'.");
  return v.map((a, i) => {
    if (!isRecord(a) || !isRecord(a.emailAddress) || typeof a.emailAddress.address !== 'string' || !a.emailAddress.address.includes('@')) {
      throw invalidRequest(`Your request can't be completed. attendees[${i}].emailAddress.address is missing or not an e-mail address.`);
    }
    const type = a.type === undefined ? 'required' : String(a.type);
    if (!['required', 'optional', 'resource'].includes(type)) {
      throw badBody(`Cannot convert the literal '${type}' to the expected type 'microsoft.graph.attendeeType'.`);
    }
    const known = findDemoUser(a.emailAddress.address);
    return {
      type,
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: typeof a.emailAddress.name === 'string' ? a.emailAddress.name : known?.displayName ?? a.emailAddress.address, address: a.emailAddress.address }
    };
  });
}

function normaliseLocation(v: unknown): Record<string, unknown> {
  const displayName = isRecord(v) && typeof v.displayName === 'string' ? v.displayName : '';
  if (!displayName) return { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  return { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private', address: {}, coordinates: {} };
}

function normaliseBody(v: unknown): { contentType: string; content: string } {
  if (v === undefined || v === null) return { contentType: 'text', content: '' };
  if (!isRecord(v)) throw badBody("The property 'body' must be an 'microsoft.graph.itemBody'.");
  const ct = v.contentType === undefined ? 'text' : String(v.contentType).toLowerCase();
  if (ct !== 'text' && ct !== 'html') throw badBody(`Cannot convert the literal '${String(v.contentType)}' to the expected type 'microsoft.graph.bodyType'.`);
  return { contentType: ct, content: typeof v.content === 'string' ? v.content : '' };
}

function checkProperties(body: Record<string, unknown>): void {
  for (const k of Object.keys(body)) {
    if (k.startsWith('@odata.')) continue;
    if (!WRITABLE.includes(k)) {
      throw badBody(`The property '${k}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
}

function utcText(ms: number): string {
  return formatInZone(ms, 'UTC');
}

/** Builds the stored entity of a new event organised by `organizer`. */
function buildEvent(body: Record<string, unknown>, organizer: IDemoUser): StoredEvent {
  checkProperties(body);
  const start = parseDateTimeTimeZone(body.start, 'start');
  const end = parseDateTimeTimeZone(body.end, 'end');
  if (end.utc < start.utc) throw invalidRequest("Your request can't be completed. The end of the event is before its start.");
  if (body.subject !== undefined && body.subject !== null && typeof body.subject !== 'string') throw badBody("The property 'subject' must be a string.");
  const id = newEventId();
  const now = nowGraph();
  const changeKey = randomBytes(12).toString('base64');
  const iCalUId = `040000008200E00074C5B7101A82E008${randomBytes(28).toString('hex').toUpperCase()}`;
  const itemBody = normaliseBody(body.body);
  const location = normaliseLocation(body.location);
  const isOnline = body.isOnlineMeeting === true;
  return {
    id,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey,
    categories: Array.isArray(body.categories) ? body.categories.map(String) : [],
    transactionId: typeof body.transactionId === 'string' ? body.transactionId : null,
    originalStartTimeZone: start.zone,
    originalEndTimeZone: end.zone,
    iCalUId,
    uid: iCalUId,
    reminderMinutesBeforeStart: typeof body.reminderMinutesBeforeStart === 'number' ? body.reminderMinutesBeforeStart : 15,
    isReminderOn: body.isReminderOn !== false,
    hasAttachments: false,
    subject: typeof body.subject === 'string' ? body.subject : '',
    bodyPreview: '',
    importance: typeof body.importance === 'string' ? body.importance : 'normal',
    sensitivity: typeof body.sensitivity === 'string' ? body.sensitivity : 'normal',
    isAllDay: body.isAllDay === true,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: body.responseRequested !== false,
    seriesMasterId: null,
    showAs: typeof body.showAs === 'string' ? body.showAs : 'busy',
    type: body.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: isOnline,
    onlineMeetingProvider: isOnline ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: body.allowNewTimeProposals !== false,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: body.hideAttendees === true,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: itemBody,
    start: { dateTime: utcText(start.utc), timeZone: 'UTC' },
    end: { dateTime: utcText(end.utc), timeZone: 'UTC' },
    location,
    locations: location.displayName ? [location] : [],
    recurrence: isRecord(body.recurrence) ? body.recurrence : null,
    attendees: normaliseAttendees(body.attendees),
    organizer: { emailAddress: emailOf(organizer) },
    onlineMeeting: isOnline ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(id)}` } : null
  };
}

function insert(req: IGraphRequest, ownerId: string, ev: StoredEvent): void {
  req.db.prepare('INSERT INTO graph_events (id, owner_id, ical_uid, start_utc, end_utc, data) VALUES (?, ?, ?, ?, ?, ?)')
    .run(ev.id, ownerId, String(ev.iCalUId), ev.start.dateTime, ev.end.dateTime, JSON.stringify(ev));
}

/** The preferences of `Prefer` headers Outlook endpoints honour. */
function preferences(req: IGraphRequest): { zone?: { name: string; iana: string }; text: boolean; applied: string[] } {
  const prefer = req.headers.prefer ?? '';
  const applied: string[] = [];
  let zone: { name: string; iana: string } | undefined;
  const tz = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer);
  if (tz) {
    const iana = resolveZone(tz[1]);
    if (!iana) throw new GraphHttpError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${tz[1]}'.`);
    zone = { name: tz[1], iana };
    applied.push(`outlook.timezone="${tz[1]}"`);
  }
  const text = /outlook\.body-content-type\s*=\s*"?text"?/i.test(prefer);
  if (text) applied.push('outlook.body-content-type="text"');
  return { zone, text, applied };
}

/** The event as returned to the caller: zone conversion, body content type, `@odata.etag`. */
function present(ev: StoredEvent, prefs: ReturnType<typeof preferences>, select: string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': `W/"${String(ev.changeKey)}"`, ...ev };
  if (prefs.zone) {
    const conv = (v: { dateTime: string }): { dateTime: string; timeZone: string } => ({
      dateTime: formatInZone(Date.parse(v.dateTime.slice(0, 23) + 'Z'), prefs.zone!.iana),
      timeZone: prefs.zone!.name
    });
    out.start = conv(ev.start);
    out.end = conv(ev.end);
  }
  const body = ev.body as { contentType: string; content: string };
  const text = body.contentType === 'html' ? htmlToText(body.content) : body.content;
  out.bodyPreview = text.slice(0, 255);
  if (prefs.text) out.body = { contentType: 'text', content: text };
  else if (body.contentType === 'text') {
    out.body = { contentType: 'html', content: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${escapeHtml(body.content).replace(/\r?\n/g, '<br>')}</body></html>` };
  }
  if (!select) return out;
  const picked: Record<string, unknown> = { '@odata.etag': out['@odata.etag'], id: ev.id };
  for (const k of select) picked[k] = out[k];
  return picked;
}

function parseEventSelect(req: IGraphRequest): string[] | undefined {
  const raw = req.query.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  return raw.split(',').map(s => s.trim()).filter(Boolean).map(s => {
    const hit = EVENT_PROPS.find(p => p.toLowerCase() === s.toLowerCase());
    if (!hit) throw new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${s}' on type 'Microsoft.OutlookServices.Event'.`);
    return hit;
  });
}

/** Normalises literals compared with `.../dateTime` to the stored form, so `ge '2026-11-01T00:00:00Z'` works. */
function normaliseDateLiterals(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'and': case 'or': return { ...node, left: normaliseDateLiterals(node.left), right: normaliseDateLiterals(node.right) };
    case 'not': return { ...node, operand: normaliseDateLiterals(node.operand) };
    case 'cmp': {
      if (/datetime$/i.test(node.property) && typeof node.value === 'string') {
        const ms = parseLocalDateTime(node.value);
        if (ms === undefined) throw new GraphHttpError(400, 'ErrorInvalidUrlQueryFilter', `The value '${node.value}' of '${node.property}' is not a valid date and time.`);
        const withZone = /(Z|[+-]\d\d:\d\d)$/.exec(node.value.trim());
        const utc = withZone && withZone[1] !== 'Z' ? Date.parse(node.value) : ms;
        return { ...node, value: utcText(utc) };
      }
      return node;
    }
    default: return node;
  }
}

function rowsOf(req: IGraphRequest, owner: IDemoUser): StoredEvent[] {
  const rows = req.db.prepare('SELECT data FROM graph_events WHERE owner_id = ? ORDER BY seq').all(owner.id) as unknown as Array<{ data: string }>;
  return rows.map(r => JSON.parse(r.data) as StoredEvent);
}

function assertOwnCalendar(req: IGraphRequest, owner: IDemoUser): void {
  if (owner.id !== req.caller.id) {
    throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
}

function listWith(req: IGraphRequest, owner: IDemoUser, events: StoredEvent[], context: string, defaultSort?: string): IGraphResponse {
  const prefs = preferences(req);
  const select = parseEventSelect(req);
  let rows = events;
  const filterSrc = req.query.get('$filter');
  if (filterSrc !== null && filterSrc.trim() !== '') {
    const tree = normaliseDateLiterals(parseFilter(filterSrc));
    for (const use of filterUsage(tree)) {
      const base = use.property.split('/')[0];
      if (use.property && !FILTERABLE.some(f => f.toLowerCase() === base.toLowerCase())) {
        throw new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${base}' on type 'Microsoft.OutlookServices.Event'.`);
      }
    }
    rows = rows.filter(e => evaluateFilter(tree, p => readPath(e, p)));
  }
  const orderRaw = req.query.get('$orderby') ?? defaultSort;
  if (orderRaw) {
    const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(orderRaw);
    const prop = m ? ORDERABLE.find(o => o.toLowerCase() === m[1].toLowerCase()) : undefined;
    if (!m || !prop) throw new GraphHttpError(400, 'RequestBroker--ParseUri', `The $orderby expression '${orderRaw}' is not supported.`);
    const dir = (m[2] ?? '').toLowerCase() === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => String(readPath(a, prop)).localeCompare(String(readPath(b, prop))) * dir);
  }
  const topRaw = req.query.get('$top');
  const skipRaw = req.query.get('$skip') ?? '0';
  const top = topRaw === null ? 10 : Number(topRaw);
  const skip = Number(skipRaw);
  if (!Number.isInteger(top) || top < 1 || top > 1000) throw new GraphHttpError(400, 'ErrorInvalidUrlQuery', `The value '${topRaw}' of $top is invalid. It must be between 1 and 1000.`);
  if (!Number.isInteger(skip) || skip < 0) throw new GraphHttpError(400, 'ErrorInvalidUrlQuery', `The value '${skipRaw}' of $skip is invalid.`);
  const page = rows.slice(skip, skip + top);
  const body: Record<string, unknown> = { '@odata.context': `${req.serviceRoot}/$metadata#users('${owner.id}')/${context}${select ? `(${select.join(',')})` : ''}` };
  if (skip + top < rows.length) {
    const q = new URLSearchParams(req.query);
    q.set('$top', String(top));
    q.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${req.serviceRoot}${req.path}?${q.toString().replace(/%24/g, '$').replace(/%2C/g, ',')}`;
  }
  body.value = page.map(e => present(e, prefs, select));
  return ok(body, 200, prefs.applied.length ? { 'Preference-Applied': prefs.applied.join(', ') } : {});
}

/** GET /users/{id}/events */
export function listEvents(req: IGraphRequest, owner: IDemoUser): IGraphResponse {
  assertOwnCalendar(req, owner);
  return listWith(req, owner, rowsOf(req, owner), 'events');
}

/** GET /users/{id}/calendarView?startDateTime=...&endDateTime=... */
export function calendarView(req: IGraphRequest, owner: IDemoUser): IGraphResponse {
  assertOwnCalendar(req, owner);
  const get = (name: string): string | null => {
    for (const [k, v] of req.query) if (k.toLowerCase() === name) return v;
    return null;
  };
  const s = get('startdatetime');
  const e = get('enddatetime');
  if (!s || !e) {
    throw new GraphHttpError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  }
  const parse = (v: string): number => {
    const ms = /(Z|[+-]\d\d:\d\d)$/.test(v.trim()) ? Date.parse(v) : parseLocalDateTime(v);
    if (ms === undefined || Number.isNaN(ms)) throw new GraphHttpError(400, 'ErrorInvalidParameter', `The value '${v}' of parameter 'StartDateTime/EndDateTime' is invalid.`);
    return ms;
  };
  const from = utcText(parse(s));
  const to = utcText(parse(e));
  const inWindow = rowsOf(req, owner).filter(ev => ev.start.dateTime < to && ev.end.dateTime > from);
  return listWith(req, owner, inWindow, 'calendarView', 'start/dateTime');
}

function loadOwn(req: IGraphRequest, owner: IDemoUser, id: string): StoredEvent {
  const row = req.db.prepare('SELECT id, owner_id, ical_uid, data FROM graph_events WHERE id = ?').get(id) as unknown as IRow | undefined;
  if (!row || row.owner_id !== owner.id) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return JSON.parse(row.data) as StoredEvent;
}

/** GET /users/{id}/events/{eventId} */
export function getEvent(req: IGraphRequest, owner: IDemoUser, id: string): IGraphResponse {
  assertOwnCalendar(req, owner);
  const ev = loadOwn(req, owner, id);
  const prefs = preferences(req);
  const select = parseEventSelect(req);
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#users('${owner.id}')/events${select ? `(${select.join(',')})` : ''}/$entity`, ...present(ev, prefs, select) },
    200, prefs.applied.length ? { 'Preference-Applied': prefs.applied.join(', ') } : {});
}

/** POST /users/{id}/events — 201 with the created event; attendees who are demo users get a copy. */
export function createEvent(req: IGraphRequest, owner: IDemoUser): IGraphResponse {
  assertOwnCalendar(req, owner);
  const ev = buildEvent(readJsonBody(req), owner);
  req.db.exec('BEGIN');
  try {
    insert(req, owner.id, ev);
    for (const a of ev.attendees as Array<{ emailAddress: { address: string } }>) {
      const invitee = findDemoUser(a.emailAddress.address);
      if (!invitee || invitee.id === owner.id) continue;
      insert(req, invitee.id, {
        ...ev,
        id: newEventId(),
        isOrganizer: false,
        responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
        webLink: ev.webLink
      });
    }
    req.db.exec('COMMIT');
  } catch (e) {
    req.db.exec('ROLLBACK');
    throw e;
  }
  const prefs = preferences(req);
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#users('${owner.id}')/events/$entity`, ...present(ev, prefs, undefined) }, 201,
    { Location: `${req.serviceRoot}/users('${owner.id}')/events('${ev.id}')`, ...(prefs.applied.length ? { 'Preference-Applied': prefs.applied.join(', ') } : {}) });
}

/** PATCH /users/{id}/events/{eventId} */
export function updateEvent(req: IGraphRequest, owner: IDemoUser, id: string): IGraphResponse {
  assertOwnCalendar(req, owner);
  const current = loadOwn(req, owner, id);
  const patch = readJsonBody(req);
  checkProperties(patch);
  const merged = buildEvent({
    subject: current.subject, body: current.body, categories: current.categories, importance: current.importance, sensitivity: current.sensitivity,
    showAs: current.showAs, isAllDay: current.isAllDay, isOnlineMeeting: current.isOnlineMeeting, attendees: current.attendees,
    location: current.location, reminderMinutesBeforeStart: current.reminderMinutesBeforeStart, isReminderOn: current.isReminderOn,
    start: { dateTime: current.start.dateTime, timeZone: 'UTC' }, end: { dateTime: current.end.dateTime, timeZone: 'UTC' },
    ...patch
  }, owner);
  const updated: StoredEvent = {
    ...merged,
    id: current.id, createdDateTime: current.createdDateTime, iCalUId: current.iCalUId, uid: current.uid, webLink: current.webLink,
    isOrganizer: current.isOrganizer, responseStatus: current.responseStatus, organizer: current.organizer,
    originalStartTimeZone: patch.start ? merged.originalStartTimeZone : current.originalStartTimeZone,
    originalEndTimeZone: patch.end ? merged.originalEndTimeZone : current.originalEndTimeZone
  };
  req.db.prepare('UPDATE graph_events SET start_utc = ?, end_utc = ?, data = ? WHERE id = ?')
    .run(updated.start.dateTime, updated.end.dateTime, JSON.stringify(updated), id);
  const prefs = preferences(req);
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#users('${owner.id}')/events/$entity`, ...present(updated, prefs, undefined) });
}

/** DELETE /users/{id}/events/{eventId} — the organiser's delete also removes the attendees' copies. */
export function deleteEvent(req: IGraphRequest, owner: IDemoUser, id: string): IGraphResponse {
  assertOwnCalendar(req, owner);
  const ev = loadOwn(req, owner, id);
  if (ev.isOrganizer) req.db.prepare('DELETE FROM graph_events WHERE ical_uid = ?').run(String(ev.iCalUId));
  else req.db.prepare('DELETE FROM graph_events WHERE id = ?').run(id);
  return noContent();
}
