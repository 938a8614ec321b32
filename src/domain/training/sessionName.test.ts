import { sessionName, zonedToUtc } from './index';

/** Intl writes a narrow no-break space before AM/PM in newer ICU: compared with a plain space. */
const plain = (t: string): string => t.replace(/[\u202f\u00a0]/g, ' ');

describe('sessionName', () => {
  const rome = { moduleTitle: 'PRINCE2 Foundation', startUtc: zonedToUtc('2027-03-04T09:00', 'Europe/Rome'), timeZone: 'Europe/Rome', venue: 'Rome, Via Roma 1' };

  it("names the module, the time in the session's own zone with the zone, and the place", () => {
    expect(plain(sessionName(rome, 'en-GB', 'Online'))).toBe('PRINCE2 Foundation – 4 Mar 2027, 09:00 CET, Rome, Via Roma 1');
    expect(plain(sessionName(rome, 'de-DE', 'Online'))).toBe('PRINCE2 Foundation – 4. März 2027, 09:00 MEZ, Rome, Via Roma 1');
  });

  it('an online session says so in the language given; summer time shows as such', () => {
    const online = { moduleTitle: 'Scrum basics', startUtc: '2027-07-01T07:30:00Z', timeZone: 'Europe/Brussels', onlineUrl: 'https://teams.microsoft.com/l/x' };
    expect(plain(sessionName(online, 'en-GB', 'Online'))).toBe('Scrum basics – 1 Jul 2027, 09:30 CEST, Online');
    expect(plain(sessionName(online, 'fr-FR', 'En ligne'))).toMatch(/^Scrum basics – 1 juil\. 2027(,| à) 09:30 UTC\+2, En ligne$/);
  });

  it('never the raw stored title alone when the time is known; an unreadable start is left out', () => {
    expect(sessionName({ ...rome, startUtc: '' }, 'en-GB', 'Online')).toBe('PRINCE2 Foundation – Rome, Via Roma 1');
    expect(sessionName({ ...rome, startUtc: '', venue: undefined }, 'en-GB', 'Online')).toBe('PRINCE2 Foundation');
  });
});
