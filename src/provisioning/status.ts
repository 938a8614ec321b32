/** The PMO site's state against a schema, for the PMO Setup web part (read only, no writes). */
import type { SPFI } from '../platform/pnp';
import { builtInIndexes, type ISiteSchema } from '../schema/types';
import { CONFIG_SCHEMA_VERSION, configGroupKey, configList, readConfig, readFields, readGroups, readLists, serverRelative, webServerRelativeUrl } from './site';
import type { ISiteStatus } from './types';

/** What the site lacks against `schema` (lists, columns, column indexes, groups), and the schema version it records. */
export async function getSiteStatus(sp: SPFI, schema: ISiteSchema): Promise<ISiteStatus> {
  const webUrl = await webServerRelativeUrl(sp);
  const lists = await readLists(sp);
  const cfg = configList(schema);
  const config = await readConfig(sp, serverRelative(webUrl, cfg), lists.has(serverRelative(webUrl, cfg).toLowerCase()));
  const recorded = config.get(CONFIG_SCHEMA_VERSION);
  const siteVersion = recorded ? parseInt(recorded.value, 10) || undefined : undefined;
  const missing: string[] = [];
  const present: Array<{ id: string; key: string }> = [];
  for (const l of schema.lists) {
    const s = lists.get(serverRelative(webUrl, l).toLowerCase());
    if (!s) missing.push(l.url);
    else present.push({ id: s.Id, key: l.key });
  }
  const fields = await readFields(sp, present.map(p => p.id));
  for (const p of present) {
    const l = schema.lists.filter(x => x.key === p.key)[0];
    const indexed = new Map<string, boolean>();
    for (const f of fields.get(p.id) ?? []) indexed.set(f.InternalName, !!f.Indexed);
    for (const f of l.fields) {
      if (!indexed.has(f.name)) missing.push(`${l.url}: ${f.name}`);
      else if ((f.indexed || f.unique) && !indexed.get(f.name)) missing.push(`${l.url}: ${f.name} (index)`);
    }
    for (const name of builtInIndexes(l)) if (!indexed.get(name)) missing.push(`${l.url}: ${name} (index)`);
  }
  const groups = await readGroups(sp);
  for (const g of schema.groups) {
    const id = config.get(configGroupKey(g.key));
    if (!id || groups.filter(x => x.Id === parseInt(id.value, 10)).length === 0) missing.push(`Group: ${g.key}`);
  }
  return { siteVersion, solutionVersion: schema.version, missing, upToDate: siteVersion === schema.version && missing.length === 0 };
}
