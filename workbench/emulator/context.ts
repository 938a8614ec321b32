/**
 * The per-request context of the SharePoint side, and the list/field loaders every handler uses.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ODataFormat } from './odata';
import { spErrors } from './odata';
import { prep, onRollback } from './store';
import type { IIdentity } from './security';
import type { IFieldRecord } from './fields';
import type { ISiteZone } from './timeZone';

/** One SharePoint REST request, after method override and URL decoding. */
export interface ICtx {
  db: DatabaseSync;
  /** Absolute site URL, e.g. http://127.0.0.1:4321/sites/pmo. */
  siteUrl: string;
  /** Server-relative site path, e.g. /sites/pmo. */
  sitePath: string;
  /** Absolute `_api` root. */
  apiBase: string;
  fmt: ODataFormat;
  who: IIdentity;
  /** The site's time zone (regional settings): how DateTime values are stored and returned. */
  timeZone: ISiteZone;
  /** The effective method (X-HTTP-Method wins over POST): GET, POST, MERGE, PATCH, PUT, DELETE. */
  method: string;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** Query options ($select, $filter, ..., @aliases), decoded. */
  query: Map<string, string>;
  body: Buffer;
}

/** Parses the JSON body (empty → {}). */
export function jsonBody(ctx: ICtx): Record<string, unknown> {
  const t = ctx.body.toString('utf8').trim();
  if (!t) return {};
  try {
    const v = JSON.parse(t) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    throw spErrors.badQuery('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** A row of the `lists` table. */
export interface IListRow {
  id: number;
  guid: string;
  title: string;
  url: string;
  description: string;
  template: number;
  props: string;
  next_item_id: number;
  created: string;
  modified: string;
  has_unique: number;
  /** Maintained on every insert/delete, so ItemCount and the threshold check are O(1). */
  item_count: number;
}

/** List settings kept in `lists.props`. */
export interface IListProps {
  EnableVersioning?: boolean;
  EnableAttachments?: boolean;
  EnableFolderCreation?: boolean;
  Hidden?: boolean;
  ReadSecurity?: number;
  WriteSecurity?: number;
  NoCrawl?: boolean;
  OnQuickLaunch?: boolean;
  ContentTypesEnabled?: boolean;
  AllowContentTypes?: boolean;
  EnableMinorVersions?: boolean;
  MajorVersionLimit?: number;
  ForceCheckout?: boolean;
  EnableModeration?: boolean;
  DefaultViewUrl?: string;
  [k: string]: unknown;
}

/** Whether a list is a library of files: a document library (101) or the Site Pages library (119). */
export function isLibrary(l: { template: number }): boolean {
  return l.template === 101 || l.template === 119;
}

export function listProps(l: IListRow): IListProps {
  return JSON.parse(l.props) as IListProps;
}

const fieldCache = new WeakMap<DatabaseSync, Map<number, IFieldRecord[]>>();

onRollback(db => invalidateFieldCache(db));

/** Forgets cached field records (after any field change, and after a rollback). */
export function invalidateFieldCache(db: DatabaseSync): void {
  fieldCache.delete(db);
}

/**
 * Loads the fields of a list in order. Read paths share a cached, frozen copy (parsing the field
 * JSON on every item write dominated batch inserts); pass `fresh` to get records you may modify.
 */
export function loadFields(db: DatabaseSync, listId: number, fresh: boolean = false): IFieldRecord[] {
  const load = (): IFieldRecord[] => (prep(db, 'SELECT data FROM fields WHERE list_id = ? ORDER BY pos').all(listId) as Array<{ data: string }>).map(r => JSON.parse(r.data) as IFieldRecord);
  if (fresh) return load();
  let cache = fieldCache.get(db);
  if (!cache) {
    cache = new Map();
    fieldCache.set(db, cache);
  }
  let fields = cache.get(listId);
  if (!fields) {
    fields = load().map(f => Object.freeze(f));
    Object.freeze(fields);
    cache.set(listId, fields);
  }
  return fields;
}

/** Finds a list by title (case-insensitive), as getByTitle does. */
export function listByTitle(ctx: ICtx, title: string): IListRow {
  const l = prep(ctx.db, 'SELECT * FROM lists WHERE title = ? COLLATE NOCASE').get(title) as IListRow | undefined;
  if (!l) throw spErrors.listNotFound(title, ctx.siteUrl);
  return l;
}

/** Finds a list by id (GUID, with or without braces). */
export function listById(ctx: ICtx, guid: string): IListRow {
  const g = guid.replace(/[{}]/g, '').toLowerCase();
  const l = prep(ctx.db, 'SELECT * FROM lists WHERE guid = ?').get(g) as IListRow | undefined;
  if (!l) throw spErrors.listIdNotFound();
  return l;
}

/** The list's item entity type, e.g. SP.Data.ProjectsListItem. */
export function itemTypeName(l: IListRow): string {
  const leaf = l.url.split('/').pop() ?? l.title;
  const name = leaf.replace(/[^A-Za-z0-9]/g, ch => (ch === ' ' ? '_x0020_' : ''));
  return `SP.Data.${name.charAt(0).toUpperCase()}${name.slice(1)}ListItem`;
}

/** Current time as SharePoint writes it. */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
