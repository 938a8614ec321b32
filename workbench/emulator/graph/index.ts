/**
 * The Microsoft Graph v1.0 part of the local workbench's emulator. The server routes every
 * `/graph/v1.0/*` request here. Identity: `Authorization: Bearer wb-user:<upn>` (what the local
 * environment's auth provider sends), else `X-Workbench-User: <upn or claims login>`, else the site owner.
 *
 * See FIDELITY.md beside this file for what matches Graph and what differs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { findDemoUser, siteOwner, type IDemoUser } from '../../directory';
import { runBatch } from './batch';
import { initEventsTable } from './events';
import { initNotificationsTable, listRecordedNotifications, type IRecordedNotification } from './notifications';
import { errorResponse, GraphHttpError, JSON_CONTENT_TYPE, type IGraphRequest, type IGraphResponse } from './protocol';
import { dispatch } from './router';

export type { IRecordedNotification } from './notifications';

/** Prefix of the bearer token the workbench's auth provider sends (see src/services/environment.ts). */
const GRAPH_WORKBENCH_TOKEN_PREFIX: string = 'wb-user:';

/** The Graph emulator's context from the server. */
export interface IGraphContext {
  db: DatabaseSync;
  /** Origin of the emulator, e.g. `http://127.0.0.1:4321`. */
  origin: string;
}

/** Creates the Graph emulator's tables (events, notifications) if missing; idempotent. */
export function initGraphStore(db: DatabaseSync): void {
  initEventsTable(db);
  initNotificationsTable(db);
}

/** The recorded activity feed notifications, newest first (one entry per recipient). */
export function listNotifications(db: DatabaseSync): IRecordedNotification[] {
  return listRecordedNotifications(db);
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** The user a request runs as; 401 with Graph's error when the token or header names nobody. */
export function resolveCaller(headers: Record<string, string>): IDemoUser {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer\s*(.*)$/i.exec(auth.trim());
    const token = m ? m[1].trim() : '';
    if (!m || token === '') throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (!token.startsWith(GRAPH_WORKBENCH_TOKEN_PREFIX)) {
      throw new GraphHttpError(401, 'InvalidAuthenticationToken',
        token.includes('.') ? 'Access token validation failure. Invalid audience.' : 'IDX14100: JWT is not well formed, there are no dots (.).');
    }
    const login = token.slice(GRAPH_WORKBENCH_TOKEN_PREFIX.length).trim();
    if (login !== '') {
      const u = findDemoUser(login);
      if (!u) throw new GraphHttpError(401, 'InvalidAuthenticationToken', `Access token validation failure. The user '${login}' is not in the directory.`);
      return u;
    }
  }
  const header = (headers['x-workbench-user'] ?? '').trim();
  if (header !== '') {
    const u = findDemoUser(header);
    if (!u) throw new GraphHttpError(401, 'InvalidAuthenticationToken', `Access token validation failure. The user '${header}' is not in the directory.`);
    return u;
  }
  return siteOwner;
}

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'request-id, client-request-id, Location, ETag, Retry-After, Preference-Applied'
};

function write(res: ServerResponse, out: IGraphResponse, clientRequestId: string | undefined): void {
  const requestId = out.headers['request-id'] ?? randomUUID();
  const headers: Record<string, string> = {
    ...CORS,
    'request-id': requestId,
    'client-request-id': clientRequestId ?? requestId,
    'Cache-Control': 'no-cache',
    ...out.headers
  };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(out.body)) {
    payload = out.body;
  } else if (out.body !== undefined) {
    headers['Content-Type'] = JSON_CONTENT_TYPE;
    headers['OData-Version'] = '4.0';
    payload = Buffer.from(JSON.stringify(out.body), 'utf8');
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  res.writeHead(out.status, headers);
  res.end(payload);
}

/**
 * Answers one request below `/graph/v1.0`. `path` is the part after `/graph/v1.0` including the
 * query string; `body` the whole request body. Always writes a response.
 */
export function handleGraph(req: IncomingMessage, res: ServerResponse, path: string, body: Buffer, ctx: IGraphContext): Promise<void> {
  const headers = lowerHeaders(req);
  const clientRequestId = headers['client-request-id'];
  const method = (req.method ?? 'GET').toUpperCase();
  try {
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? 'Authorization, Content-Type, ConsistencyLevel, Prefer, client-request-id, SdkVersion',
        'Access-Control-Max-Age': '600'
      });
      res.end();
      return Promise.resolve();
    }
    // The Graph client recognises absolute links (`@odata.nextLink`) only when they are https, so it
    // joins an http link to its base URL: accept that doubled form as the link it stands for.
    path = path.replace(/^\/+https?:\/+[^/]+\/graph\/v1\.0(?=\/|\?|$)/i, '');
    const q = path.indexOf('?');
    const request: IGraphRequest = {
      method,
      path: q < 0 ? path : path.slice(0, q),
      query: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)),
      headers,
      body,
      caller: resolveCaller(headers),
      db: ctx.db,
      origin: ctx.origin.replace(/\/$/, ''),
      serviceRoot: `${ctx.origin.replace(/\/$/, '')}/graph/v1.0`
    };
    const isBatch = request.path.replace(/\/$/, '').toLowerCase() === '/$batch';
    let out: IGraphResponse;
    if (isBatch) {
      try {
        out = runBatch(request);
      } catch (e) {
        if (!(e instanceof GraphHttpError)) throw e;
        out = errorResponse(e, clientRequestId);
      }
    } else {
      out = dispatch(request);
    }
    write(res, out, clientRequestId);
  } catch (e) {
    const err = e instanceof GraphHttpError ? e : new GraphHttpError(500, 'InternalServerError', `The emulator failed: ${e instanceof Error ? e.message : String(e)}`);
    write(res, errorResponse(err, clientRequestId), clientRequestId);
  }
  return Promise.resolve();
}
