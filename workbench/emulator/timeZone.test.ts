/**
 * The site's time zone in the emulator, driven by the real PnPjs: `/_api/web/RegionalSettings/TimeZone`
 * answers as SharePoint does, and DateTime columns are stored and returned the way SharePoint does for
 * that zone (date-only columns keep the site-local day as its local midnight in UTC).
 */
import '@pnp/sp/regional-settings/web';
import { startEmulator } from './index';
import { siteZoneOf, storeDateTime } from './timeZone';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';

type Site = Awaited<ReturnType<typeof startEmulator>>;

interface IZoneCase {
  name: string;
  id: number;
  description: string;
  bias: number;
  /** What SharePoint stores for 1 Mar 2027 in a date-only column. */
  march1: string;
  /** What UTC midnight of 1 Mar 2027 becomes in a date-only column (the site-local day of that instant). */
  utcMidnight: string;
  /** 09:30 site time on 1 Mar 2027, in UTC. */
  nineThirty: string;
}

const CASES: IZoneCase[] = [
  { name: 'UTC−10 (Hawaii)', id: 15, description: '(UTC-10:00) Hawaii', bias: 600, march1: '2027-03-01T10:00:00Z', utcMidnight: '2027-02-28T10:00:00Z', nineThirty: '2027-03-01T19:30:00Z' },
  { name: 'UTC', id: 93, description: '(UTC) Coordinated Universal Time', bias: 0, march1: '2027-03-01T00:00:00Z', utcMidnight: '2027-03-01T00:00:00Z', nineThirty: '2027-03-01T09:30:00Z' },
  { name: 'UTC+1 (Berlin)', id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', bias: -60, march1: '2027-02-28T23:00:00Z', utcMidnight: '2027-02-28T23:00:00Z', nineThirty: '2027-03-01T08:30:00Z' },
  { name: 'UTC+13 (Nuku\'alofa)', id: 67, description: '(UTC+13:00) Nuku\'alofa', bias: -780, march1: '2027-02-28T11:00:00Z', utcMidnight: '2027-02-28T11:00:00Z', nineThirty: '2027-02-28T20:30:00Z' }
];

describe('the site time zone option', () => {
  it('takes a SharePoint id or an IANA name SharePoint has; UTC by default; refuses others', () => {
    expect(siteZoneOf(undefined)).toMatchObject({ id: 93, iana: 'Etc/UTC' });
    expect(siteZoneOf('Europe/Berlin')).toMatchObject({ id: 4 });
    expect(siteZoneOf('67')).toMatchObject({ id: 67, iana: 'Pacific/Tongatapu' });
    expect(siteZoneOf(15).description).toBe('(UTC-10:00) Hawaii');
    expect(() => siteZoneOf(1)).toThrow(/Unknown SharePoint time zone "1"/);
    expect(() => siteZoneOf('Mars/Olympus')).toThrow(/Unknown SharePoint time zone/);
  });

  it('keeps a zone that skips midnight on its day', () => {
    // Santiago moved its clocks from 24:00 to 01:00 on 6 Sep 2026: that day starts at 01:00 local (04:00Z).
    expect(storeDateTime('2026-09-06', true, siteZoneOf(65))).toBe('2026-09-06T04:00:00Z');
  });
});

describe.each(CASES)('a site in $name', c => {
  let site: Site;
  let sp: SPFI;
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle('Dates').items;
  const stored = async (values: Record<string, unknown>): Promise<Record<string, string>> => {
    const added = (await items().add({ Title: 'date', ...values })) as { Id: number };
    return (await items().getById(added.Id).select('Day', 'When', 'Today')()) as Record<string, string>;
  };

  beforeAll(async () => {
    site = await startEmulator({ port: 0, timeZone: c.id });
    sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 1 }).sp;
    await sp.web.lists.add('Dates', '', 100);
    const fields = sp.web.lists.getByTitle('Dates').fields;
    await fields.createFieldAsXml('<Field Type="DateTime" Name="Day" DisplayName="Day" Format="DateOnly" />');
    await fields.createFieldAsXml('<Field Type="DateTime" Name="When" DisplayName="When" Format="DateTime" />');
    await fields.createFieldAsXml('<Field Type="DateTime" Name="Today" DisplayName="Today" Format="DateOnly"><Default>[today]</Default></Field>');
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('describes its time zone at /_api/web/RegionalSettings/TimeZone', async () => {
    const tz = await sp.web.regionalSettings.timeZone();
    expect(tz).toMatchObject({ Id: c.id, Description: c.description, Information: { Bias: c.bias, StandardBias: 0, DaylightBias: -60 } });
    const res = await fetch(`${site.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json' } });
    const body = await res.json() as Record<string, unknown>;
    expect(body['odata.type']).toBe('SP.TimeZone');
    expect(String(body['odata.metadata'])).toMatch(/\$metadata#SP\.ApiData\.TimeZones\/@Element$/);
    const verbose = await (await fetch(`${site.siteUrl}/_api/web/regionalsettings/timezone`, { headers: { Accept: 'application/json;odata=verbose' } })).json() as { d: { Id: number } };
    expect(verbose.d.Id).toBe(c.id);
    expect((await sp.web.regionalSettings.timeZones()).map(z => z.Id)).toContain(67);
  });

  it('stores a day sent as YYYY-MM-DD as the site\'s local midnight in UTC, and returns it so', async () => {
    expect((await stored({ Day: '2027-03-01' })).Day).toBe(c.march1);
    // Sent back as it came, it stays (what a client that round-trips SharePoint's value does).
    expect((await stored({ Day: c.march1 })).Day).toBe(c.march1);
    // Site-local wall time without a zone: the day of that wall time.
    expect((await stored({ Day: '2027-03-01T15:45:00' })).Day).toBe(c.march1);
  });

  it('takes a value sent as UTC midnight as that instant: on a site west of UTC it is the day before', async () => {
    expect((await stored({ Day: '2027-03-01T00:00:00Z' })).Day).toBe(c.utcMidnight);
  });

  it('stores a date-and-time column\'s value without a zone as site time, with a zone as that instant', async () => {
    expect((await stored({ When: '2027-03-01T09:30:00' })).When).toBe(c.nineThirty);
    expect((await stored({ When: '2027-03-01T09:30:00Z' })).When).toBe('2027-03-01T09:30:00Z');
    expect((await sp.web.regionalSettings.timeZone.localTimeToUTC('2027-03-01T09:30:00'))).toBe(c.nineThirty);
    expect((await sp.web.regionalSettings.timeZone.utcToLocalTime(c.march1))).toBe('2027-03-01T00:00:00');
  });

  it('fills [today] with today\'s site-local midnight', async () => {
    const { Today } = await stored({ Title: 'today' });
    const hours = (Date.now() - Date.parse(Today)) / 3600000;
    expect(hours).toBeGreaterThanOrEqual(0);
    expect(hours).toBeLessThan(24);
    expect(Date.parse(Today) % 3600000).toBe(0);
  });
});

describe('a site in UTC+1 across the daylight-saving changes (last Sundays of March and October)', () => {
  let site: Site;
  let sp: SPFI;
  beforeAll(async () => {
    site = await startEmulator({ port: 0, timeZone: 'Europe/Berlin' });
    sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 1 }).sp;
    await sp.web.lists.add('Dates', '', 100);
    await sp.web.lists.getByTitle('Dates').fields.createFieldAsXml('<Field Type="DateTime" Name="Day" DisplayName="Day" Format="DateOnly" />');
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('stores each day at its own local midnight: 23:00Z in winter, 22:00Z in summer', async () => {
    const items = sp.web.lists.getByTitle('Dates').items;
    const days = ['2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31', '2027-11-01'];
    const ids: number[] = [];
    for (const Day of days) ids.push(((await items.add({ Title: Day, Day })) as { Id: number }).Id);
    const rows = (await items.select('Id', 'Day').orderBy('Id')()) as Array<{ Id: number; Day: string }>;
    expect(ids.map(id => rows.filter(r => r.Id === id)[0].Day)).toEqual([
      '2027-03-26T23:00:00Z', '2027-03-27T23:00:00Z', '2027-03-28T22:00:00Z', '2027-10-29T22:00:00Z', '2027-10-30T22:00:00Z', '2027-10-31T23:00:00Z'
    ]);
    // Filters compare the stored instants.
    const summer = (await items.select('Id').filter("Day ge datetime'2027-03-28T00:00:00Z' and Day lt datetime'2027-10-31T00:00:00Z'")()) as unknown[];
    expect(summer).toHaveLength(3);
  });
});
