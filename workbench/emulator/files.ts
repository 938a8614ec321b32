/**
 * Files of document libraries (template 101, and the Site Pages library, 119), the subset PMO Hub uses: files in a library's root
 * folder, uploaded with `folder.files.addUsingPath(name, content, { Overwrite })`, listed with
 * `folder.files`, read (`getFileByServerRelativePath(url)`, `$value`), replaced (`$value` PUT),
 * deleted or recycled, and their list item (`listItemAllFields`, `item.file`).
 *
 * A file is an item of its library (same id, permissions, versions and columns); the `files` table
 * holds its name and content. Subfolders, check-in/out, chunked uploads, copy/move are not emulated.
 */
import { randomUUID } from 'node:crypto';
import { type ICtx, type IListRow, listProps, nowIso } from './context';
import { Entity, SpError, spErrors } from './odata';
import { checkLeafName } from './names';
import { prep } from './store';
import { Perm, effectiveMask, principalById } from './security';
import { type IItemRow, type IListScope, listScope, insertItem, loadVisibleItem, removeItem, touchList, writeAllowed } from './items';

/** A row of the `files` table. */
interface IFileRow { list_id: number; item_id: number; name: string; unique_id: string; content: Uint8Array }

/** A file the caller may see, with its item. */
export interface IFileRef {
  scope: IListScope;
  file: IFileRow;
  row: IItemRow;
  /** The caller's permissions on the item. */
  mask: bigint;
}

/**
 * The server-relative URL without a trailing slash. SharePoint also takes a path relative to the web
 * ('SitePages', 'Shared Documents/a.docx'), which is resolved against the site's path.
 */
function normalize(ctx: ICtx, url: string): string {
  const u = url.trim().replace(/\/+$/, '');
  return u.startsWith('/') ? u : `${ctx.sitePath}/${u}`;
}

/** The library whose root folder is `url` (case-insensitive), or undefined. */
function libraryAt(ctx: ICtx, url: string): IListRow | undefined {
  const u = normalize(ctx, url);
  if (!u.toLowerCase().startsWith(`${ctx.sitePath.toLowerCase()}/`)) return undefined;
  const rel = u.slice(ctx.sitePath.length + 1);
  return prep(ctx.db, 'SELECT * FROM lists WHERE url = ? COLLATE NOCASE AND template IN (101, 119)').get(rel) as IListRow | undefined;
}

/** A library the caller may at least open; otherwise SharePoint's "File Not Found." (403 without site access). */
function visibleLibrary(ctx: ICtx, l: IListRow | undefined): IListRow {
  if (!l) throw spErrors.fileNotFound();
  if (effectiveMask(ctx.db, ctx.who, l.id) === 0n) {
    if ((effectiveMask(ctx.db, ctx.who) & Perm.Open) === 0n) throw spErrors.accessDenied();
    throw spErrors.fileNotFound();
  }
  return l;
}

/** The library behind `getFolderByServerRelativePath(url)` (only a library's root folder is a folder here). */
export function folderAt(ctx: ICtx, url: string): IListRow {
  return visibleLibrary(ctx, libraryAt(ctx, url));
}

/** Looks up a file by server-relative URL; 404 "File Not Found." when it does not exist or is hidden from the caller. */
export function fileAt(ctx: ICtx, url: string): IFileRef {
  const u = normalize(ctx, url);
  const slash = u.lastIndexOf('/');
  const l = visibleLibrary(ctx, libraryAt(ctx, u.slice(0, slash)));
  return fileByName(ctx, l, u.slice(slash + 1));
}

/** Looks up a file of a library by name. */
export function fileByName(ctx: ICtx, l: IListRow, name: string): IFileRef {
  const file = prep(ctx.db, 'SELECT * FROM files WHERE list_id = ? AND name = ?').get(l.id, name) as IFileRow | undefined;
  if (!file) throw spErrors.fileNotFound();
  return visibleFile(listScope(ctx, l), file);
}

/** The file of a library item (`items(id)/file`). */
export function fileOfItem(ctx: ICtx, l: IListRow, itemId: number): IFileRef {
  const scope = listScope(ctx, l);
  loadVisibleItem(scope, itemId);
  const file = prep(ctx.db, 'SELECT * FROM files WHERE list_id = ? AND item_id = ?').get(l.id, itemId) as IFileRow | undefined;
  if (!file) throw spErrors.fileNotFound();
  return visibleFile(scope, file);
}

function visibleFile(scope: IListScope, file: IFileRow): IFileRef {
  try {
    const { row, mask } = loadVisibleItem(scope, file.item_id);
    return { scope, file, row, mask };
  } catch (e) {
    if (e instanceof SpError && e.status === 404) throw spErrors.fileNotFound();
    throw e;
  }
}

/** The files of a library's root folder the caller may see, in upload order. */
export function listFiles(ctx: ICtx, l: IListRow): Entity[] {
  const scope = listScope(ctx, l);
  const rows = prep(ctx.db, 'SELECT * FROM files WHERE list_id = ? ORDER BY item_id').all(l.id) as unknown as IFileRow[];
  const out: Entity[] = [];
  for (const file of rows) {
    let ref: IFileRef;
    try {
      ref = visibleFile(scope, file);
    } catch (e) {
      if (e instanceof SpError && (e.status === 404 || e.status === 403)) continue;
      throw e;
    }
    out.push(fileEntity(ref));
  }
  return out;
}

/** The URL of a file, server-relative. */
function fileUrl(ctx: ICtx, l: IListRow, name: string): string {
  return `${ctx.sitePath}/${l.url}/${name}`;
}

/** SharePoint's SP.File entity. */
export function fileEntity(ref: IFileRef): Entity {
  const { scope, file, row } = ref;
  const url = fileUrl(scope.ctx, scope.list, file.name);
  const uid = file.unique_id.toUpperCase();
  const data = JSON.parse(row.data) as Record<string, unknown>;
  return new Entity('SP.File', `Web/GetFileByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`, {
    CheckInComment: '', CheckOutType: 2, ContentTag: `{${uid}},${row.version},${row.version}`, CustomizedPageStatus: 0, ETag: `"{${uid}},${row.version}"`,
    Exists: true, ExistsAllowThrowForPolicyFailures: true, ExistsWithException: true, IrmEnabled: false, Length: String(file.content.byteLength), Level: 1,
    LinkingUri: null, LinkingUrl: '', MajorVersion: row.version, MinorVersion: 0, Name: file.name, ServerRelativeUrl: url,
    TimeCreated: row.created, TimeLastModified: row.modified, Title: (data.Title as string | null | undefined) ?? null,
    UIVersion: row.version * 512, UIVersionLabel: `${row.version}.0`, UniqueId: file.unique_id
  });
}

/** SharePoint's SP.Folder entity for a library's root folder. */
export function folderEntity(ctx: ICtx, l: IListRow): Entity {
  const url = `${ctx.sitePath}/${l.url}`;
  const count = (prep(ctx.db, 'SELECT COUNT(*) AS c FROM files WHERE list_id = ?').get(l.id) as { c: number }).c;
  return new Entity('SP.Folder', `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`, {
    Exists: true, ExistsAllowThrowForPolicyFailures: true, ExistsWithException: true, IsWOPIEnabled: false, ItemCount: count,
    Name: l.url.split('/').pop(), ProgID: null, ServerRelativeUrl: url, TimeCreated: l.created, TimeLastModified: l.modified, UniqueId: l.guid, WelcomePage: ''
  });
}

function lastModifiedBy(ctx: ICtx, row: IItemRow): string {
  const p = principalById(ctx.db, row.editor);
  const d = new Date(row.modified);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${p?.login ?? ''} on ${two(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** A new version of a library item: the previous one goes to the version history (when versioning is on). */
function newVersion(s: IListScope, row: IItemRow): void {
  if (listProps(s.list).EnableVersioning !== false) {
    prep(s.ctx.db, 'INSERT OR REPLACE INTO item_versions (list_id, item_id, version, data, editor, modified) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.list.id, row.id, row.version, row.data, row.editor, row.modified);
  }
  prep(s.ctx.db, 'UPDATE items SET version = version + 1, modified = ?, editor = ? WHERE list_id = ? AND id = ?').run(nowIso(), s.ctx.who.user.id, s.list.id, row.id);
}

/** Reloads a file after a change. */
function reload(ref: IFileRef): IFileRef {
  const file = prep(ref.scope.ctx.db, 'SELECT * FROM files WHERE list_id = ? AND item_id = ?').get(ref.scope.list.id, ref.file.item_id) as unknown as IFileRow;
  return visibleFile(ref.scope, file);
}

/** `files/AddUsingPath(decodedurl='name',Overwrite=true)` (and `files/add(url=,overwrite=)`): a new file, or a new version of it. */
export function addFile(ctx: ICtx, l: IListRow, name: string, overwrite: boolean): IFileRef {
  const scope = listScope(ctx, l);
  if (name && name.indexOf('/') >= 0) throw spErrors.fileNotFound(); // subfolders are not emulated
  checkLeafName(name, `${ctx.sitePath}/${l.url}`);
  const existing = prep(ctx.db, 'SELECT * FROM files WHERE list_id = ? AND name = ?').get(l.id, name) as IFileRow | undefined;
  if (existing) {
    const ref = visibleFile(scope, existing);
    if (!overwrite) {
      throw new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${l.url}/${existing.name} already exists. It was last modified by ${lastModifiedBy(ctx, ref.row)}.`);
    }
    writeAllowed(scope, ref.mask, Perm.EditListItems, ref.row.author);
    newVersion(scope, ref.row);
    prep(ctx.db, 'UPDATE files SET content = ? WHERE list_id = ? AND item_id = ?').run(ctx.body, l.id, existing.item_id);
    touchList(scope);
    return reload(ref);
  }
  writeAllowed(scope, scope.mask, Perm.AddListItems);
  const id = insertItem(scope, {}, true);
  prep(ctx.db, 'INSERT INTO files (list_id, item_id, name, unique_id, content) VALUES (?, ?, ?, ?, ?)').run(l.id, id, name, randomUUID(), ctx.body);
  touchList(scope);
  return fileByName(ctx, l, name);
}

/** The file's content (`$value`). */
export function fileContent(ref: IFileRef): Buffer {
  return Buffer.from(ref.file.content);
}

/** Replaces the content (`$value` with PUT, as `file.setContent` sends it). */
export function setFileContent(ref: IFileRef): IFileRef {
  writeAllowed(ref.scope, ref.mask, Perm.EditListItems, ref.row.author);
  newVersion(ref.scope, ref.row);
  prep(ref.scope.ctx.db, 'UPDATE files SET content = ? WHERE list_id = ? AND item_id = ?').run(ref.scope.ctx.body, ref.scope.list.id, ref.file.item_id);
  touchList(ref.scope);
  return reload(ref);
}

/** Deletes (or recycles) a file and its item; `If-Match` is the file's ETag (`"{UniqueId},version"`) or `*`. */
export function deleteFile(ref: IFileRef): void {
  const { scope, row, mask, file } = ref;
  writeAllowed(scope, mask, Perm.DeleteListItems, row.author);
  const match = scope.ctx.headers['if-match'];
  if (match !== undefined && match.trim() !== '*') {
    const norm = (e: string): string => e.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/[{}]/g, '').toLowerCase();
    const actual = `"{${file.unique_id.toUpperCase()}},${row.version}"`;
    if (norm(match) !== norm(actual)) throw spErrors.etagMismatch(match.trim(), actual);
  }
  removeItem(scope, row.id);
}
