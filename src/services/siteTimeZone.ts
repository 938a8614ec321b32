import type { SPFI } from '../platform/pnp';
import { siteTimeZoneOf, type ISiteTimeZone, type ITimeZoneBias } from '../domain/dates';

/** SP.TimeZone as REST (`/_api/web/RegionalSettings/TimeZone`) returns it. */
export interface ISpTimeZone {
  Id: number;
  Description?: string;
  Information?: ITimeZoneBias;
}

/** The SPFx page context's `legacyPageContext.webTimeZoneData`: the same zone, flat. */
export interface IWebTimeZoneData extends ITimeZoneBias {
  Id: number;
  Description?: string;
}

/** A web to read the zone from: the PMO site's web, or the same web inside a `$batch`. */
type WebOf = SPFI['web'];

/**
 * Where the services learn the site's time zone: once per environment. In SharePoint the page context
 * has it; the local environment reads `/_api/web/RegionalSettings/TimeZone` on first use.
 */
export interface ISiteTimeZoneSource {
  /**
   * The site's time zone. Read at most once: later calls share the first read (a failed read is
   * tried again next time). When it is not known yet and `web` is given (a batched web), the read
   * joins that `$batch`, so it costs no request of its own; the promise then settles when the batch runs.
   */
  get(web?: WebOf): Promise<ISiteTimeZone>;
}

/** A zone the host already knows (the SPFx page context). */
export function knownSiteTimeZone(zone: ISiteTimeZone): ISiteTimeZoneSource {
  const p = Promise.resolve(zone);
  return { get: () => p };
}

/** The site's zone from the SPFx page context's `webTimeZoneData`. */
export function siteTimeZoneFromPage(data: IWebTimeZoneData): ISiteTimeZone {
  return siteTimeZoneOf(data.Id, data);
}

/** Reads the zone through REST: GET web/RegionalSettings/TimeZone. */
export async function readSiteTimeZone(web: WebOf): Promise<ISiteTimeZone> {
  const tz = (await web.regionalSettings.timeZone()) as unknown as ISpTimeZone;
  return siteTimeZoneOf(tz.Id, tz.Information);
}

/** The site's zone read once, lazily, through REST (the local workbench; any host without a page context). */
export function restSiteTimeZone(sp: SPFI): ISiteTimeZoneSource {
  let pending: Promise<ISiteTimeZone> | undefined;
  return {
    get: (web?: WebOf): Promise<ISiteTimeZone> => {
      if (!pending) {
        const read = readSiteTimeZone(web ?? sp.web);
        pending = read;
        read.catch(() => { if (pending === read) pending = undefined; });
      }
      return pending;
    }
  };
}
