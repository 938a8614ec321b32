/**
 * The invitation's iCalendar text, parsed back. Sources: RFC 5545 (iCalendar) §3.1 content lines
 * (CRLF, folding after 75 octets with a leading space, never inside a UTF-8 sequence), §3.3.5 UTC times
 * ('Z'), §3.3.11 TEXT escaping (\\ \; \, \n), §3.8.4.7 UID; RFC 5546 §3.2.1 METHOD:PUBLISH (ORGANIZER
 * present, no ATTENDEE).
 */
import { enrolmentUid, type ICalendarInvite } from './index';
import { buildIcs } from './ics';

/** Content lines after unfolding (RFC 5545 §3.1), as [name with parameters, value]. */
function parse(text: string): Array<[string, string]> {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(l => l !== '').map(l => {
    const colon = l.indexOf(':', l.lastIndexOf('"') + 1);
    return [l.slice(0, colon), l.slice(colon + 1)];
  });
}

function value(lines: Array<[string, string]>, name: string): string | undefined {
  const hit = lines.filter(([n]) => n === name || n.startsWith(`${name};`))[0];
  return hit ? hit[1] : undefined;
}

const INVITE: ICalendarInvite = {
  uid: enrolmentUid(42, 'contoso.sharepoint.com'),
  title: 'PRINCE2 Foundation',
  description: 'Day 1 of 2. Bring the manual.',
  startUtc: '2026-10-25T09:00:00Z',
  endUtc: '2026-10-25T16:30:00Z',
  location: 'Brussels, Rue de la Loi 200',
  organizer: { name: 'Anna Verbeke', email: 'anna.verbeke@contoso.com' },
  attendee: { name: 'Marco Rossi', email: 'marco.rossi@contoso.com' },
  stampUtc: '2026-10-01T12:00:00Z'
};

describe('buildIcs', () => {
  it('one published event with UID, UTC times, summary, location and organizer', () => {
    const text = buildIcs(INVITE);
    const lines = parse(text);
    expect(lines[0]).toEqual(['BEGIN', 'VCALENDAR']);
    expect(lines[lines.length - 1]).toEqual(['END', 'VCALENDAR']);
    expect(value(lines, 'VERSION')).toBe('2.0');
    expect(value(lines, 'METHOD')).toBe('PUBLISH');
    expect(value(lines, 'PRODID')).toBe('-//PMO Hub//Training//EN');
    expect(lines.filter(([n, v]) => n === 'BEGIN' && v === 'VEVENT')).toHaveLength(1);
    expect(value(lines, 'UID')).toBe('pmohub-enrolment-42@contoso.sharepoint.com');
    expect(value(lines, 'DTSTART')).toBe('20261025T090000Z');
    expect(value(lines, 'DTEND')).toBe('20261025T163000Z');
    expect(value(lines, 'DTSTAMP')).toBe('20261001T120000Z');
    expect(value(lines, 'SUMMARY')).toBe('PRINCE2 Foundation');
    expect(value(lines, 'LOCATION')).toBe('Brussels\\, Rue de la Loi 200');
    expect(lines.filter(([n]) => n.startsWith('ORGANIZER'))).toEqual([['ORGANIZER;CN="Anna Verbeke"', 'MAILTO:anna.verbeke@contoso.com']]);
    expect(lines.filter(([n]) => n.startsWith('ATTENDEE'))).toEqual([]);
    expect(value(lines, 'DESCRIPTION')).toBe('Day 1 of 2. Bring the manual.\\n\\nMarco Rossi <marco.rossi@contoso.com>');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').indexOf('\n')).toBe(-1);
  });

  it('an online session: URL instead of a location; no organizer when the trainer is unknown', () => {
    const lines = parse(buildIcs({ uid: 'pmohub-enrolment-7@x', title: 'Scrum basics', startUtc: '2026-03-29T08:00:00Z', endUtc: '2026-03-29T10:00:00Z', url: 'https://teams.microsoft.com/l/meetup-join/abc?context=%7B%7D' }));
    expect(value(lines, 'URL')).toBe('https://teams.microsoft.com/l/meetup-join/abc?context=%7B%7D');
    expect(value(lines, 'LOCATION')).toBeUndefined();
    expect(value(lines, 'ORGANIZER')).toBeUndefined();
  });

  it('escapes commas, semicolons, backslashes and newlines in the title (RFC 5545 §3.3.11)', () => {
    const lines = parse(buildIcs({ ...INVITE, title: 'Risk, issues; change\nday 2 \\ final' }));
    expect(value(lines, 'SUMMARY')).toBe('Risk\\, issues\\; change\\nday 2 \\\\ final');
  });

  it('folds lines longer than 75 octets, counting UTF-8 octets and never splitting a character', () => {
    const title = 'Führung in Projekten – Qualitätsmanagement, Änderungssteuerung und Nutzenrealisierung für Fortgeschrittene';
    const text = buildIcs({ ...INVITE, title, description: 'x'.repeat(300) });
    const physical = text.split('\r\n').filter(l => l !== '');
    for (const l of physical) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some(l => l.startsWith(' '))).toBe(true);
    expect(physical.filter(l => l.startsWith('SUMMARY:') || l.startsWith(' ')).some(l => Buffer.byteLength(l, 'utf8') > l.length)).toBe(true);
    expect(value(parse(text), 'SUMMARY')).toBe(title.replace(/,/g, '\\,'));
    expect(value(parse(text), 'DESCRIPTION')).toBe('x'.repeat(300) + '\\n\\nMarco Rossi <marco.rossi@contoso.com>');
  });

  it('refuses an invalid invitation, naming the field', () => {
    expect(() => buildIcs({ ...INVITE, title: ' ' })).toThrow(/title/);
    expect(() => buildIcs({ ...INVITE, uid: '' })).toThrow(/uid/);
    expect(() => buildIcs({ ...INVITE, startUtc: 'tomorrow' })).toThrow(/startUtc/);
    expect(() => buildIcs({ ...INVITE, endUtc: INVITE.startUtc })).toThrow(/endUtc/);
    expect(() => buildIcs({ ...INVITE, url: 'javascript:alert(1)' })).toThrow(/url/);
    expect(() => buildIcs({ ...INVITE, organizer: { name: 'Anna', email: 'not an address' } })).toThrow(/organizer/);
  });

  it('keeps a quote in a name out of the quoted parameter (RFC 5545 §3.2)', () => {
    const lines = parse(buildIcs({ ...INVITE, organizer: { name: 'Anna "the trainer" Verbeke', email: 'anna.verbeke@contoso.com' } }));
    expect(lines.filter(([n]) => n.startsWith('ORGANIZER'))).toEqual([['ORGANIZER;CN="Anna the trainer Verbeke"', 'MAILTO:anna.verbeke@contoso.com']]);
  });
});
