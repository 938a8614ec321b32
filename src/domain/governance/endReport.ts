/**
 * The END PROJECT REPORT's content (pure): PRINCE2's End Project Report product (PRINCE2 2017,
 * AXELOS, appendix A — the project manager's report, the review of the business case and benefits,
 * of the objectives, of the team's performance and of the products, the lessons, and the follow-on
 * actions: open issues and risks handed over; composition from memory of the book).
 *
 * `endProjectReport` turns plain inputs into sections of headed rows; a later service renders them
 * as a Word or HTML document the PM can edit. Headings and column titles are src/loc keys
 * (`EndReport_<Section>`, `EndReport_Column_<Name>`); user text stays as written; codes are shown
 * through `Choice_<Field>_<Code>`. Nothing is rendered or formatted here.
 */
import { budgetTotals, type IBudgetLineAmounts } from '../budget';
import { daysBetween, isIsoDay, type IsoDay } from '../dates';
import { benefitRealisation, type IBenefitPlan } from './benefits';
import { isOpenIssue, issueAgeDays, isOverdue, type IIssueRow } from './issues';
import { topRisks, type IRiskRow } from './risks';

/** One cell of a report row. */
export type ReportCell =
  | { kind: 'text'; value: string }
  | { kind: 'label'; key: string }
  | { kind: 'code'; field: string; value: string }
  | { kind: 'amount'; value: number }
  | { kind: 'number'; value: number; unit?: 'days' | 'percent' }
  | { kind: 'date'; value: IsoDay }
  | { kind: 'empty' };

/** The sections, in the report's order. */
export type EndReportSectionKey = 'ProjectManagerReport' | 'BusinessCaseReview' | 'ObjectivesReview' | 'TeamPerformance' | 'ProductsReview' | 'Lessons' | 'FollowOnActions';
/** Every section key, in order. */
export const END_REPORT_SECTIONS: ReadonlyArray<EndReportSectionKey> = ['ProjectManagerReport', 'BusinessCaseReview', 'ObjectivesReview', 'TeamPerformance', 'ProductsReview', 'Lessons', 'FollowOnActions'];

/** A table of a section: column title keys and rows of as many cells. */
export interface IReportTable {
  /** A key for the table's caption. */
  caption: string;
  columns: string[];
  rows: ReportCell[][];
}

/** A section: its heading key, paragraphs (text the PM edits) and tables. */
export interface IEndReportSection {
  key: EndReportSectionKey;
  heading: string;
  paragraphs: ReportCell[];
  tables: IReportTable[];
}

/** The report. */
export interface IEndReport {
  projectTitle: string;
  generatedOn: IsoDay;
  sections: IEndReportSection[];
}

/** The plain inputs of the report (the services read them from the project's lists). */
export interface IEndReportInput {
  projectTitle: string;
  /** The day of generation. */
  today: IsoDay;
  /** The PM's summary and the team's performance, as written (empty: a paragraph to fill in). */
  managerSummary?: string;
  teamPerformance?: string;
  objectives: ReadonlyArray<{ text: string; achieved?: boolean }>;
  budgetLines: ReadonlyArray<IBudgetLineAmounts>;
  milestones: ReadonlyArray<{ title: string; baselineDate?: IsoDay; forecastDate?: IsoDay; actualDate?: IsoDay }>;
  benefits: ReadonlyArray<IBenefitPlan & { title: string; unit?: string }>;
  risks: ReadonlyArray<IRiskRow & { title: string; owner?: string }>;
  issues: ReadonlyArray<IIssueRow & { title: string; owner?: string; priority?: string }>;
  lessons: ReadonlyArray<{ category: string; type: string; title: string; recommendation?: string }>;
}

const text = (value: string | undefined): ReportCell => (value && value.trim() !== '' ? { kind: 'text', value } : { kind: 'empty' });
const amount = (value: number): ReportCell => ({ kind: 'amount', value });
const days = (value: number | undefined): ReportCell => (value === undefined ? { kind: 'empty' } : { kind: 'number', value, unit: 'days' });
const percent = (value: number | undefined): ReportCell => (value === undefined ? { kind: 'empty' } : { kind: 'number', value, unit: 'percent' });
const date = (value: IsoDay | undefined): ReportCell => (isIsoDay(value) ? { kind: 'date', value } : { kind: 'empty' });
const code = (field: string, value: string | undefined): ReportCell => (value ? { kind: 'code', field, value } : { kind: 'empty' });
const label = (key: string): ReportCell => ({ kind: 'label', key });
const col = (name: string): string => `EndReport_Column_${name}`;

function section(key: EndReportSectionKey, paragraphs: ReportCell[], tables: IReportTable[] = []): IEndReportSection {
  return { key, heading: `EndReport_${key}`, paragraphs, tables };
}

/** Days a milestone finished (or is forecast) after its baseline; undefined without both days. */
function slipDays(m: IEndReportInput['milestones'][number]): number | undefined {
  const end = isIsoDay(m.actualDate) ? m.actualDate : m.forecastDate;
  return isIsoDay(m.baselineDate) && isIsoDay(end) ? daysBetween(m.baselineDate, end) : undefined;
}

function managerReport(input: IEndReportInput): IEndReportSection {
  const budget = budgetTotals(input.budgetLines);
  const achieved = input.objectives.filter(o => o.achieved === true).length;
  const late = input.milestones.filter(m => (slipDays(m) ?? 0) > 0).length;
  const facts: IReportTable = {
    caption: 'EndReport_KeyFigures',
    columns: [col('Figure'), col('Value')],
    rows: [
      [label('EndReport_ObjectivesAchieved'), { kind: 'number', value: achieved }],
      [label('EndReport_ObjectivesTotal'), { kind: 'number', value: input.objectives.length }],
      [label('EndReport_BudgetPlanned'), amount(budget.planned)],
      [label('EndReport_BudgetActual'), amount(budget.actual)],
      [label('EndReport_BudgetVariance'), amount(budget.actualVariance)],
      [label('EndReport_MilestonesLate'), { kind: 'number', value: late }],
      [label('EndReport_OpenRisksHandedOver'), { kind: 'number', value: topRisks(input.risks, input.risks.length).length }],
      [label('EndReport_OpenIssuesHandedOver'), { kind: 'number', value: input.issues.filter(isOpenIssue).length }]
    ]
  };
  return section('ProjectManagerReport', [text(input.managerSummary)], [facts]);
}

function businessCaseReview(input: IEndReportInput): IEndReportSection {
  const budget = budgetTotals(input.budgetLines);
  const costs: IReportTable = {
    caption: 'EndReport_Costs',
    columns: [col('Planned'), col('Forecast'), col('Actual'), col('Variance'), col('VariancePercent')],
    rows: [[amount(budget.planned), amount(budget.forecast), amount(budget.actual), amount(budget.actualVariance), percent(budget.planned !== 0 ? (budget.actualVariance / budget.planned) * 100 : undefined)]]
  };
  const benefits: IReportTable = {
    caption: 'EndReport_Benefits',
    columns: [col('Benefit'), col('Baseline'), col('Target'), col('Realised'), col('Progress'), col('PlannedDate'), col('Status')],
    rows: input.benefits.map(b => {
      const r = benefitRealisation(b, input.today);
      const n = (v: number | undefined): ReportCell => (typeof v === 'number' && Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'empty' });
      return [text(b.title), n(b.baseline), n(b.target), n(r.latest?.value), percent(r.progressPercent), date(b.plannedDate), code('BenefitStatus', r.suggestedStatus)];
    })
  };
  return section('BusinessCaseReview', [], [costs, benefits]);
}

function objectivesReview(input: IEndReportInput): IEndReportSection {
  const rows = input.objectives.map(o => [text(o.text), label(o.achieved === true ? 'EndReport_Achieved' : o.achieved === false ? 'EndReport_NotAchieved' : 'EndReport_NotAssessed')]);
  return section('ObjectivesReview', [], [{ caption: 'EndReport_Objectives', columns: [col('Objective'), col('Result')], rows }]);
}

function productsReview(input: IEndReportInput): IEndReportSection {
  const rows = input.milestones.map(m => [text(m.title), date(m.baselineDate), date(m.actualDate ?? m.forecastDate), days(slipDays(m))]);
  return section('ProductsReview', [], [{ caption: 'EndReport_Milestones', columns: [col('Milestone'), col('Baseline'), col('Actual'), col('SlipDays')], rows }]);
}

function lessons(input: IEndReportInput): IEndReportSection {
  const rows = input.lessons.map(l => [code('LessonCategory', l.category), code('LessonType', l.type), text(l.title), text(l.recommendation)]);
  return section('Lessons', [], [{ caption: 'EndReport_LessonsTable', columns: [col('Category'), col('Type'), col('Lesson'), col('Recommendation')], rows }]);
}

function followOnActions(input: IEndReportInput): IEndReportSection {
  const risks = topRisks(input.risks, input.risks.length).map(({ risk, score }) => [text(risk.title), { kind: 'number', value: score } as ReportCell, code('RiskStatus', risk.status), text(risk.owner), date(risk.proximity)]);
  const issues = input.issues.filter(isOpenIssue).map(i => [
    text(i.title), code('Priority', i.priority), code('IssueStatus', i.status), text(i.owner), date(i.dueDate),
    isOverdue(i, input.today) ? label('EndReport_Overdue') : { kind: 'empty' } as ReportCell, days(issueAgeDays(i, input.today))
  ]);
  return section('FollowOnActions', [], [
    { caption: 'EndReport_OpenRisks', columns: [col('Risk'), col('Score'), col('Status'), col('Owner'), col('Proximity')], rows: risks },
    { caption: 'EndReport_OpenIssues', columns: [col('Issue'), col('Priority'), col('Status'), col('Owner'), col('DueDate'), col('Overdue'), col('AgeDays')], rows: issues }
  ]);
}

/**
 * The end project report of a project: the seven sections of `END_REPORT_SECTIONS`, in order. Open
 * risks (Open, Mitigating, rated) are handed over highest score first; open issues (Open,
 * InProgress) in input order with overdue flag and age; budget totals from `../budget` (actual −
 * planned; the percent is empty for a zero plan); benefits with `benefitRealisation` on `today`;
 * milestones with their slip (actual, else forecast, minus baseline, in days).
 */
export function endProjectReport(input: IEndReportInput): IEndReport {
  return {
    projectTitle: input.projectTitle,
    generatedOn: input.today,
    sections: [
      managerReport(input),
      businessCaseReview(input),
      objectivesReview(input),
      section('TeamPerformance', [text(input.teamPerformance)]),
      productsReview(input),
      lessons(input),
      followOnActions(input)
    ]
  };
}
