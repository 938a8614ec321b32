/** Runs the steps of a provisioning run in order, with progress, stop points and errors that name the list and column. */
import type { IStep, ProvisioningContext } from './steps';
import { ProvisioningAbortedError, ProvisioningError, type IProvisionResult } from './types';

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Runs `steps` one after the other. Before each step it stops (ProvisioningAbortedError with the
 * steps done, changes and log) when the options' AbortSignal is aborted or `stopAfterSteps` steps
 * are done; after each it emits a progress event. A failing step becomes a ProvisioningError naming
 * the step, its list and the column it was working on.
 */
export async function runSteps(ctx: ProvisioningContext, steps: ReadonlyArray<IStep>): Promise<IProvisionResult> {
  const { signal, stopAfterSteps } = ctx.options;
  let fromVersion: number | undefined;
  ctx.total = steps.length;
  for (const step of steps) {
    if (signal && signal.aborted) throw new ProvisioningAbortedError(ctx.done, ctx.changes, ctx.log);
    if (stopAfterSteps !== undefined && ctx.done >= stopAfterSteps) throw new ProvisioningAbortedError(ctx.done, ctx.changes, ctx.log);
    ctx.field = undefined;
    try {
      await step.run();
    } catch (e) {
      if (e instanceof ProvisioningError || e instanceof ProvisioningAbortedError) throw e;
      throw new ProvisioningError(step.step, errorText(e), step.list, ctx.field, e);
    }
    // The site's version as the read step found it, before any upgrade.
    if (fromVersion === undefined) fromVersion = ctx.state.siteVersion;
    ctx.done++;
    ctx.emit({ step: step.step, list: step.list });
  }
  return { changes: ctx.changes, log: ctx.log, fromVersion: fromVersion ?? 0, toVersion: ctx.schema.version, planned: ctx.planned };
}
