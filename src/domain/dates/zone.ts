/**
 * Time zones as PMO Hub computes with them: SharePoint's time zone of the site (its id, mapped to an
 * IANA zone) and the wall clock of an instant in any IANA zone. `Intl` applies the zone's rules, so
 * daylight-saving time is right for every date, past or future (as far as the runtime's tz data goes).
 */
import { SHAREPOINT_TIME_ZONES } from './timeZones';

/** The site's time zone. */
export interface ISiteTimeZone {
  /** SharePoint's time zone id (SP.TimeZone.Id), e.g. 4 for Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna. */
  id: number;
  /** The IANA zone whose rules apply, e.g. 'Europe/Berlin'. */
  iana: string;
}

/** SP.TimeZone.Information: minutes, Windows conventions (UTC = local time + bias). */
export interface ITimeZoneBias {
  Bias: number;
  StandardBias?: number;
  DaylightBias?: number;
}

/** The time zone of a site without one: UTC (SharePoint id 93), which is also the local workbench's default. */
export const UTC_TIME_ZONE: ISiteTimeZone = { id: 93, iana: 'Etc/UTC' };

/**
 * The site's time zone from SharePoint's id. An id the table does not know falls back to the fixed
 * offset of its standard bias (whole hours, as `Etc/GMT±h`; no daylight saving), and to UTC without one.
 */
export function siteTimeZoneOf(id: number, information?: ITimeZoneBias): ISiteTimeZone {
  const known = SHAREPOINT_TIME_ZONES[id];
  if (known) return { id, iana: known };
  if (information && typeof information.Bias === 'number') {
    const hours = Math.round(-(information.Bias + (information.StandardBias ?? 0)) / 60);
    if (hours === 0) return { id, iana: 'Etc/UTC' };
    if (hours >= -12 && hours <= 14) return { id, iana: `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}` };
  }
  return { id, iana: UTC_TIME_ZONE.iana };
}

/** A wall-clock reading: calendar day and time of day. */
export interface IWallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

interface IPartsFormat {
  formatToParts(date: number): Array<{ type: string; value: string }>;
}

const wallFormats: Map<string, IPartsFormat> = new Map();

function wallFormat(iana: string): IPartsFormat {
  let f = wallFormats.get(iana);
  if (!f) {
    // formatToParts and hourCycle are ES2017/ES2020 Intl; every browser SPFx supports has them.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
    } as Intl.DateTimeFormatOptions) as unknown as IPartsFormat;
    wallFormats.set(iana, f);
  }
  return f;
}

/** The wall clock of an instant (ms since the epoch) in an IANA zone. Throws RangeError for an unknown zone. */
export function wallClockAt(epochMs: number, iana: string): IWallClock {
  const out: IWallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of wallFormat(iana).formatToParts(epochMs)) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute' || p.type === 'second') out[p.type] = Number(p.value);
  }
  if (out.hour === 24) out.hour = 0; // engines that ignore hourCycle write midnight as 24
  return out;
}

/** The zone's offset from UTC at an instant, in minutes (east positive: Berlin in winter is +60). */
export function offsetMinutesAt(epochMs: number, iana: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const w = wallClockAt(whole, iana);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole) / 60000);
}

/**
 * The instant a wall-clock time has in an IANA zone. A time the zone skips (the hour clocks jump at a
 * daylight-saving change) resolves to the same wall time in the offset before the jump, i.e. the
 * instant just after the gap; a time the zone repeats resolves to its first occurrence.
 */
export function instantOf(wall: IWallClock, iana: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetMinutesAt(asUtc - 86400000, iana);
  const after = offsetMinutesAt(asUtc + 86400000, iana);
  // Try the earlier of the two offsets first (the first occurrence of a repeated time).
  const candidates = before >= after ? [before, after] : [after, before];
  for (const o of candidates) {
    const t = asUtc - o * 60000;
    if (offsetMinutesAt(t, iana) === o) return t;
  }
  return asUtc - before * 60000;
}
