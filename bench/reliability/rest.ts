/**
 * Plain SharePoint REST calls as a demo user (the workbench's user header), for the permission
 * matrix: what a user can do by hand with their browser session, not only through PMO Hub's screens.
 */
import { WORKBENCH_USER_HEADER } from '../../src/services/environment';
import { CLAIMS_PREFIX } from '../../workbench/directory';

/** A REST answer: its status and its JSON body (undefined when it has none). */
export interface IRestAnswer { status: number; body?: Record<string, unknown> }

/** The REST access of one site. */
export interface IRest {
  siteUrl: string;
  sitePath: string;
  /** Sends `method` to `path` (relative to the site's `_api/`) as `upn`; `body` as JSON, or bytes. */
  call(upn: string, method: 'GET' | 'POST' | 'MERGE' | 'DELETE', path: string, body?: unknown): Promise<IRestAnswer>;
  /** The REST path of a list by its web-relative URL. */
  list(listUrl: string): string;
}

/** REST access to the site at `siteUrl` (http://host/sites/pmo). */
export function restOf(siteUrl: string): IRest {
  const sitePath = new URL(siteUrl).pathname;
  return {
    siteUrl,
    sitePath,
    list: listUrl => `web/getList('${sitePath}/${listUrl}')`,
    call: async (upn, method, path, body) => {
      const headers: Record<string, string> = { Accept: 'application/json;odata=nometadata', [WORKBENCH_USER_HEADER]: upn };
      let payload: string | Uint8Array | undefined;
      if (body instanceof Uint8Array) payload = body;
      else if (body !== undefined) { payload = JSON.stringify(body); headers['Content-Type'] = 'application/json;odata=nometadata'; }
      if (method === 'MERGE' || method === 'DELETE') { headers['X-HTTP-Method'] = method; headers['IF-MATCH'] = '*'; }
      const res = await fetch(`${siteUrl}/_api/${path}`, { method: method === 'GET' ? 'GET' : 'POST', headers, body: payload });
      const text = await res.text();
      let json: Record<string, unknown> | undefined;
      try { json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined; } catch { json = undefined; }
      return { status: res.status, body: json };
    }
  };
}

/** The claims login SharePoint Online gives an Entra user. */
export function claimsOf(upn: string): string {
  return `${CLAIMS_PREFIX}${upn}`;
}

/** True for a 2xx answer. */
export function ok(a: IRestAnswer): boolean {
  return a.status >= 200 && a.status < 300;
}
