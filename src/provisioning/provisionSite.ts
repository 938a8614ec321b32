/**
 * provisionSite: ensures the PMO site matches a schema, through PnPjs, in the same way against
 * SharePoint Online and the local emulator.
 *
 * - Idempotent: every step compares first and writes only what differs; a second run makes 0 changes.
 * - Resumable: the run is a fixed sequence of steps; stopping between two (AbortSignal or
 *   stopAfterSteps) leaves a consistent site, and the next run completes it.
 * - Upgradeable: the site's schema version lives in the hidden list PmoHubConfig. Columns and lists
 *   are only ever added; ordered upgrade steps migrate data; a column whose type on the site differs
 *   from the schema is an error naming the list and the column, never a silent retype.
 */
import type { SPFI } from '../platform/pnp';
import { displayNamesOf, listUrlName, localize, localizedFieldXml } from '../schema/fieldXml';
import { builtInIndexes, type GroupKey, type IListSchema, type ISiteSchema, type IViewSchema, type RoleAssignmentsSchema } from '../schema/types';
import { addFieldTyped, FIELD_ODATA_TYPE, fieldUpdates, siteTypeMatches } from './fieldOps';
import {
  CONFIG_SCHEMA_VERSION,
  configGroupKey,
  configList,
  inBatches,
  readConfig,
  readFields,
  readGroups,
  readLists,
  readRoleDefinitions,
  readViewColumns,
  ROLE_TYPE_KIND,
  serverRelative,
  webServerRelativeUrl,
  type ISiteField,
  type ISiteGroup,
  type ISiteList,
  type ISiteRoleDefinition
} from './site';
import { migrationOf, type IUpgradeContext } from './upgrades';
import { ProvisioningAbortedError, ProvisioningError, type IProvisionOptions, type IProvisionProgress, type IProvisionResult } from './types';

/** createFieldAsXml options: use the Name attribute as internal name, add to the list's default content type. */
const ADD_FIELD_OPTIONS: number = 8 | 1;
/** RoleTypeKind of 'Limited Access', which SharePoint manages itself and provisioning leaves alone. */
const LIMITED_ACCESS_KIND: number = 1;

interface IStep {
  step: string;
  list?: string;
  run(): Promise<void>;
}

interface IRunState {
  webUrl: string;
  lists: Map<string, ISiteList>;
  fields: Map<string, ISiteField[]>;
  groups: ISiteGroup[];
  roleDefs: ISiteRoleDefinition[];
  config: Map<string, { id: number; value: string }>;
  siteVersion: number;
  groupIds: Partial<Record<GroupKey, number>>;
  webHasUnique?: boolean;
  /** Views read ahead for the views steps (by list id); an entry is used once. */
  views?: Map<string, { views: IViewRow[]; columns: Map<string, string[]> }>;
}

interface IViewRow {
  Id: string;
  Title: string;
  ServerRelativeUrl?: string;
  DefaultView?: boolean;
  ViewQuery?: string;
  RowLimit?: number;
}

interface IRoleAssignmentRow {
  PrincipalId: number;
  Member?: { Id: number; Title?: string };
  RoleDefinitionBindings?: Array<{ Id: number; RoleTypeKind?: number; Name?: string }> | { results: Array<{ Id: number; RoleTypeKind?: number; Name?: string }> };
}

function bindingsOf(r: IRoleAssignmentRow): Array<{ Id: number; RoleTypeKind?: number }> {
  const b = r.RoleDefinitionBindings;
  if (!b) return [];
  return Array.isArray(b) ? b : b.results;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Ensures the PMO site matches `schema`. See the module comment for the guarantees. */
export async function provisionSite(sp: SPFI, schema: ISiteSchema, options: IProvisionOptions): Promise<IProvisionResult> {
  const strings = options.strings;
  const log: string[] = [];
  let changes = 0;
  const state: IRunState = { webUrl: '', lists: new Map(), fields: new Map(), groups: [], roleDefs: [], config: new Map(), siteVersion: 0, groupIds: {} };
  const cfg = configList(schema);
  const steps: IStep[] = [];
  let done = 0;
  let currentField: string | undefined;
  let fromVersion: number | undefined;

  const change = (line: string): void => {
    changes++;
    log.push(line);
  };
  const t = (key: string): string => localize(strings, key);
  const urlOf = (l: IListSchema): string => serverRelative(state.webUrl, l);
  const siteList = (l: IListSchema): ISiteList | undefined => state.lists.get(urlOf(l).toLowerCase());
  const mustList = (l: IListSchema): ISiteList => {
    const s = siteList(l);
    if (!s) throw new Error(`the list ${l.url} does not exist`);
    return s;
  };
  const listByKey = (key: string): IListSchema => {
    const l = schema.lists.filter(x => x.key === key)[0];
    if (!l) throw new Error(`the schema has no list '${key}'`);
    return l;
  };

  async function refreshLists(): Promise<void> {
    state.lists = await readLists(sp);
  }

  async function fieldsOf(l: IListSchema): Promise<ISiteField[]> {
    const s = mustList(l);
    if (!state.fields.has(s.Id)) {
      const m = await readFields(sp, [s.Id]);
      state.fields.set(s.Id, m.get(s.Id) ?? []);
    }
    return state.fields.get(s.Id) ?? [];
  }

  function roleDefId(role: string, where: string): number {
    const custom = schema.customRoles.filter(r => r.key === role)[0];
    const def = custom
      ? state.roleDefs.filter(d => d.Name === custom.name)[0]
      : state.roleDefs.filter(d => d.RoleTypeKind === ROLE_TYPE_KIND[role as keyof typeof ROLE_TYPE_KIND])[0];
    if (!def) throw new Error(`${where}: the permission level '${role}' does not exist on the site`);
    return def.Id;
  }

  /** Desired principal → role definition id. */
  function desiredAssignments(spec: RoleAssignmentsSchema, where: string): Map<number, number> {
    const m = new Map<number, number>();
    for (const g of schema.groups) {
      const role = spec[g.key];
      if (!role) continue;
      const id = state.groupIds[g.key];
      if (id === undefined) throw new Error(`${where}: the group '${t(g.title)}' does not exist`);
      m.set(id, roleDefId(role, where));
    }
    return m;
  }

  /** Makes our groups' bindings on a securable exact; with `exclusive`, removes every other principal too. */
  /**
   * Makes our groups' bindings on a securable exact; with `exclusive`, removes every other principal
   * too. Grants go first, then removals, all in one $batch.
   */
  async function reconcileAssignments(
    scope: (root: SPFI) => { roleAssignments: SPFI['web']['roleAssignments'] },
    spec: RoleAssignmentsSchema,
    exclusive: boolean,
    where: string
  ): Promise<void> {
    const desired = desiredAssignments(spec, where);
    const ours = new Set<number>();
    for (const g of schema.groups) {
      const id = state.groupIds[g.key];
      if (id !== undefined) ours.add(id);
    }
    const rows = (await scope(sp).roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as IRoleAssignmentRow[];
    const seen = new Set<number>();
    const grants: Array<[number, number]> = [];
    const removals: Array<[number, number]> = [];
    for (const r of rows) {
      const principal = r.PrincipalId;
      seen.add(principal);
      const want = desired.get(principal);
      if (!ours.has(principal) && !exclusive) continue;
      const bindings = bindingsOf(r).filter(x => x.RoleTypeKind !== LIMITED_ACCESS_KIND);
      if (want !== undefined && bindings.filter(x => x.Id === want).length === 0) grants.push([principal, want]);
      for (const x of bindings) if (x.Id !== want) removals.push([principal, x.Id]);
    }
    desired.forEach((role, principal) => {
      if (!seen.has(principal)) grants.push([principal, role]);
    });
    if (grants.length + removals.length === 0) return;
    const [batched, execute] = sp.batched();
    const target = scope(batched);
    const ops: Array<Promise<void>> = [];
    for (const [principal, role] of grants) {
      ops.push(target.roleAssignments.add(principal, role));
      change(`${where}: granted role ${role} to principal ${principal}`);
    }
    for (const [principal, role] of removals) {
      ops.push(target.roleAssignments.remove(principal, role));
      change(`${where}: removed role ${role} from principal ${principal}`);
    }
    await execute();
    await Promise.all(ops);
  }

  function emit(e: Omit<IProvisionProgress, 'done' | 'total'>): void {
    if (options.onProgress) options.onProgress({ ...e, done, total: steps.length });
  }

  // ---------------------------------------------------------------------------------------------
  // The steps, in order. Each reads what it needs, compares, and writes only differences.

  steps.push({
    step: 'read',
    run: async (): Promise<void> => {
      state.webUrl = await webServerRelativeUrl(sp);
      await refreshLists();
      state.groups = await readGroups(sp);
      state.roleDefs = await readRoleDefinitions(sp);
      state.config = await readConfig(sp, urlOf(cfg), !!siteList(cfg));
      const v = state.config.get(CONFIG_SCHEMA_VERSION);
      state.siteVersion = v ? parseInt(v.value, 10) || 0 : 0;
      if (state.siteVersion > schema.version) {
        throw new Error(`the site is at schema version ${state.siteVersion}, newer than this solution's ${schema.version}; update the solution first`);
      }
      const web = (await sp.web.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
      state.webHasUnique = web.HasUniqueRoleAssignments;
      // The columns of every existing list, read ahead in $batch requests.
      const ids: string[] = [];
      for (const l of schema.lists) {
        const found = siteList(l);
        if (found) ids.push(found.Id);
      }
      state.fields = await readFields(sp, ids);
    }
  });

  for (const g of schema.groups) {
    steps.push({
      step: 'group',
      run: async (): Promise<void> => {
        const recorded = state.config.get(configGroupKey(g.key));
        const byId = recorded ? state.groups.filter(x => x.Id === parseInt(recorded.value, 10))[0] : undefined;
        const title = t(g.title);
        let found = byId ?? state.groups.filter(x => x.Title.toLowerCase() === title.toLowerCase())[0];
        if (!found) {
          const added = (await sp.web.siteGroups.add({ Title: title, Description: t(g.description) })) as unknown as ISiteGroup;
          found = { Id: added.Id, Title: title, Description: t(g.description) };
          state.groups.push(found);
          change(`Group '${title}' created`);
        }
        state.groupIds[g.key] = found.Id;
      }
    });
  }

  for (const r of schema.customRoles) {
    steps.push({
      step: 'role',
      run: async (): Promise<void> => {
        const low = r.permissions.filter(p => p <= 32).reduce((acc, p) => (acc | (1 << (p - 1))) >>> 0, 0);
        const high = r.permissions.filter(p => p > 32).reduce((acc, p) => (acc | (1 << (p - 33))) >>> 0, 0);
        const existing = state.roleDefs.filter(d => d.Name === r.name)[0];
        if (!existing) {
          const res = await sp.web.roleDefinitions.add(r.name, t(r.description), r.order, { Low: low, High: high });
          state.roleDefs.push({ Id: (res.data as { Id: number }).Id, Name: r.name, RoleTypeKind: 0, BasePermissions: { Low: low, High: high } });
          change(`Permission level '${r.name}' created`);
          return;
        }
        const bp = existing.BasePermissions;
        if (bp && (Number(bp.Low) >>> 0 !== low || Number(bp.High) >>> 0 !== high)) {
          await sp.web.roleDefinitions.getById(existing.Id).update({ BasePermissions: { Low: low, High: high } });
          change(`Permission level '${r.name}' updated`);
        }
      }
    });
  }

  steps.push({
    step: 'webPermissions',
    run: async (): Promise<void> => {
      if (state.webHasUnique === false) {
        await sp.web.breakRoleInheritance(true, false);
        state.webHasUnique = true;
        change('Site: permissions no longer inherited (copied from the parent)');
      }
      await reconcileAssignments(root => root.web, schema.webRoleAssignments, false, 'Site');
    }
  });

  for (const l of schema.lists) {
    steps.push({
      step: 'list',
      list: l.key,
      run: async (): Promise<void> => {
        const title = t(l.title);
        const description = t(l.description);
        let s = siteList(l);
        if (!s) {
          // The URL derives from the title at creation: create under the English URL name, then retitle.
          const data = (await sp.web.lists.add(listUrlName(l), description, l.template, false, { EnableVersioning: !!l.versioning })) as unknown as Record<string, unknown>;
          change(`List '${l.key}' created at ${l.url}`);
          s = {
            Id: String(data.Id),
            Title: String(data.Title),
            Description: data.Description as string | undefined,
            BaseTemplate: Number(data.BaseTemplate ?? l.template),
            Hidden: data.Hidden as boolean | undefined,
            EnableVersioning: data.EnableVersioning as boolean | undefined,
            HasUniqueRoleAssignments: data.HasUniqueRoleAssignments as boolean | undefined,
            ReadSecurity: data.ReadSecurity as number | undefined,
            WriteSecurity: data.WriteSecurity as number | undefined,
            url: urlOf(l)
          };
          state.lists.set(urlOf(l).toLowerCase(), s);
        } else if (s.BaseTemplate !== l.template) {
          throw new Error(`${l.url} is a list of template ${s.BaseTemplate}, the schema wants ${l.template}`);
        }
        const updates: Record<string, unknown> = {};
        if (s.Title !== title) updates.Title = title;
        if (s.Description !== undefined && (s.Description ?? '') !== description) updates.Description = description;
        if (s.Hidden !== undefined && !!s.Hidden !== !!l.hidden) updates.Hidden = !!l.hidden;
        if (s.EnableVersioning !== undefined && !!s.EnableVersioning !== !!l.versioning) updates.EnableVersioning = !!l.versioning;
        if (l.template === 100) {
          if ((s.ReadSecurity ?? 1) !== (l.readSecurity ?? 1)) updates.ReadSecurity = l.readSecurity ?? 1;
          if ((s.WriteSecurity ?? 1) !== (l.writeSecurity ?? 1)) updates.WriteSecurity = l.writeSecurity ?? 1;
        }
        if (Object.keys(updates).length > 0) {
          await sp.web.lists.getById(s.Id).update(updates);
          change(`List '${l.key}': updated ${Object.keys(updates).join(', ')}`);
          state.lists.set(urlOf(l).toLowerCase(), { ...s, ...(updates as Partial<ISiteList>) });
        }
      }
    });
  }

  for (const l of schema.lists) {
    steps.push({
      step: 'fields',
      list: l.key,
      run: async (): Promise<void> => {
        const s = mustList(l);
        const existing = await fieldsOf(l);
        const byName = new Map<string, ISiteField>();
        for (const f of existing) byName.set(f.InternalName, f);
        const displayNames = displayNamesOf(l, strings);
        // Writes of one list go in one $batch (executed in order: a calculated column follows the
        // columns its formula uses). Each write's outcome is checked afterwards, naming its column.
        const [batched, execute] = sp.batched();
        const writes: Array<{ field: string; done: Promise<unknown> }> = [];
        const fields = (options.fieldMode === 'typed' ? sp : batched).web.lists.getById(s.Id).fields;
        for (const f of l.fields) {
          currentField = f.name;
          emit({ step: 'fields', list: l.key, field: f.name });
          const site = byName.get(f.name);
          const lookupId = f.lookup ? `{${mustList(listByKey(f.lookup.list)).Id}}` : undefined;
          if (!site) {
            if (options.fieldMode === 'typed') await addFieldTyped(fields, f, strings, lookupId, displayNames);
            else writes.push({ field: f.name, done: fields.createFieldAsXml({ SchemaXml: localizedFieldXml(f, strings, lookupId, displayNames), Options: ADD_FIELD_OPTIONS }) });
            change(`Field '${l.key}.${f.name}' created`);
            continue;
          }
          if (!siteTypeMatches(site, f)) {
            throw new Error(
              `the column is ${site.TypeAsString} on the site but ${f.type} in schema version ${schema.version}; PMO Hub never retypes a column: add an upgrade step that migrates it to a new column`
            );
          }
          const updates = fieldUpdates(site, f, strings);
          if (Object.keys(updates).length > 0) {
            writes.push({ field: f.name, done: fields.getById(site.Id).update(updates, FIELD_ODATA_TYPE[f.type]) });
            change(`Field '${l.key}.${f.name}': updated ${Object.keys(updates).join(', ')}`);
          }
        }
        // Built-in columns the services query (Author for "my requests", Created for "latest").
        for (const name of builtInIndexes(l)) {
          currentField = name;
          const site = byName.get(name);
          if (!site) throw new Error('the built-in column does not exist');
          if (!site.Indexed) {
            writes.push({ field: name, done: fields.getById(site.Id).update({ Indexed: true }, site.FieldTypeKind === 20 ? 'SP.FieldUser' : 'SP.FieldDateTime') });
            change(`Field '${l.key}.${name}': indexed`);
          }
        }
        currentField = undefined;
        await execute();
        for (const w of writes) {
          currentField = w.field;
          await w.done;
        }
        currentField = undefined;
        // The columns changed: read them again when a later step needs them.
        if (writes.length > 0 || options.fieldMode === 'typed') state.fields.delete(s.Id);
      }
    });
  }

  for (const u of schema.upgrades) {
    const migrate = migrationOf(u);
    steps.push({
      step: 'upgrade',
      run: async (): Promise<void> => {
        if (state.siteVersion === 0 || state.siteVersion >= u.to) return;
        const ctx: IUpgradeContext = {
          listUrl: (key: string): string => urlOf(listByKey(key)),
          log: (line: string): void => {
            log.push(line);
          }
        };
        log.push(`Upgrade ${u.from} → ${u.to}: ${u.description}`);
        const n = await migrate(sp, ctx);
        changes += n;
      }
    });
  }

  for (const l of schema.lists) {
    steps.push({ step: 'views', list: l.key, run: (): Promise<void> => ensureViews(l) });
  }

  /** Views (and each view's columns) of several lists, in as few $batch requests as possible. */
  async function readViews(listIds: string[]): Promise<Map<string, { views: IViewRow[]; columns: Map<string, string[]> }>> {
    const out = new Map<string, { views: IViewRow[]; columns: Map<string, string[]> }>();
    await inBatches(sp, listIds, (batched, id) => [
      batched.web.lists
        .getById(id)
        .views.select('Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit')()
        .then(v => void out.set(id, { views: v as IViewRow[], columns: new Map() }))
    ]);
    const all: Array<{ list: string; view: string }> = [];
    out.forEach((entry, id) => entry.views.forEach(v => all.push({ list: id, view: v.Id })));
    const columns = await readViewColumns(sp, all);
    for (const x of all) (out.get(x.list) as { columns: Map<string, string[]> }).columns.set(x.view, columns.get(`${x.list}/${x.view}`) ?? []);
    return out;
  }

  async function ensureViews(l: IListSchema): Promise<void> {
    const s = mustList(l);
    const list = sp.web.lists.getById(s.Id);
    if (!state.views) {
      // First views step of the run: read the views of every list at once.
      const ids: string[] = [];
      for (const x of schema.lists) {
        const found = siteList(x);
        if (found) ids.push(found.Id);
      }
      state.views = await readViews(ids);
    }
    const cached = state.views.get(s.Id) ?? (await readViews([s.Id])).get(s.Id);
    state.views.delete(s.Id);
    let views = cached ? cached.views : [];
    const columnsOf = cached ? cached.columns : new Map<string, string[]>();
    const find = (v: IViewSchema): IViewRow | undefined =>
      v.default ? views.filter(x => x.DefaultView)[0] : views.filter(x => (x.ServerRelativeUrl ?? '').toLowerCase().endsWith(`/${v.url.toLowerCase()}.aspx`))[0];
    for (const v of l.views) {
      let row = find(v);
      if (!row) {
        const created = (await list.views.add(v.url.split('/').pop() as string, false, { ViewQuery: v.query ?? '', RowLimit: v.rowLimit ?? 30 })) as unknown as IViewRow;
        change(`View '${l.key}/${v.url}' created`);
        views = (await list.views.select('Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit')()) as IViewRow[];
        row = find(v) ?? created;
      }
      const view = list.views.getById(row.Id);
      const updates: Record<string, unknown> = {};
      if (v.title && row.Title !== t(v.title)) updates.Title = t(v.title);
      if (v.query !== undefined && row.ViewQuery !== undefined && row.ViewQuery !== v.query) updates.ViewQuery = v.query;
      if (v.rowLimit !== undefined && row.RowLimit !== undefined && row.RowLimit !== v.rowLimit) updates.RowLimit = v.rowLimit;
      if (Object.keys(updates).length > 0) {
        await view.update(updates);
        change(`View '${l.key}/${v.url}': updated ${Object.keys(updates).join(', ')}`);
      }
      let items = columnsOf.get(row.Id);
      if (!items) {
        const current = (await view.fields()) as unknown as { Items?: string[] | { results: string[] } };
        items = current.Items ? (Array.isArray(current.Items) ? current.Items : current.Items.results) : [];
      }
      const same = items.length === v.fields.length && items.every((x, i) => x === v.fields[i]);
      if (!same) {
        // One $batch, in order: clear, then add the columns.
        const [batched, execute] = sp.batched();
        const bview = batched.web.lists.getById(s.Id).views.getById(row.Id);
        const ops: Array<Promise<void>> = [bview.fields.removeAll()];
        for (const f of v.fields) ops.push(bview.fields.add(f));
        await execute();
        await Promise.all(ops);
        change(`View '${l.key}/${v.url}': columns set`);
      }
    }
  }

  for (const l of schema.lists) {
    steps.push({
      step: 'permissions',
      list: l.key,
      run: async (): Promise<void> => {
        const s = mustList(l);
        const list = sp.web.lists.getById(s.Id);
        const unique = s.HasUniqueRoleAssignments !== undefined ? s.HasUniqueRoleAssignments : ((await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean }).HasUniqueRoleAssignments;
        if (!l.roleAssignments) {
          if (unique) {
            await list.resetRoleInheritance();
            s.HasUniqueRoleAssignments = false;
            change(`List '${l.key}': permissions inherited from the site again`);
          }
          return;
        }
        if (!unique) {
          await list.breakRoleInheritance(false, false);
          s.HasUniqueRoleAssignments = true;
          change(`List '${l.key}': unique permissions`);
        }
        await reconcileAssignments(root => root.web.lists.getById(s.Id), l.roleAssignments, true, `List '${l.key}'`);
      }
    });
  }

  steps.push({
    step: 'version',
    run: async (): Promise<void> => {
      const items = sp.web.getList(urlOf(cfg)).items;
      const want: Array<[string, string]> = [[CONFIG_SCHEMA_VERSION, String(schema.version)]];
      for (const g of schema.groups) {
        const id = state.groupIds[g.key];
        if (id !== undefined) want.push([configGroupKey(g.key), String(id)]);
      }
      for (const [key, value] of want) {
        const row = state.config.get(key);
        if (!row) {
          const added = (await items.add({ Title: key, ConfigKey: key, ConfigValue: value })) as { Id?: number; ID?: number };
          state.config.set(key, { id: (added.Id ?? added.ID) as number, value });
          change(`Config '${key}' = ${value}`);
        } else if (row.value !== value) {
          await items.getById(row.id).update({ ConfigValue: value });
          row.value = value;
          change(`Config '${key}' = ${value}`);
        }
      }
    }
  });

  // ---------------------------------------------------------------------------------------------
  for (const step of steps) {
    if (options.signal && options.signal.aborted) throw new ProvisioningAbortedError(done, changes, log);
    if (options.stopAfterSteps !== undefined && done >= options.stopAfterSteps) throw new ProvisioningAbortedError(done, changes, log);
    currentField = undefined;
    try {
      await step.run();
    } catch (e) {
      if (e instanceof ProvisioningError || e instanceof ProvisioningAbortedError) throw e;
      throw new ProvisioningError(step.step, errorText(e), step.list, currentField, e);
    }
    if (fromVersion === undefined) fromVersion = state.siteVersion;
    done++;
    emit({ step: step.step, list: step.list });
  }
  return { changes, log, fromVersion: fromVersion ?? 0, toVersion: schema.version };
}
