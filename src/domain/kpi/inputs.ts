/**
 * What the KPI formulas read: plain rows of projects, status reports, milestones, risks, issues,
 * benefits, budget lines, project requests and gate decisions (each the existing domain type of
 * its topic, plus the project it belongs to and the days that place it in time), the day a KPI is
 * evaluated at, and the result: a value with the number of items it stands on, or "no data".
 *
 * Every formula is evaluated AT a day (`IKpiContext.at`): it reads the inputs as they were at the
 * end of that day (the status report valid then, the milestones achieved by then, the risks open
 * then …), so that the same formula gives the value of a past reporting period (see `trend.ts`).
 */
import type { IBudgetLineAmounts } from '../budget';
import type { IsoDay } from '../dates';
import type { IEarnedValueInput } from '../evm';
import type { GateDecision, IBenefitPlan, IIssueRow, IRatingChange, IRiskRow, IRiskThresholds } from '../governance';
import type { IIntakeLogEntry, IntakeState } from '../intake';
import type { IMilestoneInput, IStatusReportInput } from '../portfolio';
import type { LifecycleStatus } from '../vocabulary';

/** A project the KPIs cover (the dashboard's filter chooses which: programme, department, objective). */
export interface IKpiProject {
  /** The Projects item id; the other rows name it as `projectId`. */
  id: number;
  /** The lifecycle status now (Projects.LifecycleStatus code). */
  status?: LifecycleStatus | string;
  /**
   * The day the project was closed or cancelled, when known: before that day it counts as running.
   * A closed or cancelled project without it counts as ended on every day (it is left out of the
   * running-project KPIs of past periods too: better none than a guess).
   */
  endedOn?: IsoDay;
}

/**
 * A status report (StatusReports): its day (`reportDate`, 'YYYY-MM-DD'), status, RAG per dimension and
 * earned-value inputs. The arrays passed in are read as immutable (an index of them is kept).
 */
export interface IKpiStatusReport extends IStatusReportInput, IEarnedValueInput {
  projectId: number;
}

/** A milestone (Milestones): baseline, forecast and actual days, status. */
export interface IKpiMilestone extends IMilestoneInput {
  projectId: number;
}

/** A risk (Risks) with the days that place it in time and, optionally, its rating history. */
export interface IKpiRisk extends IRiskRow {
  projectId: number;
  /** The day it was raised (Created); unknown counts as raised before any period. */
  raisedOn?: IsoDay;
  /** The day it was closed (or occurred), when known; a risk not open now without it counts as closed on every day. */
  closedOn?: IsoDay;
  /** Its ratings over time (RiskSnapshots or the item's versions); without them the current rating counts on every day. */
  ratings?: ReadonlyArray<IRatingChange>;
}

/** An issue (Issues) with the day it was resolved. */
export interface IKpiIssue extends IIssueRow {
  projectId: number;
  /** The day it was resolved or closed, when known; an issue not open now without it counts as resolved on every day. */
  resolvedOn?: IsoDay;
}

/** A benefit (Benefits) with its measurements (BenefitMeasurements). */
export interface IKpiBenefit extends IBenefitPlan {
  projectId: number;
}

/** A budget line (BudgetLines). */
export interface IKpiBudgetLine extends IBudgetLineAmounts {
  projectId: number;
}

/** A project request with its counted state changes (the intake history, e.g. `foldTrustedHistory(...).entries`). */
export interface IKpiRequest {
  id: number;
  log: ReadonlyArray<Pick<IIntakeLogEntry, 'at' | 'to'>>;
}

/** A board decision at a gate (Decisions with GateOutcome, joined to its GateReviews item's project and gate). */
export interface IKpiGateDecision {
  projectId: number;
  /** The gate decided on (the Gates item id or its code): a project's decisions on one gate are its attempts. */
  gate: number | string;
  /** The day of the decision (DecisionDate). */
  decidedOn: IsoDay;
  /** The GateOutcome code; other values are ignored. */
  decision: GateDecision | string;
  /** The Decisions item id: orders two decisions of one day. */
  id?: number;
}

/**
 * The rows a site has. A list the site does not use (or the caller did not load) is undefined or
 * empty; the formulas that read it then give "no data", never 0.
 */
export interface IKpiData {
  projects?: ReadonlyArray<IKpiProject>;
  reports?: ReadonlyArray<IKpiStatusReport>;
  milestones?: ReadonlyArray<IKpiMilestone>;
  risks?: ReadonlyArray<IKpiRisk>;
  issues?: ReadonlyArray<IKpiIssue>;
  benefits?: ReadonlyArray<IKpiBenefit>;
  budgetLines?: ReadonlyArray<IKpiBudgetLine>;
  requests?: ReadonlyArray<IKpiRequest>;
  gateDecisions?: ReadonlyArray<IKpiGateDecision>;
}

/** The name of one input list of `IKpiData`. */
export type KpiInputKey = keyof IKpiData;

/** When and how a KPI is evaluated. */
export interface IKpiContext {
  /** The day the KPI is evaluated at (its end counts): today, or a reporting period's end. */
  at: IsoDay;
  /** The site's time zone (IANA), for the intake history's instants; UTC when absent. */
  timeZone?: string;
  /** The month the fiscal year starts in (1–12, the controlling setting); January when absent. */
  fiscalYearStartMonth?: number;
  /** The risk bands (the governance setting); PMO Hub's defaults when absent. */
  riskThresholds?: IRiskThresholds;
  /** The intake states `RequestsInState` counts; the states of a request still in intake when absent. */
  requestStates?: ReadonlyArray<IntakeState>;
  /** The rolling window of the event KPIs (milestones due, intake decisions, gate decisions), in days; 365 when absent. */
  windowDays?: number;
}

/** Why a KPI has no value: the inputs it needs are not there (on that day). */
export type KpiNoDataReason =
  | 'noProjects'        // no project in scope runs on the day
  | 'noReports'         // no running project has a published status report with an overall RAG by then
  | 'noEarnedValue'     // no report valid on the day has the earned-value inputs (or they sum to 0)
  | 'noBudgetLines'     // no budget line (with a planned amount) for the fiscal year
  | 'noMilestones'      // no baselined milestone of a running project
  | 'noMilestonesDue'   // no baselined milestone fell due in the window
  | 'noRisks'           // no risk of a running project raised by then
  | 'noIssues'          // no issue of a running project raised by then
  | 'noBenefitsDue'     // no benefit with baseline and target planned to be realised by then
  | 'noRequests'        // no request submitted by then
  | 'noDecisions'       // no request decided in the window
  | 'noGateDecisions';  // no gate decided for the first time in the window

/**
 * A KPI's result: its value (in the formula's unit) and `basis`, how many items it stands on
 * (projects, milestones, requests …); or no data, with the reason.
 */
export type KpiResult = { kind: 'value'; value: number; basis: number } | { kind: 'noData'; reason: KpiNoDataReason };

/** The rolling window when the context gives none: twelve months. */
export const DEFAULT_KPI_WINDOW_DAYS: number = 365;

/** A value result. */
export function kpiValue(value: number, basis: number): KpiResult {
  return { kind: 'value', value, basis };
}

/** A no-data result. */
export function noKpiData(reason: KpiNoDataReason): KpiResult {
  return { kind: 'noData', reason };
}

/** `part` of `whole` in per cent (0–100), or no data (`reason`) when `whole` is 0. */
export function kpiShare(part: number, whole: number, reason: KpiNoDataReason): KpiResult {
  return whole > 0 ? kpiValue((part / whole) * 100, whole) : noKpiData(reason);
}
