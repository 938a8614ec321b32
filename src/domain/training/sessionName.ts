/**
 * How a session is named wherever a sentence or caption refers to it (the roster's caption, the seat
 * notice, the .ics summary): "PRINCE2 Foundation – 4 Mar 2027, 09:00 CET, Rome".
 */

/** What names a session: its module's title, start, own zone and place. */
export interface ISessionNaming {
  /** The module's title (the session's stored Title when the module is gone). */
  moduleTitle: string;
  /** ISO instant (UTC). */
  startUtc: string;
  /** The session's IANA zone: the time is given as it is where the session is held. */
  timeZone: string;
  venue?: string;
  onlineUrl?: string;
}

/**
 * "<module title> – <day and time in the session's zone, the zone's short name>, <place or `onlineWord`>"
 * in `locale` (BCP 47), e.g. "PRINCE2 Foundation – 4 Mar 2027, 09:00 CET, Rome" (en-GB) or
 * "Scrum-Grundlagen – 4. März 2027, 09:00 MEZ, Online" (de-DE, `onlineWord` "Online"). A session with
 * neither place nor link ends after the time; an unknown zone or start is left out rather than guessed.
 */
export function sessionName(s: ISessionNaming, locale: string, onlineWord: string): string {
  let when = '';
  const start = Date.parse(s.startUtc);
  if (!isNaN(start)) {
    try {
      when = new Intl.DateTimeFormat(locale, {
        timeZone: s.timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
      }).format(start);
    } catch {
      when = '';
    }
  }
  const place = s.venue?.trim() || (s.onlineUrl?.trim() ? onlineWord : '');
  const tail = [when, place].filter(x => x).join(', ');
  return tail ? `${s.moduleTitle} – ${tail}` : s.moduleTitle;
}
