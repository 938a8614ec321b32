/**
 * What the faults figure's journeys share: the context (users, services as each of them with the
 * product's retry policy, the project they work in), the journey's shape and small helpers.
 */
import { SITE_PATH } from '../../workbench';
import { localEnvironment } from '../../src/services/environment';
import { createPmoServices, type IPmoServices } from '../../src/services';
import { loadLocale } from '../../workbench/locales';
import type { PmoStrings } from '../../src/services/compose';
import type { SPFI } from '../../src/platform/pnp';
import { ProjectsList } from '../../src/schema/refs';
import { ROLE_USERS, type IReliabilitySite } from './site';

/** What the journeys share: the users, services as each of them, the project they work in. */
export interface IJourneyContext {
  sitePath: string;
  /** PnPjs as the site owner, for checks and counts (called with the faults off). */
  owner: SPFI;
  /** PMO Hub's services as `upn`, as a web part creates them (a new browser session per call). */
  as(upn: string): IPmoServices;
  /** The demo project manager's active project. */
  projectId: number;
  manager: string;
  pmo: string;
  board: string;
  member: string;
  trainee: string;
  trainer: string;
  siteOwner: string;
}

/** A run of a journey: the service calls, and a check of what they changed (problems; empty when right). */
export interface IJourneyPlan {
  run(): Promise<void>;
  verify?(): Promise<string[]>;
}

/** A write journey of a web part, as one role. */
export interface IFaultJourney {
  name: string;
  webPart: string;
  role: string;
  /** Once, before the journey's reference run (faults off). */
  prepare?(ctx: IJourneyContext): Promise<void>;
  /** Run `i`'s plan (0 is the reference run without faults); may prepare items with the faults off. */
  plan(ctx: IJourneyContext, i: number): Promise<IJourneyPlan>;
}

/** The context on `site`: services with the product's retry policy (not the suite's shorter one). */
export async function journeyContext(site: IReliabilitySite): Promise<IJourneyContext> {
  const strings = loadLocale('en-us') as unknown as PmoStrings;
  const as = (upn: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: site.wb.siteUrl, graphUrl: site.wb.graphUrl, user: upn }), strings);
  const owner = site.sp(ROLE_USERS.pmoOwner);
  const me = await site.sp(ROLE_USERS.projectManager).web.currentUser.select('Id')<{ Id: number }>();
  const projects = await owner.web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.select('Id', 'LifecycleStatus').filter(`ProjectManagerId eq ${me.Id}`).orderBy('Id').top(500)<Array<{ Id: number; LifecycleStatus?: string }>>();
  const project = projects.filter(p => p.LifecycleStatus === 'Active')[0] ?? projects[0];
  if (!project) throw new Error(`${ROLE_USERS.projectManager} manages no demo project`);
  return {
    sitePath: SITE_PATH, owner, as, projectId: project.Id,
    manager: ROLE_USERS.projectManager, pmo: ROLE_USERS.pmoOfficer, board: ROLE_USERS.boardMember, member: ROLE_USERS.member,
    trainee: 'lena.hoffmann@pmohub.demo', trainer: ROLE_USERS.trainer, siteOwner: ROLE_USERS.pmoOwner
  };
}

/** A problem when `actual` is not `expected`. */
export function expectValue(what: string, actual: unknown, expected: unknown): string[] {
  return actual === expected ? [] : [`${what} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`];
}

/** The item with `id` among `rows`, or an error. */
export function byId<T extends { id: number }>(rows: ReadonlyArray<T>, id: number, what: string): T {
  const row = rows.filter(r => r.id === id)[0];
  if (!row) throw new Error(`${what} ${id} is not there`);
  return row;
}

/** A day of 2027, different for each run (1 → 2027-01-02 …). */
export function dayOf(i: number): string {
  return new Date(Date.UTC(2027, 0, 1 + (i % 360))).toISOString().slice(0, 10);
}

/** A simple journey: one call, or a chain, with nothing to prepare. */
export function journey(name: string, webPart: string, role: keyof Pick<IJourneyContext, 'manager' | 'pmo' | 'board' | 'member' | 'trainee' | 'trainer' | 'siteOwner'>, run: (s: IPmoServices, ctx: IJourneyContext, i: number) => Promise<string[] | void>): IFaultJourney {
  return {
    name, webPart, role,
    plan: async (ctx, i) => {
      let problems: string[] = [];
      return {
        run: async () => { problems = (await run(ctx.as(ctx[role]), ctx, i)) ?? []; },
        verify: () => Promise.resolve(problems)
      };
    }
  };
}

