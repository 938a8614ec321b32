/**
 * The project-level KPIs on a worked example: RAG shares and the portfolio's SPI and CPI, read from
 * the status report valid at each day. SPI = EV / PV and CPI = EV / AC (PMBOK® Guide 6th ed.,
 * Table 7-1; PMI Practice Standard for Earned Value Management, 2nd ed.), rolled up from summed EV,
 * PV and AC (the portfolio's index is the PV- or AC-weighted average of the projects' indices).
 */
import { computeKpi, type IKpiData, type IKpiProject, type IKpiStatusReport } from './index';

let nextId = 1;
function report(projectId: number, reportDate: string, overall: 'Green' | 'Amber' | 'Red' | undefined, evm: { pv?: number; ev?: number; ac?: number } = {}, status: string = 'Published'): IKpiStatusReport {
  return { id: nextId++, projectId, reportDate, status, rag: overall ? { overall } : {}, ...evm };
}

const projects: IKpiProject[] = [
  { id: 1, status: 'Active' },
  { id: 2, status: 'Active' },
  { id: 3, status: 'Closed', endedOn: '2027-02-15' },
  { id: 4, status: 'Active' },
  { id: 5, status: 'OnHold' },
  { id: 6, status: 'Cancelled' },
  { id: 7, status: 'Active' }
];

const reports: IKpiStatusReport[] = [
  report(1, '2027-01-31', 'Green', { pv: 100, ev: 90, ac: 100 }),
  report(1, '2027-02-28', 'Amber', { pv: 200, ev: 180, ac: 200 }),
  report(1, '2027-03-31', 'Red', { pv: 300, ev: 100, ac: 900 }, 'Draft'), // a draft never counts
  report(2, '2027-03-15', 'Red', { pv: 1000, ev: 800, ac: 1000 }),
  report(3, '2027-01-31', 'Green', { pv: 50, ev: 50, ac: 40 }),
  report(5, '2027-03-10', 'Green'), // no earned value
  report(6, '2027-01-31', 'Red', { pv: 10, ev: 1, ac: 10 }), // cancelled, day unknown: never counts
  report(7, '2027-03-20', 'Green', { pv: 400, ev: 420, ac: 350 })
];

const data: IKpiData = { projects, reports };
const at = (day: string): { at: string } => ({ at: day });
const value = (code: string, day: string, d: IKpiData = data): unknown => {
  const r = computeKpi(code, d, at(day));
  return r.kind === 'value' ? { value: Number(r.value.toFixed(4)), basis: r.basis } : r;
};

describe('RAG shares (PMO Hub\'s own definition)', () => {
  it('share of running projects per overall RAG of the report valid at the end of March', () => {
    // Running on 31 March: 1, 2, 4, 5, 7 (3 ended in February, 6 was cancelled). Rated: 1 (Amber, its
    // February report: the March one is a draft), 2 (Red), 5 (Green), 7 (Green); 4 has no report.
    expect(value('RagShareGreen', '2027-03-31')).toEqual({ value: 50, basis: 4 });
    expect(value('RagShareAmber', '2027-03-31')).toEqual({ value: 25, basis: 4 });
    expect(value('RagShareRed', '2027-03-31')).toEqual({ value: 25, basis: 4 });
  });

  it('reads each project as it was at a past period\'s end', () => {
    // 31 January: 1 Green (January report), 3 Green (still running until 15 February); 2, 5 and 7 had not reported.
    expect(value('RagShareGreen', '2027-01-31')).toEqual({ value: 100, basis: 2 });
    expect(value('RagShareRed', '2027-01-31')).toEqual({ value: 0, basis: 2 });
    // 15 March, the day project 2 reported: its report counts that day (with 1 Amber and 5 Green); the day before, not.
    expect(value('RagShareRed', '2027-03-15')).toEqual({ value: 33.3333, basis: 3 });
    expect(value('RagShareRed', '2027-03-14')).toEqual({ value: 0, basis: 2 });
  });

  it('has no data before any report, or without running projects: never 0 %', () => {
    expect(computeKpi('RagShareGreen', data, at('2026-12-31'))).toEqual({ kind: 'noData', reason: 'noReports' });
    expect(computeKpi('RagShareRed', data, at('2026-12-31'))).toEqual({ kind: 'noData', reason: 'noReports' });
    expect(computeKpi('RagShareGreen', { reports }, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noProjects' });
    expect(computeKpi('RagShareGreen', { projects: [{ id: 6, status: 'Closed' }], reports }, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noProjects' });
    // A report with an impossible day, or on a project whose end day cannot be read, never counts.
    const odd: IKpiData = { projects: [{ id: 1, status: 'Active' }, { id: 2, status: 'Closed', endedOn: '2027-13-01' }], reports: [report(1, '2027-02-30', 'Green'), report(2, '2027-01-10', 'Green')] };
    expect(computeKpi('RagShareGreen', odd, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noReports' });
    // A report without an overall RAG rates nothing.
    expect(computeKpi('RagShareGreen', { projects, reports: [report(4, '2027-03-01', undefined)] }, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noReports' });
  });
});

describe('SPI and CPI (PMI)', () => {
  it('average: ΣEV / ΣPV and ΣEV / ΣAC over the running projects with the inputs', () => {
    // Projects 1 (PV 200, EV 180, AC 200), 2 (1000, 800, 1000), 7 (400, 420, 350); 5 has no inputs.
    // SPI = 1400 / 1600 = 0.875 (the plain mean of 0.9, 0.8 and 1.05 would be 0.9167: project 7 is small).
    expect(value('SpiAverage', '2027-03-31')).toEqual({ value: 0.875, basis: 3 });
    // CPI = 1400 / 1550 = 0.9032.
    expect(value('CpiAverage', '2027-03-31')).toEqual({ value: 0.9032, basis: 3 });
  });

  it('worst: the lowest project index', () => {
    // SPI: 0.9, 0.8, 1.05 → 0.8 (project 2); CPI: 0.9, 0.8, 1.2 → 0.8.
    expect(value('SpiWorst', '2027-03-31')).toEqual({ value: 0.8, basis: 3 });
    expect(value('CpiWorst', '2027-03-31')).toEqual({ value: 0.8, basis: 3 });
    // 31 January: projects 1 (SPI 0.9, CPI 0.9) and 3 (SPI 1, CPI 1.25).
    expect(value('SpiWorst', '2027-01-31')).toEqual({ value: 0.9, basis: 2 });
    expect(value('CpiWorst', '2027-01-31')).toEqual({ value: 0.9, basis: 2 });
    expect(value('SpiAverage', '2027-01-31')).toEqual({ value: Number((140 / 150).toFixed(4)), basis: 2 });
  });

  it('leaves out a project whose index is not available (PV or AC of 0)', () => {
    const d: IKpiData = { projects, reports: [report(1, '2027-03-01', 'Green', { pv: 0, ev: 0, ac: 0 }), report(2, '2027-03-01', 'Green', { pv: 100, ev: 95, ac: 0 })] };
    expect(value('SpiWorst', '2027-03-31', d)).toEqual({ value: 0.95, basis: 1 });
    expect(computeKpi('CpiWorst', d, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noEarnedValue' });
    // Summed AC is 0: no CPI, not Infinity.
    expect(computeKpi('CpiAverage', d, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noEarnedValue' });
  });

  it('has no data without earned-value inputs: never 0 or 1', () => {
    const noEvm: IKpiData = { projects, reports: [report(5, '2027-03-10', 'Green')] };
    for (const code of ['SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst']) {
      expect(computeKpi(code, noEvm, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noEarnedValue' });
      expect(computeKpi(code, data, at('2026-12-31'))).toEqual({ kind: 'noData', reason: 'noEarnedValue' });
      expect(computeKpi(code, { reports }, at('2027-03-31'))).toEqual({ kind: 'noData', reason: 'noProjects' });
    }
  });
});
