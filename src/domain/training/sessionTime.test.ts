/**
 * A session's time across zones and daylight-saving changes. Sources: the IANA tz database (the rules
 * `Intl` applies) and Directive 2000/84/EC of the European Parliament and of the Council on summer-time
 * arrangements: summer time begins and ends at 01:00 UTC on the last Sunday of March and of October —
 * in 2026 on 29 March and 25 October. The United Kingdom applies the same dates; the United States
 * ends summer time on the first Sunday of November (1 November 2026).
 */
import { hasSessionBegun, isValidTimeZone, sessionTimeText, zonedToUtc } from './index';

const BRUSSELS = 'Europe/Brussels';

/** A two-hour session starting at 10:00 Brussels time on a day, via the PMO's form. */
function session(day: string): { startUtc: string; endUtc: string; timeZone: string } {
  return { startUtc: zonedToUtc(`${day}T10:00`, BRUSSELS), endUtc: zonedToUtc(`${day}T12:00`, BRUSSELS), timeZone: BRUSSELS };
}

describe('zonedToUtc', () => {
  it('winter (CET, UTC+1) and summer (CEST, UTC+2) in Brussels', () => {
    expect(zonedToUtc('2026-01-15T10:00', BRUSSELS)).toBe('2026-01-15T09:00:00Z');
    expect(zonedToUtc('2026-07-15T10:00', BRUSSELS)).toBe('2026-07-15T08:00:00Z');
  });

  it('the change days of 2026: 29 March (summer time from 01:00 UTC) and 25 October (winter time from 01:00 UTC)', () => {
    expect(zonedToUtc('2026-03-29T01:59', BRUSSELS)).toBe('2026-03-29T00:59:00Z');
    expect(zonedToUtc('2026-03-29T03:00', BRUSSELS)).toBe('2026-03-29T01:00:00Z');
    expect(zonedToUtc('2026-03-29T10:00', BRUSSELS)).toBe('2026-03-29T08:00:00Z');
    expect(zonedToUtc('2026-10-25T10:00', BRUSSELS)).toBe('2026-10-25T09:00:00Z');
    // 02:30 happens twice on 25 October: the first (still summer time) is taken.
    expect(zonedToUtc('2026-10-25T02:30', BRUSSELS)).toBe('2026-10-25T00:30:00Z');
  });

  it('refuses 02:30 on 29 March 2026 in Brussels: the clocks jump from 02:00 to 03:00', () => {
    expect(() => zonedToUtc('2026-03-29T02:30', BRUSSELS)).toThrow(RangeError);
    expect(() => zonedToUtc('2026-03-29T02:00', BRUSSELS)).toThrow(/does not exist/);
    // The same wall time exists in London (its change is at 01:00 local).
    expect(zonedToUtc('2026-03-29T02:30', 'Europe/London')).toBe('2026-03-29T01:30:00Z');
  });

  it('refuses malformed or impossible values and unknown zones', () => {
    for (const bad of ['2026-03-29 10:00', '2026-02-30T10:00', '2026-01-15T24:00', '2026-01-15T10:60', '2026-01-15T10:00:00']) {
      expect(() => zonedToUtc(bad, BRUSSELS)).toThrow(RangeError);
    }
    expect(() => zonedToUtc('2026-01-15T10:00', 'Europe/Atlantis')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones, not invented ones', () => {
    expect(isValidTimeZone('Europe/Brussels')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('sessionTimeText: a session at 10:00–12:00 in Brussels', () => {
  it('in winter: Rome sees 10:00 with no second zone; London sees 09:00 and the session time named', () => {
    const t = session('2026-01-15');
    expect(sessionTimeText(t, 'Europe/Rome', 'it-IT')).toEqual({ viewer: '15/01/2026, 10:00–12:00', viewerZone: 'Ora standard dell’Europa centrale' });
    expect(sessionTimeText(t, 'Europe/London', 'en-GB')).toEqual({
      viewer: '15/01/2026, 09:00–11:00', viewerZone: 'Greenwich Mean Time',
      session: '15/01/2026, 10:00–12:00', sessionZone: 'Central European Standard Time'
    });
  });

  it('in summer: the same hours, with the summer zones named', () => {
    const t = session('2026-07-15');
    expect(sessionTimeText(t, 'Europe/Rome', 'en-GB')).toEqual({ viewer: '15/07/2026, 10:00–12:00', viewerZone: 'Central European Summer Time' });
    expect(sessionTimeText(t, 'Europe/London', 'en-GB')).toEqual({
      viewer: '15/07/2026, 09:00–11:00', viewerZone: 'British Summer Time',
      session: '15/07/2026, 10:00–12:00', sessionZone: 'Central European Summer Time'
    });
  });

  it('on 29 March 2026 (summer time begins) and on 25 October 2026 (it ends), London is still one hour behind', () => {
    const march = sessionTimeText(session('2026-03-29'), 'Europe/London', 'en-GB');
    expect(march).toEqual({ viewer: '29/03/2026, 09:00–11:00', viewerZone: 'British Summer Time', session: '29/03/2026, 10:00–12:00', sessionZone: 'Central European Summer Time' });
    const october = sessionTimeText(session('2026-10-25'), 'Europe/London', 'en-GB');
    expect(october).toEqual({ viewer: '25/10/2026, 09:00–11:00', viewerZone: 'Greenwich Mean Time', session: '25/10/2026, 10:00–12:00', sessionZone: 'Central European Standard Time' });
    expect(sessionTimeText(session('2026-10-25'), 'Europe/Rome', 'en-GB')).toEqual({ viewer: '25/10/2026, 10:00–12:00', viewerZone: 'Central European Standard Time' });
  });

  it('New York on 25 October 2026 is five hours behind instead of six (the US changes a week later)', () => {
    expect(sessionTimeText(session('2026-10-25'), 'America/New_York', 'en-US').viewer).toBe('10/25/2026, 05:00 AM–07:00 AM');
    expect(sessionTimeText(session('2026-11-05'), 'America/New_York', 'en-US').viewer).toBe('11/05/2026, 04:00 AM–06:00 AM');
  });

  it('a session running past midnight in the viewer\'s zone names both days; a German viewer reads German', () => {
    const late = { startUtc: '2026-01-15T21:00:00Z', endUtc: '2026-01-15T23:30:00Z', timeZone: 'Europe/London' };
    const text = sessionTimeText(late, 'Europe/Berlin', 'de-DE');
    expect(text.viewer).toBe('15.01.2026, 22:00 – 16.01.2026, 00:30');
    expect(text.viewerZone).toBe('Mitteleuropäische Normalzeit');
    expect(text.session).toBe('15.01.2026, 21:00–23:30');
  });

  it('a session across the end of summer time names each end\'s zone by its own instant', () => {
    // 23 Oct 09:00 CEST (07:00Z) to 25 Oct 17:00 CET (16:00Z): the clocks go back on 25 October at 01:00Z.
    const course = { startUtc: '2026-10-23T07:00:00Z', endUtc: '2026-10-25T16:00:00Z', timeZone: BRUSSELS };
    const here = sessionTimeText(course, BRUSSELS, 'en-GB');
    expect(here.viewer).toBe('23/10/2026, 09:00 – 25/10/2026, 17:00');
    expect(here.viewerZone).toBe('Central European Summer Time – Central European Standard Time');
    // New York keeps summer time a week longer: the offsets differ at the end only, so the session's time is named too.
    const ny = sessionTimeText(course, 'America/New_York', 'en-GB');
    expect(ny.viewerZone).toBe('Eastern Daylight Time');
    expect(ny.sessionZone).toBe('Central European Summer Time – Central European Standard Time');
    expect(ny.session).toBe('23/10/2026, 09:00 – 25/10/2026, 17:00');
  });

  it('refuses an end before the start and unknown zones', () => {
    expect(() => sessionTimeText({ startUtc: '2026-01-15T10:00:00Z', endUtc: '2026-01-15T09:00:00Z', timeZone: BRUSSELS }, 'Europe/Rome', 'en-GB')).toThrow(RangeError);
    expect(() => sessionTimeText(session('2026-01-15'), 'Mars/Olympus', 'en-GB')).toThrow(RangeError);
  });
});

describe('hasSessionBegun', () => {
  // 10:00 in Brussels on 15 January 2026 (CET, UTC+1) is 09:00Z.
  const start = zonedToUtc('2026-01-15T10:00', BRUSSELS);

  it('exactly at the start it has begun; one minute before it has not', () => {
    expect(hasSessionBegun(start, new Date('2026-01-15T09:00:00Z'))).toBe(true);
    expect(hasSessionBegun(start, new Date('2026-01-15T08:59:00Z'))).toBe(false);
    expect(hasSessionBegun(start, new Date('2026-01-15T08:59:59.999Z'))).toBe(false);
  });

  it("the session's zone decides, not the viewer's: 10:00 Brussels in summer is 08:00Z, so 09:30 London time (08:30Z) is after it", () => {
    const summer = zonedToUtc('2026-07-15T10:00', BRUSSELS);
    expect(summer).toBe('2026-07-15T08:00:00Z');
    expect(hasSessionBegun(summer, new Date('2026-07-15T07:59:00Z'))).toBe(false);
    expect(hasSessionBegun(summer, new Date('2026-07-15T08:30:00Z'))).toBe(true);
  });

  it('a missing or unreadable start has not begun', () => {
    expect(hasSessionBegun(undefined, new Date())).toBe(false);
    expect(hasSessionBegun('not a date', new Date())).toBe(false);
  });
});
