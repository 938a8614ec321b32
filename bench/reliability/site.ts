/**
 * The reliability suite's site: an in-memory workbench provisioned and seeded by the demo seed (fixed
 * seed, so two runs hold the same data), the demo users the figures act as (one per PMO group), and
 * PMO Hub's services and PnPjs as each of them, over HTTP.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment, type IPmoEnvironment } from '../../src/services/environment';
import { createPmoServices, type IPmoServices } from '../../src/services';
import { loadLocale } from '../../workbench/locales';
import type { PmoStrings } from '../../src/services/compose';
import type { SPFI } from '../../src/platform/pnp';

/** The demo user of each role the suite acts as (workbench/directory; the trainer is also a project manager, as in the demo seed). */
export const ROLE_USERS = {
  visitor: 'thomas.wright@pmohub.demo',
  member: 'james.walker@pmohub.demo',
  projectManager: 'camille.dubois@pmohub.demo',
  boardMember: 'klaus.fischer@pmohub.demo',
  pmoOfficer: 'anna.schmidt@pmohub.demo',
  pmoOwner: 'olivia.bennett@pmohub.demo',
  trainer: 'marco.rossi@pmohub.demo'
} as const;

/** A role of {@link ROLE_USERS}. */
export type SuiteRole = keyof typeof ROLE_USERS;

/** A second PMO officer (the other side of a conflict the PMO has with itself). */
export const SECOND_PMO_OFFICER: string = 'luc.moreau@pmohub.demo';

/** The running site and per-user access to it. */
export interface IReliabilitySite {
  wb: IWorkbench;
  /** A PnPjs root as `upn` (a new environment per call: a user's own browser session). */
  sp(upn: string): SPFI;
  /** PMO Hub's services as `upn` (a new environment per call: a user's own browser session). */
  services(upn: string): IPmoServices;
  env(upn: string): IPmoEnvironment;
  stop(): Promise<void>;
}

/** Starts an in-memory workbench seeded with `projects` demo projects (the demo seed's fixed seed). */
export async function startReliabilitySite(projects: number): Promise<IReliabilitySite> {
  const wb = await startWorkbench({ port: 0, memory: true, projects, site: false });
  await wb.ready;
  const strings = loadLocale('en-us') as unknown as PmoStrings;
  const env = (upn: string): IPmoEnvironment => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: upn, retries: 3 });
  return {
    wb,
    env,
    sp: upn => env(upn).sp,
    services: upn => createPmoServices(env(upn), strings),
    stop: () => wb.stop()
  };
}
