/** Upgrade steps: one per upgrade step of the schema, each running its migration from ../upgrades. */
import { migrationOf, type IUpgradeContext } from '../upgrades';
import type { IStep, ProvisioningContext } from './context';

/**
 * One step per schema upgrade step, in the schema's order. A step runs its migration only on a site
 * that records an earlier version than the step's `to` (a new site has no data to migrate); it logs
 * "Upgrade <from> → <to>: <description>" and counts the migration's changes. Throws before the run
 * when a schema step has no migration.
 */
export function upgradeSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.upgrades.map(u => {
    const migrate = migrationOf(u);
    return {
      step: 'upgrade',
      run: async (): Promise<void> => {
        const { siteVersion } = ctx.state;
        if (siteVersion === 0 || siteVersion >= u.to) return;
        const upgrade: IUpgradeContext = {
          listUrl: (key: string): string => ctx.urlOf(ctx.listByKey(key)),
          log: (line: string): void => {
            ctx.log.push(line);
          }
        };
        await ctx.write('upgrade', `${u.from} → ${u.to}: ${u.id}`, `Upgrade ${u.from} → ${u.to}: ${u.description}`, () => migrate(ctx.sp, upgrade), n => n);
      }
    };
  });
}
