import { END_REPORT_SECTIONS, endProjectReport, type IEndReportInput, type IEndReportSection } from './index';

/*
 * The sections follow PRINCE2 2017's End Project Report product (AXELOS, "Managing Successful
 * Projects with PRINCE2", appendix A; composition from memory): project manager's report, review of
 * the business case (costs, benefits), of the objectives, of team performance, of the products,
 * lessons, follow-on actions (open issues and risks handed over). Figures worked by hand.
 */
const INPUT: IEndReportInput = {
  projectTitle: 'E-invoicing for suppliers',
  today: '2027-09-01',
  managerSummary: 'Delivered in four stages; one change request (NIS2 reporting).',
  objectives: [{ text: 'Accept XRechnung invoices', achieved: true }, { text: 'Cut processing time to 5 days', achieved: false }, { text: 'Retire the scan line' }],
  budgetLines: [{ fiscalYear: 2026, planned: 300000, actual: 280000 }, { fiscalYear: 2027, planned: 100000, forecast: 150000, actual: 150000 }],
  milestones: [
    { title: 'Pilot live', baselineDate: '2027-02-15', actualDate: '2027-03-01' },
    { title: 'All suppliers', baselineDate: '2027-06-30', actualDate: '2027-06-28' },
    { title: 'Archive migrated', baselineDate: '2027-08-31', forecastDate: '2027-10-15' }
  ],
  benefits: [{ title: 'Processing time', unit: 'days', baseline: 20, target: 5, plannedDate: '2027-12-31', measurements: [{ on: '2027-08-01', value: 8 }] }],
  risks: [
    { id: 1, title: 'Supplier adoption', probability: 3, impact: 4, status: 'Mitigating', owner: 'A. Rossi', proximity: '2027-10-01' },
    { id: 2, title: 'Archive format', probability: 4, impact: 4, status: 'Open' },
    { id: 3, title: 'Old risk', probability: 5, impact: 5, status: 'Closed' }
  ],
  issues: [
    { title: 'Two suppliers send PDFs', status: 'InProgress', raisedOn: '2027-07-01', dueDate: '2027-08-15', priority: 'High', owner: 'B. Meyer' },
    { title: 'Fixed', status: 'Resolved', raisedOn: '2027-01-01' }
  ],
  lessons: [{ category: 'Procurement', type: 'ToImprove', title: 'Start the tender before initiation ends', recommendation: 'Add it to the initiation gate checklist' }]
};

const sectionOf = (key: string): IEndReportSection => endProjectReport(INPUT).sections.find(s => s.key === key) as IEndReportSection;

describe('end project report', () => {
  it('has the PRINCE2 sections in order, with heading keys', () => {
    const report = endProjectReport(INPUT);
    expect(report.projectTitle).toBe('E-invoicing for suppliers');
    expect(report.generatedOn).toBe('2027-09-01');
    expect(report.sections.map(s => s.key)).toEqual([...END_REPORT_SECTIONS]);
    expect(report.sections.map(s => s.heading)).toEqual(END_REPORT_SECTIONS.map(k => `EndReport_${k}`));
    for (const s of report.sections) for (const t of s.tables) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });

  it('project manager\'s report: the summary and the key figures', () => {
    const s = sectionOf('ProjectManagerReport');
    expect(s.paragraphs).toEqual([{ kind: 'text', value: INPUT.managerSummary }]);
    expect(s.tables[0].rows.map(r => r[1])).toEqual([
      { kind: 'number', value: 1 }, { kind: 'number', value: 3 },
      { kind: 'amount', value: 400000 }, { kind: 'amount', value: 430000 }, { kind: 'amount', value: 30000 },
      { kind: 'number', value: 2 }, // pilot 14 days late, archive forecast 45 days late
      { kind: 'number', value: 2 }, { kind: 'number', value: 1 }
    ]);
  });

  it('business case review: costs against plan and benefits realised', () => {
    const [costs, benefits] = sectionOf('BusinessCaseReview').tables;
    expect(costs.rows).toEqual([[
      { kind: 'amount', value: 400000 }, { kind: 'amount', value: 450000 }, { kind: 'amount', value: 430000 }, { kind: 'amount', value: 30000 }, { kind: 'number', value: 7.5, unit: 'percent' }
    ]]);
    // 20 → 5 days, measured 8: (8 − 20) ÷ (5 − 20) = 80 %
    expect(benefits.rows).toEqual([[
      { kind: 'text', value: 'Processing time' }, { kind: 'number', value: 20 }, { kind: 'number', value: 5 }, { kind: 'number', value: 8 },
      { kind: 'number', value: 80, unit: 'percent' }, { kind: 'date', value: '2027-12-31' }, { kind: 'code', field: 'BenefitStatus', value: 'OnTrack' }
    ]]);
  });

  it('objectives, team performance, products with their slip', () => {
    expect(sectionOf('ObjectivesReview').tables[0].rows.map(r => r[1])).toEqual([
      { kind: 'label', key: 'EndReport_Achieved' }, { kind: 'label', key: 'EndReport_NotAchieved' }, { kind: 'label', key: 'EndReport_NotAssessed' }
    ]);
    expect(sectionOf('TeamPerformance').paragraphs).toEqual([{ kind: 'empty' }]);
    expect(sectionOf('ProductsReview').tables[0].rows.map(r => r[3])).toEqual([
      { kind: 'number', value: 14, unit: 'days' }, { kind: 'number', value: -2, unit: 'days' }, { kind: 'number', value: 45, unit: 'days' }
    ]);
  });

  it('lessons and the open risks and issues handed over', () => {
    expect(sectionOf('Lessons').tables[0].rows[0].slice(0, 2)).toEqual([{ kind: 'code', field: 'LessonCategory', value: 'Procurement' }, { kind: 'code', field: 'LessonType', value: 'ToImprove' }]);
    const [risks, issues] = sectionOf('FollowOnActions').tables;
    expect(risks.rows.map(r => [r[0], r[1]])).toEqual([
      [{ kind: 'text', value: 'Archive format' }, { kind: 'number', value: 16 }],
      [{ kind: 'text', value: 'Supplier adoption' }, { kind: 'number', value: 12 }]
    ]);
    expect(issues.rows).toEqual([[
      { kind: 'text', value: 'Two suppliers send PDFs' }, { kind: 'code', field: 'Priority', value: 'High' }, { kind: 'code', field: 'IssueStatus', value: 'InProgress' },
      { kind: 'text', value: 'B. Meyer' }, { kind: 'date', value: '2027-08-15' }, { kind: 'label', key: 'EndReport_Overdue' }, { kind: 'number', value: 62, unit: 'days' }
    ]]);
  });

  it('an empty project gives every section, empty tables and no percent for a zero plan', () => {
    const report = endProjectReport({ projectTitle: 'x', today: '2027-01-01', objectives: [], budgetLines: [], milestones: [], benefits: [], risks: [], issues: [], lessons: [] });
    expect(report.sections).toHaveLength(7);
    expect(report.sections[1].tables[0].rows[0][4]).toEqual({ kind: 'empty' });
  });
});
