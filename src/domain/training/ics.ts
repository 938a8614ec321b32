/**
 * A training session's calendar invitation as iCalendar text (RFC 5545), built with the maintained
 * `ics` library: one VEVENT, METHOD:PUBLISH (RFC 5546 §3.2.1: the file is imported, not an invitation
 * to reply), times in UTC ('Z'), the enrolment's stable UID (re-importing updates the same event).
 * This module is NOT re-exported from the folder's index: the web part imports it lazily, so the
 * library is loaded only when a trainee downloads an invitation.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { ICalendarInvite } from './invite';

/** PRODID (RFC 5545 §3.7.3). */
const PRODUCT_ID = '-//PMO Hub//Training//EN';
/** The longest content line in octets, without its CRLF (RFC 5545 §3.1). */
const MAX_OCTETS = 75;
const EMAIL = /^[^\s@"<>]+@[^\s@"<>]+$/;

function fail(field: keyof ICalendarInvite, problem: string): never {
  throw new Error(`Calendar invitation: ${field} ${problem}`);
}

function instant(field: 'startUtc' | 'endUtc' | 'stampUtc', value: string): number {
  const t = Date.parse(value);
  if (!value || isNaN(t)) fail(field, `is not a date and time: '${value}'`);
  return t;
}

/** A person's name as a quoted parameter value may hold it: no DQUOTE, no control characters (RFC 5545 §3.2). */
function paramText(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return name.replace(/["\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function person(field: 'organizer' | 'attendee', p: { name: string; email: string }): { name: string; email: string } {
  if (!EMAIL.test(p.email ?? '')) fail(field, `has no valid e-mail address: '${p.email}'`);
  return { name: paramText(p.name ?? '') || p.email, email: p.email };
}

function attributesOf(invite: ICalendarInvite): EventAttributes {
  if (!invite.uid || /[\s]/.test(invite.uid)) fail('uid', 'is missing or contains spaces');
  if (!invite.title || !invite.title.trim()) fail('title', 'is missing');
  const start = instant('startUtc', invite.startUtc);
  const end = instant('endUtc', invite.endUtc);
  if (end <= start) fail('endUtc', 'is not after the start');
  if (invite.url !== undefined && !/^https?:\/\/\S+$/i.test(invite.url)) fail('url', `is not an http(s) link: '${invite.url}'`);
  const attendee = invite.attendee ? person('attendee', invite.attendee) : undefined;
  const description = [invite.description?.trim(), attendee ? `${attendee.name} <${attendee.email}>` : undefined].filter(Boolean).join('\n\n');
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID, method: 'PUBLISH', uid: invite.uid, title: invite.title.trim(),
    start, startInputType: 'utc', startOutputType: 'utc', end, endInputType: 'utc', endOutputType: 'utc',
    timestamp: invite.stampUtc ? instant('stampUtc', invite.stampUtc) : Date.now(), // `ics` reads it (DTSTAMP); its types omit it
    status: 'CONFIRMED', busyStatus: 'BUSY'
  };
  if (description) attributes.description = description;
  if (invite.location?.trim()) attributes.location = invite.location.trim();
  if (invite.url) attributes.url = invite.url;
  if (invite.organizer) attributes.organizer = person('organizer', invite.organizer);
  return attributes;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One content line folded after at most 75 octets, continuation lines starting with a space; never inside a UTF-8 sequence (RFC 5545 §3.1). */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/**
 * The .ics text of an invitation (CRLF line ends, lines folded at 75 octets; text values escaped by
 * `ics` per RFC 5545 §3.3.11: backslash, semicolon, comma and newline).
 * @throws Error naming the bad field (uid, title, startUtc, endUtc, url, organizer, attendee, stampUtc),
 *   or the library's own message prefixed with 'Calendar invitation:'.
 */
export function buildIcs(invite: ICalendarInvite): string {
  const { error, value } = createEvent(attributesOf(invite));
  if (error || !value) throw new Error(`Calendar invitation: ${error ? error.message : 'no content'}`);
  // `ics` folds at 75 characters; unfold (RFC 5545 §3.1) and fold again at 75 octets.
  const lines = value.replace(/\r\n[ \t]/g, '').split('\r\n').filter(l => l !== '');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
