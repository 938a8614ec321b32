import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SHAREPOINT_TIME_ZONES, addDays, dayOfLocalDate, daysBetween, excelDateOf, formatDateOnly, isIsoDay, isStorableDay, localDateOfDay,
  offsetMinutesAt, readDateOnly, siteTimeZoneOf, writeDateOnly, type ISiteTimeZone
} from './index';

/** The site zones of the rule: UTC−10, UTC, UTC+1 with daylight saving, UTC+13 (three of them). */
const HONOLULU: ISiteTimeZone = siteTimeZoneOf(15);
const UTC: ISiteTimeZone = siteTimeZoneOf(93);
const BERLIN: ISiteTimeZone = siteTimeZoneOf(4);
const TONGA: ISiteTimeZone = siteTimeZoneOf(67);
const SAMOA: ISiteTimeZone = siteTimeZoneOf(16);
const TOKELAU: ISiteTimeZone = { id: 0, iana: 'Pacific/Fakaofo' }; // UTC+13, no SharePoint id of its own
const SITES: Array<[string, ISiteTimeZone]> = [['UTC−10', HONOLULU], ['UTC', UTC], ['UTC+1 (Berlin)', BERLIN], ['UTC+13 (Tonga)', TONGA], ['UTC+13 (Samoa)', SAMOA], ['UTC+13 (Tokelau)', TOKELAU]];

/**
 * The browser's time zones the rule must not depend on. Jest's sandbox copies process.env, so each
 * browser zone runs the same probe in a child Node process started with TZ set (see `inBrowserZone`).
 */
const BROWSERS: string[] = ['Pacific/Honolulu', 'UTC', 'Europe/Berlin', 'Pacific/Tongatapu'];

function days(from: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(addDays(from, i));
  return out;
}

describe('the site time zone', () => {
  it('maps SharePoint ids to IANA zones that the runtime knows', () => {
    expect(HONOLULU.iana).toBe('Pacific/Honolulu');
    expect(BERLIN.iana).toBe('Europe/Berlin');
    expect(TONGA.iana).toBe('Pacific/Tongatapu');
    for (const iana of Object.values(SHAREPOINT_TIME_ZONES)) expect(() => new Intl.DateTimeFormat('en', { timeZone: iana })).not.toThrow();
  });

  it('falls back to the standard bias for an id it does not know', () => {
    expect(siteTimeZoneOf(999, { Bias: -780, StandardBias: 0, DaylightBias: -60 }).iana).toBe('Etc/GMT-13');
    expect(siteTimeZoneOf(999, { Bias: 600 }).iana).toBe('Etc/GMT+10');
    expect(siteTimeZoneOf(999).iana).toBe('Etc/UTC');
  });

  it('lets Intl compute the offset for the date in question (daylight saving in Berlin, none in Honolulu and Tonga)', () => {
    expect(offsetMinutesAt(Date.parse('2027-01-15T12:00:00Z'), BERLIN.iana)).toBe(60);
    expect(offsetMinutesAt(Date.parse('2027-07-15T12:00:00Z'), BERLIN.iana)).toBe(120);
    expect(offsetMinutesAt(Date.parse('2027-07-15T12:00:00Z'), HONOLULU.iana)).toBe(-600);
    expect(offsetMinutesAt(Date.parse('2027-07-15T12:00:00Z'), TONGA.iana)).toBe(780);
  });
});

describe('the date rule', () => {

  /** 1 March 2027 as SharePoint holds it on each site. */
  const MARCH_1: Array<[ISiteTimeZone, string]> = [
    [HONOLULU, '2027-03-01T10:00:00Z'], [UTC, '2027-03-01T00:00:00Z'], [BERLIN, '2027-02-28T23:00:00Z'],
    [TONGA, '2027-02-28T11:00:00Z'], [SAMOA, '2027-02-28T11:00:00Z'], [TOKELAU, '2027-02-28T11:00:00Z']
  ];

  it('writes a day as the UTC instant of the site\'s local midnight, as SharePoint stores it', () => {
    expect(MARCH_1.map(([zone]) => writeDateOnly('2027-03-01', zone))).toEqual(MARCH_1.map(([, stored]) => stored));
    expect([writeDateOnly(undefined, BERLIN), writeDateOnly('', BERLIN)]).toEqual([null, null]);
    expect(() => writeDateOnly('2027-02-30', BERLIN)).toThrow(RangeError);
    expect(() => writeDateOnly('1.3.2027', BERLIN)).toThrow(RangeError);
  });

  it('follows Berlin\'s daylight-saving changes on the last Sundays of March and October', () => {
    expect(['2027-03-27', '2027-03-28', '2027-03-29'].map(d => writeDateOnly(d, BERLIN))).toEqual(['2027-03-26T23:00:00Z', '2027-03-27T23:00:00Z', '2027-03-28T22:00:00Z']);
    expect(['2027-10-30', '2027-10-31', '2027-11-01'].map(d => writeDateOnly(d, BERLIN))).toEqual(['2027-10-29T22:00:00Z', '2027-10-30T22:00:00Z', '2027-10-31T23:00:00Z']);
    expect(readDateOnly('2027-03-28T22:00:00Z', BERLIN)).toBe('2027-03-29');
    expect(readDateOnly('2027-10-30T22:00:00Z', BERLIN)).toBe('2027-10-31');
    expect(readDateOnly('2027-10-31T23:00:00Z', BERLIN)).toBe('2027-11-01');
  });

  it('starts a day that skips midnight at the end of the gap (Santiago, 6 Sep 2026: 24:00 → 01:00), as the emulator stores it', () => {
    const santiago = siteTimeZoneOf(65);
    expect(['2026-09-05', '2026-09-06', '2026-09-07'].map(d => writeDateOnly(d, santiago))).toEqual(['2026-09-05T04:00:00Z', '2026-09-06T04:00:00Z', '2026-09-07T03:00:00Z']);
    expect(readDateOnly('2026-09-06T04:00:00Z', santiago)).toBe('2026-09-06');
  });

  it('reads SharePoint\'s value back as the site\'s day (1 Mar 2027 on a UTC+1 site comes back as 2027-02-28T23:00:00Z)', () => {
    // Rounding to the nearest UTC midnight (the old rule) read the UTC+13 values as 28 February.
    expect(MARCH_1.map(([zone, stored]) => readDateOnly(stored, zone))).toEqual(MARCH_1.map(() => '2027-03-01'));
    expect([readDateOnly('2027-03-01', BERLIN), readDateOnly('2027-03-01T00:00:00', BERLIN)]).toEqual(['2027-03-01', '2027-03-01']);
    expect([readDateOnly(null, BERLIN), readDateOnly('', BERLIN), readDateOnly('soon', BERLIN), readDateOnly('2027-02-30', BERLIN)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each(SITES)('keeps every day of 2026–2028 on a %s site, also when SharePoint\'s clock disagrees by an hour', (_, zone) => {
    for (const day of days('2026-01-01', 1096)) {
      const sent = writeDateOnly(day, zone) as string;
      const hour = 3600000;
      const back = [sent, new Date(Date.parse(sent) - hour).toISOString(), new Date(Date.parse(sent) + hour).toISOString()].map(v => readDateOnly(v, zone));
      if (back.some(d => d !== day)) expect(`${day} → ${sent} → ${back.join(', ')}`).toBe(day);
    }
  });

  it('shows a day as that day in the user\'s locale', () => {
    expect(formatDateOnly('2027-03-01', 'en-us')).toBe('Mar 1, 2027');
    expect(formatDateOnly('2027-03-01', 'de-de')).toBe('1. März 2027');
    expect(formatDateOnly('2027-03-01', 'en-us', 'numeric')).toBe('03/01/2027');
    expect(formatDateOnly('2027-03-01', 'de-de', 'numeric')).toBe('01.03.2027');
    expect(formatDateOnly('2027-03-01', 'fr-fr', 'numeric')).toBe('01/03/2027');
    expect(formatDateOnly(readDateOnly('2027-02-28T23:00:00Z', BERLIN), 'de-de')).toBe('1. März 2027');
    expect([formatDateOnly(undefined, 'en-us'), formatDateOnly('2027-02-28T23:00:00Z', 'en-us')]).toEqual(['', '']);
  });

  it('turns a day into the DatePicker\'s local Date and back', () => {
    for (const day of ['2027-03-01', '2027-03-28', '2027-10-31', '2026-12-31', '2028-02-29']) {
      const local = localDateOfDay(day) as Date;
      expect([local.getFullYear(), local.getMonth() + 1, local.getDate()]).toEqual(day.split('-').map(Number));
      expect(dayOfLocalDate(local)).toBe(day);
    }
    expect(localDateOfDay('2027-02-29')).toBeUndefined();
  });

  it('exports a day as the same day in Excel (a Date at UTC midnight)', () => {
    expect((excelDateOf('2027-03-01') as Date).getTime()).toBe(Date.UTC(2027, 2, 1));
    expect(excelDateOf(undefined)).toBeUndefined();
  });
});

describe('calendar days', () => {
  it('validates and adds days across months, years and leap days', () => {
    expect([isIsoDay('2028-02-29'), isIsoDay('2027-02-29'), isIsoDay('2027-13-01'), isIsoDay(20270301)]).toEqual([true, false, false, false]);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('counts the days between two days, across leap days and backwards', () => {
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-03-01')).toBe(0);
    expect(daysBetween('2027-12-31', '2027-01-01')).toBe(-364);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(() => daysBetween('2027-02-30', '2027-03-01')).toThrow(RangeError);
  });
});

/** What the probe reports from inside one browser time zone. */
interface IProbe {
  tz: string;
  written: Record<string, string | null>;
  read: Record<string, string | undefined>;
  roundTripFailures: string[];
  shown: string[];
  picker: string[];
  dateTime: string[];
}

/** Runs the date rule in a child Node process whose time zone (TZ) is the browser's. */
function inBrowserZone(tz: string): Promise<IProbe> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmo-dates-'));
  const file = path.join(dir, 'probe.ts');
  const mod = JSON.stringify(path.resolve(__dirname, 'index.ts'));
  writeFileSync(file, `
    import * as d from ${mod};
    const sites = { honolulu: d.siteTimeZoneOf(15), utc: d.siteTimeZoneOf(93), berlin: d.siteTimeZoneOf(4), tonga: d.siteTimeZoneOf(67), samoa: d.siteTimeZoneOf(16), tokelau: { id: 0, iana: 'Pacific/Fakaofo' } };
    const written = {}, read = {}, roundTripFailures = [];
    for (const [k, z] of Object.entries(sites)) {
      written[k] = d.writeDateOnly('2027-03-01', z);
      read[k] = d.readDateOnly(written[k], z);
      for (let i = 0; i < 1096; i++) {
        const day = d.addDays('2026-01-01', i);
        if (d.readDateOnly(d.writeDateOnly(day, z), z) !== day) roundTripFailures.push(k + ' ' + day);
      }
    }
    written.berlinDst = ['2027-03-28', '2027-03-29', '2027-10-31', '2027-11-01'].map(x => d.writeDateOnly(x, sites.berlin)).join(' ');
    read.issue = d.readDateOnly('2027-02-28T23:00:00Z', sites.berlin);
    const shown = [d.formatDateOnly(read.issue, 'en-us'), d.formatDateOnly(read.issue, 'de-de'), d.formatDateOnly(read.issue, 'en-us', 'numeric'), d.formatDateOnly(read.issue, 'de-de', 'numeric')];
    const picker = ['2027-03-01', '2027-03-28', '2027-10-31', '2028-02-29'].map(x => { const l = d.localDateOfDay(x); return [l.getDate(), d.dayOfLocalDate(l)].join(' '); });
    const dateTime = [d.formatDateTime('2027-02-28T23:30:00Z', 'de-de'), d.formatDayOfInstant('2027-02-28T23:30:00Z', 'en-us'), d.formatDateTime('2027-02-28T23:30:00Z', 'de-de', 'Europe/Berlin')];
    console.log(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, written, read, roundTripFailures, shown, picker, dateTime }));
  `);
  const tsx = path.resolve(__dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, file], { env: { ...process.env, TZ: tz }, timeout: 60_000 }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() as string) as IProbe);
    });
  });
}

describe.each(BROWSERS)('with the browser in %s', tz => {
  let probe: IProbe;
  beforeAll(async () => { probe = await inBrowserZone(tz); }, 60_000);

  it('runs in that zone', () => {
    expect(probe.tz).toBe(tz);
  });

  it('writes and reads every site\'s days exactly as in any other browser zone', () => {
    expect(probe.written).toEqual({
      honolulu: '2027-03-01T10:00:00Z', utc: '2027-03-01T00:00:00Z', berlin: '2027-02-28T23:00:00Z', tonga: '2027-02-28T11:00:00Z', samoa: '2027-02-28T11:00:00Z',
      tokelau: '2027-02-28T11:00:00Z', berlinDst: '2027-03-27T23:00:00Z 2027-03-28T22:00:00Z 2027-10-30T22:00:00Z 2027-10-31T23:00:00Z'
    });
    expect(probe.read).toEqual({ honolulu: '2027-03-01', utc: '2027-03-01', berlin: '2027-03-01', tonga: '2027-03-01', samoa: '2027-03-01', tokelau: '2027-03-01', issue: '2027-03-01' });
    expect(probe.roundTripFailures).toEqual([]);
  });

  it('shows 1 Mar 2027 as 1 Mar 2027 in English and German', () => {
    expect(probe.shown).toEqual(['Mar 1, 2027', '1. März 2027', '03/01/2027', '01.03.2027']);
  });

  it('hands the DatePicker the same day and reads it back', () => {
    expect(probe.picker).toEqual(['1 2027-03-01', '28 2027-03-28', '31 2027-10-31', '29 2028-02-29']);
  });

  it('shows a date and time in the browser\'s time zone, or in the zone asked for', () => {
    const local: Record<string, [string, string]> = {
      'Pacific/Honolulu': ['28.02.2027, 13:30', '02/28/2027'], UTC: ['28.02.2027, 23:30', '02/28/2027'],
      'Europe/Berlin': ['01.03.2027, 00:30', '03/01/2027'], 'Pacific/Tongatapu': ['01.03.2027, 12:30', '03/01/2027']
    };
    expect(probe.dateTime).toEqual([...local[tz], '01.03.2027, 00:30']);
  });
});

describe('isStorableDay', () => {
  it('holds the days a SharePoint date column holds: 1900-01-01 to 8900-12-31, valid calendar days only', () => {
    expect(['1900-01-01', '2028-02-29', '8900-12-31'].map(isStorableDay)).toEqual([true, true, true]);
    expect(['1899-12-31', '8901-01-01', '9999-12-31', '0001-01-01', '2027-02-29', '', undefined, 20270101].map(isStorableDay)).toEqual([false, false, false, false, false, false, false, false]);
  });
});
