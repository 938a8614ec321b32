/**
 * Test data of the report documents' tests: English labels (the builders hold no text; the web
 * parts pass their strings module's), a project's report data and a portfolio of any size.
 */
import type { KpiStatus } from '../../../../domain/kpi';
import type { Rag } from '../../../../domain/portfolio';
import type { IPortfolioReportData, IProjectReportData, IReportLabels, IReportOverviewRow } from '../../../../domain/reports';

const STAGES: Record<string, string> = { StartingUp: 'Starting up', Initiation: 'Initiation', Delivery: 'Delivery', Closing: 'Closing' };
const STATUSES: Record<string, string> = { Proposed: 'Proposed', Active: 'Active', OnHold: 'On hold', Closed: 'Closed', Cancelled: 'Cancelled' };

const DIMENSIONS: Record<string, string> = { overall: 'Overall', schedule: 'Schedule', cost: 'Cost', scope: 'Scope', quality: 'Quality', risk: 'Risks', resources: 'Resources' };
const LIST = { none: 'None', more: '+{0} more' } as const;

/** English labels, as the web parts' strings would give them. */
export const labels: IReportLabels = {
  rag: { Green: 'Green', Amber: 'Amber', Red: 'Red' },
  noRag: 'Not reported',
  noCurrentRag: 'No current status',
  dimension: (code, title) => title || (DIMENSIONS[code] ?? code),
  stage: code => STAGES[code] ?? code,
  status: code => STATUSES[code] ?? code,
  priority: code => code,
  milestoneStates: { achieved: 'Achieved', achievedLate: 'Achieved late', late: 'Late', slipping: 'Slipping', onTrack: 'On track', cancelled: 'Cancelled', unknown: 'Not planned' },
  kpiStatuses: { green: 'On target', amber: 'Watch', red: 'Off target', noData: 'No data' },
  evm: { bac: 'BAC', pv: 'PV', ev: 'EV', ac: 'AC', sv: 'SV', cv: 'CV', spi: 'SPI', cpi: 'CPI', eac: 'EAC', etc: 'ETC', vac: 'VAC' },
  raidKinds: { risk: 'Risk', issue: 'Issue', decision: 'Decision needed' },
  lists: { dimensions: LIST, milestones: LIST, risksAndIssues: LIST, decisions: LIST, kpis: LIST, projects: LIST },
  noEarnedValue: 'No earned-value data',
  columns: {
    code: 'Code', project: 'Project', manager: 'Project manager', programme: 'Programme', stage: 'Stage', status: 'Lifecycle status', statusDate: 'Status date',
    dimension: 'Dimension', rag: 'RAG', comment: 'Comment', milestone: 'Milestone', baseline: 'Baseline', forecast: 'Forecast', actual: 'Actual', state: 'State',
    slipDays: 'Slip (days)', kind: 'Kind', item: 'Item', scoreOrPriority: 'Score / priority', score: 'Score', priority: 'Priority', owner: 'Owner', due: 'Due',
    decision: 'Decision', budget: 'Budget', startDate: 'Start', endDate: 'End', nextMilestone: 'Next milestone', nextMilestoneDate: 'Milestone date'
  },
  headings: {
    projectReport: 'Project status report', portfolioSummary: 'Portfolio summary', ragOverview: 'RAG overview', ragDistribution: 'RAG distribution',
    ragPerDimension: 'Status per dimension', milestones: 'Milestones', earnedValue: 'Earned value', risksAndIssues: 'Top risks and issues', decisions: 'Decisions needed',
    achievements: 'Achievements', nextSteps: 'Next steps',
    appendixRisks: 'Appendix: risks and issues', appendixDecisions: 'Appendix: decisions needed'
  },
  sheets: { projects: 'Projects', status: 'Status', milestones: 'Milestones', risks: 'Risks', budget: 'Budget' },
  templates: {
    continued: '{0} (continued)', statusDate: 'Status date: {0}', manager: 'Project manager: {0}', stage: 'Stage: {0}', generatedAt: 'Generated on {0}',
    appendixNote: 'Open high risks (score {0} or more) and open issues of high or critical priority. Not shown here: {1}; the Excel report lists every open risk and issue.',
    chartAlternative: 'Projects by overall RAG: {0}', chartCount: '{0} {1}'
  },
  files: { projectReport: 'Status report', portfolioReport: 'Portfolio report' }
};

const RAGS: ReadonlyArray<Rag> = ['Green', 'Amber', 'Red'];

/** Project `i`'s report data (deterministic: RAG, milestones, earned value, risks and decisions vary with i), with `extra` fields. */
export function projectData(i: number, extra: Partial<IProjectReportData> = {}): IProjectReportData {
  const rag = RAGS[i % 3];
  return {
    id: i,
    code: `PRJ-2027-${String(i).padStart(4, '0')}`,
    title: `Project ${i} – citizen portal`,
    manager: 'Anna Schmidt',
    stage: 'Delivery',
    status: 'Active',
    statusDate: '2027-03-31',
    rag: { overall: rag, schedule: rag, cost: 'Green', scope: 'Green', risk: 'Amber' },
    dimensions: [
      { dimension: 'overall', rag, comment: `Overall ${rag} for project ${i}.` }, { dimension: 'schedule', rag, comment: 'Vendor late by two weeks.' },
      { dimension: 'cost', rag: 'Green' }, { dimension: 'scope', rag: 'Green' }, { dimension: 'quality', rag: 'Green' }, { dimension: 'risk', rag: 'Amber', comment: 'Supplier risk rising.' },
      { dimension: 'resources', rag: 'Amber', comment: 'Two testers leave in May.' }
    ],
    achievements: 'Design approved; pilot users trained.',
    nextSteps: 'Start the data migration.\nPrepare the go-live decision.',
    milestones: [
      { title: 'Design approved', baseline: '2027-01-15', actual: '2027-01-20', state: 'achievedLate' },
      { title: 'Go-live', baseline: '2027-06-30', forecast: '2027-07-14', state: 'slipping' }
    ],
    earnedValue: { bac: 500000, pv: 200000, ev: 180000, ac: 210000, sv: -20000, cv: -30000, spi: 0.9, cpi: 180000 / 210000, eac: 500000 / (180000 / 210000), etc: 500000 / (180000 / 210000) - 210000, vac: 500000 - 500000 / (180000 / 210000) },
    risksAndIssues: [
      { kind: 'risk', title: 'Key supplier insolvency', score: 16, owner: 'Hugo Lefèvre', due: '2027-05-01' },
      { kind: 'issue', title: 'Test environment down', priority: 'High', owner: 'Emma Clarke', due: '2027-04-10' }
    ],
    decisions: [{ title: 'Approve change request CR-12', owner: 'Steering board', due: '2027-04-15' }],
    ...extra
  };
}

/** The grid's row of a project's report data. */
export function overviewRow(p: IProjectReportData): IReportOverviewRow {
  return { id: p.id, title: p.title, code: p.code, projectManager: { id: 1, name: p.manager ?? '' }, stage: p.stage, status: p.status, rag: p.rag, lastReportDate: p.statusDate, budget: p.earnedValue?.bac };
}

const TILE_STATUSES: ReadonlyArray<KpiStatus> = ['green', 'amber', 'red', 'noData'];

/** A multi-project report of `projects` (its overview their grid rows, its appendix their risks, issues and decisions). */
export function portfolioData(projects: IProjectReportData[], extra: Partial<IPortfolioReportData> = {}): IPortfolioReportData {
  return {
    title: 'Board report Q1',
    generatedAt: '2027-03-31T08:30:00Z',
    generatedOn: '2027-03-31',
    scope: 'Programme: Digital Transformation; status: Active',
    kpis: ['Share green', 'Average SPI', 'Open high risks', 'Benefits realised', 'Overdue issues'].map((name, i) => ({ name, value: `${80 + i}`, status: TILE_STATUSES[i % 4], trend: 'Improving over 6 months' })),
    overview: projects.map(overviewRow),
    projects,
    appendix: {
      risksAndIssues: projects.slice(0, 3).map(p => ({ ...p.risksAndIssues[0], project: p.title })),
      decisions: projects.slice(0, 2).map(p => ({ ...p.decisions[0], project: p.title })),
      leftOut: 4,
      highRiskScore: 15
    },
    ...extra
  };
}

/** Projects 1 … n. */
export const projectsUpTo = (n: number): IProjectReportData[] => Array.from({ length: n }, (_, k) => projectData(k + 1));
