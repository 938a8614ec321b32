/**
 * The SharePoint REST router: /_api/web, lists, fields, views, items, identity and permissions.
 * Handlers are synchronous (node:sqlite is synchronous), so a write request runs as one
 * BEGIN IMMEDIATE ... COMMIT without interleaving, and its response is produced after COMMIT.
 */
import { randomUUID } from 'node:crypto';
import { findDemoUser } from '../directory/index';
import { type ICtx, type IListRow, type IListProps, jsonBody, listByTitle, listById, listProps, loadFields, invalidateFieldCache, itemTypeName, nowIso, isLibrary } from './context';
import { ensureSitePagesLibrary, sitePagesRoute } from './pages';
import { Entity, SpError, spErrors, type ISpResponse, collectionResponse, entityResponse, valueResponse, noContent, emptyOk } from './odata';
import { transaction, prep } from './store';
import { type IFieldRecord, builtInFields, fieldFromTyped, fieldFromXml, fieldProps, fieldODataType, applyFieldProps, encodeInternalName, isMulti } from './fields';
import { parseFilter, evalFilter } from './filter';
import {
  Perm, demand, effectiveMask, maskFor, governingScope, basePermissions, identityOf, principalByLogin, principalById, userEntity, groupEntity, roleDefEntity,
  breakInheritance, ensureDemoUser, type IPrincipal
} from './security';
import { listScope, queryItems, getItem, addItem, updateItem, deleteItem, listAttachments, addAttachment, attachmentOp, itemCount, syncFieldIndex, loadVisibleItem, itemVersions, validateUpdateListItem } from './items';
import { regionalSettingsRoute } from './regional';
import { type IFileRef, addFile, deleteFile, fileAt, fileByName, fileContent, fileEntity, fileOfItem, folderAt, folderEntity, listFiles, setFileContent } from './files';

/** One path segment: `getByTitle('Projects')` → name `getbytitle`, args `'Projects'`. */
interface ISeg { name: string; raw: string; args?: string }

/** Splits an `_api` path into segments, respecting quotes and parentheses. */
export function splitSegments(path: string): ISeg[] {
  const out: ISeg[] = [];
  let cur = '';
  let depth = 0;
  let quote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'") quote = !quote;
    if (!quote && c === '(') depth++;
    if (!quote && c === ')') depth--;
    if (c === '/' && !quote && depth === 0) {
      if (cur) out.push(seg(cur));
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(seg(cur));
  return out;
}

function seg(s: string): ISeg {
  const i = s.indexOf('(');
  if (i < 0 || !s.endsWith(')')) return { name: s.toLowerCase(), raw: s };
  return { name: s.slice(0, i).toLowerCase(), raw: s, args: s.slice(i + 1, -1) };
}

/** Resolves a single argument: 'text' (with '' escapes), guid'..', @alias, or a bare number/bool. */
function argValue(ctx: ICtx, a: string | undefined): string {
  if (a === undefined) throw spErrors.badQuery('A parameter is missing.');
  let v = a.trim();
  if (v.startsWith('@')) {
    const alias = ctx.query.get(v);
    if (alias === undefined) throw spErrors.badQuery(`The parameter alias ${v} is not defined.`);
    v = alias.trim();
  }
  const g = /^guid'(.*)'$/i.exec(v);
  if (g) return g[1];
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) v = v.slice(1, -1).replace(/''/g, "'");
  const inline = /^!@v::(.*)$/.exec(v);
  if (inline) return inline[1];
  return v;
}

/** Named arguments: `principalid=6, roledefid=1073741829`. */
function namedArgs(ctx: ICtx, a: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!a) return out;
  const parts: string[] = [];
  let cur = '';
  let quote = false;
  for (const c of a) {
    if (c === "'") quote = !quote;
    if (c === ',' && !quote) { parts.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim()) parts.push(cur);
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i < 0) continue;
    out[p.slice(0, i).trim().toLowerCase()] = argValue(ctx, p.slice(i + 1));
  }
  return out;
}

function isWrite(method: string): boolean {
  return method !== 'GET';
}

function notFound(ctx: ICtx, segs: ISeg[]): SpError {
  return spErrors.notSupported(`${ctx.apiBase}/${segs.map(s => s.raw).join('/')}`);
}

/** Applies $filter/$select to a small in-memory collection (lists, fields, users, groups, views). */
function filterEntities(ctx: ICtx, entities: Entity[]): Entity[] {
  const f = ctx.query.get('$filter');
  let out = entities;
  if (f) {
    const ast = parseFilter(f);
    out = out.filter(e => evalFilter(ast, m => {
      let v: unknown = e.props;
      for (const p of m.path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] ?? (v as Record<string, unknown>)[Object.keys(v as object).find(k => k.toLowerCase() === p.toLowerCase()) ?? ''] : undefined;
      return v;
    }));
  }
  const orderby = (ctx.query.get('$orderby') ?? '').trim();
  if (orderby) {
    const keys = orderby.split(',').map(k => k.trim().split(/\s+/)).map(([name, dir]) => ({ name: name.toLowerCase(), desc: (dir ?? '').toLowerCase() === 'desc' }));
    const val = (e: Entity, name: string): unknown => e.props[Object.keys(e.props).find(k => k.toLowerCase() === name) ?? ''];
    out = [...out].sort((a, b) => {
      for (const k of keys) {
        const x = val(a, k.name);
        const y = val(b, k.name);
        const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'en', { sensitivity: 'base' }) : x === y ? 0 : (x as number) < (y as number) ? -1 : 1;
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const top = ctx.query.get('$top');
  if (top !== undefined) out = out.slice(0, Number(top));
  return out.map(e => selectProps(ctx, e));
}

function selectProps(ctx: ICtx, e: Entity): Entity {
  const sel = (ctx.query.get('$select') ?? '').split(',').map(s => s.trim()).filter(Boolean);
  if (sel.length === 0 || sel.indexOf('*') >= 0) return e;
  const props: Record<string, unknown> = {};
  for (const s of sel) {
    const key = Object.keys(e.props).find(k => k.toLowerCase() === s.split('/')[0].toLowerCase());
    if (key) props[key] = e.props[key];
  }
  return new Entity(e.type, e.uri, props, e.etag, e.id);
}

function one(ctx: ICtx, e: Entity, status: number = 200): ISpResponse {
  return entityResponse(selectProps(ctx, e), ctx.fmt, ctx.apiBase, status);
}

// ---------------------------------------------------------------- entry

/** Handles one SharePoint REST request (path relative to `_api/`). Writes run in one transaction. */
export function handleSp(ctx: ICtx, path: string): ISpResponse {
  const segs = splitSegments(path);
  if (isWrite(ctx.method)) return transaction(ctx.db, () => route(ctx, segs));
  return route(ctx, segs);
}

function route(ctx: ICtx, segs: ISeg[]): ISpResponse {
  const [first, ...rest] = segs;
  if (!first) throw notFound(ctx, segs);
  if (first.name === 'contextinfo') return contextInfo(ctx);
  if (first.name === 'web') return webRoute(ctx, rest, segs);
  // `_api/lists/…` is the current web's lists, as `_api/web/lists/…`
  if (first.name === 'lists') return webRoute(ctx, segs, segs);
  if (first.name === 'sitepages') return sitePagesRoute(ctx, rest);
  if (first.name === 'site') {
    if (rest.length === 0) return one(ctx, new Entity('SP.Site', 'Site', { Id: webRow(ctx).id, Url: ctx.siteUrl, ServerRelativeUrl: ctx.sitePath, ReadOnly: false }));
    if (rest[0].name === 'rootweb') return webRoute(ctx, rest.slice(1), segs);
  }
  throw notFound(ctx, segs);
}

function contextInfo(ctx: ICtx): ISpResponse {
  const digest = `0x${randomUUID().replace(/-/g, '').toUpperCase()}${randomUUID().replace(/-/g, '').toUpperCase()},${new Date().toUTCString()}`;
  const info = {
    'odata.type': 'SP.ContextWebInformation', FormDigestTimeoutSeconds: 1800, FormDigestValue: digest, LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: ctx.siteUrl, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'], WebFullUrl: ctx.siteUrl
  };
  return valueResponse('GetContextWebInformation', info, ctx.fmt, ctx.apiBase, 'SP.ContextWebInformation');
}

// ---------------------------------------------------------------- web

interface IWebRow { id: string; title: string; description: string; created: string; props: string }

function webRow(ctx: ICtx): IWebRow {
  return prep(ctx.db, 'SELECT * FROM web').get() as unknown as IWebRow;
}

function webEntity(ctx: ICtx): Entity {
  const w = webRow(ctx);
  const props = JSON.parse(w.props) as Record<string, unknown>;
  return new Entity('SP.Web', 'Web', {
    AllowRssFeeds: true, Configuration: 0, Created: w.created, CustomMasterUrl: `${ctx.sitePath}/_catalogs/masterpage/seattle.master`, Description: w.description,
    EnableMinimalDownload: false, HasUniqueRoleAssignments: true, Id: w.id, IsMultilingual: true, Language: 1033, LastItemModifiedDate: nowIso(),
    ServerRelativeUrl: ctx.sitePath, SiteLogoUrl: (props.SiteLogoUrl as string | undefined) ?? null, Title: w.title, Url: ctx.siteUrl, WebTemplate: 'STS', ...pickWebProps(props)
  });
}

function pickWebProps(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['AlternateCssUrl', 'QuickLaunchEnabled', 'TreeViewEnabled', 'FooterEnabled', 'HeaderLayout']) if (p[k] !== undefined) out[k] = p[k];
  return out;
}

function webMask(ctx: ICtx): bigint {
  return effectiveMask(ctx.db, ctx.who);
}

function webRoute(ctx: ICtx, segs: ISeg[], all: ISeg[]): ISpResponse {
  if (segs.length === 0) {
    if (ctx.method === 'GET') {
      demand(webMask(ctx), Perm.Open);
      return one(ctx, webEntity(ctx));
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      demand(webMask(ctx), Perm.ManageWeb);
      const body = jsonBody(ctx);
      const w = webRow(ctx);
      const props = JSON.parse(w.props) as Record<string, unknown>;
      let title = w.title;
      let description = w.description;
      for (const [k, v] of Object.entries(body)) {
        if (k === '__metadata') continue;
        if (k === 'Title') title = String(v);
        else if (k === 'Description') description = String(v ?? '');
        else if (['SiteLogoUrl', 'AlternateCssUrl', 'QuickLaunchEnabled', 'TreeViewEnabled', 'FooterEnabled', 'HeaderLayout'].indexOf(k) >= 0) props[k] = v;
        else throw spErrors.unknownProperty(k, 'SP.Web');
      }
      prep(ctx.db, 'UPDATE web SET title = ?, description = ?, props = ?').run(title, description, JSON.stringify(props));
      return noContent();
    }
    throw notFound(ctx, all);
  }
  const [s, ...rest] = segs;
  switch (s.name) {
    case 'title': case 'description': case 'id': case 'url': case 'serverrelativeurl': {
      demand(webMask(ctx), Perm.Open);
      const e = webEntity(ctx);
      const key = Object.keys(e.props).find(k => k.toLowerCase() === s.name) ?? s.raw;
      return valueResponse(key, e.props[key], ctx.fmt, ctx.apiBase, `Edm.String`);
    }
    case 'allproperties': return allProperties(ctx, rest, all);
    case 'lists': return listsRoute(ctx, s, rest, all);
    case 'getlist': {
      const url = argValue(ctx, s.args).replace(/\/$/, '');
      const rel = url.startsWith(ctx.sitePath + '/') ? url.slice(ctx.sitePath.length + 1) : url.replace(/^\//, '');
      const l = prep(ctx.db, 'SELECT * FROM lists WHERE url = ? COLLATE NOCASE').get(rel) as IListRow | undefined;
      if (!l) throw spErrors.fileNotFound();
      return listRoute(ctx, l, rest, all);
    }
    case 'fields': return fieldsRoute(ctx, undefined, s, rest, all);
    case 'currentuser': {
      if (rest.length && rest[0].name === 'groups') return userGroups(ctx, ctx.who.user);
      return one(ctx, userEntity(ctx.who.user));
    }
    case 'siteusers': return siteUsersRoute(ctx, s, rest, all);
    case 'getuserbyid': {
      const p = principalById(ctx.db, Number(argValue(ctx, s.args)));
      if (!p || p.kind !== 'user') throw spErrors.userNotFound();
      return userRoute(ctx, p, rest, all);
    }
    case 'ensureuser': {
      if (ctx.method !== 'POST') throw notFound(ctx, all);
      const body = jsonBody(ctx);
      const logon = s.args ? argValue(ctx, s.args) : String(body.logonName ?? '');
      demand(webMask(ctx), Perm.BrowseUserInfo);
      const p = principalByLogin(ctx.db, logon, true);
      if (!p) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`);
      return one(ctx, userEntity(p));
    }
    case 'sitegroups': return siteGroupsRoute(ctx, s, rest, all);
    case 'associatedownergroup': return groupRoute(ctx, principalById(ctx.db, 3)!, rest, all); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    case 'associatedmembergroup': return groupRoute(ctx, principalById(ctx.db, 5)!, rest, all); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    case 'associatedvisitorgroup': return groupRoute(ctx, principalById(ctx.db, 4)!, rest, all); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    case 'roledefinitions': return roleDefsRoute(ctx, s, rest, all);
    case 'regionalsettings': return regionalSettingsRoute(ctx, rest, a => argValue(ctx, a), () => notFound(ctx, all));
    case 'getfolderbyserverrelativepath': case 'getfolderbyserverrelativeurl': return folderRoute(ctx, folderAt(ctx, pathArg(ctx, s)), rest, all);
    case 'getfilebyserverrelativepath': case 'getfilebyserverrelativeurl': return fileRoute(ctx, fileAt(ctx, pathArg(ctx, s)), rest, all);
    default: return securableRoute(ctx, 'web', undefined, undefined, s, rest, all);
  }
}

function allProperties(ctx: ICtx, rest: ISeg[], all: ISeg[]): ISpResponse {
  const w = webRow(ctx);
  const props = JSON.parse(w.props) as Record<string, unknown>;
  const bag = (props.__bag ?? {}) as Record<string, unknown>;
  if (rest.length) throw notFound(ctx, all);
  if (ctx.method === 'GET') {
    demand(webMask(ctx), Perm.Open);
    return one(ctx, new Entity('SP.PropertyValues', 'Web/AllProperties', { ...bag }));
  }
  demand(webMask(ctx), Perm.ManageWeb);
  for (const [k, v] of Object.entries(jsonBody(ctx))) if (k !== '__metadata') bag[k] = v;
  props.__bag = bag;
  prep(ctx.db, 'UPDATE web SET props = ?').run(JSON.stringify(props));
  return noContent();
}

// ---------------------------------------------------------------- lists

const LIST_SETTABLE = ['Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'EnableVersioning', 'EnableAttachments', 'EnableFolderCreation',
  'Hidden', 'ReadSecurity', 'WriteSecurity', 'NoCrawl', 'OnQuickLaunch', 'EnableMinorVersions', 'MajorVersionLimit', 'ForceCheckout', 'EnableModeration',
  'DraftVersionVisibility', 'MajorWithMinorVersionsLimit', 'Direction', 'ImageUrl', 'IrmEnabled', 'DisableGridEditing', 'ExcludeFromOfflineClient', 'DefaultContentApprovalWorkflowId',
  'ListExperienceOptions', 'EnableRequestSignOff', 'ValidationFormula', 'ValidationMessage', 'DocumentTemplateUrl', 'ParserDisabled', 'IsApplicationList'];

function listEntity(ctx: ICtx, l: IListRow): Entity {
  const p = listProps(l);
  return new Entity('SP.List', `Web/Lists(guid'${l.guid}')`, {
    AllowContentTypes: p.AllowContentTypes ?? true, BaseTemplate: l.template, BaseType: isLibrary(l) ? 1 : 0, ContentTypesEnabled: p.ContentTypesEnabled ?? false,
    Created: l.created, Description: l.description, EnableAttachments: p.EnableAttachments ?? true, EnableFolderCreation: p.EnableFolderCreation ?? false,
    EnableMinorVersions: p.EnableMinorVersions ?? false, EnableModeration: p.EnableModeration ?? false, EnableVersioning: p.EnableVersioning ?? true,
    EntityTypeName: itemTypeName(l).replace(/^SP\.Data\./, '').replace(/Item$/, ''), ForceCheckout: p.ForceCheckout ?? false, HasUniqueRoleAssignments: l.has_unique === 1,
    Hidden: p.Hidden ?? false, Id: l.guid, ItemCount: itemCount(ctx.db, l.id), LastItemModifiedDate: l.modified, LastItemUserModifiedDate: l.modified,
    ListItemEntityTypeFullName: itemTypeName(l), MajorVersionLimit: p.MajorVersionLimit ?? 50, NoCrawl: p.NoCrawl ?? false, OnQuickLaunch: p.OnQuickLaunch ?? false,
    ParentWebUrl: ctx.sitePath, ReadSecurity: p.ReadSecurity ?? 1, WriteSecurity: p.WriteSecurity ?? 1, Title: l.title,
    RootFolder: new Entity('SP.Folder', `Web/Lists(guid'${l.guid}')/RootFolder`, { Name: l.url.split('/').pop(), ServerRelativeUrl: `${ctx.sitePath}/${l.url}`, ItemCount: 0, Exists: true, UniqueId: l.guid })
  });
}

function listVisible(ctx: ICtx, l: IListRow): boolean {
  return (effectiveMask(ctx.db, ctx.who, l.id) & Perm.ViewListItems) !== 0n;
}

function listsRoute(ctx: ICtx, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  if (s.args !== undefined) return listRoute(ctx, listById(ctx, argValue(ctx, s.args)), rest, all);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      demand(webMask(ctx), Perm.Open);
      const rows = prep(ctx.db, 'SELECT * FROM lists ORDER BY id').all() as unknown as IListRow[];
      const ents = rows.filter(l => listVisible(ctx, l)).map(l => withoutRootFolder(ctx, listEntity(ctx, l)));
      return collectionResponse(filterEntities(ctx, ents), ctx.fmt, ctx.apiBase, 'SP.ApiData.Lists');
    }
    if (ctx.method === 'POST') return createList(ctx);
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  if (n.name === 'ensureclientrenderedsitepageslibrary' && ctx.method === 'POST' && more.length === 0) {
    demand(webMask(ctx), Perm.Open);
    return one(ctx, withoutRootFolder(ctx, listEntity(ctx, ensureSitePagesLibrary(ctx.db, ctx.sitePath))));
  }
  if (n.name === 'getbytitle') return listRoute(ctx, listByTitle(ctx, argValue(ctx, n.args)), more, all);
  if (n.name === 'getbyid') return listRoute(ctx, listById(ctx, argValue(ctx, n.args)), more, all);
  throw notFound(ctx, all);
}

function withoutRootFolder(ctx: ICtx, e: Entity): Entity {
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
  if (expand.includes('rootfolder')) return e;
  const props = { ...e.props };
  delete props.RootFolder;
  return new Entity(e.type, e.uri, props, e.etag, e.id);
}

function createList(ctx: ICtx): ISpResponse {
  demand(webMask(ctx), Perm.ManageLists);
  const body = jsonBody(ctx);
  const title = String(body.Title ?? '').trim();
  if (!title) throw spErrors.badQuery('The parameter Title cannot be empty.');
  if (prep(ctx.db, 'SELECT 1 FROM lists WHERE title = ? COLLATE NOCASE').get(title)) throw spErrors.listExists();
  const template = Number(body.BaseTemplate ?? 100);
  const leaf = title.replace(/[~"#%&*:<>?\\/{|}.]/g, '');
  let url = template === 101 ? leaf : `Lists/${leaf}`;
  for (let i = 1; prep(ctx.db, 'SELECT 1 FROM lists WHERE url = ? COLLATE NOCASE').get(url); i++) url = `${template === 101 ? '' : 'Lists/'}${leaf}${i}`;
  const props: IListProps = { EnableVersioning: template === 101 ? true : false, ReadSecurity: 1, WriteSecurity: 1, EnableAttachments: template !== 101 };
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata' || k === 'Title' || k === 'Description' || k === 'BaseTemplate') continue;
    if (LIST_SETTABLE.indexOf(k) < 0) throw spErrors.unknownProperty(k, 'SP.List');
    props[k] = v;
  }
  const guid = randomUUID();
  const now = nowIso();
  const r = prep(ctx.db, 'INSERT INTO lists (guid, title, url, description, template, props, next_item_id, created, modified, has_unique) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0) RETURNING id')
    .get(guid, title, url, String(body.Description ?? ''), template, JSON.stringify(props), now, now) as { id: number };
  const ins = prep(ctx.db, 'INSERT INTO fields (list_id, pos, internal_name, guid, data) VALUES (?, ?, ?, ?, ?)');
  builtInFields().forEach((f, i) => ins.run(r.id, i, f.InternalName, f.Id, JSON.stringify(f)));
  invalidateFieldCache(ctx.db);
  const viewGuid = randomUUID();
  prep(ctx.db, 'INSERT INTO views (list_id, guid, title, data) VALUES (?, ?, ?, ?)').run(r.id, viewGuid, 'All Items', JSON.stringify({
    DefaultView: true, PersonalView: false, RowLimit: 30, Paged: true, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>', Hidden: false, ViewFields: ['LinkTitle'],
    ServerRelativeUrl: `${ctx.sitePath}/${url}/AllItems.aspx`
  }));
  const l = prep(ctx.db, 'SELECT * FROM lists WHERE id = ?').get(r.id) as unknown as IListRow;
  return one(ctx, withoutRootFolder(ctx, listEntity(ctx, l)), 201);
}

function listRoute(ctx: ICtx, l: IListRow, segs: ISeg[], all: ISeg[]): ISpResponse {
  const mask = effectiveMask(ctx.db, ctx.who, l.id);
  if (mask === 0n) {
    // no role at all on the list: SharePoint trims it from the web's lists (404); without site access it is 403
    if ((webMask(ctx) & Perm.Open) === 0n) throw spErrors.accessDenied();
    throw spErrors.listNotFound(l.title, ctx.siteUrl);
  }
  if (segs.length === 0) {
    if (ctx.method === 'GET') {
      if ((mask & (Perm.ViewListItems | Perm.ManageLists)) === 0n) throw spErrors.listNotFound(l.title, ctx.siteUrl);
      return one(ctx, withoutRootFolder(ctx, listEntity(ctx, l)));
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      demand(mask, Perm.ManageLists);
      const body = jsonBody(ctx);
      const props = listProps(l);
      let title = l.title;
      let description = l.description;
      for (const [k, v] of Object.entries(body)) {
        if (k === '__metadata') continue;
        if (k === 'Title') {
          title = String(v);
          const other = prep(ctx.db, 'SELECT id FROM lists WHERE title = ? COLLATE NOCASE').get(title) as { id: number } | undefined;
          if (other && other.id !== l.id) throw spErrors.listExists();
        } else if (k === 'Description') description = String(v ?? '');
        else if (k === 'BaseTemplate') continue;
        else if (LIST_SETTABLE.indexOf(k) < 0) throw spErrors.unknownProperty(k, 'SP.List');
        else props[k] = v;
      }
      prep(ctx.db, 'UPDATE lists SET title = ?, description = ?, props = ?, modified = ? WHERE id = ?').run(title, description, JSON.stringify(props), nowIso(), l.id);
      return noContent();
    }
    if (ctx.method === 'DELETE') {
      demand(mask, Perm.ManageLists);
      deleteList(ctx, l);
      return emptyOk();
    }
    throw notFound(ctx, all);
  }
  const [s, ...rest] = segs;
  switch (s.name) {
    case 'recycle': {
      demand(mask, Perm.ManageLists);
      deleteList(ctx, l);
      return valueResponse('Recycle', randomUUID(), ctx.fmt, ctx.apiBase, 'Edm.Guid');
    }
    case 'items': return itemsRoute(ctx, l, s, rest, all);
    case 'getitembyid': return itemRoute(ctx, l, Number(argValue(ctx, s.args)), rest, all);
    case 'fields': return fieldsRoute(ctx, l, s, rest, all);
    case 'views': return viewsRoute(ctx, l, s, rest, all);
    case 'defaultview': {
      const v = prep(ctx.db, "SELECT * FROM views WHERE list_id = ? AND json_extract(data, '$.DefaultView') = 1").get(l.id) as IViewRow | undefined;
      if (!v) throw notFound(ctx, all);
      return viewRoute(ctx, l, v, rest, all);
    }
    case 'rootfolder': {
      if (rest.length > 0 && isLibrary(l)) return folderRoute(ctx, folderAt(ctx, `${ctx.sitePath}/${l.url}`), rest, all);
      if ((mask & Perm.ViewListItems) === 0n) throw spErrors.accessDenied();
      return one(ctx, listEntity(ctx, l).props.RootFolder as Entity);
    }
    case 'itemcount': case 'title': case 'id': case 'readsecurity': case 'writesecurity': case 'enableversioning': case 'hasuniqueroleassignments': {
      if ((mask & (Perm.ViewListItems | Perm.ManageLists)) === 0n) throw spErrors.accessDenied();
      const e = listEntity(ctx, l);
      const key = Object.keys(e.props).find(k => k.toLowerCase() === s.name) ?? s.raw;
      return valueResponse(key, e.props[key], ctx.fmt, ctx.apiBase, 'Edm.String');
    }
    default: return securableRoute(ctx, `list:${l.id}`, l, undefined, s, rest, all);
  }
}

function deleteList(ctx: ICtx, l: IListRow): void {
  for (const f of loadFields(ctx.db, l.id)) ctx.db.exec(`DROP INDEX IF EXISTS "ix_f_${l.id}_${f.Id.replace(/[^0-9a-f]/gi, '')}"`);
  prep(ctx.db, 'DELETE FROM items WHERE list_id = ?').run(l.id);
  prep(ctx.db, 'DELETE FROM item_versions WHERE list_id = ?').run(l.id);
  prep(ctx.db, 'DELETE FROM attachments WHERE list_id = ?').run(l.id);
  prep(ctx.db, 'DELETE FROM files WHERE list_id = ?').run(l.id);
  prep(ctx.db, 'DELETE FROM fields WHERE list_id = ?').run(l.id);
  invalidateFieldCache(ctx.db);
  prep(ctx.db, 'DELETE FROM views WHERE list_id = ?').run(l.id);
  prep(ctx.db, "DELETE FROM role_assignments WHERE scope = ? OR scope LIKE ?").run(`list:${l.id}`, `item:${l.id}:%`);
  prep(ctx.db, 'DELETE FROM lists WHERE id = ?').run(l.id);
}

// ---------------------------------------------------------------- items

function itemsRoute(ctx: ICtx, l: IListRow, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  if (s.args !== undefined) return itemRoute(ctx, l, Number(argValue(ctx, s.args)), rest, all);
  const scope = listScope(ctx, l);
  if (rest.length === 0) {
    if (ctx.method === 'GET') return queryItems(scope, `web/lists(guid'${l.guid}')/items`);
    if (ctx.method === 'POST') return addItem(scope);
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  if (n.name === 'getbyid') return itemRoute(ctx, l, Number(argValue(ctx, n.args)), more, all);
  throw notFound(ctx, all);
}

function itemRoute(ctx: ICtx, l: IListRow, id: number, segs: ISeg[], all: ISeg[]): ISpResponse {
  if (!Number.isInteger(id)) throw spErrors.badQuery('The item id is not valid.');
  const scope = listScope(ctx, l);
  if (segs.length === 0) {
    switch (ctx.method) {
      case 'GET': return getItem(scope, id);
      case 'MERGE': case 'PATCH': case 'PUT': return updateItem(scope, id);
      case 'DELETE': return deleteItem(scope, id);
      default: throw notFound(ctx, all);
    }
  }
  const [s, ...rest] = segs;
  switch (s.name) {
    case 'versions': {
      if (ctx.method !== 'GET') throw notFound(ctx, all);
      if (s.args !== undefined) return itemVersions(scope, id, Number(argValue(ctx, s.args)));
      if (rest.length === 1 && rest[0].name === 'getbyid') return itemVersions(scope, id, Number(argValue(ctx, rest[0].args)));
      if (rest.length === 0) return itemVersions(scope, id);
      throw notFound(ctx, all);
    }
    case 'validateupdatelistitem': {
      if (ctx.method !== 'POST' || rest.length) throw notFound(ctx, all);
      return validateUpdateListItem(scope, id);
    }
    case 'recycle': {
      deleteItem(scope, id);
      return valueResponse('Recycle', randomUUID(), ctx.fmt, ctx.apiBase, 'Edm.Guid');
    }
    case 'file': return fileRoute(ctx, fileOfItem(ctx, l, id), rest, all);
    case 'attachmentfiles': {
      if (s.args !== undefined) return attachmentRoute(ctx, scope, id, argValue(ctx, s.args), rest, all);
      if (rest.length === 0 && ctx.method === 'GET') return listAttachments(scope, id);
      const [n, ...more] = rest;
      if (n?.name === 'add' && ctx.method === 'POST') return addAttachment(scope, id, namedArgs(ctx, n.args).filename ?? argValue(ctx, n.args));
      if (n?.name === 'getbyfilename') return attachmentRoute(ctx, scope, id, argValue(ctx, n.args), more, all);
      throw notFound(ctx, all);
    }
    default: {
      loadVisibleItem(scope, id);
      return securableRoute(ctx, `item:${l.id}:${id}`, l, id, s, rest, all);
    }
  }
}

function attachmentRoute(ctx: ICtx, scope: ReturnType<typeof listScope>, id: number, name: string, rest: ISeg[], all: ISeg[]): ISpResponse {
  if (rest.length === 0) {
    if (ctx.method === 'GET') return attachmentOp(scope, id, name, 'get');
    if (ctx.method === 'DELETE') return attachmentOp(scope, id, name, 'delete');
  }
  if (rest.length === 1 && rest[0].name === '$value') {
    if (ctx.method === 'GET') return attachmentOp(scope, id, name, 'value');
    if (ctx.method === 'PUT' || ctx.method === 'POST') return attachmentOp(scope, id, name, 'put');
  }
  if (rest.length === 1 && rest[0].name === 'recycleobject') return attachmentOp(scope, id, name, 'delete');
  throw notFound(ctx, all);
}

// ---------------------------------------------------------------- files (document libraries)

/** The path argument of getFolderByServerRelativePath(decodedUrl='...') and getFolderByServerRelativeUrl('...'). */
function pathArg(ctx: ICtx, s: ISeg): string {
  return namedArgs(ctx, s.args).decodedurl ?? argValue(ctx, s.args);
}

/** A library's root folder: its properties, its files (list, add) and its (absent) list item. */
function folderRoute(ctx: ICtx, l: IListRow, segs: ISeg[], all: ISeg[]): ISpResponse {
  if (segs.length === 0) {
    if (ctx.method === 'GET') return one(ctx, folderEntity(ctx, l));
    throw notFound(ctx, all);
  }
  const [s, ...rest] = segs;
  if (s.name === 'files') {
    if (s.args !== undefined) return fileRoute(ctx, fileByName(ctx, l, argValue(ctx, s.args)), rest, all);
    if (rest.length === 0) {
      if (ctx.method === 'GET') return collectionResponse(filterEntities(ctx, listFiles(ctx, l)), ctx.fmt, ctx.apiBase, 'SP.ApiData.Files12');
      throw notFound(ctx, all);
    }
    const [n, ...more] = rest;
    if (more.length === 0 && ctx.method === 'POST' && (n.name === 'addusingpath' || n.name === 'add')) {
      const a = namedArgs(ctx, n.args);
      const name = (n.name === 'add' ? a.url : a.decodedurl) ?? '';
      return one(ctx, fileEntity(addFile(ctx, l, name, /^true$/i.test(a.overwrite ?? 'false'))));
    }
    if (n.name === 'getbyurl') return fileRoute(ctx, fileByName(ctx, l, argValue(ctx, n.args)), more, all);
    throw notFound(ctx, all);
  }
  if (s.name === 'listitemallfields' && rest.length === 0 && ctx.method === 'GET') {
    // the root folder of a library has no list item
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
  }
  throw notFound(ctx, all);
}

/** One file: properties, content, its list item, delete/recycle. */
function fileRoute(ctx: ICtx, ref: IFileRef, segs: ISeg[], all: ISeg[]): ISpResponse {
  if (segs.length === 0) {
    if (ctx.method === 'GET') return one(ctx, fileEntity(ref));
    if (ctx.method === 'DELETE') {
      deleteFile(ref);
      return emptyOk();
    }
    throw notFound(ctx, all);
  }
  const [s, ...rest] = segs;
  switch (s.name) {
    case '$value': {
      if (rest.length) break;
      if (ctx.method === 'GET') return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: fileContent(ref) };
      if (ctx.method === 'PUT' || ctx.method === 'POST') {
        setFileContent(ref);
        return noContent();
      }
      break;
    }
    case 'listitemallfields': return itemRoute(ctx, ref.scope.list, ref.row.id, rest, all);
    case 'recycle': {
      if (ctx.method !== 'POST' || rest.length) break;
      deleteFile(ref);
      return valueResponse('Recycle', randomUUID(), ctx.fmt, ctx.apiBase, 'Edm.Guid');
    }
    default: break;
  }
  throw notFound(ctx, all);
}

// ---------------------------------------------------------------- fields

function fieldEntity(ctx: ICtx, l: IListRow | undefined, f: IFieldRecord): Entity {
  const uri = l ? `Web/Lists(guid'${l.guid}')/Fields(guid'${f.Id}')` : `Web/Fields(guid'${f.Id}')`;
  return new Entity(fieldODataType(f), uri, fieldProps(f, l?.guid ?? ''));
}

function fieldsRoute(ctx: ICtx, l: IListRow | undefined, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  const listId = l?.id ?? 0;
  const mask = effectiveMask(ctx.db, ctx.who, l?.id);
  const fields = loadFields(ctx.db, listId, true);
  const findBy = (pred: (f: IFieldRecord) => boolean, name: string): IFieldRecord => {
    const f = fields.find(pred);
    if (!f) throw spErrors.fieldNotFound(name);
    return f;
  };
  if (s.args !== undefined) {
    const id = argValue(ctx, s.args).toLowerCase();
    return fieldRoute(ctx, l, findBy(f => f.Id === id, id), rest, all);
  }
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      if ((mask & (Perm.ViewListItems | Perm.ManageLists)) === 0n) throw spErrors.accessDenied();
      return collectionResponse(filterEntities(ctx, fields.map(f => fieldEntity(ctx, l, f))), ctx.fmt, ctx.apiBase, 'SP.ApiData.Fields');
    }
    if (ctx.method === 'POST') {
      const body = jsonBody(ctx);
      return addField(ctx, l, mask, fields, fieldFromTyped(body, uniqueInternalName(fields, encodeInternalName(String(body.Title ?? 'Field')))));
    }
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  switch (n.name) {
    case 'addfield': {
      const params = (jsonBody(ctx).parameters ?? {}) as Record<string, unknown>;
      return addField(ctx, l, mask, fields, fieldFromTyped(params, uniqueInternalName(fields, encodeInternalName(String(params.Title ?? 'Field')))));
    }
    case 'createfieldasxml': {
      const params = (jsonBody(ctx).parameters ?? {}) as Record<string, unknown>;
      const f = fieldFromXml(String(params.SchemaXml ?? ''));
      if (fields.some(x => x.InternalName.toLowerCase() === f.InternalName.toLowerCase())) {
        // SharePoint keeps the display name and makes the internal name unique unless the XML pins it
        throw spErrors.duplicateField(f.InternalName);
      }
      return addField(ctx, l, mask, fields, f);
    }
    case 'getbyinternalnameortitle': {
      const name = argValue(ctx, n.args).toLowerCase();
      return fieldRoute(ctx, l, fields.find(f => f.InternalName.toLowerCase() === name) ?? findBy(f => f.Title.toLowerCase() === name, name), more, all);
    }
    case 'getbytitle': {
      const name = argValue(ctx, n.args).toLowerCase();
      return fieldRoute(ctx, l, findBy(f => f.Title.toLowerCase() === name, name), more, all);
    }
    case 'getbyid': {
      const id = argValue(ctx, n.args).toLowerCase().replace(/[{}]/g, '');
      return fieldRoute(ctx, l, findBy(f => f.Id === id, id), more, all);
    }
    default: throw notFound(ctx, all);
  }
}

function uniqueInternalName(fields: IFieldRecord[], name: string): string {
  const taken = new Set(fields.map(f => f.InternalName.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 0; ; i++) if (!taken.has(`${name}${i}`.toLowerCase())) return `${name}${i}`;
}

function addField(ctx: ICtx, l: IListRow | undefined, mask: bigint, fields: IFieldRecord[], f: IFieldRecord): ISpResponse {
  demand(mask, l ? Perm.ManageLists : Perm.ManageWeb);
  if (f.FieldTypeKind === 7 && /^self$/i.test(f.LookupList ?? '') && l) f.LookupList = `{${l.guid}}`;
  if (f.FieldTypeKind === 7 && f.LookupList) {
    const ref = f.LookupList.replace(/[{}]/g, '').toLowerCase();
    const target = prep(ctx.db, 'SELECT guid FROM lists WHERE guid = ? OR title = ? COLLATE NOCASE OR url = ? COLLATE NOCASE').get(ref, f.LookupList, f.LookupList) as { guid: string } | undefined;
    if (target) f.LookupList = `{${target.guid}}`;
  }
  if (f.EnforceUniqueValues) f.Indexed = true;
  const listId = l?.id ?? 0;
  const pos = fields.length;
  prep(ctx.db, 'INSERT INTO fields (list_id, pos, internal_name, guid, data) VALUES (?, ?, ?, ?, ?)').run(listId, pos, f.InternalName, f.Id, JSON.stringify(f));
  invalidateFieldCache(ctx.db);
  if (l) syncFieldIndex(ctx.db, l.id, f);
  return one(ctx, fieldEntity(ctx, l, f), 201);
}

function fieldRoute(ctx: ICtx, l: IListRow | undefined, f: IFieldRecord, segs: ISeg[], all: ISeg[]): ISpResponse {
  const mask = effectiveMask(ctx.db, ctx.who, l?.id);
  if (segs.length === 0) {
    if (ctx.method === 'GET') {
      if ((mask & (Perm.ViewListItems | Perm.ManageLists | Perm.Open)) === 0n) throw spErrors.accessDenied();
      return one(ctx, fieldEntity(ctx, l, f));
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      demand(mask, l ? Perm.ManageLists : Perm.ManageWeb);
      const body = jsonBody(ctx);
      applyFieldProps(f, body);
      if (f.EnforceUniqueValues) f.Indexed = true;
      if (f.Indexed && isMulti(f)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The field '${f.Title}' cannot be indexed: multi-value fields cannot be indexed.`);
      prep(ctx.db, 'UPDATE fields SET data = ? WHERE list_id = ? AND guid = ?').run(JSON.stringify(f), l?.id ?? 0, f.Id);
      invalidateFieldCache(ctx.db);
      if (l) syncFieldIndex(ctx.db, l.id, f);
      return noContent();
    }
    if (ctx.method === 'DELETE') {
      demand(mask, l ? Perm.ManageLists : Perm.ManageWeb);
      if (f.FromBaseType) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a column that is part of the base type of the list.');
      prep(ctx.db, 'DELETE FROM fields WHERE list_id = ? AND guid = ?').run(l?.id ?? 0, f.Id);
      invalidateFieldCache(ctx.db);
      if (l) {
        syncFieldIndex(ctx.db, l.id, { ...f, Indexed: false });
        prep(ctx.db, `UPDATE items SET data = json_remove(data, '$."${f.InternalName}"') WHERE list_id = ?`).run(l.id);
      }
      return emptyOk();
    }
  }
  const [s] = segs;
  if (s && /^setshowin(display|edit|new)form$/.test(s.name) && ctx.method === 'POST') {
    demand(mask, Perm.ManageLists);
    return noContent();
  }
  throw notFound(ctx, all);
}

// ---------------------------------------------------------------- views

interface IViewRow { list_id: number; guid: string; title: string; data: string }
interface IViewData { DefaultView: boolean; PersonalView: boolean; RowLimit: number; Paged: boolean; ViewQuery: string; Hidden: boolean; ViewFields: string[]; ServerRelativeUrl: string; [k: string]: unknown }

function viewEntity(l: IListRow, v: IViewRow): Entity {
  const d = JSON.parse(v.data) as IViewData;
  const { ViewFields, ...rest } = d;
  void ViewFields;
  return new Entity('SP.View', `Web/Lists(guid'${l.guid}')/Views(guid'${v.guid}')`, { Id: v.guid, Title: v.title, ...rest });
}

function viewsRoute(ctx: ICtx, l: IListRow, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  const mask = effectiveMask(ctx.db, ctx.who, l.id);
  const rows = prep(ctx.db, 'SELECT * FROM views WHERE list_id = ? ORDER BY rowid').all(l.id) as unknown as IViewRow[];
  if (s.args !== undefined) {
    const id = argValue(ctx, s.args).toLowerCase();
    const v = rows.find(r => r.guid === id);
    if (!v) throw notFound(ctx, all);
    return viewRoute(ctx, l, v, rest, all);
  }
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      if ((mask & (Perm.ViewListItems | Perm.ManageLists)) === 0n) throw spErrors.accessDenied();
      return collectionResponse(filterEntities(ctx, rows.map(r => viewEntity(l, r))), ctx.fmt, ctx.apiBase, 'SP.ApiData.Views');
    }
    if (ctx.method === 'POST') {
      demand(mask, Perm.ManageLists);
      const body = jsonBody(ctx);
      const title = String(body.Title ?? '').trim();
      if (!title) throw spErrors.badQuery('The parameter Title cannot be empty.');
      const guid = randomUUID();
      const data: IViewData = {
        DefaultView: false, PersonalView: false, RowLimit: 30, Paged: true, ViewQuery: '', Hidden: false, ViewFields: ['LinkTitle'],
        ServerRelativeUrl: `${ctx.sitePath}/${l.url}/${title.replace(/[^A-Za-z0-9]/g, '')}.aspx`
      };
      applyViewProps(ctx, l, data, body);
      if (data.DefaultView) prep(ctx.db, "UPDATE views SET data = json_set(data, '$.DefaultView', json('false')) WHERE list_id = ?").run(l.id);
      prep(ctx.db, 'INSERT INTO views (list_id, guid, title, data) VALUES (?, ?, ?, ?)').run(l.id, guid, title, JSON.stringify(data));
      const v = prep(ctx.db, 'SELECT * FROM views WHERE list_id = ? AND guid = ?').get(l.id, guid) as unknown as IViewRow;
      return one(ctx, viewEntity(l, v), 201);
    }
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  if (n.name === 'getbytitle') {
    const t = argValue(ctx, n.args).toLowerCase();
    const v = rows.find(r => r.title.toLowerCase() === t);
    if (!v) throw new SpError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');
    return viewRoute(ctx, l, v, more, all);
  }
  if (n.name === 'getbyid') {
    const id = argValue(ctx, n.args).toLowerCase();
    const v = rows.find(r => r.guid === id);
    if (!v) throw notFound(ctx, all);
    return viewRoute(ctx, l, v, more, all);
  }
  throw notFound(ctx, all);
}

function applyViewProps(ctx: ICtx, l: IListRow, data: IViewData, body: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata' || k === 'Title') continue;
    if (k === 'ViewFields') {
      const vals = Array.isArray(v) ? v : (v as { results?: unknown[] } | null)?.results ?? [];
      data.ViewFields = vals.map(String);
      continue;
    }
    if (['DefaultView', 'PersonalView', 'RowLimit', 'Paged', 'ViewQuery', 'Hidden', 'ViewType', 'Scope', 'JSLink', 'TabularView', 'IncludeRootFolder', 'ViewData', 'CustomFormatter', 'Aggregations', 'AggregationsStatus'].indexOf(k) < 0) {
      throw spErrors.unknownProperty(k, 'SP.View');
    }
    data[k] = v;
  }
  void ctx;
  void l;
}

function viewRoute(ctx: ICtx, l: IListRow, v: IViewRow, segs: ISeg[], all: ISeg[]): ISpResponse {
  const mask = effectiveMask(ctx.db, ctx.who, l.id);
  const data = JSON.parse(v.data) as IViewData;
  const save = (title: string = v.title): void => { prep(ctx.db, 'UPDATE views SET data = ?, title = ? WHERE list_id = ? AND guid = ?').run(JSON.stringify(data), title, l.id, v.guid); };
  if (segs.length === 0) {
    if (ctx.method === 'GET') return one(ctx, viewEntity(l, v));
    demand(mask, Perm.ManageLists);
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      const body = jsonBody(ctx);
      applyViewProps(ctx, l, data, body);
      if (data.DefaultView) prep(ctx.db, "UPDATE views SET data = json_set(data, '$.DefaultView', json('false')) WHERE list_id = ? AND guid <> ?").run(l.id, v.guid);
      save(body.Title !== undefined ? String(body.Title) : v.title);
      return noContent();
    }
    if (ctx.method === 'DELETE') {
      prep(ctx.db, 'DELETE FROM views WHERE list_id = ? AND guid = ?').run(l.id, v.guid);
      return emptyOk();
    }
    throw notFound(ctx, all);
  }
  const [s, ...rest] = segs;
  if (s.name === 'viewfields') {
    if (rest.length === 0 && ctx.method === 'GET') {
      return one(ctx, new Entity('SP.ViewFieldCollection', `Web/Lists(guid'${l.guid}')/Views(guid'${v.guid}')/ViewFields`, {
        Items: data.ViewFields, SchemaXml: `<FieldRef Name="${data.ViewFields.join('" /><FieldRef Name="')}" />`
      }));
    }
    demand(mask, Perm.ManageLists);
    const [op] = rest;
    const fields = loadFields(ctx.db, l.id);
    const nameOf = (x: string): string => {
      if (['LinkTitle', 'LinkTitleNoMenu', 'Edit', 'DocIcon', 'LinkFilename', 'LinkFilenameNoMenu', 'FileLeafRef', 'FileRef', 'SelectTitle', 'FileSizeDisplay', 'ItemChildCount', 'FolderChildCount'].indexOf(x) >= 0) return x;
      const f = fields.find(ff => ff.InternalName.toLowerCase() === x.toLowerCase() || ff.Title.toLowerCase() === x.toLowerCase());
      if (!f) throw spErrors.fieldNotFound(x);
      return f.InternalName;
    };
    switch (op?.name) {
      case 'addviewfield': { const n = nameOf(argValue(ctx, op.args)); if (data.ViewFields.indexOf(n) < 0) data.ViewFields.push(n); break; }
      case 'removeviewfield': { const n = nameOf(argValue(ctx, op.args)); data.ViewFields = data.ViewFields.filter(x => x !== n); break; }
      case 'removeallviewfields': data.ViewFields = []; break;
      case 'moveviewfieldto': {
        const b = jsonBody(ctx);
        const n = nameOf(String(b.field));
        data.ViewFields = data.ViewFields.filter(x => x !== n);
        data.ViewFields.splice(Number(b.index), 0, n);
        break;
      }
      default: throw notFound(ctx, all);
    }
    save();
    return noContent();
  }
  if (s.name === 'setviewxml' && ctx.method === 'POST') {
    demand(mask, Perm.ManageLists);
    const xml = String(jsonBody(ctx).viewXml ?? '');
    const q = /<Query>([\s\S]*?)<\/Query>/i.exec(xml);
    if (q) data.ViewQuery = q[1];
    const vf = /<ViewFields>([\s\S]*?)<\/ViewFields>/i.exec(xml);
    if (vf) data.ViewFields = [...vf[1].matchAll(/Name="([^"]+)"/g)].map(m => m[1]);
    const rl = /<RowLimit[^>]*>(\d+)<\/RowLimit>/i.exec(xml);
    if (rl) data.RowLimit = Number(rl[1]);
    save();
    return noContent();
  }
  throw notFound(ctx, all);
}

// ---------------------------------------------------------------- securables: role assignments, inheritance, effective permissions

function securableRoute(ctx: ICtx, scope: string, l: IListRow | undefined, itemId: number | undefined, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  const governing = governingScope(ctx.db, l?.id, itemId);
  const mask = maskFor(ctx.db, ctx.who, governing);
  const parentScope = itemId !== undefined ? governingScope(ctx.db, l?.id) : l ? 'web' : 'web';
  const unique = governing === scope;
  switch (s.name) {
    case 'hasuniqueroleassignments':
      return valueResponse('HasUniqueRoleAssignments', unique, ctx.fmt, ctx.apiBase, 'Edm.Boolean');
    case 'effectivebasepermissions': case 'effectivebasepermissionsforui':
      return valueResponse('EffectiveBasePermissions', basePermissions(mask), ctx.fmt, ctx.apiBase, 'SP.BasePermissions');
    case 'getusereffectivepermissions': {
      const login = argValue(ctx, s.args);
      const p = principalByLogin(ctx.db, login, false);
      if (!p || p.id !== ctx.who.user.id) demand(mask, Perm.EnumeratePermissions);
      const m = p ? maskFor(ctx.db, identityOf(ctx.db, p), governing) : 0n;
      return valueResponse('GetUserEffectivePermissions', basePermissions(m), ctx.fmt, ctx.apiBase, 'SP.BasePermissions');
    }
    case 'breakroleinheritance': {
      if (ctx.method !== 'POST') throw notFound(ctx, all);
      demand(mask, Perm.ManagePermissions);
      if (scope === 'web') return noContent();
      if (!unique) {
        const args = namedArgs(ctx, s.args);
        breakInheritance(ctx.db, scope, governing, /^true$/i.test(args.copyroleassignments ?? 'false'), ctx.who);
        setUnique(ctx, l!, itemId, true); // eslint-disable-line @typescript-eslint/no-non-null-assertion
        if (itemId === undefined && /^true$/i.test(args.clearsubscopes ?? 'false')) {
          prep(ctx.db, 'DELETE FROM role_assignments WHERE scope LIKE ?').run(`item:${l!.id}:%`); // eslint-disable-line @typescript-eslint/no-non-null-assertion
          prep(ctx.db, 'UPDATE items SET has_unique = 0 WHERE list_id = ?').run(l!.id); // eslint-disable-line @typescript-eslint/no-non-null-assertion
        }
      }
      return noContent();
    }
    case 'resetroleinheritance': {
      if (ctx.method !== 'POST') throw notFound(ctx, all);
      demand(mask, Perm.ManagePermissions);
      if (scope === 'web') return noContent();
      prep(ctx.db, 'DELETE FROM role_assignments WHERE scope = ?').run(scope);
      setUnique(ctx, l!, itemId, false); // eslint-disable-line @typescript-eslint/no-non-null-assertion
      return noContent();
    }
    case 'roleassignments': return roleAssignmentsRoute(ctx, scope, unique ? scope : governing, unique, mask, s, rest, all, parentScope);
    default: throw notFound(ctx, all);
  }
}

function setUnique(ctx: ICtx, l: IListRow, itemId: number | undefined, v: boolean): void {
  if (itemId === undefined) prep(ctx.db, 'UPDATE lists SET has_unique = ? WHERE id = ?').run(v ? 1 : 0, l.id);
  else prep(ctx.db, 'UPDATE items SET has_unique = ? WHERE list_id = ? AND id = ?').run(v ? 1 : 0, l.id, itemId);
}

function roleAssignmentEntity(ctx: ICtx, scopeUri: string, principalId: number, defs: number[]): Entity {
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
  const props: Record<string, unknown> = { PrincipalId: principalId };
  if (expand.includes('member')) {
    const p = principalById(ctx.db, principalId);
    props.Member = p ? (p.kind === 'group' ? groupEntity(ctx.db, p) : userEntity(p)) : null;
  }
  if (expand.includes('roledefinitionbindings')) {
    props.RoleDefinitionBindings = defs.map(id => roleDefEntity(prep(ctx.db, 'SELECT * FROM role_defs WHERE id = ?').get(id) as never));
  }
  return new Entity('SP.RoleAssignment', `${scopeUri}/RoleAssignments/GetByPrincipalId(${principalId})`, props);
}

function roleAssignmentsRoute(ctx: ICtx, scope: string, readScope: string, unique: boolean, mask: bigint, s: ISeg, rest: ISeg[], all: ISeg[], _parent: string): ISpResponse {
  const rows = prep(ctx.db, 'SELECT principal_id, roledef_id FROM role_assignments WHERE scope = ? ORDER BY principal_id').all(readScope) as Array<{ principal_id: number; roledef_id: number }>;
  const byPrincipal = new Map<number, number[]>();
  for (const r of rows) byPrincipal.set(r.principal_id, [...(byPrincipal.get(r.principal_id) ?? []), r.roledef_id]);
  const scopeUri = scope === 'web' ? 'Web' : scope;
  const [op] = rest;
  if (!op && s.args === undefined) {
    if (ctx.method !== 'GET') throw notFound(ctx, all);
    demand(mask, Perm.EnumeratePermissions);
    return collectionResponse([...byPrincipal].map(([pid, defs]) => roleAssignmentEntity(ctx, scopeUri, pid, defs)), ctx.fmt, ctx.apiBase, 'SP.ApiData.RoleAssignments');
  }
  const getOne = (pid: number, tail: ISeg[]): ISpResponse => {
    demand(mask, Perm.EnumeratePermissions);
    const defs = byPrincipal.get(pid);
    if (!defs) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + String(pid) + '.');
    if (tail.length > 0 && tail[0].name === 'roledefinitionbindings') return collectionResponse(defs.map(id => roleDefEntity(prep(ctx.db, 'SELECT * FROM role_defs WHERE id = ?').get(id) as never)), ctx.fmt, ctx.apiBase, 'SP.ApiData.RoleDefinitions');
    return one(ctx, roleAssignmentEntity(ctx, scopeUri, pid, defs));
  };
  if (s.args !== undefined) return getOne(Number(argValue(ctx, s.args)), rest);
  switch (op.name) {
    case 'getbyprincipalid': return getOne(Number(argValue(ctx, op.args)), rest.slice(1));
    case 'addroleassignment': case 'removeroleassignment': {
      if (ctx.method !== 'POST') throw notFound(ctx, all);
      demand(mask, Perm.ManagePermissions);
      if (!unique && scope !== 'web') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
      const a = namedArgs(ctx, op.args);
      const pid = Number(a.principalid);
      const rd = Number(a.roledefid);
      if (!principalById(ctx.db, pid)) throw spErrors.userNotFound();
      if (!prep(ctx.db, 'SELECT 1 FROM role_defs WHERE id = ?').get(rd)) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition cannot be found.');
      if (op.name === 'addroleassignment') {
        prep(ctx.db, 'INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id) VALUES (?, ?, ?)').run(scope, pid, rd);
        // like SharePoint, a grant below the web gives the principal Limited Access on the parents (so it can reach the object)
        const parents = scope.startsWith('item:') ? [governingScope(ctx.db, Number(scope.split(':')[1])), 'web'] : scope.startsWith('list:') ? ['web'] : [];
        for (const p of new Set(parents)) {
          const has = prep(ctx.db, 'SELECT 1 FROM role_assignments WHERE scope = ? AND principal_id = ?').get(p, pid);
          if (!has) prep(ctx.db, 'INSERT INTO role_assignments (scope, principal_id, roledef_id) VALUES (?, ?, 1073741825)').run(p, pid);
        }
      }
      else prep(ctx.db, 'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND roledef_id = ?').run(scope, pid, rd);
      return noContent();
    }
    default: throw notFound(ctx, all);
  }
}

function roleDefsRoute(ctx: ICtx, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  type RD = { id: number; name: string; description: string; kind: number; ord: number; high: number; low: number };
  const rows = prep(ctx.db, 'SELECT * FROM role_defs ORDER BY ord, id').all() as unknown as RD[];
  const perms = (v: unknown): { high: number; low: number } => {
    const bp = (v ?? {}) as { High?: unknown; Low?: unknown };
    return { high: Number(bp.High ?? 0), low: Number(bp.Low ?? 0) };
  };
  const pick = (r: RD | undefined): ISpResponse => {
    if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition cannot be found.');
    if (ctx.method === 'GET') return one(ctx, roleDefEntity(r));
    demand(webMask(ctx), Perm.ManagePermissions);
    if (r.kind !== 0) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation cannot be performed on a built-in role definition.');
    if (ctx.method === 'DELETE') {
      prep(ctx.db, 'DELETE FROM role_assignments WHERE roledef_id = ?').run(r.id);
      prep(ctx.db, 'DELETE FROM role_defs WHERE id = ?').run(r.id);
      return emptyOk();
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      const body = jsonBody(ctx);
      const bp = body.BasePermissions !== undefined ? perms(body.BasePermissions) : { high: r.high, low: r.low };
      prep(ctx.db, 'UPDATE role_defs SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?')
        .run(String(body.Name ?? r.name), String(body.Description ?? r.description), Number(body.Order ?? r.ord), bp.high, bp.low, r.id);
      return noContent();
    }
    throw notFound(ctx, all);
  };
  if (s.args !== undefined) return pick(rows.find(r => r.id === Number(argValue(ctx, s.args))));
  if (rest.length === 0) {
    if (ctx.method === 'GET') return collectionResponse(filterEntities(ctx, rows.map(roleDefEntity)), ctx.fmt, ctx.apiBase, 'SP.ApiData.RoleDefinitions');
    if (ctx.method === 'POST') {
      demand(webMask(ctx), Perm.ManagePermissions);
      const body = jsonBody(ctx);
      const name = String(body.Name ?? '').trim();
      if (!name) throw spErrors.badQuery('The parameter Name cannot be empty.');
      if (rows.some(r => r.name.toLowerCase() === name.toLowerCase())) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'A role definition with the same name already exists.');
      const bp = perms(body.BasePermissions);
      // custom role definitions get ids from 1073741924 on, as in SharePoint
      const id = Math.max(1073741923, ...rows.map(r => r.id)) + 1;
      prep(ctx.db, 'INSERT INTO role_defs (id, name, description, kind, ord, high, low) VALUES (?, ?, ?, 0, ?, ?, ?)')
        .run(id, name, String(body.Description ?? ''), Number(body.Order ?? 1000), bp.high, bp.low);
      return one(ctx, roleDefEntity(prep(ctx.db, 'SELECT * FROM role_defs WHERE id = ?').get(id) as unknown as RD), 201);
    }
    throw notFound(ctx, all);
  }
  const [n] = rest;
  switch (n.name) {
    case 'getbyname': { const name = argValue(ctx, n.args).toLowerCase(); return pick(rows.find(r => r.name.toLowerCase() === name)); }
    case 'getbyid': return pick(rows.find(r => r.id === Number(argValue(ctx, n.args))));
    case 'getbytype': return pick(rows.find(r => r.kind === Number(argValue(ctx, n.args))));
    default: throw notFound(ctx, all);
  }
}

// ---------------------------------------------------------------- users and groups

function siteUsersRoute(ctx: ICtx, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  demand(webMask(ctx), Perm.BrowseUserInfo);
  const byLogin = (login: string): IPrincipal => {
    const p = principalByLogin(ctx.db, login, false);
    if (!p || p.kind !== 'user') throw spErrors.userNotFound();
    return p;
  };
  if (s.args !== undefined) return userRoute(ctx, byLogin(argValue(ctx, s.args)), rest, all);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      const rows = prep(ctx.db, "SELECT * FROM principals WHERE kind = 'user' ORDER BY id").all() as unknown as IPrincipal[];
      return collectionResponse(filterEntities(ctx, rows.map(userEntity)), ctx.fmt, ctx.apiBase, 'SP.ApiData.Users');
    }
    if (ctx.method === 'POST') {
      demand(webMask(ctx), Perm.ManageWeb);
      const login = String(jsonBody(ctx).LoginName ?? '');
      const p = principalByLogin(ctx.db, login, true);
      if (!p) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
      return one(ctx, userEntity(p), 201);
    }
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  switch (n.name) {
    case 'getbyid': {
      const p = principalById(ctx.db, Number(argValue(ctx, n.args)));
      if (!p || p.kind !== 'user') throw spErrors.userNotFound();
      return userRoute(ctx, p, more, all);
    }
    case 'getbyemail': {
      const email = argValue(ctx, n.args).toLowerCase();
      const p = prep(ctx.db, "SELECT * FROM principals WHERE kind = 'user' AND email = ? COLLATE NOCASE").get(email) as IPrincipal | undefined;
      if (!p) throw spErrors.userNotFound();
      return userRoute(ctx, p, more, all);
    }
    case 'getbyloginname': return userRoute(ctx, byLogin(argValue(ctx, n.args)), more, all);
    case 'removebyid': case 'removebyloginname': {
      demand(webMask(ctx), Perm.ManageWeb);
      const p = n.name === 'removebyid' ? principalById(ctx.db, Number(argValue(ctx, n.args))) : byLogin(argValue(ctx, n.args));
      if (!p || p.kind !== 'user') throw spErrors.userNotFound();
      prep(ctx.db, 'DELETE FROM group_members WHERE user_id = ?').run(p.id);
      prep(ctx.db, 'DELETE FROM role_assignments WHERE principal_id = ?').run(p.id);
      prep(ctx.db, 'DELETE FROM principals WHERE id = ?').run(p.id);
      return noContent();
    }
    default: throw notFound(ctx, all);
  }
}

function userRoute(ctx: ICtx, p: IPrincipal, rest: ISeg[], all: ISeg[]): ISpResponse {
  if (rest.length === 0) {
    if (ctx.method === 'GET') return one(ctx, userEntity(p));
    throw notFound(ctx, all);
  }
  if (rest[0].name === 'groups') return userGroups(ctx, p);
  throw notFound(ctx, all);
}

function userGroups(ctx: ICtx, p: IPrincipal): ISpResponse {
  const rows = prep(ctx.db, 'SELECT p.* FROM principals p JOIN group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id').all(p.id) as unknown as IPrincipal[];
  return collectionResponse(filterEntities(ctx, rows.map(g => groupEntity(ctx.db, g))), ctx.fmt, ctx.apiBase, 'SP.ApiData.Groups');
}

function siteGroupsRoute(ctx: ICtx, s: ISeg, rest: ISeg[], all: ISeg[]): ISpResponse {
  const byId = (id: number): IPrincipal => {
    const g = principalById(ctx.db, id);
    if (!g || g.kind !== 'group') throw spErrors.groupNotFound();
    return g;
  };
  const byName = (name: string): IPrincipal => {
    const g = prep(ctx.db, "SELECT * FROM principals WHERE kind = 'group' AND login = ? COLLATE NOCASE").get(name) as IPrincipal | undefined;
    if (!g) throw spErrors.groupNotFound();
    return g;
  };
  if (s.args !== undefined) return groupRoute(ctx, byId(Number(argValue(ctx, s.args))), rest, all);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      demand(webMask(ctx), Perm.BrowseUserInfo);
      const rows = prep(ctx.db, "SELECT * FROM principals WHERE kind = 'group' ORDER BY id").all() as unknown as IPrincipal[];
      return collectionResponse(filterEntities(ctx, rows.map(g => groupEntity(ctx.db, g))), ctx.fmt, ctx.apiBase, 'SP.ApiData.Groups');
    }
    if (ctx.method === 'POST') {
      demand(webMask(ctx), Perm.CreateGroups);
      const body = jsonBody(ctx);
      const title = String(body.Title ?? '').trim();
      if (!title) throw spErrors.badQuery('The parameter Title cannot be empty.');
      if (prep(ctx.db, 'SELECT 1 FROM principals WHERE login = ? COLLATE NOCASE').get(title)) {
        throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.\n\nPlease try again with a different name.`);
      }
      const data: Record<string, unknown> = { Description: String(body.Description ?? ''), OwnerId: ctx.who.user.id };
      for (const k of ['AllowMembersEditMembership', 'OnlyAllowMembersViewMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave']) if (body[k] !== undefined) data[k] = body[k];
      const maxId = (prep(ctx.db, 'SELECT MAX(id) AS m FROM principals').get() as { m: number }).m;
      prep(ctx.db, "INSERT INTO principals (id, kind, login, title, email, is_admin, data) VALUES (?, 'group', ?, ?, '', 0, ?)").run(maxId + 1, title, title, JSON.stringify(data));
      return one(ctx, groupEntity(ctx.db, byId(maxId + 1)), 201);
    }
    throw notFound(ctx, all);
  }
  const [n, ...more] = rest;
  switch (n.name) {
    case 'getbyid': return groupRoute(ctx, byId(Number(argValue(ctx, n.args))), more, all);
    case 'getbyname': return groupRoute(ctx, byName(argValue(ctx, n.args)), more, all);
    case 'removebyid': case 'removebyloginname': {
      demand(webMask(ctx), Perm.ManagePermissions);
      const g = n.name === 'removebyid' ? byId(Number(argValue(ctx, n.args))) : byName(argValue(ctx, n.args));
      prep(ctx.db, 'DELETE FROM group_members WHERE group_id = ?').run(g.id);
      prep(ctx.db, 'DELETE FROM role_assignments WHERE principal_id = ?').run(g.id);
      prep(ctx.db, 'DELETE FROM principals WHERE id = ?').run(g.id);
      return noContent();
    }
    default: throw notFound(ctx, all);
  }
}

function canManageGroup(ctx: ICtx, g: IPrincipal): boolean {
  if ((webMask(ctx) & Perm.ManagePermissions) !== 0n) return true;
  const d = JSON.parse(g.data) as { OwnerId?: number; AllowMembersEditMembership?: boolean };
  if (d.OwnerId === ctx.who.user.id || (d.OwnerId !== undefined && ctx.who.groups.indexOf(d.OwnerId) >= 0)) return true;
  return d.AllowMembersEditMembership === true && ctx.who.groups.indexOf(g.id) >= 0;
}

function groupRoute(ctx: ICtx, g: IPrincipal, rest: ISeg[], all: ISeg[]): ISpResponse {
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      demand(webMask(ctx), Perm.BrowseUserInfo);
      return one(ctx, groupEntity(ctx.db, g));
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      if (!canManageGroup(ctx, g)) throw spErrors.accessDenied();
      const body = jsonBody(ctx);
      const data = JSON.parse(g.data) as Record<string, unknown>;
      let title = g.title;
      for (const [k, v] of Object.entries(body)) {
        if (k === '__metadata') continue;
        if (k === 'Title') title = String(v);
        else data[k] = v;
      }
      prep(ctx.db, 'UPDATE principals SET title = ?, login = ?, data = ? WHERE id = ?').run(title, title, JSON.stringify(data), g.id);
      return noContent();
    }
    throw notFound(ctx, all);
  }
  const [s, ...more] = rest;
  if (s.name === 'setuserasowner' && ctx.method === 'POST') {
    if (!canManageGroup(ctx, g)) throw spErrors.accessDenied();
    const data = JSON.parse(g.data) as Record<string, unknown>;
    data.OwnerId = Number(argValue(ctx, s.args));
    prep(ctx.db, 'UPDATE principals SET data = ? WHERE id = ?').run(JSON.stringify(data), g.id);
    return noContent();
  }
  if (s.name !== 'users') throw notFound(ctx, all);
  const members = (): IPrincipal[] => prep(ctx.db, 'SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id').all(g.id) as unknown as IPrincipal[];
  const memberBy = (pred: (p: IPrincipal) => boolean): IPrincipal => {
    const p = members().find(pred);
    if (!p) throw spErrors.userNotFound();
    return p;
  };
  if (s.args !== undefined) {
    const login = argValue(ctx, s.args).toLowerCase();
    return userRoute(ctx, memberBy(p => p.login.toLowerCase() === login || p.email.toLowerCase() === login), more, all);
  }
  if (more.length === 0) {
    if (ctx.method === 'GET') {
      demand(webMask(ctx), Perm.BrowseUserInfo);
      return collectionResponse(filterEntities(ctx, members().map(userEntity)), ctx.fmt, ctx.apiBase, 'SP.ApiData.Users');
    }
    if (ctx.method === 'POST') {
      if (!canManageGroup(ctx, g)) throw spErrors.accessDenied();
      const login = String(jsonBody(ctx).LoginName ?? '');
      const p = principalByLogin(ctx.db, login, true) ?? (findDemoUser(login) ? ensureDemoUser(ctx.db, findDemoUser(login)!) : undefined); // eslint-disable-line @typescript-eslint/no-non-null-assertion
      if (!p || p.kind !== 'user') throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
      prep(ctx.db, 'INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(g.id, p.id);
      return one(ctx, userEntity(p), 201);
    }
    throw notFound(ctx, all);
  }
  const [op] = more;
  switch (op.name) {
    case 'getbyid': return userRoute(ctx, memberBy(p => p.id === Number(argValue(ctx, op.args))), more.slice(1), all);
    case 'getbyemail': { const e = argValue(ctx, op.args).toLowerCase(); return userRoute(ctx, memberBy(p => p.email.toLowerCase() === e), more.slice(1), all); }
    case 'getbyloginname': { const l = argValue(ctx, op.args).toLowerCase(); return userRoute(ctx, memberBy(p => p.login.toLowerCase() === l), more.slice(1), all); }
    case 'removebyid': case 'removebyloginname': {
      if (ctx.method !== 'POST') throw notFound(ctx, all);
      if (!canManageGroup(ctx, g)) throw spErrors.accessDenied();
      const key = argValue(ctx, op.args).toLowerCase();
      const p = op.name === 'removebyid' ? principalById(ctx.db, Number(key)) : principalByLogin(ctx.db, key, false);
      if (p) prep(ctx.db, 'DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(g.id, p.id);
      return noContent();
    }
    default: throw notFound(ctx, all);
  }
}
