/**
 * Time zones for calendar events: Graph accepts Windows time zone names (and IANA names) in
 * `dateTimeTimeZone.timeZone`, stores the instant, and returns it in UTC unless the request says
 * `Prefer: outlook.timezone="..."`.
 */

/** Windows time zone names of the regions PMO Hub serves (and a few more), to IANA ids. */
const WINDOWS_TO_IANA: Record<string, string> = {
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'aus eastern standard time': 'Australia/Sydney'
};

/** The IANA zone for a Windows or IANA time zone name; undefined when neither is known. */
export function resolveZone(name: string): string | undefined {
  const hit = WINDOWS_TO_IANA[name.trim().toLowerCase()];
  if (hit) return hit;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name.trim() });
    return name.trim();
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as a UTC timestamp (ms) of the same fields. */
function wallClockMs(utcMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) + (utcMs % 1000 + 1000) % 1000;
}

/** Parses Graph's `dateTime` (local, no zone: `2026-11-23T09:00:00[.fffffff]`) into wall-clock ms. */
export function parseLocalDateTime(value: string): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,7}))?)?)?(Z|[+-]\d\d:\d\d)?$/.exec(value.trim());
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000));
  return Number.isNaN(ms) ? undefined : ms;
}

/** The UTC instant (ms) of a wall-clock time in a zone (DST gaps resolve forward, like Exchange). */
export function localToUtc(wallMs: number, zone: string): number {
  let utc = wallMs - (wallClockMs(wallMs, zone) - wallMs);
  utc = wallMs - (wallClockMs(utc, zone) - utc);
  return utc;
}

/** Graph's `dateTime` text of an instant in a zone: `2026-11-23T08:00:00.0000000`. */
export function formatInZone(utcMs: number, zone: string): string {
  const wall = zone === 'UTC' ? utcMs : wallClockMs(utcMs, zone);
  const iso = new Date(wall).toISOString(); // 2026-11-23T08:00:00.000Z
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000`;
}
