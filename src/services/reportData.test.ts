/**
 * The report data as the demo site holds it (real PnPjs against the workbench): every dimension of
 * the status report with the project manager's comments, achievements and next steps; milestones in
 * the board's order; all open risks and issues for the Excel report and, in the appendix, only those
 * the board must see (the register's high rule) with the count of the others; decisions needed.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { reportAppendix } from './reportData';
import { DEFAULT_RISK_THRESHOLDS, isOpenIssue, isOpenRisk } from '../domain/governance';
import type { IProjectReportData } from '../domain/reports';
import { IssuesList, RisksList } from '../schema/refs';

jest.setTimeout(300_000);

const PMO = 'anna.schmidt@pmohub.demo';
let wb: IWorkbench;
let projects: IProjectReportData[];

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  const data = await as(PMO).dashboard.getReportData({ kind: 'filter', filters: {} }, { title: 'Board', scope: 'All', locale: 'en-us' });
  projects = data.projects;
});

afterAll(async () => {
  await wb?.stop();
});

describe('the report data of the demo', () => {
  it('has every dimension of the status report, overall first, with the comments on those that are not green', () => {
    const reported = projects.filter(p => p.statusDate && p.status === 'Active');
    expect(reported.length).toBeGreaterThan(5);
    for (const p of reported) {
      expect(p.dimensions.map(d => d.dimension)).toEqual(['overall', 'schedule', 'cost', 'scope', 'quality', 'risk', 'resources']);
      for (const d of p.dimensions) expect(!!d.comment).toBe(!!d.rag && d.rag !== 'Green');
      expect(p.achievements).toBeTruthy();
      expect(p.nextSteps).toBeTruthy();
    }
    expect(reported.some(p => p.dimensions.some(d => d.comment))).toBe(true);
  });

  it('orders milestones for the board: late, then upcoming by forecast, then the most recently reached', () => {
    const group = { late: 0, slipping: 1, onTrack: 1, unknown: 1, achieved: 2, achievedLate: 2, cancelled: 3 } as const;
    for (const p of projects) {
      const groups = p.milestones.map(m => group[m.state]);
      expect(groups).toEqual(groups.slice().sort((a, b) => a - b));
      const reached = p.milestones.filter(m => group[m.state] === 2).map(m => m.actual ?? '');
      expect(reached).toEqual(reached.slice().sort().reverse());
    }
  });

  it('keeps every open risk and issue for the Excel report; the appendix takes the high ones and counts the others', async () => {
    const sp = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
    const risks = (await sp.web.getList(`/sites/pmo/${RisksList.url}`).items.select('RiskStatus').top(5000)()) as Array<{ RiskStatus: string }>;
    const issues = (await sp.web.getList(`/sites/pmo/${IssuesList.url}`).items.select('IssueStatus').top(5000)()) as Array<{ IssueStatus: string }>;
    const open = risks.filter(r => isOpenRisk({ status: r.RiskStatus })).length + issues.filter(i => isOpenIssue({ status: i.IssueStatus })).length;
    const all = projects.flatMap(p => p.risksAndIssues);
    expect(all).toHaveLength(open);
    const appendix = reportAppendix(projects);
    expect(appendix.highRiskScore).toBe(DEFAULT_RISK_THRESHOLDS.high);
    expect(appendix.risksAndIssues.every(i => (i.kind === 'risk' ? (i.score ?? 0) >= DEFAULT_RISK_THRESHOLDS.high : i.priority === 'High' || i.priority === 'Critical'))).toBe(true);
    expect(appendix.risksAndIssues.length + appendix.leftOut).toBe(open);
    expect(appendix.risksAndIssues.length).toBeLessThan(open);
    expect(appendix.risksAndIssues.length).toBe(all.filter(i => i.kind === 'risk' ? (i.score ?? 0) >= DEFAULT_RISK_THRESHOLDS.high : i.priority === 'High' || i.priority === 'Critical').length);
  });

  it('has decisions needed on several running projects', () => {
    const deciding = projects.filter(p => p.decisions.length > 0);
    expect(deciding.length).toBeGreaterThanOrEqual(2);
    expect(deciding.every(p => p.status === 'Active')).toBe(true);
    expect(reportAppendix(projects).decisions.length).toBe(deciding.reduce((n, p) => n + p.decisions.length, 0));
  });
});
