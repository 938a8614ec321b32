/** Test helpers: blank emulator sites and expectations of a provisioned site against a schema. */
import { startEmulator } from '../../../workbench/emulator';
import { claimsLogin, type DemoRole, firstUserOf, demoUsers } from '../../../workbench/directory';
import { localEnvironment } from '../../services/environment';
import type { SPFI } from '../../platform/pnp';
import { fieldId, localize } from '../../schema/fieldXml';
import { builtInIndexes, type GroupKey, type ISiteSchema } from '../../schema/types';
import { choicesOf, readFields, readLists, readRoleDefinitions, ROLE_TYPE_KIND, type ISiteField } from '../site';

/** A blank emulator site. */
export interface ITestSite {
  sp: SPFI;
  siteUrl: string;
  graphUrl: string;
  /** PnPjs as a demo user. */
  as(upn: string): SPFI;
  stop(): Promise<void>;
}

/** Starts an emulator with a blank PMO site (in memory, free port). */
export async function blankSite(): Promise<ITestSite> {
  const s = await startEmulator({ port: 0 });
  return {
    sp: localEnvironment({ siteUrl: s.siteUrl, graphUrl: s.graphUrl }).sp,
    siteUrl: s.siteUrl,
    graphUrl: s.graphUrl,
    as: (upn: string): SPFI => localEnvironment({ siteUrl: s.siteUrl, graphUrl: s.graphUrl, user: upn }).sp,
    stop: () => s.stop()
  };
}

/** The group ids provisioning recorded in PmoHubConfig. */
export async function groupIds(sp: SPFI): Promise<Record<string, number>> {
  const web = await sp.web.select('ServerRelativeUrl')();
  const rows = (await sp.web.getList(`${String(web.ServerRelativeUrl)}/Lists/PmoHubConfig`).items.select('ConfigKey', 'ConfigValue')()) as Array<{ ConfigKey: string; ConfigValue: string }>;
  const out: Record<string, number> = {};
  for (const r of rows) if (r.ConfigKey.indexOf('Group.') === 0) out[r.ConfigKey.slice(6)] = parseInt(r.ConfigValue, 10);
  return out;
}

/** The demo role that belongs in each PMO group (the site owner is a site collection admin). */
export const ROLE_GROUP: Partial<Record<DemoRole, GroupKey>> = {
  pmoOfficer: 'pmoOfficers',
  projectManager: 'projectManagers',
  boardMember: 'strategyBoard',
  requester: 'members',
  trainee: 'members',
  reader: 'visitors'
};

/** Adds every demo user of each role to its PMO group (as the site owner). */
export async function addDemoMembers(sp: SPFI): Promise<void> {
  const ids = await groupIds(sp);
  for (const u of demoUsers) {
    const g = ROLE_GROUP[u.role];
    if (!g) continue;
    await sp.web.siteGroups.getById(ids[g]).users.add(claimsLogin(u));
  }
}

/** The site user id of a demo user's first user of a role. */
export async function userIdOf(sp: SPFI, role: DemoRole): Promise<number> {
  const r = await sp.web.ensureUser(claimsLogin(firstUserOf(role)));
  return (r as unknown as { Id: number }).Id;
}

/**
 * Every difference between the site and the schema: lists (title, template, item-level security),
 * columns (type, title, required, index, unique, choices, bounds, lookup target), views, groups and
 * role assignments. Empty when the site matches.
 */
export async function differences(sp: SPFI, schema: ISiteSchema, strings: Readonly<Record<string, string>>): Promise<string[]> {
  const out: string[] = [];
  const web = await sp.web.select('ServerRelativeUrl')();
  const webUrl = String(web.ServerRelativeUrl).replace(/\/$/, '');
  const lists = await readLists(sp);
  const fields = await readFields(sp, Array.from(lists.values()).map(l => l.Id));
  const roleDefs = await readRoleDefinitions(sp);
  const ids = await groupIds(sp);
  const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as Array<{ Id: number; Title: string }>;
  for (const g of schema.groups) {
    const found = groups.filter(x => x.Id === ids[g.key])[0];
    if (!found) out.push(`group ${g.key} missing`);
    else if (found.Title !== localize(strings, g.title)) out.push(`group ${g.key} title ${found.Title}`);
  }
  const roleName = (role: string): string => {
    const custom = schema.customRoles.filter(r => r.key === role)[0];
    if (custom) return custom.name;
    const d = roleDefs.filter(x => x.RoleTypeKind === ROLE_TYPE_KIND[role as keyof typeof ROLE_TYPE_KIND])[0];
    return d ? d.Name : `?${role}`;
  };
  const expectRoles = async (where: string, target: { roleAssignments: SPFI['web']['roleAssignments'] }, spec: Partial<Record<GroupKey, string>>, exclusive: boolean): Promise<void> => {
    const rows = (await target.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string; RoleTypeKind: number }> }>;
    const actual: Record<number, string[]> = {};
    for (const r of rows) actual[r.PrincipalId] = r.RoleDefinitionBindings.filter(b => b.RoleTypeKind !== 1).map(b => b.Name).sort();
    for (const g of schema.groups) {
      const want = spec[g.key] ? [roleName(spec[g.key] as string)] : [];
      const got = actual[ids[g.key]] ?? [];
      if (want.join() !== got.join()) out.push(`${where}: group ${g.key} has [${got.join()}], expected [${want.join()}]`);
    }
    if (exclusive) {
      const ours = Object.keys(ids).map(k => ids[k]);
      for (const p of Object.keys(actual)) if (ours.indexOf(Number(p)) < 0 && actual[Number(p)].length > 0) out.push(`${where}: unexpected principal ${p}`);
    }
  };
  await expectRoles('site', sp.web, schema.webRoleAssignments, false);
  for (const l of schema.lists) {
    const s = lists.get(`${webUrl}/${l.url}`.toLowerCase());
    if (!s) {
      out.push(`list ${l.key} missing`);
      continue;
    }
    if (s.Title !== localize(strings, l.title)) out.push(`list ${l.key} title ${s.Title}`);
    if (s.BaseTemplate !== l.template) out.push(`list ${l.key} template ${s.BaseTemplate}`);
    if (!!s.Hidden !== !!l.hidden) out.push(`list ${l.key} hidden ${String(s.Hidden)}`);
    if (((s.ReadSecurity ?? 1) !== (l.readSecurity ?? 1) || (s.WriteSecurity ?? 1) !== (l.writeSecurity ?? 1))) {
      out.push(`list ${l.key} item-level security ${String(s.ReadSecurity)}/${String(s.WriteSecurity)}`);
    }
    const byName: Record<string, ISiteField> = {};
    for (const f of fields.get(s.Id) ?? []) byName[f.InternalName] = f;
    for (const f of l.fields) {
      const site = byName[f.name];
      const where = `${l.key}.${f.name}`;
      if (!site) {
        out.push(`${where} missing`);
        continue;
      }
      if (site.TypeAsString !== f.type) out.push(`${where} type ${site.TypeAsString}`);
      if (site.Title !== localize(strings, f.title)) out.push(`${where} title ${site.Title}`);
      if (!!site.Required !== !!f.required) out.push(`${where} required ${String(site.Required)}`);
      if (!!site.Indexed !== !!(f.indexed || f.unique)) out.push(`${where} indexed ${String(site.Indexed)}`);
      if (!!site.EnforceUniqueValues !== !!f.unique) out.push(`${where} unique ${String(site.EnforceUniqueValues)}`);
      if (f.choices && (choicesOf(site) ?? []).join('|') !== f.choices.join('|')) out.push(`${where} choices ${(choicesOf(site) ?? []).join('|')}`);
      if (f.min !== undefined && site.MinimumValue !== f.min) out.push(`${where} min ${String(site.MinimumValue)}`);
      if (f.max !== undefined && site.MaximumValue !== f.max) out.push(`${where} max ${String(site.MaximumValue)}`);
      if (f.default !== undefined && site.DefaultValue !== f.default) out.push(`${where} default ${String(site.DefaultValue)}`);
      if (f.lookup) {
        const target = schema.lists.filter(x => x.key === f.lookup?.list)[0];
        const t = lists.get(`${webUrl}/${target.url}`.toLowerCase());
        if (!t || String(site.LookupList).replace(/[{}]/g, '').toLowerCase() !== t.Id.toLowerCase()) out.push(`${where} lookup list ${String(site.LookupList)}`);
        if (site.LookupField !== (f.lookup.showField ?? 'Title')) out.push(`${where} lookup field ${String(site.LookupField)}`);
      }
      if (site.Id && String(site.Id).replace(/[{}]/g, '').toLowerCase() !== fieldId(f)) out.push(`${where} id ${String(site.Id)}`);
    }
    for (const name of builtInIndexes(l)) if (!byName[name] || !byName[name].Indexed) out.push(`${l.key}.${name} not indexed`);
    const list = sp.web.lists.getById(s.Id);
    const views = (await list.views.select('Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit')()) as Array<{ Id: string; Title: string; ServerRelativeUrl: string; DefaultView: boolean; ViewQuery: string; RowLimit: number }>;
    for (const v of l.views) {
      const row = v.default ? views.filter(x => x.DefaultView)[0] : views.filter(x => x.ServerRelativeUrl.toLowerCase().endsWith(`/${v.url.toLowerCase()}.aspx`))[0];
      if (!row) {
        out.push(`${l.key} view ${v.url} missing`);
        continue;
      }
      const vf = (await list.views.getById(row.Id).fields()) as unknown as { Items: string[] };
      if (vf.Items.join() !== v.fields.join()) out.push(`${l.key} view ${v.url} columns ${vf.Items.join()}`);
      if (v.query !== undefined && row.ViewQuery !== v.query) out.push(`${l.key} view ${v.url} query ${row.ViewQuery}`);
      if (v.title && row.Title !== localize(strings, v.title)) out.push(`${l.key} view ${v.url} title ${row.Title}`);
    }
    const info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    if (!!info.HasUniqueRoleAssignments !== !!l.roleAssignments) out.push(`${l.key} unique permissions ${String(info.HasUniqueRoleAssignments)}`);
    if (l.roleAssignments) await expectRoles(`list ${l.key}`, list, l.roleAssignments, true);
  }
  return out;
}

/**
 * Kept for callers written while the emulator lacked role-definition creation (workbench/seed
 * tests): the emulator now creates custom permission levels and knows library view columns, so
 * this returns the schema unchanged.
 */
export function emulatorSchema(schema: ISiteSchema, supportsCustomRoles: boolean = true): ISiteSchema {
  if (supportsCustomRoles) return schema;
  return {
    ...schema,
    customRoles: [],
    lists: schema.lists.map(l => (l.roleAssignments && l.roleAssignments.strategyBoard === 'readAll' ? { ...l, roleAssignments: { ...l.roleAssignments, strategyBoard: 'Read' } } : l))
  };
}

/** The emulator creates role definitions (POST /_api/web/roledefinitions). */
export const EMULATOR_HAS_CUSTOM_ROLES: boolean = true;
