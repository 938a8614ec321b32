/**
 * The PMO Hub local workbench emulator: SharePoint REST (under <sitePath>/_api) and Microsoft Graph
 * (under /graph) on SQLite, so that the real PnPjs and Graph client run unchanged against it.
 * See FIDELITY.md for what is emulated and where it differs from SharePoint Online.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { openStore } from './store';
import { ensureSitePagesLibrary } from './pages';
import { SpError, errorResponse, formatOf, type ISpResponse } from './odata';
import type { ICtx } from './context';
import { resolveIdentity } from './security';
import { handleSp } from './sp';
import { parseBatch, runBatch } from './batch';
import { initGraphStore, handleGraph, listNotifications } from './graph';
import { siteZoneOf, type ISiteZone } from './timeZone';
import { handleTenantProperty, tenantPropertyCall, type ITenantPropertyCall } from './tenant';

export interface IFaultOptions {
  /** Fraction (0..1) of requests answered 429 Too Many Requests with Retry-After. */
  rate429?: number;
  /** Fraction (0..1) of requests answered 503 Service Unavailable. */
  rate503?: number;
  /** Retry-After in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Seed of the deterministic pseudo-random sequence (default 1). */
  seed?: number;
}

export interface IEmulatorOptions {
  /** SQLite file path, or ':memory:' (default). */
  db?: string;
  /** Server-relative path of the PMO site (default '/sites/pmo'). */
  sitePath?: string;
  /** Title of a new site (default 'PMO'). */
  siteTitle?: string;
  /**
   * The site's time zone (regional settings): SharePoint's time zone id (4 = Berlin, 15 = Hawaii,
   * 67 = Nuku'alofa, …) or an IANA name SharePoint has ('Europe/Berlin'). Default 93, UTC.
   */
  timeZone?: number | string;
  faults?: IFaultOptions;
}

export interface IEmulator {
  /** Handles the request if it belongs to the emulator (/sites/pmo/_api/..., /graph/..., /_workbench/...); resolves false otherwise so a host (the local site server) can serve pages. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  setFaults(f: IFaultOptions): void;
  readonly db: DatabaseSync;
  /** The site's time zone. */
  readonly timeZone: ISiteZone;
  close(): void;
}

/** Deterministic PRNG (mulberry32): numbers in [0, 1), the same sequence for the same seed (fault injection, the reliability fuzz). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(h: IncomingMessage['headers'] | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Accept, Content-Type, IF-Match, X-HTTP-Method, X-RequestDigest, X-Workbench-User, Authorization, X-ClientService-ClientTag, X-PnPjs-NoDigest, SdkVersion, client-request-id, ConsistencyLevel, Prefer',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Location'
};

function send(res: ServerResponse, r: ISpResponse): void {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  res.writeHead(r.status, { ...CORS, ...r.headers, 'Content-Length': String(body.length) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...extra }, body: JSON.stringify(value) });
}

/**
 * The longest request URL SharePoint Online and Graph accept: their front end (HTTP.sys) refuses a
 * longer URL with 414 "The request URL is too long." before SharePoint sees it.
 */
export const MAX_URL_LENGTH: number = 16 * 1024;

/**
 * Node's limit for a request's line and headers, raised above MAX_URL_LENGTH so that a too-long URL
 * gets SharePoint's 414 rather than Node's 431 (a request past this limit still gets Node's 431).
 */
export const MAX_HEADER_BYTES: number = 64 * 1024;

/** The front end's answer to a URL over MAX_URL_LENGTH (HTTP.sys's plain HTML page). */
function urlTooLong(): ISpResponse {
  return {
    status: 414,
    headers: { 'Content-Type': 'text/html; charset=us-ascii' },
    body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Request URL Too Long</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Request URL Too Long</h2>\r\n<hr><p>HTTP Error 414. The request URL is too long.</p>\r\n</BODY></HTML>\r\n'
  };
}

/**
 * Checks fault settings as the Workbench page sends them: rates are numbers from 0 to 1 whose sum
 * is at most 1, Retry-After a whole number of seconds from 0 to 120. Returns the settings, or the
 * message naming the first field that is out of range.
 */
export function checkFaultOptions(value: unknown): { faults: IFaultOptions } | { error: string; field: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'The body must be a JSON object of fault settings.', field: '' };
  const v = value as Record<string, unknown>;
  const out: IFaultOptions = {};
  const ranges: Array<[keyof IFaultOptions, number, number, boolean]> = [['rate429', 0, 1, false], ['rate503', 0, 1, false], ['retryAfterSeconds', 0, 120, true], ['seed', 0, 2 ** 32 - 1, true]];
  for (const [field, min, max, whole] of ranges) {
    const x = v[field];
    if (x === undefined || x === null) continue;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max || (whole && !Number.isInteger(x))) {
      return { error: `${field} must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`, field };
    }
    out[field] = x;
  }
  const unknown = Object.keys(v).filter(k => !ranges.some(r => r[0] === k));
  if (unknown.length > 0) return { error: `Unknown fault setting ${unknown[0]}.`, field: unknown[0] };
  if ((out.rate429 ?? 0) + (out.rate503 ?? 0) > 1) return { error: 'rate429 and rate503 together must be at most 1.', field: 'rate503' };
  return { faults: out };
}

/** A storage entity call (GetStorageEntity, SetStorageEntity, RemoveStorageEntity) at any site path, as the caller the request names. */
function tenantPropertyRequest(db: DatabaseSync, req: IncomingMessage, call: ITenantPropertyCall, body: Buffer, path: string): ISpResponse {
  const headers = lowerHeaders(req.headers);
  const fmt = formatOf(headers.accept);
  try {
    const who = resolveIdentity(db, headers['x-workbench-user']);
    const apiBase = `http://${headers.host ?? 'localhost'}${path.slice(0, path.toLowerCase().indexOf('/_api/') + '/_api'.length)}`;
    return handleTenantProperty(call, { db, who, method: (headers['x-http-method'] ?? req.method ?? 'GET').toUpperCase(), body, fmt, apiBase });
  } catch (e) {
    if (e instanceof SpError) return errorResponse(e, fmt);
    return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e)), fmt);
  }
}

/** Creates an emulator on a SQLite store (a file, or ':memory:'). */
/** Content types of the files a PMO site keeps, by extension (others download as octet-stream). */
const FILE_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  png: 'image/png'
};

export function createEmulator(opts: IEmulatorOptions = {}): IEmulator {
  const sitePath = (opts.sitePath ?? '/sites/pmo').replace(/\/$/, '');
  const timeZone = siteZoneOf(opts.timeZone);
  const db = openStore(opts.db ?? ':memory:', opts.siteTitle ?? 'PMO');
  // Every SharePoint site has a Site Pages library (a store made before the emulator knew pages gets it now).
  ensureSitePagesLibrary(db, sitePath);
  initGraphStore(db);
  let faults: IFaultOptions = {};
  let random = prng(1);
  const injected = { '429': 0, '503': 0 };
  const setFaults = (f: IFaultOptions): void => {
    faults = { ...f };
    random = prng(f.seed ?? 1);
  };
  setFaults(opts.faults ?? {});

  /** Decides, BEFORE anything runs, whether this request is answered with an injected fault. */
  const injectedFault = (isGraph: boolean): ISpResponse | undefined => {
    const r429 = faults.rate429 ?? 0;
    const r503 = faults.rate503 ?? 0;
    if (r429 <= 0 && r503 <= 0) return undefined;
    const r = random();
    const retry = String(faults.retryAfterSeconds ?? 1);
    if (r < r429) {
      injected['429']++;
      const body = isGraph
        ? { error: { code: 'TooManyRequests', message: 'Please retry again later.', innerError: { date: new Date().toISOString() } } }
        : { 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', message: { lang: 'en-US', value: 'The request has been throttled. Please retry after some time (workbench fault injection).' } } };
      return { status: 429, headers: { 'Content-Type': 'application/json;charset=utf-8', 'Retry-After': retry }, body: JSON.stringify(body) };
    }
    if (r < r429 + r503) {
      injected['503']++;
      const body = isGraph
        ? { error: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable (workbench fault injection).' } }
        : { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ServerTooBusyException', message: { lang: 'en-US', value: 'The server is busy. Please try again later (workbench fault injection).' } } };
      return { status: 503, headers: { 'Content-Type': 'application/json;charset=utf-8', 'Retry-After': retry }, body: JSON.stringify(body) };
    }
    return undefined;
  };

  const spRequest = (req: IncomingMessage, url: URL, body: Buffer, apiPath: string): ISpResponse => {
    const headers = lowerHeaders(req.headers);
    const fmt = formatOf(headers.accept);
    const origin = `http://${headers.host ?? 'localhost'}`;
    try {
      const who = resolveIdentity(db, headers['x-workbench-user']);
      const base: Omit<ICtx, 'method' | 'headers' | 'query' | 'body' | 'fmt'> = { db, siteUrl: origin + sitePath, sitePath, apiBase: `${origin}${sitePath}/_api`, who, timeZone };
      const method = (headers['x-http-method'] ?? req.method ?? 'GET').toUpperCase();
      if (apiPath.toLowerCase() === '$batch') {
        if (method !== 'POST') throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed for $batch.');
        const parts = parseBatch(body.toString('utf8'), headers['content-type']);
        const ctxBatch: ICtx = { ...base, method, headers, query: new Map(), body, fmt };
        return runBatch(ctxBatch, parts, op => {
          const u = new URL(op.url, origin);
          const prefix = `${sitePath}/_api/`;
          const p = decodeURIComponent(u.pathname);
          if (!p.toLowerCase().startsWith(prefix.toLowerCase())) throw new SpError(404, '-1, System.ArgumentException', `The batched request URL ${op.url} does not belong to this site.`);
          const sub: ICtx = {
            ...base, method: (op.headers['x-http-method'] ?? op.method).toUpperCase(), headers: { ...headers, ...op.headers, 'if-match': op.headers['if-match'] ?? '' },
            query: new Map(u.searchParams), body: Buffer.from(op.body, 'utf8'), fmt: formatOf(op.headers.accept)
          };
          if (!op.headers['if-match']) delete sub.headers['if-match'];
          return handleSp(sub, p.slice(prefix.length));
        });
      }
      const ctx: ICtx = { ...base, method, headers, query: new Map(url.searchParams), body, fmt };
      return handleSp(ctx, apiPath);
    } catch (e) {
      if (e instanceof SpError) return errorResponse(e, fmt);
      const msg = e instanceof Error ? e.message : String(e);
      return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', msg), fmt);
    }
  };

  /**
   * A document library's file opened by its URL (a link's click: `/sites/pmo/ProjectDocuments/x.docx`),
   * answered with its content as SharePoint answers a download, for the user the request names; undefined
   * for anything else (pages, a file that is not there or not readable: the site's pages answer).
   */
  const fileAtUrl = (req: IncomingMessage, url: URL, path: string): ISpResponse | undefined => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const lower = path.toLowerCase();
    const ext = /\.([a-z0-9]{1,8})$/.exec(lower)?.[1];
    if (!lower.startsWith(`${sitePath.toLowerCase()}/`) || !ext || ext === 'aspx') return undefined;
    const r = spRequest(req, url, Buffer.alloc(0), `web/getFileByServerRelativePath(decodedUrl='${path.replace(/'/g, "''")}')/$value`);
    if (r.status !== 200) return undefined;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return { ...r, headers: { ...r.headers, 'Content-Type': FILE_TYPES[ext] ?? 'application/octet-stream', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` } };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const lower = path.toLowerCase();
    const tenantCall = tenantPropertyCall(path); // read from any site: a Teams tab's team site, a personal app's root site
    const isSp = !!tenantCall || `${lower}/`.startsWith(`${sitePath}/_api/`.toLowerCase()); // <site>/_api and below
    const isGraph = lower.startsWith('/graph/');
    const isAdmin = lower.startsWith('/_workbench/');
    if (!isSp && !isGraph && !isAdmin) {
      const file = fileAtUrl(req, url, path);
      if (!file) return false;
      send(res, req.method === 'HEAD' ? { ...file, body: '' } : file);
      return true;
    }
    if ((req.url ?? '').length > MAX_URL_LENGTH) {
      send(res, urlTooLong());
      return true;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return true;
    }
    const body = await readBody(req);
    if (isAdmin) {
      const what = lower.slice('/_workbench/'.length);
      if (what === 'health') sendJson(res, 200, { status: 'ok', sitePath, timeZone: timeZone.id, injectedFaults: injected, schemaVersion: (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v });
      else if (what === 'faults' && req.method === 'GET') sendJson(res, 200, faults);
      else if (what === 'faults' && req.method === 'POST') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8') || '{}');
        } catch {
          parsed = undefined;
        }
        const checked = checkFaultOptions(parsed);
        if ('error' in checked) sendJson(res, 400, checked);
        else {
          setFaults(checked.faults);
          sendJson(res, 200, faults);
        }
      } else if (what === 'notifications') sendJson(res, 200, listNotifications(db));
      else sendJson(res, 404, { error: `Unknown workbench endpoint ${path}` });
      return true;
    }
    const fault = injectedFault(isGraph);
    if (fault) {
      send(res, fault);
      return true;
    }
    if (isGraph) {
      const raw = req.url ?? '/';
      const rest = raw.replace(/^\/graph(\/v1\.0|\/beta)?/i, '') || '/';
      const host = req.headers.host ?? 'localhost';
      await handleGraph(req, res, rest, body, { db, origin: `http://${host}` });
      return true;
    }
    const apiPath = path.slice(sitePath.length + '/_api'.length).replace(/^\//, '');
    send(res, tenantCall ? tenantPropertyRequest(db, req, tenantCall, body, path) : spRequest(req, url, body, apiPath));
    return true;
  };

  return {
    handle,
    setFaults,
    db,
    timeZone,
    close: (): void => {
      if (db.isOpen) db.close();
    }
  };
}

/** Starts the emulator on its own HTTP server. */
export async function startEmulator(opts: IEmulatorOptions & { port?: number; host?: string } = {}): Promise<{ url: string; siteUrl: string; graphUrl: string; emulator: IEmulator; stop(): Promise<void> }> {
  const emulator = createEmulator(opts);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    emulator.handle(req, res).then(handled => {
      if (!handled) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
      }
    }).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(e instanceof Error ? e.message : String(e));
    });
  });
  server.keepAliveTimeout = 1000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  const sitePath = (opts.sitePath ?? '/sites/pmo').replace(/\/$/, '');
  return {
    url,
    siteUrl: url + sitePath,
    graphUrl: url + '/graph/v1.0',
    emulator,
    stop: async (): Promise<void> => {
      await new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      emulator.close();
    }
  };
}
