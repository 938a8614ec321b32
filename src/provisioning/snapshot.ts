/**
 * A full, comparable picture of a site's information architecture through PnPjs: lists, columns,
 * indexes, views, groups, permission levels and role assignments. Identifiers that differ between
 * two sites (list GUIDs, principal ids) are replaced by URLs and names, so two sites provisioned
 * from the same schema compare equal.
 */
import type { SPFI } from '../platform/pnp';
import { inBatches, readFields, readGroups, readLists, readRoleDefinitions, readViewColumns, webServerRelativeUrl, type ISiteList } from './site';

/** One list in a snapshot. */
export interface IListSnapshot {
  url: string;
  title: string;
  template: number;
  hidden: boolean;
  versioning: boolean;
  readSecurity?: number;
  writeSecurity?: number;
  uniquePermissions: boolean;
  /** Columns by internal name (server properties, ids of other lists replaced by their URLs). */
  fields: Record<string, Record<string, unknown>>;
  /** Indexed columns, sorted. */
  indexes: string[];
  views: Array<{ url: string; title: string; default: boolean; query: string; rowLimit: number; fields: string[] }>;
  /** Principal name → sorted permission level names (only with unique permissions). */
  roleAssignments: Record<string, string[]>;
}

/** A site in a snapshot. */
export interface ISiteSnapshot {
  lists: Record<string, IListSnapshot>;
  groups: Record<string, string>;
  roleDefinitions: Record<string, string>;
  webRoleAssignments: Record<string, string[]>;
}

const VOLATILE: ReadonlyArray<string> = ['SchemaXml', 'odata.type', 'odata.id', 'odata.editLink', '__metadata', 'SchemaXmlWithResourceTokens'];

/** A role assignment as REST returns it with Member and RoleDefinitionBindings expanded. */
export interface IRoleAssignmentRow {
  Member?: { Title?: string; LoginName?: string };
  RoleDefinitionBindings?: Array<{ Name: string; RoleTypeKind?: number }> | { results: Array<{ Name: string; RoleTypeKind?: number }> };
}

/** Role assignments as principal title (or login) → sorted permission level names, without Limited Access. */
export function roleAssignmentMap(rows: IRoleAssignmentRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    const b = r.RoleDefinitionBindings;
    const list = b ? (Array.isArray(b) ? b : b.results) : [];
    const name = r.Member?.Title ?? r.Member?.LoginName ?? '?';
    // 'Limited Access' (RoleTypeKind 1) is SharePoint's own bookkeeping for access further down.
    const roles = list.filter(x => x.RoleTypeKind !== 1).map(x => x.Name).sort();
    if (roles.length > 0) out[name] = roles;
  }
  return out;
}

/**
 * Snapshot of the web's lists (all of them, or those whose URL is in `only`).
 * @param includeFieldIds keep column ids (equal for XML-provisioned sites; differ for typed adds)
 */
export async function snapshotSite(sp: SPFI, options?: { includeFieldIds?: boolean; only?: string[] }): Promise<ISiteSnapshot> {
  const webUrl = await webServerRelativeUrl(sp);
  const lists = await readLists(sp);
  const urlById = new Map<string, string>();
  lists.forEach(l => urlById.set(l.Id.toLowerCase(), l.url.slice(webUrl.length + 1)));
  const wanted: string[] = [];
  lists.forEach(l => {
    const rel = l.url.slice(webUrl.length + 1);
    if (!options?.only || options.only.indexOf(rel) >= 0) wanted.push(l.Id);
  });
  const fields = await readFields(sp, wanted);
  const result: ISiteSnapshot = { lists: {}, groups: {}, roleDefinitions: {}, webRoleAssignments: {} };
  type ViewRow = { Id: string; Title: string; ServerRelativeUrl?: string; DefaultView?: boolean; ViewQuery?: string; RowLimit?: number };
  const byId = new Map<string, ISiteList>();
  lists.forEach(x => byId.set(x.Id, x));
  // Views and role assignments of every list in one $batch, then every view's columns in another.
  const views = new Map<string, ViewRow[]>();
  const assignments = new Map<string, IRoleAssignmentRow[]>();
  await inBatches(sp, wanted, (batched, id) => {
    const list = batched.web.lists.getById(id);
    const reads: Array<Promise<void>> = [list.views.select('Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit')().then(v => void views.set(id, v as ViewRow[]))];
    if (byId.get(id)?.HasUniqueRoleAssignments) {
      reads.push(list.roleAssignments.expand('Member', 'RoleDefinitionBindings')().then(r => void assignments.set(id, r as unknown as IRoleAssignmentRow[])));
    }
    return reads;
  });
  const allViews: Array<{ list: string; view: string }> = [];
  for (const id of wanted) for (const v of views.get(id) ?? []) allViews.push({ list: id, view: v.Id });
  const viewColumns = await readViewColumns(sp, allViews);
  for (const id of wanted) {
    const l = byId.get(id) as ISiteList;
    const rel = l.url.slice(webUrl.length + 1);
    const fmap: Record<string, Record<string, unknown>> = {};
    const indexes: string[] = [];
    for (const f of fields.get(id) ?? []) {
      const rec: Record<string, unknown> = {};
      for (const k of Object.keys(f).sort()) {
        if (VOLATILE.indexOf(k) >= 0) continue;
        // Built-in columns' ids differ between emulator sites (SharePoint's are fixed); PMO Hub's are stable.
        if (k === 'Id' && (!options?.includeFieldIds || f.FromBaseType)) continue;
        let v = f[k];
        if (k === 'LookupList' && typeof v === 'string') v = urlById.get(v.replace(/[{}]/g, '').toLowerCase()) ?? v;
        if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown[] }).results)) v = (v as { results: unknown[] }).results;
        rec[k] = v;
      }
      fmap[f.InternalName] = rec;
      if (f.Indexed) indexes.push(f.InternalName);
    }
    const vsnap: IListSnapshot['views'] = (views.get(id) ?? []).map(v => ({
      url: (v.ServerRelativeUrl ?? '').slice(webUrl.length + 1),
      title: v.Title,
      default: !!v.DefaultView,
      query: v.ViewQuery ?? '',
      rowLimit: v.RowLimit ?? 0,
      fields: viewColumns.get(`${id}/${v.Id}`) ?? []
    }));
    vsnap.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const unique = !!l.HasUniqueRoleAssignments;
    result.lists[rel] = {
      url: rel,
      title: l.Title,
      template: l.BaseTemplate,
      hidden: !!l.Hidden,
      versioning: !!l.EnableVersioning,
      readSecurity: l.ReadSecurity,
      writeSecurity: l.WriteSecurity,
      uniquePermissions: unique,
      fields: fmap,
      indexes: indexes.sort(),
      views: vsnap,
      roleAssignments: unique ? roleAssignmentMap(assignments.get(id) ?? []) : {}
    };
  }
  for (const g of await readGroups(sp)) result.groups[g.Title] = g.Description ?? '';
  for (const d of await readRoleDefinitions(sp)) result.roleDefinitions[d.Name] = d.BasePermissions ? `${String(d.BasePermissions.High)}/${String(d.BasePermissions.Low)}` : '';
  result.webRoleAssignments = roleAssignmentMap((await sp.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as IRoleAssignmentRow[]);
  return result;
}
