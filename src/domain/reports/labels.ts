/**
 * The texts a report builder writes that are not user data: headings, column titles, code labels
 * and templates. The caller fills them from its strings module in the user's language; the
 * builders hold no text of their own. Templates take `{0}`, `{1}` … (`formatString` of
 * src/domain/text).
 */
import type { KpiStatus } from '../kpi';
import type { Rag, RagDimension } from '../portfolio';
import type { ReportEvmKey, ReportMilestoneState, ReportRaidKind } from './model';

/** Column titles of the report's tables (slides and sheets). */
export interface IReportColumnLabels {
  code: string;
  project: string;
  manager: string;
  programme: string;
  stage: string;
  status: string;
  statusDate: string;
  dimension: string;
  rag: string;
  comment: string;
  milestone: string;
  baseline: string;
  forecast: string;
  actual: string;
  state: string;
  /** Days between the baseline and the actual (or forecast) day, in the milestones sheet. */
  slipDays: string;
  kind: string;
  item: string;
  /** A risk's score or an issue's priority. */
  scoreOrPriority: string;
  score: string;
  priority: string;
  owner: string;
  due: string;
  decision: string;
  budget: string;
  startDate: string;
  endDate: string;
  nextMilestone: string;
  /** The next milestone's day, in the projects sheet. */
  nextMilestoneDate: string;
}

/** Headings and titles of slides, sections and sheets. */
export interface IReportHeadingLabels {
  /** The single-project report's document title ("Project status report"). */
  projectReport: string;
  /** The portfolio summary slide's title. */
  portfolioSummary: string;
  ragOverview: string;
  /** The RAG distribution chart's title. */
  ragDistribution: string;
  ragPerDimension: string;
  milestones: string;
  earnedValue: string;
  risksAndIssues: string;
  decisions: string;
  /** The status report's achievements in the period and its next steps (as the Project page names them). */
  achievements: string;
  nextSteps: string;
  /** The appendix slides' titles. */
  appendixRisks: string;
  appendixDecisions: string;
}

/** The Excel report's sheet names (at most 31 characters; characters Excel refuses are replaced). */
export interface IReportSheetLabels {
  projects: string;
  status: string;
  milestones: string;
  risks: string;
  budget: string;
}

/** Templates with `{0}`, `{1}` … */
export interface IReportTemplateLabels {
  /** A continued slide's title: {0} the title ("{0} (continued)"). */
  continued: string;
  /** The status date line: {0} the day ("Status date: {0}"). */
  statusDate: string;
  /** The project manager line: {0} the name ("Project manager: {0}"). */
  manager: string;
  /** The stage line: {0} the stage ("Stage: {0}"). */
  stage: string;
  /** The title slide's generation line: {0} date and time ("Generated on {0}"). */
  generatedAt: string;
  /**
   * The note under the risk appendix's title: {0} the score from which a risk is high, {1} how many
   * other open risks and issues are left out ("Open high risks (score {0} or more) and open issues of
   * high or critical priority. Not shown here: {1}; the Excel report lists every open risk and issue.").
   */
  appendixNote: string;
  /** The RAG distribution chart's text alternative: {0} the counts ("Green 4, Amber 2, Red 1, Not reported 0"). */
  chartAlternative: string;
  /** One count of that text: {0} the label, {1} the count ("{0} {1}"). */
  chartCount: string;
}

/** The lists a report shows, each with its own words for "none" and "+n more" (the grammar of its noun). */
export type ReportList = 'dimensions' | 'milestones' | 'risksAndIssues' | 'decisions' | 'kpis' | 'projects';

/** Every list, in the order the strings modules hold their words. */
export const REPORT_LISTS: ReadonlyArray<ReportList> = ['dimensions', 'milestones', 'risksAndIssues', 'decisions', 'kpis', 'projects'];

/** What a list says when it is empty, and under it when it is capped. */
export interface IReportListLabels {
  /** An empty list ("None"; Italian "Nessuna" for decisions, "Nessuno" for risks). */
  none: string;
  /** The line under a capped list: {0} how many more items are not shown ("+{0} more"; Italian "+{0} altre" for milestones). */
  more: string;
}

/** File name bases (the builders add the subject, the day and the extension). */
export interface IReportFileLabels {
  /** The single-project report ("Status report"). */
  projectReport: string;
  /** The multi-project report ("Portfolio report"). */
  portfolioReport: string;
}

/** Everything a report builder writes besides user data, in the user's language. */
export interface IReportLabels {
  /** RAG codes as words (the colour always has its word beside it). */
  rag: Readonly<Record<Rag, string>>;
  /** A dimension that was not rated, or a project without a published report ("Not reported"). */
  noRag: string;
  /** The RAG of a closed or cancelled project, which has none ("No current status"). */
  noCurrentRag: string;
  /**
   * A status report dimension's name, as the Project page's "Latest status" names it (one source):
   * `title` (the PMO's own dimension) when given, else the standard name, else the code.
   */
  dimension(code: RagDimension | string, title?: string): string;
  /** A stage code's label (Projects.Prince2Stage). */
  stage(code: string): string;
  /** A lifecycle status code's label (Projects.LifecycleStatus). */
  status(code: string): string;
  /** A priority code's label (Issues.Priority). */
  priority(code: string): string;
  milestoneStates: Readonly<Record<ReportMilestoneState, string>>;
  kpiStatuses: Readonly<Record<KpiStatus, string>>;
  /** Earned-value figure names ("PV", "SPI" …, as the user's language abbreviates them). */
  evm: Readonly<Record<ReportEvmKey, string>>;
  raidKinds: Readonly<Record<ReportRaidKind, string>>;
  /** What each list says when empty or capped. */
  lists: Readonly<Record<ReportList, IReportListLabels>>;
  /** What the earned-value section says without inputs ("No earned-value data"). */
  noEarnedValue: string;
  columns: Readonly<IReportColumnLabels>;
  headings: Readonly<IReportHeadingLabels>;
  sheets: Readonly<IReportSheetLabels>;
  templates: Readonly<IReportTemplateLabels>;
  files: Readonly<IReportFileLabels>;
}
