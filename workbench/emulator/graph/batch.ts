/**
 * JSON batching: `POST /$batch` with up to 20 requests, `dependsOn` sequencing, each inner request
 * run as the caller of the batch. Responses come back in request order.
 */
import { dispatch } from './router';
import { GraphHttpError, isRecord, JSON_CONTENT_TYPE, ok, readJsonBody, type IGraphRequest, type IGraphResponse } from './protocol';

/** Graph's limit on requests in one JSON batch. */
export const BATCH_LIMIT: number = 20;

interface IInner { id: string; method: string; url: string; headers: Record<string, string>; body: unknown; dependsOn: string[] }

function invalid(message: string = 'Invalid batch payload format.'): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

function parseRequests(req: IGraphRequest): IInner[] {
  const payload = readJsonBody(req);
  if (!Array.isArray(payload.requests)) throw invalid();
  if (payload.requests.length > BATCH_LIMIT) throw invalid('Number of requests inside batch exceed the limit.');
  if (payload.requests.length === 0) throw invalid('Invalid batch payload format: the batch holds no request.');
  const ids = new Set<string>();
  return payload.requests.map((r: unknown, i: number) => {
    if (!isRecord(r)) throw invalid();
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    if (!id) throw invalid(`Invalid batch payload format: request #${i + 1} has no 'id'.`);
    if (ids.has(id)) throw invalid(`Invalid batch payload format: the id '${id}' is used by more than one request.`);
    ids.add(id);
    if (typeof r.method !== 'string' || !r.method) throw invalid(`Invalid batch payload format: request '${id}' has no 'method'.`);
    if (typeof r.url !== 'string' || !r.url) throw invalid(`Invalid batch payload format: request '${id}' has no 'url'.`);
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (!isRecord(r.headers)) throw invalid(`Invalid batch payload format: the 'headers' of request '${id}' must be an object.`);
      for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    }
    if (r.body !== undefined && r.body !== null && !headers['content-type']) {
      throw invalid(`Invalid batch payload format: request '${id}' has a body but no Content-Type header.`);
    }
    const dependsOn = r.dependsOn === undefined ? [] : Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : null;
    if (!dependsOn) throw invalid(`Invalid batch payload format: 'dependsOn' of request '${id}' must be an array of ids.`);
    return { id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
}

/** Graph accepts fully parallel or fully sequential batches (and all-depend-on-one), nothing else. */
function checkDependencies(list: IInner[]): void {
  const ids = new Set(list.map(r => r.id));
  for (const r of list) {
    for (const d of r.dependsOn) {
      if (!ids.has(d)) throw invalid(`Invalid batch payload format: request '${r.id}' depends on '${d}', which is not in the batch.`);
    }
  }
  const withDeps = list.filter(r => r.dependsOn.length > 0);
  if (withDeps.length === 0) return;
  const serial = list.every((r, i) => (i === 0 ? r.dependsOn.length === 0 : r.dependsOn.length === 1 && r.dependsOn[0] === list[i - 1].id));
  const root = withDeps[0].dependsOn[0];
  const same = withDeps.every(r => r.dependsOn.length === 1 && r.dependsOn[0] === root) && list.find(r => r.id === root)?.dependsOn.length === 0;
  if (!serial && !same) throw invalid('Batch should be either fully sequential or fully parallel.');
}

/** `/graph/v1.0/me?x` or `https://host/v1.0/me?x` or `me?x` → path `/me` and query `x`. */
function innerTarget(url: string): { path: string; query: string } {
  let u = url.trim().replace(/^https?:\/\/[^/]+/i, '');
  u = u.replace(/^\/?graph(?=\/(v1\.0|beta)\b)/i, '');
  u = u.replace(/^\/?v1\.0(?=\/|\?|$)/i, '');
  if (/^\/?beta(\/|\?|$)/i.test(u)) throw new GraphHttpError(400, 'BadRequest', 'The batch and its requests must use the same API version (v1.0).');
  if (!u.startsWith('/')) u = '/' + u;
  const q = u.indexOf('?');
  return q < 0 ? { path: u, query: '' } : { path: u.slice(0, q), query: u.slice(q + 1) };
}

function innerBody(r: IInner): Buffer {
  if (r.body === undefined || r.body === null) return Buffer.alloc(0);
  const ct = r.headers['content-type'] ?? '';
  if (typeof r.body === 'string') {
    return /json/i.test(ct) ? Buffer.from(r.body, 'utf8') : Buffer.from(r.body, 'base64');
  }
  return Buffer.from(JSON.stringify(r.body), 'utf8');
}

/** One entry of the batch response: JSON bodies inline, binary bodies base64, as Graph does. */
function toBatchEntry(id: string, res: IGraphResponse): Record<string, unknown> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (k !== 'request-id' && k !== 'client-request-id') headers[k] = v;
  const entry: Record<string, unknown> = { id, status: res.status, headers };
  if (res.body === undefined) return entry;
  if (Buffer.isBuffer(res.body)) {
    entry.body = res.body.toString('base64');
  } else {
    headers['Content-Type'] = JSON_CONTENT_TYPE;
    entry.body = res.body;
  }
  headers['Cache-Control'] = headers['Cache-Control'] ?? 'no-cache';
  return entry;
}

/** POST /$batch */
export function runBatch(req: IGraphRequest): IGraphResponse {
  if (req.method !== 'POST') throw new GraphHttpError(405, 'BadRequest', 'The $batch endpoint only accepts POST.');
  const list = parseRequests(req);
  checkDependencies(list);
  const results = new Map<string, IGraphResponse>();
  const pending = [...list];
  while (pending.length) {
    const idx = pending.findIndex(r => r.dependsOn.every(d => results.has(d)));
    const r = pending.splice(idx < 0 ? 0 : idx, 1)[0];
    const failed = r.dependsOn.find(d => (results.get(d)?.status ?? 424) >= 400);
    if (failed !== undefined) {
      results.set(r.id, {
        status: 424,
        headers: {},
        body: { error: { code: 'FailedDependency', message: `Request '${r.id}' was not run because request '${failed}', which it depends on, failed.` } }
      });
      continue;
    }
    const target = innerTarget(r.url);
    if (target.path.toLowerCase() === '/$batch') {
      results.set(r.id, { status: 400, headers: {}, body: { error: { code: 'BadRequest', message: 'A batch request cannot contain another $batch request.' } } });
      continue;
    }
    results.set(r.id, dispatch({
      ...req,
      method: r.method,
      path: target.path,
      query: new URLSearchParams(target.query),
      headers: { ...r.headers, 'client-request-id': req.headers['client-request-id'] ?? '' },
      body: innerBody(r)
    }));
  }
  return ok({ responses: list.map(r => toBatchEntry(r.id, results.get(r.id)!)) });
}
