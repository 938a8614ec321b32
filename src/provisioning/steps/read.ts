/** The first step of a run: reads the site (lists, columns, groups, permission levels, PmoHubConfig). */
import { CONFIG_SCHEMA_VERSION, readConfig, readFields, readGroups, readLists, readRoleDefinitions, webServerRelativeUrl } from '../site';
import type { IStep, ProvisioningContext } from './context';

/**
 * The read step: fills the run's state with the site as it is, and refuses a site whose recorded
 * schema version is newer than the schema's (error: "the site is at schema version N, newer …").
 */
export function readStep(ctx: ProvisioningContext): IStep {
  const { sp, schema, state } = ctx;
  return {
    step: 'read',
    run: async (): Promise<void> => {
      state.webUrl = await webServerRelativeUrl(sp);
      state.lists = await readLists(sp);
      state.groups = await readGroups(sp);
      state.roleDefs = await readRoleDefinitions(sp);
      state.config = await readConfig(sp, ctx.urlOf(ctx.configList), !!ctx.siteList(ctx.configList));
      const v = state.config.get(CONFIG_SCHEMA_VERSION);
      state.siteVersion = v ? parseInt(v.value, 10) || 0 : 0;
      if (state.siteVersion > schema.version) {
        throw new Error(`the site is at schema version ${state.siteVersion}, newer than this solution's ${schema.version}; update the solution first`);
      }
      const web = (await sp.web.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
      state.webHasUnique = web.HasUniqueRoleAssignments;
      // The columns of every existing list, read ahead in $batch requests.
      state.fields = await readFields(sp, ctx.existingListIds());
    }
  };
}
