/**
 * provisionSite: ensures the PMO site matches a schema, through PnPjs, in the same way against
 * SharePoint Online and the local emulator.
 *
 * - Idempotent: every step compares first and writes only what differs; a second run makes 0 changes.
 * - Resumable: the run is a fixed sequence of steps (./steps); stopping between two (AbortSignal or
 *   stopAfterSteps) leaves a consistent site, and the next run completes it.
 * - Upgradeable: the site's schema version lives in the hidden list PmoHubConfig. Columns and lists
 *   are only ever added; ordered upgrade steps migrate data (./upgrades); a column whose type on the
 *   site differs from the schema is an error naming the list and the column, never a silent retype.
 */
import type { SPFI } from '../platform/pnp';
import type { ISiteSchema } from '../schema/types';
import { runSteps } from './runner';
import { planSteps, ProvisioningContext } from './steps';
import type { IProvisionOptions, IProvisionResult } from './types';

/**
 * Ensures the PMO site matches `schema`. See the module comment for the guarantees.
 * Progress goes to `options.onProgress` after each step (and per column while columns are made).
 * Rejects with ProvisioningAbortedError when stopped, and with ProvisioningError (naming the step,
 * list and column) when a step fails; a schema without PmoHubConfig, or with an upgrade step that has
 * no migration, is refused before any request.
 */
export async function provisionSite(sp: SPFI, schema: ISiteSchema, options: IProvisionOptions): Promise<IProvisionResult> {
  const ctx = new ProvisioningContext(sp, schema, options);
  return runSteps(ctx, planSteps(ctx));
}
