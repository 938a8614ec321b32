/** Group steps: one per PMO group of the schema. */
import { configGroupKey, type ISiteGroup } from '../site';
import type { IStep, ProvisioningContext } from './context';

/**
 * One step per schema group: finds the group by the id recorded in PmoHubConfig, else by its title
 * in the run's locale, else creates it; records its id in the run state for the permission steps.
 */
export function groupSteps(ctx: ProvisioningContext): IStep[] {
  const { sp, state } = ctx;
  return ctx.schema.groups.map(g => ({
    step: 'group',
    run: async (): Promise<void> => {
      const recorded = state.config.get(configGroupKey(g.key));
      const byId = recorded ? state.groups.filter(x => x.Id === parseInt(recorded.value, 10))[0] : undefined;
      const title = ctx.t(g.title);
      let found = byId ?? state.groups.filter(x => x.Title.toLowerCase() === title.toLowerCase())[0];
      if (!found) {
        const added = (await ctx.write('group', g.key, `Group '${title}' created`, () => sp.web.siteGroups.add({ Title: title, Description: ctx.t(g.description) }))) as unknown as ISiteGroup | undefined;
        found = { Id: added ? added.Id : ctx.placeholderId(), Title: title, Description: ctx.t(g.description) };
        state.groups.push(found);
      }
      state.groupIds[g.key] = found.Id;
    }
  }));
}
