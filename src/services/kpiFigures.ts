/**
 * The dashboard's KPI figures (pure): what KpiSnapshots keeps of each project at a day, so that a
 * dashboard view adds figures up instead of reading the status report history and the registers.
 *
 * For one day, per project, for each formula that adds up over projects (`PROJECT_FORMULAS`: the RAG
 * shares, SPI and CPI, milestones, risks, issues, benefits, gates), the formula of src/domain/kpi
 * computed on the project's rows alone, kept as a partial sum:
 * - a share (RAG shares, milestones on time, benefits realised, gates passed at the first attempt):
 *   [part, basis], part = value × basis ÷ 100; the projects' share is Σ part ÷ Σ basis;
 * - a count (late milestones, open high risks, overdue issues): [count, basis]; added up;
 * - the worst SPI or CPI: [index, 1]; the projects' worst is the lowest;
 * - the average SPI or CPI: [EV, PV] or [EV, AC] of the project's report as `rollUpEarnedValue` counts
 *   them; the projects' index is Σ EV ÷ Σ PV (Σ EV ÷ Σ AC), the domain's ratio of sums;
 * - no value: the reason's number (`NO_DATA_REASONS`); the projects' reason is the first one that is
 *   not 'noProjects' (a project that does not run says nothing), else the formula's own.
 * Every one of these formulas adds up this way (each counts per project, a share's whole and part
 * are counts of items, the averages are ratios of sums), so the figures of any filter of projects give
 * exactly what the formula gives on their rows (DashboardService.test.ts checks it at every period end).
 * Further per project: the budget lines of the day's fiscal year summed ([planned, forecast, lines],
 * `budgetTotals`) and, for the current day, each fiscal year's sums (the budget chart). For the
 * whole portfolio: requests per intake state and the intake days (requests belong to no programme
 * yet: the intake KPIs cover every request).
 *
 * Stored as JSON parts of at most `FIGURES_PART_CHARS` characters (a SharePoint note stays well under
 * its 63,999 characters): `{ v, day, part, parts, intake?, p: [row, …] }`, each part under the key
 * `figuresKey(day, part)`; a project's row is one flat array of numbers (see `ProjectFigures`), so
 * that a view of 5,000 projects parses six days' figures without building an array per figure.
 */
import { budgetTotals } from '../domain/budget';
import type { IsoDay } from '../domain/dates';
import { rollUpEarnedValue } from '../domain/evm';
import { isIntakeState, type IntakeState } from '../domain/intake';
import {
  computeKpi, fiscalYearOf, INTAKE_OPEN_STATES, kpiShare, kpiValue, noKpiData, reportsValidAt, requestsByState,
  type IKpiContext, type IKpiData, type IKpiProject, type KpiFormulaCode, type KpiNoDataReason, type KpiResult
} from '../domain/kpi';

/** The formulas whose figures are kept per project (they add up over projects). */
export const PROJECT_FORMULAS = [
  'RagShareGreen', 'RagShareAmber', 'RagShareRed', 'SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst',
  'MilestonesOnTime', 'MilestonesLate', 'OpenHighRisks', 'OverdueIssues', 'BenefitsRealisedShare', 'GatesPassedFirstAttempt'
] as const;
/** A formula kept per project. */
export type ProjectFormula = (typeof PROJECT_FORMULAS)[number];

/** The formulas a view computes at the current day from Projects (the latest published report's values) rather than from figures. */
export const CURRENT_REPORT_FORMULAS: ReadonlyArray<KpiFormulaCode> = ['RagShareGreen', 'RagShareAmber', 'RagShareRed', 'SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst'];

/** How a formula's per-project figures add up (see the module's description). */
type Sum = 'share' | 'count' | 'min' | 'ratio';

const SUM_OF: Readonly<Record<ProjectFormula, Sum>> = {
  RagShareGreen: 'share', RagShareAmber: 'share', RagShareRed: 'share', SpiAverage: 'ratio', SpiWorst: 'min', CpiAverage: 'ratio', CpiWorst: 'min',
  MilestonesOnTime: 'share', MilestonesLate: 'count', OpenHighRisks: 'count', OverdueIssues: 'count', BenefitsRealisedShare: 'share', GatesPassedFirstAttempt: 'share'
};

/** The no-data reasons by the number the figures keep. */
const REASON_SET: Readonly<Record<KpiNoDataReason, true>> = {
  noProjects: true, noReports: true, noEarnedValue: true, noBudgetLines: true, noMilestones: true, noMilestonesDue: true, noRisks: true,
  noIssues: true, noBenefitsDue: true, noRequests: true, noDecisions: true, noGateDecisions: true
};
/** Every no-data reason, in the order the figures number them (append only). */
export const NO_DATA_REASONS: ReadonlyArray<KpiNoDataReason> = Object.keys(REASON_SET) as KpiNoDataReason[];

/** The longest JSON part (characters). */
export const FIGURES_PART_CHARS: number = 60000;

/** The figures' format (part of the key: a day stored in an older format is taken again). */
const FORMAT_VERSION = 3;

/** The key of a part of a day's figures: 'YYYY-MM-DD#<format>.<part>'. */
export function figuresKey(day: IsoDay, part: number): string {
  return `${day}#${FORMAT_VERSION}.${part}`;
}

/** The range of keys of a day's parts in the current format: every key `k` with `from` ≤ k < `to`. */
export function figuresKeyRange(day: IsoDay): { from: string; to: string } {
  return { from: `${day}#${FORMAT_VERSION}.`, to: `${day}#${FORMAT_VERSION}/` };
}

/** The day of a key of part 0 in the current format; undefined for any other key. */
export function dayOfFirstPartKey(key: string | undefined): IsoDay | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})#(\d+)\.0$/.exec(key ?? '');
  return m && Number(m[2]) === FORMAT_VERSION ? m[1] : undefined;
}

/** The portfolio's intake at a day. */
export interface IIntakeFigures {
  /** Requests per intake state (states with none left out). */
  states: Partial<Record<IntakeState, number>>;
  /** Σ days in intake and the requests decided in the window (`intakeDaysAverage`); absent when none was decided. */
  days?: [number, number];
}

/**
 * One project's figures as stored, a flat array of numbers: projectId; then two numbers per
 * `PROJECT_FORMULAS` formula, a and b ([part, basis], [index, 1], [EV, PV] …), or −1 − the reason's
 * number and −1 when it has no value; then the budget lines of the fiscal year (planned, forecast,
 * lines; 0, 0, 0 without any); then, on the current day, four numbers per fiscal year (year, planned,
 * forecast, actual). A view keeps the rows as parsed and reads them through `figuresEntry`,
 * `figuresBudget` and `figuresYears`.
 */
export type ProjectFigures = ReadonlyArray<number>;

/** Where a formula's two numbers start in a row. */
const entryAt = (i: number): number => 1 + 2 * i;
/** Where the budget's three numbers start. */
const BUDGET_AT: number = 1 + 2 * PROJECT_FORMULAS.length;
/** Where the fiscal years start. */
const YEARS_AT: number = BUDGET_AT + 3;

/** The figures of one day. */
export interface IDayFigures {
  day: IsoDay;
  projects: Map<number, ProjectFigures>;
  intake: IIntakeFigures;
}

/** The rows of one project (the input lists of `IKpiData` filtered to it). */
type ProjectRows = Required<Omit<IKpiData, 'projects' | 'requests'>>;

/** The input lists grouped by project once (a day's figures read each project's rows for every formula). */
export interface IGroupedKpiData {
  projects: ReadonlyArray<IKpiProject>;
  rows: Map<number, ProjectRows>;
  requests: NonNullable<IKpiData['requests']>;
}

const emptyRows = (): ProjectRows => ({ reports: [], milestones: [], risks: [], issues: [], benefits: [], budgetLines: [], gateDecisions: [] });

/** Groups the input lists by project (rows of projects not in `data.projects` are left out). */
export function groupByProject(data: IKpiData): IGroupedKpiData {
  const rows = new Map<number, ProjectRows>();
  for (const p of data.projects ?? []) rows.set(p.id, emptyRows());
  const put = <K extends keyof ProjectRows>(key: K, list: ReadonlyArray<ProjectRows[K][number] & { projectId: number }> | undefined): void => {
    for (const r of list ?? []) (rows.get(r.projectId)?.[key] as Array<typeof r> | undefined)?.push(r);
  };
  put('reports', data.reports);
  put('milestones', data.milestones);
  put('risks', data.risks);
  put('issues', data.issues);
  put('benefits', data.benefits);
  put('budgetLines', data.budgetLines);
  put('gateDecisions', data.gateDecisions);
  return { projects: data.projects ?? [], rows, requests: data.requests ?? [] };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The two numbers of a formula without a value: −1 − the reason's number, −1. */
const noValue = (reason: KpiNoDataReason): [number, number] => [-1 - NO_DATA_REASONS.indexOf(reason), -1];

/** A formula's two numbers for one project (see the module's description). */
function entryOf(code: ProjectFormula, data: IKpiData, context: IKpiContext): [number, number] {
  const result = computeKpi(code, data, context);
  const sum = SUM_OF[code];
  if (sum === 'ratio') {
    if (result.kind === 'noData' && result.reason === 'noProjects') return noValue(result.reason);
    // The project's report valid at the day, as the domain's ratio of sums counts it.
    const report = reportsValidAt(data.reports, new Set((data.projects ?? []).map(p => p.id)), context.at)[0];
    const rollup = rollUpEarnedValue(report ? [report] : []);
    if (code === 'SpiAverage' && rollup.spiProjects === 1) return [round2(rollup.totals.ev), round2(rollup.totals.pv)];
    if (code === 'CpiAverage' && rollup.cpiProjects === 1) return [round2(rollup.totals.ev), round2(rollup.totals.ac)];
    return noValue(result.kind === 'noData' ? result.reason : 'noEarnedValue');
  }
  if (result.kind === 'noData') return noValue(result.reason);
  // Amounts in cents and indices to eight decimals: the figures stay short, the KPIs exact as shown.
  if (sum === 'min') return [Number(result.value.toFixed(8)), result.basis];
  return [sum === 'share' ? Math.round((result.value * result.basis) / 100) : result.value, result.basis];
}

/** One project's stored figures at the context's day. */
function projectFigures(project: IKpiProject, rows: ProjectRows, context: IKpiContext, withYears: boolean): ProjectFigures {
  const data: IKpiData = { projects: [project], ...rows };
  const out: number[] = [project.id];
  for (const code of PROJECT_FORMULAS) out.push(...entryOf(code, data, context));
  const year = fiscalYearOf(context.at, context.fiscalYearStartMonth);
  const totals = budgetTotals(rows.budgetLines.filter(l => l.fiscalYear === year));
  out.push(round2(totals.planned), round2(totals.forecast), totals.lines);
  if (withYears) {
    for (const y of Array.from(new Set(rows.budgetLines.map(l => l.fiscalYear))).sort((a, b) => a - b)) {
      const t = budgetTotals(rows.budgetLines.filter(l => l.fiscalYear === y));
      out.push(y, round2(t.planned), round2(t.forecast), round2(t.actual));
    }
  }
  return out;
}

/**
 * Takes the figures of one day: each project's (see the module's description) and the intake's.
 * `withYears`: also each fiscal year's budget sums (the current day's figures, for the budget chart).
 */
export function takeDayFigures(grouped: IGroupedKpiData, context: IKpiContext, withYears: boolean): IDayFigures {
  const projects = new Map<number, ProjectFigures>();
  for (const p of grouped.projects) projects.set(p.id, projectFigures(p, grouped.rows.get(p.id) ?? emptyRows(), context, withYears));
  const requests = { requests: grouped.requests };
  const counts = requestsByState(requests, context);
  const states: Partial<Record<IntakeState, number>> = {};
  for (const s of Object.keys(counts) as IntakeState[]) if (counts[s] > 0) states[s] = counts[s];
  const days = computeKpi('IntakeDaysAverage', requests, context);
  return { day: context.at, projects, intake: { states, ...(days.kind === 'value' ? { days: [days.value * days.basis, days.basis] as [number, number] } : {}) } };
}

// ---------------------------------------------------------------- stored form

interface IStoredPart {
  v: number;
  day: IsoDay;
  part: number;
  parts: number;
  intake?: IIntakeFigures;
  p: unknown[];
}

/** A day's figures as JSON parts of at most `maxChars` characters each (part 0 carries the intake). */
export function encodeDayFigures(figures: IDayFigures, maxChars: number = FIGURES_PART_CHARS): string[] {
  const chunks: ProjectFigures[][] = [[]];
  let size = JSON.stringify({ v: FORMAT_VERSION, day: figures.day, part: 0, parts: 0, intake: figures.intake, p: [] }).length + 16;
  for (const stored of figures.projects.values()) {
    const length = JSON.stringify(stored).length + 1;
    if (size + length > maxChars && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      size = 80;
    }
    chunks[chunks.length - 1].push(stored);
    size += length;
  }
  return chunks.map((p, part) => JSON.stringify({ v: FORMAT_VERSION, day: figures.day, part, parts: chunks.length, ...(part === 0 ? { intake: figures.intake } : {}), p } as IStoredPart));
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const pair = (v: unknown): [number, number] | undefined => (Array.isArray(v) && v.length === 2 && finite(v[0]) && finite(v[1]) ? (v as [number, number]) : undefined);

const ENTRY_INDEX: Readonly<Record<ProjectFormula, number>> = Object.fromEntries(PROJECT_FORMULAS.map((c, i) => [c, entryAt(i)])) as Record<ProjectFormula, number>;

/** A formula's figure of a project: [a, b], or the reason it has no value. */
export function figuresEntry(f: ProjectFigures, code: ProjectFormula): [number, number] | KpiNoDataReason | undefined {
  const at = ENTRY_INDEX[code];
  const a = f[at];
  const b = f[at + 1];
  if (!finite(a) || !finite(b)) return undefined;
  return b < 0 ? NO_DATA_REASONS[-1 - a] : [a, b];
}

/** The budget lines of the figures' fiscal year: [planned, forecast, lines]; undefined without lines. */
export function figuresBudget(f: ProjectFigures): [number, number, number] | undefined {
  const lines = f[BUDGET_AT + 2];
  return finite(lines) && lines > 0 && finite(f[BUDGET_AT]) && finite(f[BUDGET_AT + 1]) ? [f[BUDGET_AT], f[BUDGET_AT + 1], lines] : undefined;
}

/** Each fiscal year's budget sums [year, planned, forecast, actual] (figures of the current day only). */
export function figuresYears(f: ProjectFigures): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = YEARS_AT; i + 3 < f.length; i += 4) {
    if (finite(f[i]) && finite(f[i + 1]) && finite(f[i + 2]) && finite(f[i + 3])) out.push([f[i], f[i + 1], f[i + 2], f[i + 3]]);
  }
  return out;
}

function parsePart(json: string): IStoredPart | undefined {
  try {
    const parsed = JSON.parse(json) as Partial<IStoredPart>;
    if (!parsed || typeof parsed.day !== 'string' || typeof parsed.part !== 'number' || typeof parsed.parts !== 'number' || !Array.isArray(parsed.p)) return undefined;
    return parsed as IStoredPart;
  } catch {
    return undefined;
  }
}

/**
 * A day's figures from its stored parts (in any order; parts of another format are left out);
 * undefined unless every part of the day is there and readable (a day whose writer stopped half-way
 * is taken again). A project in two parts (two writers of one day) counts once.
 */
export function decodeDayFigures(parts: ReadonlyArray<string>): IDayFigures | undefined {
  const read = parts.map(parsePart).filter(p => !p || p.v === FORMAT_VERSION);
  if (read.length === 0 || read.some(p => !p)) return undefined;
  const valid = read as IStoredPart[];
  const first = valid.filter(p => p.part === 0)[0];
  if (!first || valid.some(p => p.day !== first.day)) return undefined;
  const seen = new Set(valid.map(p => p.part));
  for (let i = 0; i < first.parts; i++) if (!seen.has(i)) return undefined;
  const projects = new Map<number, ProjectFigures>();
  for (const part of valid) {
    for (const row of part.p) {
      if (Array.isArray(row) && row.length >= YEARS_AT && typeof row[0] === 'number' && !projects.has(row[0])) projects.set(row[0], row as ProjectFigures);
    }
  }
  const states: Partial<Record<IntakeState, number>> = {};
  for (const [s, n] of Object.entries(first.intake?.states ?? {})) if (isIntakeState(s) && typeof n === 'number') states[s] = n;
  const days = pair(first.intake?.days);
  return { day: first.day, projects, intake: { states, ...(days ? { days } : {}) } };
}

// ---------------------------------------------------------------- adding figures up

/** Whether a formula is kept per project. */
export function isProjectFormula(code: KpiFormulaCode): code is ProjectFormula {
  return (PROJECT_FORMULAS as ReadonlyArray<string>).indexOf(code) >= 0;
}

const reasons = new Map<KpiFormulaCode, KpiNoDataReason>();

/** The reason a formula gives no data on rows that have none (its own reason, as the domain says it; asked once per formula). */
function noDataReason(code: KpiFormulaCode, context: IKpiContext): KpiNoDataReason {
  let reason = reasons.get(code);
  if (reason === undefined) {
    const r = computeKpi(code, { projects: [] }, context);
    reason = r.kind === 'noData' ? r.reason : 'noProjects';
    reasons.set(code, reason);
  }
  return reason;
}

/** A formula kept per project, for the projects whose figures are `rows` (see the module's description). */
function sumEntries(code: ProjectFormula, rows: ReadonlyArray<ProjectFigures | undefined>, context: IKpiContext): KpiResult {
  const sum = SUM_OF[code];
  const at = ENTRY_INDEX[code];
  let a = 0;
  let b = 0;
  let n = 0;
  let low = Infinity;
  let reason: KpiNoDataReason | undefined;
  for (const row of rows) {
    if (!row) continue;
    const x = row[at];
    const y = row[at + 1];
    if (y < 0) {
      const r = NO_DATA_REASONS[-1 - x];
      if (reason === undefined && r !== undefined && r !== 'noProjects') reason = r;
      continue;
    }
    if (!finite(x) || !finite(y)) continue;
    n++;
    a += x;
    b += y;
    if (x < low) low = x;
  }
  const none = (): KpiResult => noKpiData(reason ?? noDataReason(code, context));
  if (sum === 'share') return b > 0 ? kpiShare(a, b, 'noReports') : none();
  if (sum === 'count') return b > 0 ? kpiValue(a, b) : none();
  if (sum === 'min') return n > 0 ? kpiValue(low, n) : none();
  if (n === 0) return none();
  return b !== 0 ? kpiValue(a / b, n) : noKpiData('noEarnedValue');
}

/**
 * A formula's result for the projects `ids` from a day's figures (the day is the context's): the
 * projects' partial sums added up, the budget variance of the day's fiscal year, or the intake's.
 */
export function kpiFromFigures(code: KpiFormulaCode, figures: IDayFigures, ids: ReadonlyArray<number>, context: IKpiContext): KpiResult {
  return kpiFromRows(code, figures, ids.map(id => figures.projects.get(id)), context);
}

/** `kpiFromFigures` with the projects' figures looked up once (a view reads each day's rows for every formula). */
export function kpiFromRows(code: KpiFormulaCode, figures: IDayFigures, rows: ReadonlyArray<ProjectFigures | undefined>, context: IKpiContext): KpiResult {
  if (isProjectFormula(code)) return sumEntries(code, rows, context);
  if (code === 'BudgetVariance' || code === 'BudgetVarianceAmount') return budgetResult(code, rows);
  if (code === 'RequestsInState') return requestsInState(figures, context);
  const days = figures.intake.days;
  return days && days[1] > 0 ? kpiValue(days[0] / days[1], days[1]) : noKpiData('noDecisions');
}

function budgetResult(code: 'BudgetVariance' | 'BudgetVarianceAmount', rows: ReadonlyArray<ProjectFigures | undefined>): KpiResult {
  let planned = 0;
  let forecast = 0;
  let lines = 0;
  for (const f of rows) {
    const b = f ? figuresBudget(f) : undefined;
    if (!b) continue;
    planned += b[0];
    forecast += b[1];
    lines += b[2];
  }
  if (lines === 0 || planned === 0) return noKpiData('noBudgetLines');
  return kpiValue(code === 'BudgetVariance' ? ((forecast - planned) / planned) * 100 : forecast - planned, lines);
}

function requestsInState(figures: IDayFigures, context: IKpiContext): KpiResult {
  const wanted = context.requestStates ?? INTAKE_OPEN_STATES;
  let submitted = 0;
  let matching = 0;
  for (const [state, n] of Object.entries(figures.intake.states) as Array<[IntakeState, number]>) {
    if (state !== 'Draft') submitted += n;
    if (wanted.indexOf(state) >= 0) matching += n;
  }
  return submitted > 0 ? kpiValue(matching, submitted) : noKpiData('noRequests');
}
