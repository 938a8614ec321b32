/**
 * SharePoint REST `$batch`: multipart/mixed with changesets, as PnPjs `sp.batched()` sends it.
 * Responses are written the way SharePoint Online writes them: one flat `--batchresponse_` part per
 * request (changeset responses are not nested), CRLF line ends.
 *
 * A changeset runs in one SQLite transaction: if one of its requests fails, the whole changeset is
 * rolled back and EVERY request of that changeset answers the failing request's error. (SharePoint
 * Online itself does not roll changesets back: it runs each request on its own. The emulator is
 * stricter on purpose, see FIDELITY.md.)
 */
import { randomUUID } from 'node:crypto';
import type { ICtx } from './context';
import { notifyRollback } from './store';
import { SpError, errorResponse, formatOf, spErrors, type ISpResponse } from './odata';

/** One request inside a batch. */
export interface IBatchOp {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A top-level batch part: a single GET, or a changeset of writes. */
export type BatchPart = { kind: 'single'; op: IBatchOp } | { kind: 'changeset'; ops: IBatchOp[] };

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function splitParts(text: string, boundary: string): string[] {
  const lines = text.split(/\r?\n/);
  const parts: string[] = [];
  let cur: string[] | undefined;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (cur) parts.push(cur.join('\n'));
      cur = t.endsWith('--') && t !== `--${boundary}` ? undefined : [];
      if (t === `--${boundary}--`) break;
      continue;
    }
    if (cur) cur.push(line);
  }
  return parts;
}

function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i].replace(/\r$/, '');
    if (l.trim() === '') { i++; break; }
    const c = l.indexOf(':');
    if (c > 0) headers[l.slice(0, c).trim().toLowerCase()] = l.slice(c + 1).trim();
  }
  return { headers, next: i };
}

function parseHttpPart(part: string): IBatchOp {
  const lines = part.split('\n');
  const outer = readHeaders(lines, 0);
  let i = outer.next;
  while (i < lines.length && lines[i].trim() === '') i++;
  const reqLine = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?/i.exec((lines[i] ?? '').trim());
  if (!reqLine) throw spErrors.badQuery('The batch request is not valid: missing request line.');
  const inner = readHeaders(lines, i + 1);
  const body = lines.slice(inner.next).join('\n').trim();
  return { method: reqLine[1].toUpperCase(), url: reqLine[2], headers: inner.headers, body };
}

/** Parses a $batch body. */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw spErrors.badQuery('The batch request must have a multipart/mixed content type with a boundary.');
  const out: BatchPart[] = [];
  for (const part of splitParts(body, boundary)) {
    const lines = part.split('\n');
    const { headers } = readHeaders(lines, 0);
    const ct = headers['content-type'] ?? '';
    if (/multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      if (!cs) throw spErrors.badQuery('The changeset has no boundary.');
      out.push({ kind: 'changeset', ops: splitParts(part, cs).map(parseHttpPart) });
    } else {
      out.push({ kind: 'single', op: parseHttpPart(part) });
    }
  }
  return out;
}

const reasons: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 412: 'Precondition Failed',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'
};

function writePart(out: string[], boundary: string, r: ISpResponse): void {
  out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
  out.push(`HTTP/1.1 ${r.status} ${reasons[r.status] ?? 'Unknown'}`);
  for (const [k, v] of Object.entries(r.headers)) out.push(`${k.toUpperCase() === 'ETAG' ? 'ETag' : k.toUpperCase()}: ${v}`);
  out.push('');
  out.push(typeof r.body === 'string' ? r.body : r.body.toString('utf8'));
}

/**
 * Runs a parsed batch. `exec` runs one operation (it throws SpError on failure); writes outside a
 * changeset get their own transaction; each changeset is one transaction.
 */
export function runBatch(ctx: ICtx, parts: BatchPart[], exec: (op: IBatchOp) => ISpResponse): ISpResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  const fmtOf = (op: IBatchOp): ReturnType<typeof formatOf> => formatOf(op.headers.accept);
  const safe = (op: IBatchOp): ISpResponse => {
    try {
      return exec(op);
    } catch (e) {
      if (e instanceof SpError) return errorResponse(e, fmtOf(op));
      throw e;
    }
  };
  for (const part of parts) {
    if (part.kind === 'single') {
      writePart(out, boundary, safe(part.op));
      continue;
    }
    const results: ISpResponse[] = [];
    let failure: { error: SpError; op: IBatchOp } | undefined;
    ctx.db.exec('BEGIN IMMEDIATE');
    try {
      for (const op of part.ops) {
        try {
          results.push(exec(op));
        } catch (e) {
          if (!(e instanceof SpError)) throw e;
          failure = { error: e, op };
          break;
        }
      }
    } catch (e) {
      ctx.db.exec('ROLLBACK');
      notifyRollback(ctx.db);
      throw e;
    }
    if (failure) {
      ctx.db.exec('ROLLBACK');
      notifyRollback(ctx.db);
      for (const op of part.ops) writePart(out, boundary, errorResponse(failure.error, fmtOf(op)));
    } else {
      ctx.db.exec('COMMIT');
      for (const r of results) writePart(out, boundary, r);
    }
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\r\n') };
}
