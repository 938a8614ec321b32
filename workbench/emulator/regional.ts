/**
 * `/_api/web/RegionalSettings`: the web's regional settings, its time zone (`TimeZone`, with
 * `utcToLocalTime` and `localTimeToUTC`) and the time zones a site can have (`TimeZones`).
 */
import type { ICtx } from './context';
import { Entity, entityResponse, collectionResponse, valueResponse, spErrors, type ISpResponse } from './odata';
import { Perm, demand, effectiveMask } from './security';
import { allSiteZones, biasOf, localToUtc, utcToLocal, type ISiteZone } from './timeZone';

/** A path segment as the router splits it: name in lower case, raw text, arguments of a call. */
interface ISegment { name: string; raw: string; args?: string }

function zoneEntity(zone: ISiteZone, uri: string): Entity {
  return new Entity('SP.TimeZone', uri, { Description: zone.description, Id: zone.id, Information: biasOf(zone) });
}

/** The web's regional settings: those of an en-US site (the emulator's web has Language 1033). */
function settingsEntity(): Entity {
  return new Entity('SP.RegionalSettings', 'Web/RegionalSettings', {
    AM: 'AM', PM: 'PM', CalendarType: 1, DateFormat: 0, DateSeparator: '/', DecimalSeparator: '.', FirstDayOfWeek: 0, LocaleId: 1033, NegativeSign: '-',
    ThousandSeparator: ',', Time24: false, TimeSeparator: ':', WorkDays: 62, WorkDayStartHour: 480, WorkDayEndHour: 1020
  });
}

/**
 * Handles `web/regionalsettings[/...]`. `arg` resolves a call's argument ('…' or an @alias).
 * Reading needs the Open permission on the web, as every web property does.
 */
export function regionalSettingsRoute(ctx: ICtx, segs: ISegment[], arg: (a: string | undefined) => string, notFound: () => Error): ISpResponse {
  demand(effectiveMask(ctx.db, ctx.who), Perm.Open);
  const [s, t] = segs;
  if (!s) {
    if (ctx.method !== 'GET') throw notFound();
    return entityResponse(settingsEntity(), ctx.fmt, ctx.apiBase);
  }
  if (s.name === 'timezone') {
    if (!t) {
      if (ctx.method !== 'GET') throw notFound();
      return entityResponse(zoneEntity(ctx.timeZone, 'Web/RegionalSettings/TimeZone'), ctx.fmt, ctx.apiBase, 200, 'SP.ApiData.TimeZones');
    }
    if (segs.length === 2 && (t.name === 'utctolocaltime' || t.name === 'localtimetoutc')) {
      const value = arg(t.args);
      const toLocal = t.name === 'utctolocaltime';
      const out = toLocal ? utcToLocal(value, ctx.timeZone) : localToUtc(value, ctx.timeZone);
      if (out === undefined) throw spErrors.badValue('Edm.DateTime');
      return valueResponse(toLocal ? 'UTCToLocalTime' : 'LocalTimeToUTC', out, ctx.fmt, ctx.apiBase, 'Edm.DateTime');
    }
    throw notFound();
  }
  if (s.name === 'timezones') {
    const zones = allSiteZones();
    if (!t) return collectionResponse(zones.map(z => zoneEntity(z, `Web/RegionalSettings/TimeZones(${z.id})`)), ctx.fmt, ctx.apiBase, 'SP.ApiData.TimeZones');
    if (segs.length === 2 && t.name === 'getbyid') {
      const zone = zones.find(z => z.id === Number(arg(t.args)));
      if (!zone) throw spErrors.badQuery('The time zone does not exist.');
      return entityResponse(zoneEntity(zone, `Web/RegionalSettings/TimeZones(${zone.id})`), ctx.fmt, ctx.apiBase, 200, 'SP.ApiData.TimeZones');
    }
  }
  throw notFound();
}
