/**
 * The existing PMO site that `reliability.provisioning` sets up again and again: a site at schema
 * version 1 (src/schema/fixtures/v1), as the first release of PMO Hub left it, holding projects
 * (programmes named in text, three-state status), requests, risks and status reports made with a
 * seeded PRNG. PMO Setup upgrades it to the current schema: it creates every later list, column,
 * view, group, permission level and page, and runs every upgrade migration over these items.
 */
import { localEnvironment } from '../../src/services/environment';
import { provisionSite } from '../../src/provisioning';
import { schemaV1 } from '../../src/schema/fixtures/v1';
import type { SPFI } from '../../src/platform/pnp';
import { claimsLogin, demoUsers, siteOwner, type DemoRole } from '../../workbench/directory';
import { loadLocale } from '../../workbench/locales';
import { Rng } from '../../workbench/seed/prng';

/** How many items of each v1 list the existing site holds. */
export interface IBaseSize {
  projects: number;
  requests: number;
  risks: number;
  reports: number;
}

/** The default size: enough that every migration has items of each kind to move. */
export const BASE_SIZE: IBaseSize = { projects: 24, requests: 12, risks: 40, reports: 30 };

/** Programme names as users typed them in v1's text column (a trailing space, an empty one). */
const PROGRAMMES: ReadonlyArray<string> = ['Digital Transformation', 'Digital Transformation ', 'Public Services', 'Facilities Renewal', ''];
const UNITS: ReadonlyArray<string> = ['Finance', 'Facilities', 'Human Resources', 'IT', 'Citizen Services'];
const DAY_MS: number = 86_400_000;

async function userIds(sp: SPFI, role: DemoRole): Promise<number[]> {
  const ids: number[] = [];
  for (const u of demoUsers.filter(x => x.role === role)) ids.push(((await sp.web.ensureUser(claimsLogin(u))) as unknown as { Id: number }).Id);
  return ids;
}

function isoDay(rng: Rng, fromMs: number, days: number): string {
  return new Date(fromMs + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10) + 'T00:00:00Z';
}

/**
 * Provisions schema v1 on the blank site at `siteUrl` and fills its lists (seeded by `seed`) as the
 * site owner, through PnPjs. Resolves with the number of items added.
 */
export async function createV1Site(siteUrl: string, graphUrl: string, seed: number, size: IBaseSize = BASE_SIZE): Promise<number> {
  const sp = localEnvironment({ siteUrl, graphUrl, user: siteOwner.userPrincipalName, locale: 'en-us' }).sp;
  await provisionSite(sp, schemaV1, { locale: 'en-us', strings: loadLocale('en-us') });
  const rng = new Rng(seed);
  const path = new URL(siteUrl).pathname.replace(/\/$/, '');
  const list = (key: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`${path}/Lists/${key}`);
  const managers = await userIds(sp, 'projectManager');
  const sponsors = await userIds(sp, 'boardMember');
  const start = Date.UTC(2024, 0, 1);
  const projects: number[] = [];
  for (let i = 1; i <= size.projects; i++) {
    const begin = isoDay(rng, start, 700);
    const values: Record<string, unknown> = {
      Title: `Project ${i}`, ProjectCode: `PRJ-${String(i).padStart(3, '0')}`, ProjectManagerId: rng.pick(managers),
      Status: rng.pick(['Active', 'Active', 'OnHold', 'Closed']), Budget: rng.int(20, 2000) * 1000, StartDate: begin,
      EndDate: isoDay(rng, Date.parse(begin) + 90 * DAY_MS, 600)
    };
    const programme = rng.pick(PROGRAMMES);
    if (programme) values.ProgrammeName = programme;
    projects.push(((await list('Projects').items.add(values)) as { Id: number }).Id);
  }
  for (let i = 1; i <= size.requests; i++) {
    const values: Record<string, unknown> = { Title: `Request ${i}`, BusinessUnit: rng.pick(UNITS), ProblemStatement: `Problem ${i}: ${rng.pick(['paper forms', 'old boiler', 'manual reports', 'no overview'])}`, IntakeState: rng.pick(['Submitted', 'Approved', 'Rejected']) };
    if (rng.chance(0.6)) values.SponsorId = rng.pick(sponsors);
    await list('ProjectRequests').items.add(values);
  }
  for (let i = 1; i <= size.risks; i++) {
    await list('Risks').items.add({ Title: `Risk ${i}`, ProjectId: rng.pick(projects), Probability: rng.int(1, 5), Impact: rng.int(1, 5), RiskStatus: rng.pick(['Open', 'Open', 'Closed']) });
  }
  for (let i = 1; i <= size.reports; i++) {
    await list('StatusReports').items.add({ Title: `Report ${i}`, ProjectId: rng.pick(projects), ReportDate: isoDay(rng, start, 900), RagOverall: rng.pick(['Green', 'Amber', 'Red']) });
  }
  return size.projects + size.requests + size.risks + size.reports;
}
