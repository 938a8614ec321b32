/**
 * Tenant properties: SharePoint's storage entities, kept in the tenant app catalog and readable from
 * every site of the tenant: `GET {any web}/_api/web/GetStorageEntity('key')` answers SP.StorageEntity
 * `{ Value, Description, Comment }` (all null for a key that is not set). A tenant admin writes them
 * with `POST {app catalog}/_api/web/SetStorageEntity` (JSON `{ key, value, description, comments }`)
 * and removes them with `POST .../RemoveStorageEntity('key')`.
 *
 * The emulator serves one site, but a Teams tab runs in its team's site and a personal app on the
 * root site, so these three calls are answered at any site path (`/sites/<name>/_api/web/…`) and at
 * the root (`/_api/web/…`). Every other request to a site other than the PMO site stays unanswered.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Entity, entityResponse, SpError, spErrors, type ODataFormat, type ISpResponse } from './odata';
import type { IIdentity } from './security';

/** One of the three storage entity calls, found in a request path. */
export interface ITenantPropertyCall {
  op: 'get' | 'set' | 'remove';
  /** The key named in the path (get, remove); from the body for set. */
  key?: string;
}

const CALL = /^(?:\/sites\/[^/]+)?\/_api\/web\/(getstorageentity|setstorageentity|removestorageentity)(?:\('((?:[^']|'')*)'\))?$/i;

/** The storage entity call a (decoded) request path makes, or undefined. */
export function tenantPropertyCall(path: string): ITenantPropertyCall | undefined {
  const m = CALL.exec(path);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  const key = m[2] === undefined ? undefined : m[2].replace(/''/g, "'");
  if (name === 'setstorageentity') return key === undefined ? { op: 'set' } : undefined;
  if (key === undefined) return undefined;
  return { op: name === 'getstorageentity' ? 'get' : 'remove', key };
}

function ensureTable(db: DatabaseSync): void {
  db.exec('CREATE TABLE IF NOT EXISTS tenant_properties (key TEXT PRIMARY KEY COLLATE NOCASE, value TEXT, description TEXT, comment TEXT)');
}

/** The request of a storage entity call. */
export interface ITenantPropertyRequest {
  db: DatabaseSync;
  /** The caller (resolved from the request; an unknown user has been refused with 401 already). */
  who: IIdentity;
  method: string;
  body: Buffer;
  fmt: ODataFormat;
  /** The `_api` base of the site the call was made at (for metadata links). */
  apiBase: string;
}

function bodyOf(body: Buffer): Record<string, unknown> {
  try {
    const parsed = JSON.parse(body.toString('utf8') || '{}') as unknown;
    return parsed && typeof parsed === 'object' ? parsed as Record<string, unknown> : {};
  } catch {
    throw spErrors.badQuery('The request body is not valid JSON.');
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Answers a storage entity call as SharePoint does: GET reads (any signed-in user); POST set/remove
 * need a tenant admin, which is the emulator's site collection administrator (403 for anyone else).
 */
export function handleTenantProperty(call: ITenantPropertyCall, req: ITenantPropertyRequest): ISpResponse {
  ensureTable(req.db);
  if (call.op === 'get') {
    if (req.method !== 'GET') throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed for GetStorageEntity.');
    const row = req.db.prepare('SELECT value, description, comment FROM tenant_properties WHERE key = ?').get(call.key ?? '') as { value: string | null; description: string | null; comment: string | null } | undefined;
    const props = { Comment: row?.comment ?? null, Description: row?.description ?? null, Value: row?.value ?? null };
    return entityResponse(new Entity('SP.StorageEntity', undefined, props), req.fmt, req.apiBase);
  }
  if (req.method !== 'POST') throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed.');
  if (!req.who.user.is_admin) throw spErrors.accessDenied();
  if (call.op === 'remove') {
    req.db.prepare('DELETE FROM tenant_properties WHERE key = ?').run(call.key ?? '');
  } else {
    const b = bodyOf(req.body);
    const key = text(b.key);
    if (!key) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: key');
    req.db.prepare('INSERT INTO tenant_properties (key, value, description, comment) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, description = excluded.description, comment = excluded.comment')
      .run(key, text(b.value), text(b.description), text(b.comments));
  }
  return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
}
