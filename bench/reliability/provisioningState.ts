/**
 * The final state of a PMO site as PMO Setup leaves it, read through REST as the site owner, in a
 * canonical form that two runs can compare: the information architecture (snapshotSite: lists,
 * columns with their types, choices and ids, indexes, views, groups, permission levels, site and
 * list role assignments), the group members, the pages (file, title, the web parts on them), every
 * item of every list with its values, and the items' own role assignments. What differs between two
 * equal sites (list GUIDs, item GUIDs, timestamps, ETags, page control instance ids) is left out.
 */
import type { SPFI } from '../../src/platform/pnp';
import { roleAssignmentMap, snapshotSite, type IRoleAssignmentRow, type ISiteSnapshot } from '../../src/provisioning/snapshot';
import { SITE_PAGES_LIBRARY } from '../../src/schema/pages';
import { siteOwner } from '../../workbench/directory';
import { restOf } from './rest';

/** Item values by list URL (web-relative) and item id. */
export type ItemValues = Record<string, Record<string, Record<string, unknown>>>;

/** A site's state after a PMO Setup run. */
export interface IProvisionedState {
  site: ISiteSnapshot;
  /** Group title → sorted member login names. */
  groupMembers: Record<string, string[]>;
  /** Page file name → its title, the ids of the web parts on it (in page order), whether it is published and checked out. */
  pages: Record<string, { title: string; webParts: string[]; published: boolean; checkedOut: boolean }>;
  /** Every item of every list but the Site Pages library. */
  items: ItemValues;
  /** `<list>/<id>` → principal → permission levels, for items with permissions of their own. */
  itemPermissions: Record<string, Record<string, string[]>>;
}

/** Item properties that differ between two equal sites or change with every write. */
const VOLATILE_ITEM_KEYS: ReadonlySet<string> = new Set([
  'Created', 'Modified', 'GUID', 'odata.etag', 'odata.type', 'odata.id', 'odata.editLink', '__metadata',
  'OData__UIVersionString', 'OData__UIVersion', 'Created_x0020_Date', 'Last_x0020_Modified', 'UniqueId'
]);

/** An item's values without the volatile properties. */
export function itemValues(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(item).sort()) if (!VOLATILE_ITEM_KEYS.has(k)) out[k] = item[k];
  return out;
}

/** Every item of the lists `urls` (web-relative), by list and id. */
export async function readItems(sp: SPFI, webUrl: string, urls: ReadonlyArray<string>): Promise<ItemValues> {
  const out: ItemValues = {};
  for (const url of urls) {
    if (url === SITE_PAGES_LIBRARY) continue;
    const rows = (await sp.web.getList(`${webUrl}/${url}`).items.top(5000).orderBy('Id')()) as Array<Record<string, unknown>>;
    const byId: Record<string, Record<string, unknown>> = {};
    for (const r of rows) byId[String(r.Id)] = itemValues(r);
    out[url] = byId;
  }
  return out;
}

async function readItemPermissions(sp: SPFI, webUrl: string, urls: ReadonlyArray<string>): Promise<IProvisionedState['itemPermissions']> {
  const out: IProvisionedState['itemPermissions'] = {};
  for (const url of urls) {
    const list = sp.web.getList(`${webUrl}/${url}`);
    const rows = (await list.items.select('Id', 'HasUniqueRoleAssignments').top(5000).orderBy('Id')()) as Array<{ Id: number; HasUniqueRoleAssignments?: boolean }>;
    for (const r of rows.filter(x => x.HasUniqueRoleAssignments)) {
      const ra = await list.items.getById(r.Id).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
      out[`${url}/${r.Id}`] = roleAssignmentMap(ra as unknown as IRoleAssignmentRow[]);
    }
  }
  return out;
}

/** The site's pages through SharePoint's site pages API (`_api/sitepages/pages`), as the site owner. */
async function readPages(siteUrl: string): Promise<IProvisionedState['pages']> {
  const out: IProvisionedState['pages'] = {};
  const answer = await restOf(siteUrl).call(siteOwner.userPrincipalName, 'GET', 'sitepages/pages');
  if (answer.status !== 200) throw new Error(`GET sitepages/pages answered ${answer.status}`);
  const rows = (answer.body?.value ?? []) as Array<{ FileName: string; Title?: string; CanvasContent1?: string | null; FirstPublished?: string; IsPageCheckedOutToCurrentUser?: boolean }>;
  for (const r of rows) {
    const canvas = (r.CanvasContent1 ?? '').replace(/&quot;/g, '"');
    const webParts = Array.from(canvas.matchAll(/"webPartId"\s*:\s*"([0-9a-fA-F-]{36})"/g)).map(m => m[1].toLowerCase());
    // A page never published has SharePoint's empty date (0001-01-01) as FirstPublished.
    const published = !!r.FirstPublished && !/^0001-/.test(r.FirstPublished);
    out[r.FileName] = { title: r.Title ?? '', webParts, published, checkedOut: !!r.IsPageCheckedOutToCurrentUser };
  }
  return out;
}

async function readGroupMembers(sp: SPFI): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as Array<{ Id: number; Title: string }>;
  for (const g of groups) {
    const users = (await sp.web.siteGroups.getById(g.Id).users.select('LoginName')()) as Array<{ LoginName: string }>;
    out[g.Title] = users.map(u => u.LoginName).sort();
  }
  return out;
}

/** Reads the whole state of the site at `siteUrl` through `sp` (as a user who may read everything: the site owner). */
export async function readProvisionedState(sp: SPFI, siteUrl: string): Promise<IProvisionedState> {
  const site = await snapshotSite(sp, { includeFieldIds: true });
  const web = (await sp.web.select('ServerRelativeUrl')()) as { ServerRelativeUrl: string };
  const webUrl = web.ServerRelativeUrl.replace(/\/$/, '');
  const urls = Object.keys(site.lists).sort();
  return {
    site,
    groupMembers: await readGroupMembers(sp),
    pages: await readPages(siteUrl),
    items: await readItems(sp, webUrl, urls),
    itemPermissions: await readItemPermissions(sp, webUrl, urls)
  };
}

/** JSON with object keys sorted at every level: equal states give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** The paths (`items.Lists/Risks.3.Title`) where `a` and `b` differ, at most `limit`. */
export function differingPaths(a: unknown, b: unknown, limit: number = 10, path: string = '', out: string[] = []): string[] {
  if (out.length >= limit) return out;
  const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.from(new Set([...Object.keys(a), ...Object.keys(b)])).sort();
    for (const k of keys) differingPaths(a[k], b[k], limit, path ? `${path}.${k}` : k, out);
    return out;
  }
  if (canonicalJson(a) !== canonicalJson(b)) out.push(path || '(root)');
  return out;
}
