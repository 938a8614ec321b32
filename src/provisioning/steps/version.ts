/** The last step of a run: records the schema version and the PMO groups' ids in PmoHubConfig. */
import { CONFIG_SCHEMA_VERSION, configGroupKey } from '../site';
import type { IStep, ProvisioningContext } from './context';

/** The version step: adds or corrects the SchemaVersion and Group.<key> items of PmoHubConfig. */
export function versionStep(ctx: ProvisioningContext): IStep {
  const { sp, schema, state } = ctx;
  return {
    step: 'version',
    run: async (): Promise<void> => {
      const items = sp.web.getList(ctx.urlOf(ctx.configList)).items;
      const want: Array<[string, string]> = [[CONFIG_SCHEMA_VERSION, String(schema.version)]];
      for (const g of schema.groups) {
        const id = state.groupIds[g.key];
        if (id !== undefined) want.push([configGroupKey(g.key), String(id)]);
      }
      for (const [key, value] of want) {
        const row = state.config.get(key);
        if (!row) {
          const added = (await ctx.write('config', key, `Config '${key}' = ${value}`, () => items.add({ Title: key, ConfigKey: key, ConfigValue: value }))) as { Id?: number; ID?: number } | undefined;
          state.config.set(key, { id: added ? ((added.Id ?? added.ID) as number) : ctx.placeholderId(), value });
        } else if (row.value !== value) {
          await ctx.write('config', key, `Config '${key}' = ${value}`, () => items.getById(row.id).update({ ConfigValue: value }));
          row.value = value;
        }
      }
    }
  };
}
