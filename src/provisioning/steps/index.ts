/**
 * The steps of a provisioning run, in order: read the site → groups → custom permission levels →
 * site permissions → lists → columns and indexes → upgrade migrations → views → list permissions →
 * site pages → the recorded version. Each module returns its steps for the run's schema; each step compares with
 * the site (as read into the run's state) and writes only what differs.
 */
import type { IStep, ProvisioningContext } from './context';
import { fieldSteps } from './fields';
import { groupSteps } from './groups';
import { listSteps } from './lists';
import { pageSteps } from './pages';
import { listPermissionSteps, webPermissionsStep } from './permissions';
import { readStep } from './read';
import { roleSteps } from './roles';
import { upgradeSteps } from './upgrades';
import { versionStep } from './version';
import { viewSteps } from './views';

export { ProvisioningContext } from './context';
export type { IStep } from './context';

/** Every step of a run against `ctx.schema`, in order (throws when a schema upgrade step has no migration). */
export function planSteps(ctx: ProvisioningContext): IStep[] {
  return [
    readStep(ctx),
    ...groupSteps(ctx),
    ...roleSteps(ctx),
    webPermissionsStep(ctx),
    ...listSteps(ctx),
    ...fieldSteps(ctx),
    ...upgradeSteps(ctx),
    ...viewSteps(ctx),
    ...listPermissionSteps(ctx),
    ...pageSteps(ctx),
    versionStep(ctx)
  ];
}
