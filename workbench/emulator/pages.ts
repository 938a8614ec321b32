/**
 * Modern site pages: the Site Pages library (template 119) and the `_api/sitepages/pages` API, the
 * subset PnPjs' client-side pages use (`web.addClientsidePage`, `page.save()`,
 * `web.loadClientsidePage(path)`):
 *
 * - `POST _api/lists/EnsureClientRenderedSitePagesLibrary`: the Site Pages library (every site has
 *   one; the emulator creates it with the site);
 * - `POST _api/sitepages/pages` `{ PageLayoutType, PromotedState }`: a new page checked out to the
 *   caller, under a placeholder name; its first `savepage` names the file after the page's title
 *   (PnPjs saves the page name as title first, then the real title);
 * - `POST _api/sitepages/pages(id)/checkoutpage`, `/savepage`, `/publish`, `/discardpage`;
 * - `GET _api/sitepages/pages(id)` and `GET _api/sitepages/pages`.
 *
 * A page is a file of the library (its item holds Title, CanvasContent1, LayoutWebpartsContent,
 * PageLayoutType, …), so `getFileByServerRelativePath('/sites/pmo/SitePages/Home.aspx')`, its
 * `listItemAllFields`, delete and the folder's `files` work as for any library. Permissions are the
 * library's: reading needs ViewListItems, creating AddListItems, saving EditListItems.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { type ICtx, type IListRow, invalidateFieldCache, jsonBody, nowIso } from './context';
import { builtInFields, type IFieldRecord } from './fields';
import { Entity, entityResponse, collectionResponse, SpError, spErrors, valueResponse, type ISpResponse } from './odata';
import { prep } from './store';
import { Perm } from './security';
import { type IItemRow, type IListScope, insertItem, listScope, loadVisibleItem, touchList, writeAllowed } from './items';

/** SharePoint's list template of the Site Pages library. */
export const SITE_PAGES_TEMPLATE: number = 119;
const LIBRARY_URL = 'SitePages';

/** The page columns the library has besides the built-in ones (Note = 3, Text = 2, Number = 9). */
const PAGE_FIELDS: ReadonlyArray<[string, string, number, string]> = [
  ['CanvasContent1', 'Authoring Canvas Content', 3, 'Note'],
  ['LayoutWebpartsContent', 'Page Layout Content', 3, 'Note'],
  ['PageLayoutType', 'Page Layout Type', 2, 'Text'],
  ['PromotedState', 'Promoted State', 9, 'Number'],
  ['BannerImageUrl', 'Banner Image URL', 2, 'Text'],
  ['Description', 'Description', 3, 'Note'],
  ['TopicHeader', 'Topic Header', 2, 'Text']
];

/** A page column's id: fixed per name, as the ids of SharePoint's own site columns are. */
function fixedFieldId(name: string): string {
  const h = createHash('sha1').update(`SitePages.${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The emulator's page state kept in the item beside its columns. */
interface IPageState { checkedOutTo: number | null; named: boolean; published: boolean }

/**
 * The Site Pages library, created (title "Site Pages", URL SitePages) when the site has none: every
 * SharePoint site has one, so the emulator makes it when it opens a site (and for a store made before
 * it knew pages, on the first pages request).
 */
export function ensureSitePagesLibrary(db: DatabaseSync, sitePath: string): IListRow {
  const existing = prep(db, 'SELECT * FROM lists WHERE template = ?').get(SITE_PAGES_TEMPLATE) as IListRow | undefined;
  if (existing) return existing;
  const now = nowIso();
  const props = { EnableVersioning: true, EnableMinorVersions: true, EnableModeration: false, ReadSecurity: 1, WriteSecurity: 1, EnableAttachments: false };
  const r = prep(db, 'INSERT INTO lists (guid, title, url, description, template, props, next_item_id, created, modified, has_unique) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0) RETURNING id')
    .get(randomUUID(), 'Site Pages', LIBRARY_URL, '', SITE_PAGES_TEMPLATE, JSON.stringify(props), now, now) as { id: number };
  const fields: IFieldRecord[] = builtInFields().filter(f => f.InternalName !== 'Attachments');
  for (const [name, title, kind, type] of PAGE_FIELDS) {
    fields.push({ ...fields[1], Id: fixedFieldId(name), InternalName: name, StaticName: name, Title: title, FieldTypeKind: kind, TypeAsString: type, Required: false, Group: '_Hidden', FromBaseType: false, Sealed: true });
  }
  const ins = prep(db, 'INSERT INTO fields (list_id, pos, internal_name, guid, data) VALUES (?, ?, ?, ?, ?)');
  fields.forEach((f, i) => ins.run(r.id, i, f.InternalName, f.Id, JSON.stringify(f)));
  invalidateFieldCache(db);
  prep(db, 'INSERT INTO views (list_id, guid, title, data) VALUES (?, ?, ?, ?)').run(r.id, randomUUID(), 'By Author', JSON.stringify({
    DefaultView: true, PersonalView: false, RowLimit: 30, Paged: true, ViewQuery: '<OrderBy><FieldRef Name="FileLeafRef" /></OrderBy>', Hidden: false, ViewFields: ['DocIcon', 'LinkFilename', 'Modified'],
    ServerRelativeUrl: `${sitePath}/${LIBRARY_URL}/Forms/ByAuthor.aspx`
  }));
  return prep(db, 'SELECT * FROM lists WHERE id = ?').get(r.id) as unknown as IListRow;
}

function stateOf(data: Record<string, unknown>): IPageState {
  return (data.__page as IPageState | undefined) ?? { checkedOutTo: null, named: true, published: true };
}

function fileName(ctx: ICtx, l: IListRow, id: number): string {
  const f = prep(ctx.db, 'SELECT name FROM files WHERE list_id = ? AND item_id = ?').get(l.id, id) as { name: string } | undefined;
  if (!f) throw spErrors.itemNotFound();
  return f.name;
}

/** SharePoint's SP.Publishing.SitePage entity of a page item. */
function pageEntity(s: IListScope, row: IItemRow): Entity {
  const { ctx, list } = s;
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const state = stateOf(data);
  const name = fileName(ctx, list, row.id);
  const file = prep(ctx.db, 'SELECT unique_id FROM files WHERE list_id = ? AND item_id = ?').get(list.id, row.id) as { unique_id: string };
  return new Entity('SP.Publishing.SitePage', `SitePages/Pages(${row.id})`, {
    AbsoluteUrl: `${ctx.siteUrl}/${list.url}/${name}`, AuthorByline: [], BannerImageUrl: data.BannerImageUrl ?? '', CanvasContent1: data.CanvasContent1 ?? null,
    ContentTypeId: '0x0101009D1CB255DA76424F860D91F20E6C4118', Description: data.Description ?? '', DoesUserHaveEditPermission: (s.mask & Perm.EditListItems) !== 0n,
    FileName: name, FirstPublished: state.published ? row.created : '0001-01-01T08:00:00Z', Id: row.id, IsPageCheckedOutToCurrentUser: state.checkedOutTo === ctx.who.user.id,
    IsWebWelcomePage: false, LayoutWebpartsContent: data.LayoutWebpartsContent ?? null, Modified: row.modified, PageLayoutType: data.PageLayoutType ?? 'Article',
    Path: { DecodedUrl: `${list.url}/${name}` }, PromotedState: data.PromotedState ?? 0, Title: data.Title ?? '', TopicHeader: data.TopicHeader ?? '',
    UniqueId: file.unique_id, Url: `${list.url}/${name}`, Version: `${row.version}.0`
  });
}

function writeData(s: IListScope, row: IItemRow, data: Record<string, unknown>): void {
  prep(s.ctx.db, 'UPDATE items SET data = ?, modified = ?, editor = ?, version = version + 1 WHERE list_id = ? AND id = ?').run(JSON.stringify(data), nowIso(), s.ctx.who.user.id, s.list.id, row.id);
  touchList(s);
}

/** A free file name in the library: `<leaf>.aspx`, else `<leaf>-1.aspx`, `<leaf>-2.aspx`, … */
function freeName(ctx: ICtx, l: IListRow, leaf: string, exceptItem?: number): string {
  const taken = (n: string): boolean => {
    const r = prep(ctx.db, 'SELECT item_id FROM files WHERE list_id = ? AND name = ? COLLATE NOCASE').get(l.id, n) as { item_id: number } | undefined;
    return !!r && r.item_id !== exceptItem;
  };
  let name = `${leaf}.aspx`;
  for (let i = 1; taken(name); i++) name = `${leaf}-${i}.aspx`;
  return name;
}

/** A page's file leaf from its title: SharePoint drops characters a URL cannot hold and joins words with '-'. */
function leafOfTitle(title: string): string {
  const leaf = title.replace(/\.aspx$/i, '').replace(/[~"#%&*:<>?\\/{|}.]/g, '').trim().replace(/\s+/g, '-');
  return leaf || 'Untitled';
}

function createPage(ctx: ICtx, l: IListRow): ISpResponse {
  const s = listScope(ctx, l);
  writeAllowed(s, s.mask, Perm.AddListItems);
  const body = jsonBody(ctx);
  const id = insertItem(s, {}, true);
  const state: IPageState = { checkedOutTo: ctx.who.user.id, named: false, published: false };
  const data = { Title: '', PageLayoutType: String(body.PageLayoutType ?? 'Article'), PromotedState: Number(body.PromotedState ?? 0), CanvasContent1: null, LayoutWebpartsContent: null, __page: state };
  prep(ctx.db, 'UPDATE items SET data = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(data), l.id, id);
  prep(ctx.db, 'INSERT INTO files (list_id, item_id, name, unique_id, content) VALUES (?, ?, ?, ?, ?)').run(l.id, id, freeName(ctx, l, `Untitled_${id}`), randomUUID(), Buffer.from(''));
  touchList(s);
  const { row } = loadVisibleItem(s, id);
  return entityResponse(pageEntity(s, row), ctx.fmt, ctx.apiBase, 201);
}

/** `savepage`, `checkoutpage`, `publish`, `discardpage` on page `id`. */
function pageAction(ctx: ICtx, l: IListRow, id: number, action: string): ISpResponse {
  const s = listScope(ctx, l);
  const { row, mask } = loadVisibleItem(s, id);
  writeAllowed(s, mask, Perm.EditListItems, row.author);
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const state = stateOf(data);
  const me = ctx.who.user.id;
  if (state.checkedOutTo !== null && state.checkedOutTo !== me) {
    throw new SpError(423, '-2147018894, Microsoft.SharePoint.SPFileLockException', 'The page is checked out to another user.');
  }
  switch (action) {
    case 'checkoutpage': {
      writeData(s, row, { ...data, __page: { ...state, checkedOutTo: me } });
      return entityResponse(pageEntity(s, loadVisibleItem(s, id).row), ctx.fmt, ctx.apiBase);
    }
    case 'savepage': {
      if (state.checkedOutTo !== me) throw new SpError(400, '-2147024809, System.ArgumentException', 'The page must be checked out before it can be saved.');
      const body = jsonBody(ctx);
      const next: Record<string, unknown> = { ...data };
      for (const k of ['Title', 'CanvasContent1', 'LayoutWebpartsContent', 'Description', 'TopicHeader', 'BannerImageUrl']) if (body[k] !== undefined) next[k] = body[k];
      if (!state.named && typeof body.Title === 'string' && body.Title.trim()) {
        prep(ctx.db, 'UPDATE files SET name = ? WHERE list_id = ? AND item_id = ?').run(freeName(ctx, l, leafOfTitle(body.Title), id), l.id, id);
        next.__page = { ...state, named: true };
      }
      writeData(s, row, next);
      return valueResponse('SavePage', true, ctx.fmt, ctx.apiBase, 'Edm.Boolean');
    }
    case 'publish': {
      writeData(s, row, { ...data, __page: { ...state, checkedOutTo: null, published: true, named: true } });
      return valueResponse('Publish', true, ctx.fmt, ctx.apiBase, 'Edm.Boolean');
    }
    case 'discardpage': {
      writeData(s, row, { ...data, __page: { ...state, checkedOutTo: null } });
      return entityResponse(pageEntity(s, loadVisibleItem(s, id).row), ctx.fmt, ctx.apiBase);
    }
    default: throw spErrors.notSupported(`sitepages/pages(${id})/${action}`);
  }
}

/**
 * `_api/sitepages/…`: `segs` are the segments after `sitepages` (`pages`, `pages(7)`, `pages(7)/savepage`).
 * Throws SharePoint's errors: 404 for an unknown page or path, 403 without the library's permission.
 */
export function sitePagesRoute(ctx: ICtx, segs: Array<{ name: string; args?: string }>): ISpResponse {
  const [pages, action, ...rest] = segs;
  if (!pages || pages.name !== 'pages' || rest.length > 0) throw spErrors.notSupported(`sitepages/${segs.map(x => x.name).join('/')}`);
  const l = ensureSitePagesLibrary(ctx.db, ctx.sitePath);
  const s = listScope(ctx, l);
  if ((s.mask & Perm.ViewListItems) === 0n) throw spErrors.accessDenied();
  if (pages.args === undefined) {
    if (action) throw spErrors.notSupported(`sitepages/pages/${action.name}`);
    if (ctx.method === 'POST') return createPage(ctx, l);
    if (ctx.method !== 'GET') throw spErrors.notSupported('sitepages/pages');
    const rows = prep(ctx.db, 'SELECT * FROM items WHERE list_id = ? ORDER BY id').all(l.id) as unknown as IItemRow[];
    const visible = rows.filter(r => {
      try {
        loadVisibleItem(s, r.id);
        return true;
      } catch {
        return false;
      }
    });
    return collectionResponse(visible.map(r => pageEntity(s, r)), ctx.fmt, ctx.apiBase, 'SP.Publishing.SitePage');
  }
  const id = Number(pages.args);
  if (!Number.isInteger(id)) throw spErrors.badQuery('The page id is not valid.');
  if (!action) {
    if (ctx.method !== 'GET') throw spErrors.notSupported(`sitepages/pages(${id})`);
    return entityResponse(pageEntity(s, loadVisibleItem(s, id).row), ctx.fmt, ctx.apiBase);
  }
  if (ctx.method !== 'POST') throw spErrors.notSupported(`sitepages/pages(${id})/${action.name}`);
  return pageAction(ctx, l, id, action.name);
}
