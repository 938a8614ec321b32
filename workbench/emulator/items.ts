/**
 * List items: OData queries compiled to SQL ($select, $filter, $orderby, $top, $skiptoken, $expand),
 * the list view threshold, item-level security, validation, add/update/delete and attachments.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { type ICtx, type IListRow, listProps, loadFields, itemTypeName, nowIso, jsonBody, isLibrary } from './context';
import { Entity, SpError, spErrors, type ISpResponse, collectionResponse, entityResponse, noContent, emptyOk } from './odata';
import { type IFieldRecord, isMulti, isLookupLike } from './fields';
import { siteToday, storeDateTime, utcToLocal } from './timeZone';
import { parseFilter, filterToSql, firstClause, membersOf, normalizeDate, type IMember, type ISqlMember, type Literal, type FilterNode } from './filter';
import { prep, setIndexStats, fieldIndexSql, isPartialFieldIndex } from './store';
import { applyCalculated } from './formula';
import { checkLeafName } from './names';
import { Perm, demand, effectiveMask, principalById, principalByLogin, type IPrincipal } from './security';
import { findDemoUser } from '../directory/index';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD: number = 5000;

/** A row of the `items` table. */
export interface IItemRow {
  list_id: number;
  id: number;
  guid: string;
  data: string;
  author: number;
  editor: number;
  created: string;
  modified: string;
  version: number;
  has_unique: number;
  has_att?: number;
}

const BUILTIN_COLUMNS: Record<string, string> = { ID: 'items.id', Created: 'items.created', Modified: 'items.modified', Author: 'items.author', Editor: 'items.editor' };

/** SQL expression of a field's stored value (the same text is used by the expression indexes). */
export function fieldSql(f: IFieldRecord, table: string = 'items'): string {
  const col = BUILTIN_COLUMNS[f.InternalName];
  if (col) return col.replace('items.', `${table}.`);
  return `json_extract(${table}.data, '$."${f.InternalName}"')`;
}

/** The name of the SQLite index backing an indexed field. */
export function indexName(listId: number, f: IFieldRecord): string {
  return `ix_f_${listId}_${f.Id.replace(/[^0-9a-f]/gi, '')}`;
}

/** Creates or drops the SQLite index behind a field's `Indexed` flag. */
export function syncFieldIndex(db: DatabaseSync, listId: number, f: IFieldRecord): void {
  const name = indexName(listId, f);
  if (f.InternalName === 'ID') return; // the primary key already indexes ID
  if (f.Indexed && !isMulti(f)) {
    const col = BUILTIN_COLUMNS[f.InternalName];
    const expr = col ? col.replace('items.', '') : `json_extract(data, '$."${f.InternalName}"') COLLATE NOCASE`;
    // an index made before store v4 covers every list: replace it with the partial one
    const existing = prep(db, 'SELECT sql FROM sqlite_schema WHERE type = \'index\' AND name = ?').get(name) as { sql: string | null } | undefined;
    if (existing && !isPartialFieldIndex(existing.sql)) db.exec(`DROP INDEX "${name}"`);
    db.exec(fieldIndexSql(name, listId, expr));
    setIndexStats(db, name, true);
  } else {
    db.exec(`DROP INDEX IF EXISTS "${name}"`);
    setIndexStats(db, name, false);
  }
}

function fieldMap(fields: IFieldRecord[]): Map<string, IFieldRecord> {
  const m = new Map<string, IFieldRecord>();
  for (const f of fields) m.set(f.InternalName.toLowerCase(), f);
  return m;
}

/** Everything needed to run queries and writes against one list. */
export interface IListScope {
  ctx: ICtx;
  list: IListRow;
  fields: IFieldRecord[];
  byName: Map<string, IFieldRecord>;
  mask: bigint;
}

export function listScope(ctx: ICtx, list: IListRow): IListScope {
  const fields = loadFields(ctx.db, list.id);
  return { ctx, list, fields, byName: fieldMap(fields), mask: effectiveMask(ctx.db, ctx.who, list.id) };
}

function overrides(mask: bigint): boolean {
  return (mask & Perm.CancelCheckout) === Perm.CancelCheckout;
}

/** True when item-level read security hides other users' items from the caller. */
function readOwnOnly(s: IListScope): boolean {
  return listProps(s.list).ReadSecurity === 2 && !overrides(s.mask);
}

// ---------------------------------------------------------------- member resolution (filter/orderby)

interface IResolved extends ISqlMember { field?: IFieldRecord; indexed: boolean }

const userProps: Record<string, string> = { id: 'id', title: 'title', email: 'email', name: 'login', username: 'login' };
/** Profile columns of a user that $select may project (rendered from the directory by userExpandEntity), not filtered on. */
const USER_PROFILE_PROPS: ReadonlyArray<string> = ['jobtitle', 'department', 'firstname', 'lastname', 'office'];

function lookupTargetList(s: IListScope, f: IFieldRecord): IListRow | undefined {
  const ref = (f.LookupList ?? '').replace(/[{}]/g, '').toLowerCase();
  return prep(s.ctx.db, 'SELECT * FROM lists WHERE guid = ? OR title = ? COLLATE NOCASE OR url = ? COLLATE NOCASE').get(ref, f.LookupList ?? '', f.LookupList ?? '') as IListRow | undefined;
}

/**
 * An SQL condition over the row alias `l` of `target`'s items: true for the items the caller may read
 * (list and item permissions, read-own item-level security). A lookup's projected columns
 * (`$expand=Request/Title`, `$filter=Request/Title eq '…'`) are security trimmed with it: the
 * projection of an item the caller cannot read is null, as if the lookup were empty, while the
 * lookup id (`RequestId`) stays, because it is stored in the source item. See FIDELITY.md.
 */
function readableTargetSql(s: IListScope, target: IListRow, alias: string): string {
  const db = s.ctx.db;
  const who = s.ctx.who;
  const mask = effectiveMask(db, who, target.id);
  let cond: string;
  if ((mask & Perm.ViewListItems) === 0n) {
    const shared = uniqueItemIds(s.ctx, target.id, true);
    cond = shared.length ? `${alias}.id IN (${shared.join(',')})` : '0';
  } else {
    const hidden = uniqueItemIds(s.ctx, target.id, false);
    cond = hidden.length ? `${alias}.id NOT IN (${hidden.join(',')})` : '1';
  }
  if (listProps(target).ReadSecurity === 2 && !overrides(mask)) cond = `(${cond} AND ${alias}.author = ${who.user.id})`;
  return cond;
}

/** The name of a library item's file, as an SQL expression over `items`. */
const FILE_NAME_SQL = '(SELECT f.name FROM files f WHERE f.list_id = items.list_id AND f.item_id = items.id)';

/** SQL of the file columns of a library (FileLeafRef, FileRef, FileDirRef), compared case-insensitively. */
function fileColumnSql(s: IListScope, lowerName: string): string | undefined {
  const dir = `${s.ctx.sitePath}/${s.list.url}`.replace(/'/g, "''");
  switch (lowerName) {
    case 'fileleafref': return `(${FILE_NAME_SQL} COLLATE NOCASE)`;
    case 'fileref': return `(('${dir}/' || ${FILE_NAME_SQL}) COLLATE NOCASE)`;
    case 'filedirref': return `('${dir}' COLLATE NOCASE)`;
    default: return undefined;
  }
}

function convertFor(f: IFieldRecord | undefined): ((v: Literal) => Literal) | undefined {
  if (!f) return undefined;
  if (f.FieldTypeKind === 8) return v => (v === true || v === 1 || v === '1' || (typeof v === 'string' && /^true$/i.test(v)) ? 1 : 0);
  if (f.FieldTypeKind === 4) return v => (typeof v === 'string' ? normalizeDate(v) ?? v : v);
  if (isLookupLike(f) || [1, 5, 9, 10].indexOf(f.FieldTypeKind) >= 0) return v => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v);
  return undefined;
}

function resolveMember(s: IListScope, m: IMember): IResolved {
  const [head, sub] = m.path;
  if (m.path.length > 2) throw spErrors.badQuery(`The expression "${m.path.join('/')}" is not valid.`);
  const lower = head.toLowerCase();
  let f = s.byName.get(lower);
  if (lower === 'id') f = s.byName.get('id');
  if (!f && /id$/i.test(head)) {
    const baseField = s.byName.get(lower.slice(0, -2));
    if (baseField && isLookupLike(baseField) && sub === undefined) f = baseField;
  }
  if (!f && sub === undefined && isLibrary(s.list)) {
    const virtual = fileColumnSql(s, lower);
    if (virtual) return { sql: virtual, field: { InternalName: head, FieldTypeKind: 2 } as IFieldRecord, indexed: false };
  }
  if (!f) throw spErrors.columnNotFound(head);
  if (sub === undefined) {
    const sql = fieldSql(f);
    if (isMulti(f)) return { sql, multiJson: `items.data, '$."${f.InternalName}"'`, field: f, indexed: false, convert: convertFor(f) };
    return { sql, field: f, indexed: f.InternalName === 'ID' || f.Indexed, convert: convertFor(f) };
  }
  if (!isLookupLike(f)) throw spErrors.columnNotFound(`${head}/${sub}`);
  const idExpr = isMulti(f) ? 'value' : fieldSql(f);
  const subLower = sub.toLowerCase();
  let projected: string;
  let convert: ((v: Literal) => Literal) | undefined;
  if (f.FieldTypeKind === 20) {
    const col = userProps[subLower];
    if (!col) throw spErrors.columnNotFound(`${head}/${sub}`);
    projected = col === 'id' ? idExpr : `(SELECT p.${col} FROM principals p WHERE p.id = ${idExpr})`;
  } else {
    const target = lookupTargetList(s, f);
    if (!target) throw spErrors.columnNotFound(`${head}/${sub}`);
    const tf = fieldMap(loadFields(s.ctx.db, target.id)).get(subLower === 'id' ? 'id' : subLower);
    if (!tf) throw spErrors.columnNotFound(`${head}/${sub}`);
    projected = tf.InternalName === 'ID' ? idExpr : `(SELECT ${fieldSql(tf, 'l')} FROM items l WHERE l.list_id = ${target.id} AND l.id = ${idExpr} AND ${readableTargetSql(s, target, 'l')})`;
    convert = convertFor(tf);
  }
  if (isMulti(f)) {
    return { sql: projected, multiJson: `(SELECT json_group_array(${projected}) FROM json_each(items.data, '$."${f.InternalName}"'))`, field: f, indexed: false, convert };
  }
  return { sql: projected, field: f, indexed: false, convert };
}

// ---------------------------------------------------------------- rendering

interface ISelection {
  all: boolean;
  props: Set<string>;
  /** lookup/user field internal name (lower) → projected sub-properties. */
  expands: Map<string, string[]>;
  attachmentFiles: boolean;
}

function parseSelection(s: IListScope): ISelection {
  const select = (s.ctx.query.get('$select') ?? '').split(',').map(x => x.trim()).filter(Boolean);
  const expand = (s.ctx.query.get('$expand') ?? '').split(',').map(x => x.trim().toLowerCase()).filter(Boolean);
  const sel: ISelection = { all: select.length === 0, props: new Set(), expands: new Map(), attachmentFiles: false };
  for (const e of expand) {
    if (e === 'attachmentfiles') { sel.attachmentFiles = true; continue; }
    const f = s.byName.get(e.split('/')[0]);
    if (!f || !isLookupLike(f)) {
      if (e === 'fieldvaluesastext' || e === 'contenttype' || e === 'file' || e === 'folder') continue;
      throw spErrors.propertyNotFound(e);
    }
  }
  for (const item of select) {
    if (item === '*') { sel.all = true; continue; }
    const parts = item.split('/');
    const lower = parts[0].toLowerCase();
    if (lower === 'attachmentfiles') {
      if (expand.indexOf('attachmentfiles') < 0) throw spErrors.badQuery(`The query to field 'AttachmentFiles' is not valid. The $select query string must specify the target fields and the $expand query string must contains AttachmentFiles.`);
      sel.attachmentFiles = true;
      continue;
    }
    if (parts.length === 2) {
      const f = s.byName.get(lower);
      if (!f || !isLookupLike(f)) throw spErrors.propertyNotFound(parts[0]);
      if (expand.indexOf(lower) < 0) throw spErrors.badQuery(`The query to field '${f.InternalName}/${parts[1]}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${f.InternalName}.`);
      // A person's profile columns of the user information list (Department, JobTitle, …) can be
      // selected as SharePoint allows; userExpandEntity renders them.
      if (!(f.FieldTypeKind === 20 && USER_PROFILE_PROPS.indexOf(parts[1].toLowerCase()) >= 0)) resolveMember(s, { k: 'member', path: parts });
      const list = sel.expands.get(lower) ?? [];
      list.push(parts[1]);
      sel.expands.set(lower, list);
      continue;
    }
    const f = s.byName.get(lower);
    if (f && isLookupLike(f)) {
      if (expand.indexOf(lower) < 0) throw spErrors.badQuery(`The query to field '${f.InternalName}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${f.InternalName}.`);
      if (!sel.expands.has(lower)) sel.expands.set(lower, ['Id', 'Title']);
      continue;
    }
    if (lower === 'id' || f) { sel.props.add(lower); continue; }
    if (/id$/.test(lower) && s.byName.get(lower.slice(0, -2)) && isLookupLike(s.byName.get(lower.slice(0, -2))!)) { sel.props.add(lower); continue; } // eslint-disable-line @typescript-eslint/no-non-null-assertion
    if (/stringid$/.test(lower) && s.byName.get(lower.slice(0, -8))?.FieldTypeKind === 20) { sel.props.add(lower); continue; }
    const known = ['guid', 'filesystemobjecttype', 'odata__uiversionstring', 'contenttypeid', 'serverredirectedembeduri', 'serverredirectedembedurl', 'complianceassetid',
      'fileref', 'fileleafref', 'filedirref', 'hasuniqueroleassignments', 'commentsdisabled'];
    if (known.indexOf(lower) >= 0) { sel.props.add(lower); continue; }
    throw spErrors.propertyNotFound(item);
  }
  return sel;
}

function storedValue(row: IItemRow, data: Record<string, unknown>, f: IFieldRecord): unknown {
  switch (f.InternalName) {
    case 'ID': return row.id;
    case 'Created': return row.created;
    case 'Modified': return row.modified;
    case 'Author': return row.author;
    case 'Editor': return row.editor;
    case 'Attachments': return (row.has_att ?? 0) > 0;
    case 'ContentTypeId': return '0x0100' + '8F6B5A3C2D1E4F00A1B2C3D4E5F60718';
    case 'ContentType': return undefined;
    default: return data[f.InternalName] ?? null;
  }
}

function userExpandEntity(db: DatabaseSync, id: number, props: string[]): Entity | null {
  const p = principalById(db, id);
  if (!p) return null;
  const demo = findDemoUser(p.login);
  const out: Record<string, unknown> = {};
  for (const name of props) {
    switch (name.toLowerCase()) {
      case 'id': out.Id = p.id; break;
      case 'title': out.Title = p.title; break;
      case 'email': out.EMail = p.email; break;
      case 'name': out.Name = p.login; break;
      case 'username': out.UserName = demo?.userPrincipalName ?? p.login; break;
      case 'jobtitle': out.JobTitle = demo?.jobTitle ?? null; break;
      case 'department': out.Department = demo?.department ?? null; break;
      case 'firstname': out.FirstName = demo?.givenName ?? null; break;
      case 'lastname': out.LastName = demo?.surname ?? null; break;
      case 'office': out.Office = demo?.officeLocation ?? null; break;
      default: out[name] = null;
    }
  }
  return new Entity('SP.Data.UserInfoItem', undefined, out, undefined, `user-${p.id}`);
}

function lookupExpandEntity(s: IListScope, f: IFieldRecord, id: number, props: string[]): Entity | null {
  const target = lookupTargetList(s, f);
  if (!target) return null;
  const row = prep(s.ctx.db, `SELECT * FROM items l WHERE l.list_id = ? AND l.id = ? AND ${readableTargetSql(s, target, 'l')}`).get(target.id, id) as IItemRow | undefined;
  if (!row) return null;
  const tfields = fieldMap(loadFields(s.ctx.db, target.id));
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of props) {
    if (name.toLowerCase() === 'id') { out.Id = row.id; continue; }
    const tf = tfields.get(name.toLowerCase());
    out[tf?.InternalName ?? name] = tf ? storedValue(row, data, tf) : null;
  }
  return new Entity(itemTypeName(target), undefined, out, undefined, row.guid);
}

/** Renders an item row as SharePoint's item entity. */
export function itemEntity(s: IListScope, row: IItemRow, sel?: ISelection): Entity {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  const all = !sel || sel.all;
  const want = (name: string): boolean => all || (sel?.props.has(name.toLowerCase()) ?? false);
  if (all) {
    props.FileSystemObjectType = 0;
    props.Id = row.id;
    props.ServerRedirectedEmbedUri = null;
    props.ServerRedirectedEmbedUrl = '';
    props.ContentTypeId = storedValue(row, data, { InternalName: 'ContentTypeId' } as IFieldRecord);
  } else if (want('id')) {
    props.Id = row.id;
  }
  for (const f of s.fields) {
    if (f.InternalName === 'ContentType' || f.InternalName === 'ContentTypeId') continue;
    const v = storedValue(row, data, f);
    if (isLookupLike(f)) {
      const idName = `${f.InternalName}Id`;
      if (want(idName)) props[idName] = isMulti(f) ? (Array.isArray(v) ? v : []) : v ?? null;
      if (f.FieldTypeKind === 20 && (all ? !f.FromBaseType : want(`${f.InternalName}StringId`))) {
        props[`${f.InternalName}StringId`] = isMulti(f) ? (Array.isArray(v) ? v.map(String) : []) : v === null || v === undefined ? null : String(v);
      }
      const exp = sel?.expands.get(f.InternalName.toLowerCase());
      if (exp) {
        if (isMulti(f)) {
          const ids = Array.isArray(v) ? (v as number[]) : [];
          props[f.InternalName] = ids.map(id => (f.FieldTypeKind === 20 ? userExpandEntity(s.ctx.db, id, exp) : lookupExpandEntity(s, f, id, exp))).filter(x => x !== null);
        } else {
          props[f.InternalName] = typeof v === 'number' ? (f.FieldTypeKind === 20 ? userExpandEntity(s.ctx.db, v, exp) : lookupExpandEntity(s, f, v, exp)) : null;
        }
      }
      continue;
    }
    if (want(f.InternalName)) {
      if (f.FieldTypeKind === 15) props[f.InternalName] = Array.isArray(v) ? v : null;
      else if (f.FieldTypeKind === 11 && v && typeof v === 'object') props[f.InternalName] = { 'odata.type': 'SP.FieldUrlValue', ...(v as object) };
      else props[f.InternalName] = v;
    }
  }
  if (want('hasuniqueroleassignments') && !all) props.HasUniqueRoleAssignments = row.has_unique === 1;
  if (want('commentsdisabled') && !all) props.CommentsDisabled = false; // page comments: not emulated, always on
  if (!all && (want('fileref') || want('fileleafref'))) {
    // a library item's file name; list items have SharePoint's `<id>_.000`
    const file = isLibrary(s.list) ? prep(s.ctx.db, 'SELECT name FROM files WHERE list_id = ? AND item_id = ?').get(s.list.id, row.id) as { name: string } | undefined : undefined;
    const leaf = file?.name ?? `${row.id}_.000`;
    if (want('fileref')) props.FileRef = `${s.ctx.sitePath}/${s.list.url}/${leaf}`;
    if (want('fileleafref')) props.FileLeafRef = leaf;
  }
  if (want('filedirref') && !all) props.FileDirRef = `${s.ctx.sitePath}/${s.list.url}`;
  if (all || want('odata__uiversionstring')) props.OData__UIVersionString = `${row.version}.0`;
  if (all || want('guid')) props.GUID = row.guid;
  if (sel?.attachmentFiles) {
    const names = prep(s.ctx.db, 'SELECT name FROM attachments WHERE list_id = ? AND item_id = ? ORDER BY name').all(s.list.id, row.id) as Array<{ name: string }>;
    props.AttachmentFiles = names.map(n => attachmentEntity(s, row.id, n.name));
  }
  return new Entity(itemTypeName(s.list), `Web/Lists(guid'${s.list.guid}')/Items(${row.id})`, props, `"${row.version}"`, row.guid);
}

function attachmentEntity(s: IListScope, itemId: number, name: string): Entity {
  const url = `${s.ctx.sitePath}/${s.list.url}/Attachments/${itemId}/${name}`;
  return new Entity('SP.Attachment', `Web/Lists(guid'${s.list.guid}')/Items(${itemId})/AttachmentFiles('${name}')`, {
    FileName: name, FileNameAsPath: { DecodedUrl: name }, ServerRelativePath: { DecodedUrl: url }, ServerRelativeUrl: url
  });
}

// ---------------------------------------------------------------- queries

interface IOrderKey { sql: string; desc: boolean; field?: IFieldRecord; indexed: boolean; isId: boolean }

function parseOrderBy(s: IListScope): IOrderKey[] {
  const src = (s.ctx.query.get('$orderby') ?? '').trim();
  if (!src) return [];
  return src.split(',').map(part => {
    const [name, dir] = part.trim().split(/\s+/);
    const r = resolveMember(s, { k: 'member', path: name.split('/') });
    if (r.multiJson) throw spErrors.badQuery(`The field '${name}' of type '${r.field?.TypeAsString ?? ''}' cannot be used in the query filter expression.`);
    const isId = r.field?.InternalName === 'ID' && name.indexOf('/') < 0;
    const textual = r.field && [2, 3, 6].indexOf(r.field.FieldTypeKind) >= 0 && name.indexOf('/') < 0;
    return { sql: textual ? `${r.sql} COLLATE NOCASE` : r.sql, desc: (dir ?? '').toLowerCase() === 'desc', field: r.field, indexed: r.indexed, isId };
  });
}

/** Counts the rows a filter matches in a list, stopping at `limit`. */
function countMatches(s: IListScope, where: string, params: Literal[], limit: number): number {
  const r = prep(s.ctx.db, `SELECT COUNT(*) AS c FROM (SELECT 1 FROM items WHERE items.list_id = ${s.list.id} AND ${where} LIMIT ${limit})`).get(...(params as Array<string | number | null>)) as { c: number };
  return r.c;
}

/** The number of items in a list. */
export function itemCount(db: DatabaseSync, listId: number): number {
  return (prep(db, 'SELECT item_count AS c FROM lists WHERE id = ?').get(listId) as { c: number } | undefined)?.c ?? 0;
}

/**
 * Ids of a list's items with unique permissions that the caller can read (`readable`) or cannot, in
 * one SQL query (a portfolio can give each of thousands of projects its own editors).
 */
function uniqueItemIds(ctx: ICtx, listId: number, readable: boolean): number[] {
  const who = ctx.who;
  if (who.user.is_admin) {
    return readable ? (prep(ctx.db, 'SELECT id FROM items WHERE list_id = ? AND has_unique = 1').all(listId) as Array<{ id: number }>).map(r => r.id) : [];
  }
  const principals = [who.user.id, ...who.groups].map(Number).join(',');
  // The item scopes ('item:<list>:<id>') where the caller holds a role with ViewListItems, as one
  // range over role_assignments' primary key (a scope built per item would scan every assignment
  // for every item: seconds for 5,000 projects with their own editors).
  const from = `item:${listId}:`;
  const to = `item:${listId};`; // ';' follows ':'
  const granted = prep(ctx.db, `SELECT DISTINCT a.scope FROM role_assignments a JOIN role_defs d ON d.id = a.roledef_id
    WHERE a.scope >= ? AND a.scope < ? AND a.principal_id IN (${principals}) AND (d.low & 1) = 1`).all(from, to) as Array<{ scope: string }>;
  const readableIds = new Set(granted.map(r => Number(r.scope.slice(from.length))));
  const unique = prep(ctx.db, 'SELECT id FROM items WHERE list_id = ? AND has_unique = 1').all(listId) as Array<{ id: number }>;
  return unique.map(r => r.id).filter(id => readableIds.has(id) === readable);
}

function visibleUniqueItems(s: IListScope): number[] {
  return uniqueItemIds(s.ctx, s.list.id, true);
}

function uniqueItemFilter(s: IListScope): string {
  const hidden = uniqueItemIds(s.ctx, s.list.id, false);
  return hidden.length ? ` AND items.id NOT IN (${hidden.join(',')})` : '';
}

function toBindable(params: Literal[]): Array<string | number | null> {
  return params.map(p => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/** GET .../items */
export function queryItems(s: IListScope, pathForNext: string): ISpResponse {
  const q = s.ctx.query;
  const sel = parseSelection(s);
  const params: Literal[] = [];
  let where = `items.list_id = ${s.list.id}`;
  if ((s.mask & Perm.ViewListItems) === 0n) {
    // Limited Access on the list: only the items shared with the caller through unique permissions
    const shared = visibleUniqueItems(s);
    if (shared.length === 0) throw spErrors.accessDenied();
    where += ` AND items.id IN (${shared.join(',')})`;
  } else {
    where += uniqueItemFilter(s);
  }
  if (readOwnOnly(s)) where += ` AND items.author = ${s.ctx.who.user.id}`;
  let filter: FilterNode | undefined;
  const filterSrc = (q.get('$filter') ?? '').trim();
  if (filterSrc) {
    filter = parseFilter(filterSrc);
    const fp: Literal[] = [];
    const sql = filterToSql(filter, m => resolveMember(s, m), fp);
    where += ` AND ${sql}`;
    params.push(...fp);
  }
  const order = parseOrderBy(s);
  // The list view threshold, as SharePoint applies it: on a list above 5,000 items, the first clause
  // of the filter must be on indexed columns and match at most 5,000 items; ordering needs an indexed
  // column (or ID) unless that first clause already narrowed the rows. ID ordering and paging always work.
  const count = itemCount(s.ctx.db, s.list.id);
  const firstIndexed = filter ? membersOf(firstClause(filter)).every(m => resolveMember(s, m).indexed) : false;
  if (count > LIST_VIEW_THRESHOLD) {
    let narrowed = false;
    if (filter) {
      const first = firstClause(filter);
      if (!firstIndexed) throw spErrors.threshold();
      const fp: Literal[] = [];
      const firstSql = filterToSql(first, m => resolveMember(s, m), fp);
      if (countMatches(s, firstSql, toBindable(fp), LIST_VIEW_THRESHOLD + 1) > LIST_VIEW_THRESHOLD) throw spErrors.threshold();
      narrowed = true;
    }
    if (!narrowed && order.some(o => !o.isId && !o.indexed)) throw spErrors.threshold();
  }
  const topRaw = q.get('$top');
  let top = topRaw === undefined ? 100 : Number(topRaw);
  if (!Number.isInteger(top) || top < 0) throw spErrors.badQuery(`Invalid $top value '${topRaw ?? ''}'.`);
  // SharePoint refuses pages above the threshold on big lists, and caps them at 5,000 on small ones
  if (top > LIST_VIEW_THRESHOLD && count > LIST_VIEW_THRESHOLD) throw spErrors.threshold();
  top = Math.min(top, LIST_VIEW_THRESHOLD);
  const onlyId = order.length === 0 || (order.length === 1 && order[0].isId);
  const idDesc = order.length === 1 && order[0].isId && order[0].desc;
  const skip = parseSkipToken(q.get('$skiptoken'));
  let offset = 0;
  if (skip) {
    if (onlyId && skip.offset === undefined) {
      const prev = skip.prev;
      const cmp = (idDesc ? !prev : prev) ? '<' : '>';
      where += ` AND items.id ${cmp} ${skip.id}`;
    } else {
      offset = skip.offset ?? 0;
    }
  }
  // With an indexed first clause, `+items.id` keeps SQLite from walking the primary key in ID order
  // (and filtering 100,000 rows) instead of seeking the field's index; the few matches are sorted.
  const idKey = firstIndexed ? '+items.id' : 'items.id';
  const orderSql = order.length
    ? order.map(o => `${o.isId ? idKey : o.sql} ${o.desc ? 'DESC' : 'ASC'}`).join(', ') + (onlyId ? '' : ', items.id ASC')
    : `${idKey} ASC`;
  const sql = `SELECT items.*, EXISTS (SELECT 1 FROM attachments a WHERE a.list_id = items.list_id AND a.item_id = items.id) AS has_att FROM items WHERE ${where} ORDER BY ${orderSql} LIMIT ${top + 1}${offset ? ` OFFSET ${offset}` : ''}`;
  const rows = prep(s.ctx.db, sql).all(...toBindable(params)) as unknown as IItemRow[];
  const more = rows.length > top;
  const page = more ? rows.slice(0, top) : rows;
  let nextLink: string | undefined;
  if (more && page.length > 0) {
    const last = page[page.length - 1];
    const token = onlyId ? `Paged=TRUE&p_ID=${last.id}` : `Paged=TRUE&p_ID=${last.id}&wb_Offset=${offset + page.length}`;
    const parts: string[] = [`%24skiptoken=${encodeURIComponent(token)}`];
    for (const k of ['$top', '$select', '$filter', '$orderby', '$expand']) {
      const v = q.get(k);
      if (k === '$top' && v === undefined) continue;
      if (v !== undefined) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    }
    nextLink = `${s.ctx.apiBase}/${pathForNext}?${parts.join('&')}`;
  }
  const entities = page.map(r => itemEntity(s, r, sel));
  return collectionResponse(entities, s.ctx.fmt, s.ctx.apiBase, `${itemTypeName(s.list).replace(/ListItem$/, 'ListItems')}`, nextLink);
}

function parseSkipToken(v: string | undefined): { id: number; prev: boolean; offset?: number } | undefined {
  if (!v) return undefined;
  const params = new URLSearchParams(v);
  const id = Number(params.get('p_ID') ?? '0');
  const off = params.get('wb_Offset');
  return { id: Number.isFinite(id) ? id : 0, prev: /^true$/i.test(params.get('PagedPrev') ?? ''), offset: off === null ? undefined : Number(off) };
}

/** Loads one item the caller may see (404 otherwise, as SharePoint answers for items outside read-own). */
export function loadVisibleItem(s: IListScope, id: number): { row: IItemRow; mask: bigint } {
  const row = prep(s.ctx.db, 'SELECT items.*, EXISTS (SELECT 1 FROM attachments a WHERE a.list_id = items.list_id AND a.item_id = items.id) AS has_att FROM items WHERE list_id = ? AND id = ?').get(s.list.id, id) as IItemRow | undefined;
  if (!row) throw spErrors.itemNotFound();
  const mask = row.has_unique ? effectiveMask(s.ctx.db, s.ctx.who, s.list.id, id) : s.mask;
  if ((mask & Perm.ViewListItems) === 0n) {
    // no read permission at all: SharePoint answers 403 when the list is visible, 404 otherwise
    if ((s.mask & Perm.ViewListItems) === 0n && row.has_unique === 0) throw spErrors.accessDenied();
    throw spErrors.itemNotFound();
  }
  if (readOwnOnly({ ...s, mask }) && row.author !== s.ctx.who.user.id) throw spErrors.itemNotFound();
  return { row, mask };
}

/** GET .../items(id) */
export function getItem(s: IListScope, id: number): ISpResponse {
  const { row } = loadVisibleItem(s, id);
  return entityResponse(itemEntity(s, row, parseSelection(s)), s.ctx.fmt, s.ctx.apiBase);
}

// ---------------------------------------------------------------- writes and validation

function fieldLabel(f: IFieldRecord): string {
  return `'${f.Title}' (${f.InternalName})`;
}

function edmType(f: IFieldRecord): string {
  switch (f.FieldTypeKind) {
    case 1: case 7: case 20: return 'Edm.Int32';
    case 4: return 'Edm.DateTime';
    case 8: return 'Edm.Boolean';
    case 9: case 10: return 'Edm.Double';
    default: return 'Edm.String';
  }
}

function multiValues(v: unknown): unknown[] | undefined {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results)) return (v as { results: unknown[] }).results;
  return undefined;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * Converts a REST payload into stored values and validates them.
 * The emulator is STRICTER than SharePoint Online REST here: SharePoint does not enforce Required on
 * REST adds/updates, accepts choice values outside the list, and does not check that a lookup id exists.
 * The emulator rejects all three (400 SPFieldValidationException naming the field), so that bugs
 * surface locally; see FIDELITY.md.
 */
function coerce(s: IListScope, body: Record<string, unknown>, existing: Record<string, unknown> | undefined): { data: Record<string, unknown>; touched: Set<string> } {
  const data: Record<string, unknown> = existing ? { ...existing } : {};
  const touched = new Set<string>();
  const typeName = itemTypeName(s.list);
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    const lower = key.toLowerCase();
    let f = s.byName.get(lower);
    let viaId = false;
    if ((!f || isLookupLike(f)) && /id$/i.test(key)) {
      const b = s.byName.get(lower.slice(0, -2));
      if (b && isLookupLike(b)) { f = b; viaId = true; }
    }
    if (!f && /stringid$/i.test(key)) {
      const b = s.byName.get(lower.slice(0, -8));
      if (b && b.FieldTypeKind === 20) { f = b; viaId = true; }
    }
    if (!f) throw spErrors.unknownProperty(key, typeName);
    if (viaId ? key !== `${f.InternalName}Id` && key !== `${f.InternalName}StringId` : key !== f.InternalName || isLookupLike(f)) throw spErrors.unknownProperty(key, typeName);
    if (f.FromBaseType && f.InternalName !== 'Title') continue; // ID, Created, Author, ... are read-only; SharePoint ignores them on plain REST writes
    if (f.ReadOnlyField || f.FieldTypeKind === 17 || f.FieldTypeKind === 12) continue;
    touched.add(f.InternalName);
    data[f.InternalName] = convertValue(s, f, raw);
  }
  return { data, touched };
}

/** The first and last day a SharePoint DateTime column holds (site-local). */
const DATE_MIN = '1900-01-01';
const DATE_MAX = '8900-12-31';

function convertValue(s: IListScope, f: IFieldRecord, raw: unknown): unknown {
  const edm = edmType(f);
  if (raw === null || raw === undefined) return isMulti(f) ? [] : null;
  switch (f.FieldTypeKind) {
    case 2: case 3: case 6: {
      if (typeof raw === 'object') throw spErrors.badValue(edm);
      const v = String(raw);
      if (f.FieldTypeKind === 2 && v.length > (f.MaxLength ?? 255)) throw spErrors.validation(`Field ${fieldLabel(f)}: The value is longer than the maximum length of ${f.MaxLength ?? 255} characters.`);
      return v === '' ? null : v;
    }
    case 1: case 9: case 10: {
      if (typeof raw === 'string' && raw.trim() === '') return null;
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw spErrors.badValue(edm);
      return n;
    }
    case 4: {
      if (typeof raw === 'string' && raw.trim() === '') return null;
      if (typeof raw !== 'string') throw spErrors.badValue(edm);
      // Stored in UTC; a value without a zone is site-local time; a DateOnly column keeps the site-local day.
      // SharePoint's DateTime columns hold 1/1/1900 to 12/31/8900 (the site's wall time). A day written
      // more than a day outside is refused before it is converted (a far year has no zone offset);
      // then the site's day of the instant is checked exactly.
      const outside = (day: string): boolean => day < DATE_MIN || day > DATE_MAX;
      const refuseRange = (): SpError => spErrors.validation(`Field ${fieldLabel(f)}: You must specify a valid date within the range of 1/1/1900 and 12/31/8900.`);
      const written = /^\d{4}-\d{2}-\d{2}/.exec(raw.trim());
      if (written && (written[0] < '1899-12-31' || written[0] > '8901-01-01')) throw refuseRange();
      const d = storeDateTime(raw, f.DisplayFormat !== 1, s.ctx.timeZone);
      if (!d) throw spErrors.badValue(edm);
      if (outside((utcToLocal(d, s.ctx.timeZone) ?? d).slice(0, 10))) throw refuseRange();
      return d;
    }
    case 8: {
      if (typeof raw === 'boolean') return raw;
      if (raw === 1 || raw === 0) return raw === 1;
      if (typeof raw === 'string' && /^(true|false|1|0)$/i.test(raw)) return /^(true|1)$/i.test(raw);
      throw spErrors.badValue(edm);
    }
    case 15: {
      const vals = multiValues(raw);
      if (!vals) throw spErrors.badValue('Collection(Edm.String)');
      return vals.map(String);
    }
    case 7: case 20: {
      const toId = (x: unknown): number => {
        const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
        if (!Number.isInteger(n)) throw spErrors.badValue('Edm.Int32');
        return n;
      };
      if (isMulti(f)) {
        const vals = multiValues(raw);
        if (!vals) throw spErrors.badValue('Collection(Edm.Int32)');
        return vals.map(toId).filter(n => n > 0);
      }
      const n = toId(raw);
      return n > 0 ? n : null;
    }
    case 11: {
      if (typeof raw === 'string') return { Description: raw, Url: raw };
      if (typeof raw !== 'object') throw spErrors.badValue('SP.FieldUrlValue');
      const o = raw as { Url?: unknown; Description?: unknown };
      if (!o.Url) return null;
      return { Description: String(o.Description ?? o.Url), Url: String(o.Url) };
    }
    default:
      return raw;
  }
}

function applyDefaults(s: IListScope, data: Record<string, unknown>, touched: Set<string>): void {
  for (const f of s.fields) {
    if (f.FromBaseType || touched.has(f.InternalName) || f.DefaultValue === null || f.DefaultValue === undefined) continue;
    const d = f.DefaultValue;
    switch (f.FieldTypeKind) {
      case 1: case 9: case 10: data[f.InternalName] = Number(d); break;
      case 8: data[f.InternalName] = d === '1' || /^true$/i.test(d); break;
      case 4: data[f.InternalName] = /^\[today\]$/i.test(d) ? siteToday(s.ctx.timeZone) : storeDateTime(d, f.DisplayFormat !== 1, s.ctx.timeZone) ?? null; break;
      case 15: data[f.InternalName] = d.split(';#').filter(Boolean); break;
      case 7: case 20: break;
      default: data[f.InternalName] = d;
    }
  }
}

function validate(s: IListScope, data: Record<string, unknown>, touched: Set<string>, isAdd: boolean, itemId: number): void {
  for (const f of s.fields) {
    if (f.FieldTypeKind === 12 || f.FieldTypeKind === 17 || (f.FromBaseType && f.InternalName !== 'Title')) continue;
    const v = data[f.InternalName];
    const checked = isAdd || touched.has(f.InternalName);
    if (!checked) continue;
    if (f.Required && isEmpty(v)) throw spErrors.validation(`Field ${fieldLabel(f)}: You must specify a value for this required field.`);
    if (isEmpty(v)) continue;
    if ((f.FieldTypeKind === 6 || f.FieldTypeKind === 15) && !f.FillInChoice) {
      const vals = Array.isArray(v) ? (v as string[]) : [v as string];
      for (const x of vals) if ((f.Choices ?? []).indexOf(x) < 0) throw spErrors.validation(`Field ${fieldLabel(f)}: The value '${x}' is not one of the allowed choices.`);
    }
    if ([1, 9, 10].indexOf(f.FieldTypeKind) >= 0 && typeof v === 'number') {
      const min = f.MinimumValue;
      const max = f.MaximumValue;
      if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
        throw spErrors.validation(`Field ${fieldLabel(f)}: The value of this field must be a number between ${min ?? '-1.79769313486232E+308'} and ${max ?? '1.79769313486232E+308'}.`);
      }
    }
    if (f.FieldTypeKind === 7) {
      const target = lookupTargetList(s, f);
      const ids = Array.isArray(v) ? (v as number[]) : [v as number];
      for (const id of ids) {
        const ok = target && prep(s.ctx.db, 'SELECT 1 FROM items WHERE list_id = ? AND id = ?').get(target.id, id);
        if (!ok) throw spErrors.validation(`Field ${fieldLabel(f)}: The lookup value ${id} does not exist in the list '${target?.title ?? f.LookupList ?? ''}'.`);
      }
    }
    if (f.FieldTypeKind === 20) {
      const ids = Array.isArray(v) ? (v as number[]) : [v as number];
      for (const id of ids) {
        const p: IPrincipal | undefined = principalById(s.ctx.db, id);
        if (!p || (p.kind === 'group' && f.SelectionMode !== 1)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Field ${fieldLabel(f)}: The user does not exist or is not unique.`);
      }
    }
    if (f.EnforceUniqueValues) {
      const dup = prep(s.ctx.db, `SELECT 1 FROM items WHERE items.list_id = ${s.list.id} AND ${fieldSql(f)} = ? COLLATE NOCASE AND items.id <> ? LIMIT 1`).get(v as string | number, itemId);
      if (dup) throw spErrors.duplicateValues(`The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${fieldLabel(f)}.`);
    }
  }
}

/** Demands `perm` and applies the list's item-level write security (WriteSecurity 2 and 4). */
export function writeAllowed(s: IListScope, mask: bigint, perm: bigint, author?: number): void {
  demand(mask, perm);
  const ws = listProps(s.list).WriteSecurity ?? 1;
  if (ws === 1 || overrides(mask)) return;
  if (ws === 4) throw spErrors.accessDenied();
  if (ws === 2 && author !== undefined && author !== s.ctx.who.user.id) throw spErrors.accessDenied();
}

/** Records a change of the list (its Modified date). */
export function touchList(s: IListScope): void {
  prep(s.ctx.db, 'UPDATE lists SET modified = ? WHERE id = ?').run(nowIso(), s.list.id);
}

/**
 * Inserts an item (shared by POST items, the test-only bulk insert and file uploads). Returns the new id.
 * A library item made by a file upload (`forFile`) is not checked for required columns: SharePoint
 * accepts the upload and leaves the required metadata to be filled in.
 */
export function insertItem(s: IListScope, body: Record<string, unknown>, forFile: boolean = false): number {
  const { data, touched } = coerce(s, body, undefined);
  applyDefaults(s, data, touched);
  applyCalculated(s.fields, data);
  const row = prep(s.ctx.db, 'UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1 WHERE id = ? RETURNING next_item_id - 1 AS id').get(s.list.id) as { id: number };
  validate(s, data, touched, !forFile, row.id);
  const now = nowIso();
  prep(s.ctx.db, 'INSERT INTO items (list_id, id, guid, data, author, editor, created, modified, version, has_unique) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0)')
    .run(s.list.id, row.id, randomUUID(), JSON.stringify(data), s.ctx.who.user.id, s.ctx.who.user.id, now, now);
  return row.id;
}

/** POST .../items */
export function addItem(s: IListScope): ISpResponse {
  writeAllowed(s, s.mask, Perm.AddListItems);
  const id = insertItem(s, jsonBody(s.ctx));
  touchList(s);
  const row = prep(s.ctx.db, 'SELECT *, 0 AS has_att FROM items WHERE list_id = ? AND id = ?').get(s.list.id, id) as unknown as IItemRow;
  return entityResponse(itemEntity(s, row), s.ctx.fmt, s.ctx.apiBase, 201);
}

function checkEtag(s: IListScope, row: IItemRow): void {
  const match = s.ctx.headers['if-match'];
  if (match === undefined || match.trim() === '*') return;
  const actual = `"${row.version}"`;
  const requested = match.trim();
  const norm = (e: string): string => e.replace(/^W\//, '').replace(/^"|"$/g, '').replace(/^.*,/, '');
  if (norm(requested) !== String(row.version)) throw spErrors.etagMismatch(requested, actual);
}

/** MERGE .../items(id) */
export function updateItem(s: IListScope, id: number): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  writeAllowed(s, mask, Perm.EditListItems, row.author);
  checkEtag(s, row);
  const { data, touched } = coerce(s, jsonBody(s.ctx), JSON.parse(row.data) as Record<string, unknown>);
  applyCalculated(s.fields, data);
  validate(s, data, touched, false, id);
  const version = row.version + 1;
  if (listProps(s.list).EnableVersioning !== false) {
    prep(s.ctx.db, 'INSERT OR REPLACE INTO item_versions (list_id, item_id, version, data, editor, modified) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.list.id, id, row.version, row.data, row.editor, row.modified);
  }
  prep(s.ctx.db, 'UPDATE items SET data = ?, editor = ?, modified = ?, version = ? WHERE list_id = ? AND id = ?')
    .run(JSON.stringify(data), s.ctx.who.user.id, nowIso(), version, s.list.id, id);
  touchList(s);
  return noContent(`"${version}"`);
}

/** DELETE .../items(id) (and recycle()). */
export function deleteItem(s: IListScope, id: number): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  writeAllowed(s, mask, Perm.DeleteListItems, row.author);
  checkEtag(s, row);
  removeItem(s, id);
  return emptyOk();
}

/** Removes an item with everything that hangs on it (no permission checks: the caller made them). */
export function removeItem(s: IListScope, id: number): void {
  prep(s.ctx.db, 'DELETE FROM items WHERE list_id = ? AND id = ?').run(s.list.id, id);
  prep(s.ctx.db, 'UPDATE lists SET item_count = item_count - 1 WHERE id = ?').run(s.list.id);
  prep(s.ctx.db, 'DELETE FROM attachments WHERE list_id = ? AND item_id = ?').run(s.list.id, id);
  prep(s.ctx.db, 'DELETE FROM files WHERE list_id = ? AND item_id = ?').run(s.list.id, id);
  prep(s.ctx.db, 'DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(s.list.id, id);
  prep(s.ctx.db, 'DELETE FROM role_assignments WHERE scope = ?').run(`item:${s.list.id}:${id}`);
  touchList(s);
}

// ---------------------------------------------------------------- attachments

export function listAttachments(s: IListScope, id: number): ISpResponse {
  loadVisibleItem(s, id);
  const names = prep(s.ctx.db, 'SELECT name FROM attachments WHERE list_id = ? AND item_id = ? ORDER BY name').all(s.list.id, id) as Array<{ name: string }>;
  return collectionResponse(names.map(n => attachmentEntity(s, id, n.name)), s.ctx.fmt, s.ctx.apiBase, 'SP.Attachment');
}

export function addAttachment(s: IListScope, id: number, name: string): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  writeAllowed(s, mask, Perm.EditListItems, row.author);
  if (listProps(s.list).EnableAttachments === false) throw spErrors.accessDenied();
  checkLeafName(name, `${s.ctx.sitePath}/${s.list.url}/Attachments/${id}`);
  const exists = prep(s.ctx.db, 'SELECT 1 FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').get(s.list.id, id, name);
  if (exists) throw new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${s.ctx.sitePath}/${s.list.url}/Attachments/${id}/${name} already exists.`);
  prep(s.ctx.db, 'INSERT INTO attachments (list_id, item_id, name, content) VALUES (?, ?, ?, ?)').run(s.list.id, id, name, s.ctx.body);
  prep(s.ctx.db, 'UPDATE items SET version = version + 1, modified = ?, editor = ? WHERE list_id = ? AND id = ?').run(nowIso(), s.ctx.who.user.id, s.list.id, id);
  return entityResponse(attachmentEntity(s, id, name), s.ctx.fmt, s.ctx.apiBase);
}

export function attachmentOp(s: IListScope, id: number, name: string, op: 'get' | 'value' | 'delete' | 'put'): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  const att = prep(s.ctx.db, 'SELECT content FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').get(s.list.id, id, name) as { content: Uint8Array } | undefined;
  if (!att) throw spErrors.fileNotFound();
  if (op === 'get') return entityResponse(attachmentEntity(s, id, name), s.ctx.fmt, s.ctx.apiBase);
  if (op === 'value') return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from(att.content) };
  writeAllowed(s, mask, Perm.EditListItems, row.author);
  if (op === 'delete') {
    prep(s.ctx.db, 'DELETE FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').run(s.list.id, id, name);
    return emptyOk();
  }
  prep(s.ctx.db, 'UPDATE attachments SET content = ? WHERE list_id = ? AND item_id = ? AND name = ?').run(s.ctx.body, s.list.id, id, name);
  return noContent();
}

// ---------------------------------------------------------------- versions

function versionEntity(s: IListScope, row: IItemRow, version: number, data: string, editor: number, modified: string, current: boolean): Entity {
  const base = itemEntity(s, { ...row, data, editor, modified, version });
  const props: Record<string, unknown> = {
    Created: modified, IsCurrentVersion: current, VersionId: version * 512, VersionLabel: `${version}.0`
  };
  for (const [k, v] of Object.entries(base.props)) if (!(k in props) && k !== 'ServerRedirectedEmbedUri' && k !== 'ServerRedirectedEmbedUrl') props[k] = v;
  return new Entity('SP.ListItemVersion', `Web/Lists(guid'${s.list.guid}')/Items(${row.id})/versions(${version * 512})`, props);
}

/**
 * GET .../items(id)/versions and .../versions(id) (newest first, as SharePoint lists them). Needs View
 * Versions on the item besides reading it (SPBasePermissions.ViewVersions: "View past versions of a list
 * item or document"); without it 403.
 */
export function itemVersions(s: IListScope, id: number, versionId?: number): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  demand(mask, Perm.ViewVersions);
  const history = prep(s.ctx.db, 'SELECT version, data, editor, modified FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
    .all(s.list.id, id) as Array<{ version: number; data: string; editor: number; modified: string }>;
  const all = [versionEntity(s, row, row.version, row.data, row.editor, row.modified, true), ...history.map(h => versionEntity(s, row, h.version, h.data, h.editor, h.modified, false))];
  if (versionId !== undefined) {
    const one = all.find(e => e.props.VersionId === versionId);
    if (!one) throw new SpError(404, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
    return entityResponse(one, s.ctx.fmt, s.ctx.apiBase);
  }
  return collectionResponse(all, s.ctx.fmt, s.ctx.apiBase, 'SP.ListItemVersion');
}

// ---------------------------------------------------------------- validateUpdateListItem

/** One `formValues` entry of validateUpdateListItem. */
interface IFormValue { FieldName?: unknown; FieldValue?: unknown }

/**
 * A form value of a DateTime column as the web's locale writes it (the emulated web is en-US:
 * `1/15/2024`, `1/15/2024 10:30 AM`, `1/15/2024 22:30`), or ISO `2024-01-15[ T]10:30`; the site's
 * wall time → the stored UTC value. Undefined when it is not a date.
 */
function formDateValue(text: string, dateOnly: boolean, s: IListScope): string | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!us && !iso) return undefined;
  const [y, mo, d] = us ? [us[3], us[1], us[2]] : [iso![1], iso![2], iso![3]]; // eslint-disable-line @typescript-eslint/no-non-null-assertion -- one of them matched
  const m = us ?? iso!; // eslint-disable-line @typescript-eslint/no-non-null-assertion -- one of them matched
  let hour = Number(m[4] ?? 0);
  const half = us ? us[7]?.toUpperCase() : undefined;
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'PM' && hour < 12) hour += 12;
  if (half === 'AM' && hour === 12) hour = 0;
  const pad = (v: string | number): string => String(v).padStart(2, '0');
  return storeDateTime(`${y}-${pad(mo)}-${pad(d)}T${pad(hour)}:${pad(m[5] ?? 0)}:${pad(m[6] ?? 0)}`, dateOnly, s.ctx.timeZone);
}

/** A person column's form value (`[{"Key":"i:0#.f|membership|…"}]`) → the site user's id. */
function formUserValue(s: IListScope, text: string): number | undefined {
  let keys: Array<{ Key?: unknown }>;
  try {
    keys = JSON.parse(text) as Array<{ Key?: unknown }>;
  } catch {
    return undefined;
  }
  const key = Array.isArray(keys) && keys.length === 1 && typeof keys[0]?.Key === 'string' ? keys[0].Key : undefined;
  return key ? principalByLoginOrClaims(s, key)?.id : undefined;
}

function principalByLoginOrClaims(s: IListScope, key: string): IPrincipal | undefined {
  return principalByLogin(s.ctx.db, key, true) ?? principalByLogin(s.ctx.db, key.replace(/^i:0#\.f\|membership\|/i, ''), true);
}

/**
 * POST …/items(id)/validateUpdateListItem: writes form values (text as a form would send it) and
 * answers one result per value (`HasException`, `ErrorMessage`). The item's own Created, Modified,
 * Author and Editor can be set this way (as migrations do). With any value in error nothing is
 * written. `bNewDocumentUpdate: true` writes without keeping the previous version in the history.
 * Supported column kinds: Text, Note, Choice, Number/Currency, Boolean, DateTime and person
 * (including Author/Editor); another kind answers an exception for its value (see FIDELITY.md).
 */
export function validateUpdateListItem(s: IListScope, id: number): ISpResponse {
  const { row, mask } = loadVisibleItem(s, id);
  writeAllowed(s, mask, Perm.EditListItems, row.author);
  const body = jsonBody(s.ctx) as { formValues?: unknown; bNewDocumentUpdate?: unknown };
  if (!Array.isArray(body.formValues)) throw spErrors.badQuery('The parameter formValues does not exist in method ValidateUpdateListItem.');
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const own: { created?: string; modified?: string; author?: number; editor?: number } = {};
  const touched = new Set<string>();
  const results = (body.formValues as IFormValue[]).map(v => {
    const name = typeof v.FieldName === 'string' ? v.FieldName : '';
    const text = v.FieldValue === null || v.FieldValue === undefined ? '' : String(v.FieldValue);
    const error = applyFormValue(s, name, text, data, own, touched);
    return new Entity('SP.ListItemFormUpdateValue', '', { ErrorCode: error ? -2146232832 : 0, ErrorMessage: error ?? null, FieldName: name, FieldValue: text, HasException: !!error, ItemId: id });
  });
  if (results.every(r => !(r.props as { HasException: boolean }).HasException)) {
    applyCalculated(s.fields, data);
    validate(s, data, touched, false, id);
    if (!body.bNewDocumentUpdate && listProps(s.list).EnableVersioning !== false) {
      prep(s.ctx.db, 'INSERT OR REPLACE INTO item_versions (list_id, item_id, version, data, editor, modified) VALUES (?, ?, ?, ?, ?, ?)')
        .run(s.list.id, id, row.version, row.data, row.editor, row.modified);
    }
    prep(s.ctx.db, 'UPDATE items SET data = ?, editor = ?, modified = ?, version = ?, created = ?, author = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(data), own.editor ?? s.ctx.who.user.id, own.modified ?? nowIso(), row.version + 1, own.created ?? row.created, own.author ?? row.author, s.list.id, id);
    touchList(s);
  }
  return collectionResponse(results, s.ctx.fmt, s.ctx.apiBase, 'SP.ListItemFormUpdateValue');
}

/** Applies one form value to `data` (or to the item's own columns); the error message, or undefined. */
function applyFormValue(
  s: IListScope, name: string, text: string, data: Record<string, unknown>,
  own: { created?: string; modified?: string; author?: number; editor?: number }, touched: Set<string>
): string | undefined {
  const f = s.byName.get(name.toLowerCase());
  if (!f || f.InternalName !== name) return `Column '${name}' does not exist. It may have been deleted by another user.`;
  const invalidDate = 'Invalid date/time value. A date/time field contains invalid data. Please check the value and try again.';
  const noUser = 'The user does not exist or is not unique.';
  if (name === 'Created' || name === 'Modified') {
    const d = formDateValue(text, false, s);
    if (!d) return invalidDate;
    own[name === 'Created' ? 'created' : 'modified'] = d;
    return undefined;
  }
  if (name === 'Author' || name === 'Editor') {
    const user = formUserValue(s, text);
    if (user === undefined) return noUser;
    own[name === 'Author' ? 'author' : 'editor'] = user;
    return undefined;
  }
  if (f.ReadOnlyField || f.FromBaseType && name !== 'Title') return `The field '${name}' is read-only.`;
  switch (f.FieldTypeKind) {
    case 2: case 3: case 6: case 1: case 9: case 10: case 8: {
      const raw = f.FieldTypeKind === 8 ? (text === '' ? null : /^(1|yes|true)$/i.test(text)) : f.FieldTypeKind === 1 || f.FieldTypeKind === 9 || f.FieldTypeKind === 10 ? text.replace(/,/g, '') : text;
      try {
        data[f.InternalName] = convertValue(s, f, raw);
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
      break;
    }
    case 4: {
      if (text.trim() === '') { data[f.InternalName] = null; break; }
      const d = formDateValue(text, f.DisplayFormat !== 1, s);
      if (!d) return invalidDate;
      data[f.InternalName] = d;
      break;
    }
    case 20: {
      if (text.trim() === '' || text.trim() === '[]') { data[f.InternalName] = isMulti(f) ? [] : null; break; }
      const user = formUserValue(s, text);
      if (user === undefined) return noUser;
      data[f.InternalName] = isMulti(f) ? [user] : user;
      break;
    }
    default: return `The local workbench does not take form values of the column '${name}' (FieldTypeKind ${f.FieldTypeKind}).`;
  }
  touched.add(f.InternalName);
  return undefined;
}
