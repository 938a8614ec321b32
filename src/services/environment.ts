import { SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { Client } from '@microsoft/microsoft-graph-client';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { ReadEmptyBodies, RetryThrottled, spfi, type SPFI } from '../platform/pnp';
import { SchemaGuard } from './schemaGuard';
import { restSiteTimeZone, type ISiteTimeZoneSource } from './siteTimeZone';

/**
 * Everything a PMO Hub service needs from its host: one PnPjs root for the PMO site and one Graph
 * client. Created once per web part instance (or per test), never in handlers.
 */
export interface IPmoEnvironment {
  /** PnPjs root bound to the PMO site. */
  sp: SPFI;
  /** Microsoft Graph client (v1.0). */
  graph: Client;
  /** Absolute URL of the PMO site, e.g. https://contoso.sharepoint.com/sites/pmo. */
  siteUrl: string;
  /** UI locale of the page, lower case: en-us, de-de, fr-fr, nl-nl or it-it. */
  locale: string;
  /** The PMO site's time zone (regional settings), known once per environment; date-only values follow it. */
  siteTimeZone: ISiteTimeZoneSource;
}

/** Options of {@link localEnvironment}. */
export interface ILocalEnvironmentOptions {
  /** The local PMO site, e.g. http://localhost:4321/sites/pmo. */
  siteUrl: string;
  /** The local Graph root, e.g. http://localhost:4321/graph (the client appends /v1.0). */
  graphUrl: string;
  /** Login (user principal name) of the demo user to act as; the emulator's site owner if omitted. */
  user?: string;
  /** UI locale; en-us if omitted. */
  locale?: string;
  /**
   * Attempts in all, the first included, for a throttled (429) or busy (503) request, as PnPjs' own
   * `retries` counted them (default 10: PMO Hub's policy, the same in SharePoint; see RetryThrottled).
   */
  retries?: number;
  /** Refuse list queries that name a column the schema does not define (default true; see schemaGuard.ts). */
  schemaGuard?: boolean;
}

/** The header by which the local workbench knows who is calling. */
export const WORKBENCH_USER_HEADER: string = 'X-Workbench-User';

/** Prefix of the bearer token the local workbench's Graph accepts: `wb-user:<login>`. */
export const WORKBENCH_TOKEN_PREFIX: string = 'wb-user:';

/**
 * The environment against the local workbench (emulator): the same PnPjs pipeline as in SharePoint,
 * with the site URL as base and the demo user in a header. Runs in Node (tests, CLI, benchmarks) and
 * in the browser (the local PMO site).
 */
export function localEnvironment(options: ILocalEnvironmentOptions): IPmoEnvironment {
  const headers: Record<string, string> = {};
  if (options.user) headers[WORKBENCH_USER_HEADER] = options.user;
  const sp = spfi(options.siteUrl).using(
    SPBrowser({ baseUrl: options.siteUrl }),
    ReadEmptyBodies(),
    RetryThrottled({ attempts: options.retries ?? 10 }),
    InjectHeaders(headers),
    ...(options.schemaGuard === false ? [] : [SchemaGuard()])
  );
  const token = WORKBENCH_TOKEN_PREFIX + (options.user ?? '');
  const authProvider: AuthenticationProvider = { getAccessToken: () => Promise.resolve(token) };
  const graphBase = options.graphUrl.replace(/\/v1\.0\/?$/, '').replace(/\/?$/, '/');
  const graph = Client.initWithMiddleware({
    authProvider,
    baseUrl: graphBase,
    defaultVersion: 'v1.0',
    customHosts: new Set([new URL(graphBase).hostname]),
    // The Graph client sends Authorization only to https hosts; over the workbench's http the user
    // travels in the same header PnPjs sends.
    fetchOptions: { headers }
  });
  return { sp, graph, siteUrl: options.siteUrl.replace(/\/$/, ''), locale: (options.locale ?? 'en-us').toLowerCase(), siteTimeZone: restSiteTimeZone(sp) };
}
