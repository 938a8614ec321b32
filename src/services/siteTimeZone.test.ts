/**
 * Date-only values through the real services against the local workbench, with the site in UTC−10,
 * UTC, UTC+1 (Berlin, across its daylight-saving changes) and UTC+13: a day written and read back is
 * the same day, SharePoint holds it as the site's local midnight, and a value SharePoint returns
 * (1 Mar 2027 on a UTC+1 site: 2027-02-28T23:00:00Z) reads as 1 Mar 2027 in Requests and the Portfolio.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { knownSiteTimeZone, siteTimeZoneFromPage } from './siteTimeZone';
import { emptyRequest, type IRequestInput } from '../domain/intake';
import { readDateOnly, siteTimeZoneOf, writeDateOnly } from '../domain/dates';
import type { SPFI } from '../platform/pnp';
import { MilestonesList, ProjectRequestsList, ProjectsList, StatusReportsList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(180_000);

const JAMES = 'james.walker@pmohub.demo';
const ANNA = 'anna.schmidt@pmohub.demo';

interface ISiteCase {
  name: string;
  id: number;
  /** What SharePoint holds for 1 Mar 2027. */
  march1: string;
}

const SITES: ISiteCase[] = [
  { name: 'UTC−10 (Hawaii)', id: 15, march1: '2027-03-01T10:00:00Z' },
  { name: 'UTC', id: 93, march1: '2027-03-01T00:00:00Z' },
  { name: 'UTC+1 (Berlin)', id: 4, march1: '2027-02-28T23:00:00Z' },
  { name: 'UTC+13 (Nuku\'alofa)', id: 67, march1: '2027-02-28T11:00:00Z' }
];

/** Days on both sides of Berlin's daylight-saving changes in 2027 (28 March, 31 October), and a leap day. */
const DAYS: string[] = ['2027-03-01', '2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31', '2027-11-01', '2028-02-29'];

describe.each(SITES)('a PMO site in $name', site => {
  let wb: IWorkbench;
  let owner: SPFI;
  let objectiveIds: number[];
  const as = (upn: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: upn }), {});
  const list = (url: string): ReturnType<SPFI['web']['getList']> => owner.web.getList(`/sites/pmo/${url}`);
  const zone = siteTimeZoneOf(site.id);

  function request(title: string, desiredStart: string, desiredEnd: string): IRequestInput {
    return {
      ...emptyRequest(), title, businessUnit: 'Finance', problemStatement: 'Month-end closing takes nine days.', goals: 'Close in five days.',
      objectiveIds: objectiveIds.slice(0, 1), desiredStart, desiredEnd, urgency: 'Medium', sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
      costPlan: [{ year: 2027, capex: 50000, opex: 0 }], compliance: { personalData: false, iso27001Scope: false, nis2Relevant: false, procurementNeeded: false }
    };
  }

  beforeAll(async () => {
    wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 2, timeZone: site.id });
    await wb.ready;
    owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
    objectiveIds = ((await list(StrategicObjectivesList.url).items.select('Id').filter("ObjectiveStatus eq 'Active'")()) as Array<{ Id: number }>).map(o => o.Id);
  });
  afterAll(async () => {
    await wb?.stop();
  });

  it('learns the site\'s time zone once, through REST', async () => {
    const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl });
    const first = env.siteTimeZone.get();
    expect(env.siteTimeZone.get()).toBe(first);
    expect(await first).toEqual(zone);
  });

  it('keeps the desired start and end of a request: same day back, the site\'s midnight in SharePoint', async () => {
    for (let i = 0; i + 1 < DAYS.length; i++) {
      const { request: saved } = await as(JAMES).requests.saveDraft(request(`Dates ${site.id} ${DAYS[i]}`, DAYS[i], DAYS[i + 1]));
      expect([saved.input.desiredStart, saved.input.desiredEnd]).toEqual([DAYS[i], DAYS[i + 1]]);
      const raw = (await list(ProjectRequestsList.url).items.getById(saved.id).select('DesiredStart', 'DesiredEnd')()) as Record<string, string>;
      expect([raw.DesiredStart, raw.DesiredEnd]).toEqual([writeDateOnly(DAYS[i], zone), writeDateOnly(DAYS[i + 1], zone)]);
      expect((await as(JAMES).requests.get(saved.id)).request.input.desiredStart).toBe(DAYS[i]);
    }
    const { request: first } = await as(JAMES).requests.saveDraft(request('Dates on 1 March', '2027-03-01', '2027-10-31'));
    expect(((await list(ProjectRequestsList.url).items.getById(first.id).select('DesiredStart')()) as Record<string, string>).DesiredStart).toBe(site.march1);
  });

  it('reads a value SharePoint returns as the site\'s day, in Requests and in the Portfolio', async () => {
    const pm = (await as(ANNA).requests.getCurrentUser()).id;
    const added = (await list(ProjectsList.url).items.add({
      Title: `Written by SharePoint ${site.id}`, ProjectCode: `TZ-${site.id}`, ProjectManagerId: pm, StartDate: site.march1, EndDate: site.march1, NextMilestoneTitle: 'Go-live', NextMilestoneDate: site.march1
    })) as { Id: number };
    const row = (await as(ANNA).portfolio.load()).rows.filter(r => r.id === added.Id)[0];
    expect([row.startDate, row.endDate, row.nextMilestone?.date]).toEqual(['2027-03-01', '2027-03-01', '2027-03-01']);
    expect((await as(ANNA).portfolio.getProjectDetail(added.Id)).row.startDate).toBe('2027-03-01');
    const filed = (await list(ProjectRequestsList.url).items.add({ Title: `Written by SharePoint ${site.id}`, IntakeState: 'Draft', DesiredStart: site.march1, DesiredEnd: site.march1 })) as { Id: number };
    expect((await as(ANNA).requests.get(filed.Id)).request.input).toMatchObject({ desiredStart: '2027-03-01', desiredEnd: '2027-03-01' });
  });

  it('carries the dates into the project on conversion, and the summary dates onto the project', async () => {
    const { request: submitted } = await as(JAMES).requests.submit(request(`Converted ${site.id}`, '2027-03-28', '2027-10-31'));
    for (const to of ['InReview', 'ReadyForScoring', 'Approved'] as const) await as(ANNA).requests.transition(submitted.id, to);
    const { projectId } = await as(ANNA).requests.convertToProject(submitted.id, { projectManager: { login: 'marco.rossi@pmohub.demo', displayName: 'Marco Rossi' } });
    const raw = (await list(ProjectsList.url).items.getById(projectId).select('StartDate', 'EndDate')()) as Record<string, string>;
    expect([raw.StartDate, raw.EndDate]).toEqual([writeDateOnly('2027-03-28', zone), writeDateOnly('2027-10-31', zone)]);

    await list(StatusReportsList.url).items.add({ Title: 'March', ProjectId: projectId, ReportDate: writeDateOnly('2027-03-29', zone), ReportStatus: 'Published', RagOverall: 'Green' });
    await list(MilestonesList.url).items.add({ Title: 'Design', ProjectId: projectId, BaselineDate: writeDateOnly('2027-10-30', zone), ForecastDate: writeDateOnly('2027-11-01', zone), MilestoneStatus: 'Late' });
    const pm = as(ANNA).portfolio;
    const summary = await as(ANNA).projects.refreshSummary(projectId);
    expect([summary.lastReportDate, summary.nextMilestone?.date]).toEqual(['2027-03-29', '2027-11-01']);
    const stored = (await list(ProjectsList.url).items.getById(projectId).select('LastReportDate', 'NextMilestoneDate', 'OData__UIVersionString')()) as Record<string, string>;
    expect([stored.LastReportDate, stored.NextMilestoneDate]).toEqual([writeDateOnly('2027-03-29', zone), writeDateOnly('2027-11-01', zone)]);
    const row = (await pm.load()).rows.filter(r => r.id === projectId)[0];
    expect([row.startDate, row.endDate, row.lastReportDate, row.nextMilestone?.date]).toEqual(['2027-03-28', '2027-10-31', '2027-03-29', '2027-11-01']);
    const detail = await pm.getProjectDetail(projectId);
    expect([detail.latestReport?.reportDate, detail.milestones[0].baselineDate, detail.milestones[0].forecastDate]).toEqual(['2027-03-29', '2027-10-30', '2027-11-01']);
    // Nothing changed: a second refresh writes nothing.
    await as(ANNA).projects.refreshSummary(projectId);
    const again = (await list(ProjectsList.url).items.getById(projectId).select('OData__UIVersionString')()) as Record<string, string>;
    expect(again.OData__UIVersionString).toBe(stored.OData__UIVersionString);
  });

  it('has the seed write its date-only values as the site\'s days', async () => {
    const reports = (await list(StatusReportsList.url).items.select('ReportDate').top(50)()) as Array<{ ReportDate: string }>;
    expect(reports.length).toBeGreaterThan(0);
    // Each is exactly a site-local midnight.
    for (const r of reports) expect(writeDateOnly(readDateOnly(r.ReportDate, zone), zone)).toBe(r.ReportDate);
  });
});

describe('the SPFx page context', () => {
  it('gives the site\'s zone without a request', async () => {
    const data = { Id: 4, Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', Bias: -60, StandardBias: 0, DaylightBias: -60 };
    expect(await knownSiteTimeZone(siteTimeZoneFromPage(data)).get()).toEqual({ id: 4, iana: 'Europe/Berlin' });
    expect(siteTimeZoneFromPage({ Id: 250, Bias: -780 })).toEqual({ id: 250, iana: 'Etc/GMT-13' });
  });
});
