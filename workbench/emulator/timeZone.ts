/**
 * The site's time zone, as SharePoint Online keeps it in the web's regional settings, and what it does
 * to DateTime values:
 * - values are stored in UTC; a value sent with a zone (`Z`, `+01:00`) is that instant, a value
 *   without one (`2027-03-01`, `2027-03-01T09:00:00`) is wall time in the SITE's time zone;
 * - a Format="DateOnly" column keeps the day the value has in the site's zone: the time of day is
 *   dropped and the site-local midnight is stored (1 Mar 2027 on a UTC+1 site: 2027-02-28T23:00:00Z);
 * - REST returns the stored instant as `yyyy-MM-ddTHH:mm:ssZ`;
 * - `/_api/web/RegionalSettings/TimeZone` describes the zone (Id, Description, Information.Bias,
 *   StandardBias, DaylightBias in minutes, UTC = local + bias), with `utcToLocalTime` and
 *   `localTimeToUTC`, and `/_api/web/RegionalSettings/TimeZones` lists the zones a site can have.
 * Daylight saving follows the zone's IANA rules (Node's Intl), which is what Windows' rules say for the
 * dates PMO Hub handles.
 */

/** A time zone a site can have: SharePoint's id, the IANA zone with its rules, SharePoint's description. */
export interface ISiteZone {
  id: number;
  iana: string;
  description: string;
}

/** SharePoint Online's time zones (id, IANA zone, English description). */
const ZONES: ReadonlyArray<[number, string, string]> = [
  [2, 'Europe/London', '(UTC) Dublin, Edinburgh, Lisbon, London'],
  [3, 'Europe/Paris', '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris'],
  [4, 'Europe/Berlin', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
  [5, 'Europe/Bucharest', '(UTC+02:00) Athens, Bucharest'],
  [6, 'Europe/Budapest', '(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague'],
  [7, 'Europe/Kaliningrad', '(UTC+02:00) Minsk (old)'],
  [8, 'America/Sao_Paulo', '(UTC-03:00) Brasilia'],
  [9, 'America/Halifax', '(UTC-04:00) Atlantic Time (Canada)'],
  [10, 'America/New_York', '(UTC-05:00) Eastern Time (US and Canada)'],
  [11, 'America/Chicago', '(UTC-06:00) Central Time (US and Canada)'],
  [12, 'America/Denver', '(UTC-07:00) Mountain Time (US and Canada)'],
  [13, 'America/Los_Angeles', '(UTC-08:00) Pacific Time (US and Canada)'],
  [14, 'America/Anchorage', '(UTC-09:00) Alaska'],
  [15, 'Pacific/Honolulu', '(UTC-10:00) Hawaii'],
  [16, 'Pacific/Apia', '(UTC+13:00) Samoa'],
  [17, 'Pacific/Auckland', '(UTC+12:00) Auckland, Wellington'],
  [18, 'Australia/Brisbane', '(UTC+10:00) Brisbane'],
  [19, 'Australia/Adelaide', '(UTC+09:30) Adelaide'],
  [20, 'Asia/Tokyo', '(UTC+09:00) Osaka, Sapporo, Tokyo'],
  [21, 'Asia/Singapore', '(UTC+08:00) Kuala Lumpur, Singapore'],
  [22, 'Asia/Bangkok', '(UTC+07:00) Bangkok, Hanoi, Jakarta'],
  [23, 'Asia/Kolkata', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi'],
  [24, 'Asia/Dubai', '(UTC+04:00) Abu Dhabi, Muscat'],
  [25, 'Asia/Tehran', '(UTC+03:30) Tehran'],
  [26, 'Asia/Baghdad', '(UTC+03:00) Baghdad'],
  [27, 'Asia/Jerusalem', '(UTC+02:00) Jerusalem'],
  [28, 'America/St_Johns', '(UTC-03:30) Newfoundland'],
  [29, 'Atlantic/Azores', '(UTC-01:00) Azores'],
  [30, 'Atlantic/South_Georgia', '(UTC-02:00) Mid-Atlantic - Old'],
  [31, 'Atlantic/Reykjavik', '(UTC) Monrovia, Reykjavik'],
  [32, 'America/Cayenne', '(UTC-03:00) Cayenne, Fortaleza'],
  [33, 'America/La_Paz', '(UTC-04:00) Georgetown, La Paz, Manaus, San Juan'],
  [34, 'America/Indiana/Indianapolis', '(UTC-05:00) Indiana (East)'],
  [35, 'America/Bogota', '(UTC-05:00) Bogota, Lima, Quito'],
  [36, 'America/Regina', '(UTC-06:00) Saskatchewan'],
  [37, 'America/Mexico_City', '(UTC-06:00) Guadalajara, Mexico City, Monterrey'],
  [38, 'America/Phoenix', '(UTC-07:00) Arizona'],
  [39, 'Etc/GMT+12', '(UTC-12:00) International Date Line West'],
  [40, 'Pacific/Fiji', '(UTC+12:00) Fiji'],
  [41, 'Pacific/Guadalcanal', '(UTC+11:00) Solomon Is., New Caledonia'],
  [42, 'Australia/Hobart', '(UTC+10:00) Hobart'],
  [43, 'Pacific/Port_Moresby', '(UTC+10:00) Guam, Port Moresby'],
  [44, 'Australia/Darwin', '(UTC+09:30) Darwin'],
  [45, 'Asia/Shanghai', '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi'],
  [46, 'Asia/Novosibirsk', '(UTC+07:00) Novosibirsk'],
  [47, 'Asia/Tashkent', '(UTC+05:00) Tashkent'],
  [48, 'Asia/Kabul', '(UTC+04:30) Kabul'],
  [49, 'Africa/Cairo', '(UTC+02:00) Cairo'],
  [50, 'Africa/Johannesburg', '(UTC+02:00) Harare, Pretoria'],
  [51, 'Europe/Moscow', '(UTC+03:00) Moscow, St. Petersburg'],
  [53, 'Atlantic/Cape_Verde', '(UTC-01:00) Cabo Verde Is.'],
  [54, 'Asia/Baku', '(UTC+04:00) Baku'],
  [55, 'America/Guatemala', '(UTC-06:00) Central America'],
  [56, 'Africa/Nairobi', '(UTC+03:00) Nairobi'],
  [57, 'Europe/Warsaw', '(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb'],
  [58, 'Asia/Yekaterinburg', '(UTC+05:00) Ekaterinburg'],
  [59, 'Europe/Helsinki', '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius'],
  [60, 'America/Godthab', '(UTC-03:00) Greenland'],
  [61, 'Asia/Yangon', '(UTC+06:30) Yangon (Rangoon)'],
  [62, 'Asia/Kathmandu', '(UTC+05:45) Kathmandu'],
  [63, 'Asia/Irkutsk', '(UTC+08:00) Irkutsk'],
  [64, 'Asia/Krasnoyarsk', '(UTC+07:00) Krasnoyarsk'],
  [65, 'America/Santiago', '(UTC-04:00) Santiago'],
  [66, 'Asia/Colombo', '(UTC+05:30) Sri Jayawardenepura'],
  [67, 'Pacific/Tongatapu', '(UTC+13:00) Nuku\'alofa'],
  [68, 'Asia/Vladivostok', '(UTC+10:00) Vladivostok'],
  [69, 'Africa/Lagos', '(UTC+01:00) West Central Africa'],
  [70, 'Asia/Yakutsk', '(UTC+09:00) Yakutsk'],
  [71, 'Asia/Almaty', '(UTC+06:00) Astana'],
  [72, 'Asia/Seoul', '(UTC+09:00) Seoul'],
  [73, 'Australia/Perth', '(UTC+08:00) Perth'],
  [74, 'Asia/Riyadh', '(UTC+03:00) Kuwait, Riyadh'],
  [75, 'Asia/Taipei', '(UTC+08:00) Taipei'],
  [76, 'Australia/Sydney', '(UTC+10:00) Canberra, Melbourne, Sydney'],
  [77, 'America/Mazatlan', '(UTC-07:00) Chihuahua, La Paz, Mazatlan'],
  [78, 'America/Tijuana', '(UTC-08:00) Baja California'],
  [79, 'Asia/Amman', '(UTC+02:00) Amman'],
  [80, 'Asia/Beirut', '(UTC+02:00) Beirut'],
  [81, 'America/Cuiaba', '(UTC-04:00) Cuiaba'],
  [82, 'Asia/Tbilisi', '(UTC+04:00) Tbilisi'],
  [83, 'Africa/Windhoek', '(UTC+01:00) Windhoek'],
  [84, 'Asia/Yerevan', '(UTC+04:00) Yerevan'],
  [85, 'America/Argentina/Buenos_Aires', '(UTC-03:00) City of Buenos Aires'],
  [86, 'Africa/Casablanca', '(UTC) Casablanca'],
  [87, 'Asia/Karachi', '(UTC+05:00) Islamabad, Karachi'],
  [88, 'America/Caracas', '(UTC-04:00) Caracas'],
  [89, 'Indian/Mauritius', '(UTC+04:00) Port Louis'],
  [90, 'America/Montevideo', '(UTC-03:00) Montevideo'],
  [91, 'America/Asuncion', '(UTC-04:00) Asuncion'],
  [92, 'Asia/Kamchatka', '(UTC+12:00) Petropavlovsk-Kamchatsky - Old'],
  [93, 'Etc/UTC', '(UTC) Coordinated Universal Time'],
  [94, 'Asia/Ulaanbaatar', '(UTC+08:00) Ulaanbaatar'],
  [95, 'Etc/GMT+11', '(UTC-11:00) Coordinated Universal Time-11'],
  [96, 'Etc/GMT+2', '(UTC-02:00) Coordinated Universal Time-02'],
  [97, 'Etc/GMT-12', '(UTC+12:00) Coordinated Universal Time+12'],
  [98, 'Asia/Damascus', '(UTC+02:00) Damascus'],
  [99, 'Asia/Magadan', '(UTC+10:00) Magadan'],
  [100, 'Europe/Kaliningrad', '(UTC+02:00) Kaliningrad'],
  [101, 'Europe/Istanbul', '(UTC+03:00) Istanbul'],
  [102, 'Asia/Dhaka', '(UTC+06:00) Dhaka'],
  [103, 'America/Bahia', '(UTC-03:00) Salvador'],
  [104, 'Europe/Chisinau', '(UTC+02:00) Chisinau'],
  [106, 'Europe/Samara', '(UTC+04:00) Izhevsk, Samara'],
  [107, 'Asia/Srednekolymsk', '(UTC+11:00) Chokurdakh'],
  [108, 'Asia/Kamchatka', '(UTC+12:00) Anadyr, Petropavlovsk-Kamchatsky'],
  [109, 'Europe/Minsk', '(UTC+03:00) Minsk'],
  [110, 'Europe/Astrakhan', '(UTC+04:00) Astrakhan, Ulyanovsk'],
  [111, 'Asia/Barnaul', '(UTC+07:00) Barnaul, Gorno-Altaysk'],
  [112, 'Asia/Tomsk', '(UTC+07:00) Tomsk'],
  [114, 'Asia/Sakhalin', '(UTC+11:00) Sakhalin'],
  [115, 'Asia/Omsk', '(UTC+06:00) Omsk']
];

/** The default: UTC, as the emulator always behaved before the site had a time zone. */
export const DEFAULT_TIME_ZONE_ID: number = 93;

/** Every time zone a site can have, by id. */
export function allSiteZones(): ISiteZone[] {
  return ZONES.map(([id, iana, description]) => ({ id, iana, description }));
}

/**
 * The site's time zone from an option: SharePoint's id (4 or '4') or an IANA name ('Europe/Berlin',
 * the first id with that zone). Undefined gives UTC (id 93). Throws for anything else.
 */
export function siteZoneOf(option: number | string | undefined): ISiteZone {
  const text = option === undefined ? String(DEFAULT_TIME_ZONE_ID) : String(option).trim();
  const byId = /^\d+$/.test(text) ? ZONES.find(z => z[0] === Number(text)) : undefined;
  const byName = byId ?? ZONES.find(z => z[1].toLowerCase() === text.toLowerCase());
  if (!byName) throw new Error(`Unknown SharePoint time zone "${text}": give its id (e.g. 4 for Berlin, 15 for Hawaii, 67 for Nuku'alofa) or an IANA name that SharePoint has (e.g. Europe/Berlin).`);
  return { id: byName[0], iana: byName[1], description: byName[2] };
}

const clocks: Map<string, Intl.DateTimeFormat> = new Map();

/** The zone's wall clock at an instant, as if it were UTC (ms): 00:00 local on 1 Mar → Date.UTC(2027, 2, 1). */
function localAsUtc(epochMs: number, iana: string): number {
  let f = clocks.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone: iana, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clocks.set(iana, f);
  }
  // sv-SE writes "2027-03-01 00:00:00"
  const m = /(\d{4})-(\d{2})-(\d{2})\D+(\d{2}):(\d{2}):(\d{2})/.exec(f.format(epochMs));
  if (!m) throw new Error(`Cannot read the time in ${iana}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) + (epochMs % 1000 + 1000) % 1000;
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetAt(epochMs: number, iana: string): number {
  return Math.round((localAsUtc(epochMs, iana) - epochMs) / 60000);
}

/** The instant of a wall time (given as if UTC) in the zone; a skipped time lands after the gap. */
function utcOfLocal(localMs: number, iana: string): number {
  const first = localMs - offsetAt(localMs, iana) * 60000;
  const second = localMs - offsetAt(first, iana) * 60000;
  return offsetAt(second, iana) === offsetAt(first, iana) ? second : Math.max(first, second);
}

/** The instant the site-local day of an instant begins. */
function siteDayStart(epochMs: number, zone: ISiteZone): number {
  const local = localAsUtc(epochMs, zone.iana);
  const midnight = local - (((local % 86400000) + 86400000) % 86400000);
  const t = utcOfLocal(midnight, zone.iana);
  // A zone that skips midnight starts its day at the end of the gap.
  const reached = localAsUtc(t, zone.iana);
  return reached < midnight ? t + (midnight - reached) : t;
}

function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const VALUE: RegExp = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A DateTime value as SharePoint stores and returns it for the site's zone; undefined when it is not a
 * date. `dateOnly` is the column's Format="DateOnly" (DisplayFormat 0).
 */
export function storeDateTime(raw: string, dateOnly: boolean, zone: ISiteZone): string | undefined {
  const m = VALUE.exec(raw.trim());
  let t: number;
  if (m && !m[7]) {
    // Date.UTC reads years 0–99 as 1900–1999: the year is set on its own, so that year 1 stays year 1.
    const wall = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
    wall.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const local = wall.getTime();
    if (wall.getUTCDate() !== Number(m[3]) || wall.getUTCFullYear() !== Number(m[1])) return undefined;
    t = utcOfLocal(local, zone.iana);
  } else {
    t = Date.parse(raw);
  }
  if (Number.isNaN(t)) return undefined;
  return isoOf(dateOnly ? siteDayStart(t, zone) : Math.floor(t / 1000) * 1000);
}

/** Today in the site's zone, as a date-only column stores it (the `[today]` default). */
export function siteToday(zone: ISiteZone, now: number = Date.now()): string {
  return isoOf(siteDayStart(now, zone));
}

/** SP.TimeZone.Information of a zone: minutes, UTC = local + bias (Windows conventions). */
export function biasOf(zone: ISiteZone, year: number = new Date().getUTCFullYear()): { Bias: number; DaylightBias: number; StandardBias: number } {
  const january = offsetAt(Date.UTC(year, 0, 15), zone.iana);
  const july = offsetAt(Date.UTC(year, 6, 15), zone.iana);
  // SharePoint reports a daylight bias of -60 for every zone, also for those without daylight saving.
  return { Bias: -Math.min(january, july), DaylightBias: -60, StandardBias: 0 };
}

/** A UTC instant → the site's wall time, as `utcToLocalTime` answers it (no zone: 2027-03-01T00:00:00). */
export function utcToLocal(value: string, zone: ISiteZone): string | undefined {
  const t = Date.parse(/Z|[+-]\d{2}:?\d{2}$/i.test(value) || !/T/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(t)) return undefined;
  return isoOf(localAsUtc(t, zone.iana)).replace(/Z$/, '');
}

/** The site's wall time → the UTC instant, as `localTimeToUTC` answers it (2027-02-28T23:00:00Z). */
export function localToUtc(value: string, zone: ISiteZone): string | undefined {
  return storeDateTime(value.replace(/(Z|[+-]\d{2}:?\d{2})$/i, ''), false, zone);
}
