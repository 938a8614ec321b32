/**
 * Reading the PMO site's current state through PnPjs: lists, columns, groups, permission levels
 * and PmoHubConfig. Shared by provisioning, the status check and the snapshot used in tests.
 */
import type { SPFI } from '../platform/pnp';
import type { IListSchema, ISiteSchema, StandardRole } from '../schema/types';

/** A list as the site reports it. */
export interface ISiteList {
  Id: string;
  Title: string;
  Description?: string;
  BaseTemplate: number;
  Hidden?: boolean;
  EnableVersioning?: boolean;
  HasUniqueRoleAssignments?: boolean;
  ReadSecurity?: number;
  WriteSecurity?: number;
  /** Server-relative URL of the list's root folder. */
  url: string;
  /** Set in plan mode for a list the run would create (it does not exist on the site). */
  planned?: boolean;
}

/* eslint-disable @rushstack/no-new-null -- these interfaces describe SharePoint REST JSON, which uses null */
/** A column as the site reports it (the REST field properties PMO Hub reads). */
export interface ISiteField {
  Id: string;
  InternalName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required?: boolean;
  Indexed?: boolean;
  EnforceUniqueValues?: boolean;
  Description?: string;
  DefaultValue?: string | null;
  Choices?: string[] | { results: string[] };
  MinimumValue?: number;
  MaximumValue?: number;
  MaxLength?: number;
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  ValidationFormula?: string | null;
  ValidationMessage?: string | null;
  Formula?: string;
  FromBaseType?: boolean;
  [key: string]: unknown;
}

/** A site group. */
export interface ISiteGroup {
  Id: number;
  Title: string;
  Description?: string | null;
}

/* eslint-enable @rushstack/no-new-null */

/** A permission level. */
export interface ISiteRoleDefinition {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions?: { High: string | number; Low: string | number };
}

/** SharePoint's RoleTypeKind of each standard level (locale independent, unlike the names). */
export const ROLE_TYPE_KIND: Record<StandardRole, number> = { Read: 2, Contribute: 3, Design: 4, FullControl: 5, Edit: 6 };

/** The web's server-relative URL without a trailing slash ('' for a root site). */
export async function webServerRelativeUrl(sp: SPFI): Promise<string> {
  const web = await sp.web.select('ServerRelativeUrl')();
  return String(web.ServerRelativeUrl || '').replace(/\/$/, '');
}

/** Server-relative URL of a schema list on a web. */
export function serverRelative(webUrl: string, list: IListSchema): string {
  return `${webUrl}/${list.url}`;
}

/** All lists of the web, keyed by lower-cased server-relative URL. */
export async function readLists(sp: SPFI): Promise<Map<string, ISiteList>> {
  const base = ['Id', 'Title', 'Description', 'BaseTemplate', 'Hidden', 'EnableVersioning', 'HasUniqueRoleAssignments', 'RootFolder/ServerRelativeUrl'];
  let rows: unknown[];
  try {
    rows = await sp.web.lists.select(...base, 'ReadSecurity', 'WriteSecurity').expand('RootFolder')();
  } catch {
    // Insurance for servers that do not expose item-level security on the list collection: read
    // without it (provisioning then sets it unconditionally once per run, which costs a write).
    rows = await sp.web.lists.select(...base).expand('RootFolder')();
  }
  const map = new Map<string, ISiteList>();
  for (const r of rows as unknown as Array<Record<string, unknown>>) {
    const root = r.RootFolder as { ServerRelativeUrl?: string } | undefined;
    const url = String(root?.ServerRelativeUrl ?? '');
    map.set(url.toLowerCase(), {
      Id: String(r.Id),
      Title: String(r.Title),
      Description: r.Description as string | undefined,
      BaseTemplate: Number(r.BaseTemplate),
      Hidden: r.Hidden as boolean | undefined,
      EnableVersioning: r.EnableVersioning as boolean | undefined,
      HasUniqueRoleAssignments: r.HasUniqueRoleAssignments as boolean | undefined,
      ReadSecurity: r.ReadSecurity as number | undefined,
      WriteSecurity: r.WriteSecurity as number | undefined,
      url
    });
  }
  return map;
}

/** SharePoint Online accepts at most 100 operations in one $batch; PMO Hub stays well below. */
export const BATCH_SIZE: number = 50;

/**
 * Runs `work` for every element in $batch requests of at most BATCH_SIZE operations each (`work`
 * returns the operations it queued on the batched root), in order.
 */
export async function inBatches<T>(sp: SPFI, elements: ReadonlyArray<T>, work: (batched: SPFI, element: T) => Array<Promise<unknown>>): Promise<void> {
  let i = 0;
  while (i < elements.length) {
    const [batched, execute] = sp.batched();
    const pending: Array<Promise<unknown>> = [];
    while (i < elements.length && pending.length < BATCH_SIZE) pending.push(...work(batched, elements[i++]));
    await execute();
    await Promise.all(pending);
  }
}

/** The columns of views (`{ list, view }` ids), in $batch requests, keyed by `<listId>/<viewId>`. */
export async function readViewColumns(sp: SPFI, views: ReadonlyArray<{ list: string; view: string }>): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  await inBatches(sp, views, (batched, x) => [
    batched.web.lists
      .getById(x.list)
      .views.getById(x.view)
      .fields()
      .then(r => {
        const items = (r as unknown as { Items?: string[] | { results: string[] } }).Items;
        result.set(`${x.list}/${x.view}`, items ? (Array.isArray(items) ? items : items.results).slice() : []);
      })
  ]);
  return result;
}

/** The columns of several lists, in as few $batch requests as possible, keyed by list id. */
export async function readFields(sp: SPFI, listIds: string[]): Promise<Map<string, ISiteField[]>> {
  const result = new Map<string, ISiteField[]>();
  await inBatches(sp, listIds, (batched, id) => [
    batched.web.lists
      .getById(id)
      .fields()
      .then(fields => {
        result.set(id, fields as unknown as ISiteField[]);
      })
  ]);
  return result;
}

/** The choices of a choice column, whichever JSON flavour the server used. */
export function choicesOf(f: ISiteField): string[] | undefined {
  const c = f.Choices;
  if (!c) return undefined;
  return Array.isArray(c) ? c : c.results;
}

/** Site groups by lower-cased title, and by id. */
export async function readGroups(sp: SPFI): Promise<ISiteGroup[]> {
  return (await sp.web.siteGroups.select('Id', 'Title', 'Description')()) as ISiteGroup[];
}

/** The web's permission levels. */
export async function readRoleDefinitions(sp: SPFI): Promise<ISiteRoleDefinition[]> {
  return (await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')()) as ISiteRoleDefinition[];
}

/** The items of PmoHubConfig (key → { id, value }); empty when the list does not exist. */
export async function readConfig(sp: SPFI, configUrl: string, exists: boolean): Promise<Map<string, { id: number; value: string }>> {
  const map = new Map<string, { id: number; value: string }>();
  if (!exists) return map;
  // A run can stop after creating the list but before its columns: then there is nothing recorded yet.
  const columns = (await sp.web.getList(configUrl).fields.select('InternalName')()) as Array<{ InternalName: string }>;
  if (columns.filter(c => c.InternalName === 'ConfigKey' || c.InternalName === 'ConfigValue').length < 2) return map;
  const rows = await sp.web.getList(configUrl).items.select('Id', 'ConfigKey', 'ConfigValue').top(500)();
  for (const r of rows as Array<{ Id: number; ConfigKey: string; ConfigValue: string | null }>) map.set(r.ConfigKey, { id: r.Id, value: r.ConfigValue ?? '' });
  return map;
}

/** The config key of the recorded schema version. */
export const CONFIG_SCHEMA_VERSION: string = 'SchemaVersion';
/** The config key of a PMO group's id. */
export function configGroupKey(key: string): string {
  return `Group.${key}`;
}

/** The schema list that holds PMO Hub's settings. */
export function configList(schema: ISiteSchema): IListSchema {
  const l = schema.lists.filter(x => x.key === 'PmoHubConfig')[0];
  if (!l) throw new Error(`Schema version ${schema.version} has no PmoHubConfig list`);
  return l;
}
