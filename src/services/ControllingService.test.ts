/**
 * The portfolio's controlling roll-up through the real PnPjs against the emulator, on the hand-computed
 * example of ./test-utils/controllingExample.ts: SPI and CPI of a programme and of the portfolio are
 * ratios of sums (ΣEV / ΣPV, ΣEV / ΣAC), and a project without any report is "no report" in every dimension.
 */
import { provisionSite } from '../provisioning/provisionSite';
import { pmoSchema } from '../schema/pmoSchema';
import { blankSite, type ITestSite } from '../provisioning/test-utils/site';
import { loadLocale } from '../../tools/jest/locale';
import { localEnvironment } from './environment';
import { ControllingService, type IPortfolioControlling } from './ControllingService';
import { siteAddress } from './site';
import { seedControllingExample, type IControllingExample } from './test-utils/controllingExample';
import { ProjectsList } from '../schema/refs';

jest.setTimeout(120_000);

let site: ITestSite;
let example: IControllingExample;
let rollup: IPortfolioControlling;

beforeAll(async () => {
  site = await blankSite();
  await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  example = await seedControllingExample(site.sp);
  const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
  rollup = await new ControllingService(env.sp, siteAddress(site.siteUrl), env.siteTimeZone).getPortfolioControlling();
});
afterAll(async () => {
  await site?.stop();
});

it('gives a programme\'s SPI as ΣEV / ΣPV and CPI as ΣEV / ΣAC over its reported projects (worked example)', () => {
  const archive = rollup.programmes.filter(p => p.key === example.programmeId)[0];
  // Alpha (PV 1,000, EV 900, AC 1,200) + Beta (PV 3,000, EV 3,100, AC 2,500); Delta has no report, Omega is closed.
  expect(archive.running).toBe(3);
  expect(archive.projects).toBe(2);
  expect(archive.totals).toEqual({ pv: 4000, ev: 4000, ac: 3700, bac: 15000 });
  expect(archive.spi.value).toBeCloseTo(4000 / 4000, 10); // 1.00, not the mean of 0.90 and 1.0333 (0.9667)
  expect(archive.cpi.value).toBeCloseTo(4000 / 3700, 10); // 1.0811, not the mean of 0.75 and 1.24 (0.995)
  expect(archive.marks).toEqual({ spi: 'Green', cpi: 'Green' });

  const none = rollup.programmes.filter(p => p.key === 0)[0];
  // Gamma alone: SPI 1,500 / 2,000 = 0.75 (Red, below amber 0.90); no AC, so CPI is not available (never NaN).
  expect(none.spi.value).toBeCloseTo(0.75, 10);
  expect(none.cpi).toEqual(expect.objectContaining({ value: null, reason: 'missingInput' }));
  expect(none.marks).toEqual({ spi: 'Red', cpi: undefined });

  // Portfolio: SPI (900 + 3,100 + 1,500) / (1,000 + 3,000 + 2,000) = 5,500 / 6,000; CPI over Alpha and Beta only.
  expect(rollup.projects).toBe(4);
  expect(rollup.portfolio.totals).toEqual({ pv: 6000, ev: 5500, ac: 3700, bac: 19000 });
  expect(rollup.portfolio.spi.value).toBeCloseTo(5500 / 6000, 10);
  expect(rollup.portfolio.cpi.value).toBeCloseTo(4000 / 3700, 10);
  expect(rollup.portfolio.cpiProjects).toBe(2);
  expect(rollup.portfolioMarks).toEqual({ spi: 'Amber', cpi: 'Green' });
});

it('counts a project without any report as "no report" in every dimension, never as green', () => {
  expect(rollup.ragDistribution.map(d => d.dimension)).toEqual(['overall', 'schedule', 'cost', 'scope', 'quality', 'risk', 'resources']);
  for (const d of rollup.ragDistribution) {
    expect(d.noReport).toBe(1); // Delta
    expect(d.Green + d.Amber + d.Red + d.notRated + d.noReport).toBe(4);
  }
  expect(rollup.ragDistribution[0]).toEqual({ dimension: 'overall', Green: 1, Amber: 1, Red: 1, notRated: 0, noReport: 1 });
  expect(rollup.uncountedDimensions).toEqual([]);
});

describe('the projects of a Teams team', () => {
  const TEAM = '6C1A0E2B-4D7F-4B8A-9E21-0F3C5D7A9B11';
  const OTHER = 'a0b1c2d3-0000-4000-8000-000000000001';
  let service: ControllingService;

  beforeAll(async () => {
    const projects = site.sp.web.getList(`/sites/pmo/${ProjectsList.url}`);
    // The team's group id as Teams gives it (lower case) and as typed into Projects (upper case) are the same group.
    await projects.items.getById(example.projectIds.alpha).update({ TeamsGroupId: TEAM, NextMilestoneTitle: 'Go-live', NextMilestoneDate: '2027-03-01T00:00:00Z' });
    await projects.items.getById(example.projectIds.delta).update({ TeamsGroupId: TEAM.toLowerCase() });
    await projects.items.getById(example.projectIds.omega).update({ TeamsGroupId: TEAM });
    await projects.items.getById(example.projectIds.gamma).update({ TeamsGroupId: OTHER });
    const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    service = new ControllingService(env.sp, siteAddress(site.siteUrl), env.siteTimeZone);
  });

  it('lists the projects whose TeamsGroupId is the team\'s group, by title, with overall RAG and next milestone', async () => {
    const rows = await service.getTeamProjects(TEAM.toLowerCase());
    expect(rows.map(r => r.title)).toEqual(['Alpha', 'Delta', 'Omega']);
    const [alpha, delta, omega] = rows;
    expect(alpha).toEqual(expect.objectContaining({ id: example.projectIds.alpha, code: 'ALPHA', status: 'Active', rag: expect.objectContaining({ overall: 'Green' }) }));
    expect(alpha.nextMilestone).toEqual({ title: 'Go-live', date: '2027-03-01' });
    expect(alpha.lastReportDate).toBeDefined();
    // No report yet: no RAG (the page says "No report", never green); a closed project has no current RAG.
    expect(delta.rag).toEqual({});
    expect(delta.lastReportDate).toBeUndefined();
    expect(omega.rag).toEqual({});
    expect(await service.getTeamProjects(OTHER.toUpperCase())).toEqual([expect.objectContaining({ id: example.projectIds.gamma })]);
  });

  it('gives none for a team without projects, and for no group', async () => {
    expect(await service.getTeamProjects('ffffffff-ffff-4fff-8fff-ffffffffffff')).toEqual([]);
    expect(await service.getTeamProjects('  ')).toEqual([]);
  });
});
