/**
 * The report data model: what a single-project status report and a multi-project (portfolio) report
 * hold, as plain data that the PowerPoint and Excel builders read. Codes (RAG, stage, lifecycle
 * status, priority, milestone state, KPI status) stay codes; the builders show them through the
 * caller's labels (`labels.ts`). Days are 'YYYY-MM-DD' (src/domain/dates); amounts are numbers in the
 * portfolio's currency; user text (titles, comments, names) is kept as the users wrote it.
 */
import type { IsoDay } from '../dates';
import type { KpiStatus } from '../kpi';
import type { IPortfolioRow, Rag, RagDimension } from '../portfolio';

/**
 * How a milestone stands at the report's status date (see `reportMilestoneState`):
 * - `achieved`: done on or before its baseline day (or done, without a baseline);
 * - `achievedLate`: done after its baseline day;
 * - `late`: not done and its baseline day is before the status date;
 * - `slipping`: not done, not yet due, but forecast after its baseline day;
 * - `onTrack`: not done, not yet due, forecast (if any) on or before its baseline day;
 * - `cancelled`: cancelled;
 * - `unknown`: not done and without a baseline or forecast to judge it by.
 */
export type ReportMilestoneState = 'achieved' | 'achievedLate' | 'late' | 'slipping' | 'onTrack' | 'cancelled' | 'unknown';

/** Every milestone state, in the order a legend lists them. */
export const REPORT_MILESTONE_STATES: ReadonlyArray<ReportMilestoneState> = ['achieved', 'achievedLate', 'late', 'slipping', 'onTrack', 'cancelled', 'unknown'];

/** A milestone as a report shows it. */
export interface IReportMilestone {
  /** The milestone's title (user text). */
  title: string;
  /** Baseline, forecast and actual days, 'YYYY-MM-DD'. */
  baseline?: IsoDay;
  forecast?: IsoDay;
  actual?: IsoDay;
  state: ReportMilestoneState;
}

/**
 * An earned-value figure of a report: the inputs PV, EV, AC and BAC (cumulative amounts at the
 * status date) and the figures of src/domain/evm derived from them.
 */
export type ReportEvmKey = 'bac' | 'pv' | 'ev' | 'ac' | 'sv' | 'cv' | 'spi' | 'cpi' | 'eac' | 'etc' | 'vac';

/** The earned-value figures a report shows, in the order it shows them: inputs, indices, forecasts. */
export const REPORT_EVM_FIGURES: ReadonlyArray<ReportEvmKey> = ['bac', 'pv', 'ev', 'ac', 'spi', 'cpi', 'eac', 'vac'];

/** Every earned-value figure the Excel report's budget sheet holds, in its column order. */
export const REPORT_EVM_COLUMNS: ReadonlyArray<ReportEvmKey> = ['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac'];

/** The figures that are indices (ratios, 1 = on plan); the others are amounts. */
export const REPORT_EVM_INDICES: ReadonlyArray<ReportEvmKey> = ['spi', 'cpi'];

/** Earned value at the status date: each figure's value, absent where it is not available. */
export type IReportEarnedValue = Partial<Record<ReportEvmKey, number>>;

/** What a RAID item of a report is. */
export type ReportRaidKind = 'risk' | 'issue' | 'decision';

/** A top risk or issue as a report shows it. */
export interface IReportRaidItem {
  kind: 'risk' | 'issue';
  /** The item's title (user text). */
  title: string;
  /** A risk's score, probability × impact (1–25). */
  score?: number;
  /** An issue's priority code (Low, Medium, High, Critical). */
  priority?: string;
  /** The owner's display name. */
  owner?: string;
  /** A risk's proximity, an issue's due day, 'YYYY-MM-DD'. */
  due?: IsoDay;
  /**
   * Whether the board's appendix takes it: a risk whose score is in the register's High band (the
   * PMO's risk thresholds), an issue of High or Critical priority.
   */
  high?: boolean;
}

/** A decision the project needs from the board or its sponsor. */
export interface IReportDecision {
  /** What is to be decided (user text). */
  title: string;
  /** Who is to decide or brings it (display name). */
  owner?: string;
  /** The day it is needed by, 'YYYY-MM-DD'. */
  due?: IsoDay;
}

/** One dimension of a project's status report as the report shows it (every dimension the report rates, overall first). */
export interface IReportDimension {
  /** The dimension's code: 'overall', a standard one (schedule, cost, scope, quality, risk, resources) or one of the PMO's own. */
  dimension: string;
  /** The PMO's title of a dimension of its own (the standard ones are named by the labels, as the Project page names them). */
  title?: string;
  rag?: Rag;
  /** The project manager's comment (user text). */
  comment?: string;
}

/** The data of a single-project status report (one slide; one project of a multi-project report). */
export interface IProjectReportData {
  /** The Projects item id. */
  id: number;
  /** The project code (e.g. PRJ-2025-0001). */
  code?: string;
  title: string;
  /** The project manager's display name. */
  manager?: string;
  /** PRINCE2 stage code (Projects.Prince2Stage). */
  stage?: string;
  /** Lifecycle status code (Projects.LifecycleStatus): a closed or cancelled project has no current RAG. */
  status?: string;
  /** The day of the status report the data comes from, 'YYYY-MM-DD'; absent when none was published. */
  statusDate?: IsoDay;
  /** RAG of the Portfolio's dimensions of that report (a missing dimension was not rated; none for an ended project). */
  rag: Partial<Record<RagDimension, Rag>>;
  /**
   * Every dimension the status report has, in the PMO's configured order (overall first), with its
   * RAG and the project manager's comment; without a published report, the configured dimensions unrated.
   */
  dimensions: IReportDimension[];
  /** The report's achievements in the period (StatusReports.Highlights; user text). */
  achievements?: string;
  /** The report's next steps (user text). */
  nextSteps?: string;
  /** Milestones in the board's order (`boardMilestoneOrder`: late, upcoming by forecast, most recently reached); a capped list shows the first. */
  milestones: IReportMilestone[];
  /** Earned value at the status date; absent when the report has no earned-value inputs. */
  earnedValue?: IReportEarnedValue;
  /** Every open risk (highest score first), then every open issue (highest priority first); a slide shows the first. */
  risksAndIssues: IReportRaidItem[];
  /** The score from which a risk is high: the register's rule (the PMO's risk thresholds) its risks' `high` follows. */
  highRiskScore?: number;
  /** Decisions needed, most urgent first. */
  decisions: IReportDecision[];
}

/** One KPI tile of the portfolio summary: formatted by the caller (the dashboard's tile, as shown). */
export interface IReportKpiTile {
  /** The KPI's name (KpiDefinitions.Title). */
  name: string;
  /** The value as the dashboard shows it, in the user's locale ("82.5 %", "0.93"), or the no-data text. */
  value: string;
  /** Its threshold colour. */
  status: KpiStatus;
  /** The trend as text ("Improving over 6 months"). */
  trend: string;
}

/**
 * One row of the RAG overview: the Portfolio grid's row for the project (so that the report shows
 * what the grid shows for the same filter).
 */
export type IReportOverviewRow = Pick<IPortfolioRow, 'id' | 'title' | 'code' | 'projectManager' | 'programme' | 'stage' | 'status' | 'rag' | 'lastReportDate' | 'budget' | 'startDate' | 'endDate' | 'nextMilestone'>;

/** A risk or issue of the appendix, with its project. */
export interface IReportAppendixRaidItem extends IReportRaidItem {
  /** The project's title. */
  project: string;
}

/** A decision needed of the appendix, with its project. */
export interface IReportAppendixDecision extends IReportDecision {
  /** The project's title. */
  project: string;
}

/** The data of a multi-project report for IT management, for a filter or a saved view. */
export interface IPortfolioReportData {
  /** The report's title (e.g. the saved view's name, or the caller's default). */
  title: string;
  /** When it was generated: an ISO 8601 instant. */
  generatedAt: string;
  /** The day it was generated in the site's time zone, 'YYYY-MM-DD' (the file name carries it). */
  generatedOn: IsoDay;
  /** What it covers: the filter or view, described in the user's language. */
  scope: string;
  /** The KPI tiles of the portfolio summary, in the dashboard's order. */
  kpis: IReportKpiTile[];
  /** The RAG overview, one row per project, in the grid's order. */
  overview: IReportOverviewRow[];
  /** One entry per project with a slide, in the order of the slides. */
  projects: IProjectReportData[];
  /**
   * The appendix for the board: the open HIGH risks and the open issues of high or critical priority
   * of the projects covered (`high`), and every decision needed; `leftOut` counts the other open
   * risks and issues (the Excel report lists them all), `highRiskScore` is the score from which a
   * risk is high (the register's rule), for the appendix's note.
   */
  appendix: {
    risksAndIssues: IReportAppendixRaidItem[];
    decisions: IReportAppendixDecision[];
    leftOut: number;
    highRiskScore: number;
  };
}
