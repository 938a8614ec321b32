/**
 * The request/response model of the Graph emulator, independent of node:http, so that the same
 * handlers answer a top-level HTTP request and a request inside a JSON `$batch`.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { IDemoUser } from '../../directory';

/** The Content-Type Microsoft Graph v1.0 puts on its JSON responses. */
export const JSON_CONTENT_TYPE: string =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** The Entra tenant id of the demo tenant (Graph returns it on teams and channels). */
export const DEMO_TENANT_ID: string = '5a3e0000-0000-4000-8000-00000000d3e0';

/** One request to the Graph emulator, after identity and routing information were extracted. */
export interface IGraphRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path below /v1.0 without the query string, e.g. `/users/x/photo/$value`. */
  path: string;
  /** The query string, parsed. */
  query: URLSearchParams;
  /** Request headers with lower-case names. */
  headers: Record<string, string>;
  /** The raw body (empty when none). */
  body: Buffer;
  /** The signed-in user the request runs as. */
  caller: IDemoUser;
  /** The database of the emulator. */
  db: DatabaseSync;
  /** Absolute root of this Graph, e.g. `http://127.0.0.1:4321/graph/v1.0` (used in @odata links). */
  serviceRoot: string;
  /** The origin of the emulator, e.g. `http://127.0.0.1:4321`. */
  origin: string;
}

/** The answer to one request: status, headers and either a JSON value or raw bytes. */
export interface IGraphResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON body (serialised with {@link JSON_CONTENT_TYPE}), raw bytes, or nothing (204). */
  body?: unknown;
}

/** An error Graph reports with its `{"error":{"code","message","innerError"}}` body. */
export class GraphHttpError extends Error {
  public readonly status: number;
  public readonly code: string;
  public readonly headers: Record<string, string>;

  public constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GraphHttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** Graph's timestamp format in `innerError.date`: ISO without fraction and zone. */
function innerErrorDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/** Builds Graph's error response for a {@link GraphHttpError}. */
export function errorResponse(err: GraphHttpError, clientRequestId: string | undefined): IGraphResponse {
  const requestId = randomUUID();
  return {
    status: err.status,
    headers: { ...err.headers, 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId },
    body: {
      error: {
        code: err.code,
        message: err.message,
        innerError: { date: innerErrorDate(), 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId }
      }
    }
  };
}

/** 200 with a JSON body. */
export function ok(body: unknown, status: number = 200, headers: Record<string, string> = {}): IGraphResponse {
  return { status, headers, body };
}

/** 204 No Content. */
export function noContent(): IGraphResponse {
  return { status: 204, headers: {} };
}

/** 404 for a directory object (user, group) that does not exist. */
export function resourceNotFound(key: string): GraphHttpError {
  return new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`
  );
}

/** 400 for a path segment Graph does not know. */
export function segmentNotFound(segment: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** 405 for a known resource addressed with an unsupported method. */
export function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request uri.');
}

/** Parses a JSON request body, failing like Graph does on an empty or malformed payload. */
export function readJsonBody(req: IGraphRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (!text) throw new GraphHttpError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (!isRecord(parsed)) {
    throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  return parsed;
}

/** True for a plain JSON object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when the request carries `ConsistencyLevel: eventual` (advanced directory queries). */
export function isEventual(req: IGraphRequest): boolean {
  return (req.headers.consistencylevel ?? '').trim().toLowerCase() === 'eventual';
}
